#!/usr/bin/env bash
# Memory scaling: peak RSS of `tally --format json` on N and 2N articles.
#
#   bench/memory.sh [options] [TALLY_BIN]
#
#   TALLY_BIN       tally binary (default: build/tally, then <repo>/build/tally)
#   -n N            articles in the small corpus (default 50000; the large
#                   one has 2N, so the default reaches the 100k target figure)
#   --seed S        generator seed (default 1)
#   --dir DIR       where corpora are generated and kept for reuse
#                   (default ${TMPDIR:-/tmp}/tally-bench)
#   --threads T     pass --threads T to tally (default: tally's own default)
#   --check         exit 1 when a target is missed
#   --max-ratio R   the RSS(2N) / RSS(N) target --check applies (default 1.3,
#                   the issue's target; 2.2 checks only that growth is linear)
#   --out FILE      also write the markdown report to FILE
#   --reconcile     also report peak RSS of the reduce step alone:
#                   `tally extract DIR > obs.jsonl; tally reconcile --format
#                   json obs.jsonl` (reconcile holds every observation; this
#                   shows how that grows)
#   -h, --help
#
# Targets: peak RSS <= 64 MB on the corpus of 100,000 articles (checked on
# whichever corpus has exactly 100,000; otherwise only reported), and
# RSS(2N) / RSS(N) <= 1.3, i.e. memory must not grow with the number of
# articles the way it would if all texts were held at once.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
usage() { sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "memory.sh: $*" >&2; exit 2; }

n=50000 seed=1 dir=${TMPDIR:-/tmp}/tally-bench threads="" check=0 out="" bin="" recon=0
export MAX_RATIO=1.3
while (($#)); do
  case $1 in
    -n) n=${2:?}; shift 2 ;;
    --seed) seed=${2:?}; shift 2 ;;
    --dir) dir=${2:?}; shift 2 ;;
    --threads) threads=${2:?}; shift 2 ;;
    --check) check=1; shift ;;
    --max-ratio) MAX_RATIO=${2:?}; shift 2 ;;
    --reconcile) recon=1; shift ;;
    --out) out=${2:?}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) [[ -z $bin ]] || die "one binary only"; bin=$1; shift ;;
  esac
done
[[ $n =~ ^[1-9][0-9]*$ ]] || die "-n must be a positive integer: $n"
source "$here/common.sh"
require_gnu_time
bin=$(default_tally "$bin")
[[ -x $bin ]] || die "tally binary not found or not executable: $bin"

mkdir -p "$dir"
# Generates (once) the corpus of $1 articles and prints its path.
corpus() {
  local count=$1 path="$dir/corpus-s$seed-n$1"
  if [[ ! -d $path ]]; then
    echo "memory.sh: generating $count articles in $path" >&2
    rm -rf "$path.tmp"
    python3 "$here/gen_corpus.py" --seed "$seed" --files "$count" --out "$path.tmp" --quiet >&2
    mv "$path.tmp" "$path"
  fi
  echo "$path"
}

targs=()
[[ -n $threads ]] && targs=(--threads "$threads")

work=$(mktemp -d "${TMPDIR:-/tmp}/tally-mem.XXXXXX")
trap 'rm -rf "$work"' EXIT

declare -A rss=() secs=() bytes=() status=()
for count in "$n" $((2 * n)); do
  c=$(corpus "$count")
  bytes[$count]=$(find "$c" -type f -name '*.txt' -printf '%s\n' | awk '{b+=$1} END {print b+0}')
  rc=0
  t0=$EPOCHREALTIME
  "$TIME" -v -o "$work/time" "$bin" "${targs[@]}" --format json "$c" > /dev/null 2> "$work/err" || rc=$?
  t1=$EPOCHREALTIME
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
  rss[$count]=$kb
  secs[$count]=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')
  if [[ $rc == 0 ]]; then status[$count]=ok
  else
    status[$count]="failed rc=$rc: $(grep -v '^\s*$' "$work/err" | head -n 1 | cut -c1-100)"
    echo "memory.sh: run on $count articles ${status[$count]}" >&2
  fi
