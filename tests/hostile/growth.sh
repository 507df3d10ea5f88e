#!/usr/bin/env bash
# Linear growth of extraction on pathological inputs, measured in counted work, not in time.
#
#   tests/hostile/growth.sh TALLY_BINARY SOURCE_DIR [GENERATOR...]
#
# Each generator (below) writes an article of pathological text around two tallies. Its size unit n is
# doubled from 16 until the article has at least TARGET_BYTES (48 KB): that is N, and the second input is 4N
# (a choice made from the bytes alone, so it is the same on every machine). `tally extract -j1 -q` runs on
# both under valgrind (cachegrind with --cache-sim=no: it counts the instructions executed, the same count
# callgrind gives, in half the time), and the instructions beyond those of an empty article are compared:
# linear extraction gives I(4N)/I(N) ~ 4, n log n a little more, quadratic ~ 16. The check fails above
# MAX_RATIO (5: reached when a quadratic part does a twelfth of the work at N; a tenth gives 5.2). Counts do not
# move with the machine's load, so nothing here is timed. Both runs must exit 0 and find the tally after the
# pathological text (PPP 54); a run that does not end within TIMEOUT (600 s under valgrind, more than ten
# times what the largest input, 4.3 G instructions, needs there on a loaded machine) fails as a hang.
#
# GROWTH_CHECK=run (used by the sanitizer build, whose binary valgrind cannot run) counts nothing: it runs
# each 4N input once, natively, with the same exit-status, tally and hang checks (TIMEOUT 120 s there).
# Without valgrind the default check FAILS (it does not fall back to timing): valgrind is a Debian package
# that scripts/setup.sh installs. Each check prints "ok: ..." or "FAIL: ..."; exit status 1 if any failed.
# Environment: TARGET_BYTES, MAX_RATIO, TIMEOUT, GROWTH_CHECK (count|run), GROWTH_JOBS (parallel runs).
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

check=${GROWTH_CHECK:-count}
valgrind_bin=""
if [[ $check == count ]]; then
  valgrind_bin=$(command -v valgrind || true)
  if [[ -z $valgrind_bin ]] || ! "$valgrind_bin" --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
       true >/dev/null 2>&1; then
    echo "FAIL: valgrind (cachegrind) is not available: this test counts instructions with it; install the Debian" \
         "package valgrind (apt-get install -y valgrind; scripts/setup.sh installs it)"
    exit 1
  fi
fi

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
export TALLY="$tally" ROOT="$root" VALGRIND="$valgrind_bin" GROWTH_CHECK="$check"
python3 -S - "$@" <<'PY'
import concurrent.futures, json, os, subprocess, sys

tally, valgrind, check = os.environ['TALLY'], os.environ['VALGRIND'], os.environ['GROWTH_CHECK']
target_bytes = int(os.environ.get('TARGET_BYTES', str(48 * 1024)))
max_ratio = float(os.environ.get('MAX_RATIO', '5'))
timeout = float(os.environ.get('TIMEOUT', '600' if check == 'count' else '120'))
jobs = int(os.environ.get('GROWTH_JOBS', str(os.cpu_count() or 2)))
if check not in ('count', 'run'):
    sys.exit(f'GROWTH_CHECK must be count or run, not {check}')

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
    return path

def size_unit(name):
    """The smallest n (16, 32, ...) whose article has TARGET_BYTES: from the bytes, never from a clock."""
    n = 16
    while len((HEAD + GENERATORS[name](n) + TAIL).encode()) < target_bytes:
        n *= 2
    return n

def run(path):
    """Runs tally extract (under valgrind when counting); returns the instructions (None when not counting).
    Raises on a crash, a hang, a failed exit or a missing tally after the pathological text."""
    cmd = [tally, 'extract', '-j1', '-q', path]
    if check == 'count':
        cmd = [valgrind, '--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null'] + cmd
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f'{path}: no result after {timeout:.0f} s (a hang)')
    err = p.stderr.decode(errors='replace')
    if p.returncode != 0:
        raise RuntimeError(f'{path}: exit {p.returncode}: {err[-300:]}')
    found = set()
    for line in p.stdout.decode(errors='replace').splitlines():
        o = json.loads(line)
        if o.get('record') == 'observation':
            found.add((o['party'], o['seats']))
    if ('PPP', 54) not in found:
        raise RuntimeError(f'{path}: the tally after the pathological text (PPP 54) is not found')
    if check != 'count':
        return None
    for line in err.splitlines():
        if 'I   refs:' in line or 'I refs:' in line:
            return int(line.split(':')[-1].replace(',', '').strip())
    raise RuntimeError(f'{path}: no instruction count from valgrind: {err[-300:]}')

names = sys.argv[1:] or list(GENERATORS)
unknown = [n for n in names if n not in GENERATORS]
if unknown:
    sys.exit(f'unknown generators: {", ".join(unknown)}; known: {", ".join(GENERATORS)}')

with open('empty.txt', 'w') as f:
    f.write(HEAD + 'Nothing happened.' + TAIL)
cases = {}
for name in names:
    n = size_unit(name)
    cases[name] = (n, write(name, n), write(name, 4 * n))
paths = ['empty.txt'] + [p for name in names for p in cases[name][1:] if check == 'count' or p.endswith(f'_{4 * cases[name][0]}.txt')]
results = {}
with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
    futures = {pool.submit(run, p): p for p in paths}
    for f in concurrent.futures.as_completed(futures):
        try:
            results[futures[f]] = f.result()
        except Exception as e:  # a crash, a hang, a failed run
            results[futures[f]] = e

passed = failed = 0
rows = []
base = results.get('empty.txt')
if isinstance(base, Exception):
    print(f'FAIL: the empty article: {base}')
    sys.exit(1)
for name in names:
    n, small, large = cases[name]
    size_small, size_large = os.path.getsize(small), os.path.getsize(large)
    errors = [results[p] for p in (small, large) if isinstance(results.get(p), Exception)]
    if errors:
        print(f'FAIL: growth {name}: {errors[0]}')
        failed += 1
        rows.append((name, f'{size_small}', '-', '-', '-', 'FAIL'))
        continue
    if check == 'run':
        print(f'ok: growth {name}: {size_large} bytes ran to the end (exit 0, the tallies after it found); not counted')
        passed += 1
        rows.append((name, f'{size_small}', '-', '-', '-', 'ok'))
        continue
    i_small, i_large = results[small] - base, results[large] - base
    ratio = i_large / i_small if i_small > 0 else float('inf')
    good = ratio <= max_ratio
    line = (f'growth {name}: N={size_small} bytes: {i_small / 1e6:.1f} M instructions beyond an empty article, '
            f'4N: {i_large / 1e6:.1f} M, ratio {ratio:.2f} (limit {max_ratio:g})')
    print(('ok: ' if good else 'FAIL: ') + line)
    passed += good
    failed += not good
    rows.append((name, f'{size_small}', f'{i_small / 1e6:.1f}', f'{i_large / 1e6:.1f}', f'{ratio:.2f}', 'ok' if good else 'FAIL'))

print()
header = ('generator', 'N bytes', 'I(N) M', 'I(4N) M', 'ratio', '')
widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
for r in [header] + rows:
    print('  '.join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
if check == 'count':
    print(f'(instructions executed beyond those of an empty article ({base / 1e6:.1f} M), counted by valgrind; '
          'linear ~4, quadratic ~16)')
print(f'{passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
PY
