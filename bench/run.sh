#!/usr/bin/env bash
# Throughput benchmark: tally against cat and grep over the same files.
#
#   bench/run.sh [options] CORPUS_DIR [TALLY_BIN] [REPS]
#
#   CORPUS_DIR  directory of *.txt articles; generated with gen_corpus.py when
#               it is missing or empty (see --mb / --files / --seed)
#   TALLY_BIN   tally binary (default: build/tally, then <repo>/build/tally)
#   REPS        timed repetitions of each command (default 5)
#
# Options:
#   --mb M        size of a generated corpus in MB (10^6 bytes; default 50)
#   --files N     generate N articles instead of --mb
#   --seed S      generator seed (default 1)
#   --out FILE    also write the markdown report to FILE
#   --raw FILE    also write the raw timings (TSV) to FILE
#   -h, --help
#
# Each command is run once as a warm-up (fills the page cache; page cache
# cannot be dropped without root), then REPS times, interleaved round-robin
# so that drift on a shared machine hits every command alike.  Wall time comes
# from bash's EPOCHREALTIME around the run, peak RSS from GNU time -v
# ("Maximum resident set size").  A failing command is reported, not fatal.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

usage() { sed -n '2,24p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "run.sh: $*" >&2; exit 2; }

mb=50 files="" seed=1 out="" raw_out=""
pos=()
while (($#)); do
  case $1 in
    --mb) mb=${2:?}; shift 2 ;;
    --files) files=${2:?}; shift 2 ;;
    --seed) seed=${2:?}; shift 2 ;;
    --out) out=${2:?}; shift 2 ;;
    --raw) raw_out=${2:?}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; pos+=("$@"); break ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) pos+=("$1"); shift ;;
  esac
done
((${#pos[@]} >= 1 && ${#pos[@]} <= 3)) || { usage >&2; exit 2; }
corpus=${pos[0]}
bin=${pos[1]:-}
reps=${pos[2]:-5}
[[ $reps =~ ^[1-9][0-9]*$ ]] || die "REPS must be a positive integer: $reps"

source "$here/common.sh"
require_gnu_time
[[ $("$TIME" -v true 2>&1 || true) == *'Maximum resident set size'* ]] ||
  die "$TIME is not GNU time (no -v support)"

bin=$(default_tally "$bin")
have_bin=1
if [[ ! -x $bin ]]; then
  echo "run.sh: tally binary not found or not executable: $bin (tally rows skipped)" >&2
  have_bin=0
else
  bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
fi

# ---- corpus ---------------------------------------------------------------
if [[ ! -d $corpus ]] || [[ -z $(ls -A "$corpus" 2>/dev/null) ]]; then
  [[ -d $corpus ]] && rmdir "$corpus"
  tmp="$corpus.tmp.$$"
  rm -rf "$tmp"
  if [[ -n $files ]]; then size=(--files "$files"); else size=(--target-mb "$mb"); fi
  echo "run.sh: generating corpus in $corpus (${size[*]}, seed $seed)" >&2
  python3 "$here/gen_corpus.py" --seed "$seed" "${size[@]}" --out "$tmp" --quiet >&2
  mv "$tmp" "$corpus"
fi
read -r nfiles nbytes < <(find "$corpus" -type f -name '*.txt' -printf '%s\n' |
  awk '{n++; b+=$1} END {printf "%d %d\n", n, b}')
((nfiles > 0)) || die "no *.txt files under $corpus"

work=$(mktemp -d "${TMPDIR:-/tmp}/tally-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
raw=$work/raw.tsv
printf 'label\trep\trc\tt0\tt1\trss_kb\tcpu_s\n' > "$raw"

labels=(cat grep t1 t2 extract)
declare -A title=(
  [cat]='cat (find -print0 | xargs -0 cat)'
  [grep]='grep -rci seat'
  [t1]='tally --threads 1 --format json'
  [t2]='tally --threads 2 --format json'
  [extract]='tally extract'
)

# shellcheck disable=SC2016  # the inner bash expands $1
set_cmd() {
  case $1 in
    cat) CMD=(bash -c 'find "$1" -type f -name "*.txt" -print0 | xargs -0 cat > /dev/null' _ "$corpus") ;;
    grep) CMD=(grep -rci seat "$corpus") ;;
    t1) CMD=("$bin" --threads 1 --format json "$corpus") ;;
    t2) CMD=("$bin" --threads 2 --format json "$corpus") ;;
    extract) CMD=("$bin" extract "$corpus") ;;
  esac
}

declare -A failed=() note=()
run_one() {  # label rep
  local label=$1 rep=$2 rc=0 t0 t1 rss
  set_cmd "$label"
  t0=$EPOCHREALTIME
  "$TIME" -v -o "$work/time" "${CMD[@]}" > /dev/null 2> "$work/err.$label" || rc=$?
  t1=$EPOCHREALTIME
  # grep exits 1 when nothing matched: not an error.
  [[ $label == grep && $rc == 1 ]] && rc=0
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time" 2>/dev/null || true)
  cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ {c += $2} END {print c + 0}' "$work/time" 2>/dev/null || true)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$rep" "$rc" "$t0" "$t1" "${rss:-0}" "${cpu:-0}" >> "$raw"
  if [[ $rc != 0 ]]; then
    failed[$label]=$((${failed[$label]:-0} + 1))
    note[$label]="rc=$rc: $(grep -v '^\s*$' "$work/err.$label" | head -n 1 | cut -c1-120)"
    echo "run.sh: ${title[$label]} failed ($label, rep $rep) ${note[$label]}" >&2
  fi
}

