#!/usr/bin/env bash
# Installs what tally needs from Debian's packages (when missing) and builds it into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(g++ cmake ninja-build libcli11-dev nlohmann-json3-dev libfmt-dev libxml2-dev catch2 python3 python3-jsonschema time)
# for the full test suite (charts in a real browser, completions, the .deb, sanitizers, scale-out)
if [[ ${TALLY_SETUP_MINIMAL:-} != 1 ]]; then
  packages+=(chromium zsh bash-completion man-db dpkg-dev file clang libclang-rt-14-dev parallel python3-distributed valgrind)
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
cmake --build build
