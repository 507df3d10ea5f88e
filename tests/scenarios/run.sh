#!/usr/bin/env bash
# Reconciliation scenarios end to end: small articles written for one rule or one warning each
# (articles/<scenario>/*.txt), run through the real binary; the summary JSON is checked, and every scenario
# must give the same output for its files in reverse order.
#   tests/scenarios/run.sh TALLY_BIN SOURCE_DIR
set -u
tally=$1
dir=$2/tests/scenarios/articles
fail=0
check() {  # scenario, python expression over g (the groups) and w (all warnings), description
  local name=$1 expr=$2 what=$3
  local files=("$dir/$name"/*.txt)
  local forward backward
  forward=$("$tally" -q --format json "${files[@]}")
  backward=$(printf '%s\n' "${files[@]}" | tac | "$tally" -q --format json --files-from -)
  if [[ $forward != "$backward" ]]; then
    echo "FAIL: $name: the output depends on the order of the files"; fail=1
  fi
  if python3 -c '
import json, sys
d = json.loads(sys.argv[1])
g = [x for x in d["summary"] if x["parties"]]
w = [m for x in d["summary"] for m in x["warnings"]]
def seats(group, party):
    return next((p["seats"] for p in group["parties"] if p["party"] == party), None)
sys.exit(0 if eval(sys.argv[2]) else 1)' "$forward" "$expr"; then
    echo "ok: $name: $what"
  else
    echo "FAIL: $name: $what"; echo "$forward" | head -c 3000; fail=1
  fi
}
check status 'len(g) == 1 and g[0]["status"] == "official" and seats(g[0], "Independents") == 78 and g[0]["parties"][0]["rule"] == "status" and len(g[0]["conflicts"]) == 2' \
  "an official count beats an unofficial one at the same coverage (rule status), the other is a conflict"
check coverage 'len(g) == 1 and g[0]["coverage"] == {"declared": 230, "total": 265} and seats(g[0], "PML-N") == 70 and next(p for p in g[0]["parties"] if p["party"] == "PML-N")["rule"] == "coverage"' \
  "the body's count for more seats beats its earlier one (rule coverage)"
check kind 'len(g) == 1 and g[0]["sources"] == ["Electoral watchdog"] and seats(g[0], "PPP") == 40 and g[0]["parties"][0]["rule"] == "source_kind"' \
  "an observer beats a media outlet at the same coverage and status (rule source_kind)"
check agreement 'len(g) == 1 and seats(g[0], "PML-N") == 55 and g[0]["parties"][0]["rule"] == "agreement"' \
  "two outlets agreeing beat a third (rule agreement)"
check correction 'any("correction" in m for m in w) and any("more than the 140 declared" in m for m in w)' \
  "a count lowered as coverage rises and a count above the coverage are warned about"
check two_elections 'len(g) == 2 and {x["election"] for x in g} == {"IN-2024", "PK-2024"} and seats([x for x in g if x["election"] == "IN-2024"][0], "BJP") == 240' \
  "two elections on one day never mix"
check chamber 'any("adds up to 280 seats, more than the chamber" in m and "266 seats" in m for m in w) and g[0]["chamber_seats"] == 266' \
  "a count adding up to more than the chamber the article names is warned about"
check basis 'any("mixes seats won (PML-N) with seats led in counting (PPP)" in m for m in w)' \
  "seats won and seats led side by side in one count are warned about"
exit $fail
