#!/usr/bin/env bash
# Fuzzes one target with libFuzzer for a given time, with one worker.
#   scripts/fuzz.sh article 900        # or: observations, html, feed
# Builds build-fuzz (clang, -DTALLY_FUZZ=ON) when needed. New corpus units go to build-fuzz/corpus/TARGET
# (fuzz/corpus/TARGET holds the seeds and is not written to). Every crash, timeout, out-of-memory or leak
# input is copied to fuzz/regressions/TARGET/, which the normal test suite replays (tests/hostile).
# The log is build-fuzz/fuzz-TARGET.log. Environment: FUZZ_MAX_LEN (default 4096), FUZZ_TIMEOUT (s per
# input, default 10), FUZZ_RSS_MB (default 2048), FUZZ_JOBS (-j for the build, default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -ne 2 || ! $1 =~ ^(article|observations|html|feed)$ || ! $2 =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh article|observations|html|feed SECONDS" >&2
  exit 2
fi
target=$1
seconds=$2
build=build-fuzz
bin=$build/fuzz/fuzz_$target

if [[ ! -f $build/build.ninja ]]; then
  CC=clang CXX=clang++ cmake -S . -B $build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTALLY_FUZZ=ON \
    -DTALLY_BUILD_TESTS=OFF >/dev/null
fi
cmake --build $build -j "${FUZZ_JOBS:-2}" --target "fuzz_$target" >/dev/null

work=$build/corpus/$target
artifacts=$build/artifacts/$target
regressions=fuzz/regressions/$target
mkdir -p "$work" "$artifacts" "$regressions"
log=$build/fuzz-$target.log
dict=()
[[ -f fuzz/$target.dict ]] && dict=(-dict=fuzz/$target.dict)

# Bugs already reported are suppressed (the regression replay in the test suite still fails on them).
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$PWD/fuzz/known-bugs.ubsan.supp${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
echo "fuzz: $target for ${seconds}s, one worker; log $log" >&2
: >"$log"
# One libFuzzer process at a time. A run that stops on a crash or timeout leaves its input in $artifacts;
# the loop then goes on with the corpus found so far until the time is used up. (-fork=1 would do the
# same but restarts its worker every few seconds, which costs most of the time with this target.)
deadline=$((SECONDS + seconds))
execs=0
runs=0
while ((SECONDS < deadline - 2)); do
  left=$((deadline - SECONDS))
  runs=$((runs + 1))
  run_log=$build/fuzz-$target.run.log
  set +e
  "$bin" -max_total_time="$left" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" \
    -max_len="${FUZZ_MAX_LEN:-4096}" "${dict[@]}" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    -reload=0 "$work" "fuzz/corpus/$target" >"$run_log" 2>&1
  status=$?
  set -e
  cat "$run_log" >>"$log"
  n=$(grep -oE '^stat::number_of_executed_units: [0-9]+' "$run_log" | tail -1 | awk '{print $2}' || true)
  [[ -z $n ]] && n=$(grep -oE '^#[0-9]+' "$run_log" | tail -1 | tr -d '#' || true)
  execs=$((execs + ${n:-0}))
  echo "fuzz: run $runs exit $status, $((n)) executions" >&2
  if ((status == 0)); then break; fi
  # Stop rather than spin if the same input keeps failing right away.
  if ((${n:-0} < 10)); then
    echo "fuzz: the target fails at once (see $log); stopping" >&2
    break
  fi
done
rm -f "$build/fuzz-$target.run.log"

# Keep every crashing input (named by its SHA-1, so copies of the same input collapse).
found=0
shopt -s nullglob
for f in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-* "$artifacts"/leak-* "$artifacts"/slow-unit-*; do
  name=$(basename "$f")
  if [[ ! -e $regressions/$name ]]; then
    cp "$f" "$regressions/$name"
    echo "fuzz: NEW $name -> $regressions/$name" >&2
  fi
  found=$((found + 1))
done
crashes=$(grep -cE '^(==[0-9]+==ERROR|.*runtime error:|fuzz: invariant broken|==[0-9]+== ERROR: libFuzzer)' "$log" || true)
echo "fuzz: target=$target seconds=$seconds executions=$execs runs=$runs crash_reports=$crashes artifacts=$found"
