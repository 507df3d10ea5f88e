#!/usr/bin/env bash
# The test command: build, then run every test (unit, golden, CLI) with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ctest --test-dir build --output-on-failure -j2
