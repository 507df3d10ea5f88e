#!/usr/bin/env bash
# How much faster can 2 of anything run on this machine? The ceiling for `tally --threads 2`.
#
#   bench/scaling.sh [CORPUS_DIR] [TALLY_BIN] [REPS]
#
#   CORPUS_DIR  directory of *.txt articles (default /tmp/corpus-50mb; generate it with
#               python3 bench/gen_corpus.py --seed 1 --target-mb 50 --out /tmp/corpus-50mb)
#   TALLY_BIN   tally binary (default: build/tally, then <repo>/build/tally)
#   REPS        timed repetitions (default 3; the median and the best run are reported)
#
# The file list is cut into two halves A and B (alternate files, so both halves are alike). For each
# workload the script times A then B one after the other ("serial") and A and B as two processes at
# the same time ("parallel"); serial / parallel is the machine's own 2-way speed-up for that workload,
# with no shared state, no locks and no serial part. The workloads:
#
#   tally     tally --threads 1 --format json --files-from HALF > /dev/null
#   extract   tally --threads 1 extract --files-from HALF > /dev/null      (the map step alone)
#   sha256    xargs sha256sum < HALF > /dev/null                            (CPU-bound, reads the same files)
#   gzip      xargs cat < HALF | gzip -6 > /dev/null                        (CPU-bound, one stream)
#
# Last, the same tally run over the whole list with --threads 1 and --threads 2, for comparison.
# All runs are warm-cache (one warm-up first). Other work on the machine skews every figure: the
# script prints the load average before and after.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
die() { echo "scaling.sh: $*" >&2; exit 2; }
source "$here/common.sh"

corpus=${1:-/tmp/corpus-50mb}
bin=$(default_tally "${2:-}")
reps=${3:-3}
[[ -d $corpus ]] || die "no corpus at $corpus (see --help in the header)"
[[ -x $bin ]] || die "tally binary not found: $bin"
[[ $reps =~ ^[1-9][0-9]*$ ]] || die "REPS must be a positive integer: $reps"

work=$(mktemp -d "${TMPDIR:-/tmp}/tally-scaling.XXXXXX")
trap 'rm -rf "$work"' EXIT
find "$corpus" -type f -name '*.txt' | LC_ALL=C sort > "$work/all"
awk 'NR % 2 == 1' "$work/all" > "$work/A"
awk 'NR % 2 == 0' "$work/all" > "$work/B"
nfiles=$(wc -l < "$work/all")
((nfiles >= 2)) || die "fewer than 2 files under $corpus"

# shellcheck disable=SC2016  # the inner bash expands $1
job() {  # workload half
  case $1 in
    tally) "$bin" -q --threads 1 --format json --files-from "$2" > /dev/null ;;
    extract) "$bin" --threads 1 extract -q --files-from "$2" > /dev/null ;;
    sha256) xargs -d '\n' sha256sum < "$2" > /dev/null ;;
    gzip) xargs -d '\n' cat < "$2" | gzip -6 > /dev/null ;;
    whole1) "$bin" -q --threads 1 --format json --files-from "$2" > /dev/null ;;
    whole2) "$bin" -q --threads 2 --format json --files-from "$2" > /dev/null ;;
  esac
}
now() { echo "$EPOCHREALTIME"; }
serial() { local t0; t0=$(now); job "$1" "$work/A"; job "$1" "$work/B"; echo "$t0 $(now)" | awk '{printf "%.3f\n", $2 - $1}'; }
parallel() {
  local t0 p; t0=$(now)
  job "$1" "$work/A" & p=$!
  job "$1" "$work/B"
  wait "$p"
  echo "$t0 $(now)" | awk '{printf "%.3f\n", $2 - $1}'
}
whole() { local t0; t0=$(now); job "$1" "$work/all"; echo "$t0 $(now)" | awk '{printf "%.3f\n", $2 - $1}'; }
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
best() { sort -n | head -n 1; }

echo "scaling.sh: $nfiles files in $corpus, halves of $(wc -l < "$work/A") and $(wc -l < "$work/B"), $reps reps," \
  "$(nproc) CPUs, load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for w in tally extract sha256 gzip; do job "$w" "$work/A"; done  # warm-up
echo "| workload | serial A;B s | parallel A&B s | 2-way speed-up | best serial s | best parallel s | speed-up of best runs |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for w in tally extract sha256 gzip; do
  : > "$work/s"; : > "$work/p"
  for ((r = 1; r <= reps; r++)); do
    serial "$w" >> "$work/s"
    parallel "$w" >> "$work/p"
  done
  s=$(median < "$work/s"); p=$(median < "$work/p"); bs=$(best < "$work/s"); bp=$(best < "$work/p")
  awk -v w="$w" -v s="$s" -v p="$p" -v bs="$bs" -v bp="$bp" \
    'BEGIN {printf "| %s | %.3f | %.3f | %.2fx | %.3f | %.3f | %.2fx |\n", w, s, p, s / p, bs, bp, bs / bp}'
done
: > "$work/1"; : > "$work/2"
for ((r = 1; r <= reps; r++)); do whole whole1 >> "$work/1"; whole whole2 >> "$work/2"; done
t1=$(median < "$work/1"); t2=$(median < "$work/2"); b1=$(best < "$work/1"); b2=$(best < "$work/2")
awk -v s="$t1" -v p="$t2" -v bs="$b1" -v bp="$b2" \
  'BEGIN {printf "| tally, whole list: --threads 1 vs --threads 2 | %.3f | %.3f | %.2fx | %.3f | %.3f | %.2fx |\n", s, p, s / p, bs, bp, bs / bp}'
echo "scaling.sh: load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
