#!/usr/bin/env python3
"""Re-applies the gold's naming rules (README: "canonical from the tables when the table knows it") after
the alias tables grow: a party, chamber or source written as an alias of a table entry of the article's
country (or of a `*` entry) becomes that entry's canonical name; a generic electoral body becomes the
country's own body. Nothing else changes. Usage: renormalize.py GOLD.jsonl [TABLES_DIR] (rewrites GOLD)."""
import json, sys
from pathlib import Path

gold_path = Path(sys.argv[1])
tables = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parents[2] / "data" / "tables"

def rows(name):
    for line in (tables / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield line.split("\t")

def names(aliases):
    out = set()
    for a in aliases:
        a = a.strip()
        if a.startswith("~"):
            a = a[1:]
        if a:
            out.add(a.lower())
    return out

parties = {}   # (country, alias lower) -> canonical
for r in rows("parties.tsv"):
    canonical, country = r[0], r[1]
    for a in names([canonical] + ([r[3]] if len(r) > 3 else []) + (r[4].split("|") if len(r) > 4 else [])):
        parties.setdefault((country, a), canonical)
sources, bodies = {}, {}
for r in rows("sources.tsv"):
    canonical, kind, country = r[0], r[1], r[2]
    for a in names([canonical] + (r[3].split("|") if len(r) > 3 else [])):
        sources.setdefault((country, a), (canonical, kind))
    if kind == "electoral_body" and country != "*":
        bodies.setdefault(country, canonical)
chambers = {}
for r in rows("chambers.tsv"):
    canonical, country = r[0], r[1]
    for a in names([canonical] + (r[4].split("|") if len(r) > 4 else [])):
        chambers.setdefault((country, a), canonical)

def lookup(table, country, name):
    if name is None:
        return None
    return table.get((country, name.lower())) or table.get(("*", name.lower()))

lines = [json.loads(l) for l in gold_path.read_text(encoding="utf-8").splitlines() if l.strip()]
country = {l["file"]: l.get("country") for l in lines if l.get("type") == "document"}
changed = 0
for l in lines:
    if l.get("type") != "claim":
        continue
    c = country.get(l["file"])
    before = (l["party"], l.get("chamber"), l.get("source"))
    p = lookup(parties, c, l["party"])
    if p:
        l["party"] = p
    ch = lookup(chambers, c, l.get("chamber"))
    if ch:
        l["chamber"] = ch
    s = lookup(sources, c, l.get("source"))
    if s:
        l["source"], l["source_kind"] = s
    if l.get("source") == "Election Commission" and c in bodies:
        l["source"] = bodies[c]
    changed += before != (l["party"], l.get("chamber"), l.get("source"))
gold_path.write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines), encoding="utf-8")
print(f"{gold_path}: {changed} claims renamed")
