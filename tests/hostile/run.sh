#!/usr/bin/env bash
# Hostile input, end to end: the real tally binary on generated bad inputs must never crash, never hang,
# always print valid JSON, name the file in its messages, exit with the documented status, and leave the
# observations of the good files beside the bad ones unchanged.
#
#   tests/hostile/run.sh TALLY_BINARY SOURCE_DIR          the normal cases (well under a minute)
#   tests/hostile/run.sh TALLY_BINARY SOURCE_DIR --big    only the large cases: a ~200 MB article-like file,
#                                                         a single ~30 MB line, tokens of millions of characters;
#                                                         each must finish, stay valid and bounded in peak memory
#
# The sample articles in SOURCE_DIR/data/*.txt are the good files. Every generated input lives in a mktemp -d
# directory removed on exit. Each check prints "ok: ..." or "FAIL: ..." ("skip: ..." when the machine cannot
# run it); the summary line counts them and the exit status is non-zero if any check failed.
#
# Documented behaviour relied on (README "Usage" and "Exit status"; docs/bad-input.md, docs/extraction.md, docs/output.md):
#   exit 0 every input read; 1 some input could not be read / reconcile met malformed lines; 2 usage; 3 failure
#   (e.g. output not writable). Per-file warnings on stderr as "tally: warning: PATH: message" (not with -q),
#   errors as "tally: error: PATH: reason"; reconcile names malformed lines as "PATH:LINE: reason".
#   Directories are walked for *.txt; "-" is standard input (one document, whatever it contains).
#   UTF-8 (BOM stripped), UTF-16 with a BOM decoded, non-UTF-8 bytes read as Latin-1, CRLF/CR read as LF,
#   NUL read as a space, binary files skipped with the warning "binary file skipped".
set -u
set -o pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 TALLY_BINARY SOURCE_DIR [--big]" >&2
  exit 2
fi
tally=$(realpath "$1")
root=$(realpath "$2")
big=0
[[ ${3:-} == --big ]] && big=1
data=$root/data
export NO_COLOR=1
export LC_ALL=C.UTF-8

work=$(mktemp -d)
shared=""  # a world-readable directory for the run as user nobody
cleanup() {
  rm -rf "$work"
  if [[ -n $shared ]]; then chmod -R u+rwx "$shared" 2>/dev/null; rm -rf "$shared"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pass=0
fail=0
skipped=0
ok() { echo "ok: $1"; pass=$((pass + 1)); }
bad() { echo "FAIL: $1"; fail=$((fail + 1)); }
skip() { echo "skip: $1"; skipped=$((skipped + 1)); }
check() {  # description, then a command: ok when it succeeds
  local what=$1
  shift
  if "$@"; then ok "$what"; else bad "$what"; fi
}

# run LIMIT CMD...: runs CMD with stdout in $work/out, stderr in $work/err, exit status in $rc; a run longer
# than LIMIT seconds is killed (a hang is a failure, not a CTest timeout).
rc=0
run() {
  local limit=$1
  shift
  timeout -k 5 "$limit" "$@" >"$work/out" 2>"$work/err"
  rc=$?
  if [[ $rc == 124 || $rc == 137 ]]; then echo "   (killed after ${limit}s: $*)"; fi
  return 0
}
# want_rc DESCRIPTION STATUS...: the last run exited with one of the statuses.
want_rc() {
  local what=$1
  shift
  local s
  for s in "$@"; do
    if [[ $rc == "$s" ]]; then ok "$what: exit $rc"; return; fi
  done
  bad "$what: exit $rc, wanted $* (stderr: $(head -c 300 "$work/err" | tr '\n' ' '))"
}

# ---------------------------------------------------------------------------------------------------------
# Python helper: JSON validation (strict UTF-8: python's stdin would otherwise accept invalid bytes through
# surrogateescape), observation lists, assertions on a loaded document.
cat >"$work/h.py" <<'PY'
import json, sys

def load_json(path):
    with open(path, 'rb') as f:
        return json.loads(f.read().decode('utf-8'))

def load_jsonl(path):
    out = []
    with open(path, 'rb') as f:
        for n, raw in enumerate(f.read().decode('utf-8').split('\n'), 1):
            if raw == '':
                continue
            r = json.loads(raw)
            if not isinstance(r, dict):
                raise ValueError(f'line {n} is not an object')
            out.append(r)
    return out

def observations(recs, path, spans=True, dates=True):
    out = []
    for r in recs:
        if r.get('record') == 'observation' and r.get('document') == path:
            r = dict(r)
            r.pop('document')
            if not spans:
                r.pop('span', None)
            if not dates:
                r.pop('date', None)
                r.pop('election', None)
            out.append(r)
    return out

def same_obs(a_file, a_path, b_file, b_path, spans=True):
    a = observations(load_jsonl(a_file), a_path, spans)
    b = observations(load_jsonl(b_file), b_path, spans)
    if a != b:
        print(f'   {a_path}: {len(a)} observations, {b_path}: {len(b)}', file=sys.stderr)
        for x, y in zip(a, b):
            if x != y:
                print('   first difference:', json.dumps(x)[:300], '|', json.dumps(y)[:300], file=sys.stderr)
                break
        return False
    return len(a) > 0

def environment(path):
    env = {'json': json, 'load_jsonl': load_jsonl}
    if path.endswith('.jsonl'):
        recs = load_jsonl(path)
        env.update(recs=recs, obs=[r for r in recs if r.get('record') == 'observation'],
                   docs=[r for r in recs if r.get('record') == 'document'],
                   errs=[r for r in recs if r.get('record') == 'error'])
        # same_as(REF.jsonl, REF_PATH, PATH): PATH's observations here equal REF_PATH's there (non-empty)
        env['same_as'] = lambda ref, ref_path, p, spans=True: \
            (lambda a, b: a == b and len(a) > 0)(observations(load_jsonl(ref), ref_path, spans), observations(recs, p, spans))
    else:
        env['d'] = load_json(path)
    return env

def main():
    cmd = sys.argv[1]
    if cmd == 'json':            # a valid JSON document
        load_json(sys.argv[2])
    elif cmd == 'jsonl':         # every line a valid JSON object
        load_jsonl(sys.argv[2])
    elif cmd == 'same':          # same (a.jsonl, a_path, b.jsonl, b_path[, nospan]): equal non-empty lists
        ok = same_obs(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], len(sys.argv) < 7)
        sys.exit(0 if ok else 1)
    elif cmd == 'beside':        # beside RUN.jsonl GOOD...: each good file's observations as when alone
        import os
        recs = load_jsonl(sys.argv[2])
        bad = []
        for g in sys.argv[3:]:
            alone = observations(load_jsonl('good/' + os.path.basename(g) + '.alone.jsonl'), g)
            if observations(recs, g) != alone or not any(r.get('path') == g for r in recs):
                bad.append(g)
        if bad:
            print('   changed: ' + ' '.join(bad), file=sys.stderr)
            sys.exit(1)
    elif cmd == 'checks':        # checks FILE [DESC EXPR]...: prints ok/FAIL for each pair
        path, pairs = sys.argv[2], sys.argv[3:]
        try:
            env = environment(path)
        except Exception as e:
            for desc in pairs[0::2]:
                print(f'FAIL: {desc} ({path}: {type(e).__name__}: {str(e)[:200]})')
            return
        for desc, expr in zip(pairs[0::2], pairs[1::2]):
            try:
                good = eval(expr, env)
                print(f'ok: {desc}' if good else f'FAIL: {desc}\n   not true: {expr[:400]}')
            except Exception as e:
                print(f'FAIL: {desc} ({type(e).__name__}: {str(e)[:200]} in: {expr[:200]})')
    elif cmd == 'assert':        # assert FILE EXPR: d = the JSON (or recs = the JSON lines) of FILE
        path, expr = sys.argv[2], sys.argv[3]
        if not eval(expr, environment(path)):
            print(f'   assertion failed: {expr}', file=sys.stderr)
            sys.exit(1)
    else:
        sys.exit(f'unknown command {cmd}')

