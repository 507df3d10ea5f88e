#!/usr/bin/env python3
"""Build a benchmark corpus from the project's real article texts, varied deterministically.

    bench/realtext_corpus.py --kind news --files 40000 --out DIR
    bench/realtext_corpus.py --kind archive --files 40000 --out DIR
    bench/realtext_corpus.py --kind news --files 40000 --root build/realtext   # DIR named by its fingerprint

Sources (paths relative to the repository; a folder that does not exist is skipped):
    tests/realstruct/articles  tests/corpus/articles  tests/corpus2/articles  data/*.txt
    tests/webdev/articles  tests/webdev2/articles

Every output file is one source article with these variations, which keep it a real page:
  * paragraph rotation: the head of the page (the lines up to and including the first paragraph of 120
    bytes or more: junk lines, headline, dateline lead) stays first; the paragraphs after it are rotated
    by r, and a cut never falls after a paragraph ending in ':' (an introduction stays with its list);
    the blank-line separators stay as they were;
  * number swaps: none, one or two pairs of whole numbers of 2 to 999 within a factor of 1.6 of each other
    (75 and 101, not 2 and 266) trade places everywhere in the article, outside dates, years and times;
  * date shift: every date of the article (the ' date YYYY-MM-DD' header, 'February 8, 2024', 'Feb. 11',
    '06 Mar 2023') moves by the same number of days, written in its own style: -30 to +30 days, and -365
    to +365 for the archive's pages without tallies (an archive spans the months around an election);
    weekday names are left as they are;
  * only once an article's combinations of the above are used up: the page cut after a paragraph (wire
    copy trimmed by an outlet), longest first, never into the head;
  * a new name: BUCKET/HASH_STEM.txt, 1,000 files a folder, HASH from (seed, kind, i).
The k-th copy of an article takes the k-th of its combinations in a seeded order (a stride coprime to
their number), so copies are distinct texts as long as there are combinations left; the summary line
counts the distinct texts. Words, lines, layout, paragraph lengths and the numbers next to party names
stay those of the real texts, so the cost profile (bytes, blocks, tokens, candidate sentences) is that of
real pages, while 40,000 files are not a few hundred identical copies.

--kind news: the source articles taken in turn (a seeded shuffle per pass), each equally often.
--kind archive: 90% of the files (nine in each ten, the tenth at a seeded place) are election news without
tallies: the articles whose gold (tests/*/gold.jsonl) has no tally, and the other articles with what could
hold a tally removed (see without_tallies: lines and sentences where a number meets a seat word, a party
name of data/tables/parties.tsv, another number, or a table row); 10% are results stories (the articles
not known to be tally-free, varied as above).

File i depends only on (seed, kind, i, sources): the N corpus is the first N files of the 2N corpus. The
output directory must be missing or empty. A JSON summary goes to standard output and, with --root, to
DIR.json beside the corpus, which marks it complete (a later run with the same fingerprint reuses it).
Bump GENERATOR_VERSION with any change to what is generated: it is part of the fingerprint.
"""

import argparse
import datetime as dt
import hashlib
import json
import math
import os
import random
import re
import sys
import time

GENERATOR_VERSION = 1
SOURCE_DIRS = ["tests/realstruct/articles", "tests/corpus/articles", "tests/corpus2/articles", "data",
               "tests/webdev/articles", "tests/webdev2/articles"]
GOLD_FILES = ["tests/realstruct/gold.jsonl", "tests/corpus/gold.jsonl", "tests/corpus2/gold.jsonl",
              "tests/webdev/gold.jsonl", "tests/webdev2/gold.jsonl"]
PER_DIR = 1000

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_FORMS = {}  # written form (lower case, no dot) -> month number
for number, name in enumerate(MONTHS, 1):
    MONTH_FORMS[name.lower()] = number
    MONTH_FORMS[name[:3].lower()] = number
