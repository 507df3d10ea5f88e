# bash completion for tally                                  -*- shell-script -*-
# Installed as /usr/share/bash-completion/completions/tally; or: source contrib/completions/tally.bash
# Works with or without the bash-completion package.

_tally_files() {  # completes file and directory names
  if declare -F _filedir >/dev/null 2>&1; then
    _filedir
  else
    compopt -o filenames 2>/dev/null
    local IFS=$'\n'
    COMPREPLY+=($(compgen -f -- "$cur"))
  fi
}

_tally_parties() {  # canonical party names from the installed party table
  local dir
  for dir in "${TALLY_DATA_DIR:-}" /usr/share/tally /usr/local/share/tally; do
    if [[ -n $dir && -r $dir/parties.tsv ]]; then
      local IFS=$'\n' name
      for name in $(awk -F '\t' '!/^[[:space:]]*(#|$)/ {print $1}' "$dir/parties.tsv"); do
        [[ $name == "$cur"* ]] && COMPREPLY+=("$(printf '%q' "$name")")  # "Liberal Democrats" stays one word
      done
      return
    fi
  done
}

_tally_takes_arg() {  # options whose value is the next word
  case $1 in
    -f | --format | --color | -j | --threads | --date | --as-of | --aliases | --files-from | --gold | --min-f1 | --min-source | --junit | --progress | \
      --input-format) return 0 ;;
  esac
  return 1
}

_tally() {
  local cur prev cword words prefix=""
  COMPREPLY=()
  words=("${COMP_WORDS[@]}")
  cword=$COMP_CWORD
  cur=${words[cword]}
  prev=${words[cword - 1]}
  # "--format=js" arrives as "--format" "=" "js" when '=' is in COMP_WORDBREAKS
  if [[ $cur == "=" && $cword -ge 2 ]]; then
    prev=${words[cword - 1]}
    cur=""
  elif [[ $prev == "=" && $cword -ge 2 ]]; then
    prev=${words[cword - 2]}
  elif [[ $cur == --*=* ]]; then  # '=' is not a word break: the reply must keep "--format="
    prev=${cur%%=*}
    prefix=${cur%%=*}=
    cur=${cur#*=}
  fi

  local commands="extract reconcile eval timeline explain chart"
  local input_opts="--files-from --aliases --date -j --threads -q --quiet --progress --input-format"
  local run_opts="-j --threads -q --quiet --progress"
  local output_opts="-f --format --color --as-of"

  # Before the word being completed: the subcommand, the number of positional words after it, and
  # whether "--" ended the options.
  local command="" positionals=0 ended="" i w
  for ((i = 1; i < cword; i++)); do
    w=${words[i]}
    if [[ -z $ended && $w == "--" ]]; then
      ended=1
    elif [[ -z $ended ]] && _tally_takes_arg "$w"; then
      # the option's value is the next word (or comes after "=")
      if [[ ${words[i + 1]} == "=" ]]; then ((i += 2)); else ((i++)); fi
    elif [[ -z $ended && $w == -* ]]; then
      :
    elif [[ -z $ended && -z $command && $positionals == 0 && " $commands " == *" $w "* ]]; then
      command=$w
    else
      ((positionals++))
    fi
  done

  if [[ -z $ended ]] && _tally_takes_arg "$prev"; then
    case $prev in
      -f | --format) COMPREPLY=($(compgen -W "table json jsonl csv" -- "$cur")) ;;
      --color | --progress) COMPREPLY=($(compgen -W "auto always never" -- "$cur")) ;;
      --input-format) COMPREPLY=($(compgen -W "auto text html jsonl" -- "$cur")) ;;
      -j | --threads)
        local n
        n=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 4)
        COMPREPLY=($(compgen -W "$(seq 1 "$n")" -- "$cur"))
        ;;
      --date | --as-of) COMPREPLY=($(compgen -W "$(date +%Y-%m-%d)" -- "$cur")) ;;
      --aliases | --files-from | --gold | --junit) _tally_files ;;
      --min-f1 | --min-source) ;;
    esac
    [[ -n $prefix ]] && COMPREPLY=("${COMPREPLY[@]/#/$prefix}")
    return 0
  fi
  [[ -n $prefix ]] && return 0  # --unknown=...: nothing to offer

  local opts
  case $command in
    "") opts="-h --help --version $input_opts $output_opts" ;;
    extract) opts="-h --help $input_opts" ;;
    reconcile) opts="-h --help $run_opts $output_opts --aliases" ;;
    eval) opts="-h --help $input_opts --gold --min-f1 --min-source --junit --json" ;;
    explain) opts="-h --help $input_opts --as-of" ;;
    *) opts="-h --help $input_opts $output_opts" ;;
  esac

  if [[ -z $ended && $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    return 0
  fi
  if [[ $command == explain && $positionals == 0 ]]; then
    _tally_parties  # tally explain PARTY FILES...
    return 0
  fi
  if [[ -z $command && -z $ended && $positionals == 0 ]]; then
    COMPREPLY=($(compgen -W "$commands" -- "$cur"))  # the first word may be a subcommand
  fi
  _tally_files
  return 0
}

complete -F _tally tally
