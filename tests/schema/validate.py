#!/usr/bin/env python3
"""Runs the real tally binary in every output format and checks what it prints against docs/schema/.

    validate.py --tally build/tally --root .

Inputs: data/*.txt, tests/corpus/articles/ (when present) and generated edge cases (an empty file, a
missing path, invalid UTF-8, UTF-16, an undated article, --date, standard input, hand-written and
malformed `tally reconcile` input). For each run it checks:
  --format json          against report.schema.json
  --format jsonl         each line against summary-line.schema.json
  extract                each line against extract.schema.json
  reconcile (json/jsonl) the same schemas, on the extract output
  --format csv           a header and a constant column count (csv module)
  --format table         output present, colour codes only with --color always
plus the exit status, a few invariants the schemas cannot say (sorting, record order, counts, sums)
and that JSON, JSON Lines and CSV tell the same story. Needs only the standard library and
python3-jsonschema (Debian's 4.10 or later).
"""
import argparse
import copy
import importlib.metadata
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError as error:  # the one dependency: fail loudly, CI installs it
    sys.stderr.write(
        "FAIL: python3-jsonschema is not available to %s (%s).\n"
        "      Install it: apt-get install python3-jsonschema\n" % (sys.executable, error))
    sys.exit(1)

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SCHEMAS = ("report", "extract", "summary-line")


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def ok(self, what):
        self.passed += 1
        print("ok: " + what)

    def bad(self, what, detail=""):
        self.failed += 1
        print("FAIL: " + what + (": " + detail if detail else ""), file=sys.stderr)
        sys.stderr.flush()

    def check(self, condition, what, detail=""):
        if condition:
            self.ok(what)
        else:
            self.bad(what, detail)
        return condition


def load_schemas(directory, c):
    validators = {}
    for name in SCHEMAS:
        path = directory / (name + ".schema.json")
        try:
            schema = json.loads(path.read_text(encoding="utf-8"))
            Draft202012Validator.check_schema(schema)
        except (OSError, ValueError, jsonschema.exceptions.SchemaError) as error:
            c.bad("schema %s is a valid draft 2020-12 schema" % path.name, str(error)[:500])
            continue
        c.ok("schema %s is a valid draft 2020-12 schema" % path.name)
        validators[name] = Draft202012Validator(schema)
    # The files repeat their shared definitions (no cross-file $ref, so any validator can load
    # each file alone): they must not drift apart.
    seen = {}
    drift = []
    for name, v in validators.items():
        for key, value in v.schema.get("$defs", {}).items():
            if key in seen and seen[key][1] != value:
                drift.append("%s differs between %s and %s" % (key, seen[key][0], name))
            seen.setdefault(key, (name, value))
    c.check(not drift, "shared $defs are identical in every schema file", "; ".join(drift))
    return validators


def errors_of(validator, instance, limit=3):
    found = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    return ["/" + "/".join(str(p) for p in e.absolute_path) + ": " + e.message[:300] for e in found[:limit]]


