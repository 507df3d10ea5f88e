#!/usr/bin/env bash
# The reduce step alone: time and peak RSS of `tally reconcile` as the number of observations grows.
#
#   bench/reduce.sh [options] [TALLY_BIN]
#
#   TALLY_BIN       tally binary (default: build/tally, then <repo>/build/tally)
#   -n N            articles in the base corpus (default 20000; generated once with gen_corpus.py and
#                   kept in --dir)
#   --copies LIST   comma-separated replication factors (default 1,4,16)
#   --formats LIST  comma-separated reconcile output formats (default json,table)
#   --seed S        generator seed (default 1)
#   --dir DIR       where the corpus and the JSONL go (default ${TMPDIR:-/tmp}/tally-bench)
#   --out FILE      also write the markdown report to FILE
#   -h, --help
#
# `tally extract` runs once on the base corpus. For a factor K the JSONL is written K times, copy k
# with every document path prefixed by "ck/" (the `"path":"` and `"document":"` keys; JSON escapes
# every quote inside values, so nothing else matches), i.e. K times as many distinct articles with
# the same dates, elections and sources: the shape of a big archive about the same elections. Each
# file is then reduced once per format with `tally reconcile --format F FILE > /dev/null` under GNU
# time -v. The table gives records, MB, seconds and peak RSS, and both per million observation
# records.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
usage() { sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "reduce.sh: $*" >&2; exit 2; }

n=20000 copies=1,4,16 formats=json,table seed=1 dir=${TMPDIR:-/tmp}/tally-bench out="" bin=""
while (($#)); do
  case $1 in
    -n) n=${2:?}; shift 2 ;;
    --copies) copies=${2:?}; shift 2 ;;
    --formats) formats=${2:?}; shift 2 ;;
    --seed) seed=${2:?}; shift 2 ;;
    --dir) dir=${2:?}; shift 2 ;;
    --out) out=${2:?}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) [[ -z $bin ]] || die "one binary only"; bin=$1; shift ;;
  esac
done
[[ $n =~ ^[1-9][0-9]*$ ]] || die "-n must be a positive integer: $n"
[[ $copies =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] || die "--copies must be a list of positive integers: $copies"
source "$here/common.sh"
require_gnu_time
bin=$(default_tally "$bin")
[[ -x $bin ]] || die "tally binary not found or not executable: $bin"

mkdir -p "$dir"
corpus=$dir/corpus-s$seed-n$n
if [[ ! -d $corpus ]]; then
  echo "reduce.sh: generating $n articles in $corpus" >&2
  rm -rf "$corpus.tmp"
  python3 "$here/gen_corpus.py" --seed "$seed" --files "$n" --out "$corpus.tmp" --quiet >&2
  mv "$corpus.tmp" "$corpus"
fi
work=$(mktemp -d "$dir/tally-reduce.XXXXXX")
trap 'rm -rf "$work"' EXIT

rc=0
t0=$EPOCHREALTIME
"$bin" extract -q "$corpus" > "$work/base.jsonl" 2> "$work/err" || rc=$?
t1=$EPOCHREALTIME
((rc <= 1)) || die "tally extract failed (exit $rc): $(head -n 3 "$work/err")"
base_obs=$(grep -c '"record":"observation"' "$work/base.jsonl" || true)
echo "reduce.sh: base: $n articles, $base_obs observations, extract $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s" >&2

rows=$work/rows.tsv
: > "$rows"
IFS=, read -r -a klist <<< "$copies"
IFS=, read -r -a flist <<< "$formats"
for k in "${klist[@]}"; do
  f=$work/x$k.jsonl
  : > "$f"
  for ((c = 0; c < k; c++)); do
    sed "s#\"path\":\"#\"path\":\"c$c/#; s#\"document\":\"#\"document\":\"c$c/#" "$work/base.jsonl" >> "$f"
  done
  lines=$(wc -l < "$f")
  obs=$(grep -c '"record":"observation"' "$f" || true)
  bytes=$(stat -c %s "$f")
  for fmt in "${flist[@]}"; do
    rc=0
    t0=$EPOCHREALTIME
    "$TIME" -v -o "$work/time" "$bin" reconcile --format "$fmt" "$f" > /dev/null 2> "$work/err" || rc=$?
    t1=$EPOCHREALTIME
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$k" "$fmt" "$lines" "$obs" "$bytes" \
      "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')" "$kb" "$rc" >> "$rows"
    echo "reduce.sh: x$k $fmt done" >&2
  done
  rm -f "$f"
done

report=$work/report.md
python3 - "$rows" "$n" "$base_obs" "$bin" > "$report" <<'PY'
import sys
rows, n, base_obs, binary = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
print("## tally reduce step (`tally reconcile FILE`)\n")
print(f"- base: `tally extract` of {n} generated articles ({base_obs} observations), "
      f"replicated K times with distinct document paths; binary `{binary}`\n")
print("| copies | format | JSONL records | observations | JSONL MB | seconds | peak RSS MB "
      "| s per 1M obs | RSS MB per 1M obs | status |")
print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|")
for line in open(rows):
    k, fmt, lines, obs, b, s, kb, rc = line.rstrip("\n").split("\t")
    obs, s, mb = int(obs), float(s), int(kb or 0) / 1024
    per = 1e6 / obs if obs else 0
    print(f"| {k} | {fmt} | {int(lines)} | {obs} | {int(b) / 1e6:.1f} | {s:.2f} | {mb:.1f} "
          f"| {s * per:.1f} | {mb * per:.0f} | {'ok' if rc in ('0', '1') else 'rc=' + rc} |")
PY
cat "$report"
[[ -n $out ]] && cp "$report" "$out"
exit 0
