#!/usr/bin/env python3
"""Run tally as map/reduce on a Dask distributed cluster.

    tally_dask.py --tally build/tally [--scheduler tcp://HOST:8786 | --workers 2]
                  [--partitions K] [--format json] [-o OUT] PATHS...

Map: the input files are listed (directories walked for *.txt in sorted
order, as tally does) and cut into K contiguous partitions; every worker runs
`tally extract --files-from LIST` on its partition in a subprocess and returns
the JSON Lines.  Reduce: the JSONL of all partitions, in partition order, is
streamed into one local `tally reconcile --format FORMAT -`, whose output is
written to OUT (or standard output).  The exit status is reconcile's: 0, or 1
when some input could not be read (as for tally itself).

With --scheduler the workers must see the binary and the input files at the
same paths as this client (shared file system, same image); without it a
LocalCluster of --workers processes is started on this machine.

Needs Debian's python3-distributed (`apt-get install python3-distributed`),
run with the Python that has it (/usr/bin/python3 on Debian).
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time


def list_files(paths):
    """Files as given; directories walked for *.txt, sorted by byte order."""
    out = []
    for p in paths:
        if os.path.isdir(p):
            found = []
            for root, _dirs, files in os.walk(p):
                for f in files:
                    if f.endswith(".txt"):
                        found.append(os.path.join(root, f))
            found.sort(key=lambda s: s.encode("utf-8", "surrogateescape"))
            out.extend(found)
        else:
            # A missing file goes through: tally reports it as an error
            # record, exactly as in a single run.
            if p == "-":
                raise SystemExit("tally_dask: standard input cannot be "
                                 "partitioned")
            out.append(p)
    return out


def partition(items, k):
    """k contiguous chunks whose sizes differ by at most one."""
    k = max(1, min(k, len(items)))
    q, r = divmod(len(items), k)
    chunks, start = [], 0
    for i in range(k):
        end = start + q + (1 if i < r else 0)
        chunks.append(items[start:end])
        start = end
    return chunks


def extract_partition(index, files, tally, cwd):
    """Runs on a worker: `tally extract` over one partition; returns JSONL bytes."""
    import subprocess as sp
    import tempfile as tf
    t0 = time.time()
    with tf.NamedTemporaryFile("w", suffix=".list", delete=False,
                               encoding="utf-8",
                               errors="surrogateescape") as fh:
        fh.write("".join(f + "\n" for f in files))
        listing = fh.name
    try:
        # -q: per-file warnings stay in the JSONL (documents' warnings), not
        # on stderr, which then carries only errors.
        proc = sp.run([tally, "extract", "-q", "--files-from", listing],
                      cwd=cwd,
                      stdout=sp.PIPE, stderr=sp.PIPE)
    finally:
        os.unlink(listing)
    # Exit 1 means some input could not be read; the JSONL carries error
    # records for it, so the partition is complete.
    if proc.returncode not in (0, 1):
        raise RuntimeError(
            f"partition {index}: tally extract exited {proc.returncode}: "
            + proc.stderr.decode("utf-8", "replace")[-2000:])
    return {"index": index, "jsonl": proc.stdout, "files": len(files),
            "seconds": time.time() - t0,
            "stderr": proc.stderr.decode("utf-8", "replace")[-2000:]}


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="tally extract on Dask workers, tally reconcile once.")
    ap.add_argument("--tally", default="build/tally",
                    help="tally binary (same path on every worker)")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--scheduler", help="address of a running scheduler, "
                   "e.g. tcp://10.0.0.5:8786")
    g.add_argument("--workers", type=int, default=2,
                   help="LocalCluster worker processes (default 2)")
    ap.add_argument("--partitions", type=int, default=0,
                    help="number of partitions (default 4 x workers)")
    ap.add_argument("--format", default="json",
                    help="output format passed to tally reconcile")
    ap.add_argument("-o", "--output", help="output file (default stdout)")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args(argv)

    def log(msg):
        if not a.quiet:
            print(f"tally_dask: {msg}", file=sys.stderr, flush=True)

    tally = os.path.abspath(a.tally)
    if not os.access(tally, os.X_OK):
        raise SystemExit(f"tally_dask: not an executable: {tally}")
    files = list_files(a.paths)
    if not files:
        raise SystemExit("tally_dask: no input files")

    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise SystemExit("tally_dask: python module 'distributed' not found "
                         "(apt-get install python3-distributed; run with "
                         "/usr/bin/python3)")

    cluster = None
    if a.scheduler:
        client = Client(a.scheduler)
        nworkers = max(1, len(client.scheduler_info()["workers"]))
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
        nworkers = a.workers
    try:
        k = a.partitions or 4 * nworkers
        chunks = partition(files, k)
        log(f"{len(files)} files, {len(chunks)} partitions, "
            f"{nworkers} workers")
        cwd = os.getcwd()
        t0 = time.time()
        futures = [client.submit(extract_partition, i, chunk, tally, cwd,
                                 pure=False)
                   for i, chunk in enumerate(chunks)]

        out = open(a.output, "wb") if a.output else sys.stdout.buffer
        try:
            reduce = subprocess.Popen([tally, "reconcile", "--format",
                                       a.format, "-"],
                                      stdin=subprocess.PIPE, stdout=out)
            lines = 0
            try:
                # In partition order, so reconcile sees the observations in
                # the same order as a single run; each result is dropped as
                # soon as it has been passed on.
                for fut in futures:
                    res = fut.result()
                    reduce.stdin.write(res["jsonl"])
                    lines += res["jsonl"].count(b"\n")
                    if res["stderr"].strip():
                        sys.stderr.write(res["stderr"])
                    fut.release()
            except BaseException:
                reduce.kill()
                reduce.wait()
                raise
            t1 = time.time()
            reduce.stdin.close()
            rc = reduce.wait()
        finally:
            if a.output:
                out.close()
        log(f"map {t1 - t0:.2f} s ({lines} JSONL records), reduce "
            f"{time.time() - t1:.2f} s more")
        if rc > 1:
            print(f"tally_dask: tally reconcile exited {rc}", file=sys.stderr)
        # Like tally: 0 all read, 1 some input could not be read.
        return rc
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RuntimeError as exc:  # a failed map task, re-raised by Dask
        print(f"tally_dask: {exc}", file=sys.stderr)
        sys.exit(1)
