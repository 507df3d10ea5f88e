#!/usr/bin/env python3
"""Checks the sample charts written by tally_chart_render with xml.etree (stdlib only).

usage: check_svg.py DIR TABLES_DIR
"""
import collections
import os
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"
failures = []


def check(cond, message):
    if not cond:
        failures.append(message)


def table_colours(tables_dir):
    colours = {}
    with open(os.path.join(tables_dir, "parties.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            colours[fields[0]] = fields[2].lower()
    return colours


def load(path):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        failures.append(f"{path}: not well-formed XML: {e}")
        return None
    name = os.path.basename(path)
    check(root.tag == NS + "svg", f"{name}: root is {root.tag}, not svg")
    for attr in ("width", "height", "viewBox"):
        check(root.get(attr), f"{name}: no {attr} on the root")
    check(root.get("font-family") in ("sans-serif", "serif", "monospace"), f"{name}: font-family is not generic")
    with open(path, "rb") as f:
        raw = f.read()
    for bad in (b"<script", b"href", b"url(", b"@import", b"<image", b"<foreignObject"):
        check(bad not in raw, f"{name}: contains {bad!r} (external resource or script)")
    return root


def by_class(root, tag, cls):
    return [e for e in root.iter(NS + tag) if e.get("class") == cls]


def main():
    out_dir, tables_dir = sys.argv[1], sys.argv[2]
    colours = table_colours(tables_dir)

    h = load(os.path.join(out_dir, "hemicycle.svg"))
    if h is not None:
        seats = by_class(h, "circle", "seat")
        check(len(seats) == 265, f"hemicycle: {len(seats)} seat circles, expected 265")
        counts = collections.Counter(s.get("data-party") for s in seats)
        expected = {"Independents": 92, "PML-N": 63, "PPP": 50, "Others": 19, "(undeclared)": 265 - 224}
        check(dict(counts) == expected, f"hemicycle: seats per party {dict(counts)}, expected {expected}")
        fills = collections.defaultdict(set)
        for s in seats:
            fills[s.get("data-party")].add(s.get("fill"))
        for party in ("Independents", "PML-N", "PPP", "Others"):
            check(fills[party] == {colours[party]}, f"hemicycle: {party} dots {fills[party]}, table {colours[party]}")
        check(fills["(undeclared)"] == {"#e0e0e0"}, f"hemicycle: undeclared dots {fills['(undeclared)']}")
        swatches = by_class(h, "rect", "legend-swatch")
        check(len(swatches) == 5, f"hemicycle: {len(swatches)} legend swatches, expected 5")
        for sw in swatches:
            check(fills[sw.get("data-party")] == {sw.get("fill")},
                  f"hemicycle: swatch of {sw.get('data-party')} is {sw.get('fill')}")
        texts = " ".join("".join(t.itertext()) for t in h.iter(NS + "text"))
        for needle in ("224 of 265 seats declared", "2024-02-09", "National Assembly", "PK-2024", "Geo News"):
            check(needle in texts, f"hemicycle: text {needle!r} missing")

    t = load(os.path.join(out_dir, "timeline.svg"))
    if t is not None:
        points = by_class(t, "circle", "point")
        check(len(points) == 15, f"timeline: {len(points)} points, expected 15")
        lines = by_class(t, "polyline", "series")
        check(len(lines) == 4, f"timeline: {len(lines)} lines, expected 4")
        for line in lines:
            party = line.get("data-party")
            check(line.get("stroke") == colours.get(party), f"timeline: line of {party} is {line.get('stroke')}")
            n = sum(1 for p in points if p.get("data-party") == party)
            check(len(line.get("points").split()) == n, f"timeline: line of {party} has not {n} vertices")
        for p in points:
            for attr in ("data-party", "data-date", "data-seats"):
                check(p.get(attr), f"timeline: a point without {attr}")

    x = load(os.path.join(out_dir, "hostile.svg"))
    if x is not None:
        seats = by_class(x, "circle", "seat")
        check(len(seats) == 650, f"hostile: {len(seats)} seats, expected 650")
        counts = collections.Counter(s.get("data-party") for s in seats)
        check(counts.get("Tom & Jerry's <Party>") == 5, f"hostile: escaped party name lost: {dict(counts)}")
        title = "".join(x.find(NS + "title").itertext())
        check("House of <Commons> & \"friends\"" in title, f"hostile: title {title!r}")
    load(os.path.join(out_dir, "hostile-timeline.svg"))

    for f in failures:
        print("FAIL:", f)
    if failures:
        return 1
    print("chart svg checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
