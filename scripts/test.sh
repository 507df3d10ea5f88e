#!/usr/bin/env bash
# The quick test command (the README's): installs what is missing, builds tally and the test programs into
# build/, and runs the tests labelled "quick": unit tests, golden files, the CLI, the JSON Schemas and the
# JUnit XSD, the reconciliation scenarios, the charts' SVG, and the quality thresholds on the development
# corpus. A few minutes once the build is there. The rest (sanitizers, hostile inputs, scale-out, browser,
# package, CI recipes) is scripts/test-full.sh; .ci/run runs both. Extra arguments go to ctest
# (e.g. -R golden, --verbose).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh tally tally_tests tally_chart_tests tally_chart_render
ctest --test-dir build --output-on-failure -j2 -L quick "$@"