MONTH_FORMS["sept"] = 9
# Title case and upper case only: 'may 3' in running text is not a date.
MONTH_RE = r"(?:" + "|".join(sorted((f(m) for m in MONTH_FORMS for f in (str.title, str.upper)), key=len,
                                    reverse=True)) + r")"

ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
# 'February 8, 2024', 'Feb. 11', 'Sept 26'
MONTH_DAY = re.compile(r"\b(" + MONTH_RE + r")(\.?)(\s+)(\d{1,2})(?:(,?\s+)((?:19|20)\d\d))?\b(?![-:.]\d)")
# '06 Mar 2023', '8 February', '21 July 2025'
DAY_MONTH = re.compile(r"\b(\d{1,2})(\s+)(" + MONTH_RE + r")(\.?)(?:(,?\s+)((?:19|20)\d\d))?\b")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
TIME = re.compile(r"\b\d{1,2}[:.]\d\d\b")
NUMBER = re.compile(r"(?<![\w.,/-])(\d{1,3})(?![\w%]|[.,/-]?\d)")
NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b",
    re.IGNORECASE)
SEAT_WORD = re.compile(
    r"\b(?:seats?|mps|mnas|mlas|members|lawmakers|legislators|constituencies|ridings|deputies|senators|"
    r"councillors|majority|won|wins|winning|bagged|secured|leads?|leading|ahead|tally|tallies|results?)\b",
    re.IGNORECASE)
LIST_LINE = re.compile(r"^\s*(?:[-*\u2022\u25cf\u25aa>|]|\d+[.)]\s)")