try:
    main()
except SystemExit:
    raise
except Exception as e:
    print(f'   {type(e).__name__}: {e}', file=sys.stderr)
    sys.exit(1)
PY
# The interpreter itself (python3 may be a slow wrapper such as a pyenv shim), run with -S: no site packages
# (only the standard library is used), a much faster start.
pybin=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)
[[ -x $pybin ]] || pybin=$(command -v python3)
pyrun() { "$pybin" -S "$@"; }
py() { pyrun "$work/h.py" "$@"; }
checks() {  # FILE DESCRIPTION EXPRESSION [DESCRIPTION EXPRESSION]...: one python run, an ok/FAIL line each
  local line
  while IFS= read -r line; do
    case $line in
      "ok: "*) ok "${line#ok: }" ;;
      "FAIL: "*) bad "${line#FAIL: }" ;;
      *) echo "$line" ;;
    esac
  done < <(py checks "$@" 2>&1)
}
json_ok() { pyrun -c 'import json,sys; json.load(sys.stdin)' <"$1" && py json "$1"; }
secs_since() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }'; }
jsonl_ok() { py jsonl "$1"; }
names() {  # names KIND PATH: stderr of the last run has "tally: KIND: PATH: ..."
  grep -qF "tally: $1: $2: " "$work/err"
}

# The binary is copied first: another build in the same tree may relink it while this runs (a half-written
# binary is retried). The copy finds the same alias tables (no ../share/tally beside either).
chmod 755 "$work"  # the run as user nobody below executes the copy
mkdir -p "$work/bin"
for _ in $(seq 1 30); do
  if [[ -x $tally ]] && cp "$tally" "$work/bin/tally" 2>/dev/null && "$work/bin/tally" --version >/dev/null 2>&1; then break; fi
  rm -f "$work/bin/tally"
  sleep 2
done
if [[ ! -x $work/bin/tally ]]; then
  bad "tally binary not found or not executable: $tally"
  echo "$pass passed, $fail failed, $skipped skipped"
  exit 1
fi
tally=$work/bin/tally
cd "$work" || exit 1
mkdir -p bad good

