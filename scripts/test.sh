#!/usr/bin/env bash
# The test command: build, run every test with CTest; then (unless TALLY_TEST_SANITIZE=0) build again
# with AddressSanitizer + UndefinedBehaviorSanitizer into build-asan/ and run the suite there too.
# The sanitizer pass leaves out only package_deb (a .deb of an instrumented binary means nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ctest --test-dir build --output-on-failure -j2
if [[ ${TALLY_TEST_SANITIZE:-1} != 0 ]]; then
  echo "test: the same suite under AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/)" >&2
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTALLY_SANITIZE=ON >/dev/null
  cmake --build build-asan
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}
  ctest --test-dir build-asan --output-on-failure -j2 -E '^package_deb$'
fi
