#!/usr/bin/env bash
# usage: xml_test.sh TALLY_CHART_RENDER SOURCE_DIR [PYTHON]
# Renders the sample charts and checks them with python3's xml.etree.
set -euo pipefail
render=$1
src=$2
python=${3:-python3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$render" "$src/data/tables" "$out"
"$python" "$src/tests/chart/check_svg.py" "$out" "$src/data/tables"
