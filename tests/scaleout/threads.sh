#!/usr/bin/env bash
# `--threads 1` and `--threads 2` give byte-identical output (summary JSON, extract JSONL, table, CSV),
# on a generated corpus of 600 articles; and the threads do not change the exit status.
#
#   tests/scaleout/threads.sh TALLY_BIN SOURCE_DIR
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

corpus=$work/corpus
gen 600 "$corpus"

run() {  # label threads args...: output in $work/label.tN, exit status in $work/label.tN.rc
  local label=$1 t=$2 rc=0
  shift 2
  "$TALLY" "$@" --threads "$t" >"$work/$label.t$t" 2>"$work/$label.t$t.err" || rc=$?
  echo "$rc" >"$work/$label.t$t.rc"
}
compare() {  # label
  local label=$1 r1 r2
  r1=$(cat "$work/$label.t1.rc") r2=$(cat "$work/$label.t2.rc")
  if [[ $r1 != 0 || $r2 != 0 ]]; then
    bad "$label: exit $r1 with 1 thread, $r2 with 2: $(head -c 300 "$work/$label.t2.err")"
  elif [[ ! -s $work/$label.t1 ]]; then
    bad "$label: empty output"
  elif cmp -s "$work/$label.t1" "$work/$label.t2"; then
    ok "$label: 1 and 2 threads byte-identical ($(wc -c <"$work/$label.t1") bytes)"
  else
    bad "$label: 1 and 2 threads differ: $(diff "$work/$label.t1" "$work/$label.t2" | head -n 6)"
  fi
  if cmp -s "$work/$label.t1.err" "$work/$label.t2.err"; then
    ok "$label: same warnings on stderr, same order"
  else
    bad "$label: stderr differs: $(diff "$work/$label.t1.err" "$work/$label.t2.err" | head -n 6)"
  fi
}

for t in 1 2; do
  run json "$t" --format json "$corpus"
  run table "$t" --format table --color never "$corpus"
  run csv "$t" --format csv "$corpus"
  run extract "$t" extract "$corpus"
done
for label in json table csv extract; do compare "$label"; done

# The same with --files-from, in a shuffled order (the output is sorted by path either way).
find "$corpus" -type f -name '*.txt' | awk 'BEGIN {srand(7)} {print rand() "\t" $0}' | sort -k1,1 | cut -f2 \
  >"$work/shuffled.txt"
for t in 1 2; do run shuffled "$t" --format json --files-from "$work/shuffled.txt"; done
compare shuffled
cmp -s "$work/shuffled.t1" "$work/json.t1" && ok "--files-from in shuffled order gives the directory's output" \
  || bad "--files-from in shuffled order differs from the directory run"

finish
