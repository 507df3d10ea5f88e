#!/usr/bin/env bash
# The Dask recipe (contrib/dask): tally_dask.py on a LocalCluster of 2 worker processes, through
# contrib/dask/test_dask.sh, must print exactly what one `tally --format json` run prints, on a
# generated corpus of 600 articles plus a missing file (exit status 1 on both sides).
# Needs Debian's python3-distributed: without it this test FAILS (it does not skip).
#
#   tests/scaleout/dask.sh TALLY_BIN SOURCE_DIR
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

py=""
for cand in ${PYTHON:-} python3 /usr/bin/python3; do
  if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import distributed' 2>/dev/null; then
    py=$(command -v "$cand")
    break
  fi
done
if [[ -z $py ]]; then
  echo "FAIL: the python module 'distributed' is not importable by ${PYTHON:-python3} or /usr/bin/python3:" \
       "this test needs the Debian package python3-distributed (apt-get install -y python3-distributed;" \
       "scripts/setup.sh installs it)" >&2
  exit 1
fi
ok "distributed $("$py" -c 'import distributed; print(distributed.__version__)') importable by $py"

corpus=$work/corpus
gen 600 "$corpus"
missing=$work/missing/no-such-article.txt
# Dask's worker scratch space goes under $work too, and is removed with it.
export TMPDIR=$work

for partitions in 8 13; do
  rc=0
  out=$(PYTHON=$py WORKERS=2 PARTITIONS=$partitions bash "$ROOT/contrib/dask/test_dask.sh" "$TALLY" "$corpus" \
        "$missing" 2>&1) || rc=$?
  case $rc in
    0) if grep -q '601 files, '"$partitions"' partitions, 2 workers' <<<"$out" &&
          grep -q 'exit status 1' <<<"$out"; then
         ok "Dask, 2 worker processes, $partitions partitions: equal to the single run, both exit 1"
       else
         bad "Dask, $partitions partitions: passed, but not on 601 files / 2 workers / exit 1: $out"
       fi ;;
    77) bad "test_dask.sh skipped (exit 77) although $py imports distributed: $out" ;;
    *) bad "Dask, $partitions partitions: test_dask.sh exited $rc: $(tail -n 40 <<<"$out")" ;;
  esac
done

finish
