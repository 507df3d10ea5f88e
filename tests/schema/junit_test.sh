#!/usr/bin/env bash
# `tally eval --junit FILE`: the report validates against tests/schema/junit.xsd (xmllint, Debian package
# libxml2-utils), its totals are the counts of its own test cases, each gold document's failures are the
# items `tally eval --json` lists for it, thresholds are test cases and set the exit status, odd names and
# bytes stay valid XML, and an unwritable report path is an error.
#
#   tests/schema/junit_test.sh TALLY_BIN SOURCE_DIR
set -uo pipefail
tally=$(realpath "$1")
root=$(realpath "$2")
xsd=$root/tests/schema/junit.xsd
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
ok() { echo "ok: $1"; pass=$((pass + 1)); }
bad() { echo "FAIL: $1" >&2; fail=$((fail + 1)); }
if ! command -v xmllint >/dev/null 2>&1; then
  echo "FAIL: xmllint not found: this test needs the Debian package libxml2-utils" \
       "(apt-get install -y libxml2-utils; scripts/setup.sh installs it)" >&2
  exit 1
fi

# run NAME WANT_STATUS ARGS...: tally eval --junit $work/NAME.xml --json ARGS; checks the exit status
run() {
  local name=$1 want=$2 rc=0
  shift 2
  "$tally" eval -q --json --junit "$work/$name.xml" "$@" >"$work/$name.json" 2>"$work/$name.err" || rc=$?
  if [[ $rc == "$want" ]]; then ok "$name: exit $rc"; else bad "$name: exit $rc, wanted $want: $(head -c 300 "$work/$name.err")"; fi
}
# valid NAME: the report validates against the schema
valid() {
  if xmllint --noout --schema "$xsd" "$work/$1.xml" >"$work/$1.lint" 2>&1; then ok "$1: valid against junit.xsd"
  else bad "$1: not valid against junit.xsd: $(head -c 600 "$work/$1.lint")"; fi
}
# consistent NAME EXPR...: totals and failures agree with the test cases and with the --json items; then
# each python EXPR (over `suites`, `cases`, `j`) must hold
consistent() {
  local name=$1
  shift
  if msg=$(python3 - "$work/$name.xml" "$work/$name.json" "$@" 2>&1 <<'PY'
import collections, json, sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
j = json.load(open(sys.argv[2]))
assert root.tag == 'testsuites', root.tag
suites = root.findall('testsuite')
def total(elems, key): return sum(int(e.get(key)) for e in elems)
for s in suites:
    cases = s.findall('testcase')
    assert int(s.get('tests')) == len(cases), (s.get('name'), 'tests', s.get('tests'), len(cases))
    assert int(s.get('failures')) == sum(1 for c in cases if c.find('failure') is not None), (s.get('name'), 'failures')
    assert int(s.get('skipped')) == sum(1 for c in cases if c.find('skipped') is not None), (s.get('name'), 'skipped')
    assert int(s.get('errors')) == 0
for key in ('tests', 'failures', 'skipped', 'errors'):
    assert int(root.get(key)) == total(suites, key), ('testsuites', key)
docs = suites[0]
cases = {c.get('name'): c for c in docs.findall('testcase')}
named = {s.get('name').rsplit(': ', 1)[-1]: s for s in suites[1:]}
summary = named.get('summary')
groups = {c.get('name'): c for c in summary.findall('testcase')} if summary is not None else {}
assert len(groups) == j['summary_groups'], ('summary test cases', len(groups), j['summary_groups'])
assert sum(1 for c in groups.values() if c.find('failure') is None) == j['summary_groups_right']
# every --json item is one <failure>: of its document's test case, or of its summary group's ("summary"
# items), and there are no others
for where, what in ((cases, lambda i: i['what'] != 'summary'), (groups, lambda i: i['what'] == 'summary')):
    want = collections.Counter(i['file'] for i in j['items'] if what(i))
    got = collections.Counter({n: len(c.findall('failure')) for n, c in where.items() if c.findall('failure')})
    assert want == got, f'failures per test case: --json items {dict(want)} vs <failure> {dict(got)}'
    kinds = collections.Counter(f.get('type') for c in where.values() for f in c.findall('failure'))
    jkinds = collections.Counter(i['what'].split(':')[0] for i in j['items'] if what(i))
    assert kinds == jkinds, (kinds, jkinds)
props = {p.get('name'): p.get('value') for p in docs.find('properties')}
assert abs(float(props['f1']) - j['f1']) < 1e-4 and int(props['matched']) == j['matched'], props
for expr in sys.argv[3:]:
    assert eval(expr), expr
PY
  ); then ok "$name: totals, per-document failures and properties agree with the test cases and --json${*:+; }$*"
  else bad "$name: $msg"; fi
}

# 1. The sample articles: every document right.
run samples 0 --gold "$root/tests/golden/data.gold.jsonl" "$root/data"
valid samples
consistent samples "len(cases) == 5" "int(root.get('failures')) == 0" "len(suites) == 2" "len(groups) > 0"

