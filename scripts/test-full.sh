#!/usr/bin/env bash
# The full suite, after the quick test command (.ci/run runs both): installs the packages of the full suite,
# builds everything into build/ and runs every test labelled "full" there (hostile inputs and fuzz replays,
# growth in counted instructions, scale-out, charts in Chromium, completions, the .deb, the CI recipes); then
# builds again with AddressSanitizer + UndefinedBehaviorSanitizer into build-asan/ and runs every test there,
# quick and full, except those that package the build tree (a .deb of an instrumented binary means nothing).
# TALLY_TEST_SANITIZE=0 skips the sanitizer pass. Extra arguments go to both ctest runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --full all
ctest --test-dir build --output-on-failure -j2 -L full "$@"
if [[ ${TALLY_TEST_SANITIZE:-1} != 0 ]]; then
  echo "test-full: the whole suite under AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/)" >&2
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTALLY_SANITIZE=ON >/dev/null
  cmake --build build-asan
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}
  ctest --test-dir build-asan --output-on-failure -j2 -E '^(package_deb|contrib_ci)$' "$@"
fi
