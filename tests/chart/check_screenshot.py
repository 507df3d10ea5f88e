#!/usr/bin/env python3
"""Checks Chromium's screenshots of the sample charts (stdlib only: the PNG is decoded here with zlib).

usage: check_screenshot.py hemicycle.svg hemicycle.png timeline.svg timeline.png TABLES_DIR
"""
import os
import struct
import sys
import xml.etree.ElementTree as ET
import zlib

NS = "{http://www.w3.org/2000/svg}"
failures = []


def check(cond, message):
    if not cond:
        failures.append(message)


def read_png(path):
    """Returns (width, height, rows) with rows a list of bytes objects of RGB triples."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, colour_type, _, _, interlace = header
    if depth != 8 or colour_type not in (2, 6) or interlace != 0:
        raise ValueError(f"{path}: unsupported PNG (depth {depth}, colour type {colour_type}, interlace {interlace})")
    bpp = 3 if colour_type == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        ftype = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        if ftype == 1:
            for x in range(bpp, stride):
                line[x] = (line[x] + line[x - bpp]) & 0xFF
        elif ftype == 2:
            for x in range(stride):
                line[x] = (line[x] + prev[x]) & 0xFF
        elif ftype == 3:
            for x in range(stride):
                left = line[x - bpp] if x >= bpp else 0
                line[x] = (line[x] + ((left + prev[x]) >> 1)) & 0xFF
        elif ftype == 4:
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0
                b = prev[x]
                c = prev[x - bpp] if x >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 0xFF
        prev = line
        if bpp == 4:
            rgb = bytearray(width * 3)
            rgb[0::3], rgb[1::3], rgb[2::3] = line[0::4], line[1::4], line[2::4]
            rows.append(bytes(rgb))
        else:
            rows.append(bytes(line))
    return width, height, rows


def hex_rgb(colour):
    return tuple(int(colour[k:k + 2], 16) for k in (1, 3, 5))


def count_colours(rows, box, colours, tolerance=6, outside=None):
    """Pixels inside box (x0, y0, x1, y1) within tolerance of each colour (name -> '#rrggbb'), leaving out
    the disc outside = (cx, cy, radius) when given."""
    x0, y0, x1, y1 = box
    targets = {name: hex_rgb(c) for name, c in colours.items()}
    counts = dict.fromkeys(colours, 0)
    for y in range(max(0, y0), min(len(rows), y1)):
        row = rows[y]
        for x in range(max(0, x0), min(len(row) // 3, x1)):
            if outside and (x - outside[0]) ** 2 + (y - outside[1]) ** 2 < outside[2] ** 2:
                continue
            r, g, b = row[3 * x], row[3 * x + 1], row[3 * x + 2]
            for name, (tr, tg, tb) in targets.items():
                if abs(r - tr) <= tolerance and abs(g - tg) <= tolerance and abs(b - tb) <= tolerance:
                    counts[name] += 1
                    break
    return counts


def pixel(rows, x, y):
    row = rows[y]
    return row[3 * x], row[3 * x + 1], row[3 * x + 2]


def table_colours(tables_dir):
    colours = {}
    with open(os.path.join(tables_dir, "parties.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            colours[fields[0]] = fields[2].lower()
    return colours


def hemicycle(svg_path, png_path, colours):
    root = ET.parse(svg_path).getroot()
    seats = [e for e in root.iter(NS + "circle") if e.get("class") == "seat"]
    # The screenshot shows the SVG at its own size from the top left corner: the seat area in pixels.
    xs = [float(s.get("cx")) for s in seats]
    ys = [float(s.get("cy")) for s in seats]
    r = float(seats[0].get("r"))
    box = (int(min(xs) - r) - 1, int(min(ys) - r) - 1, int(max(xs) + r) + 2, int(max(ys) + r) + 2)
    width, height, rows = read_png(png_path)
    check(width >= box[2] and height >= box[3], f"hemicycle screenshot {width}x{height} smaller than the chart")

    seats_by_party = {"Independents": 92, "PML-N": 63, "PPP": 50, "Others": 19, "(undeclared)": 41}
    wanted = {p: colours[p] for p in ("Independents", "PML-N", "PPP", "Others")}
    wanted["(undeclared)"] = "#e0e0e0"

    # Each dot is drawn where the SVG puts it, in its party's colour.
    wrong = []
    for s in seats:
        x, y = int(float(s.get("cx"))), int(float(s.get("cy")))
        got = pixel(rows, x, y)
        want = hex_rgb(wanted[s.get("data-party")])
        if max(abs(a - b) for a, b in zip(got, want)) > 6:
            wrong.append((s.get("data-party"), x, y, "#%02x%02x%02x" % got))
    check(not wrong, f"hemicycle: {len(wrong)} dots not shown in their party's colour, e.g. {wrong[:3]}")

    # Areas, leaving out the middle of the half ring (the count written there).
    centre_x = (min(xs) + max(xs)) / 2
    base = max(ys) + r
    inner = min(((x - centre_x) ** 2 + (y - base) ** 2) ** 0.5 for x, y in zip(xs, ys)) - r - 1
    counts = count_colours(rows, box, wanted, outside=(centre_x, base, inner))
    print("hemicycle pixels per colour:", counts)
    for party, n in counts.items():
        check(n > 0, f"hemicycle: no pixel of {party}'s colour {wanted[party]} in the screenshot")
    check(counts["Independents"] > counts["PML-N"] > counts["PPP"] > counts["Others"],
          f"hemicycle: areas not in seat order: {counts}")
    check(counts["(undeclared)"] > counts["Others"], f"hemicycle: undeclared grey smaller than Others: {counts}")
    # Every dot has the same size, so each colour's area per seat should be about the same.
    per_seat = {p: counts[p] / seats_by_party[p] for p in counts}
    mean = sum(per_seat.values()) / len(per_seat)
    print("hemicycle pixels per seat:", {p: round(v, 1) for p, v in per_seat.items()})
    for party, v in per_seat.items():
        check(0.75 * mean <= v <= 1.25 * mean,
              f"hemicycle: {party} has {v:.1f} pixels per seat, the mean is {mean:.1f} (area not proportional)")
    # A half ring: nothing below the base line, left and right halves about as wide.
    check(max(ys) + r <= base + 0.5 and min(xs) >= 0, "hemicycle: dots outside the half ring")


def timeline(svg_path, png_path, colours):
    width, height, rows = read_png(png_path)
    wanted = {p: colours[p] for p in ("Independents", "PML-N", "PPP", "Others")}
    counts = count_colours(rows, (0, 0, width, height), wanted)
    print("timeline pixels per colour:", counts)
    for party, n in counts.items():
        check(n > 30, f"timeline: {party}'s colour {wanted[party]} barely visible ({n} pixels)")


def main():
    h_svg, h_png, t_svg, t_png, tables_dir = sys.argv[1:6]
    colours = table_colours(tables_dir)
    hemicycle(h_svg, h_png, colours)
    timeline(t_svg, t_png, colours)
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
