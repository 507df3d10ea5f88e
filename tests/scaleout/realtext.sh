#!/usr/bin/env bash
# The real-text benchmark keeps working: bench/realtext_corpus.py is deterministic (same arguments, same
# bytes; the N corpus is part of the 2N corpus, byte for byte), varies its copies (distinct texts), puts
# one archive file in ten among the results stories, and reuses a complete corpus; bench/realtext.sh
# measures every row and writes its Markdown and JSON reports; bench/identical.sh finds a build identical
# to itself. Figures are not checked (see docs/performance.md): only that the tools run and fill their
# tables.
#
#   tests/scaleout/realtext.sh TALLY_BIN SOURCE_DIR
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
need python3 python3
if [[ ! -x /usr/bin/time ]]; then
  echo "FAIL: GNU time is not at /usr/bin/time: this test needs the Debian package 'time'" \
       "(apt-get install -y time; scripts/setup.sh installs it)" >&2
  exit 1
fi
gen_rt() {  # kind files out: the summary line on stdout
  python3 "$ROOT/bench/realtext_corpus.py" --kind "$1" --files "$2" --seed 3 --out "$3" 2>"$work/gen.err"
}
field() {  # json-line key
  python3 -c 'import json, sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"
}

a=$(gen_rt news 150 "$work/a") && b=$(gen_rt news 300 "$work/b") && a2=$(gen_rt news 150 "$work/a2") ||
  { bad "realtext_corpus.py failed: $(cat "$work/gen.err")"; finish; }
if diff -r "$work/a" "$work/a2" >/dev/null; then ok "realtext_corpus.py: same arguments, identical corpus"
else bad "realtext_corpus.py is not deterministic"; fi
missing=0
while IFS= read -r f; do cmp -s "$work/a/$f" "$work/b/$f" || missing=$((missing + 1)); done \
  < <(cd "$work/a" && find . -type f)
if ((missing == 0)) && [[ $(find "$work/a" -type f | wc -l) == 150 ]]; then
  ok "realtext_corpus.py: the 150 corpus is part of the 300 corpus, byte for byte"
else
  bad "realtext_corpus.py: $missing files of the 150 corpus differ in the 300 corpus"
fi
distinct=$(field "$b" distinct_texts) sources=$(field "$b" sources)
if ((sources >= 190 && distinct >= 295)); then ok "news 300: $distinct distinct texts from $sources articles"
else bad "news 300: $distinct distinct texts from $sources articles (want >= 295 from >= 190)"; fi
if gen_rt news 5 "$work/a" >/dev/null; then bad "realtext_corpus.py wrote into a non-empty directory"
else ok "realtext_corpus.py refuses a non-empty output directory"; fi

arch=$(gen_rt archive 200 "$work/arch") || bad "archive corpus: $(cat "$work/gen.err")"
pools=$(field "$arch" files_per_pool)
if [[ $pools == "{'quiet': 180, 'results': 20}" || $pools == "{'results': 20, 'quiet': 180}" ]]; then
  ok "archive 200: 180 pages without tallies, 20 results stories"
else
  bad "archive 200: pools $pools"
fi

# --root: built once, then reused (the .json beside it marks it complete).
r1=$(python3 "$ROOT/bench/realtext_corpus.py" --kind news --files 120 --seed 3 --root "$work/root") &&
  touch "$work/stamp" && sleep 1 &&
  r2=$(python3 "$ROOT/bench/realtext_corpus.py" --kind news --files 120 --seed 3 --root "$work/root")
dir=$(field "$r1" corpus)
if [[ $r1 == "$r2" && -d $dir && ! $dir -nt $work/stamp ]]; then ok "--root: a complete corpus is reused"
else bad "--root: not reused ($dir)"; fi

# realtext.sh: every row measured once, reports written.
rc=0
bash "$ROOT/bench/realtext.sh" --files 100,200 --archive 100 --runs 1 --seed 3 --root "$work/root" \
  --tally "$TALLY" --out "$work/report" >"$work/rt.out" 2>"$work/rt.err" || rc=$?
rows=$(grep -c '| 1/1 |$' "$work/report.md" 2>/dev/null)
if [[ $rc == 0 && $rows == 18 ]] && grep -q 'speed-up 1 → 2 threads, json: \*\*' "$work/report.md" &&
   grep -q '^| `tally --format json -j1 DIR` | [0-9.]* | [0-9.]* | [0-9.]* | \(yes\|NO\) | \(yes\|NO\) |$' \
     "$work/report.md" &&
   python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); assert len(r["corpora"]) == 3 and r["targets"]' \
     "$work/report.json"; then
  ok "bench/realtext.sh: 3 corpora x 6 commands measured, targets checked, JSON written"
else
  bad "bench/realtext.sh exited $rc with $rows rows measured: $(head -c 2000 "$work/report.md" 2>/dev/null) $(tail -n 5 "$work/rt.err")"
fi

# identical.sh: a build is identical to itself in every format.
rc=0
bash "$ROOT/bench/identical.sh" --files 60 --archive 60 --threads 1,2 --seed 3 --root "$work/root" "$TALLY" "$TALLY" \
  >"$work/id.out" 2>&1 || rc=$?
if [[ $rc == 0 ]] && grep -q '^identical.sh: 28 of 28 identical' "$work/id.out"; then
  ok "bench/identical.sh: 28 of 28 comparisons identical for one build"
else
  bad "bench/identical.sh exited $rc: $(tail -n 5 "$work/id.out")"
fi

finish
