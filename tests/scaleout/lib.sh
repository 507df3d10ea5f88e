# Shared helpers of the scale-out tests (sourced, not run).
#   TALLY   absolute path of the binary under test
#   ROOT    the source tree
#   work    a temporary directory, removed on exit
set -uo pipefail
if (($# < 2)); then
  echo "usage: $0 TALLY_BIN SOURCE_DIR" >&2
  exit 2
fi
TALLY=$(realpath "$1")
ROOT=$(realpath "$2")
export NO_COLOR=1
# Corpora go to a fresh directory under $TMPDIR (default /tmp), never into the source tree.
work=$(mktemp -d "${TMPDIR:-/tmp}/tally-scaleout-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
ok() { echo "ok: $1"; pass=$((pass + 1)); }
bad() { echo "FAIL: $1" >&2; fail=$((fail + 1)); }
finish() {  # prints the closing count; exits 1 when anything failed
  echo "$(basename "$0" .sh): $pass passed, $fail failed"
  ((fail == 0))
  exit $?
}
# Needs a Debian package: fails the test (never skips it) when the command is missing.
need() {  # command, package
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "FAIL: '$1' not found: this test needs the Debian package '$2' (apt-get install -y $2;" \
         "scripts/setup.sh installs it)" >&2
    exit 1
  fi
}
# gen N DIR: a deterministic synthetic corpus of N articles (bench/gen_corpus.py, seed 6).
gen() {
  need python3 python3
  if ! python3 "$ROOT/bench/gen_corpus.py" --seed 6 --files "$1" --out "$2" --quiet >"$work/gen.log" 2>&1; then
    echo "FAIL: bench/gen_corpus.py --files $1 failed:" >&2
    cat "$work/gen.log" >&2
    exit 1
  fi
}
# same_json WHAT A B: A and B are equal tally JSON reports: the summary first (the part that must be
# equal whatever the partitioning), then the whole file byte for byte (documents, errors, version).
same_json() {
  local what=$1 a=$2 b=$3 msg
  if msg=$(python3 - "$a" "$b" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for key in ("summary", "documents", "errors", "tally_version"):
    if a.get(key) == b.get(key):
        continue
    x, y = a.get(key), b.get(key)
    if isinstance(x, list) and isinstance(y, list):
        if len(x) != len(y):
            print(f"{key}: {len(x)} vs {len(y)} entries")
        else:
            i = next(i for i in range(len(x)) if x[i] != y[i])
            print(f"{key}[{i}] differs:\n  {json.dumps(x[i])[:400]}\n  {json.dumps(y[i])[:400]}")
    else:
        print(f"{key} differs")
    sys.exit(1)
PY
  ); then
    if cmp -s "$a" "$b"; then ok "$what"
    else bad "$what: same JSON values but the bytes differ (formatting or key order)"; fi
  else
    bad "$what: $msg"
  fi
}