done

recon_lines=""
if ((recon)); then
  for count in "$n" $((2 * n)); do
    c=$dir/corpus-s$seed-n$count
    rc=0
    "$bin" extract "${targs[@]}" "$c" > "$work/obs.jsonl" 2> "$work/err" || rc=$?
    obs=$(wc -l < "$work/obs.jsonl")
    jmb=$(awk -v b="$(stat -c %s "$work/obs.jsonl")" 'BEGIN {printf "%.1f", b / 1e6}')
    if [[ $rc == 0 ]]; then
      "$TIME" -v -o "$work/time" "$bin" reconcile --format json "$work/obs.jsonl" > /dev/null 2> "$work/err" || rc=$?
      kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
      recon_lines+="| reconcile, $count articles | $obs JSONL records, $jmb MB | $(awk -v k="$kb" 'BEGIN {printf "%.1f", k / 1024}') MB | rc=$rc |"$'\n'
    else
      recon_lines+="| extract, $count articles | - | - | failed rc=$rc |"$'\n'
    fi
    rm -f "$work/obs.jsonl"
  done
fi

report=$work/report.md
python3 - "$n" "$bin" "${threads:-default}" "${rss[$n]}" "${rss[$((2 * n))]}" \
  "${secs[$n]}" "${secs[$((2 * n))]}" "${bytes[$n]}" "${bytes[$((2 * n))]}" \
  "${status[$n]}" "${status[$((2 * n))]}" > "$report" <<'PY'
import sys
n, binary, threads = int(sys.argv[1]), sys.argv[2], sys.argv[3]
r1, r2 = int(sys.argv[4] or 0) / 1024, int(sys.argv[5] or 0) / 1024
s1, s2 = sys.argv[6], sys.argv[7]
b1, b2 = int(sys.argv[8]) / 1e6, int(sys.argv[9]) / 1e6
st1, st2 = sys.argv[10], sys.argv[11]
import os
LIMIT, RATIO = 64.0, float(os.environ.get("MAX_RATIO", "1.3"))
print("## tally memory scaling\n")
print(f"- binary: `{binary}`, threads: {threads}, command: "
      f"`tally --format json DIR > /dev/null`\n")
print("| articles | corpus MB | seconds | peak RSS MB | status |")
print("|---:|---:|---:|---:|---|")
print(f"| {n} | {b1:.1f} | {s1} | {r1:.1f} | {st1} |")
print(f"| {2 * n} | {b2:.1f} | {s2} | {r2:.1f} | {st2} |")
print()
fails = []
ok = st1 == "ok" and st2 == "ok"
if not ok:
    fails.append("a run failed")
ratio = r2 / r1 if r1 else float("inf")
verdict = "ok" if ratio <= RATIO else "MISSED"
if verdict != "ok":
    fails.append("ratio")
print(f"- RSS ratio 2N/N: **{ratio:.2f}** (target <= {RATIO}): {verdict}")
for count, r in ((n, r1), (2 * n, r2)):
    if count == 100_000:
        v = "ok" if r <= LIMIT else "MISSED"
        if v != "ok":
            fails.append("rss")
        print(f"- peak RSS at 100,000 articles: **{r:.1f} MB** "
              f"(target <= {LIMIT:.0f} MB): {v}")
        break
else:
    print(f"- (no corpus of exactly 100,000 articles: the <= {LIMIT:.0f} MB "
          f"target is not checked; use -n 50000)")
print(f"\nRESULT: {'pass' if not fails else 'fail (' + ', '.join(fails) + ')'}")
PY
if [[ -n $recon_lines ]]; then
  { echo; echo "| reduce step | input | peak RSS | status |"; echo "|---|---|---:|---|"
    printf '%s' "$recon_lines"; } >> "$report"
fi
cat "$report"
[[ -n $out ]] && cp "$report" "$out"
if ((check)) && grep -q '^RESULT: fail' "$report"; then exit 1; fi
exit 0
