#!/usr/bin/env python3
"""Wraps a plain-text article in a saved web page, as a news site would serve it, or in a JSON Lines feed line.

    make_page.py page ARTICLE.txt [--url URL] [--no-date]   a page: head with title, date metadata, scripts and
                                                            styles full of numbers; a site header with navigation;
                                                            the article (a header with a headline and a byline,
                                                            its paragraphs, its lines as <br>); a "most read"
                                                            sidebar, a newsletter form and a footer, all with
                                                            numbers of their own
    make_page.py line ARTICLE.txt ID [--url URL] [--no-date] [--field text|content|body]   one feed line

The article's ' date YYYY-MM-DD' header, if any, becomes the page's article:published_time (or the line's
"date"), not part of its text; --no-date leaves the date out (so that a URL or the text must give it).
"""
import html
import json
import re
import sys


def read_article(path):
    text = open(path, encoding="utf-8").read()
    m = re.match(r"^ ?date (\d{4}-\d{2}-\d{2}) ?", text)
    date = m.group(1) if m else None
    if m:
        text = text[m.end():]
    return date, text


def page(text, date, url):
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    body = "\n".join("<p>%s</p>" % "<br>\n".join(html.escape(line) for line in p.split("\n")) for p in paragraphs)
    meta = '<meta property="article:published_time" content="%sT09:30:00+05:00">' % date if date else ""
    canonical = '<link rel="canonical" href="%s">' % html.escape(url) if url else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Election update | The Daily Example</title>
{meta}
{canonical}
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>.seats-93 {{ width: 93px; }} .col-75 {{ margin: 54px }}</style>
<script>window.dataLayer = [{{"Independents": 999, "PML-N": 888, "seats": 777}}];
var results = "PTI 120 seats, PML-N 130 seats"; if (a < 265 && b > 133) {{ render(); }}</script>
<script type="application/ld+json">{{"@type": "WebSite", "name": "The Daily Example 24"}}</script>
</head>
<body>
<header class="site"><nav><a href="/">Home</a> | <a href="/elections-2024">Elections 2024</a> |
<a href="/live">Live: 265 seats</a></nav><div class="ticker">BREAKING: Independents 101, PML-N 80, PPP 60</div></header>
<!-- comment with numbers: PTI 333 seats -->
<main>
<article>
<header><h1>Election update</h1><p class="byline">By Staff Reporter | Updated 12:45 | 14 comments</p></header>
{body}
<footer class="tags">Tags: Pakistan, elections, 2024 | Share 1.2k</footer>
</article>
<aside class="most-read"><h2>Most read</h2><ol>
<li><a href="/a">Independents win 150 seats in landslide</a></li>
<li><a href="/b">PML-N claims 120 seats, PPP 45</a></li>
<li><a href="/c">Live: PTI-backed candidates lead in 98 constituencies</a></li></ol></aside>
</main>
<form class="newsletter"><label>Get 7 stories a day</label><input name="email"><button>Sign up, 2 clicks</button></form>
<footer class="site"><p>&copy; 2024 The Daily Example, 42 Press Road. All 365 days.</p></footer>
<script>track({{"page": 12345, "PTI": 77}});</script>
</body></html>
"""


def main():
    args = sys.argv[1:]
    url = None
    field = "text"
    no_date = "--no-date" in args
    args = [a for a in args if a != "--no-date"]
    if "--url" in args:
        i = args.index("--url")
        url = args[i + 1]
        del args[i:i + 2]
    if "--field" in args:
        i = args.index("--field")
        field = args[i + 1]
        del args[i:i + 2]
    kind, path = args[0], args[1]
    date, text = read_article(path)
    if no_date:
        date = None
    if kind == "page":
        sys.stdout.write(page(text, date, url))
    else:
        line = {"id": args[2], "title": "Election update"}
        if url:
            line["url"] = url
        if date:
            line["date"] = date
        line[field] = text
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
