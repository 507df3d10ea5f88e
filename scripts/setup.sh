#!/usr/bin/env bash
# Installs what tally needs from Debian's packages (when missing) and builds it into build/.
#
#   bash scripts/setup.sh [--full] [TARGET...]
#
# Without --full: the packages to build tally and run the quick test command (scripts/test.sh). With --full:
# also those of the full suite (scripts/test-full.sh: charts in a real browser, completions, the .deb, the
# CI recipes, sanitizers, fuzzing, scale-out, instruction counts). TARGETs are built (default: tally);
# `all` builds everything.
set -euo pipefail
cd "$(dirname "$0")/.."
full=0
if [[ ${1:-} == --full ]]; then
  full=1
  shift
fi
targets=("$@")
((${#targets[@]})) || targets=(tally)
# build, and the quick test command: unit, golden, CLI, schema (JSON Schema, JUnit XSD) and corpus tests
packages=(g++ cmake ninja-build libcli11-dev nlohmann-json3-dev libfmt-dev libxml2-dev catch2 python3 python3-jsonschema
          libxml2-utils time)
if ((full)); then
  packages+=(chromium zsh bash-completion man-db dpkg-dev file clang libclang-rt-14-dev parallel python3-distributed
             valgrind python3-yaml)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [[ $(id -u) == 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target "${targets[@]}"
