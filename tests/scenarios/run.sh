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
# A region's sub-tally next to the national count: its own sub-table (scope), never a rival of the national
# figure nor the chamber's size.
check region 'len(g) == 2 and g[0]["scope"] is None and seats(g[0], "Labour") == 411 and not g[0]["conflicts"] and g[0]["chamber_seats"] != 32 and not w and g[1]["scope"] == "Wales" and seats(g[1], "Labour") == 27 and seats(g[1], "Plaid Cymru") == 4' \
    "a region's sub-tally is a sub-table of its chamber (scope), not a conflict in the national count"
check region_state 'len(g) == 2 and seats(g[0], "BJP") == 240 and not g[0]["conflicts"] and g[1]["scope"] == "Uttar Pradesh" and seats(g[1], "BJP") == 33 and seats(g[1], "SP") == 37' \
    "a state's sub-tally is a sub-table of the Lok Sabha"
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
check chamber_words 'len(g) == 2 and [x["chamber"] for x in g] == ["Punjab Assembly", "Sindh Assembly"] and seats(g[0], "PML-N") == 137 and seats(g[1], "PPP") == 84' \
  "a chamber named after a preposition or under a heading is one group with its plain name"
check past_count 'len(g) == 1 and seats(g[0], "Independents") == 92 and seats(g[0], "PTI") is None and all(p["range"]["max"] < 149 for p in g[0]["parties"])' \
  "a previous election's count in a past-tense sentence stays out of the summary"
check exit_poll 'len(g) == 1 and seats(g[0], "Labour") == 412 and [p["seats"] for p in g[0]["projections"] if p["party"] == "Labour"] == [410] and not g[0]["conflicts"] and all(r["source_kind"] != "pollster" for p in g[0]["parties"] for r in p["rivals"])' \
  "an exit poll is shown beside the declared counts, never chosen over them nor in conflict"
check province_coverage 'len(g) == 2 and g[0]["chamber"] == "Balochistan Assembly" and g[0]["coverage"] is None and g[1]["coverage"] == {"declared": 110, "total": 113} and seats(g[1], "Independents") == 84' \
  "a coverage stated for one province is that province's, not the next one's"
check lowered 'len(g) == 2 and g[1]["corrections"] == [{"source": "Election Commission of Pakistan", "party": "PML-N", "from_date": "2024-02-09", "from_seats": 75, "to_date": "2024-02-10", "to_seats": 73}] and any(m.startswith("correction: Election Commission of Pakistan lowers PML-N from 75") for m in g[1]["warnings"])' \
  "a count lowered from one day to the next is a correction, naming the figure replaced"
check earlier_date 'd["documents"][0]["date"] == "2024-02-09" and d["documents"][0]["date_source"] == "text" and len(g) == 1 and g[0]["date"] == "2024-02-09"' \
  "an article mentioning earlier dates in passing (an arrest, an anniversary) is dated by its own reporting day"

# The time line names the correction too.
if "$tally" -q timeline --format json "$dir"/lowered/*.txt | python3 -c '
import json, sys
rows = json.load(sys.stdin)["timelines"][0]["rows"]
sys.exit(0 if rows[0]["corrections"] == [] and rows[1]["corrections"][0]["from_seats"] == 75 and rows[1]["corrections"][0]["to_seats"] == 73 else 1)'; then
  echo "ok: lowered: the time line names the correction"
else
  echo "FAIL: lowered: the time line names the correction"; fail=1
fi

# The reduce step on hand-written observations, as the extractor will deliver them (and as older versions wrote
# them): scopes, chamber names, projections, set-aside figures, coverage of another chamber, corrections, the past.
lines=$2/tests/scenarios/jsonl/summary.jsonl
if "$tally" reconcile --format json "$lines" | python3 -c '
import json, sys
g = json.load(sys.stdin)["summary"]
def group(date, chamber, scope=None):
    return next(x for x in g if x["date"] == date and x["chamber"] == chamber and x["scope"] == scope)
def seats(x, party):
    return next((p["seats"] for p in x["parties"] if p["party"] == party), None)
whole = group("2024-07-05", "House of Commons")
wales = group("2024-07-05", "House of Commons", "Wales")
assert seats(whole, "Labour") == 411 and not whole["conflicts"] and whole["chamber_seats"] == 650, whole
assert [(p["party"], p["seats"]) for p in whole["projections"]] == [("Labour", 410)], whole["projections"]
assert seats(wales, "Labour") == 27 and wales["chamber_seats"] == 32, wales
assert g.index(wales) == g.index(whole) + 1
punjab = group("2024-02-10", "Punjab Assembly")
assert seats(punjab, "PTI") == 90 and seats(punjab, "PML-N") == 80, punjab
assert seats(group("2024-02-10", "Khyber Pakhtunkhwa Assembly"), "PTI") == 84
sindh = group("2024-02-10", "Sindh Assembly")
assert sindh["coverage"] is None and any("another chamber" in m for m in sindh["warnings"]), sindh
na9 = group("2024-02-09", "National Assembly")
assert [(a["party"], a["claim"]["seats"]) for a in na9["set_aside"]] == [("PML-N", 70)], na9["set_aside"]
assert "more than the 240 declared" in na9["set_aside"][0]["reason"]
assert all(p["range"]["max"] != 149 for p in na9["parties"]) and seats(na9, "PTI") is None
na10 = group("2024-02-10", "National Assembly")
assert [(c["from_seats"], c["to_seats"]) for c in na10["corrections"]] == [(70, 68)], na10["corrections"]
'; then
  echo "ok: reconcile: scopes, chamber names, projections, set-aside figures, foreign coverage, corrections, the past"
else
  echo "FAIL: reconcile of hand-written observations"; fail=1
fi
exit $fail
