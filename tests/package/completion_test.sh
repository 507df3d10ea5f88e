#!/usr/bin/env bash
# Checks the shell completions in contrib/completions/: sources the bash one and drives _tally the way
# readline does (COMP_WORDS, COMP_CWORD), then checks COMPREPLY. Checks the zsh one with zsh -n, and
# drives it in a real zsh through zpty when zsh is installed.
#   bash tests/package/completion_test.sh [SOURCE_DIR]
set -uo pipefail
root=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
bash_completion=$root/contrib/completions/tally.bash
zsh_completion=$root/contrib/completions/_tally
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
ok() { echo "ok: $1"; pass=$((pass + 1)); }
bad() { echo "FAIL: $1" >&2; fail=$((fail + 1)); }

# shellcheck source=/dev/null
source "$bash_completion" || { echo "FAIL: cannot source $bash_completion" >&2; echo "0 passed, 1 failed"; exit 1; }
complete -p tally >/dev/null 2>&1 && ok "the bash file registers a completion for tally" || bad "complete -p tally"

# A scratch folder to complete file names in.
mkdir -p "$work/articles" "$work/deep dir"
touch "$work/articles/a1.txt" "$work/articles/a2.txt" "$work/list.txt" "$work/parties-extra.tsv" "$work/extras.txt"
cd "$work" || exit 1

