#!/usr/bin/env bash
# The benchmark harness keeps working: bench/gen_corpus.py is deterministic (the N corpus is a prefix
# of the 2N corpus, byte for byte), and bench/run.sh, bench/memory.sh and bench/reduce.sh measure
# every row on small corpora. Figures are not checked here (see the "slow" memory test and
# bench/RESULTS.md); only that the scripts run and fill their tables.
#
#   tests/scaleout/bench.sh TALLY_BIN SOURCE_DIR
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
need python3 python3
if [[ ! -x /usr/bin/time ]]; then
  echo "FAIL: GNU time is not at /usr/bin/time: this test needs the Debian package 'time'" \
       "(apt-get install -y time; scripts/setup.sh installs it)" >&2
  exit 1
fi

# gen_corpus.py: same arguments, same bytes; the first N files of 2N are the N corpus.
gen 120 "$work/a"
gen 240 "$work/b"
python3 "$ROOT/bench/gen_corpus.py" --seed 6 --files 120 --out "$work/a2" --quiet >/dev/null 2>&1
if diff -r "$work/a" "$work/a2" >/dev/null; then ok "gen_corpus.py: same arguments, identical corpus"
else bad "gen_corpus.py is not deterministic"; fi
(cd "$work/a" && find . -type f | LC_ALL=C sort) >"$work/a.list"
(cd "$work/b" && find . -type f | LC_ALL=C sort | head -n 120) >"$work/b.list"
if cmp -s "$work/a.list" "$work/b.list" && (cd "$work/a" && xargs -a "$work/a.list" -I{} cmp -s {} "$work/b/{}"); then
  ok "gen_corpus.py: the 120 corpus is the prefix of the 240 corpus"
else
  bad "gen_corpus.py: the 120 corpus is not the prefix of the 240 corpus"
fi
if python3 "$ROOT/bench/gen_corpus.py" --seed 6 --files 5 --out "$work/a" --quiet >/dev/null 2>&1; then
  bad "gen_corpus.py wrote into a non-empty directory"
else
  ok "gen_corpus.py refuses a non-empty output directory"
fi

# run.sh: all five rows measured once.
rc=0
bash "$ROOT/bench/run.sh" --files 150 --seed 6 "$work/run-corpus" "$TALLY" 1 --out "$work/run.md" \
  >"$work/run.out" 2>"$work/run.err" || rc=$?
rows=$(grep -c '| 1/1 |' "$work/run.md" 2>/dev/null)
if [[ $rc == 0 && $rows == 5 ]] && grep -q 'Speed-up 1 -> 2 threads: \*\*' "$work/run.md"; then
  ok "bench/run.sh: 5 rows measured, speed-up reported"
else
  bad "bench/run.sh exited $rc with $rows rows measured: $(cat "$work/run.md" 2>/dev/null) $(tail -n 5 "$work/run.err")"
fi

# memory.sh (no --check: the figures are the slow test's business).
rc=0
bash "$ROOT/bench/memory.sh" -n 100 --seed 6 --dir "$work/mem" --reconcile --out "$work/mem.md" "$TALLY" \
  >"$work/mem.out" 2>"$work/mem.err" || rc=$?
if [[ $rc == 0 ]] && grep -q '^| 200 |.*| ok |$' "$work/mem.md" && grep -q '^RESULT: ' "$work/mem.md" &&
   grep -q '^| reconcile, 200 articles |.*| rc=0 |$' "$work/mem.md"; then
  ok "bench/memory.sh -n 100 --reconcile: both sizes and the reduce step measured"
else
  bad "bench/memory.sh exited $rc: $(cat "$work/mem.md" 2>/dev/null) $(grep -v 'no date' "$work/mem.err" | tail -n 5)"
fi

# reduce.sh: the extract output replicated twice, reduced in two formats.
rc=0
bash "$ROOT/bench/reduce.sh" -n 100 --seed 6 --copies 1,2 --dir "$work/red" --out "$work/red.md" "$TALLY" \
  >"$work/red.out" 2>"$work/red.err" || rc=$?
if [[ $rc == 0 && $(grep -c '| ok |$' "$work/red.md" 2>/dev/null) == 4 ]]; then
  ok "bench/reduce.sh --copies 1,2: 4 reconcile runs measured"
else
  bad "bench/reduce.sh exited $rc: $(cat "$work/red.md" 2>/dev/null) $(tail -n 5 "$work/red.err")"
fi

finish
