#!/usr/bin/env bash
# End-to-end checks of the CLI conventions: exit statuses, errors naming files, standard input, map/reduce
# equivalence, order independence, CRLF, colour, closed pipes, bad input.
set -uo pipefail
tally=$(realpath "$1")
root=$2
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1
pass=0
fail=0
ok() { echo "ok: $1"; pass=$((pass + 1)); }
bad() { echo "FAIL: $1" >&2; fail=$((fail + 1)); }
expect() {  # description, expected status, command...
  local what=$1 want=$2
  shift 2
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [[ $got == "$want" ]]; then ok "$what"; else bad "$what (exit $got, wanted $want; stderr: $(head -c 300 "$work/err"))"; fi
}

expect "sample articles exit 0" 0 "$tally" data/*.txt
expect "--version" 0 "$tally" --version
grep -q '^tally [0-9]' "$work/out" && ok "--version prints the version" || bad "--version output"
expect "--help" 0 "$tally" --help
grep -q 'Examples:' "$work/out" && ok "--help shows examples" || bad "--help lacks examples"
expect "extract --help" 0 "$tally" extract --help
expect "unknown format is a usage error" 2 "$tally" --format yaml data/
expect "unknown option is a usage error" 2 "$tally" --frobnicate data/
expect "no input is a usage error" 2 "$tally"
expect "bad --date is a usage error" 2 "$tally" --date 2024-02-31 data/

expect "a missing file exits 1" 1 "$tally" --format json data/000_e14b6fd46c059b07.txt nope.txt
grep -q '^tally: error: nope.txt: No such file or directory$' "$work/err" && ok "error names the file" || bad "error text: $(cat "$work/err")"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["errors"]==[{"path":"nope.txt","message":"No such file or directory"}]; assert len(d["documents"])==1 and len(d["documents"][0]["observations"])==1' "$work/out" \
  && ok "the other file is still processed and the error is in JSON" || bad "JSON errors"

# Map/reduce equivalence, in any order.
"$tally" --format json data/*.txt >"$work/direct.json"
ls data/*.txt | sort -r | xargs "$tally" extract | "$tally" reconcile --format json - >"$work/reduced.json"
cmp -s "$work/direct.json" "$work/reduced.json" && ok "extract | reconcile equals the direct run (reversed order)" || bad "map/reduce differs"
"$tally" extract data/000_e14b6fd46c059b07.txt data/001_caa18f420dc33469.txt >"$work/part1.jsonl"
"$tally" extract data/002_605e12280557ee73.txt data/003_571d01ea9ddcbcb0.txt data/004_0260c2491e78ec1b.txt >"$work/part2.jsonl"
"$tally" reconcile --format json "$work/part2.jsonl" "$work/part1.jsonl" >"$work/parts.json"
cmp -s "$work/direct.json" "$work/parts.json" && ok "reconciling two partitions equals the direct run" || bad "partitions differ"
ls data/*.txt | sort -r | xargs "$tally" --format json >"$work/reversed.json"
cmp -s "$work/direct.json" "$work/reversed.json" && ok "input order does not matter" || bad "order matters"
for t in 1 2 4; do
  "$tally" --threads $t --format json data/*.txt >"$work/t$t.json"
  cmp -s "$work/direct.json" "$work/t$t.json" && ok "--threads $t gives identical output" || bad "--threads $t differs"
done

# CRLF equals LF; standard input; a directory equals its files.
mkdir -p "$work/crlf"
for f in data/*.txt; do sed 's/$/\r/' "$f" >"$work/crlf/$(basename "$f")"; done
(cd "$work/crlf" && "$tally" --format jsonl ./*.txt) >"$work/crlf.jsonl"
(cd data && "$tally" --format jsonl ./*.txt) >"$work/lf.jsonl"
python3 - "$work/lf.jsonl" "$work/crlf.jsonl" <<'PY' && ok "CRLF gives the same summary as LF" || bad "CRLF differs"
import json, sys
def load(p):
    out = []
    for line in open(p):
        g = json.loads(line)
        out.append((g["date"], g["chamber"], g["coverage"], [(p["party"], p["seats"], p["sources"]) for p in g["parties"]]))
    return out
a, b = load(sys.argv[1]), load(sys.argv[2])
sys.exit(0 if a == b and a else 1)
PY
"$tally" extract - <data/001_caa18f420dc33469.txt >"$work/stdin.jsonl"
[[ $(grep -c '"record":"observation"' "$work/stdin.jsonl") == 6 ]] && ok "standard input is read with -" || bad "stdin"
"$tally" --format json data/ >"$work/dir.json"
cmp -s "$work/direct.json" "$work/dir.json" && ok "a directory equals its *.txt files" || bad "directory walk differs"
printf 'data/001_caa18f420dc33469.txt\ndata/003_571d01ea9ddcbcb0.txt\n' | "$tally" --files-from - --format csv >"$work/list.csv"
grep -q 'Independents,92' "$work/list.csv" && ok "--files-from - reads a list of paths" || bad "--files-from"

# Colour only on a terminal, never with NO_COLOR; closed pipes end quietly.
"$tally" data/ >"$work/plain.txt"
! grep -q $'\x1b' "$work/plain.txt" && ok "no colour when not a terminal" || bad "escape codes in a pipe"
"$tally" --color always data/ | grep -q $'\x1b' && ok "--color always colours" || bad "--color always"
"$tally" extract data/*.txt 2>"$work/pipe.err" | head -1 >/dev/null
[[ ! -s "$work/pipe.err" ]] && ok "a closed pipe ends quietly" || bad "closed pipe printed: $(cat "$work/pipe.err")"
if [[ -w /dev/full ]]; then
  "$tally" --format json data/ >/dev/full 2>"$work/full.err"
  code=$?
  [[ $code != 0 ]] && grep -q 'tally: error' "$work/full.err" && ok "a failed write is an error (exit $code)" || bad "write to /dev/full exited $code"
fi

# Bad inputs beside good ones.
printf '' >"$work/empty.txt"
head -c 3000 /dev/urandom >"$work/binary.txt"
printf '\x00\x01\x02\x03%.0s' {1..500} >>"$work/binary.txt"
mkdir -p "$work/dir.txt"
expect "empty and binary files are read (exit 0) with warnings" 0 "$tally" --format json "$work/empty.txt" "$work/binary.txt" data/003_571d01ea9ddcbcb0.txt
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); w={x["path"].split("/")[-1]: x["warnings"] for x in d["documents"]}; assert "binary file skipped" in w["binary.txt"]; assert [g for g in d["summary"] if g["parties"]]' "$work/out" \
  && ok "binary file skipped with a warning, good file kept" || bad "binary handling"
expect "a directory that ends in .txt given as a file is walked (no error)" 0 "$tally" "$work/dir.txt" data/004_0260c2491e78ec1b.txt
if [[ $(id -u) != 0 ]]; then
  printf 'x' >"$work/locked.txt"; chmod 000 "$work/locked.txt"
  expect "an unreadable file exits 1" 1 "$tally" "$work/locked.txt" data/
fi
printf '{"record":"observation","document":"a.txt","party":"PTI","seats":"x","chamber":"NA"}\nnot json\n' >"$work/bad.jsonl"
expect "malformed observation lines exit 1" 1 "$tally" reconcile --format json "$work/bad.jsonl"
grep -q 'bad.jsonl:2:' "$work/err" && ok "malformed lines are named with their line number" || bad "line numbers: $(cat "$work/err")"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/out" && ok "reconcile output is valid JSON after bad lines" || bad "invalid JSON"

# Time lines, explanations, --as-of.
expect "timeline" 0 "$tally" timeline data/*.txt
grep -q 'PK-2018  National Assembly' "$work/out" && grep -q 'PK-2024  National Assembly' "$work/out" \
  && ok "timeline shows 2018 and 2024 apart" || bad "timeline elections"
"$tally" timeline --format json data/ | python3 -c 'import json,sys; d=json.load(sys.stdin); r=[t for t in d["timelines"] if t["election"]=="PK-2024"][0]["rows"]; assert r[0]["date"]=="2024-02-09" and {e["party"]:e["seats"] for e in r[0]["latest"]}["PML-N"]==63' \
  && ok "timeline JSON has the 2024 counts per date" || bad "timeline JSON"
expect "explain a party" 0 "$tally" explain PML-N --date 2024-02-09 data/
grep -q 'lost on status' "$work/out" && grep -q 'Geo News' "$work/out" && ok "explain names the rival and the rule" || bad "explain text"
# the chosen figure's own sentence, and how each claim was read: the extraction rule and where its context came from
grep -A3 '^  PML-N: 63 seats' "$work/out" | grep -q '| Independent candidates .* Pakistan Muslim League-Nawaz got 63' &&
  grep -q 'read by respectively; source, status and coverage from the sentence, chamber by default' "$work/out" &&
  grep -q 'read by party_number; source and status from the sentence, coverage and chamber from the paragraph (line 17)' "$work/out" &&
  ok "explain shows the chosen sentence, the extraction rule and the context's origins" || bad "explain reading: $(head -c 800 "$work/out")"
expect "explain an unknown party exits 1" 1 "$tally" explain Whigs data/
"$tally" --as-of 2024-02-08 --format json data/ | python3 -c 'import json,sys; d=json.load(sys.stdin); assert [g["date"] for g in d["summary"]]==["2018-07-27"]' \
  && ok "--as-of keeps what was known then" || bad "--as-of"
expect "bad --as-of is a usage error" 2 "$tally" --as-of yesterday data/

echo "$pass passed, $fail failed"
[[ $fail == 0 ]]
