#!/usr/bin/env bash
# Golden end-to-end test: the real binary over the sample articles, compared with reviewed expected output.
# Regenerate on purpose only: UPDATE_GOLDEN=1 bash tests/golden/run.sh build/tally .
set -euo pipefail
tally=$(realpath "$1")
root=$2
cd "$root"
status=0
check() {  # name, command...
  local name=$1
  shift
  local expected="tests/golden/expected/$name"
  local actual
  actual=$(mktemp)
  "$@" >"$actual" 2>/dev/null || true
  if [[ ${UPDATE_GOLDEN:-} == 1 ]]; then
    cp "$actual" "$expected"
    echo "updated $expected"
  elif ! diff -u "$expected" "$actual"; then
    echo "FAIL: $name differs from $expected" >&2
    status=1
  else
    echo "ok: $name"
  fi
  rm -f "$actual"
}
export NO_COLOR=1
check data.json "$tally" --format json data/000_e14b6fd46c059b07.txt data/001_caa18f420dc33469.txt \
  data/002_605e12280557ee73.txt data/003_571d01ea9ddcbcb0.txt data/004_0260c2491e78ec1b.txt
check data.table "$tally" data/
check data.csv "$tally" --format csv data/
check data.extract.jsonl "$tally" extract data/
exit $status