def self_test(v, c):
    """The schemas must reject what tally must never print; otherwise a lax schema passes anything."""
    if len(v) != len(SCHEMAS):
        return
    doc = {"path": "a.txt", "date": "2024-02-09", "date_source": "header", "date_confidence": "high", "country": "PK",
           "url": None, "title": None, "id": None, "observations": [], "warnings": []}
    obs = {"party": "PTI", "party_text": "PTI", "seats": 1, "seats_max": None, "qualifier": "exact",
           "basis": "won", "chamber": "National Assembly", "election": "PK-2024", "source": None,
           "source_kind": "unknown", "status": "unknown", "coverage": {"declared": 3, "total": None},
           "chamber_seats": None, "historical": False, "scope": None, "rule": "list_line",
           "context": {k: {"from": "none", "line": None} for k in ("source", "status", "coverage", "chamber")},
           "span": {"begin": 0, "end": 3}, "evidence": "x"}
    doc["observations"].append(obs)
    claim = {"seats": 1, "seats_max": None, "qualifier": "exact", "sources": ["ECP"], "source_kind": "media",
             "status": "final", "coverage": None, "documents": ["a.txt"], "evidence": "x", "decided_by": "status"}
    party = {"party": "PTI", "seats": 2, "seats_max": None, "qualifier": "exact", "basis": "won",
             "sources": ["ECP"], "range": {"min": 1, "max": 2}, "rule": "status", "note": None,
             "rivals": [claim]}
    group = {"date": "2024-02-09", "election": "PK-2024", "chamber": "National Assembly", "coverage": None,
             "chamber_seats": None, "sources": ["ECP"], "status": "final", "seats_total": 2, "parties": [party],
             "breakdown": [], "conflicts": [], "warnings": [], "documents": ["a.txt"], "scope": None,
             "projections": [dict(party, rivals=[])], "set_aside": [{"party": "PPP", "reason": "would exceed", "claim": claim}],
             "corrections": [{"source": "ECP", "party": "PTI", "from_date": "2024-02-08", "from_seats": 3,
                              "to_date": "2024-02-09", "to_seats": 2}]}
    report = {"tally_version": "0.1.0", "documents": [doc], "summary": [group], "errors": []}
    line = dict(group, record="group")
    extract = dict(obs, record="observation", document="a.txt", date="2024-02-09")

    good = [("report", report), ("summary-line", line), ("extract", extract),
            ("extract", {"record": "error", "path": "x", "message": "No such file or directory"})]
    for name, instance in good:
        problems = errors_of(v[name], instance)
        c.check(not problems, "self-test: a well-formed %s instance passes" % name, "; ".join(problems))

    def mutate(instance, change):
        out = copy.deepcopy(instance)
        change(out)
        return out

    bad = [
        ("report", "an unknown top-level field", mutate(report, lambda r: r.update(extra=1))),
        ("report", "a missing field", mutate(report, lambda r: r.pop("errors"))),
        ("report", "a date not written YYYY-MM-DD", mutate(report, lambda r: r["documents"][0].update(date="9 Feb 2024"))),
        ("report", "an unknown status", mutate(report, lambda r: r["summary"][0].update(status="certified"))),
        ("report", "an unknown field in a group", mutate(report, lambda r: r["summary"][0].update(record="group"))),
        ("report", "an unknown field in an observation", mutate(report, lambda r: r["documents"][0]["observations"][0].update(x=1))),
        ("report", "a negative seat count", mutate(report, lambda r: r["documents"][0]["observations"][0].update(seats=-1))),
        ("report", "an unknown qualifier", mutate(report, lambda r: r["documents"][0]["observations"][0].update(qualifier="roughly"))),
        ("report", "an unknown basis", mutate(report, lambda r: r["summary"][0]["parties"][0].update(basis="lost"))),
        ("report", "an unknown date_source", mutate(report, lambda r: r["documents"][0].update(date_source="guess"))),
        ("report", "an unknown date_confidence", mutate(report, lambda r: r["documents"][0].update(date_confidence="sure"))),
        ("report", "a document without date_confidence", mutate(report, lambda r: r["documents"][0].pop("date_confidence"))),
        ("report", "a document without url", mutate(report, lambda r: r["documents"][0].pop("url"))),
        ("report", "an empty title (null when unknown)", mutate(report, lambda r: r["documents"][0].update(title=""))),
        ("report", "an id that is a number", mutate(report, lambda r: r["documents"][0].update(id=7))),
        ("report", "an unknown source_kind", mutate(report, lambda r: r["summary"][0]["parties"][0]["rivals"][0].update(source_kind="blog"))),
        ("report", "a rival without decided_by", mutate(report, lambda r: r["summary"][0]["parties"][0]["rivals"][0].update(decided_by=None))),
        ("report", "a coverage without total", mutate(report, lambda r: r["documents"][0]["observations"][0]["coverage"].pop("total"))),
        ("report", "a group without scope", mutate(report, lambda r: r["summary"][0].pop("scope"))),
        ("report", "a set-aside figure without its reason", mutate(report, lambda r: r["summary"][0]["set_aside"][0].pop("reason"))),
        ("report", "a correction dated 9 Feb 2024", mutate(report, lambda r: r["summary"][0]["corrections"][0].update(to_date="9 Feb 2024"))),
        ("summary-line", "a group line with an unknown field", mutate(line, lambda g: g.update(extra=1))),
        ("summary-line", "a group line without record", mutate(line, lambda g: g.pop("record"))),
        ("summary-line", "a document line", {"record": "document", "path": "a.txt"}),
        ("summary-line", "an error line with an extra field", {"record": "error", "path": "x", "message": "m", "line": 3}),
        ("extract", "an observation without document", mutate(extract, lambda o: o.pop("document"))),
        ("extract", "an observation with an unknown field", mutate(extract, lambda o: o.update(extra=1))),
        ("extract", "an election key of the wrong shape", mutate(extract, lambda o: o.update(election="PK2024"))),
        ("extract", "a document line without observation_count",
         {"record": "document", "path": "a.txt", "date": None, "date_source": "none", "date_confidence": "none",
          "country": None, "url": None, "title": None, "id": None, "warnings": []}),
        ("extract", "a document line without title",
         {"record": "document", "path": "a.txt", "date": None, "date_source": "none", "date_confidence": "none",
          "country": None, "url": None, "id": None, "observation_count": 0, "warnings": []}),
        ("extract", "a group line", line),
    ]
    for name, what, instance in bad:
        c.check(bool(errors_of(v[name], instance)), "self-test: %s schema rejects %s" % (name, what))


