#!/usr/bin/env bash
# Map/reduce with GNU parallel: `tally extract` on partitions of a generated corpus in parallel, the
# partitions' JSONL concatenated (in order, reversed, shuffled) into `tally reconcile --format json -`,
# compared with one `tally --format json` run.
#
#   tests/scaleout/parallel.sh TALLY_BIN SOURCE_DIR
#
# The whole report must be equal, not only the summary: `documents` is rebuilt by reconcile from the
# document records of `tally extract` (path, date, date_source, country, warnings, and the articles
# without any tally), and `errors` from its error records, so any difference there is a lost or
# changed article. The paths are spelled the same on both sides (the map step gets the paths tally's
# own directory walk produces), which is what makes byte equality a fair demand.
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
need parallel parallel

corpus=$work/corpus
gen 600 "$corpus"
missing=$work/missing/no-such-article.txt   # an unreadable input: an error record, exit status 1

# The single run: the directory, walked by tally itself, and the missing file.
rc_single=0
"$TALLY" -q --format json "$corpus" "$missing" >"$work/single.json" 2>"$work/single.err" || rc_single=$?
if [[ $rc_single == 1 ]] && grep -q "^tally: error: $missing: No such file or directory" "$work/single.err"; then
  ok "single run: exit 1 for the missing file, named on stderr"
else
  bad "single run exited $rc_single (wanted 1): $(head -c 300 "$work/single.err")"
fi
python3 - "$work/single.json" <<'PY' && ok "single run: 600 documents, 1 error, tallies found" || bad "single run content"
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["documents"]) == 600, len(d["documents"])
assert len(d["errors"]) == 1, d["errors"]
assert sum(len(x["observations"]) for x in d["documents"]) > 1000
assert sum(1 for x in d["documents"] if not x["observations"]) >= 20   # articles without a tally
assert len(d["summary"]) > 10
PY

# The file list, as tally walks a directory: sorted by bytes, same spelling.
find "$corpus" -type f -name '*.txt' | LC_ALL=C sort >"$work/files.txt"
echo "$missing" >>"$work/files.txt"
[[ $(wc -l <"$work/files.txt") == 601 ]] && ok "601 paths listed" || bad "file list: $(wc -l <"$work/files.txt") lines"

# 1. The recipe itself, even partitions, in order and reversed.
for opt in "" --reverse; do
  if out=$("$ROOT/contrib/parallel/scaleout.sh" -k 8 -j 2 $opt --keep "$work/recipe$opt" "$TALLY" "$corpus" \
           "$missing" 2>&1); then
    ok "contrib/parallel/scaleout.sh -k 8 -j 2 $opt: equal to the single run"
    same_json "scaleout.sh $opt output equals this test's single run" "$work/single.json" \
      "$work/recipe$opt/mapreduce.json"
  else
    bad "contrib/parallel/scaleout.sh -k 8 -j 2 $opt: $(tail -n 20 <<<"$out")"
  fi
done

# split_list NAME SIZE...: cuts files.txt into contiguous partitions of the given sizes (the last one
# takes the rest) as $work/NAME/part.NN.
split_list() {
  local name=$1 i=0 from=1 size
  shift
  mkdir -p "$work/$name"
  for size in "$@" 0; do
    if [[ $size == 0 ]]; then
      tail -n "+$from" "$work/files.txt" >"$work/$name/part.$(printf %02d $i)"
    else
      sed -n "${from},$((from + size - 1))p" "$work/files.txt" >"$work/$name/part.$(printf %02d $i)"
    fi
    from=$((from + size))
    i=$((i + 1))
  done
}
# map NAME: `tally extract` on every partition of NAME, 2 jobs at a time, with GNU parallel.
# Exit 1 (an unreadable input, recorded in the JSONL) completes a task; anything else fails it.
map() {
  parallel --will-cite --halt now,fail=1 -j 2 \
    "'$TALLY' extract -q --files-from {} > {}.jsonl || test \$? -eq 1" ::: "$work/$1"/part.?? \
    2>"$work/$1.map.err"
}
# reduce NAME ORDER...: cats the partitions' JSONL in the given order into one reconcile, compares.
reduce() {
  local name=$1 label=$2 rc=0 files=()
  shift 2
  for i in "$@"; do files+=("$work/$name/part.$(printf %02d "$i").jsonl"); done
  cat "${files[@]}" | "$TALLY" reconcile --format json - >"$work/$name.$label.json" 2>"$work/$name.$label.err" || rc=$?
  if [[ $rc != "$rc_single" ]]; then
    bad "$name, $label: reconcile exited $rc, the single run $rc_single: $(head -c 300 "$work/$name.$label.err")"
    return
  fi
  same_json "$name partitions, $label: reconcile equals the single run" "$work/single.json" "$work/$name.$label.json"
}

# 2. Uneven partitions: a single file, a few, half the corpus, two, and the rest (with the missing file).
split_list uneven 1 3 300 2 47 5 120
sizes=$(for f in "$work"/uneven/part.??; do wc -l <"$f"; done | tr '\n' ' ')
[[ $sizes == "1 3 300 2 47 5 120 123 " ]] && ok "uneven partitions: $sizes" || bad "uneven partition sizes: $sizes"
if map uneven; then
  ok "uneven: 8 map tasks through GNU parallel"
  reduce uneven "in order" 0 1 2 3 4 5 6 7
  reduce uneven "reversed" 7 6 5 4 3 2 1 0
  reduce uneven "shuffled 5 2 7 0 3 6 1 4" 5 2 7 0 3 6 1 4
  reduce uneven "shuffled 3 0 6 2 7 4 1 5" 3 0 6 2 7 4 1 5
else
  bad "uneven: a map task failed: $(head -c 500 "$work/uneven.map.err")"
fi

# 3. Many small partitions (every document split from its neighbours), shuffled.
split_list small $(for _ in $(seq 1 29); do printf '20 '; done)
if map small; then
  ok "small: 30 map tasks of 20 files through GNU parallel"
  order=$(seq 0 29 | awk 'BEGIN {srand(6)} {print rand() "\t" $0}' | sort -k1,1 | cut -f2 | tr '\n' ' ')
  reduce small "shuffled $order" $order
else
  bad "small: a map task failed: $(head -c 500 "$work/small.map.err")"
fi

finish
