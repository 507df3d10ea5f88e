#!/usr/bin/env bash
# Checks that two tally builds give byte-identical output, in every format, with 1 and 2 threads, on the
# real-text corpora (bench/realtext_corpus.py): the check to run before and after a speed change.
#
#   bash bench/identical.sh [--files 40000] [--archive 40000] [--threads 1,2] [--root DIR] [--spill BYTES] OLD NEW
#
# For each corpus (news of --files articles, archive of --archive; 0 skips one), each thread count and each
# of `--format json|jsonl|csv|table`, `extract`, `timeline --format json|csv`: both builds run, their
# standard output and standard error are hashed (sha256) and compared, and so are their exit statuses.
# Outputs are hashed as they stream, never stored (the JSON of 40,000 articles is about 500 MB).
# --spill BYTES sets TALLY_SPILL_BYTES for both (e.g. 0 to spill every document; default: the builds' own).
# Prints one line per comparison; exit status 0 when all are identical, 1 otherwise, 2 on a usage error.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
usage() { sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "identical.sh: $*" >&2; exit 2; }

files=40000 archive=40000 threads=1,2 root=$repo/build/realtext seed=1 spill=""
pos=()
while (($#)); do
  case $1 in
    --files) files=${2:?}; shift 2 ;;
    --archive) archive=${2:?}; shift 2 ;;
    --threads) threads=${2:?}; shift 2 ;;
    --root) root=${2:?}; shift 2 ;;
    --seed) seed=${2:?}; shift 2 ;;
    --spill) spill=${2:?}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) pos+=("$1"); shift ;;
  esac
done
((${#pos[@]} == 2)) || { usage >&2; exit 2; }
old=$(realpath "${pos[0]}") new=$(realpath "${pos[1]}")
[[ -x $old && -x $new ]] || die "both builds must be executables: $old $new"

corpus() {  # kind files: prints the corpus directory (built or reused under $root)
  python3 "$here/realtext_corpus.py" --kind "$1" --files "$2" --seed "$seed" --root "$root" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["corpus"])'
}
dirs=()
((files > 0)) && dirs+=("$(corpus news "$files")")
((archive > 0)) && dirs+=("$(corpus archive "$archive")")
((${#dirs[@]})) || die "no corpus: --files and --archive are both 0"

export NO_COLOR=1 LC_ALL=C.UTF-8
if [[ -n $spill ]]; then export TALLY_SPILL_BYTES=$spill; else unset TALLY_SPILL_BYTES; fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tally-identical.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

run() {  # bin dir threads args...: prints "sha256-of-stdout bytes sha256-of-stderr exit-status"
  local bin=$1 dir=$2 t=$3 out
  shift 3
  out=$({ "$bin" "$@" -j"$t" "$dir" 2>"$tmp/err"; echo $? >"$tmp/rc"; } | python3 -c '
import hashlib, sys
h, n = hashlib.sha256(), 0
for block in iter(lambda: sys.stdin.buffer.read(1 << 20), b""):
    h.update(block)
    n += len(block)
print(h.hexdigest()[:16], n)')
  echo "$out $(sha256sum <"$tmp/err" | cut -c1-16) $(cat "$tmp/rc")"
}

fail=0 count=0
IFS=, read -ra thread_list <<<"$threads"
for dir in "${dirs[@]}"; do
  for t in "${thread_list[@]}"; do
    for args in "--format json" "--format jsonl" "--format csv" "--format table" "extract" \
                "timeline --format json" "timeline --format csv"; do
      read -ra argv <<<"$args"
      a=$(run "$old" "$dir" "$t" "${argv[@]}")
      b=$(run "$new" "$dir" "$t" "${argv[@]}")
      count=$((count + 1))
      read -r ao abytes ae ar <<<"$a"
      read -r bo bbytes be br <<<"$b"
      if [[ $ao == "$bo" && $ae == "$be" && $ar == "$br" ]]; then
        echo "identical: $(basename "$dir") -j$t $args ($abytes bytes, exit $ar)"
      else
        echo "DIFFERENT: $(basename "$dir") -j$t $args: old $a, new $b (stdout, bytes, stderr, exit)"
        fail=$((fail + 1))
      fi
    done
  done
done
echo "identical.sh: $((count - fail)) of $count identical ($old vs $new)"
((fail == 0))