class Run:
    def __init__(self, args, status, out, err):
        self.args, self.status, self.out, self.err = args, status, out, err

    def label(self):
        args = self.args if len(self.args) <= 6 else self.args[:4] + ["... (%d more)" % (len(self.args) - 4)]
        return "tally " + " ".join(args)


def run(tally, args, cwd, stdin=b""):
    env = dict(os.environ, NO_COLOR="1")
    p = subprocess.run([tally] + args, cwd=cwd, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=env, timeout=300)
    return Run(args, p.returncode, p.stdout, p.stderr)


def text_of(r, c):
    try:
        return r.out.decode("utf-8")
    except UnicodeDecodeError as error:
        c.bad(r.label() + ": output is UTF-8", str(error))
        return r.out.decode("utf-8", "replace")


def check_status(r, want, c):
    c.check(r.status == want, "%s: exit status %d" % (r.label(), want),
            "got %d; stderr: %s" % (r.status, r.err.decode("utf-8", "replace")[:400]))


def json_lines(r, c):
    lines = []
    for number, line in enumerate(text_of(r, c).splitlines(), 1):
        try:
            lines.append(json.loads(line))
        except ValueError as error:
            c.bad("%s: line %d is JSON" % (r.label(), number), "%s: %r" % (error, line[:200]))
    return lines


def validate_lines(r, lines, validator, c):
    problems = []
    for number, record in enumerate(lines, 1):
        for p in errors_of(validator, record):
            problems.append("line %d %s" % (number, p))
    c.check(not problems, "%s: %d lines match %s" % (r.label(), len(lines), validator.schema.get("title")),
            "; ".join(problems[:5]))


def observation_invariants(o, where, problems):
    if o["span"]["begin"] > o["span"]["end"]:
        problems.append(where + ": span begins after it ends")
    if o["seats_max"] is not None and o["seats_max"] < o["seats"]:
        problems.append(where + ": seats_max below seats")
    if (o["qualifier"] == "range") != (o["seats_max"] is not None):
        problems.append(where + ": seats_max is set if and only if the qualifier is range")


def report_invariants(report, c, label, from_extraction=True):
    problems = []
    paths = [d["path"] for d in report["documents"]]
    if paths != sorted(paths) or len(set(paths)) != len(paths):
        problems.append("documents are not sorted by path without repeats")
    errors = [(e["path"], e["message"]) for e in report["errors"]]
    if errors != sorted(set(errors)):
        problems.append("errors are not sorted by path without repeats")
    for d in report["documents"]:
        if from_extraction and (d["date"] is None) != (d["date_source"] == "none"):
            problems.append(d["path"] + ": date is null if and only if date_source is none")
        if from_extraction and (d["date"] is None) != (d["date_confidence"] == "none"):
            problems.append(d["path"] + ": date is null if and only if date_confidence is none")
        if from_extraction and d["date_source"] == "header" and d["date_confidence"] != "high":
            problems.append(d["path"] + ": a header date is not of high confidence")
        for i, o in enumerate(d["observations"]):
            if from_extraction:
                observation_invariants(o, "%s observation %d" % (d["path"], i), problems)
    undated_seen = False
    for g in report["summary"]:
        where = "group %s/%s/%s" % (g["date"], g["election"], g["chamber"])
        if g["date"] is None:
            undated_seen = True
        elif undated_seen:
            problems.append(where + ": a dated group after an undated one")
        if g["seats_total"] != sum(p["seats"] for p in g["parties"]):
            problems.append(where + ": seats_total is not the sum of the parties' seats")
        if not g["parties"] and (g["election"] is not None or g["chamber"] is not None or g["sources"]):
            problems.append(where + ": a group without parties names an election, chamber or source")
        if g["parties"] and not g["sources"]:
            problems.append(where + ": a group with parties has no sources")
        for p in g["parties"] + g["breakdown"]:
            if not p["range"]["min"] <= p["seats"] <= p["range"]["max"]:
                problems.append(where + ": %s seats outside its range" % p["party"])
        if set(a["party"] for a in g["set_aside"]) & set(p["party"] for p in g["parties"]):
            problems.append(where + ": a party both in the count and set aside")
        names = [p["party"] for p in g["parties"]]
        if len(set(names)) != len(names):
            problems.append(where + ": a party listed twice")
        for d in g["documents"]:
            if d not in paths:
                problems.append(where + ": names a document that is not in documents: " + d)
    c.check(not problems, label + ": invariants hold", "; ".join(problems[:5]))