def party_pattern(repo):
    """A regex of every alias of data/tables/parties.tsv (whole words, any case, hyphen = space)."""
    names = set()
    with open(os.path.join(repo, "data/tables/parties.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 5:
                names.update(a.lstrip("~") for a in fields[4].split("|") if a.strip("~ "))
    parts = sorted((re.escape(n).replace("\\-", "[- ]").replace("\\ ", "[- ]") for n in names), key=len,
                   reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def article_sources(repo):
    """The source articles: (relative path, text), sorted by path."""
    out = []
    for folder in SOURCE_DIRS:
        full = os.path.join(repo, folder)
        if not os.path.isdir(full):
            continue
        for name in sorted(os.listdir(full)):
            if name.endswith(".txt") and os.path.isfile(os.path.join(full, name)):
                with open(os.path.join(full, name), "rb") as f:
                    out.append((folder + "/" + name, f.read().decode("utf-8")))
    return out


def tally_free_names(repo):
    """Source paths whose gold document says it holds no tally."""
    free = set()
    for gold in GOLD_FILES:
        path = os.path.join(repo, gold)
        if not os.path.isfile(path):
            continue
        folder = os.path.dirname(gold) + "/articles/"
        with open(path, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if record.get("type") == "document" and record.get("tallies") == 0:
                    free.add(folder + record["file"])
    return free


def fingerprint(repo, sources, kind, seed):
    h = hashlib.sha256(f"v{GENERATOR_VERSION} {kind} {seed}\n".encode())
    with open(os.path.join(repo, "data/tables/parties.tsv"), "rb") as f:  # the archive's filter reads it
        h.update(hashlib.sha256(f.read()).digest())
    for path, text in sources:
        h.update(path.encode() + b"\0" + hashlib.sha256(text.encode()).digest())
    return h.hexdigest()


# ---------------------------------------------------------------------------------------------------------
# Variations
# ---------------------------------------------------------------------------------------------------------

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")


def split_paragraphs(text):
    """(leading text, paragraphs, separators, trailing text): paragraph i is followed by separator i."""
    core = text.strip("\n")
    lead = text[:text.index(core)] if core else text
    trail = text[len(lead) + len(core):]
    paragraphs, separators, at = [], [], 0
    for m in PARAGRAPH_BREAK.finditer(core):
        paragraphs.append(core[at:m.start()])
        separators.append(m.group(0))
        at = m.end()
    paragraphs.append(core[at:])
    return lead, paragraphs, separators, trail


def date_spans(text):
    """Non-overlapping (begin, end, kind, match) of the dates in text, in order."""
    found = []
    for kind, pattern in (("iso", ISO_DATE), ("md", MONTH_DAY), ("dm", DAY_MONTH)):
        for m in pattern.finditer(text):
            found.append((m.start(), m.end(), kind, m))
    found.sort(key=lambda s: (s[0], -s[1]))
    spans, end = [], -1
    for s in found:
        if s[0] >= end:
            spans.append(s)
            end = s[1]
    return spans


def shift_date(kind, m, delta, default_year):
    """The date of match m moved by delta days, written as it was; None when it is not a real date."""
    try:
        if kind == "iso":
            d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return (d + dt.timedelta(days=delta)).isoformat()
        if kind == "md":
            month_text, dot, space, day_text, comma, year_text = m.groups()
        else:
            day_text, space, month_text, dot, comma, year_text = m.groups()
        month = MONTH_FORMS[month_text.lower()]
        d = dt.date(int(year_text) if year_text else default_year, month, int(day_text))
    except (ValueError, KeyError):
        return None
    n = d + dt.timedelta(days=delta)
    full = MONTHS[n.month - 1]
    style = month_text.lower()
    if style == "sept":
        month_out = "Sept" if n.month == 9 else full[:3]
    elif style in (m.lower() for m in MONTHS):
        month_out = full
    else:
        month_out = full[:3]
    if month_text.isupper():
        month_out = month_out.upper()
    if month_out.lower() == "may":
        dot = ""  # 'May.' is not written
    day_out = f"{n.day:02d}" if day_text.startswith("0") else str(n.day)
    year_out = "" if year_text is None else comma + str(n.year)
    if kind == "md":
        return month_out + dot + space + day_out + year_out
    return day_out + space + month_out + dot + year_out


class Source:
    """One source article, analysed once: its paragraphs, the dates and numbers in each, the places a
    rotation may cut, the pairs of numbers that may be swapped. variant(k) gives its k-th variation; the
    variations are numbered so that the first `space` of them are distinct texts, and the next ones
    (trimmed) too, up to space * len(trims)."""

    def __init__(self, path, text, seed, max_shift):
        self.path = path
        self.deltas = 2 * max_shift + 1  # date shifts -max_shift .. +max_shift days
        self.lead, self.paragraphs, self.separators, self.trail = split_paragraphs(text)
        # The year of a date written without one: the header's, else that of the first date with a year.
        header = ISO_DATE.search(text[:40])
        yeared = [m for kind, m in ((s[2], s[3]) for s in date_spans(text)) if kind != "iso" and m.group(6)]
        default_year = int(header.group(1)) if header else int(yeared[0].group(6)) if yeared else 2024
        # Edit sites per paragraph: (begin, end, 'date', (kind, match)) or (begin, end, 'num', value).
        self.sites = []
        values = set()
        for p in self.paragraphs:
            sites = []
            covered = []
            for begin, end, kind, m in date_spans(p):
                covered.append((begin, end))
                sites.append((begin, end, "date", (kind, m)))
            for pattern in (YEAR, TIME):
                covered.extend((m.start(), m.end()) for m in pattern.finditer(p))
            for m in NUMBER.finditer(p):
                if any(b <= m.start() < e for b, e in covered) or m.group(1)[0] == "0":
                    continue
                v = int(m.group(1))
                if 2 <= v <= 999:
                    sites.append((m.start(1), m.end(1), "num", v))
                    values.add(v)
            sites.sort()
            self.sites.append(sites)
        self.has_dates = any(site[2] == "date" for sites in self.sites for site in sites)
        self.default_year = default_year
        # Rotation: the head (up to and including the first paragraph of 120 bytes or more) stays first.
        head = 0
        while head < len(self.paragraphs) and len(self.paragraphs[head]) < 120:
            head += 1
        self.head = min(head + 1, len(self.paragraphs))
        body = self.paragraphs[self.head:]
        self.rotations = [0] + [r for r in range(1, len(body)) if not body[r - 1].rstrip().endswith(":")]
        # Swaps: none, one pair, or two disjoint pairs of numbers within a factor of 1.6.
        ordered = sorted(values)
        pairs = [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:] if b <= 1.6 * a]
        self.swaps = [()] + [(p,) for p in pairs]
        self.swaps += [(p, q) for i, p in enumerate(pairs) for q in pairs[i + 1:] if not set(p) & set(q)][:200]
        self.space = (self.deltas if self.has_dates else 1) * len(self.rotations) * len(self.swaps)
        # Once those are used up: the page cut after its m-th paragraph (wire copy trimmed by an outlet),
        # longest first, never into the head.
        self.trims = [len(self.paragraphs)] + list(range(len(self.paragraphs) - 1, self.head, -1))
        rng = random.Random(f"{seed}:{path}")
        self.offset = rng.randrange(self.space)
        self.stride = 1
        if self.space > 1:  # a stride coprime to the space: variants 0 .. space-1 are all different
            while True:
                self.stride = rng.randrange(1, self.space)
                if math.gcd(self.stride, self.space) == 1:
                    break
        self._dates = {}

    def variant(self, k):
        cycle, k = divmod(k, self.space)
        keep = self.trims[cycle % len(self.trims)]
        v = (self.offset + k * self.stride) % self.space
        if self.has_dates:
            v, d = divmod(v, self.deltas)
            delta = d - self.deltas // 2
        else:
            delta = 0
        v, r = divmod(v, len(self.rotations))
        swap = {}
        for a, b in self.swaps[v]:
            swap[a], swap[b] = b, a
        order = list(range(self.head)) + [self.head + (j + self.rotations[r]) % (len(self.paragraphs) - self.head)
                                          for j in range(len(self.paragraphs) - self.head)]
        out = [self.lead]
        order = order[:keep]
        for slot, i in enumerate(order):
            out.append(self._edited(i, delta, swap))
            if slot < len(order) - 1:
                out.append(self.separators[slot])
        out.append(self.trail)
        return "".join(out)

    def _edited(self, i, delta, swap):
        text, sites = self.paragraphs[i], self.sites[i]
        if not sites or (delta == 0 and not swap):
            return text
        out, at = [], 0
        for begin, end, what, payload in sites:
            if what == "date":
                if delta == 0:
                    continue
                key = (i, begin, delta)
                new = self._dates.get(key)
                if new is None:
                    new = shift_date(payload[0], payload[1], delta, self.default_year) or text[begin:end]
                    self._dates[key] = new
            elif payload in swap:
                new = str(swap[payload])
            else:
                continue
            out.append(text[at:begin])
            out.append(new)
            at = end
        out.append(text[at:])
        return "".join(out)


SENTENCE_END = re.compile(r"(?<=[.!?])([\"\u201d\u2019)]?)\s+(?=[A-Z\"\u201c\u2018(])")


def may_hold_tally(piece, parties, short):
    """A number (digits outside a date, year or time, or a number word) with a seat or result word, a party
    name or a second number; in a short line (a table row, a list item, a caption) any number."""
    plain = piece
    for pattern in (ISO_DATE, MONTH_DAY, DAY_MONTH, YEAR, TIME):
        plain = pattern.sub(" ", plain)
    numbers = len(re.findall(r"\d+", plain)) + len(NUMBER_WORD.findall(plain))
    return numbers > 0 and (short or numbers > 1 or SEAT_WORD.search(plain) is not None or
                            parties.search(plain) is not None)


def without_tallies(text, parties):
    """The article without what could hold a tally: short lines (under 80 characters, or list items) that
    may hold one go whole, and from longer lines (paragraphs of prose) the sentences that may hold one
    (may_hold_tally). Paragraphs ending in ':' (they introduce lists) go too. None when fewer than two
    paragraphs or 300 bytes are left."""
    kept_paragraphs = []
    for p in split_paragraphs(text)[1]:
        lines = []
        for line in p.split("\n"):
            if LIST_LINE.match(line) or len(line.strip()) < 80:
                if not may_hold_tally(line, parties, True):
                    lines.append(line)
                continue
            pieces = SENTENCE_END.split(line)  # sentence, closing mark, sentence, ...
            sentences = [pieces[i] + (pieces[i + 1] if i + 1 < len(pieces) else "") for i in range(0, len(pieces), 2)]
            kept = [x for x in sentences if not may_hold_tally(x, parties, False)]
            if kept:
                lines.append(" ".join(kept))
        if lines and not lines[-1].rstrip().endswith(":"):
            kept_paragraphs.append("\n".join(lines))
    if len(kept_paragraphs) < 2 or sum(len(p) for p in kept_paragraphs) < 300:
        return None
    return "\n\n".join(kept_paragraphs) + "\n"


def stem(path):
    return os.path.splitext(os.path.basename(path))[0]


class Corpus:
    """File i of a corpus: (relative output path, text, pool)."""

    def __init__(self, repo, kind, seed):
        self.kind, self.seed = kind, seed
        sources = article_sources(repo)
        if not sources:
            raise SystemExit("realtext_corpus.py: no source articles found under " + repo)
        self.sources = len(sources)
        self.source_folders = sorted({p.rsplit("/", 1)[0] for p, _ in sources})
        self.fingerprint = fingerprint(repo, sources, kind, seed)
        if kind == "news":
            pools = {"news": sources}
        else:
            free = tally_free_names(repo)
            results = [(p, t) for p, t in sources if p not in free]
            quiet = [(p, t) for p, t in sources if p in free]
            parties = party_pattern(repo)
            for p, t in results:
                body = without_tallies(t, parties)
                if body is not None:
                    quiet.append((p + "#no-tally", body))
            pools = {"quiet": quiet, "results": results}
        # An archive's pages without tallies span two years around the elections; results stories a month.
        shifts = {"news": 30, "results": 30, "quiet": 365}
        self.pools = {name: [Source(p, t, f"{seed}:{kind}", shifts[name]) for p, t in pool]
                      for name, pool in pools.items()}
        self._perms = {}

    def _pick(self, pool_name, n):
        """The n-th article of a pool and its pass: the pool in a seeded order, a new order each pass."""
        pool = self.pools[pool_name]
        k, at = divmod(n, len(pool))
        if self._perms.get(pool_name, (None,))[0] != k:  # one pass per pool kept: files come in order
            order = list(range(len(pool)))
            random.Random(f"{self.seed}:{self.kind}:{pool_name}:{k}").shuffle(order)
            self._perms[pool_name] = (k, order)
        return pool[self._perms[pool_name][1][at]], k

    def pool_of(self, i):
        """(pool, position in the pool) of file i: in archive, one file in each ten, at a seeded place, is a
        results story."""
        if self.kind == "news":
            return "news", i
        tens, unit = divmod(i, 10)
        results_unit = int(hashlib.sha256(f"{self.seed}:{self.kind}:tens:{tens}".encode()).hexdigest(), 16) % 10
        if unit == results_unit:
            return "results", tens
        return "quiet", tens * 9 + unit - (unit > results_unit)

    def file(self, i):
        pool, n = self.pool_of(i)
        source, k = self._pick(pool, n)
        tag = hashlib.sha256(f"{self.seed}:{self.kind}:{i}".encode()).hexdigest()[:8]
        name = f"{i // PER_DIR:04d}/{tag}_{stem(source.path.split('#')[0])}.txt"
        return name, source.variant(k), pool


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kind", choices=["news", "archive"], default="news")
    ap.add_argument("--files", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", help="output directory (missing or empty)")
    ap.add_argument("--root", help="put the corpus under ROOT, named by kind, size, seed and fingerprint; reuse it "
                                   "when complete")
    ap.add_argument("--repo", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    args = ap.parse_args()
    if args.files < 1 or (args.out is None) == (args.root is None):
        ap.error("give --files N >= 1 and one of --out DIR or --root ROOT")
    corpus = Corpus(args.repo, args.kind, args.seed)
    out = args.out
    if args.root:
        out = os.path.join(args.root, f"{args.kind}-{args.files}-s{args.seed}-{corpus.fingerprint[:10]}")
        if os.path.isfile(out + ".json"):
            with open(out + ".json", encoding="utf-8") as f:
                print(f.read().strip())
            return
        if os.path.isdir(out):  # an interrupted run: start again
            import shutil
            shutil.rmtree(out)
    if os.path.exists(out) and (not os.path.isdir(out) or os.listdir(out)):
        raise SystemExit(f"realtext_corpus.py: {out} exists and is not an empty directory")
    start = time.monotonic()
    total_bytes = 0
    digests = set()
    per_pool = {}
    made_dirs = set()
    for i in range(args.files):
        name, text, pool = corpus.file(i)
        data = text.encode("utf-8")
        folder = os.path.join(out, os.path.dirname(name))
        if folder not in made_dirs:
            os.makedirs(folder, exist_ok=True)
            made_dirs.add(folder)
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        total_bytes += len(data)
        digests.add(hashlib.sha1(data).digest())
        per_pool[pool] = per_pool.get(pool, 0) + 1
    summary = {
        "corpus": os.path.abspath(out), "kind": args.kind, "files": args.files, "bytes": total_bytes,
        "distinct_texts": len(digests), "seed": args.seed, "fingerprint": corpus.fingerprint,
        "generator_version": GENERATOR_VERSION, "sources": corpus.sources,
        "source_folders": corpus.source_folders,
        "pool_sizes": {k: len(v) for k, v in corpus.pools.items()}, "files_per_pool": per_pool,
        "seconds": round(time.monotonic() - start, 2),
    }
    line = json.dumps(summary, sort_keys=True)
    if args.root:
        with open(out + ".json.tmp", "w", encoding="utf-8") as f:
            f.write(line + "\n")
        os.replace(out + ".json.tmp", out + ".json")
    print(line)


if __name__ == "__main__":
    main()
