#!/usr/bin/env bash
# Regression check of extraction quality: tally eval on the development corpus and on the sample articles,
# with thresholds at the figures reached (raise them when extraction improves; never lower them quietly).
set -euo pipefail
tally=$1
root=$2
check() {  # name gold files min_f1 min_source
  local name=$1 gold=$2 files=$3 min_f1=$4 min_source=$5
  "$tally" eval -q --json --gold "$gold" "$files" >"$TMPDIR/eval.json" || true
  python3 - "$TMPDIR/eval.json" "$name" "$min_f1" "$min_source" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
name, min_f1, min_source = sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
print(f"{name}: F1 {r['f1']:.4f} (precision {r['precision']:.4f}, recall {r['recall']:.4f}), source {r['source_accuracy']:.4f}, "
      f"coverage {r['coverage_accuracy']:.4f}, status {r['status_accuracy']:.4f}, chamber {r['chamber_accuracy']:.4f}, "
      f"date {r['date_accuracy']:.4f}, tally-free documents with finds {r['tally_free_with_finds']}/{r['tally_free_documents']}")
bad = []
if r["f1"] < min_f1: bad.append(f"F1 below {min_f1}")
if r["source_accuracy"] < min_source: bad.append(f"source accuracy below {min_source}")
if r["tally_free_with_finds"]: bad.append("tallies found in tally-free documents")
if r["unannotated"]: bad.append(f"unannotated inputs: {r['unannotated']}")
if bad:
    print(name + ": FAIL: " + "; ".join(bad))
    sys.exit(1)
PY
}
# The summary a reader sees (tally eval's summary figures): rows some gold claim of the group's documents
# supports, and groups whose rows all are. Floors at the figures reached; the issue's bar is 0.97 and 0.90.
check_summary() {  # name gold files min_rows min_groups
  local name=$1 gold=$2 files=$3 min_rows=$4 min_groups=$5
  "$tally" eval -q --json --gold "$gold" "$files" >"$TMPDIR/eval.json" || true
  python3 - "$TMPDIR/eval.json" "$name" "$min_rows" "$min_groups" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
name, min_rows, min_groups = sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
print(f"{name}: summary rows supported {r['summary_row_accuracy']:.4f} ({r['summary_rows_supported']}/{r['summary_rows']}), "
      f"groups entirely right {r['summary_group_accuracy']:.4f} ({r['summary_groups_right']}/{r['summary_groups']})")
bad = []
if r["summary_row_accuracy"] < min_rows: bad.append(f"summary rows below {min_rows}")
if r["summary_group_accuracy"] < min_groups: bad.append(f"summary groups below {min_groups}")
if bad:
    print(name + ": FAIL: " + "; ".join(bad))
    sys.exit(1)
PY
}
TMPDIR=$(mktemp -d)
trap 'rm -rf "$TMPDIR"' EXIT
cd "$root"
check samples tests/golden/data.gold.jsonl data 1.0 1.0
check corpus tests/corpus/gold.jsonl tests/corpus/articles 0.97 0.97
# the scraped-page layouts (headlines, headings, intros over lists, flattened tables, junk lines): floors a
# little under the figures reached (F1, source: realstruct 0.938, 0.955; webdev 0.943, 0.945; webdev2 0.950,
# 0.954; webdev3 0.934, 0.882; webdev4 0.937, 0.905; webdev5 0.937, 0.930; webdev6 0.912, 0.891; webdev7
# 0.930, 0.922; webdev8 0.917, 0.971; webdev9 0.927, 0.935; webdev10 0.919, 0.858; webdev11 0.863, 0.922).
# webdev2 to webdev11 were written by people who had not read the extractor; each was first measured before
# any rule was written from it (webdev3 F1 0.809, webdev4 0.858, webdev5 0.855, webdev6 0.833, webdev7 0.862,
# webdev8 0.852 with the build of a14640d; webdev9 0.872, webdev10 0.880 and webdev11 0.859 with 19eaf28:
# their READMEs). webdev11 was not tuned on at all; the party tables of d8f0316 took the golds' names of
# webdev9 and webdev10 as canonical where those countries had no entry (part of their later F1).
# (realstruct's source floor went from 0.96 to 0.95 when ten historical counts of one article's tables began
# to be found: its gold credits them to the publisher the page names, which tally does not read as a source)
check realstruct tests/realstruct/gold.jsonl tests/realstruct/articles 0.93 0.95
check webdev tests/webdev/gold.jsonl tests/webdev/articles 0.93 0.93
check webdev2 tests/webdev2/gold.jsonl tests/webdev2/articles 0.94 0.94
check webdev3 tests/webdev3/gold.jsonl tests/webdev3/articles 0.92 0.86
check webdev4 tests/webdev4/gold.jsonl tests/webdev4/articles 0.93 0.90
check webdev5 tests/webdev5/gold.jsonl tests/webdev5/articles 0.93 0.92
check webdev6 tests/webdev6/gold.jsonl tests/webdev6/articles 0.90 0.88
check webdev7 tests/webdev7/gold.jsonl tests/webdev7/articles 0.91 0.90
check webdev8 tests/webdev8/gold.jsonl tests/webdev8/articles 0.90 0.95
check webdev9 tests/webdev9/gold.jsonl tests/webdev9/articles 0.92 0.93
check webdev10 tests/webdev10/gold.jsonl tests/webdev10/articles 0.91 0.85
check webdev11 tests/webdev11/gold.jsonl tests/webdev11/articles 0.85 0.91
check_summary samples tests/golden/data.gold.jsonl data 1.0 1.0
check_summary corpus tests/corpus/gold.jsonl tests/corpus/articles 0.99 0.97
check_summary realstruct tests/realstruct/gold.jsonl tests/realstruct/articles 0.96 0.91
check_summary webdev tests/webdev/gold.jsonl tests/webdev/articles 0.99 0.96
check_summary webdev2 tests/webdev2/gold.jsonl tests/webdev2/articles 0.92 0.88
check_summary webdev3 tests/webdev3/gold.jsonl tests/webdev3/articles 0.96 0.87
check_summary webdev4 tests/webdev4/gold.jsonl tests/webdev4/articles 0.95 0.79
check_summary webdev5 tests/webdev5/gold.jsonl tests/webdev5/articles 0.94 0.80
check_summary webdev6 tests/webdev6/gold.jsonl tests/webdev6/articles 0.91 0.77
check_summary webdev7 tests/webdev7/gold.jsonl tests/webdev7/articles 0.94 0.83
check_summary webdev8 tests/webdev8/gold.jsonl tests/webdev8/articles 0.95 0.85
check_summary webdev9 tests/webdev9/gold.jsonl tests/webdev9/articles 0.89 0.75
check_summary webdev10 tests/webdev10/gold.jsonl tests/webdev10/articles 0.92 0.81
check_summary webdev11 tests/webdev11/gold.jsonl tests/webdev11/articles 0.84 0.77
