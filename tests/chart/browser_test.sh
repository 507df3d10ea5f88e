#!/usr/bin/env bash
# usage: browser_test.sh TALLY_CHART_RENDER SOURCE_DIR [--update-docs]
#
# Opens the sample charts in headless Chromium:
#   1. screenshots of hemicycle.svg and timeline.svg, decoded by check_screenshot.py: every seat dot in its
#      party's colour, colour areas in proportion to the seats, the undeclared grey present;
#   2. --dump-dom of a page holding the SVGs inline, whose script counts circle.seat / circle.point per
#      party and measures overlapping dots and text (real font metrics) in the browser.
# --update-docs also copies the sample to docs/chart-hemicycle.svg and its screenshot to docs/chart-hemicycle.png.
#
# Needs Chromium: Debian package "chromium" (apt-get install -y chromium); $CHROMIUM picks another binary.
set -euo pipefail
render=$1
src=$2
update_docs=${3:-}
python=${PYTHON:-python3}

chromium=${CHROMIUM:-}
if [[ -z $chromium ]]; then
  for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then
      chromium=$(command -v "$candidate")
      break
    fi
  done
fi
if [[ -z $chromium || ! -x $chromium ]]; then
  echo "FAIL: chart_browser needs headless Chromium, which was not found." >&2
  echo "      Install the Debian package: apt-get update && apt-get install -y chromium" >&2
  echo "      (or set CHROMIUM=/path/to/chrome)." >&2
  exit 1
fi
if ! command -v "$python" >/dev/null 2>&1; then
  echo "FAIL: chart_browser needs python3" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$render" "$src/data/tables" "$work"

# Headless Chromium without network, GPU, sandbox (containers) or a shared profile.
run_chromium() {
  local profile
  profile=$(mktemp -d "$work/profile.XXXXXX")
  timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
    --hide-scrollbars --force-device-scale-factor=1 --user-data-dir="$profile" "$@" 2>"$work/chromium.log"
}

svg_size() {  # prints "WIDTH,HEIGHT" of an SVG file
  "$python" -c 'import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); print(r.get("width") + "," + r.get("height"))' "$1"
}

status=0
for chart in hemicycle timeline; do
  size=$(svg_size "$work/$chart.svg")
  if ! run_chromium --screenshot="$work/$chart.png" --window-size="$size" "file://$work/$chart.svg" >/dev/null ||
     [[ ! -s $work/$chart.png ]]; then
    echo "FAIL: chromium did not write a screenshot of $chart.svg" >&2
    cat "$work/chromium.log" >&2
    exit 1
  fi
done
"$python" "$src/tests/chart/check_screenshot.py" "$work/hemicycle.svg" "$work/hemicycle.png" \
  "$work/timeline.svg" "$work/timeline.png" "$src/data/tables" || status=1

"$python" "$src/tests/chart/dom_page.py" "$work/page.html" "$work/hemicycle.svg" "$work/timeline.svg" \
  "$work/many.svg" "$work/hostile.svg" "$work/hostile-timeline.svg"
if ! run_chromium --dump-dom "file://$work/page.html" >"$work/dom.html"; then
  echo "FAIL: chromium --dump-dom failed" >&2
  cat "$work/chromium.log" >&2
  exit 1
fi
"$python" - "$work/dom.html" <<'PY' || status=1
import html, json, re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<pre id="result">(.*?)</pre>', dom, re.S)
if not m:
    print("FAIL: the page's script wrote no result (did the browser run it?)")
    sys.exit(1)
rows = {}
for line in html.unescape(m.group(1)).strip().splitlines():
    name, rest = line.split(" ", 1)
    fields = dict(re.findall(r"(\w+)=(\{.*\}|\S+)", rest))
    rows[name] = fields
    print("browser:", line)
want = {
    "hemicycle.svg": {"seats": "265", "swatches": "5"},
    "timeline.svg": {"points": "15", "swatches": "4"},
    "many.svg": {"seats": "543", "swatches": "17"},
    "hostile.svg": {"seats": "650"},
    "hostile-timeline.svg": {"points": "2"},
}
bad = []
for name, fields in want.items():
    got = rows.get(name)
    if got is None:
        bad.append(f"{name}: not measured")
        continue
    for key, value in fields.items():
        if got.get(key) != value:
            bad.append(f"{name}: {key}={got.get(key)}, expected {value}")
    for key in ("overlaps", "text_outside", "text_collisions", "text_over_seats"):
        if got.get(key) != "0":
            bad.append(f"{name}: {key}={got.get(key)}")
parties = json.loads(rows.get("hemicycle.svg", {}).get("parties", "{}"))
expected = {"Independents": 92, "PML-N": 63, "PPP": 50, "Others": 19, "(undeclared)": 41}
if parties != expected:
    bad.append(f"hemicycle.svg: seats per party in the DOM {parties}, expected {expected}")
hostile = json.loads(rows.get("hostile.svg", {}).get("parties", "{}"))
if hostile.get("Tom & Jerry's <Party>") != 5:
    bad.append(f"hostile.svg: the escaped party name did not survive: {hostile}")
for b in bad:
    print("FAIL:", b)
sys.exit(1 if bad else 0)
PY

if [[ $update_docs == --update-docs ]]; then
  mkdir -p "$src/docs"
  cp "$work/hemicycle.svg" "$src/docs/chart-hemicycle.svg"
  cp "$work/hemicycle.png" "$src/docs/chart-hemicycle.png"
  echo "updated $src/docs/chart-hemicycle.svg and $src/docs/chart-hemicycle.png"
fi

if [[ $status -ne 0 ]]; then
  echo "chart_browser: FAILED" >&2
  exit 1
fi
echo "chart_browser: passed"
