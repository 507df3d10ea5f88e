#!/usr/bin/env python3
"""Writes an HTML page that shows SVG files inline and, in the browser, measures them with a script; the
script writes its findings into <pre id="result"> for `chromium --dump-dom`.

usage: dom_page.py OUT.html FILE.svg...
"""
import os
import sys

SCRIPT = r"""
<script>
(function () {
  const lines = [];
  for (const svg of document.querySelectorAll("svg")) {
    const name = svg.parentNode.getAttribute("data-file");
    const box = svg.getBoundingClientRect();
    const seats = svg.querySelectorAll("circle.seat");
    const parties = {};
    for (const s of seats) parties[s.dataset.party] = (parties[s.dataset.party] || 0) + 1;
    // Dots that overlap (centres closer than the sum of the radii, as laid out by the browser).
    let overlaps = 0;
    const c = Array.from(seats, s => { const r = s.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2, r.width / 2]; });
    for (let i = 0; i < c.length; i++)
      for (let j = i + 1; j < c.length; j++)
        if (Math.hypot(c[i][0] - c[j][0], c[i][1] - c[j][1]) < c[i][2] + c[j][2] - 0.5) overlaps++;
    // Text measured with the real font: inside the picture, and no two labels on top of each other.
    const texts = Array.from(svg.querySelectorAll("text"), t => t.getBoundingClientRect())
                       .filter(r => r.width > 0);
    let outside = 0, collisions = 0;
    for (const r of texts)
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
        outside++;
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i], b = texts[j];
        const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (dx > 1 && dy > 3) collisions++;
      }
    // Text over seats.
    let covered = 0;
    for (const r of texts)
      for (const [x, y, rad] of c)
        if (x + rad > r.left + 1 && x - rad < r.right - 1 && y + rad > r.top + 3 && y - rad < r.bottom - 3) covered++;
    const points = svg.querySelectorAll("circle.point").length;
    const swatches = svg.querySelectorAll("rect.legend-swatch").length;
    lines.push(`${name} seats=${seats.length} points=${points} swatches=${swatches} overlaps=${overlaps} ` +
               `text_outside=${outside} text_collisions=${collisions} text_over_seats=${covered} ` +
               `parties=${JSON.stringify(parties)}`);
  }
  const pre = document.createElement("pre");
  pre.id = "result";
  pre.textContent = "\n" + lines.join("\n") + "\n";
  document.body.appendChild(pre);
})();
</script>
"""


def main():
    out, files = sys.argv[1], sys.argv[2:]
    parts = ["<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>charts</title>",
             "<style>body{margin:0} div{line-height:0}</style></head><body>\n"]
    for f in files:
        with open(f, encoding="utf-8") as fh:
            svg = fh.read()
        if svg.startswith("<?xml"):
            svg = svg[svg.index("?>") + 2:]
        parts.append(f"<div data-file=\"{os.path.basename(f)}\">{svg}</div>\n")
    parts.append(SCRIPT)
    parts.append("</body></html>\n")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("".join(parts))


if __name__ == "__main__":
    main()
