#!/usr/bin/env python3
"""Real-text benchmark: tally against grep and cat on corpora built from the project's real articles.

    bash bench/realtext.sh [--files 40000,80000] [--archive 40000] [--runs 5] [--tally BIN | --tally LABEL=BIN ...]

For each corpus (news corpora of each --files size, then the archive corpus), every command runs once as a
warm-up (discarded: it fills the page cache and checks the exit status), then --runs times, round-robin
(round r starts at command r, so that no command always follows the same one). Each run is spawned with
standard output to /dev/null and waited for with wait4(): wall time from a monotonic clock around spawn and
wait, CPU time (user + system) and peak RSS (ru_maxrss: the largest of the process and the children it
waited for) from the kernel. Reported per command: median wall time, its spread (min-max), median CPU
time, ratio of medians to grep, MB/s (corpus bytes / 10^6 / median), peak RSS (the largest over the timed
runs). Then the issue's targets: peak RSS at most 64 MB and at most 1.3x from the smallest news corpus to
one twice its size; one thread at most 5x grep (goal 1.5x); two threads at least 1.8x faster than one.

Writes a Markdown report (stdout and OUT.md) and every run's figures (OUT.json). Exit status: 0 when every
run succeeded, 1 when a run failed, 2 on a usage error. The targets are reported, not enforced.
"""

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
MB = 1e6
RSS_LIMIT_MB = 64.0
RSS_GROWTH_LIMIT = 1.3
SINGLE_GREP_LIMIT, SINGLE_GREP_GOAL = 5.0, 1.5
THREAD_SPEEDUP_GOAL = 1.8

# key -> (label, argv builder). {dir} is the corpus, {bin} the tally binary.
BASE_COMMANDS = [
    ("grep", "`grep -rci seat DIR`", ["grep", "-rci", "seat", "{dir}"]),
    ("cat", "`find DIR -type f -exec cat {} +`", ["find", "{dir}", "-type", "f", "-exec", "cat", "{}", "+"]),
]
TALLY_COMMANDS = [
    ("json-j1", "`tally --format json -j1 DIR`", ["{bin}", "--format", "json", "-j1", "{dir}"]),
    ("json-j2", "`tally --format json -j2 DIR`", ["{bin}", "--format", "json", "-j2", "{dir}"]),
    ("extract-j1", "`tally extract -j1 DIR`", ["{bin}", "extract", "-j1", "{dir}"]),
    ("extract-j2", "`tally extract -j2 DIR`", ["{bin}", "extract", "-j2", "{dir}"]),
]


def die(message):
    print(f"realtext: {message}", file=sys.stderr)
    sys.exit(2)


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--files", default="40000,80000", help="news corpus sizes, comma-separated (default 40000,80000)")
    ap.add_argument("--archive", type=int, default=40000, help="archive corpus size (0: none; default 40000)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per command (default 5)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--tally", action="append", default=[],
                    help="tally binary, or LABEL=BIN; repeat to compare builds in one run (default build/tally)")
    ap.add_argument("--commands", default="",
                    help="only these commands, comma-separated keys: grep,cat,json-j1,json-j2,extract-j1,extract-j2")
    ap.add_argument("--root", default=os.path.join(REPO, "build", "realtext"),
                    help="where corpora are built and kept (default build/realtext)")
    ap.add_argument("--out", default="", help="report prefix: OUT.md and OUT.json (default ROOT/result-DATE)")
    args = ap.parse_args()
    try:
        args.sizes = [int(x) for x in args.files.split(",") if x.strip()]
    except ValueError:
        die(f"--files takes comma-separated numbers, not '{args.files}'")
    if any(n < 1 for n in args.sizes) or args.archive < 0 or args.runs < 1:
        die("sizes and --runs must be positive")
    if not args.tally:
        args.tally = [os.path.join(REPO, "build", "tally")]
    binaries = []
    for spec in args.tally:
        label, _, path = spec.rpartition("=") if "=" in spec else ("", "", spec)
        path = os.path.abspath(path)
        if not os.access(path, os.X_OK):
            die(f"no tally binary at {path} (build it: cmake --build build --target tally)")
        binaries.append((label or ("tally" if len(args.tally) == 1 else os.path.relpath(path, REPO)), path))
    if len({b[0] for b in binaries}) != len(binaries):
        die("give each --tally a distinct LABEL=")
    args.binaries = binaries
    keys = [k for k, _, _ in BASE_COMMANDS + TALLY_COMMANDS]
    args.only = [k for k in args.commands.split(",") if k] if args.commands else keys
    for k in args.only:
        if k not in keys:
            die(f"unknown command '{k}' (known: {','.join(keys)})")
    return args


