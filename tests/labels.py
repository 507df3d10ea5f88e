"""Every CTest test carries exactly one of the labels "quick" and "full" (tests/CMakeLists.txt).

Usage: python3 tests/labels.py CTEST BUILD_DIR
Reads `ctest --show-only=json-v1` of the build tree, so it sees the Catch2 tests found at build time too.
"""
import json
import subprocess
import sys

ctest, build = sys.argv[1:3]
listing = json.loads(subprocess.run([ctest, '--test-dir', build, '--show-only=json-v1'], check=True,
                                    capture_output=True, text=True).stdout)
bad, counts = [], {'quick': 0, 'full': 0}
for test in listing['tests']:
    labels = []
    for prop in test.get('properties', []):
        if prop['name'] == 'LABELS':
            labels = prop['value']
    groups = [g for g in ('quick', 'full') if g in labels]
    if len(groups) != 1:
        bad.append(f"{test['name']}: labels {labels}")
    else:
        counts[groups[0]] += 1
print(f"{len(listing['tests'])} tests: {counts['quick']} quick, {counts['full']} full")
for line in bad:
    print('FAIL: not exactly one of quick and full: ' + line)
if len(listing['tests']) < 10:
    print('FAIL: fewer than 10 tests listed: is this the build tree?')
    sys.exit(1)
sys.exit(1 if bad else 0)