# The good files, and their observations when each is run alone.
goods=("$data"/*.txt)
for f in "${goods[@]}"; do cp "$f" "good/$(basename "$f")"; done
g1=$data/001_caa18f420dc33469.txt  # header date, 6 observations, plain ASCII
g3=$data/003_571d01ea9ddcbcb0.txt  # dated from the text, 4 observations
for f in "${goods[@]}"; do
  "$tally" extract -q -j1 "$f" >"good/$(basename "$f").alone.jsonl"
done

# ---------------------------------------------------------------------------------------------------------
if [[ $big == 1 ]]; then
  # Large inputs: they must finish (timeout), stay valid, find the tallies around the monster and keep peak
  # memory bounded. A whole article is decoded and tokenized in memory, so peak RSS grows with the size of
  # the largest single file; the bound is linear: at most MEM_FACTOR (default 32) bytes of RSS per input byte
  # plus 64 MB. Measured on the reference build (32-byte tokens): ~13 bytes per byte for prose (most of it the
  # observations' evidence), ~31 for punctuation-dense text (a token every byte: token_url.txt). The 200 MB file is also run at a
  # quarter of its size: RSS(200 MB) / RSS(50 MB) must stay <= 5 (4 is linear), whatever the factor.
  mem_factor=${MEM_FACTOR:-32}
  tv=""
  if [[ -x /usr/bin/time ]] && /usr/bin/time -v true 2>/dev/null; then tv=/usr/bin/time; fi
  [[ -z $tv ]] && skip "peak-memory checks: /usr/bin/time -v is not available (Debian package 'time')"
  pyrun - "$data" <<'PY' || bad "could not generate the large inputs"
import glob, sys
data = sys.argv[1]
parts = [open(f, encoding='utf-8').read() for f in sorted(glob.glob(data + '/*.txt'))]
parties = ['PTI', 'PML-N', 'PPP', 'MQM-P', 'JUI-F', 'ANP', 'BAP', 'IPP']
# ~200 MB of article-like text in one file: the samples over and over, each round with one more varying count
def article_like(path, size):
    with open(path, 'w', encoding='utf-8') as f:
        n = i = 0
        while n < size:
            blk = '\n\n'.join(parts) + (f'\n\nIn a later count, {parties[i % 8]} won {i % 250 + 1} seats, '
                                        'according to the Election Commission of Pakistan.\n\n')
            f.write(blk)
            n += len(blk.encode())
            i += 1
article_like('big_200mb.txt', 200_000_000)
article_like('big_50mb.txt', 50_000_000)
# one line of ~30 MB: the samples' sentences joined by spaces, no line break until the end
sent = ' '.join(p.replace('\n', ' ') for p in parts)
with open('line_30mb.txt', 'w', encoding='utf-8') as f:
    n = 0
    while n < 30_000_000:
        f.write(sent + ' ')
        n += len(sent.encode()) + 1
    f.write('\n')
# tokens of several million characters between two tallies
pre = ' date 2024-02-09 PTI won 90 seats.\n\n'
post = '\n\nPPP won 54 seats.\n'
n = 8_000_000
open('token_letters.txt', 'w').write(pre + 'a' * n + post)
open('token_capital.txt', 'w').write(pre + 'Q' + 'x' * n + ' Party won 5 seats.' + post)
open('token_digits.txt', 'w').write(pre + 'PML-N won ' + '7' * n + ' seats.' + post)
open('token_hyphens.txt', 'w').write(pre + '-'.join(['ab'] * (n // 3)) + post)
open('token_url.txt', 'w').write(pre + 'https://example.org/' + 'a/b.c?d=e&' * (n // 10) + post)
open('token_utf8.txt', 'w', encoding='utf-8').write(pre + 'é' * (n // 2) + post)
PY
  declare -A rss
  big_case() {  # FILE LIMIT_SECONDS FORMAT CHECK_EXPR
    local f=$1 limit=$2 fmt=$3 expr=$4 size
    size=$(stat -c %s "$f")
    local start
    start=$(date +%s.%N)
    if [[ -n $tv ]]; then
      timeout -k 5 "$limit" "$tv" -v "$tally" $fmt -q -j1 "$f" >"$work/out" 2>"$work/err"
    else
      timeout -k 5 "$limit" "$tally" $fmt -q -j1 "$f" >"$work/out" 2>"$work/err"
    fi
    rc=$?
    local secs
    secs=$(secs_since "$start")
    if [[ $rc == 124 || $rc == 137 ]]; then bad "$f ($size bytes): no result after ${limit}s"; return; fi
    if [[ $rc == 0 ]]; then ok "$f ($size bytes): exit 0 (${secs}s; hang guard ${limit}s)"; else bad "$f: exit $rc ($(grep -v '^\s' "$work/err" | head -c 300))"; fi
    if [[ $fmt == extract ]]; then
      cp "$work/out" "$work/big.jsonl"
      check "$f: every output line is valid JSON" jsonl_ok "$work/big.jsonl"
      check "$f: the tallies around it are found" py assert "$work/big.jsonl" "$expr"
    else
      cp "$work/out" "$work/big.json"
      check "$f: the JSON is valid" json_ok "$work/big.json"
      check "$f: the counts are found" py assert "$work/big.json" "$expr"
    fi
    if [[ -n $tv ]]; then
      local kb
      kb=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$work/err")
      rss[$f]=$kb
      local limit_kb=$((size / 1024 * mem_factor + 65536))
      if [[ -n $kb ]] && ((kb <= limit_kb)); then
        ok "$f: peak RSS $((kb / 1024)) MB <= $((limit_kb / 1024)) MB ($mem_factor x input + 64 MB)"
      else
        bad "$f: peak RSS $((${kb:-0} / 1024)) MB > $((limit_kb / 1024)) MB ($mem_factor x input + 64 MB)"
      fi
    fi
  }
  sample_counts='any(p["party"] == "Independents" and p["seats"] == 92 for g in d["summary"] for p in g["parties"]) and not d["errors"]'
  # The limits only guard against a hang: a normal build takes 4.6 s, 21 s, 4.2 s and at most 1.4 s for these
  # (2026-12-07, 2 shared cores), the ASan build about 3 times that; no check here depends on the time.
  big_case big_50mb.txt 600 "--format json" "$sample_counts"
  big_case big_200mb.txt 1200 "--format json" "$sample_counts"
  if [[ -n ${rss[big_50mb.txt]:-} && -n ${rss[big_200mb.txt]:-} ]]; then
    ratio=$(pyrun -c "print(f'{${rss[big_200mb.txt]} / ${rss[big_50mb.txt]}:.2f}')")
    check "peak RSS grows linearly with the file: RSS(200 MB) / RSS(50 MB) = $ratio <= 5" \
      pyrun -c "import sys; sys.exit(0 if $ratio <= 5 else 1)"
  fi
  # (the samples of 2018 and 2024 in one article dated 2018: PPP's 50 may be set aside as more than the chamber)
  big_case line_30mb.txt 600 "--format json" \
    'any(p["party"] == "PPP" and p["seats"] == 50 for g in d["summary"] for p in g["parties"] + [dict(a["claim"], party=a["party"]) for a in g["set_aside"]])'
  around='{(o["party"], o["seats"]) for o in obs} >= {("PTI", 90), ("PPP", 54)} and all(0 <= o["seats"] <= 100000 for o in obs)'
  for f in token_letters.txt token_capital.txt token_digits.txt token_hyphens.txt token_url.txt token_utf8.txt; do
    big_case "$f" 300 extract "$around"
  done
  echo "$pass passed, $fail failed, $skipped skipped"
  [[ $fail == 0 ]]
  exit
fi

# ---------------------------------------------------------------------------------------------------------
# Generate the bad inputs (bad/*.txt are text-ish files that are read; the others are kept apart).
pyrun - "$data" <<'PY' || bad "could not generate the bad inputs"
import glob, os, random, sys
data = sys.argv[1]
g1 = open(data + '/001_caa18f420dc33469.txt', 'rb').read()
g3 = open(data + '/003_571d01ea9ddcbcb0.txt', 'rb').read()
rnd = random.Random(5)
def w(name, b):
    with open(name, 'wb') as f:
        f.write(b if isinstance(b, bytes) else b.encode('utf-8'))

w('bad/empty.txt', b'')
# binary: random bytes (not starting with a BOM), and text behind the magic numbers of common binary formats
w('bad/binary_random.txt', b'\x00\x01' + bytes(rnd.randrange(256) for _ in range(8192)))
w('bad/binary_controls.txt', b'PTI won 90 seats.' + b'\x01\x02\x03\x04\x05\x06\x07\x08' * 400)
for ext, magic in [('png', b'\x89PNG\r\n\x1a\n'), ('pdf', b'%PDF-1.4\n'), ('gzip', b'\x1f\x8b\x08\x00'),
                   ('elf', b'\x7fELF\x02\x01\x01'), ('zip', b'PK\x03\x04')]:
    w(f'bad/binary_{ext}.txt', magic + g1)
# NUL bytes inside text: two spaces of a paragraph without tallies become NUL (same length: same spans)
i = g1.index(b'condemned')
w('bad/nul_two.txt', g1[:i - 1] + b'\x00' + g1[i:].replace(b'Thursday included', b'Thursday\x00included', 1))
j = g1.index(b'Notably')
w('bad/nul_run.txt', g1[:j] + b'\x00' * 64 + g1[j:])
# invalid UTF-8: stray continuation bytes, overlong forms, surrogates, truncated sequences, 0xFF/0xFE
junk = b'\xc3 \xa0\xa1 \xe2\x41\xa1 \xf0\x41\x8c\xbc \xc0\xaf \xed\xa0\x80 \xf8\x88\x80\x80\x80 \xff\xfe\xfd '
w('bad/invalid_utf8.txt', g1[:j] + junk + g1[j:] + b'\xe2\x82')
# ... inside a tally sentence: the evidence must still be valid UTF-8 in the JSON
# (no byte 0x28 in the junk: "\xc3\x28" is "Ã(" and an unclosed bracket hides the rest of its sentence)
w('bad/invalid_utf8_evidence.txt', b' date 2024-02-09 Officials (\xff\xfe \xc3\x41 \x80\xbf) said PTI won 90 seats.\n')
# UTF-16 with a BOM: same observations (and spans) as the UTF-8 file
for tag, src in [('g1', g1), ('g3', g3)]:
    t = src.decode('utf-8')
    w(f'bad/utf16le_{tag}.txt', b'\xff\xfe' + t.encode('utf-16-le'))
    w(f'bad/utf16be_{tag}.txt', b'\xfe\xff' + t.encode('utf-16-be'))
t = g1.decode('utf-8')
w('bad/utf16le_broken.txt', b'\xff\xfe' + t[:400].encode('utf-16-le') + b'\x00\xd8A\x00' + b'\x00\xdc'
  + t[400:].encode('utf-16-le') + b'\x41')  # unpaired surrogates and an odd trailing byte
w('bad/utf8_bom.txt', b'\xef\xbb\xbf' + g1)
# Latin-1: accented letters around and inside a tally sentence; the UTF-8 version is the reference
lat = (' date 2024-02-09 Le résultat à Québec, selon la Commission électorale: l\'Élysée reste calme. '
       'Meanwhile, according to the Election Commission of Pakistan, the PML-N won 75 seats, '
       'said Señor Müller of the Société Générale.\n\nPPP secured 54 seats, the café owner said.\n')
w('latin1_ref.txt', lat.encode('utf-8'))
w('bad/latin1.txt', lat.encode('latin-1'))
# CRLF and CR line ends
w('bad/crlf_g1.txt', g1.replace(b'\n', b'\r\n'))
w('bad/cr_g1.txt', g1.replace(b'\n', b'\r'))
w('bad/crlf_g3.txt', g3.replace(b'\n', b'\r\n'))
# brackets: deep nesting and unbalanced runs; a tally before, a tally in the next paragraph
n = 100_000
pre, post = ' date 2024-02-09 PTI won 90 seats.\n\n', '\n\nPPP won 54 seats.\n'
w('bad/brackets_nested.txt', pre + '(' * n + 'the count went on' + ')' * n + '.' + post)
w('bad/brackets_nested_mixed.txt', pre + '([{' * n + 'the count' + '}])' * n + post)
w('bad/brackets_open.txt', pre + '([{<' * n + post)
w('bad/brackets_close.txt', pre + ')]}>' * n + post)
w('bad/brackets_quotes.txt', pre + '"' * n + '\u201c\u201d' * n + "'" * n + post)
w('bad/brackets_interleaved.txt', pre + 'And ( so [ it { went ) on ] and } ' * (n // 8) + post)
# hundreds of thousands of numbers: one sentence, a bare run, and many short sentences
m = 300_000
w('bad/numbers_one_sentence.txt', pre + 'The tallies were ' + ', '.join(str(i) for i in range(m)) + '.' + post)
w('bad/numbers_bare.txt', pre + ' '.join(str(i * 7919 % 100000) for i in range(m)) + post)
w('bad/numbers_one_party.txt', pre + 'ANP won ' + ', '.join(str(i % 1000) for i in range(m)) + ' seats.' + post)
w('bad/numbers_decimals.txt', pre + ' '.join(f'{i}.{i % 10}%' for i in range(m // 2)) + post)
# a very long list of parties before "respectively": 3000 parties from an --aliases table, and unknown names
def acr(i):
    s, i = '', i + 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return 'Q' + s + 'X'
def name(i):
    syl = ['ka', 'lo', 'mi', 'ra', 'tu', 'ven', 'sor', 'dal', 'pen', 'gor', 'bri', 'zan']
    s, i = '', i + 1
    while i:
        i, r = divmod(i - 1, len(syl))
        s = syl[r] + s
    return (s + 'an').capitalize()
k = 3000
w('aliases.tsv', ''.join(f'{acr(i)}\tPK\t#123456\t{name(i)} Union\t{acr(i)}|{name(i)} Union\n' for i in range(k)))
def resp(ps, seats):
    return (pre + ', '.join(ps[:-1]) + ' and ' + ps[-1] + ' won ' + ', '.join(map(str, seats[:-1]))
            + ' and ' + str(seats[-1]) + ' seats, respectively.' + post)
w('bad/respectively_3000.txt', resp([acr(i) for i in range(k)], [i % 250 + 1 for i in range(k)]))
w('bad/respectively_100.txt', resp([acr(i) for i in range(100)], [i % 250 + 1 for i in range(100)]))
w('bad/respectively_10.txt', resp([acr(i) for i in range(10)], [i + 1 for i in range(10)]))
w('bad/respectively_unknown_10.txt', resp([name(i) + ' Party' for i in range(10)], [i + 1 for i in range(10)]))
w('bad/respectively_mismatch.txt', resp([acr(i) for i in range(500)], [i % 250 + 1 for i in range(499)]))
# absurd, negative and overflowing numbers, one party a paragraph
absurd = [('PTI', '99999999999999999999 seats'), ('PML-N', '18446744073709551617 seats'),
          ('MQM-P', '4294967297 seats'), ('PML-Q', '-5 seats'), ('IPP', '1e300 seats'),
          ('JUI-F', 'ninety-nine quintillion seats'), ('TLP', '1,000,000,000,000,000,000,000 seats'),
          ('BNP', '340282366920938463463374607431768211457 seats')]
w('bad/absurd.txt', ' date 2024-02-09 ' + '\n\n'.join(f'{p} won {s}.' for p, s in absurd) + '\n\nPPP won 54 seats.\n')
w('bad/absurd_ratio.txt', ' date 2024-02-09 JI won 300 of the 272 seats.\n\nBAP won between 900 and 10 seats.\n\n'
  'PPP won 54 seats.\n')
w('bad/absurd_words.txt', ' date 2024-02-09 ANP won 99000 seats.\n\nGDA won ninety-nine thousand seats.\n\n'
  'PPP won 54 seats.\n')
# impossible header dates (and, for reference, a real leap day)
body = 'PTI won 90 seats in the National Assembly, the Election Commission of Pakistan said.\n'
for tag, d in [('feb30', '2024-02-30'), ('month13', '2024-13-01'), ('feb29_2023', '2023-02-29'),
               ('zero', '0000-00-00'), ('day32', '2024-01-32')]:
    w(f'bad/date_{tag}.txt', f' date {d} ' + body)
w('bad/date_feb30_dateline.txt', ' date 2024-02-30 ISLAMABAD, Feb 9, 2024 (Reuters) - ' + body)
w('date_leap.txt', ' date 2024-02-29 ' + body)
PY

# ---------------------------------------------------------------------------------------------------------
echo "# inputs that cannot be read"
run 30 "$tally" --format json "$g1" "$work/nope.txt"
want_rc "a missing path" 1
check "a missing path: stderr names it" names error "$work/nope.txt"
check "a missing path: JSON valid, error listed, the good file processed" py assert "$work/out" \
  "d['errors'] == [{'path': '$work/nope.txt', 'message': 'No such file or directory'}] and len(d['documents'][0]['observations']) == 6"
run 30 "$tally" extract "$work/nope.txt" "$g1"
want_rc "a missing path (extract)" 1
cp out missing.jsonl
check "a missing path (extract): an error record, the good file's observations unchanged" \
  py assert missing.jsonl "errs == [{'record': 'error', 'path': '$work/nope.txt', 'message': 'No such file or directory'}] and len(obs) == 6"

mkdir -p emptydir walkdir/sub/deeper
cp "$g1" walkdir/sub/deeper/a.txt
cp "$g1" walkdir/sub/notes.md
run 30 "$tally" --format json emptydir
want_rc "a directory without *.txt files" 0
check "a directory without *.txt files: valid JSON, no documents" py assert out "d['documents'] == [] and d['errors'] == []"
run 30 "$tally" extract -q walkdir
want_rc "a directory given as input" 0
cp out walkdir.jsonl
check "a directory given as input is walked: the same observations as its file" \
  py same "good/$(basename "$g1").alone.jsonl" "$g1" walkdir.jsonl walkdir/sub/deeper/a.txt
check "a directory given as input: only *.txt files are read" py assert walkdir.jsonl "len(docs) == 1"

# A file without read permission, and an unreadable directory. Root reads everything, so as root the binary
# runs as user nobody (setpriv) on copies in a world-readable directory.
as_user=()
if [[ $(id -u) == 0 ]]; then
  if command -v setpriv >/dev/null && setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
    as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
  fi
fi
if [[ $(id -u) == 0 && ${#as_user[@]} == 0 ]]; then
  skip "unreadable file: running as root and cannot switch to user nobody with setpriv"
else
  shared=$(mktemp -d)
  chmod 755 "$shared"
  cp "$g1" "$shared/good.txt"
  cp "$g1" "$shared/locked.txt"
  mkdir "$shared/lockeddir"
  cp "$g1" "$shared/lockeddir/inside.txt"
  chmod 644 "$shared/good.txt"
  chmod 000 "$shared/locked.txt"
  chmod 000 "$shared/lockeddir"
  run 30 "${as_user[@]}" "$tally" extract "$shared/good.txt"
  if [[ $rc != 0 ]]; then
    skip "unreadable file: the binary does not run as user nobody (exit $rc: $(head -c 200 "$work/err"))"
  else
    run 30 "${as_user[@]}" "$tally" --format json "$shared/locked.txt" "$shared/good.txt"
    want_rc "a file without read permission" 1
    check "a file without read permission: stderr names it (Permission denied)" \
      grep -qF "tally: error: $shared/locked.txt: Permission denied" "$work/err"
    check "a file without read permission: JSON valid, error listed, the good file processed" py assert out \
      "d['errors'] == [{'path': '$shared/locked.txt', 'message': 'Permission denied'}] and len(d['documents']) == 1 and len(d['documents'][0]['observations']) == 6"
    run 30 "${as_user[@]}" "$tally" --format json "$shared/lockeddir" "$shared/good.txt"
    want_rc "a directory without read permission" 1
    check "a directory without read permission: stderr names it" names error "$shared/lockeddir"
    check "a directory without read permission: JSON valid, the good file processed" py assert out \
      "len(d['documents']) == 1 and len(d['documents'][0]['observations']) == 6"
    run 30 "${as_user[@]}" "$tally" extract "$shared/lockeddir/inside.txt" "$shared/good.txt"
    want_rc "a file inside a directory without permission" 1
    check "a file inside a directory without permission: the error says Permission denied, not missing" \
      grep -qF "tally: error: $shared/lockeddir/inside.txt: Permission denied" "$work/err"
  fi
fi

# ---------------------------------------------------------------------------------------------------------
echo "# bad files, one at a time (extract; then beside the good files)"
# read_ok FILE [DESCRIPTION EXPRESSION]...: the last run exited 0 and printed valid JSON lines with one document
# record for FILE and no error record; then each EXPRESSION holds on those lines (one python run for all).
read_ok() {
  local f=$1
  shift
  want_rc "$f" 0
  cp "$work/out" "$work/last.jsonl"
  checks "$work/last.jsonl" "$f: valid JSON lines, one document record" \
    "len(docs) == 1 and docs[0]['path'] == '$f' and not errs" "$@"
}
# warns FILE TEXT: stderr names the file in a warning containing TEXT. warned TEXT: the JSON has that warning.
warns() { check "$1: warning \"$2\" on stderr, naming the file" has_warning "$1" "$2"; }
warned() { echo "any('$1' in x for x in docs[0]['warnings'])"; }
has_warning() { grep -F "tally: warning: $1: " "$work/err" | grep -qF "$2"; }
no_stderr() { [[ ! -s $work/err ]]; }
alone() { echo "good/$(basename "$1").alone.jsonl"; }

run 30 "$tally" extract bad/empty.txt
check "an empty file: nothing on stderr" no_stderr
read_ok bad/empty.txt "an empty file: a document without observations" "docs[0]['observation_count'] == 0 and obs == []"
run 30 "$tally" --format json bad/empty.txt
check "an empty file alone: valid JSON summary" json_ok out

for f in bad/binary_*.txt; do
  run 30 "$tally" extract "$f"
  warns "$f" "binary file skipped"
  read_ok "$f" "$f: warning \"binary file skipped\" in the JSON" "$(warned "binary file skipped")" \
    "$f: no observations from a binary file" "obs == []"
done
run 30 "$tally" extract -q bad/binary_random.txt
check "-q keeps the binary warning off stderr" no_stderr

run 30 "$tally" extract bad/nul_two.txt
warns bad/nul_two.txt "2 NUL characters read as spaces"
read_ok bad/nul_two.txt "NUL bytes: the warning is in the JSON" "$(warned "2 NUL characters read as spaces")" \
  "NUL bytes inside text: the same observations (and spans) as without them" \
  "same_as('$(alone "$g1")', '$g1', 'bad/nul_two.txt')"
run 30 "$tally" extract bad/nul_run.txt
warns bad/nul_run.txt "64 NUL characters read as spaces"
read_ok bad/nul_run.txt "a run of NUL bytes: the same observations (spans aside)" \
  "same_as('$(alone "$g1")', '$g1', 'bad/nul_run.txt', spans=False)"

run 30 "$tally" extract bad/invalid_utf8.txt
warns bad/invalid_utf8.txt "bytes of invalid UTF-8 read as Latin-1"
read_ok bad/invalid_utf8.txt "invalid UTF-8: the warning is in the JSON" "$(warned "bytes of invalid UTF-8 read as Latin-1")" \
  "invalid UTF-8: the same observations (spans aside)" \
  "same_as('$(alone "$g1")', '$g1', 'bad/invalid_utf8.txt', spans=False)"
run 30 "$tally" --format json bad/invalid_utf8.txt bad/invalid_utf8_evidence.txt
want_rc "invalid UTF-8 (summary)" 0
check "invalid UTF-8: the JSON summary is valid (strict UTF-8)" json_ok out
run 30 "$tally" extract bad/invalid_utf8_evidence.txt
read_ok bad/invalid_utf8_evidence.txt \
  "invalid UTF-8 inside a tally sentence: the tally is found, its evidence is valid UTF-8" \
  "[(o['party'], o['seats']) for o in obs] == [('PTI', 90)] and 'Officials' in obs[0]['evidence']"
badname=$(printf 'bad/name_\xff\xfe.txt')
cp "$g1" "$badname"
run 30 "$tally" extract "$badname"
want_rc "a file name that is not UTF-8" 0
cp out last.jsonl
checks last.jsonl "a file name that is not UTF-8: valid JSON lines, 6 observations" "len(docs) == 1 and len(obs) == 6"
rm -f "$badname"

for tag in g1 g3; do
  src=$g1
  [[ $tag == g3 ]] && src=$g3
  for enc in LE BE; do
    f=bad/utf16${enc,,}_$tag.txt
    run 30 "$tally" extract "$f"
    warns "$f" "decoded from UTF-16$enc"
    read_ok "$f" "$f: the same observations and spans as the UTF-8 file" "same_as('$(alone "$src")', '$src', '$f')" \
      "$f: the same date as the UTF-8 file" "docs[0]['date'] == load_jsonl('$(alone "$src")')[0]['date']"
  done
done
run 30 "$tally" extract bad/utf16le_broken.txt
warns bad/utf16le_broken.txt "unpaired UTF-16 surrogates replaced"
warns bad/utf16le_broken.txt "odd trailing byte dropped"
read_ok bad/utf16le_broken.txt
run 30 "$tally" extract bad/utf8_bom.txt
read_ok bad/utf8_bom.txt "UTF-8 with a BOM: the same observations and spans" \
  "same_as('$(alone "$g1")', '$g1', 'bad/utf8_bom.txt')"

run 30 "$tally" extract -q latin1_ref.txt
cp out latin1_ref.jsonl
run 30 "$tally" extract bad/latin1.txt
warns bad/latin1.txt "bytes of invalid UTF-8 read as Latin-1"
read_ok bad/latin1.txt "Latin-1: the same observations, spans and evidence as the UTF-8 text" \
  "same_as('latin1_ref.jsonl', 'latin1_ref.txt', 'bad/latin1.txt')" \
  "Latin-1: the accented evidence is decoded" "any('Société Générale' in o['evidence'] for o in obs)"

for f in bad/crlf_g1.txt bad/cr_g1.txt bad/crlf_g3.txt; do
  src=$g1
  [[ $f == *g3* ]] && src=$g3
  run 30 "$tally" extract "$f"
  check "$f: nothing on stderr" no_stderr
  read_ok "$f" "$f: the same observations as LF (byte spans aside)" "same_as('$(alone "$src")', '$src', '$f', spans=False)"
done

# Pathological text: it must run to the end, and the tallies in the paragraphs before and after must be found.
# The 20 s limit only guards against a hang (a run takes at most 0.25 s here, about 1 s under ASan); the time
# printed is for information. How the work grows with such inputs is checked in counted instructions, not
# time, by growth.sh.
around="{(o['party'], o['seats']) for o in obs} >= {('PTI', 90), ('PPP', 54)}"
# One clause never gives one party several different counts (a list without "respectively" pairs nothing).
one_count='all(len({o["seats"] for o in obs if o["party"] == p and o["evidence"] == e}) == 1 for p, e in {(o["party"], o["evidence"]) for o in obs})'
for f in bad/brackets_*.txt bad/numbers_*.txt; do
  start=$(date +%s.%N)
  run 20 "$tally" extract -q -j1 "$f"
  secs=$(secs_since "$start")
  read_ok "$f" "$f: ran to the end (${secs}s; hang guard 20s); the tallies around it are found" "$around" \
    "$f: no party gets several counts from one clause" "$one_count"
done

# Parties of the list come from an --aliases table (QAX, QBX, ...), so that every name is known.
run 30 "$tally" extract -q bad/respectively_10.txt --aliases aliases.tsv
read_ok bad/respectively_10.txt "respectively, 10 parties: each party gets its own number" \
  "[(o['party'], o['seats']) for o in obs if o['party'].startswith('Q')] == [('Q' + chr(65 + i) + 'X', i + 1) for i in range(10)]"
for n in 100 3000; do
  f=bad/respectively_$n.txt
  start=$(date +%s.%N)
  run 20 "$tally" extract -q -j1 "$f" --aliases aliases.tsv
  secs=$(secs_since "$start")
  # Either every party of the list gets its own number, or the list is left alone: never a wrong pairing.
  read_ok "$f" "$f: ran to the end (${secs}s; hang guard 20s); the tallies around it are found" "$around" \
    "$f: no party gets several counts from one clause" "$one_count" \
    "$f: each party of the list gets its own number, or none" \
    "all(o['seats'] == sorted({x['party'] for x in obs if x['party'].startswith('Q')}, key=lambda p: (len(p), p)).index(o['party']) % 250 + 1 for o in obs if o['party'].startswith('Q')) if len({o['party'] for o in obs if o['party'].startswith('Q')}) == $n else not any(o['party'].startswith('Q') for o in obs)"
done
run 30 "$tally" extract -q bad/respectively_mismatch.txt --aliases aliases.tsv
read_ok bad/respectively_mismatch.txt \
  "respectively with 500 parties and 499 numbers: no party of the list gets a number" \
  "not any(o['party'].startswith('Q') for o in obs) and $around"
run 30 "$tally" extract -q bad/respectively_unknown_10.txt
read_ok bad/respectively_unknown_10.txt \
  "respectively, 10 unknown '... Party' names: no party gets several counts" "$one_count" \
  "respectively, 10 unknown '... Party' names: two names joined by 'and' are not one party" \
  "not any(' and ' in o['party'] for o in obs)"

run 30 "$tally" extract -q bad/absurd.txt
absurd_checks=()
for p in PTI PML-N MQM-P PML-Q IPP JUI-F TLP BNP; do
  line=$(grep -a "^\( date 2024-02-09 \)\?$p won " bad/absurd.txt | sed 's/^ date 2024-02-09 //')
  absurd_checks+=("absurd number \"$line\": no count for $p" "not any(o['party'] == '$p' for o in obs)")
done
read_ok bad/absurd.txt "${absurd_checks[@]}" \
  "absurd numbers: the sane count beside them is kept; every count is within 0..100000" \
  "('PPP', 54) in [(o['party'], o['seats']) for o in obs] and all(0 <= o['seats'] <= 100000 and (o['seats_max'] is None or o['seats_max'] <= 100000) for o in obs)"
run 30 "$tally" extract -q bad/absurd_ratio.txt
read_ok bad/absurd_ratio.txt \
  "\"JI won 300 of the 272 seats\": not two counts for JI, never the chamber size as its count" \
  "[o['seats'] for o in obs if o['party'] == 'JI'] in ([], [300])" \
  "\"BAP won between 900 and 10 seats\": a reversed range is not two exact counts" \
  "len([o for o in obs if o['party'] == 'BAP']) <= 1"
run 30 "$tally" extract -q bad/absurd_words.txt
read_ok bad/absurd_words.txt "\"99000 seats\" and \"ninety-nine thousand seats\" are treated alike" \
  "any(o['party'] == 'ANP' for o in obs) == any(o['party'] == 'GDA' for o in obs)"

for f in bad/date_*.txt; do
  run 30 "$tally" extract "$f"
  warns "$f" "the date header names an impossible date; ignored"
  read_ok "$f" "$f: the impossible date is not used; the tally is still found" \
    "docs[0]['date_source'] != 'header' and docs[0]['date'] != '$(sed -n 's/^ date \([^ ]*\) .*/\1/p' "$f")' and [(o['party'], o['seats']) for o in obs] == [('PTI', 90)]" \
    "$f: the warning is in the JSON" "$(warned "the date header names an impossible date; ignored")"
done
run 30 "$tally" extract -q bad/date_feb30_dateline.txt
read_ok bad/date_feb30_dateline.txt "an impossible header falls back to the dateline" \
  "docs[0]['date'] == '2024-02-09' and docs[0]['date_source'] == 'dateline'"
run 30 "$tally" extract date_leap.txt
read_ok date_leap.txt "a real leap day in the header is used (2024-02-29)" \
  "docs[0]['date'] == '2024-02-29' and docs[0]['date_source'] == 'header'"

# ---------------------------------------------------------------------------------------------------------
echo "# good files beside each bad file"
# Each bad file between the good files (the aliases table only where the respectively files need it): every
# good file's observations are the same as when it runs alone, and the run exits 0.
beside_fail=0
for f in bad/*.txt; do
  extra=()
  [[ $f == bad/respectively_* ]] && extra=(--aliases aliases.tsv)
  run 30 "$tally" extract -q -j2 "${goods[@]:0:3}" "$f" "${goods[@]:3}" "${extra[@]}"
  if [[ $rc != 0 ]]; then
    bad "beside $f: exit $rc"
    beside_fail=1
    continue
  fi
  cp out beside.jsonl
  py beside beside.jsonl "${goods[@]}" || { bad "beside $f: the good files' observations changed"; beside_fail=1; }
done
[[ $beside_fail == 0 ]] && ok "every good file's observations are the same alone and beside each of $(ls bad/*.txt | wc -l) bad files"

# ---------------------------------------------------------------------------------------------------------
echo "# properties: order, threads, standard input"
# All good and bad files plus a missing path; not the respectively ones (they need the aliases table) and not
# the large pathological ones (brackets_*, numbers_*: run alone and beside the good files above) to keep the
# six runs fast.
mix=()
for f in bad/*.txt; do [[ $f == bad/respectively_* || $f == bad/brackets_* || $f == bad/numbers_* ]] || mix+=("$f"); done
mix+=("${goods[@]}" "$work/nope.txt")
run 60 "$tally" --format json -q -j2 "${mix[@]}"
cp out order1.json
want_rc "the mix of good, bad and missing files" 1
check "the mix: valid JSON" json_ok order1.json
mapfile -t reversed < <(printf '%s\n' "${mix[@]}" | sort -r)
mapfile -t shuffled < <(printf '%s\n' "${mix[@]}" | pyrun -c 'import random,sys; l=sys.stdin.read().split("\n")[:-1]; random.Random(7).shuffle(l); print("\n".join(l))')
run 60 "$tally" --format json -q -j2 "${reversed[@]}"
check "the same files in reverse order give the same JSON" cmp -s order1.json out
run 60 "$tally" --format json -q -j2 "${shuffled[@]}"
check "the same files shuffled give the same JSON" cmp -s order1.json out
run 60 "$tally" --format json -q -j1 "${shuffled[@]}"
check "--threads 1 equals --threads 2 (JSON summary)" cmp -s order1.json out
run 60 "$tally" extract -q -j1 "${mix[@]}"
cp out t1.jsonl
run 60 "$tally" extract -q -j2 "${mix[@]}"
check "--threads 1 equals --threads 2 (extract)" cmp -s t1.jsonl out
run 60 "$tally" reconcile --format json t1.jsonl
check "extract | reconcile of the mix equals the direct run (documents and summary)" pyrun -c '
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
sys.exit(0 if (a["summary"], [d["path"] for d in a["documents"]]) == (b["summary"], [d["path"] for d in b["documents"]]) else 1)' order1.json out

# Standard input. "-" is one document whatever it contains: a file piped in equals the file (its path aside).
# Concatenated articles (cat a b | tally -) become ONE document: the first header dates all of it and the
# later " date" headers are plain text, so dates, elections and spans differ from the separate runs and the
# summary is not comparable. What stays meaningful is the extraction itself: the list of observations
# (party, text, seats, qualifier, basis, source, status, coverage, chamber, evidence) in order, which must be
# the per-file lists one after the other. Plain `cat a b` joins the last sentence of a file that lacks a final
# newline (002 does) to the first sentence of the next, changing that evidence; so the files are separated
# by a blank line, as articles in one stream would be.
for g in "$g1" "$g3"; do
  run 30 "$tally" extract -q - <"$g"
  cp out stdin.jsonl
  check "standard input equals the file ($(basename "$g")): observations, spans and date" \
    py same "good/$(basename "$g").alone.jsonl" "$g" stdin.jsonl -
done
for g in "${goods[@]}"; do cat "$g"; printf '\n\n'; done | "$tally" extract -q - >cat.jsonl 2>"$work/err"
rc=$?
want_rc "the samples concatenated on standard input" 0
for g in "${goods[@]}"; do cat "good/$(basename "$g").alone.jsonl"; done >separate.jsonl
check "concatenated on standard input: one document; the same observations (dates and spans aside) in order" pyrun -c '
import json, sys
def load(p):
    recs = [json.loads(l) for l in open(p)]
    keys = ("party", "party_text", "seats", "seats_max", "qualifier", "basis", "source", "source_kind", "status",
            "coverage", "chamber", "chamber_seats", "historical", "evidence")
    return [r for r in recs if r["record"] == "document"], [tuple(json.dumps(r[k]) for k in keys) for r in recs if r["record"] == "observation"]
cd, co = load(sys.argv[1]); sd, so = load(sys.argv[2])
sys.exit(0 if len(cd) == 1 and co == so and co else 1)' cat.jsonl separate.jsonl

# ---------------------------------------------------------------------------------------------------------
echo "# reconcile: malformed observation lines"
"$tally" extract -q "${goods[@]}" >obs_good.jsonl
pyrun - <<'PY'
import json
lines = open('obs_good.jsonl').read().split('\n')[:-1]
obs = [i for i, l in enumerate(lines) if '"record":"observation"' in l]
def write(name, ls, end='\n'):
    open(name, 'wb').write(('\n'.join(ls) + end).encode('utf-8', 'surrogateescape'))
def variant(name, index, new):  # replace line index (0-based); the reference drops it
    write(f'rec_{name}.jsonl', lines[:index] + [new] + lines[index + 1:])
    write(f'ref_{name}.jsonl', lines[:index] + lines[index + 1:])
    open(f'line_{name}', 'w').write(str(index + 1))
def edit(i, f):
    r = json.loads(lines[i]); f(r); return json.dumps(r)
i = obs[3]
variant('malformed', 2, '{"record":"observation", "party": broken')
variant('seats_string', i, edit(i, lambda r: r.update(seats=str(r['seats']))))
variant('seats_1e300', i, lines[i].replace('"seats":%d,' % json.loads(lines[i])['seats'], '"seats":1e300,'))
variant('seats_huge', i, lines[i].replace('"seats":%d,' % json.loads(lines[i])['seats'], '"seats":99999999999999999999,'))
variant('seats_negative', i, edit(i, lambda r: r.update(seats=-5)))
variant('span_negative', i, edit(i, lambda r: r.update(span={'begin': -5, 'end': 3})))
variant('span_string', i, edit(i, lambda r: r.update(span='0-10')))
variant('party_number', i, edit(i, lambda r: r.update(party=42)))
variant('coverage_wrong', i, edit(i, lambda r: r.update(coverage={'declared': 'many', 'total': None})))
variant('date_impossible', i, edit(i, lambda r: r.update(date='2024-02-30')))
variant('not_object', 2, '[1, 2, 3]')
variant('deep_array', 2, '[' * 100000 + ']' * 100000)
variant('deep_object', 2, '{"a":' * 100000 + '1' + '}' * 100000)
variant('invalid_utf8', 2, '{"record":"observation","party":"\udcff\udcfe"}')
variant('unknown_record', 2, '{"record":"frobnicate"}')
# a truncated last line (no newline at the end): the reference is the file without it
write('rec_truncated.jsonl', lines[:-1] + [lines[-1][:len(lines[-1]) // 2]], end='')
write('ref_truncated.jsonl', lines[:-1])
open('line_truncated', 'w').write(str(len(lines)))
# blank lines are not errors
write('rec_blank.jsonl', [''] + lines[:5] + ['', '   '] + lines[5:] + [''])
PY
for f in rec_*.jsonl; do
  name=${f#rec_}
  name=${name%.jsonl}
  [[ $name == blank ]] && continue
  line=$(cat "line_$name")
  run 30 "$tally" reconcile --format json "$f"
  cp out rec.json
  want_rc "reconcile, $name (line $line)" 1
  check "reconcile, $name: the error names $f:$line" grep -qF "tally: error: $f:$line: " "$work/err"
  check "reconcile, $name: one error line on stderr" test "$(grep -c . "$work/err")" = 1
  run 30 "$tally" reconcile --format json "ref_$name.jsonl"
  check "reconcile, $name: valid JSON; the other lines are used (same summary as without the bad line)" pyrun -c '
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
sys.exit(0 if a["summary"] == b["summary"] and a["documents"] == b["documents"] and a["summary"] else 1)' rec.json out
done
run 30 "$tally" reconcile --format jsonl rec_malformed.jsonl
check "reconcile --format jsonl after a malformed line: valid JSON lines" jsonl_ok out
run 30 "$tally" reconcile --format json rec_blank.jsonl
want_rc "reconcile, blank lines" 0
run 30 "$tally" reconcile --format json obs_good.jsonl
check "reconcile, blank lines are skipped" cmp -s out <("$tally" reconcile --format json rec_blank.jsonl)
run 30 "$tally" reconcile --format json rec_malformed.jsonl - <rec_seats_string.jsonl
want_rc "reconcile, two bad sources (file and standard input)" 1
check "reconcile, standard input's bad line is named as -:$(cat line_seats_string)" grep -qF "tally: error: -:$(cat line_seats_string): " "$work/err"
run 30 "$tally" reconcile --format json "$work/nope.jsonl" obs_good.jsonl
want_rc "reconcile, a missing file" 1
check "reconcile, a missing file: named once on stderr" test "$(grep -cF "tally: error: $work/nope.jsonl: No such file or directory" "$work/err")" = 1
check "reconcile, a missing file: in the JSON errors" py assert out "[e['path'] for e in d['errors']] == ['$work/nope.jsonl'] and d['summary']"
run 30 "$tally" reconcile --format json emptydir obs_good.jsonl
want_rc "reconcile, a directory given as input" 1
check "reconcile, a directory given as input: the error names it" names error emptydir
run 30 "$tally" reconcile --format json bad/empty.txt
want_rc "reconcile, an empty file" 0
check "reconcile, an empty file: valid JSON, no groups" py assert out "d['summary'] == [] and d['errors'] == []"

# ---------------------------------------------------------------------------------------------------------
echo "# closed pipes and failed writes"
mkdir -p many
pyrun -c '
import os, shutil, sys
for i in range(60):
    for g in sys.argv[1:]:
        shutil.copyfile(g, f"many/{i}_{os.path.basename(g)}")' "${goods[@]}"
"$tally" extract -q many >many.jsonl
for args in "extract many" "--format json many" "--format jsonl many" "--format csv many" "many" \
            "timeline --format json many" "reconcile --format json many.jsonl" "reconcile many.jsonl"; do
  # shellcheck disable=SC2086
  timeout -k 5 60 "$tally" $args 2>"$work/err" | head -1 >/dev/null
  rc=${PIPESTATUS[0]}
  if [[ ! -s $work/err && ($rc == 0 || $rc == 141) ]]; then
    ok "tally $args | head -1 ends quietly (exit $rc)"
  else
    bad "tally $args | head -1: exit $rc, stderr: $(head -c 200 "$work/err")"
  fi
done
if [[ -w /dev/full ]]; then
  for args in "extract many" "--format json many" "--format csv many" "many" "reconcile --format json many.jsonl" \
              "extract $g1"; do
    # shellcheck disable=SC2086
    timeout -k 5 60 "$tally" $args >/dev/full 2>"$work/err"
    rc=$?
    if [[ $rc == 3 ]] && grep -q '^tally: error: ' "$work/err"; then
      ok "tally $args > /dev/full: exit 3 with a message"
    else
      bad "tally $args > /dev/full: exit $rc, stderr: $(head -c 200 "$work/err")"
    fi
  done
else
  skip "failed writes: /dev/full is not writable here"
fi

echo "$pass passed, $fail failed, $skipped skipped"
[[ $fail == 0 ]]
