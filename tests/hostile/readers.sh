#!/usr/bin/env bash
# Hostile input for the readers of web pages and JSON Lines feeds, end to end with the real tally binary.
#
#   tests/hostile/readers.sh TALLY_BINARY SOURCE_DIR           the normal cases (about a minute)
#   tests/hostile/readers.sh TALLY_BINARY SOURCE_DIR --big     a 100 MB page, a feed line of 50 MB, a feed of a
#                                                             million lines: each must finish, stay valid, find its
#                                                             tallies and stay bounded in peak memory
#   tests/hostile/readers.sh TALLY_BINARY SOURCE_DIR --growth  linear growth of the readers' work on pathological
#                                                             pages and lines, in instructions counted by valgrind
#                                                             (cachegrind), never in seconds
#
# Never a crash, never a hang (each run is killed past a generous limit: a hang, not a slow machine), always
# valid JSON, every message naming its file (and a feed's line), the documented exit status, and the sample
# articles beside the bad input giving their usual tallies. Generated inputs live in a mktemp -d directory
# removed on exit. Each check prints "ok: ..." or "FAIL: ..." ("skip: ..." when the machine cannot run it); the
# last line counts them and the exit status is non-zero if any check failed.
set -u
set -o pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 TALLY_BINARY SOURCE_DIR [--big|--growth]" >&2
  exit 2
fi
tally=$(realpath "$1")
root=$(realpath "$2")
mode=${3:-normal}
export NO_COLOR=1
export LC_ALL=C.UTF-8

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
cd "$work" || exit 2

