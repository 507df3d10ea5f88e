#!/usr/bin/env bash
# Linear growth of reconciliation when one group (date, election, chamber) gets very large, measured in
# counted work, not in time.
#
#   tests/hostile/reconcile_growth.sh TALLY_BINARY [SHAPE...]
#
# Each shape (below) writes the observations of N articles (RECONCILE_N, 1,000) and of 4N, all in one group,
# as the JSON Lines of `tally extract`. `tally reconcile --format json` runs on both under valgrind
# (cachegrind with --cache-sim=no: the instructions executed, as callgrind counts them), and the
# instructions beyond those of a one-article input are compared: linear reconciliation gives about 4 (a
# little more: sorting), comparing every article's count with every other's about 16; the check fails above
# MAX_RATIO (5). Counts do not move with the machine's load, so nothing here is timed. The output of the 4N
# run must be valid JSON naming every article. A run that does not end within TIMEOUT (600 s under
# valgrind) fails as a hang.
#
# GROWTH_CHECK=run (the sanitizer build, whose binary valgrind cannot run) counts nothing: it runs the 4N
# input natively with the same output checks (TIMEOUT 120 s there). Without valgrind the default check FAILS
# (install the Debian package valgrind; scripts/setup.sh does). Exit status 1 if any check failed.
# Environment: RECONCILE_N, MAX_RATIO, TIMEOUT, GROWTH_CHECK (count|run).
set -u
set -o pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 TALLY_BINARY [SHAPE...]" >&2
  exit 2
fi
tally=$(realpath "$1")
shift
[[ -x $tally ]] || { echo "FAIL: tally binary not found or not executable: $tally"; exit 1; }
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
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
cd "$work" || exit 1
export TALLY="$tally" VALGRIND="$valgrind_bin" GROWTH_CHECK="$check"
python3 -S - "$@" <<'PY'
import concurrent.futures, json, os, subprocess, sys

tally, valgrind, check = os.environ['TALLY'], os.environ['VALGRIND'], os.environ['GROWTH_CHECK']
n = int(os.environ.get('RECONCILE_N', '1000'))
max_ratio = float(os.environ.get('MAX_RATIO', '5'))
timeout = float(os.environ.get('TIMEOUT', '600' if check == 'count' else '120'))
if check not in ('count', 'run'):
    sys.exit(f'GROWTH_CHECK must be count or run, not {check}')
PARTIES = ['BJP', 'INC', 'SP', 'TMC', 'DMK']
SOURCES = [f'Outlet {chr(65 + i)}' for i in range(20)]

def observation(path, party, seats, source=None, kind='unknown', coverage=None, status='official'):
    return {'basis': 'won', 'chamber': 'Lok Sabha', 'chamber_seats': 543, 'coverage': coverage,
            'date': '2024-06-04', 'document': path, 'election': 'IN-2024', 'evidence': f'{party} won {seats} seats.',
            'historical': False, 'party': party, 'party_text': party, 'qualifier': 'exact',
            'record': 'observation', 'seats': seats, 'seats_max': None, 'source': source, 'source_kind': kind,
            'span': {'begin': 10, 'end': 20}, 'status': status}

# Each shape gives article i's counts as (party, seats, source, kind, coverage, status) tuples.
SHAPES = {
    # every article quotes nobody: one report per article, all at the same (unknown) coverage
    'unattributed': lambda i: [(p, 100 + (i + k) % 3, None, 'unknown', None, 'official')
                               for k, p in enumerate(PARTIES[:3])],
    # every article quotes the same source: one report holding every count
    'one_source': lambda i: [(p, 200 - 30 * k + i % 2, 'Reuters', 'media', None, 'provisional')
                             for k, p in enumerate(PARTIES[:4])],
    # twenty outlets at a few coverages, the figures moving with the coverage
    'rotating_sources': lambda i: [(p, 50 + (i % 7) * 10 - k, SOURCES[i % 20], 'media',
                                    {'declared': 100 + (i % 7) * 50, 'total': 543}, 'provisional')
                                   for k, p in enumerate(PARTIES[: 2 + i % 4])],
}

def write(shape, n):
    path = f'{shape}_{n}.jsonl'
    with open(path, 'w') as f:
        for i in range(n):
            doc = f'corpus/{i // 1000:04d}/{i:08d}.txt'
            counts = SHAPES[shape](i)
            f.write(json.dumps({'country': 'IN', 'date': '2024-06-04', 'date_source': 'header',
                                'observation_count': len(counts), 'path': doc, 'record': 'document',
                                'warnings': []}) + '\n')
            for party, seats, source, kind, coverage, status in counts:
                f.write(json.dumps(observation(doc, party, seats, source, kind, coverage, status)) + '\n')
    return path

def run(path, articles):
    """Runs tally reconcile (under valgrind when counting); checks that the summary lists every article;
    returns the instructions (None when not counting). Raises on a crash, a hang or a wrong output."""
    cmd = [tally, 'reconcile', '--format', 'json', path]
    if check == 'count':
        cmd = [valgrind, '--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null'] + cmd
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f'{path}: no result after {timeout:.0f} s (a hang)')
    err = p.stderr.decode(errors='replace')
    if p.returncode != 0:
        raise RuntimeError(f'{path}: exit {p.returncode}: {err[-300:]}')
    summary = json.loads(p.stdout)['summary']
    listed = {d for g in summary for d in g.get('documents', [])}
    if len(listed) != articles:
        raise RuntimeError(f'{path}: the summary lists {len(listed)} documents, not {articles}')
    if check != 'count':
        return None
    for line in err.splitlines():
        if 'I   refs:' in line or 'I refs:' in line:
            return int(line.split(':')[-1].replace(',', '').strip())
    raise RuntimeError(f'{path}: no instruction count from valgrind: {err[-300:]}')

names = sys.argv[1:] or list(SHAPES)
unknown = [x for x in names if x not in SHAPES]
if unknown:
    sys.exit(f'unknown shapes: {", ".join(unknown)}; known: {", ".join(SHAPES)}')
jobs = [('base', write(names[0], 1), 1)]
for name in names:
    if check == 'count':
        jobs.append((name, write(name, n), n))
    jobs.append((name, write(name, 4 * n), 4 * n))
results = {}
with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
    futures = {pool.submit(run, path, k): (name, k) for name, path, k in jobs}
    for f in concurrent.futures.as_completed(futures):
        try:
            results[futures[f]] = f.result()
        except Exception as e:  # a crash, a hang, a wrong output
            results[futures[f]] = e
failed = 0
base = results[('base', 1)] if not isinstance(results[('base', 1)], Exception) else None
for name in names:
    keys = [(name, n), (name, 4 * n)] if check == 'count' else [(name, 4 * n)]
    errors = [results[k] for k in keys if isinstance(results[k], Exception)]
    if errors or (check == 'count' and base is None):
        print(f'FAIL: {name}: {errors[0] if errors else results[("base", 1)]}')
        failed += 1
        continue
    if check == 'run':
        print(f'ok: {name}: {4 * n} articles in one group reconciled, every article listed; not counted')
        continue
    i1, i4 = results[(name, n)] - base, results[(name, 4 * n)] - base
    ratio = i4 / i1 if i1 > 0 else float('inf')
    verdict = 'ok' if ratio <= max_ratio else 'FAIL'
    failed += verdict == 'FAIL'
    print(f'{verdict}: {name}: {n} articles {i1 / 1e6:.1f} M instructions beyond a one-article input, '
          f'{4 * n} articles {i4 / 1e6:.1f} M, ratio {ratio:.2f} (limit {max_ratio:g})')
sys.exit(1 if failed else 0)
PY