def extract_invariants(lines, c, label):
    problems = []
    expecting, current, seen_error = 0, None, False
    for number, record in enumerate(lines, 1):
        kind = record.get("record")
        if kind == "document":
            if expecting:
                problems.append("line %d: %d observations of %s missing" % (number, expecting, current["path"]))
            if seen_error:
                problems.append("line %d: a document after an error" % number)
            current, expecting = record, record.get("observation_count", 0)
        elif kind == "observation":
            if current is None or not expecting:
                problems.append("line %d: an observation that no document announced" % number)
                continue
            expecting -= 1
            if record.get("document") != current["path"] or record.get("date") != current["date"]:
                problems.append("line %d: document/date differ from the document record" % number)
            observation_invariants(record, "line %d" % number, problems)
        elif kind == "error":
            seen_error = True
    if expecting:
        problems.append("%d observations of %s missing at the end" % (expecting, current["path"]))
    c.check(not problems, label + ": record order and counts", "; ".join(problems[:5]))


def check_csv(r, c, report):
    text = text_of(r, c)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not c.check(bool(rows), r.label() + ": has a header line"):
        return
    header = rows[0]
    c.check(all(re.match(r"^[a-z_]+$", h) for h in header) and len(set(header)) == len(header) and header[0] == "date",
            r.label() + ": header names columns (date first, unique, lower_case)", repr(header))
    widths = sorted({len(row) for row in rows[1:]} - {len(header)})
    c.check(not widths, r.label() + ": every row has the header's %d columns" % len(header),
            "other widths: %s" % widths)
    if report is not None:
        want = sum(len(g["parties"]) for g in report["summary"])
        c.check(len(rows) - 1 == want, r.label() + ": one row per party of every group (%d)" % want,
                "got %d rows" % (len(rows) - 1))
    dates = [row[0] for row in rows[1:] if row]
    c.check(all(d == "" or DATE.match(d) for d in dates), r.label() + ": date column is YYYY-MM-DD or empty")


def check_table(tally, args, cwd, want, c, stdin=b"", report=None):
    r = run(tally, ["--format", "table", "--color", "never"] + args, cwd, stdin)
    check_status(r, want, c)
    out = text_of(r, c)
    c.check(out.strip() != "" and "\x1b[" not in out, r.label() + ": prints a table without colour codes")
    r = run(tally, ["--format", "table", "--color", "always"] + args, cwd, stdin)
    check_status(r, want, c)
    if report is not None and report["summary"]:
        c.check("\x1b[" in text_of(r, c), r.label() + ": colours the table")


def check_summary_lines(r, lines, report, c):
    groups = [dict((k, v) for k, v in l.items() if k != "record") for l in lines if l.get("record") == "group"]
    errors = [dict((k, v) for k, v in l.items() if k != "record") for l in lines if l.get("record") == "error"]
    kinds = [l.get("record") for l in lines]
    c.check(kinds == sorted(kinds, key=lambda k: k != "group"), r.label() + ": group lines come before error lines")
    if report is not None:
        c.check(groups == report["summary"], r.label() + ": group lines are the JSON report's summary")
        c.check(errors == report["errors"], r.label() + ": error lines are the JSON report's errors")


