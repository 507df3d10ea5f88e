#!/usr/bin/env bash
# Linear growth of reconciliation when one group (date, election, chamber) gets very large.
#
#   tests/hostile/reconcile_growth.sh TALLY_BINARY [SHAPE...]
#
# Each shape (below) writes the observations of N articles, all in one group, as the JSON Lines of `tally
# extract`; N is doubled until one `tally reconcile --format json` takes at least MIN_SECONDS (0.2), then N and
# 4N are each run 3 times and the best CPU times (user + system) compared. Linear reconciliation gives a ratio
# of about 4 (a little more: sorting), pairwise comparison of every article's count about 16; the check fails
# above MAX_RATIO (8). A run that crashes or needs more than TIMEOUT (120) seconds fails too. The output of the
# 4N run must be valid JSON naming every article. Exit status 1 if any check failed.
set -u
set -o pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 TALLY_BINARY [SHAPE...]" >&2
  exit 2
fi
tally=$(realpath "$1")
shift
[[ -x $tally ]] || { echo "FAIL: tally binary not found or not executable: $tally"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
cd "$work" || exit 1
export TALLY="$tally"
python3 -S - "$@" <<'PY'
import json, os, resource, subprocess, sys, time

tally = os.environ['TALLY']
min_seconds = float(os.environ.get('MIN_SECONDS', '0.2'))
max_ratio = float(os.environ.get('MAX_RATIO', '8'))
timeout = float(os.environ.get('TIMEOUT', '120'))
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

def run(path, out=os.devnull):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(out, 'w') as sink:
        try:
            p = subprocess.run([tally, 'reconcile', '--format', 'json', path], stdout=sink,
                               stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        raise RuntimeError(f'exit {p.returncode}: {p.stderr.decode(errors="replace")[:200]}')
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

def best_of_3(path):
    times = []
    for _ in range(3):
        t = run(path)
        if t is None:
            return None
        times.append(t)
    return min(times)

names = sys.argv[1:] or list(SHAPES)
unknown = [n for n in names if n not in SHAPES]
if unknown:
    sys.exit(f'unknown shapes: {", ".join(unknown)}; known: {", ".join(SHAPES)}')
failed = 0
for name in names:
    try:
        n = 1000
        while True:
            path = write(name, n)
            t = run(path)
            os.remove(path)
            if t is None or t >= 1.25 * min_seconds or n >= 256000:
                break
            n *= 2
        small, large = write(name, n), write(name, 4 * n)
        t1, t4 = best_of_3(small), best_of_3(large)
        if t1 is None or t4 is None:
            print(f'FAIL: {name}: a run took more than {timeout:.0f} s (n={n})')
            failed += 1
            continue
        run(large, 'out.json')
        with open('out.json') as f:
            summary = json.load(f)['summary']
        listed = {d for g in summary for d in g.get('documents', [])}
        if len(listed) != 4 * n:
            print(f'FAIL: {name}: the summary lists {len(listed)} documents, not {4 * n}')
            failed += 1
            continue
        ratio = t4 / max(t1, 1e-3)
        verdict = 'ok' if ratio <= max_ratio else 'FAIL'
        failed += verdict == 'FAIL'
        print(f'{verdict}: {name}: {n} articles {t1:.3f} s, {4 * n} articles {t4:.3f} s, ratio {ratio:.2f} '
              f'(limit {max_ratio:g})')
        os.remove(small)
        os.remove(large)
    except Exception as e:  # a crash or invalid output
        print(f'FAIL: {name}: {e}')
        failed += 1
sys.exit(1 if failed else 0)
PY