def build_corpus(kind, files, args):
    os.makedirs(args.root, exist_ok=True)
    cmd = [sys.executable, os.path.join(HERE, "realtext_corpus.py"), "--kind", kind, "--files", str(files),
           "--seed", str(args.seed), "--root", args.root, "--repo", REPO]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        die(f"corpus generation failed: {result.stderr.strip()}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def command_list(args):
    out = []
    for key, label, argv in BASE_COMMANDS:
        if key in args.only:
            out.append({"key": key, "label": label, "argv": argv, "bin": None, "tool": key})
    for name, path in args.binaries:
        for key, label, argv in TALLY_COMMANDS:
            if key in args.only:
                full = key if len(args.binaries) == 1 else f"{name}:{key}"
                shown = label if len(args.binaries) == 1 else f"{label} ({name})"
                out.append({"key": full, "label": shown, "argv": argv, "bin": path, "tool": key, "build": name})
    return out


ENV = dict(os.environ, LC_ALL="C.UTF-8", NO_COLOR="1")
ENV.pop("TALLY_SPILL_BYTES", None)


TIME = "/usr/bin/time"


def run_once(argv, err_path, rss_path):
    """(wall seconds, cpu seconds, peak RSS KB, exit status) of one run. Peak RSS comes from GNU time: a
    process spawned from this one would count this interpreter's memory in its own ru_maxrss (the kernel
    keeps the high-water mark of the memory it replaced at exec), one forked from GNU time only a few
    hundred KB of time's."""
    actions = [(os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
               (os.POSIX_SPAWN_OPEN, 1, "/dev/null", os.O_WRONLY, 0),
               (os.POSIX_SPAWN_OPEN, 2, err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)]
    full = [TIME, "-f", "%M", "-o", rss_path, "--"] + argv
    start = time.perf_counter()
    pid = os.posix_spawn(TIME, full, ENV, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    rss = 0
    try:
        with open(rss_path, encoding="utf-8") as f:
            rss = int(f.read().split()[-1])
    except (OSError, ValueError, IndexError):
        pass
    return wall, usage.ru_utime + usage.ru_stime, rss, os.waitstatus_to_exitcode(status)


def cpu_pressure():
    """Share of the last 60 s in which some runnable task waited for a CPU (/proc/pressure/cpu), or None."""
    try:
        with open("/proc/pressure/cpu", encoding="ascii") as f:
            some = f.readline().split()
        return float(dict(x.split("=") for x in some[1:])["avg60"]) / 100
    except (OSError, ValueError, KeyError, IndexError):
        return None


def first_line(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.readline().strip()[:200]
    except OSError:
        return ""


def measure(corpus, commands, runs, err_path):
    rss_path = err_path + ".rss"
    results = {}
    for c in commands:
        argv = [a.replace("{dir}", corpus["corpus"]).replace("{bin}", c["bin"] or "") for a in c["argv"]]
        results[c["key"]] = {"label": c["label"], "argv": argv, "tool": c["tool"], "build": c.get("build"),
                             "wall": [], "cpu": [], "rss_kb": [], "status": [], "note": ""}
        wall, _, _, status = run_once(argv, err_path, rss_path)  # warm-up, discarded
        results[c["key"]]["warmup_wall"] = wall
        if status != 0:
            results[c["key"]]["note"] = f"warm-up exit {status}: {first_line(err_path)}"
    active = [c["key"] for c in commands if not results[c["key"]]["note"]]
    for r in range(runs):
        order = active[r % len(active):] + active[:r % len(active)] if active else []
        for key in order:
            wall, cpu, rss, status = run_once(results[key]["argv"], err_path, rss_path)
            res = results[key]
            res["wall"].append(wall)
            res["cpu"].append(cpu)
            res["rss_kb"].append(rss)
            res["status"].append(status)
            if status != 0 and not res["note"]:
                res["note"] = f"exit {status}: {first_line(err_path)}"
    if os.path.exists(rss_path):
        os.unlink(rss_path)
    for res in results.values():
        ok = [w for w, s in zip(res["wall"], res["status"]) if s == 0]
        res["runs_ok"] = len(ok)
        res["median"] = statistics.median(ok) if ok else None
        res["min"] = min(ok) if ok else None
        res["max"] = max(ok) if ok else None
        res["cpu_median"] = statistics.median(res["cpu"]) if res["cpu"] else None
        res["peak_rss_mb"] = max(res["rss_kb"]) / 1024 if res["rss_kb"] else None
    return results


def fmt(x, digits=2, none="—"):
    return none if x is None else f"{x:.{digits}f}"


def speedups(results, one, two):
    """(ratio of medians, median of per-round ratios, ratio of minima) of command one over command two."""
    a, b = results.get(one), results.get(two)
    if not a or not b or not a["median"] or not b["median"]:
        return None, None, None
    pairs = [x / y for x, y, s, t in zip(a["wall"], b["wall"], a["status"], b["status"]) if s == 0 and t == 0]
    return a["median"] / b["median"], statistics.median(pairs) if pairs else None, a["min"] / b["min"]


def corpus_table(corpus, results, runs):
    grep = results.get("grep", {}).get("median")
    lines = [f"### {corpus['name']}: {corpus['files']:,} files, {corpus['bytes'] / MB:.1f} MB "
             f"({corpus['distinct_texts']:,} distinct texts)", "",
             f"load average before {corpus['load_before']:.2f}, after {corpus['load_after']:.2f}"
             + (f"; CPU pressure (share of the last minute a runnable task waited for a CPU) before "
                f"{corpus['cpu_pressure_before']:.0%}, after {corpus['cpu_pressure_after']:.0%}"
                if corpus.get("cpu_pressure_after") is not None else ""), "",
             "| command | median s | min–max s | CPU s | ratio to grep | MB/s | peak RSS MB | runs ok |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for key, res in results.items():
        med = res["median"]
        ratio = med / grep if med and grep else None
        mbs = corpus["bytes"] / MB / med if med else None
        spread = f"{fmt(res['min'], 3)}–{fmt(res['max'], 3)}" if res["min"] is not None else "—"
        note = f" ({res['note']})" if res["note"] else ""
        lines.append(f"| {res['label']} | {fmt(med, 3)} | {spread} | {fmt(res['cpu_median'])} | {fmt(ratio)} | "
                     f"{fmt(mbs, 1)} | {fmt(res['peak_rss_mb'], 1)} | {res['runs_ok']}/{runs}{note} |")
    lines.append("")
    builds = sorted({r["build"] for r in results.values() if r["build"]})
    for b in builds:
        prefix = f"{b}:" if any(k.startswith(f"{b}:") for k in results) else ""
        for one, two, what in (("json-j1", "json-j2", "json"), ("extract-j1", "extract-j2", "extract")):
            med, paired, best = speedups(results, prefix + one, prefix + two)
            if med is not None:
                name = f" ({b})" if prefix else ""
                lines.append(f"- speed-up 1 → 2 threads, {what}{name}: **{med:.2f}x** (ratio of medians; "
                             f"median of per-round ratios {fmt(paired)}x; ratio of the fastest runs {fmt(best)}x)")
    lines.append("")
    return lines


def checks(corpora, all_results):
    """The issue's targets, per tally command: memory on the news corpora, speed on each corpus."""
    lines = ["### Targets", ""]
    verdict = {}
    news = [(c, all_results[c["name"]]) for c in corpora if c["kind"] == "news"]
    keys = [k for k, r in (news[0][1].items() if news else []) if r["tool"].startswith(("json", "extract"))]
    if news:
        small_c, small = news[0]
        double = next(((c, r) for c, r in news if c["files"] == 2 * small_c["files"]), None)
        header = "| command | " + " | ".join(f"peak RSS MB, {c['files']:,}" for c, _ in news)
        header += f" | ratio {small_c['files']:,} → {double[0]['files']:,}" if double else ""
        lines += [header + " | at most 64 MB | at most 1.3x |",
                  "|---|" + "---:|" * (len(news) + (1 if double else 0)) + "---|---|"]
        for key in keys:
            rss = [r[key]["peak_rss_mb"] for _, r in news]
            under = all(x is not None and x <= RSS_LIMIT_MB for x in rss)
            row = f"| {small[key]['label']} | " + " | ".join(fmt(x, 1) for x in rss)
            growth = None
            if double:
                a, b = small[key]["peak_rss_mb"], double[1][key]["peak_rss_mb"]
                growth = b / a if a and b else None
                row += f" | {fmt(growth)}"
            ok_growth = growth is not None and growth <= RSS_GROWTH_LIMIT
            row += f" | {'yes' if under else 'NO'} | {('yes' if ok_growth else 'NO') if double else '—'} |"
            lines.append(row)
            verdict[f"{key}: peak RSS <= 64 MB"] = under
            if double:
                verdict[f"{key}: RSS growth x2 corpus <= 1.3"] = ok_growth
        lines.append("")
    lines += ["| corpus | command | ratio to grep | at most 5x | goal 1.5x | speed-up 1 → 2 threads | at least 1.8x |",
              "|---|---|---:|---|---|---:|---|"]
    for c in corpora:
        res = all_results[c["name"]]
        grep = res.get("grep", {}).get("median")
        for key, r in res.items():
            if r["tool"] != "json-j1":
                continue
            prefix = key[:-len("json-j1")]
            ratio = r["median"] / grep if r["median"] and grep else None
            med = speedups(res, prefix + "json-j1", prefix + "json-j2")[0]
            lines.append(f"| {c['name']} | {r['label']} | {fmt(ratio)} | "
                         f"{'yes' if ratio and ratio <= SINGLE_GREP_LIMIT else 'NO'} | "
                         f"{'yes' if ratio and ratio <= SINGLE_GREP_GOAL else 'NO'} | {fmt(med)} | "
                         f"{'yes' if med and med >= THREAD_SPEEDUP_GOAL else 'NO'} |")
            verdict[f"{c['name']} {key}: <= 5x grep"] = bool(ratio and ratio <= SINGLE_GREP_LIMIT)
            verdict[f"{c['name']} {key}: 2 threads >= 1.8x"] = bool(med and med >= THREAD_SPEEDUP_GOAL)
    lines.append("")
    return lines, verdict


def tally_version(path):
    try:
        return subprocess.run([path, "--version"], capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def git_commit():
    try:
        head = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
        dirty = subprocess.run(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True)
        return head.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")
    except OSError:
        return ""


def main():
    args = parse_args()
    if not os.access(TIME, os.X_OK):
        die(f"GNU time is needed at {TIME} (Debian package 'time'; scripts/setup.sh installs it)")
    started = dt.datetime.now()
    out = args.out or os.path.join(args.root, "result-" + started.strftime("%Y%m%d-%H%M%S"))
    commands = command_list(args)
    plan = [("news", n) for n in args.sizes] + ([("archive", args.archive)] if args.archive else [])
    corpora = []
    for kind, n in plan:
        print(f"realtext: building or reusing the {kind} corpus of {n:,} files", file=sys.stderr)
        info = build_corpus(kind, n, args)
        info["name"] = f"{kind} {n:,}"
        corpora.append(info)
    all_results = {}
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with tempfile.NamedTemporaryFile(prefix="realtext-stderr.", delete=True) as err:
        for c in corpora:
            print(f"realtext: measuring {c['name']} ({len(commands)} commands, 1 warm-up + {args.runs} runs each)",
                  file=sys.stderr)
            c["load_before"], c["cpu_pressure_before"] = os.getloadavg()[0], cpu_pressure()
            all_results[c["name"]] = measure(c, commands, args.runs, err.name)
            c["load_after"], c["cpu_pressure_after"] = os.getloadavg()[0], cpu_pressure()
            with open(out + ".partial.json", "w", encoding="utf-8") as f:  # what is measured so far
                json.dump({"corpora": corpora, "results": all_results}, f, indent=1, sort_keys=True)
    finished = dt.datetime.now()
    versions = {name: tally_version(path) for name, path in args.binaries}
    md = [f"## Real-text benchmark, {started.strftime('%Y-%m-%d %H:%M')}", "",
          f"`{' '.join(['bash bench/realtext.sh'] + sys.argv[1:])}` — commit {git_commit()}, "
          + ", ".join(f"{name}: {v or path}" for (name, path), v in zip(args.binaries, versions.values()))
          + f"; {os.cpu_count()} CPUs ({platform.machine()}), {args.runs} timed runs after 1 warm-up, "
          f"warm page cache, output to /dev/null; {(finished - started).total_seconds() / 60:.1f} minutes.", ""]
    for c in corpora:
        md += corpus_table(c, all_results[c["name"]], args.runs)
    check_lines, verdict = checks(corpora, all_results)
    md += check_lines
    text = "\n".join(md) + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out + ".md", "w", encoding="utf-8") as f:
        f.write(text)
    record = {"started": started.isoformat(timespec="seconds"), "finished": finished.isoformat(timespec="seconds"),
              "argv": sys.argv[1:], "commit": git_commit(), "cpus": os.cpu_count(), "machine": platform.machine(),
              "kernel": platform.release(), "runs": args.runs, "seed": args.seed,
              "tally": [{"label": n, "path": p, "version": versions[n]} for n, p in args.binaries],
              "env": {"LC_ALL": ENV["LC_ALL"]}, "corpora": corpora, "results": all_results, "targets": verdict}
    with open(out + ".json", "w", encoding="utf-8") as f:
        json.dump(record, f, indent=1, sort_keys=True)
        f.write("\n")
    if os.path.exists(out + ".partial.json"):
        os.unlink(out + ".partial.json")
    sys.stdout.write(text)
    print(f"realtext: report in {out}.md and {out}.json", file=sys.stderr)
    failed = any(r["runs_ok"] < args.runs or r["note"] for res in all_results.values() for r in res.values())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