def check_inputs(tally, v, c, name, args, cwd, want, stdin=b"", tables=True):
    """Every format for one set of inputs; returns the extract output (bytes)."""
    print("# %s: %s" % (name, Run(args, 0, b"", b"").label()))
    report = None
    r = run(tally, ["--format", "json"] + args, cwd, stdin)
    check_status(r, want, c)
    try:
        report = json.loads(text_of(r, c))
    except ValueError as error:
        c.bad(r.label() + ": output is one JSON document", str(error))
    if report is not None:
        problems = errors_of(v["report"], report, limit=5)
        if c.check(not problems, r.label() + ": matches report.schema.json", "; ".join(problems)):
            report_invariants(report, c, r.label())

    r = run(tally, ["--format", "jsonl"] + args, cwd, stdin)
    check_status(r, want, c)
    lines = json_lines(r, c)
    validate_lines(r, lines, v["summary-line"], c)
    check_summary_lines(r, lines, report, c)

    r = run(tally, ["--format", "csv"] + args, cwd, stdin)
    check_status(r, want, c)
    check_csv(r, c, report)

    check_table(tally, args, cwd, want, c, stdin, report)

    r = run(tally, ["extract"] + args, cwd, stdin)
    check_status(r, want, c)
    lines = json_lines(r, c)
    validate_lines(r, lines, v["extract"], c)
    extract_invariants(lines, c, r.label())
    if report is not None:
        paths = [l["path"] for l in lines if l.get("record") == "document"]
        c.check(paths == [d["path"] for d in report["documents"]], r.label() + ": the same documents as the report")
    extracted = r.out

    # The reduce step over the map step's output, in every format.
    check_reconcile(tally, v, c, name + " (reconcile)", extracted, cwd, want)
    return extracted


def check_reconcile(tally, v, c, name, jsonl, cwd, want, from_extraction=True):
    print("# %s" % name)
    r = run(tally, ["reconcile", "--format", "json", "-"], cwd, jsonl)
    check_status(r, want, c)
    report = None
    try:
        report = json.loads(text_of(r, c))
    except ValueError as error:
        c.bad(r.label() + ": output is one JSON document", str(error))
    if report is not None:
        problems = errors_of(v["report"], report, limit=5)
        if c.check(not problems, r.label() + ": matches report.schema.json", "; ".join(problems)):
            report_invariants(report, c, r.label(), from_extraction)
    r = run(tally, ["reconcile", "--format", "jsonl", "-"], cwd, jsonl)
    check_status(r, want, c)
    lines = json_lines(r, c)
    validate_lines(r, lines, v["summary-line"], c)
    check_summary_lines(r, lines, report, c)
    r = run(tally, ["reconcile", "--format", "csv", "-"], cwd, jsonl)
    check_status(r, want, c)
    check_csv(r, c, report)
    r = run(tally, ["reconcile", "--format", "table", "--color", "never", "-"], cwd, jsonl)
    check_status(r, want, c)
    c.check(text_of(r, c).strip() != "", r.label() + ": prints a table")