active=()
for l in "${labels[@]}"; do
  if [[ $l == t* || $l == extract ]] && ((have_bin == 0)); then
    note[$l]="skipped: no binary"
    continue
  fi
  active+=("$l")
done

load0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
echo "run.sh: $nfiles files, $nbytes bytes; warm-up then $reps reps of: ${active[*]}" >&2
for l in "${active[@]}"; do run_one "$l" 0; done
# A command whose warm-up failed is not repeated.
timed=()
for l in "${active[@]}"; do [[ -n ${failed[$l]:-} ]] || timed+=("$l"); done
for ((r = 1; r <= reps; r++)); do
  for l in "${timed[@]}"; do run_one "$l" "$r"; done
  echo "run.sh: rep $r/$reps done" >&2
done

notes=$work/notes.tsv
: > "$notes"
for l in "${labels[@]}"; do
  printf '%s\t%s\t%s\n' "$l" "${title[$l]}" "${note[$l]:-}" >> "$notes"
done

version="(none)"
if ((have_bin)); then
  version=$("$bin" --version 2>/dev/null | head -n 1 || true)
  [[ -n $version ]] || version="(no --version output)"
fi

load1=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')

report=$work/report.md
python3 - "$raw" "$notes" "$nfiles" "$nbytes" "$corpus" "$bin" "$reps" "$version" \
  "$load0" "$load1" > "$report" <<'PY'
import csv, os, statistics, sys

raw, notes, nfiles, nbytes, corpus, binary, reps, version, load0, load1 = sys.argv[1:11]
nfiles, nbytes, reps = int(nfiles), int(nbytes), int(reps)
rows = list(csv.DictReader(open(raw), delimiter="\t"))
order, title, note = [], {}, {}
for line in open(notes):
    l, t, n = line.rstrip("\n").split("\t")
    order.append(l); title[l] = t; note[l] = n

def runs(label):
    return [r for r in rows if r["label"] == label and r["rep"] != "0"]

med, cpu, peak, ok_n, fail_n = {}, {}, {}, {}, {}
for l in order:
    rs = runs(l)
    good = [float(r["t1"]) - float(r["t0"]) for r in rs if r["rc"] == "0"]
    allr = [r for r in rows if r["label"] == l]
    fail_n[l] = sum(1 for r in allr if r["rc"] != "0")
    ok_n[l] = len(good)
    if good:
        med[l] = statistics.median(good)
        cpu[l] = statistics.median(float(r["cpu_s"] or 0)
                                   for r in rs if r["rc"] == "0")
    rss = [int(r["rss_kb"] or 0) for r in allr if r["rc"] == "0"]
    if rss:
        peak[l] = max(rss) / 1024

mb = nbytes / 1e6
print(f"## tally benchmark\n")
print(f"- corpus: `{corpus}`: {nfiles} files, {mb:.1f} MB "
      f"({nbytes / max(nfiles, 1):.0f} bytes per file)")
print(f"- binary: `{binary}` {version}")
print(f"- machine: {os.cpu_count()} CPUs; one warm-up run, then {reps} "
      f"timed runs per command, interleaved")
print(f"- load average (1/5/15 min) before: {load0}, after: {load1}; with "
      f"other work running, trust 'CPU s' more than wall time")
print()
print("| command | median s | CPU s | ratio to grep | MB/s | peak RSS MB | runs ok | note |")
print("|---|---:|---:|---:|---:|---:|---:|---|")
g = med.get("grep")
for l in order:
    m = med.get(l)
    cells = ["`" + title[l].replace("|", "\\|") + "`"]
    cells.append(f"{m:.3f}" if m is not None else "-")
    cells.append(f"{cpu[l]:.2f}" if l in cpu else "-")
    cells.append(f"{m / g:.2f}" if m is not None and g else "-")
    cells.append(f"{mb / m:.1f}" if m else "-")
    cells.append(f"{peak[l]:.1f}" if l in peak else "-")
    tot = ok_n[l] + fail_n[l]
    cells.append(f"{ok_n[l]}/{reps}" if tot else "0/0")
    n = note[l]
    if fail_n[l] and not n.startswith("skipped"):
        n = f"{fail_n[l]} failed; last {n}"
    cells.append(n.replace("|", "\\|"))
    print("| " + " | ".join(cells) + " |")
print()
if med.get("t1") and med.get("t2"):
    s = med["t1"] / med["t2"]
    print(f"Speed-up 1 -> 2 threads: **{s:.2f}x** "
          f"({med['t1']:.3f} s -> {med['t2']:.3f} s; ideal 2.00x).")
else:
    print("Speed-up 1 -> 2 threads: n/a (a tally run is missing or failed).")
PY

cat "$report"
[[ -n $out ]] && cp "$report" "$out"
[[ -n $raw_out ]] && cp "$raw" "$raw_out"
# Non-zero when any command failed, so CI wrappers notice.
for l in "${labels[@]}"; do [[ -z ${failed[$l]:-} ]] || exit 1; done
exit 0
