#!/bin/bash
# The first pass of extraction (src/extract/prefilter.h) changes no output: every corpus of the repository,
# and a real-text archive corpus when bench/realtext_corpus.py is there, read with it and without it
# (TALLY_FIRST_PASS=0), give byte-identical `tally extract` and `tally --format json` output.
# Usage: first_pass.sh TALLY SOURCE_DIR
set -u
tally=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dirs=(data tests/corpus/articles tests/corpus2/articles tests/realstruct/articles tests/webdev/articles tests/scenarios/articles)
if [ -f "$src/bench/realtext_corpus.py" ]; then
  # an archive: most pages hold no tally, which is what the first pass skips
  if python3 "$src/bench/realtext_corpus.py" --kind archive --files 600 --out "$work/archive" --repo "$src" >/dev/null; then
    dirs+=("$work/archive")
  else
    echo "FAIL: could not build the archive corpus"
    exit 1
  fi
fi
failed=0
for d in "${dirs[@]}"; do
  case $d in /*) path=$d ;; *) path=$src/$d ;; esac
  for args in "extract -q" "-q --format json"; do
    # shellcheck disable=SC2086
    (cd "$src" && "$tally" $args -j2 "$path") >"$work/fast" 2>&1
    fast_status=$?
    # shellcheck disable=SC2086
    (cd "$src" && TALLY_FIRST_PASS=0 "$tally" $args -j2 "$path") >"$work/full" 2>&1
    full_status=$?
    if [ $fast_status != $full_status ] || ! cmp -s "$work/fast" "$work/full"; then
      echo "FAIL: $d ($args): the first pass changes the output (status $fast_status vs $full_status)"
      diff "$work/fast" "$work/full" | head -5
      failed=1
    elif [ ! -s "$work/fast" ]; then
      echo "FAIL: $d ($args): no output"
      failed=1
    fi
  done
done
[ $failed = 0 ] && echo "ok: ${#dirs[@]} corpora, extract and json, identical with and without the first pass"
exit $failed
