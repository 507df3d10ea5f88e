#!/usr/bin/env bash
# End to end, the readers: saved web pages, JSON Lines feeds, dates from URLs, directories and standard input.
#
#   tests/inputs/run.sh TALLY_BINARY SOURCE_DIR
#
# Each sample article in SOURCE_DIR/data/*.txt is wrapped in a saved page (make_page.py: navigation, scripts
# and a "most read" sidebar full of numbers, a form, a footer) and in a feed line; both must give exactly the
# tallies of the plain text (same_tallies.py), dated from the page's metadata, the line's field or its URL.
# Every generated input lives in a mktemp -d directory removed on exit. Each check prints "ok: ..." or
# "FAIL: ..."; the last line counts them and the exit status is non-zero if any check failed.
set -u
set -o pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 TALLY_BINARY SOURCE_DIR" >&2
  exit 2
fi
tally=$(realpath "$1")
root=$(realpath "$2")
here=$root/tests/inputs
export NO_COLOR=1
export LC_ALL=C.UTF-8

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
cd "$work" || exit 2

pass=0
fail=0
ok() { echo "ok: $1"; pass=$((pass + 1)); }
bad() { echo "FAIL: $1"; fail=$((fail + 1)); }
check() {  # description, then a command: ok when it succeeds
  local what=$1
  shift
  if "$@"; then ok "$what"; else bad "$what"; fi
}
rc=0
run() {  # runs tally with stdout in out, stderr in err, exit status in $rc; never longer than 120 s
  timeout -k 5 120 "$tally" "$@" >out 2>err
  rc=$?
}
want_rc() {
  if [[ $rc == "$2" ]]; then ok "$1: exit $rc"; else bad "$1: exit $rc, wanted $2 ($(head -c 300 err | tr '\n' ' '))"; fi
}
mk() { python3 "$here/make_page.py" "$@"; }
same() { python3 "$here/same_tallies.py" "$@"; }
json_get() {  # FILE PYTHON-EXPRESSION over j (the parsed file): prints the value
  python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"
}

