#!/usr/bin/env bash
# The real-text benchmark (bench/realtext.py): grep, cat and tally side by side on corpora built from the
# project's real articles (bench/realtext_corpus.py). See docs/performance.md.
#
#   bash bench/realtext.sh [--files 40000,80000] [--archive 40000] [--runs 5] [--tally [LABEL=]BIN ...]
#                          [--commands KEYS] [--root DIR] [--out PREFIX]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command -v python3 >/dev/null || { echo "realtext.sh: python3 is needed (Debian package python3)" >&2; exit 2; }
exec python3 "$here/realtext.py" "$@"
