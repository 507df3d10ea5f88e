#!/usr/bin/env python3
"""Compares the tallies of two 'tally extract' outputs, document by document in order.

    same_tallies.py EXPECTED.jsonl GOT.jsonl [--date-source SOURCE[,SOURCE...]]

Each document of GOT must have the observations of the same document of EXPECTED: party, party_text, seats,
seats_max, qualifier, basis, source, source_kind, status, coverage, chamber, chamber_seats, election,
historical, scope and evidence (not spans or context lines: the texts differ around the article), and the same
date and country. Its date_source must be SOURCE when given (one for all, or one per document), else the same. Prints every difference; exit 1 if any.
"""
import json
import sys

KEYS = ["party", "party_text", "seats", "seats_max", "qualifier", "basis", "source", "source_kind", "status",
        "coverage", "chamber", "chamber_seats", "election", "historical", "scope", "evidence"]


def documents(path):
    docs = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        if r["record"] == "document":
            docs.append((r, []))
        elif r["record"] == "observation":
            docs[-1][1].append({k: r[k] for k in KEYS})
    return docs


def main():
    args = sys.argv[1:]
    sources = None
    if "--date-source" in args:
        i = args.index("--date-source")
        sources = args[i + 1].split(",")
        del args[i:i + 2]
    want, got = documents(args[0]), documents(args[1])
    if sources and len(sources) == 1:
        sources = sources * len(got)
    problems = []
    if len(want) != len(got):
        problems.append("%d documents, expected %d" % (len(got), len(want)))
    for k, ((wd, wo), (gd, go)) in enumerate(zip(want, got)):
        name = gd["path"]
        source = sources[k] if sources and k < len(sources) else None
        if gd["date"] != wd["date"]:
            problems.append("%s: date %s, expected %s" % (name, gd["date"], wd["date"]))
        if gd["date_source"] != (source or wd["date_source"]):
            problems.append("%s: date_source %s, expected %s" % (name, gd["date_source"], source or wd["date_source"]))
        if gd["country"] != wd["country"]:
            problems.append("%s: country %s, expected %s" % (name, gd["country"], wd["country"]))
        if go != wo:
            problems.append("%s: %d observations, expected %d; first difference: %s" % (
                name, len(go), len(wo),
                next((json.dumps([a, b]) for a, b in zip(go, wo) if a != b), "(one list is longer)")))
    for p in problems:
        print("   " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