samples=("$root"/data/*.txt)
names=()
for f in "${samples[@]}"; do names+=("$(basename "$f" .txt)"); done

# --- saved pages -------------------------------------------------------------------------------------------
mkdir -p pages txt obs
for i in "${!samples[@]}"; do
  n=${names[$i]}
  f=${samples[$i]}
  cp "$f" "txt/$n.txt"
  mk page "$f" >"pages/$n.html"
  "$tally" extract "$f" >"obs/$n.txt.jsonl" 2>/dev/null
  run extract "pages/$n.html"
  want_rc "page $n" 0
  cp out "obs/$n.html.jsonl"
  # A date header in the text becomes the page's article:published_time: the page is dated from its metadata.
  if head -c 6 "$f" | grep -q '^ date '; then
    check "page $n: the tallies, date and country of the text, dated from the metadata" \
      same "obs/$n.txt.jsonl" "obs/$n.html.jsonl" --date-source metadata
  else
    check "page $n: the tallies, date and country of the text (no metadata: dated as the text is)" \
      same "obs/$n.txt.jsonl" "obs/$n.html.jsonl"
  fi
done
n=${names[1]}
check "page $n: not a number of the scripts, navigation, sidebar, form or footer is an observation" \
  bash -c "! grep -qE '\"seats\":(999|888|777|120|130|101|80|60|150|45|98|333|365|77|7|2),' obs/$n.html.jsonl"
check "page $n: its title and no URL in the document record" \
  grep -q '"title":"Election update | The Daily Example","url":null' "obs/$n.html.jsonl"

run --format json pages
want_rc "the pages folder" 0
check "the pages folder: every page has a title in the JSON report" \
  test "$(json_get out 'sum(d["title"] == "Election update | The Daily Example" for d in j["documents"])')" == "${#samples[@]}"

# The table of the pages equals the table of the texts, but for the kind of articles in the group headers.
"$tally" --color never txt >txt.table 2>/dev/null
"$tally" --color never pages >pages.table 2>/dev/null
check "the pages' table is the texts' table, with 'html' for 'txt' in the article counts" \
  cmp -s <(sed 's/ txt article/ html article/' txt.table) pages.table

# --- a feed --------------------------------------------------------------------------------------------------
# Line 2 has no date and a URL with one (its dateline has no year); line 3 is malformed; line 6 is dated by its
# URL alone; the text comes from "text", "content" or "body".
{
  mk line "${samples[0]}" a0
  mk line "${samples[1]}" a1 --no-date --url "https://example.com/world/2024/02/09/us-state-department"
  echo '{"id": "broken", "text": "The PPP won 54 seats'
  mk line "${samples[2]}" a2 --field content
  mk line "${samples[3]}" a3 --field body
  mk line "${samples[4]}" a4 --no-date --url "https://example.com/2024/02/10/statement"
  echo
} >feed.jsonl
for n in "${names[@]}"; do cat "obs/$n.txt.jsonl"; done >txt.all.jsonl
run extract feed.jsonl
want_rc "feed with a malformed line" 1
check "feed: the malformed line is named FILE:LINE on stderr" grep -qF "tally: error: feed.jsonl:3: malformed JSON: " err
check "feed: the malformed line is an error record" grep -qF '{"message":"malformed JSON: ' out
grep -v '"record":"error"' out >feed.docs.jsonl
check "feed: each other line is a document named FILE:LINE, in order" \
  test "$(grep -o '"path":"feed.jsonl:[0-9]*"' feed.docs.jsonl | tr '\n' ' ')" == \
  '"path":"feed.jsonl:1" "path":"feed.jsonl:2" "path":"feed.jsonl:4" "path":"feed.jsonl:5" "path":"feed.jsonl:6" '
dated_text=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["date_source"])' "obs/${names[3]}.txt.jsonl")
check "feed: each line gives its article's tallies, dated from its field, its URL or its text" \
  same txt.all.jsonl feed.docs.jsonl --date-source "metadata,url,metadata,$dated_text,url"
check "feed: ids and URLs kept in the document records" \
  grep -q '"id":"a4",.*"url":"https://example.com/2024/02/10/statement"' feed.docs.jsonl

run --format json feed.jsonl
want_rc "feed, JSON report" 1
check "feed, JSON report: the error names feed.jsonl:3" test "$(json_get out 'j["errors"][0]["path"]')" == feed.jsonl:3
check "feed, JSON report: documents carry id, url and title" \
  test "$(json_get out '[d["id"] for d in j["documents"]]')" == "['a0', 'a1', 'a2', 'a3', 'a4']"

# extract | reconcile gives what the direct run gives, for pages and feeds too
for format in table json; do
  "$tally" --format "$format" --color never pages feed.jsonl >direct.out 2>/dev/null
  "$tally" extract pages feed.jsonl 2>/dev/null | "$tally" reconcile --format "$format" --color never - >reduced.out 2>/dev/null
  check "pages and a feed: extract | reconcile --format $format equals the direct run" cmp -s direct.out reduced.out
done

# --- dates from URLs -----------------------------------------------------------------------------------------
n=${names[4]}
mk page "${samples[4]}" --no-date --url "https://example.com/news/2024/02/10/pakistan-statement" >url-dated.html
run extract url-dated.html
check "a page dated by its canonical URL alone: date_source url" \
  grep -q '"date":"2024-02-10","date_confidence":"medium","date_source":"url"' out
mk page "${samples[4]}" --no-date --url "https://example.com/news/story-12345678" >id-url.html
run extract id-url.html
check "a URL with an id and no date does not date the page" grep -q '"date":null,"date_confidence":"none","date_source":"none"' out
mk page "${samples[4]}" --url "https://example.com/news/2023/01/01/old" >both.html
run extract both.html
check "the page's metadata outranks its URL" grep -q '"date":"2024-02-10","date_confidence":"high","date_source":"metadata"' out

# --- directories and standard input ------------------------------------------------------------------------
mkdir -p mixed/sub
cp "txt/${names[1]}.txt" mixed/
cp "pages/${names[2]}.html" mixed/sub/page.HTM
mk line "${samples[3]}" x >mixed/sub/feed.jsonl
echo "PTI 999 seats" >mixed/notes.md
run --color never mixed
want_rc "a folder of text, a page and a feed" 0
check "a folder: walked for .txt, .htm (any case) and .jsonl, not .md" \
  test "$(grep -c '' <("$tally" extract mixed 2>/dev/null | grep '"record":"document"'))" == 3
check "a folder: the group header counts the articles by kind" grep -q '(PK-2024)  3 articles: 1 html, 1 jsonl, 1 txt' out

run extract --input-format html - <"pages/${names[1]}.html"
cp out stdin.jsonl
check "a page on standard input (--input-format html) gives the page's tallies" \
  same "obs/${names[1]}.html.jsonl" stdin.jsonl
run extract --input-format jsonl - <feed.jsonl
want_rc "a feed on standard input" 1
check "a feed on standard input: lines named -:LINE" grep -qF 'tally: error: -:3: malformed JSON' err
run extract - <"pages/${names[1]}.html"
check "standard input without --input-format is text (the page's markup is read as words)" \
  bash -c "! diff -q out obs/${names[1]}.html.jsonl >/dev/null"
run extract --input-format text "pages/${names[1]}.html"
check "--input-format text reads a page as text" bash -c "! diff -q out obs/${names[1]}.html.jsonl >/dev/null"
run extract --input-format xml x
want_rc "an unknown --input-format" 2

# --- the common flags on every subcommand ------------------------------------------------------------------
"$tally" extract txt >all.jsonl 2>/dev/null
run reconcile -q -j 1 --progress never all.jsonl
want_rc "reconcile -q -j 1 --progress never" 0
run reconcile -q --progress always all.jsonl
check "reconcile --progress always: a line count on standard error" grep -q 'tally: [0-9]* lines' err
printf '#kind: parties\n' >aliases.tsv
for sub in extract timeline eval explain chart; do
  args=()
  case $sub in
    eval) args=(--gold "$root/tests/golden/data.gold.jsonl") ;;
    explain) args=(PML-N) ;;
    chart) args=(-o chart.svg) ;;
  esac
  run "$sub" "${args[@]}" -q -j 1 --progress never --input-format auto --aliases aliases.tsv pages
  want_rc "$sub takes -q, -j, --progress, --input-format and --aliases" 0
done

echo "$pass passed, $fail failed"
[[ $fail == 0 ]]
