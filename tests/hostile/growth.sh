#!/usr/bin/env bash
# Linear growth of extraction on pathological inputs.
#
#   tests/hostile/growth.sh TALLY_BINARY SOURCE_DIR [GENERATOR...]
#
# For each generator of pathological text (below), the input size N is doubled until one run of
# `tally extract -j1 -q` takes at least 0.2 s (MIN_SECONDS), then inputs of size N and 4N are each run 3 times
# and the best (lowest) time is kept. Linear extraction gives time(4N)/time(N) ~ 4, quadratic ~ 16; the check
# fails above 8 (MAX_RATIO). Times are CPU times (user + system) of the tally process, less disturbed by other
# load on the machine than wall-clock times; the table shows the wall-clock ratio too.
#
# Operation counts: when valgrind is installed, each generator is also run once under
# `valgrind --tool=cachegrind --cache-sim=no` (instruction counts only, ~10x slower) at sizes N/8 and N/2, and the
# ratio of the instructions executed beyond those of an empty article is shown (N/2 over N/8: also ~4 when
# linear). Instruction counts do not depend on the machine's load; at those smaller sizes they understate a weak
# quadratic term, which the time ratio at N and 4N still shows. So with valgrind both must stay within the
# limit, and a time ratio above it that the instruction ratio does not confirm is measured 3 more times (best
# of 6) before it fails the check: noise from other load goes, a real trend stays. GROWTH_METRIC=time or =ops
# checks one ratio only. Each check prints "ok: ..." or "FAIL: ..."; a run that crashes or needs more than
# TIMEOUT (120) seconds fails too; a 4N run already slower than 2 x MAX_RATIO x time(N) is not repeated.
# Exit status 1 if any check failed. Environment: MIN_SECONDS, MAX_RATIO, TIMEOUT, MAX_BYTES, GROWTH_METRIC.
set -u
set -o pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 TALLY_BINARY SOURCE_DIR [GENERATOR...]" >&2
  exit 2
fi
tally=$(realpath "$1")
root=$(realpath "$2")
shift 2
[[ -x $tally ]] || { echo "FAIL: tally binary not found or not executable: $tally"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

pybin=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)
[[ -x $pybin ]] || pybin=$(command -v python3)
valgrind_bin=$(command -v valgrind || true)
if [[ -n $valgrind_bin ]] && ! "$valgrind_bin" --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
     true >/dev/null 2>&1; then
  valgrind_bin=""
fi
[[ -z $valgrind_bin ]] && echo "note: valgrind (cachegrind) not available: the time ratios decide"

# The binary is copied first: another build in the same tree may relink it while this runs (a half-written
# binary is retried). The copy finds the same alias tables (no ../share/tally beside either).
for _ in $(seq 1 30); do
  if cp "$tally" "$work/tally" 2>/dev/null && "$work/tally" --version >/dev/null 2>&1; then break; fi
  rm -f "$work/tally"
  sleep 2
done
[[ -x $work/tally ]] || { echo "FAIL: cannot copy a working tally binary from $tally"; exit 1; }
tally=$work/tally
cd "$work" || exit 1
export TALLY="$tally" ROOT="$root" VALGRIND="$valgrind_bin"
"$pybin" -S - "$@" <<'PY'
import os, resource, subprocess, sys, time

tally, valgrind = os.environ['TALLY'], os.environ.get('VALGRIND', '')
min_seconds = float(os.environ.get('MIN_SECONDS', '0.2'))
max_ratio = float(os.environ.get('MAX_RATIO', '8'))
timeout = float(os.environ.get('TIMEOUT', '120'))
max_bytes = int(os.environ.get('MAX_BYTES', str(64 << 20)))
metric = os.environ.get('GROWTH_METRIC', 'both' if valgrind else 'time')
if metric in ('ops', 'both') and not valgrind:
    print(f'note: GROWTH_METRIC={metric} needs valgrind; using time')
    metric = 'time'

HEAD = ' date 2024-02-09 '
TAIL = '\n\nPPP won 54 seats.\n'
PARTIES = ['PTI', 'PML-N', 'PPP', 'MQM-P', 'JUI-F', 'ANP', 'BAP', 'IPP', 'PML-Q', 'JI']
SOURCES = ['Geo News', 'Dawn', 'the Election Commission of Pakistan', 'Reuters', 'the electoral watchdog',
           'Gallup Pakistan', 'ARY News', 'the ECP']
SYL = ['ka', 'lo', 'mi', 'ra', 'tu', 'ven', 'sor', 'dal', 'pen', 'gor', 'bri', 'zan']

def word(i):  # distinct pronounceable words: Kaan, Loan, ..., Kakaan, ...
    s, i = '', i + 1
    while i:
        i, r = divmod(i - 1, len(SYL))
        s = SYL[r] + s
    return (s + 'an').capitalize()

def acronym(i):
    s, i = '', i + 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return 'Z' + s + 'P'

