#!/usr/bin/env bash
# Runs tally_dask.py on a LocalCluster and compares its output with a direct
# `tally --format json` run over the same inputs.
#
#   contrib/dask/test_dask.sh [TALLY_BIN] PATHS...
#
# TALLY_BIN defaults to build/tally when the first argument is not an
# executable file.  Environment: PYTHON (a python with 'distributed'),
# WORKERS (default 2), PARTITIONS (default 4 x WORKERS).
# Exit: 0 equal, 1 mismatch or failure, 77 when python3-distributed is not
# importable (skipped), 2 usage.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
die() { echo "test_dask.sh: $*" >&2; exit 2; }

(($# >= 1)) || die "usage: test_dask.sh [TALLY_BIN] PATHS..."
if [[ -f $1 && -x $1 && $1 != *.txt ]]; then bin=$1; shift
else bin=build/tally; fi
(($# >= 1)) || die "no input paths"
[[ -x $bin ]] || die "tally binary not found or not executable: $bin"

py=""
for cand in ${PYTHON:-} python3 /usr/bin/python3; do
  if command -v "$cand" > /dev/null 2>&1 && "$cand" -c 'import distributed' 2> /dev/null; then
    py=$cand; break
  fi
done
if [[ -z $py ]]; then
  echo "test_dask.sh: SKIP: python module 'distributed' is not importable" \
       "(apt-get install -y python3-distributed)" >&2
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/tally-dask.XXXXXX")
trap 'rm -rf "$work"' EXIT
workers=${WORKERS:-2}
partitions=${PARTITIONS:-$((4 * workers))}

rc_direct=0
"$bin" --format json "$@" > "$work/direct.json" 2> "$work/direct.err" || rc_direct=$?
rc_dask=0
"$py" "$here/tally_dask.py" --tally "$bin" --workers "$workers" \
  --partitions "$partitions" --format json -o "$work/dask.json" "$@" \
  2> "$work/dask.err" || rc_dask=$?
if ((rc_direct > 1 || rc_dask > 1)); then
  echo "test_dask.sh: FAIL: direct run exited $rc_direct, tally_dask.py exited $rc_dask:" >&2
  tail -n 30 "$work/direct.err" "$work/dask.err" >&2
  exit 1
fi
grep '^tally_dask:' "$work/dask.err" >&2 || true
if ((rc_direct != rc_dask)); then
  echo "test_dask.sh: FAIL: direct run exited $rc_direct, Dask run exited $rc_dask" >&2
  exit 1
fi
if diff -u "$work/direct.json" "$work/dask.json" > "$work/diff.txt"; then
  echo "test_dask.sh: OK: Dask map/reduce equals the direct run ($(wc -c < "$work/direct.json") bytes, exit status $rc_direct)"
  exit 0
fi
echo "test_dask.sh: FAIL: Dask output differs from the direct run:" >&2
head -n 60 "$work/diff.txt" >&2
exit 1