# complete LINE: splits LINE into words as readline does ('=' is a word of its own), completes the last.
complete_line() {
  local line=$1
  local -a w=()
  read -r -a w <<<"${line//=/ = }"
  [[ $line == *" " ]] && w+=("")
  COMP_WORDS=("${w[@]}")
  COMP_CWORD=$((${#w[@]} - 1))
  COMP_LINE=$line
  COMP_POINT=${#line}
  COMPREPLY=()
  _tally tally "${w[COMP_CWORD]}" "${w[COMP_CWORD - 1]:-}" 2>/dev/null
  printf '%s\n' "${COMPREPLY[@]}" | sort -u | tr '\n' ' ' | sed 's/ $//'
}

# expect_exact LINE EXPECTED (sorted, space separated)
expect_exact() {
  local got
  got=$(complete_line "$1")
  [[ $got == "$2" ]] && ok "'$1<TAB>' gives '$2'" || bad "'$1<TAB>' gives '$got', wanted '$2'"
}
# expect_has LINE WORD...: every WORD is offered
expect_has() {
  local line=$1 got word missing=""
  shift
  got=" $(complete_line "$line") "
  for word in "$@"; do [[ $got == *" $word "* ]] || missing+=" $word"; done
  [[ -z $missing ]] && ok "'$line<TAB>' offers $*" || bad "'$line<TAB>' lacks$missing (got:$got)"
}
# expect_lacks LINE WORD...: no WORD is offered
expect_lacks() {
  local line=$1 got word extra=""
  shift
  got=" $(complete_line "$line") "
  for word in "$@"; do [[ $got == *" $word "* ]] && extra+=" $word"; done
  [[ -z $extra ]] && ok "'$line<TAB>' does not offer $*" || bad "'$line<TAB>' offers$extra (got:$got)"
}

expect_exact "tally --format " "csv json jsonl table"
expect_exact "tally -f j" "json jsonl"
expect_exact "tally --format=js" "json jsonl"
expect_exact "tally --color " "always auto never"
expect_exact "tally --color=n" "never"
expect_exact "tally ex" "explain extract extras.txt"
expect_exact "tally ext" "extract extras.txt"
expect_exact "tally rec" "reconcile"
expect_exact "tally -j 2 rec" "reconcile"
expect_exact "tally --format csv rec" "reconcile"
expect_exact "tally reconcile --format " "csv json jsonl table"
expect_exact "tally timeline --color " "always auto never"
expect_has "tally " extract reconcile eval timeline explain chart articles list.txt
expect_has "tally --" --format --color --threads --date --aliases --files-from --help --version
expect_has "tally -" -f -j -h
expect_has "tally extract --" --files-from --aliases --date --threads --help
expect_lacks "tally extract --" --format --color --version
expect_has "tally reconcile --" --format --color --help --threads --quiet --progress --aliases
expect_lacks "tally reconcile --" --date --files-from --input-format
expect_exact "tally --input-format " "auto html jsonl text"
expect_exact "tally extract --input-format=j" "jsonl"
expect_has "tally timeline --" --input-format
expect_has "tally eval --" --gold --min-f1 --json --files-from
expect_has "tally chart --" --format --date
expect_has "tally chart --" --files-from --color
expect_lacks "tally extract " extract reconcile
expect_lacks "tally articles/a1.txt e" extract
expect_has "tally articles/a1.txt e" extras.txt
expect_exact "tally articles/a" "articles/a1.txt articles/a2.txt"
expect_exact "tally extract articles/a2" "articles/a2.txt"
expect_exact "tally --files-from l" "list.txt"
expect_exact "tally --aliases part" "parties-extra.tsv"
expect_exact "tally eval --gold l" "list.txt"
expect_has "tally --threads " 1
expect_exact "tally --date " "$(date +%Y-%m-%d)"
expect_lacks "tally -- --f" --format --files-from
expect_exact "tally --min-f1 " ""
expect_exact "tally --as-of " "$(date +%Y-%m-%d)"
expect_has "tally --" --as-of
expect_lacks "tally extract --" --as-of
expect_has "tally timeline --" --as-of --format --date
expect_has "tally explain --" --date --as-of --files-from --threads
expect_lacks "tally explain --" --format --color
expect_lacks "tally -- ext" extract
expect_has "tally -- ext" extras.txt
# tally explain PARTY FILES...: the party comes from the party table
export TALLY_DATA_DIR=$root/data/tables
expect_has "tally explain " Independents PTI PML-N Others
expect_exact "tally explain PML-" "$(awk -F '\t' '/^PML-/ {print $1}' "$root/data/tables/parties.tsv" | sort | tr '\n' ' ' | sed 's/ $//')"
expect_exact "tally explain PTI articles/a" "articles/a1.txt articles/a2.txt"
expect_exact "tally explain --date 2024-02-09 Othe" "Others"
expect_exact "tally explain Plai" 'Plaid\ Cymru'
unset TALLY_DATA_DIR
# with '=' not a word break, "--format=js" is one word and the replies must keep the "--format=" part
complete_whole() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _tally tally "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" 2>/dev/null
  printf '%s\n' "${COMPREPLY[@]}" | sort -u | tr '\n' ' ' | sed 's/ $//'
}
got=$(complete_whole tally --format=js)
[[ $got == "--format=json --format=jsonl" ]] && ok "'--format=js' as one word keeps its prefix" || bad "'--format=js' as one word gives '$got'"
got=$(complete_whole tally --files-from=li)
[[ $got == "--files-from=list.txt" ]] && ok "'--files-from=li' as one word keeps its prefix" || bad "'--files-from=li' as one word gives '$got'"

# zsh: the file must parse; with zsh installed, drive the real completion system through zpty.
if command -v zsh >/dev/null 2>&1; then
  zsh -n "$zsh_completion" && ok "zsh -n _tally" || bad "zsh -n _tally"
  cat >"$work/zcomp.zsh" <<'ZSH'
# For each argument, types it into an interactive zsh, presses TAB and prints "=== LINE" and what the
# terminal showed. One shell for every line: compinit runs once.
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "fpath=($ZCOMP_DIR \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' format ''"
zpty -w z "zstyle ':completion:*:default' list-colors ''; zstyle ':completion:*' menu no; LISTMAX=1000"
zpty -w z "zle -C complete-word complete-word _main_complete; bindkey '^I' complete-word; bindkey '^U' kill-whole-line"
zpty -w z "PROMPT='%%ZP>'; cd $ZCOMP_CWD"
zpty -w z 'print -r -- "@@""READY@@"'
zpty -r z out '*@@READY@@*'
for line in "$@"; do
  zpty -r z out '*%ZP>*'  # the prompt: zle reads keys now (typed earlier, the tty would eat them)
  zpty -w -n z "$line"$'\t'
  zpty -w -n z $'\C-u'
  zpty -w z 'print -r -- "@@""DONE@@"'   # the marker as printed differs from the marker as typed
  out=""
  zpty -r z out '*@@DONE@@*' || out="(no answer)"
  print -r -- "=== $line"
  print -r -- "${out//$'\r'/}"
done
zpty -d z
ZSH
  zsh_lines=("tally --format " "tally --color " "tally ex" "tally " "tally reconcile --f" "tally extract --f"
    "tally eval --g" "tally --files-from l" "tally articles/a1.txt --col" "tally --date " "tally --as" "tally explain Othe"
    "tally explain --d" "tally timeline --as")
  TALLY_DATA_DIR=$root/data/tables ZCOMP_DIR=$(dirname "$zsh_completion") ZCOMP_CWD=$work timeout 60 zsh -f "$work/zcomp.zsh" "${zsh_lines[@]}" \
    >"$work/zsh.out" 2>&1
  zsh_expect() {  # LINE WORD...: every WORD shows up in what zsh showed for LINE<TAB>
    local line=$1 got word missing=""
    shift
    got=$(awk -v want="=== $line" '$0 == want {on = 1; next} /^=== / {on = 0} on' "$work/zsh.out")
    [[ -n $got ]] || missing+=" (no output)"
    for word in "$@"; do [[ $got == *"$word"* ]] || missing+=" $word"; done
    [[ $got == *"command not found"* || $got == *"(eval)"* || $got == *"_arguments:"* ]] && missing+=" (an error)"
    [[ -z $missing ]] && ok "zsh: '$line<TAB>' offers $*" || bad "zsh: '$line<TAB>' lacks$missing (got: ${got:0:300})"
  }
  zsh_expect "tally --format " table json jsonl csv
  zsh_expect "tally --color " auto always never
  zsh_expect "tally ex" extract
  zsh_expect "tally " extract reconcile eval timeline explain chart
  zsh_expect "tally reconcile --f" --format
  zsh_expect "tally extract --f" --files-from
  zsh_expect "tally eval --g" --gold
  zsh_expect "tally --files-from l" list.txt
  zsh_expect "tally articles/a1.txt --col" --color
  zsh_expect "tally --date " "$(date +%Y-%m-%d)"
  zsh_expect "tally --as" --as-of
  zsh_expect "tally explain Othe" Others
  zsh_expect "tally explain --d" --date
  zsh_expect "tally timeline --as" --as-of
else
  echo "skip: zsh is not installed; the zsh completion was not checked"
fi

echo "$pass passed, $fail failed"
((fail == 0))
