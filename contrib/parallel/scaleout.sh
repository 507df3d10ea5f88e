#!/usr/bin/env bash
# Map/reduce with GNU parallel: `tally extract` on K partitions of the input
# files in parallel (map), then one `tally reconcile` over the concatenated
# JSON Lines (reduce).  Checks the result against a single
# `tally --format json` run over the same paths and exits 1 on any difference.
#
#   contrib/parallel/scaleout.sh [options] TALLY_BIN PATHS...
#
#   PATHS           files and/or directories (walked for *.txt, like tally)
#   -k K            number of partitions (default: 4 x the number of jobs)
#   -j J            parallel jobs (default: number of CPUs)
#   --format F      output format compared (default json)
#   --reverse       concatenate the partitions' JSONL in reverse order
#                   (checks that reconcile does not depend on input order)
#   --keep DIR      keep the partitions, JSONL and both outputs in DIR
#   -h, --help
#
# On several machines: give parallel a --sshloginfile and make the files and
# the binary visible at the same paths (shared file system); the reduce step
# is the same.  Needs GNU parallel (Debian package 'parallel').
set -euo pipefail

usage() { sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "scaleout.sh: $*" >&2; exit 2; }

k="" jobs=$(nproc 2>/dev/null || echo 2) fmt=json reverse=0 keep=""
args=()
while (($#)); do
  case $1 in
    -k) k=${2:?}; shift 2 ;;
    -j) jobs=${2:?}; shift 2 ;;
    --format) fmt=${2:?}; shift 2 ;;
    --reverse) reverse=1; shift ;;
    --keep) keep=${2:?}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; args+=("$@"); break ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) args+=("$1"); shift ;;
  esac
done
((${#args[@]} >= 2)) || { usage >&2; exit 2; }
bin=${args[0]}
paths=("${args[@]:1}")
[[ -x $bin ]] || die "tally binary not found or not executable: $bin"
command -v parallel > /dev/null || die "GNU parallel not found (apt-get install parallel)"
[[ -z $k ]] && k=$((4 * jobs))
[[ $k =~ ^[1-9][0-9]*$ ]] || die "-k must be a positive integer: $k"
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac

if [[ -n $keep ]]; then
  mkdir -p "$keep"; work=$(cd "$keep" && pwd)
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/tally-scaleout.XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi

# The file list, in the order tally itself uses (files as given; directories
# walked in sorted order), with the same path spellings, so that the
# documents named in the JSONL are the same as in the single run.
list=$work/files.txt
: > "$list"
for p in "${paths[@]}"; do
  if [[ -d $p ]]; then
    find "$p" -type f -name '*.txt' -print | LC_ALL=C sort >> "$list"
  else
    # Files, "-" excluded, go through as given; a missing one becomes an
    # error record in the JSONL, exactly as in the single run.
    [[ -e $p ]] || echo "scaleout.sh: warning: no such file: $p" >&2
    [[ $p != - ]] || die "standard input ('-') cannot be partitioned"
    printf '%s\n' "$p" >> "$list"
  fi
done
n=$(wc -l < "$list")
((n > 0)) || die "no input files"
((k > n)) && k=$n

# K contiguous partitions of about equal size in bytes (split -n l/K never cuts a line; a partition
# may come out empty when K is close to the number of files, and is then left out).
rm -f "$work"/part.*
split -n "l/$k" -d -a 5 "$list" "$work/part."
parts=()
for f in "$work"/part.*; do
  [[ -s $f ]] && parts+=("$f")
done

echo "scaleout.sh: $n files in ${#parts[@]} partitions, $jobs parallel jobs" >&2
t0=$EPOCHREALTIME
# Map.  tally exits 1 when some input could not be read (reported in the
# JSONL as error records): that is a completed map task.  Anything else stops
# everything (--halt now,fail=1).  Per-file warnings are not printed (-q):
# they are in the JSON (documents[].warnings) on both sides.
if ! parallel --will-cite --halt now,fail=1 -j "$jobs" \
    "'$bin' extract -q --files-from {} > {}.jsonl || test \$? -eq 1" ::: "${parts[@]}"; then
  echo "scaleout.sh: a map task (tally extract) failed" >&2
  exit 1
fi
t1=$EPOCHREALTIME
# Reduce.
jsonl=()
for f in "${parts[@]}"; do jsonl+=("$f.jsonl"); done
if ((reverse)); then
  for ((i = 0, j = ${#jsonl[@]} - 1; i < j; i++, j--)); do
    tmp=${jsonl[i]}; jsonl[i]=${jsonl[j]}; jsonl[j]=$tmp
  done
fi
rc_mr=0
cat "${jsonl[@]}" | "$bin" reconcile --format "$fmt" - > "$work/mapreduce.$fmt" || rc_mr=$?
t2=$EPOCHREALTIME
obs=$(cat "${jsonl[@]}" | wc -l)

# The single run.
rc_single=0
"$bin" -q --format "$fmt" "${paths[@]}" > "$work/single.$fmt" || rc_single=$?
t3=$EPOCHREALTIME
if ((rc_single > 1 || rc_mr > 1)); then
  echo "scaleout.sh: FAILED: single run exited $rc_single, reconcile exited $rc_mr" >&2
  exit 1
fi
if ((rc_single != rc_mr)); then
  echo "scaleout.sh: MISMATCH: single run exited $rc_single, map/reduce exited $rc_mr" >&2
  exit 1
fi

secs() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", b - a}'; }
echo "scaleout.sh: map $(secs "$t0" "$t1") s ($obs JSONL records), reduce $(secs "$t1" "$t2") s, single run $(secs "$t2" "$t3") s" >&2
if diff -u "$work/single.$fmt" "$work/mapreduce.$fmt" > "$work/diff.txt"; then
  echo "scaleout.sh: OK: map/reduce output equals the single run ($(wc -c < "$work/single.$fmt") bytes, exit status $rc_single)"
  exit 0
fi
echo "scaleout.sh: MISMATCH between single run and map/reduce:" >&2
head -n 60 "$work/diff.txt" >&2
[[ -n $keep ]] && echo "scaleout.sh: files kept in $work" >&2
exit 1