# Each generator turns a size unit n (roughly: items) into an article.
GENERATORS = {
    # many numbers in one sentence
    'numbers_one_sentence': lambda n: 'PTI won ' + ', '.join(str(i % 1000) for i in range(n)) + ' seats.',
    # numbers each with its noun, one sentence
    'numbers_with_seats': lambda n: 'PTI won ' + ', '.join(f'{i % 300} seats' for i in range(n)) + '.',
    # "X, Y, ... and W won 1, 2, ... seats, respectively": known names (cycling) and unknown "... Party" names
    'respectively_known': lambda n: ', '.join(PARTIES[i % 10] for i in range(n)) + ' and PTI won '
        + ', '.join(str(i % 300 + 1) for i in range(n)) + ' and 7 seats, respectively.',
    'respectively_unknown': lambda n: ', '.join(f'{word(i)} Party' for i in range(n)) + ' and Zed Party won '
        + ', '.join(str(i % 300 + 1) for i in range(n)) + ' and 7 seats, respectively.',
    # "X, Y and Z got two seats each"
    'each_list': lambda n: ', '.join(PARTIES[i % 10] for i in range(n)) + ' and PTI got two seats each.',
    # deeply nested brackets, a run of closing brackets and quotes, and mentions after an unclosed bracket
    'nested_brackets': lambda n: 'PTI won 90 seats. ' + '(' * n + 'the count' + ')' * n + '.',
    'closing_brackets': lambda n: 'PTI won 90 seats. ' + ')' * n + ' "' * n,
    'open_bracket_mentions': lambda n: 'PTI won 90 seats. ( ' + ' '.join(PARTIES[i % 10] for i in range(n)) + ' won 5 seats.',
    # one enormous token: letters, digits
    'one_token': lambda n: 'PTI won 90 seats. ' + 'a' * (n * 8),
    'one_number_token': lambda n: 'PTI won ' + '9' * (n * 8) + ' seats.',
    # many short sentences naming parties, no paragraph break
    'short_sentences': lambda n: ' '.join(f'{PARTIES[i % 10]} won {i % 250 + 1} seats.' for i in range(n)),
    # a long run of capitalised words (a name that never ends), then a party word
    'capitalised_run': lambda n: 'The ' + ' '.join(word(i) for i in range(n)) + ' Party won 5 seats.',
    # many "according to" clauses in one sentence, and one a sentence
    'according_to_one_sentence': lambda n: ', '.join(f'according to {SOURCES[i % 8]}' for i in range(n))
        + ', PTI won 90 seats.',
    'according_to_sentences': lambda n: ' '.join(f'According to {SOURCES[i % 8]}, {PARTIES[i % 10]} won '
                                                 f'{i % 250 + 1} seats.' for i in range(n)),
    # many distinct party names (unknown to the tables), and many distinct sources
    'distinct_parties': lambda n: ' '.join(f'The {word(i)} Party won {i % 250 + 1} seats.' for i in range(n)),
    'distinct_sources': lambda n: ' '.join(f'According to {word(i)} News, PTI won {i % 250 + 1} seats.'
                                           for i in range(n)),
    # many parties defined with an acronym, each used later
    'acronym_definitions': lambda n: ' '.join(f'The {word(i)} Party ({acronym(i)}) won {i % 250 + 1} seats.'
                                              for i in range(n)) + ' ' + ' '.join(f'{acronym(i)} gained.' for i in range(n)),
    # coverage phrases over and over
    'coverage_phrases': lambda n: ' '.join(f'With results for {i % 265 + 1} out of 265 seats, PTI was leading '
                                           f'with {i % 90 + 1} seats.' for i in range(n)),
    # one run-on sentence naming people and parties, no full stop
    'run_on_sentence': lambda n: ' '.join(f'{word(i)} of the {PARTIES[i % 10]} said that {PARTIES[(i + 3) % 10]} '
                                          f'won {i % 250 + 1} seats and' for i in range(n)) + ' so on',
}

def write(name, n):
    path = f'{name}_{n}.txt'
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEAD + GENERATORS[name](n) + TAIL)
    return path, os.path.getsize(path)