# 2. The development corpus with thresholds: one that cannot be met (F1 is at most 1) and one that is.
run corpus 4 --gold "$root/tests/corpus/gold.jsonl" --min-f1 1.01 --min-source 0 "$root/tests/corpus/articles"
valid corpus
consistent corpus "len(cases) == 102" "int(suites[0].get('failures')) > 0" "len(suites) == 3" \
  "[(c.get('name'), c.find('failure') is not None) for c in named['thresholds'].findall('testcase')] == [('F1 >= 1.01', True), ('source accuracy >= 0', False)]" \
  "{f.get('type') for c in cases.values() for f in c.findall('failure')} >= {'miss', 'false'}"
grep -q '^tally: error: F1 0\.[0-9]* is below --min-f1 1.01$' "$work/corpus.err" && ok "corpus: stderr names the threshold" \
  || bad "corpus: stderr: $(cat "$work/corpus.err")"
run source 4 --gold "$root/tests/corpus/gold.jsonl" --min-source 1.01 "$root/tests/corpus/articles"
grep -q '^tally: error: source accuracy 0\.[0-9]* is below --min-source 1.01$' "$work/source.err" \
  && ok "--min-source: exit 4 and named on stderr" || bad "--min-source: stderr: $(cat "$work/source.err")"

# 3. A gold document that is not among the inputs is a skipped test case; an input not in the gold file
#    goes to <system-out>.
mkdir -p "$work/some"
cp "$root/data/001_caa18f420dc33469.txt" "$root/data/002_"*.txt "$work/some/"
cp "$root/tests/corpus/articles/001_pk_wire.txt" "$work/some/"
run partial 0 --gold "$root/tests/golden/data.gold.jsonl" "$work/some"
valid partial
consistent partial "int(suites[0].get('skipped')) == 3" "len(cases) == 5" \
  "'001_pk_wire.txt' in suites[0].find('system-out').text"

# 4. Names and text XML cannot hold as they are: markup characters in file and party names, a control
#    byte and bytes that are not UTF-8 in the article (read as Latin-1), a NUL.
mkdir -p "$work/odd"
odd='a&b <"c">.txt'
printf ' date 2024-02-09 The Q&A <Party> won 12 seats, \001 said \xe9lections \000 officials.\nPTI won 90 seats.\n' \
  >"$work/odd/$odd"
python3 - "$work/odd.gold.jsonl" "$odd" <<'PY'
import json, sys
with open(sys.argv[1], 'w') as f:
    f.write(json.dumps({"type": "document", "file": sys.argv[2], "date": "2024-02-10"}) + "\n")
    f.write(json.dumps({"type": "claim", "file": sys.argv[2], "party": "PPP & \"friends\" <x>", "seats": 3}) + "\n")
PY
run odd 0 --gold "$work/odd.gold.jsonl" "$work/odd"
valid odd
consistent odd "list(cases) == ['a&b <\"c\">.txt']" \
  "any('PPP & \"friends\" <x>' in f.get('message') for f in cases['a&b <\"c\">.txt'].findall('failure'))" \
  "any(f.get('type') == 'date' for f in cases['a&b <\"c\">.txt'].findall('failure'))"

# 5. The schema is a real check: it rejects a report with a count that is not a number and a test case
#    without a name.
sed 's/tests="5"/tests="five"/' "$work/samples.xml" >"$work/broken1.xml"
sed '0,/<testcase classname="[^"]*" name="[^"]*"/s//<testcase/' "$work/samples.xml" >"$work/broken2.xml"
for b in broken1 broken2; do
  rc=0
  xmllint --noout --schema "$xsd" "$work/$b.xml" >"$work/$b.lint" 2>&1 || rc=$?
  # xmllint exits 3 or 4 when a document does not validate (5: the schema itself does not compile)
  if cmp -s "$work/samples.xml" "$work/$b.xml"; then bad "$b: the edit did not apply"
  elif [[ $rc == 3 || $rc == 4 ]] && grep -q 'fails to validate' "$work/$b.lint"; then ok "$b: junit.xsd rejects a broken report"
  else bad "$b: xmllint exit $rc, not a validation failure: $(head -c 300 "$work/$b.lint")"; fi
done

# 6. A report that cannot be written: exit 3, named.
rc=0
"$tally" eval -q --gold "$root/tests/golden/data.gold.jsonl" --junit "$work/no/such/dir/r.xml" "$root/data" \
  >/dev/null 2>"$work/unwritable.err" || rc=$?
if [[ $rc == 3 ]] && grep -q "^tally: error: cannot write the JUnit report '$work/no/such/dir/r.xml'" "$work/unwritable.err"; then
  ok "unwritable --junit path: exit 3, named"
else
  bad "unwritable --junit path: exit $rc: $(cat "$work/unwritable.err")"
fi

echo "junit: $pass passed, $fail failed"
((fail == 0))
