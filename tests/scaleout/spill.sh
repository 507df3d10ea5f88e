#!/usr/bin/env bash
# The spill path gives byte for byte the output of the in-memory path. TALLY_SPILL_BYTES forces the
# document store (and the reconciler's sort by group) to a temporary file: 0 spills after every document
# (hundreds of runs: merged in passes), a few hundred KB every few hundred documents. Compared with the
# default (no spill on these small inputs): every format, --as-of, extract, extract | reconcile, timeline,
# stderr and exit status, with 1 and 2 threads, on the sample articles (given twice, with a missing file)
# and on a generated corpus of 600 articles. Also: the temporary file leaves nothing behind, and a spill
# file that cannot be created is an error (exit 3), not a crash.
#
#   tests/scaleout/spill.sh TALLY_BIN SOURCE_DIR
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

corpus=$work/corpus
gen 600 "$corpus"
samples=("$ROOT"/data/*.txt)
spill_tmp=$work/tmp
mkdir -p "$spill_tmp"

run() {  # out budget args...: output in $out, stderr in $out.err, exit status in $out.rc
  local out=$1 budget=$2 rc=0
  shift 2
  if [[ $budget == none ]]; then
    "$TALLY" "$@" >"$out" 2>"$out.err" || rc=$?
  else
    TALLY_SPILL_BYTES=$budget TMPDIR=$spill_tmp "$TALLY" "$@" >"$out" 2>"$out.err" || rc=$?
  fi
  echo "$rc" >"$out.rc"
}
reduce() {  # out budget args...: extract (in memory) piped into reconcile with the budget
  local out=$1 budget=$2 rc=0
  shift 2
  "$TALLY" extract "${@:2}" 2>/dev/null >"$work/obs.jsonl"
  if [[ $budget == none ]]; then
    "$TALLY" reconcile "$1" "$work/obs.jsonl" >"$out" 2>"$out.err" || rc=$?
  else
    TALLY_SPILL_BYTES=$budget TMPDIR=$spill_tmp "$TALLY" reconcile "$1" "$work/obs.jsonl" >"$out" 2>"$out.err" || rc=$?
  fi
  echo "$rc" >"$out.rc"
}
same() {  # label a b
  if ! cmp -s "$2" "$3"; then
    bad "$1: output differs: $(diff "$2" "$3" | head -n 4)"
  elif ! cmp -s "$2.err" "$3.err"; then
    bad "$1: stderr differs: $(diff "$2.err" "$3.err" | head -n 4)"
  elif ! cmp -s "$2.rc" "$3.rc"; then
    bad "$1: exit status $(cat "$2.rc") in memory, $(cat "$3.rc") spilled"
  elif [[ ! -s $2 ]]; then
    bad "$1: empty output"
  else
    ok "$1: spilled output byte-identical ($(wc -c <"$2") bytes, exit $(cat "$2.rc"))"
  fi
}

check() {  # name budget threads inputs...
  local name=$1 budget=$2 t=$3 i=0
  shift 3
  local cases=("--format json" "--format jsonl" "--format csv" "--format table --color never"
               "--format json --as-of 2024-02-09" "--format table --color never --as-of 2024-02-09" "extract"
               "timeline --format json")
  for args in "${cases[@]}"; do
    i=$((i + 1))
    # shellcheck disable=SC2086
    run "$work/mem.$i" none --threads "$t" $args "$@"
    # shellcheck disable=SC2086
    run "$work/spill.$i" "$budget" --threads "$t" $args "$@"
    same "$name, budget $budget, --threads $t: $args" "$work/mem.$i" "$work/spill.$i"
  done
  for format in json table; do
    reduce "$work/mem.r" none "--format=$format" --threads "$t" "$@"
    reduce "$work/spill.r" "$budget" "--format=$format" --threads "$t" "$@"
    same "$name, budget $budget: extract | reconcile --format $format" "$work/mem.r" "$work/spill.r"
  done
}

for t in 1 2; do
  check "sample articles" 0 "$t" "${samples[@]}" "${samples[0]}" "$work/missing.txt"
done
for budget in 0 300000; do
  for t in 1 2; do check "generated corpus" "$budget" "$t" "$corpus"; done
done

leftover=$(find "$spill_tmp" -mindepth 1 | head -n 3)
[[ -z $leftover ]] && ok "no temporary file left behind" || bad "left behind in TMPDIR: $leftover"

rc=0
TALLY_SPILL_BYTES=0 TMPDIR=$work/no-such-dir "$TALLY" "${samples[@]}" >/dev/null 2>"$work/nodir.err" || rc=$?
if [[ $rc == 3 ]] && grep -q 'cannot create a temporary file' "$work/nodir.err"; then
  ok "an impossible spill file is an error (exit 3): $(head -n 1 "$work/nodir.err")"
else
  bad "spill file in a missing directory: exit $rc: $(head -c 300 "$work/nodir.err")"
fi

finish