def make_edge_inputs(directory):
    d = Path(directory)
    (d / "empty.txt").write_bytes(b"")
    (d / "latin1.txt").write_bytes(
        " date 2024-02-09\n\nCaf\xe9 talk in Lahore: Pakistan Muslim League-Nawaz won 75 seats, the Election "
        "Commission of Pakistan said.\n".encode("latin-1"))
    (d / "undated.txt").write_text(
        "ISLAMABAD -- Independent candidates backed by PTI won 93 seats and the Pakistan Peoples Party won 54 "
        "seats, the Election Commission of Pakistan said.\n", encoding="utf-8")
    (d / "utf16.txt").write_bytes(
        " date 2024-06-05\n\nThe BJP won 240 seats and the Congress between 99 and 101 seats, according to "
        "the Election Commission of India.\n".encode("utf-16"))
    (d / "binary.txt").write_bytes(bytes(range(256)) * 4)
    # a saved page and a feed (one malformed line), in a folder of their own
    (d / "web").mkdir()
    (d / "web" / "page.html").write_text(
        '<html><head><title>Count "day two"</title><meta property="article:published_time" content="2024-02-09">'
        '<script>var seats = 999;</script></head><body><nav>Home 12</nav><article><p>The Pakistan Muslim '
        'League-Nawaz won 75 seats, the Election Commission of Pakistan said.</p></article></body></html>\n',
        encoding="utf-8")
    (d / "web" / "feed.jsonl").write_text(
        '{"id": 1, "url": "https://example.com/2024/02/10/pk", "title": "PPP", "text": "The Pakistan Peoples '
        'Party won 54 seats, the Election Commission of Pakistan said."}\n'
        '{"text": "unterminated\n'
        '{"published": "2024-02-09", "content": "Independent candidates backed by PTI won 93 seats, the Election '
        'Commission of Pakistan said."}\n', encoding="utf-8")
    # the map step's output, written by hand: only the fields reconcile requires, and a malformed line
    (d / "minimal.jsonl").write_text(
        '{"document": "x.txt", "party": "PTI", "seats": 93, "chamber": "National Assembly"}\n'
        '{"record": "document", "path": "y.txt", "date": "2024-02-09"}\n'
        '{"document": "y.txt", "date": "2024-02-09", "party": "PML-N", "seats": 75, "chamber": "National Assembly",'
        ' "source": "ECP", "coverage": {"declared": 250}, "qualifier": "at_least"}\n'
        '{"record": "error", "path": "z.txt", "message": "No such file or directory"}\n', encoding="utf-8")
    (d / "malformed.jsonl").write_text(
        '{"document": "x.txt", "party": "PTI", "seats": 93, "chamber": "National Assembly"}\n'
        '{"document": "x.txt", "party": "PPP", "seats": -4, "chamber": "National Assembly"}\n'
        'not json\n'
        '{"record": "group"}\n', encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tally", required=True, help="the tally binary")
    parser.add_argument("--root", required=True, help="the source tree (data/, docs/schema/)")
    parser.add_argument("--schemas", help="the schema folder (default: ROOT/docs/schema)")
    args = parser.parse_args()
    tally = os.path.realpath(args.tally)
    root = Path(args.root).resolve()
    c = Checker()
    print("# jsonschema %s, Python %s (%s)" % (importlib.metadata.version("jsonschema"), sys.version.split()[0],
                                              sys.executable))
    v = load_schemas(Path(args.schemas) if args.schemas else root / "docs" / "schema", c)
    if len(v) != len(SCHEMAS):
        print("%d passed, %d failed" % (c.passed, c.failed))
        return 1
    self_test(v, c)

    data = sorted(str(p.relative_to(root)) for p in (root / "data").glob("*.txt"))
    c.check(bool(data), "data/*.txt has articles")
    check_inputs(tally, v, c, "sample articles", data, root, 0)
    corpus = root / "tests" / "corpus" / "articles"
    if corpus.is_dir():
        check_inputs(tally, v, c, "corpus", ["tests/corpus/articles"], root, 0)

    with tempfile.TemporaryDirectory(prefix="tally-schema-") as work:
        make_edge_inputs(work)
        check_inputs(tally, v, c, "empty file", ["empty.txt"], work, 0)
        check_inputs(tally, v, c, "missing path", ["missing.txt"], work, 1)
        check_inputs(tally, v, c, "invalid UTF-8", ["latin1.txt"], work, 0)
        check_inputs(tally, v, c, "undated article", ["undated.txt"], work, 0)
        check_inputs(tally, v, c, "undated article with --date", ["--date", "2024-02-09", "undated.txt"], work, 0)
        check_inputs(tally, v, c, "UTF-16 and binary", ["utf16.txt", "binary.txt"], work, 0)
        check_inputs(tally, v, c, "a directory and a missing path", [".", "missing.txt"], work, 1)
        undated = (Path(work) / "undated.txt").read_bytes()
        check_inputs(tally, v, c, "standard input", ["-"], work, 0, stdin=undated)
        check_inputs(tally, v, c, "a web page and a feed with a malformed line", ["web"], work, 1)
        page = (Path(work) / "web" / "page.html").read_bytes()
        check_inputs(tally, v, c, "a web page on standard input", ["--input-format", "html", "-"], work, 0, stdin=page)
        check_reconcile(tally, v, c, "reconcile of hand-written lines", (Path(work) / "minimal.jsonl").read_bytes(),
                        work, 1, from_extraction=False)
        check_reconcile(tally, v, c, "reconcile of malformed lines", (Path(work) / "malformed.jsonl").read_bytes(),
                        work, 1, from_extraction=False)
        check_reconcile(tally, v, c, "reconcile of nothing", b"", work, 0)

    print("%d passed, %d failed" % (c.passed, c.failed))
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
