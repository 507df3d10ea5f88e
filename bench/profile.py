#!/usr/bin/env python3
"""Where tally's time goes, stage by stage and thread by thread: a sampling profile with perf.

    python3 bench/profile.py [--tally BIN] [--threads 1,2] [--command json|extract] [--hz 499] CORPUS_DIR

Runs `tally --format json -jT -q DIR` (or `tally extract -jT -q DIR`) under
`perf record -e cpu-clock --call-graph dwarf` for each thread count, then puts every sample (a stack) in one
stage by the functions on its stack:

  startup          loading the alias tables (load_lexicon)
  walk             InputWalk: listing and sorting directories (under the pipeline's lock)
  read             read_input: open, read, check the encoding
  extract          extract_document: the extractor
  store            DocumentStore::add (under the pipeline's lock; spills to a temporary file past its budget)
                   and normalize
  documents out    the JSON documents array or the extract lines: spilled documents read back, formatted
  reconcile        reconcile_each: records gathered, sorted by group, groups reconciled
  summary out      summary groups formatted and written (to the spool file with 2 threads), and copied back
  other            anything else (process exit, the allocator outside these, the kernel's scheduler)

Reports CPU seconds per stage and per thread, and when each stage ran (seconds from the first sample). CPU
time is what the samples measure (cpu-clock counts a thread only while it runs), so the split between
stages holds on a busy machine, where wall time does not. From the one-thread profile it derives the part
that runs on one thread whatever -j is (startup, the output step after extraction) and the bound it puts
on the speed-up with 2 threads (Amdahl, with the two output streams overlapped as tally does). Needs perf
(Debian package linux-perf) and permission to use it (root, or kernel.perf_event_paranoid <= 1).
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# (stage, substrings of a frame): a sample goes to the first stage with a frame on its stack, except that the
# summary's own writing (groups formatted and written from reconcile_each's callback, or by the thread that
# takes them from reconcile_ahead, or the spool) counts as "summary out", not "reconcile".
RULES = [
    ("startup", ("load_lexicon", "load_all_tables", "Lexicon::Lexicon", "load_tables")),
    ("reconcile", ("reconcile_each", "reconcile_spilled", "reconcile_group")),
    ("summary out", ("SpooledWrite", "reconcile_ahead", "put_group", "write_table", "write_csv")),
    ("walk", ("InputWalk::",)),
    ("read", ("read_input", "read_bytes", "decode_text", "plain_text")),
    ("extract", ("extract_document",)),
    ("store", ("DocumentStore::add", "DocumentStore::normalize", "DocumentStore::spill")),
    ("documents out", ("write_report", "write_extract", "each_document", "put_document")),
]
STAGES = [r[0] for r in RULES] + ["other"]
SUMMARY_WRITING = ("put_group", "write_table", "write_csv", "xsputn", "ostream::write")


def has(frames, keys):
    return any(k in f for f in frames for k in keys)


def classify(frames):
    for stage, keys in RULES:
        if has(frames, keys):
            if stage == "reconcile" and has(frames, SUMMARY_WRITING):
                return "summary out"
            return stage
    return "other"


def record(tally, corpus, threads, command, hz, work):
    data = os.path.join(work, f"perf-{command}-j{threads}.data")
    argv = [tally, "--format", "json"] if command == "json" else [tally, "extract"]
    argv += [f"-j{threads}", "-q", corpus]
    with open(os.devnull, "wb") as null:
        r = subprocess.run(["perf", "record", "-q", "-e", "cpu-clock", "-F", str(hz), "--call-graph", "dwarf,16384",
                            "-o", data, "--"] + argv, stdout=null, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"profile.py: perf record failed ({r.returncode}): {r.stderr.strip()[:400]}")
    script = subprocess.run(["perf", "script", "-i", data, "-F", "tid,time,ip,sym"], capture_output=True,
                            text=True, errors="replace")
    os.unlink(data)
    samples, cur = [], None
    for line in script.stdout.splitlines():
        m = re.match(r"\s*(\d+)\s+([\d.]+):\s*$", line)
        if m:
            if cur:
                samples.append(cur)
            cur = (int(m.group(1)), float(m.group(2)), [])
        elif line.strip() and cur is not None:
            cur[2].append(line.strip().split(" ", 1)[-1])
    if cur:
        samples.append(cur)
    if not samples:
        sys.exit("profile.py: perf recorded no samples (is perf allowed here? see kernel.perf_event_paranoid)")
    return samples, " ".join(argv)


def analyse(samples, hz):
    per_thread = collections.defaultdict(collections.Counter)
    first, last = {}, {}
    t0 = min(s[1] for s in samples)
    for tid, t, frames in samples:
        stage = classify(frames)
        per_thread[tid][stage] += 1
        first[stage] = min(first.get(stage, t), t)
        last[stage] = max(last.get(stage, t), t)
    total = collections.Counter()
    for c in per_thread.values():
        total.update(c)
    return {"per_thread": per_thread, "total": total, "hz": hz,
            "spans": {s: (first[s] - t0, last[s] - t0) for s in first},
            "wall": max(s[1] for s in samples) - t0}


def table(result, label):
    hz, total = result["hz"], result["total"]
    threads = sorted(result["per_thread"], key=lambda t: -sum(result["per_thread"][t].values()))
    all_cpu = sum(total.values()) / hz
    lines = [f"#### {label}", "",
             f"{all_cpu:.2f} s CPU in {len(threads)} threads; first to last sample {result['wall']:.2f} s", "",
             "| stage | CPU s | share | " + " | ".join(f"thread {i + 1} s" for i in range(len(threads))) +
             " | ran from – to (s) |",
             "|---|---:|---:|" + "---:|" * len(threads) + "---|"]
    for stage in STAGES:
        if not total[stage]:
            continue
        span = result["spans"].get(stage)
        lines.append(f"| {stage} | {total[stage] / hz:.2f} | {100 * total[stage] / sum(total.values()):.1f}% | " +
                     " | ".join(f"{result['per_thread'][t][stage] / hz:.2f}" for t in threads) +
                     f" | {span[0]:.2f} – {span[1]:.2f} |")
    lines.append("")
    return lines


def amdahl(result):
    """The bound on the 2-thread speed-up from a 1-thread profile: the extraction phase (walk, read, extract,
    store) splits over two threads; the documents array and the summary (reconcile, summary out) run on one
    thread each, at the same time; startup and the rest stay serial."""
    hz, t = result["hz"], result["total"]
    s = {k: v / hz for k, v in t.items()}
    parallel = sum(s.get(k, 0) for k in ("walk", "read", "extract", "store"))
    docs = s.get("documents out", 0)
    summary = s.get("reconcile", 0) + s.get("summary out", 0)
    serial = s.get("startup", 0) + s.get("other", 0)
    one = parallel + docs + summary + serial
    two = parallel / 2 + max(docs, summary) + serial
    return one, two, parallel, docs, summary, serial


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("corpus")
    ap.add_argument("--tally", default=os.path.join(REPO, "build", "tally"))
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--command", choices=["json", "extract"], default="json")
    ap.add_argument("--hz", type=int, default=499)
    args = ap.parse_args()
    out = []
    with tempfile.TemporaryDirectory(prefix="tally-profile.") as work:
        for t in [int(x) for x in args.threads.split(",")]:
            samples, argv = record(os.path.abspath(args.tally), args.corpus, t, args.command, args.hz, work)
            result = analyse(samples, args.hz)
            out += table(result, f"`{argv}`")
            if t == 1:
                one, two, parallel, docs, summary, serial = amdahl(result)
                if args.command == "extract":
                    two = parallel / 2 + docs + summary + serial  # extract writes its lines on one thread
                out += [f"From this profile: {parallel:.2f} s in the extraction phase (walk, read, extract, store: "
                        f"split over the threads), {docs:.2f} s documents out and {summary:.2f} s summary "
                        f"(reconcile and summary out: " +
                        ("overlapped on two threads" if args.command == "json" else "one thread") +
                        f" after extraction), {serial:.2f} s other. With 2 threads on 2 free cores at best "
                        f"{one:.2f} -> {two:.2f} s: a speed-up of at most **{one / two:.2f}x**.", ""]
    print("\n".join(out))


if __name__ == "__main__":
    main()