pass=0
fail=0
skipped=0
ok() { echo "ok: $1"; pass=$((pass + 1)); }
bad() { echo "FAIL: $1"; fail=$((fail + 1)); }
skip() { echo "skip: $1"; skipped=$((skipped + 1)); }
check() {
  local what=$1
  shift
  if "$@"; then ok "$what"; else bad "$what"; fi
}
rc=0
run() {  # LIMIT CMD...: stdout in out, stderr in err, status in $rc; killed past LIMIT seconds (a hang)
  local limit=$1
  shift
  timeout -k 5 "$limit" "$@" >out 2>err
  rc=$?
  if [[ $rc == 124 || $rc == 137 ]]; then echo "   (killed after ${limit}s: $*)"; fi
}
want_rc() {
  local what=$1
  shift
  for s in "$@"; do
    if [[ $rc == "$s" ]]; then ok "$what: exit $rc"; return; fi
  done
  bad "$what: exit $rc, wanted $* (stderr: $(head -c 300 err | tr '\n' ' '))"
}
json_ok() { python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$1" 2>/dev/null; }
jsonl_ok() { python3 -c 'import json, sys; all(json.loads(l) is not None for l in open(sys.argv[1]))' "$1" 2>/dev/null; }
# py FILE EXPR: the JSON report in FILE (as j) makes EXPR true
py() { python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); sys.exit(0 if eval(sys.argv[2]) else 1)' "$1" "$2"; }

samples=("$root"/data/*.txt)
"$tally" extract "${samples[@]}" 2>/dev/null | grep '"record":"observation"' | sort >samples.obs

# the samples' observations are in this extract output, unchanged
samples_unchanged() { grep '"record":"observation"' "$1" | grep -F '"document":"'"$root"'/data/' | sort | cmp -s - samples.obs; }

# bad INPUT DESCRIPTION STATUS [tally options...]: INPUT beside the samples: no crash, valid JSON and JSON Lines,
# the samples unchanged, the documented status
beside_samples() {
  local input=$1 what=$2 status=$3
  shift 3
  run 120 "$tally" --format json "$@" "$input" "${samples[@]}"
  want_rc "$what" "$status"
  cp out report.json
  check "$what: valid JSON" json_ok report.json
  run 120 "$tally" extract "$@" "$input" "${samples[@]}"
  cp out extract.jsonl
  check "$what: valid JSON Lines from extract" jsonl_ok extract.jsonl
  check "$what: the sample articles beside it give their usual tallies" samples_unchanged extract.jsonl
}

if [[ $mode == normal ]]; then
  # --- web pages ---------------------------------------------------------------------------------------------
  python3 -c "print('<html><body><article><p>The PPP won 54 seats.</p>\n' + '<div>' * 100000 + 'deep' + '</div>' * 100000)" >deep.html
  beside_samples deep.html "100,000 nested elements" 0
  check "nested elements: a warning names the file and the line where the parser stopped" \
    grep -qF "tally: warning: deep.html: the HTML parser stopped at line 2 (elements nested more than 256 deep); the page is read up to there" err
  check "nested elements: the text before the deep part is read" \
    py report.json 'any("PPP won 54" in o["evidence"] for d in j["documents"] if d["path"] == "deep.html" for o in d["observations"])'

  python3 -c "print('<html><body>' + '<div>' * 250 + '<p>The PPP won 54 seats.</p>' + '</span></b></td>' * 100000)" >stray.html
  beside_samples stray.html "300,000 stray end tags 250 elements deep" 0
  python3 -c "print('<p><b><i><a href=x><font><table><tr><td>' * 20000 + 'PPP 54')" >unclosed.html
  beside_samples unclosed.html "160,000 unclosed elements" 0
  python3 -c "print('<p ' + ' '.join('a%d=\"v\"' % i for i in range(200000)) + '>The PPP won 54 seats.</p>')" >attributes.html
  beside_samples attributes.html "a tag of 200,000 attributes" 0
  check "attributes: a warning names the file and the line of the tag" \
    grep -qF "tally: warning: attributes.html: line 1: 1 tag has more than 64 attributes; the rest were not read" err

  printf '<p>PPP &#99999999999; &#x; &#xD800; &#0; &amp &bogus; &; &#x1F5F3; &lt;&gt &nbsp</p>%.0s' $(seq 1 2000) >entities.html
  beside_samples entities.html "broken entities" 0
  printf '<meta charset="windows-1252"><title>Caf\xe9</title><p>Caf\xe9 \x93quoted\x94 \xff\xfe PPP 54</p>' >latin1.html
  beside_samples latin1.html "a page in Latin-1 declaring windows-1252" 0
  check "Latin-1 page: a warning names the file" grep -qF "tally: warning: latin1.html: " err
  check "Latin-1 page: the title is valid UTF-8, decoded" py report.json 'any(d["title"] == "Caf\u00e9" for d in j["documents"])'
  python3 -c "import sys; sys.stdout.buffer.write('<title>UTF-16 page</title><p>The PPP won 54 seats.</p>'.encode('utf-16'))" >utf16.html
  beside_samples utf16.html "a UTF-16 page" 0
  check "UTF-16 page: decoded, its title read" py report.json 'any(d["title"] == "UTF-16 page" for d in j["documents"])'
  head -c 300000 /dev/urandom >random.html
  beside_samples random.html "random bytes named .html" 0
  python3 -c "print('<html><head><script type=\"application/ld+json\">' + '[' * 500000 + '</script></head><p>x</p>')" >ld.html
  beside_samples ld.html "a JSON-LD script nested 500,000 deep" 0
  printf '<p>one\0two \0\0 PPP 54</p>' >nul.html
  beside_samples nul.html "NUL bytes in a page" 0

  # --- feeds ------------------------------------------------------------------------------------------------
  {
    printf '{"id": 1, "text": "raw NUL \0 inside a string: the PPP won 54 seats", "date": "2024-02-09"}\n'
    printf '{"id": 2, "text": "invalid UTF-8 \xff\xfe\xc3 inside: caf\xe9", "date": "2024-02-09"}\n'
    printf '{"id": 3, "text": "escaped \\u0000 NUL and a lone \\ud800 surrogate"}\n'  # an error: not JSON
    printf '\0\0\0\0garbage\xff\n'
    printf '{"id": 5, "text": "a raw \x01 control character"}\n'
    printf '[1, 2, 3]\n'
    printf '{"id": 7, "text": ["not", "a", "string"]}\n'
    printf '{"id": 8, "title": "no text"}\n'
    printf '{"id": 9, "text": "fine", "date": "yesterday", "url": "https://example.com/2024/02/30/x"}\n'
    python3 -c "print('{\"nested\": ' + '[' * 300000 + ']' * 300000 + ', \"text\": \"deep but fine\"}')"
    printf '{"id": 11, "text": "truncated, no end'
  } >bad.jsonl
  beside_samples bad.jsonl "a feed of bad lines" 1
  for l in 3 4 5 6 7 8 11; do
    check "bad feed: line $l is an error naming bad.jsonl:$l" grep -qF "tally: error: bad.jsonl:$l: " err
  done
  check "bad feed: the raw NUL line is read, with a warning naming bad.jsonl:1" \
    grep -qF "tally: warning: bad.jsonl:1: 1 NUL characters read as spaces" err
  check "bad feed: the invalid UTF-8 line is read as Latin-1, with a warning naming bad.jsonl:2" \
    grep -qF "tally: warning: bad.jsonl:2: 4 bytes of invalid UTF-8 read as Latin-1" err
  check "bad feed: lines 1, 2, 9 and 10 are documents" \
    py report.json 'sorted(d["path"] for d in j["documents"] if d["path"].startswith("bad.jsonl:")) == ["bad.jsonl:1", "bad.jsonl:10", "bad.jsonl:2", "bad.jsonl:9"]'
  check "bad feed: the PPP count of line 1 is read past its NUL" \
    py report.json 'any(o["seats"] == 54 for d in j["documents"] if d["path"] == "bad.jsonl:1" for o in d["observations"])'
  check "bad feed: an impossible URL date dates nothing; a bad date field is a warning" \
    grep -qF "tally: warning: bad.jsonl:9: field 'date' is not a date ('yesterday'); ignored" err

  printf '\xff\xfe{\0"\0t\0"\0:\0' >utf16.jsonl
  beside_samples utf16.jsonl "a UTF-16 feed" 1
  check "UTF-16 feed: the error names the file" grep -qF "tally: error: utf16.jsonl: a JSON Lines feed must be UTF-8; this one is UTF-16" err
  : >empty.jsonl
  beside_samples empty.jsonl "an empty feed" 0
  head -c 200000 /dev/urandom >random.jsonl
  beside_samples random.jsonl "random bytes named .jsonl" 1
  mkdir -p unreadable
  echo '{"text": "x"}' >unreadable/locked.jsonl
  chmod 000 unreadable/locked.jsonl
  if [[ $(id -u) != 0 ]]; then
    beside_samples unreadable/locked.jsonl "an unreadable feed" 1
  else
    skip "an unreadable feed: root reads every file"
  fi
fi

if [[ $mode == --big ]]; then
  tv=$(command -v /usr/bin/time || true)
  mem_factor=${MEM_FACTOR:-32}
  # peak RSS (KB) of the last timed run: tally extract FILE > out, under /usr/bin/time -v
  timed() {
    local file=$1
    shift
    if [[ -n $tv ]]; then
      timeout -k 5 900 "$tv" -v "$tally" extract -q "$@" "$file" >out 2>time.log
      rc=$?
      kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' time.log)
    else
      timeout -k 5 900 "$tally" extract -q "$@" "$file" >out 2>time.log
      rc=$?
      kb=""
    fi
  }
  bounded() {  # WHAT FILE: peak RSS within mem_factor bytes per input byte (+ 64 MB)
    local size limit_kb
    size=$(stat -c %s "$2")
    limit_kb=$((size * mem_factor / 1024 + 65536))
    if [[ -z $kb ]]; then
      skip "$1: peak RSS (/usr/bin/time -v is not available)"
    elif ((kb <= limit_kb)); then
      ok "$1: peak RSS $((kb / 1024)) MB <= $((limit_kb / 1024)) MB ($mem_factor x input + 64 MB)"
    else
      bad "$1: peak RSS $((kb / 1024)) MB > $((limit_kb / 1024)) MB ($mem_factor x input + 64 MB)"
    fi
  }
  python3 - <<'PY'
para = ("<p>ISLAMABAD, Feb 9 (Reuters) - Counting went on in %d constituencies, officials said; the PML-N had 75 "
        "seats and the PPP 54, the Election Commission of Pakistan said.</p>\n")
chrome = "<div class=ad><script>var x = %d;</script><nav><a href=/x>Link %d</a></nav><aside>Most read %d</aside></div>\n"
with open("big.html", "w") as f:
    f.write("<html><head><title>Big</title><meta property='article:published_time' content='2024-02-09'></head>"
            "<body><article>\n")
    size, i = 0, 0
    while size < 100_000_000:
        s = (para % i) if i % 3 else (chrome % (i, i, i))
        f.write(s)
        size, i = size + len(s), i + 1
    f.write("</article></body></html>\n")
text = ("The PML-N had 75 seats and the PPP 54, the Election Commission of Pakistan said. " * 700000)[:50_000_000]
import json
with open("line.jsonl", "w") as f:
    f.write(json.dumps({"id": "big", "date": "2024-02-09", "text": text}) + "\n")
    f.write('{"id": "small", "date": "2024-02-10", "text": "The PPP won 54 seats, the Election Commission of Pakistan said."}\n')
with open("line.txt", "w") as f:  # the same article as a text file
    f.write(" date 2024-02-09 " + text)
with open("million.jsonl", "w") as f:
    for i in range(1_000_000):
        f.write('{"id":%d,"date":"2024-02-%02d","text":"The PPP won %d seats, the Election Commission of Pakistan said."}\n'
                % (i, 1 + i % 28, 1 + i % 200))
PY
  timed big.html -j1
  want_rc "a 100 MB page" 0
  check "100 MB page: valid JSON Lines" jsonl_ok out
  check "100 MB page: its counts found, dated from its metadata" \
    bash -c 'grep -q "\"date_source\":\"metadata\"" out && grep -q "\"seats\":75" out && ! grep -q "Most read" out'
  bounded "100 MB page" big.html
  # A line of 50 MB of dense counts: the extraction of that text costs what it costs in a text file (about 36
  # bytes of peak RSS per byte here); the feed may add the line, its parsed string and the text (3 x 50 MB).
  timed line.txt -j1
  text_kb=$kb
  timed line.jsonl -j1
  want_rc "a feed line of 50 MB" 0
  check "50 MB line: valid JSON Lines, both lines read" \
    bash -c "python3 -c 'import json; all(json.loads(l) is not None for l in open(\"out\"))' && grep -q '\"path\":\"line.jsonl:1\"' out && grep -q '\"path\":\"line.jsonl:2\"' out"
  if [[ -n $kb && -n $text_kb ]]; then
    limit_kb=$((text_kb + 3 * 50 * 1024 + 65536))
    if ((kb <= limit_kb)); then
      ok "50 MB line: peak RSS $((kb / 1024)) MB <= the same text as a file ($((text_kb / 1024)) MB) + 3 x 50 MB + 64 MB"
    else
      bad "50 MB line: peak RSS $((kb / 1024)) MB > the same text as a file ($((text_kb / 1024)) MB) + 3 x 50 MB + 64 MB"
    fi
  fi
  timed million.jsonl -j2
  want_rc "a feed of a million lines" 0
  check "million lines: a million documents and a million counts" \
    test "$(grep -c '"record":"document"' out) $(grep -c '"record":"observation"' out)" == "1000000 1000000"
  if [[ -n $kb ]]; then
    # read line by line into a store that spills: memory does not grow with the feed (the bench figure for
    # 100,000 text articles is 28 MB)
    if ((kb <= 128 * 1024)); then ok "million lines: peak RSS $((kb / 1024)) MB <= 128 MB"; else bad "million lines: peak RSS $((kb / 1024)) MB > 128 MB"; fi
  fi
fi

if [[ $mode == --growth ]]; then
  # Instructions counted by cachegrind at sizes N and 4N, less those of an empty input: a linear reader gives a
  # ratio near 4, a quadratic one 16; the check fails above 6. Seconds are never measured.
  vg=$(command -v valgrind || true)
  if [[ -z $vg ]] || ! "$vg" --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null true >/dev/null 2>&1; then
    skip "growth: valgrind (cachegrind) is not available"
  else
    instructions() {  # FILE: instructions of tally extract -j1 -q FILE
      timeout -k 5 900 "$vg" --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        "$tally" extract -j1 -q "$1" 2>&1 >/dev/null | sed -n 's/.*I[[:space:]]*refs:[[:space:]]*//p' | tr -d ','
    }
    : >empty.html
    : >empty.jsonl
    base_html=$(instructions empty.html)
    base_jsonl=$(instructions empty.jsonl)
    gen() {  # NAME N: writes NAME.EXT for size N
      python3 - "$1" "$2" <<'PY'
import sys
name, n = sys.argv[1], int(sys.argv[2])
pages = {
    "stray": lambda: "<body>" + "<div>" * 250 + "<p>PPP 54</p>" + "</span>" * n,
    "attributes": lambda: "<p " + " ".join("a%d=v" % i for i in range(n)) + ">PPP 54</p>",
    "unclosed_p": lambda: "<body>" + "<p>x" * n,
    "cells": lambda: "<body>" + "<td>x" * n,
    "formatting": lambda: "<body>" + "".join("<b id=%d>x" % i for i in range(n)),
    "entities": lambda: "<p>" + "&amp;&bogus;&#1234;&#xD800;" * n,
    "nesting": lambda: "<body>" + "<div>" * n + "x",
    "ld_json": lambda: "<script type='application/ld+json'>" + "[" * n + "</script><p>x</p>",
}
if name == "feed_line":
    open(name + ".jsonl", "w").write('{"text": "' + "PPP won 54 seats. " * n + '", "date": "2024-02-09"}\n')
elif name == "feed_lines":
    open(name + ".jsonl", "w").write('{"text": "x", "id": 1}\n' * n)
else:
    open(name + ".html", "w").write(pages[name]())
PY
    }
    for case in stray:20000 attributes:20000 unclosed_p:20000 cells:20000 formatting:20000 entities:5000 \
                nesting:20000 ld_json:200000 feed_line:20000 feed_lines:5000; do
      name=${case%%:*}
      n=${case#*:}
      ext=html
      base=$base_html
      [[ $name == feed_* ]] && ext=jsonl && base=$base_jsonl
      gen "$name" "$n" && mv "$name.$ext" "small.$ext"
      gen "$name" $((4 * n)) && mv "$name.$ext" "large.$ext"
      small=$(instructions "small.$ext")
      large=$(instructions "large.$ext")
      if [[ -z $small || -z $large || -z $base ]]; then
        bad "growth $name: no instruction count (valgrind failed or timed out)"
        continue
      fi
      verdict=$(python3 -c "s, l, b = $small - $base, $large - $base, $base; r = l / s if s > 0 else 0; print('%.2f %s' % (r, 'ok' if r <= 6 else 'bad'))")
      if [[ ${verdict#* } == ok ]]; then
        ok "growth $name: instructions(4N) / instructions(N) = ${verdict% *} <= 6 (N=$n)"
      else
        bad "growth $name: instructions(4N) / instructions(N) = ${verdict% *} > 6 (N=$n): not linear"
      fi
    done
  fi
fi

echo "$pass passed, $fail failed, $skipped skipped"
[[ $fail == 0 ]]