def run(path, limit=timeout):
    """CPU seconds (user+sys) and wall seconds of one run; None on timeout; raises on a crash."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        p = subprocess.run([tally, 'extract', '-j1', '-q', path], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=limit)
    except subprocess.TimeoutExpired:
        return None
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        raise RuntimeError(f'exit {p.returncode}: {p.stderr.decode(errors="replace")[:200]}')
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall

def best_of_3(path, limit=timeout, give_up=None):
    """Best CPU and wall seconds of 3 runs; stops early once the best is above give_up (clearly failing)."""
    runs = []
    for _ in range(3):
        r = run(path, limit)
        if r is None:
            return None
        runs.append(r)
        if give_up is not None and min(x[0] for x in runs) > give_up:
            break
    return min(r[0] for r in runs), min(r[1] for r in runs)

def instructions(path):
    p = subprocess.run([valgrind, '--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null',
                        tally, 'extract', '-j1', '-q', path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       timeout=timeout * 10)
    for line in p.stderr.decode(errors='replace').splitlines():
        if 'I   refs:' in line or 'I refs:' in line:
            return int(line.split(':')[-1].replace(',', '').strip())
    raise RuntimeError('no instruction count from valgrind')

names = sys.argv[1:] or list(GENERATORS)
unknown = [n for n in names if n not in GENERATORS]
if unknown:
    sys.exit(f'unknown generators: {", ".join(unknown)}; known: {", ".join(GENERATORS)}')

base_ops = None
if valgrind:
    with open('empty.txt', 'w') as f:
        f.write(HEAD + 'Nothing happened.' + TAIL)
    base_ops = instructions('empty.txt')

passed = failed = 0
rows = []
for name in names:
    try:
        n, capped = 256, False
        while True:  # calibrate: double n until one run takes MIN_SECONDS (with a margin) or the file is too large
            path, size = write(name, n)
            r = run(path)
            os.remove(path)
            if r is None or r[0] >= 1.25 * min_seconds:
                break
            if size * 8 > max_bytes:
                capped = True
                break
            n *= 2
        small, size_small = write(name, n)
        large, size_large = write(name, 4 * n)
        t_small = best_of_3(small)
        # a 4N run slower than twice the limit is not repeated: the check fails whatever the other runs give
        t_large = best_of_3(large, max(timeout, 40 * t_small[0]), 2 * max_ratio * t_small[0]) if t_small else None
        ops = None
        if valgrind:  # instruction counts at N/8 and N/2, beyond those of an empty article
            eighth, _ = write(name, max(1, n // 8))
            half, _ = write(name, max(4, n // 2))
            i_small, i_large = instructions(eighth) - base_ops, instructions(half) - base_ops
            ops = i_large / i_small if i_small > 0 else float('inf')
            os.remove(eighth)
            os.remove(half)
    except Exception as e:  # a crash or a failed generator
        print(f'FAIL: growth {name}: {e}')
        failed += 1
        rows.append((name, '-', '-', '-', '-', '-', '-', 'FAIL'))
        continue
    if t_small is None or t_large is None:
        print(f'FAIL: growth {name}: a run needed more than {timeout:.0f}s (n={n}, {size_large} bytes)')
        failed += 1
        rows.append((name, f'{size_small}', '-', 'timeout', '-', '-', '-', 'FAIL'))
        continue
    ratio = t_large[0] / t_small[0] if t_small[0] > 0 else float('inf')
    if metric == 'both' and ratio > max_ratio and ops is not None and ops <= max_ratio:
        # time says superlinear, the (smaller-size) instruction count does not: measure the times 3 more times
        # each and keep the best of 6, so that a noisy run cannot fail the check but a real trend still does
        again_small, again_large = best_of_3(small), best_of_3(large, max(timeout, 40 * t_small[0]))
        if again_small and again_large:
            t_small = (min(t_small[0], again_small[0]), min(t_small[1], again_small[1]))
            t_large = (min(t_large[0], again_large[0]), min(t_large[1], again_large[1]))
            ratio = t_large[0] / t_small[0] if t_small[0] > 0 else float('inf')
    for p in (small, large):
        os.remove(p)
    wall_ratio = t_large[1] / t_small[1] if t_small[1] > 0 else float('inf')
    ops_bad = ops is not None and ops > max_ratio
    good = {'ops': not ops_bad, 'time': ratio <= max_ratio, 'both': not ops_bad and ratio <= max_ratio}[metric]
    note = ''
    if capped:
        note = f' (size capped at {size_small} bytes: N takes only {t_small[0]:.3f}s)'
    ops_text = f', instructions x{ops:.2f}' if ops is not None else ''
    line = (f'growth {name}: N={size_small} bytes, time {t_small[0]:.3f}s -> {t_large[0]:.3f}s at 4N, '
            f'ratio {ratio:.2f}{ops_text} (limit {max_ratio:g}, checked: {metric}){note}')
    if good:
        print('ok: ' + line)
        passed += 1
    else:
        print('FAIL: ' + line)
        failed += 1
    rows.append((name, f'{size_small}', f'{t_small[0]:.3f}', f'{t_large[0]:.3f}', f'{ratio:.2f}', f'{wall_ratio:.2f}',
                 f'{ops:.2f}' if ops is not None else 'n/a', 'ok' if good else 'FAIL'))

print()
header = ('generator', 'N bytes', 't(N) s', 't(4N) s', 'ratio', 'wall', 'instr', '')
widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
for r in [header] + rows:
    print('  '.join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
print('(ratio: best-of-3 CPU time at 4N over N; wall: the same for wall-clock time; instr: instructions at N/2 over N/8,'
      ' beyond an empty article; linear ~4, quadratic ~16)')
print(f'{passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
PY
