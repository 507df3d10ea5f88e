# Sourced by the bench scripts (after they define die() and repo=): GNU time and the tally binary.

# Sets TIME to GNU time, or dies.
require_gnu_time() {
  TIME=/usr/bin/time
  [[ -x $TIME ]] || die "GNU time not found at $TIME (Debian package 'time')"
}

# Prints the tally binary to use: $1 when given, else build/tally, else <repo>/build/tally.
default_tally() {
  local bin=${1:-}
  if [[ -z $bin ]]; then
    bin=build/tally
    [[ -x $bin ]] || bin=$repo/build/tally
  fi
  printf '%s\n' "$bin"
}
