#!/usr/bin/env python3
"""Validate tests/webdev2/gold.jsonl against tests/webdev2/articles and the tally alias tables.

Copied from tests/webdev/check_gold.py, with these changes for the second web-layout development set:
- paths point at this folder (articles/, gold.jsonl); the tables come from $TALLY_TABLES or
  data/tables (run from the project's root);
- the files are w2NNN_<cc>.txt, w2001-w2040;
- articles are 600-3000 bytes;
- every claim line carries "scope" as its LAST key (null for a count of the whole chamber, else the
  name of the region the count covers, as written in the article);
- canonical names are checked against the article's country:
  - a chamber written as an alias of a chamber of the article's country must be that chamber's
    canonical name, and a table canonical of another country is accepted only when the article
    itself uses that name ("National Assembly" in Guyana and Botswana);
  - a party or source written as an alias (not the canonical) of a table entry of the article's
    country or of '*' must be the canonical name;
  - a party canonical that belongs only to other countries (NG's "PDP" in a Trinidad article) is
    accepted only when the article itself uses that name;
- --stats also prints the distribution of statuses, qualifiers, source kinds, chambers and the
  numbers of historical, coverage and scoped claims.

Kept from tests/webdev/check_gold.py:
- coverage may have "total": null ("results for 436 ... announced": declared 436, total unknown);
- the duplicate check includes the scope;
- a number may touch letters (flattened tables such as "Japan223 68 291", "MPsLabour"),
  it only may not touch other digits.

Usage:  python3 tests/webdev2/check_gold.py [--stats]   (from the project's root)
        python3 tests/webdev2/check_gold.py --corpus tests/webdev3 --prefix w3 [--first 1] --last 50 [--stats]
Exits 0 when the gold file is clean, 1 when any problem is found.
Standard library only.
"""
import collections
import datetime
import json
import os
import re
import sys

def _option(name, default):
    # --corpus DIR --prefix wN --last N let a later web-layout corpus (tests/webdev3) share this validator
    if name in sys.argv:
        i = sys.argv.index(name)
        if i + 1 < len(sys.argv):
            return sys.argv[i + 1]
    return default


HERE = _option('--corpus', os.path.dirname(os.path.abspath(__file__)))
PREFIX = _option('--prefix', 'w2')
ARTICLES = os.path.join(HERE, 'articles')
GOLD = os.path.join(HERE, 'gold.jsonl')
GOLD_NAME = os.path.basename(GOLD)
TABLES = os.environ.get('TALLY_TABLES', 'data/tables')  # run from the project's root

DOC_KEYS = ['type', 'file', 'date', 'country', 'tallies']
CLAIM_KEYS = ['type', 'file', 'party', 'party_text', 'seats', 'seats_max', 'qualifier', 'chamber',
              'source', 'source_kind', 'status', 'coverage', 'historical']
CLAIM_KEYS_SCOPE = CLAIM_KEYS + ['scope']
QUALIFIERS = {'exact', 'at_least', 'more_than', 'at_most', 'less_than', 'about', 'range'}
STATUSES = {'provisional', 'unofficial', 'official', 'final', 'projected', 'unknown'}
KINDS = {'electoral_body', 'observer', 'pollster', 'media', 'unknown'}
FILE_RE = re.compile('^' + re.escape(PREFIX) + r'(\d{3})_[a-z]{2}\.txt$')


def country_of_file(name):
    """The country code of an article file name: the two letters after the underscore (w2001_in.txt, w10001_ee.txt)."""
    return name.split('_', 1)[1][:2]
FIRST, LAST = int(_option('--first', '1')), int(_option('--last', '40'))

problems = []


def problem(msg):
    problems.append(msg)


def read_table(name):
    rows = []
    with open(os.path.join(TABLES, name), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            rows.append(line.rstrip('\n').split('\t'))
    return rows


UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
         'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
         'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']


def words(n):
    """English spellings of n (< 1000), with and without 'and', hyphenated or spaced."""
    if n < 20:
        return [UNITS[n]]
    if n < 100:
        t, u = divmod(n, 10)
        return [TENS[t]] if u == 0 else [TENS[t] + '-' + UNITS[u], TENS[t] + ' ' + UNITS[u]]
    if n < 1000:
        h, r = divmod(n, 100)
        head = UNITS[h] + ' hundred'
        if r == 0:
            return [head]
        return [head + ' and ' + w for w in words(r)] + [head + ' ' + w for w in words(r)]
    return []


def number_in_text(n, text):
    forms = [str(n), '{:,}'.format(n)] + words(n)
    if n == 12:
        forms.append('dozen')
    for form in forms:
        if form[0].isdigit():
            pat = r'(?<![\d,.])' + re.escape(form) + r'(?![\d])'
        else:
            pat = r'(?<![\w,.])' + re.escape(form) + r'(?![\w])'
        if re.search(pat, text, re.I):
            return True
    return False


def main():
    stats = '--stats' in sys.argv
    parties = read_table('parties.tsv')
    sources = read_table('sources.tsv')
    chambers = read_table('chambers.tsv')
    party_canon = {r[0] for r in parties}
    source_kind = {r[0]: r[1] for r in sources}
    # country-aware lookups: canonical -> countries, (country, lower-case alias) -> canonical
    party_countries = collections.defaultdict(set)
    party_alias = {}
    for r in parties:
        party_countries[r[0]].add(r[1])
        for a in (r[4].split('|') if len(r) > 4 and r[4] else []):
            party_alias.setdefault((r[1], a.lstrip('~').lower()), r[0])
    source_alias = {}
    for r in sources:
        for a in (r[3].split('|') if len(r) > 3 and r[3] else []):
            source_alias.setdefault((r[2], a.lstrip('~').lower()), r[0])
    chamber_country = {r[0]: r[1] for r in chambers}
    chamber_alias = {}
    for r in chambers:
        for a in [r[0]] + (r[4].split('|') if len(r) > 4 and r[4] else []):
            chamber_alias.setdefault((r[1], a.lower()), r[0])

    article_files = []
    for f in sorted(os.listdir(ARTICLES)):
        m = FILE_RE.match(f)
        if m and FIRST <= int(m.group(1)) <= LAST:
            article_files.append(f)
        elif f.endswith('.txt') and not m:
            problem(f'{f}: file name does not match {PREFIX}NNN_xx.txt')
    texts = {}
    for f in article_files:
        with open(os.path.join(ARTICLES, f), 'rb') as fh:
            raw = fh.read()
        if not 600 <= len(raw) <= 3000:
            problem(f'{f}: size {len(raw)} bytes is outside 600-3000')
        try:
            texts[f] = raw.decode('utf-8')
        except UnicodeDecodeError:
            problem(f'{f}: not UTF-8')
            texts[f] = raw.decode('utf-8', 'replace')

    docs = {}
    claims = collections.defaultdict(list)
    with open(GOLD, encoding='utf-8') as fh:
        for n, line in enumerate(fh, 1):
            where = f'{GOLD_NAME}:{n}'
            if not line.strip():
                problem(f'{where}: empty line')
                continue
            try:
                obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
            except ValueError as e:
                problem(f'{where}: bad JSON ({e})')
                continue
            kind = obj.get('type')
            if kind == 'document':
                if list(obj.keys()) != DOC_KEYS:
                    problem(f'{where}: document keys {list(obj.keys())} != {DOC_KEYS}')
                    continue
                f = obj['file']
                if f in docs:
                    problem(f'{where}: second document line for {f}')
                docs[f] = obj
                if f not in texts:
                    problem(f'{where}: document for missing file {f}')
                if not (isinstance(obj['country'], str) and re.fullmatch(r'[A-Z]{2}', obj['country'])):
                    problem(f'{where}: bad country {obj["country"]!r}')
                elif f in texts and country_of_file(f) != obj['country'].lower():
                    problem(f'{where}: country {obj["country"]} does not match file name')
                if not (isinstance(obj['tallies'], int) and obj['tallies'] >= 0):
                    problem(f'{where}: bad tallies {obj["tallies"]!r}')
                d = obj['date']
                if d is not None:
                    try:
                        datetime.date.fromisoformat(d)
                    except (TypeError, ValueError):
                        problem(f'{where}: bad date {d!r}')
                if f in texts:
                    m = re.match(r' date (\d{4}-\d{2}-\d{2}) ', texts[f])
                    if m and m.group(1) != d:
                        problem(f'{where}: header date {m.group(1)} but gold date {d}')
            elif kind == 'claim':
                if list(obj.keys()) != CLAIM_KEYS_SCOPE:
                    problem(f'{where}: claim keys {list(obj.keys())} != {CLAIM_KEYS_SCOPE}')
                    continue
                f = obj['file']
                claims[f].append((where, obj))
                if f not in texts:
                    problem(f'{where}: claim for missing file {f}')
                    continue
                text = texts[f]
                for key in ('party', 'party_text', 'chamber'):
                    if not (isinstance(obj[key], str) and obj[key].strip()):
                        problem(f'{where}: empty {key}')
                if isinstance(obj['party_text'], str) and obj['party_text'].lower() not in text.lower():
                    problem(f'{where}: party_text {obj["party_text"]!r} not in {f}')
                if obj['party'] not in party_canon and (
                        not isinstance(obj['party_text'], str) or obj['party_text'].lower() not in text.lower()):
                    problem(f'{where}: party {obj["party"]!r} neither in the table nor backed by party_text')
                if obj['party'] not in party_canon and obj['party'].lower() not in text.lower():
                    problem(f'{where}: new party name {obj["party"]!r} does not occur in {f}')
                cc = docs[f]['country'] if f in docs else None
                if isinstance(obj['party'], str):
                    pl = obj['party'].lower()
                    for land in (cc, '*'):
                        canon = party_alias.get((land, pl))
                        if canon and canon != obj['party']:
                            problem(f'{where}: party {obj["party"]!r} is an alias of {canon!r} ({land}): use the canonical')
                    if (obj['party'] in party_canon and not party_countries[obj['party']] & {cc, '*'}
                            and pl not in text.lower()):
                        problem(f'{where}: party {obj["party"]!r} is a canonical of {sorted(party_countries[obj["party"]])} '
                                f'only and does not occur in {f}')
                if isinstance(obj['chamber'], str):
                    ch = obj['chamber']
                    if ch in chamber_country and chamber_country[ch] != cc and ch.lower() not in text.lower():
                        problem(f'{where}: chamber {ch!r} is the table chamber of {chamber_country[ch]}, not {cc}')
                    canon = chamber_alias.get((cc, ch.lower()))
                    if canon and canon != ch:
                        problem(f'{where}: chamber {ch!r} is an alias of {canon!r}: use the canonical')
                if isinstance(obj['source'], str) and obj['source'] not in source_kind:
                    for land in (cc, '*'):
                        canon = source_alias.get((land, obj['source'].lower()))
                        if canon:
                            problem(f'{where}: source {obj["source"]!r} is an alias of {canon!r} ({land}): use the canonical')
                s, smax = obj['seats'], obj['seats_max']
                if not (isinstance(s, int) and not isinstance(s, bool) and s > 0):
                    problem(f'{where}: seats {s!r} is not a positive int')
                elif not number_in_text(s, text):
                    problem(f'{where}: seats {s} not found in {f}')
                if obj['qualifier'] not in QUALIFIERS:
                    problem(f'{where}: bad qualifier {obj["qualifier"]!r}')
                if obj['qualifier'] == 'range':
                    if not (isinstance(smax, int) and isinstance(s, int) and smax > s):
                        problem(f'{where}: range needs seats_max > seats')
                    elif not number_in_text(smax, text):
                        problem(f'{where}: seats_max {smax} not found in {f}')
                elif smax is not None:
                    problem(f'{where}: seats_max must be null unless qualifier is range')
                if obj['status'] not in STATUSES:
                    problem(f'{where}: bad status {obj["status"]!r}')
                if obj['source_kind'] not in KINDS:
                    problem(f'{where}: bad source_kind {obj["source_kind"]!r}')
                src = obj['source']
                if src is None:
                    if obj['source_kind'] != 'unknown':
                        problem(f'{where}: null source needs source_kind unknown')
                else:
                    if obj['source_kind'] == 'unknown':
                        problem(f'{where}: named source {src!r} with source_kind unknown')
                    if src in source_kind:
                        if source_kind[src] != obj['source_kind']:
                            problem(f'{where}: source {src} is {source_kind[src]} in the table')
                    elif src.lower() not in text.lower():
                        problem(f'{where}: new source name {src!r} does not occur in {f}')
                cov = obj['coverage']
                if cov is not None:
                    if not (isinstance(cov, dict) and list(cov.keys()) == ['declared', 'total']
                            and isinstance(cov['declared'], int) and not isinstance(cov['declared'], bool)
                            and (cov['total'] is None or (isinstance(cov['total'], int)
                                                          and not isinstance(cov['total'], bool)))
                            and 0 < cov['declared'] <= (cov['total'] if cov['total'] is not None else cov['declared'])):
                        problem(f'{where}: bad coverage {cov!r}')
                    elif not (number_in_text(cov['declared'], text)
                              and (cov['total'] is None or number_in_text(cov['total'], text))):
                        problem(f'{where}: coverage numbers not found in {f}')
                scope = obj.get('scope')
                if scope is not None:
                    if not (isinstance(scope, str) and scope.strip()):
                        problem(f'{where}: scope must be a non-empty string or null')
                    elif scope.lower() not in text.lower():
                        problem(f'{where}: scope {scope!r} does not occur in {f}')
                if not isinstance(obj['historical'], bool):
                    problem(f'{where}: historical must be true/false')
            else:
                problem(f'{where}: unknown type {kind!r}')

    for f in article_files:
        if f not in docs:
            problem(f'{f}: no document line')
    for f, doc in docs.items():
        if isinstance(doc['tallies'], int) and doc['tallies'] != len(claims.get(f, [])):
            problem(f'{f}: tallies {doc["tallies"]} but {len(claims.get(f, []))} claim lines')
    for f, items in claims.items():
        if f not in docs:
            problem(f'{f}: claims without a document line')
        seen = {}
        for where, c in items:
            key = (c['party'], c['seats'], c['seats_max'], c['chamber'], c['historical'], c['status'], c['source'],
                   c.get('scope'))
            if key in seen:
                problem(f'{where}: duplicate of {seen[key]}')
            seen[key] = where

    if stats or not problems:
        by_country = collections.Counter(country_of_file(f).upper() for f in article_files)
        n_claims = sum(len(v) for v in claims.values())
        free = sum(1 for f in article_files if not claims.get(f))
        dated = sum(1 for f in article_files if texts[f].startswith(' date '))
        print(f'articles: {len(article_files)}  claims: {n_claims}  tally-free: {free}  '
              f'date header: {dated}  null date: {sum(1 for d in docs.values() if d["date"] is None)}')
        print('countries:', ', '.join(f'{k} {v}' for k, v in sorted(by_country.items())))
        all_claims = [c for v in claims.values() for _, c in v]
        for key in ('status', 'qualifier', 'source_kind'):
            cnt = collections.Counter(c[key] for c in all_claims)
            print(f'{key}: ' + ', '.join(f'{k} {v}' for k, v in cnt.most_common()))
        print(f'historical: {sum(1 for c in all_claims if c["historical"])}  '
              f'with coverage: {sum(1 for c in all_claims if c["coverage"])}  '
              f'with a source: {sum(1 for c in all_claims if c["source"])}  '
              f'chambers: {len({(country_of_file(c["file"]), c["chamber"]) for c in all_claims})}')
        print(f'claims with a scope key: {sum(1 for c in all_claims if "scope" in c)}  '
              f'with a region scope: {sum(1 for c in all_claims if c.get("scope"))}  '
              f'coverage with null total: {sum(1 for c in all_claims if c["coverage"] and c["coverage"]["total"] is None)}')
    for p in problems:
        print('PROBLEM:', p, file=sys.stderr)
    if problems:
        print(f'{len(problems)} problem(s)', file=sys.stderr)
        return 1
    print(f'{GOLD_NAME} OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
