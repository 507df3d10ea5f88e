// Saved web pages: the article's text, its lines, and the page's metadata.
#include <catch2/catch.hpp>

#include "html_reader.h"

using namespace tally;

namespace {

std::string text_of(std::string_view page) { return read_html(page).text; }

}  // namespace

TEST_CASE("html: the <article> only; scripts, navigation, sidebars, forms and footers are dropped") {
  auto page = read_html(R"(<html><head><title>T</title><script>var seats = 999;</script><style>p{}</style></head>
<body><header><nav><a href="/">Home</a> 12 sections</nav></header>
<main><article><p>The PML-N had 75 seats.</p><p>The PPP had 54.</p>
<form><p>Subscribe: 10 issues</p></form></article>
<aside><h2>Most read</h2><ol><li>Independents win 999 seats</li></ol></aside></main>
<footer>&copy; 2024, 123 Street</footer><script>track(42)</script></body></html>)");
  CHECK(page.text == "The PML-N had 75 seats.\n\nThe PPP had 54.");
  CHECK(page.warnings.empty());
}

TEST_CASE("html: without <article>, the <main>; without either, the element with the most paragraph text") {
  CHECK(text_of("<body><div>menu 1</div><main><p>In main.</p></main><div><p>x</p></div></body>") == "In main.");
  CHECK(text_of("<body><div id=side><p>Short one.</p></div>"
                "<div id=story><h1>Head</h1><p>A longer first paragraph.</p><p>And a second.</p></div></body>") ==
        "Head\n\nA longer first paragraph.\n\nAnd a second.");
  // the <article> with the most text, not the first (a teaser before the story)
  CHECK(text_of("<article><p>Teaser</p></article><article><p>The story itself, longer.</p></article>") ==
        "The story itself, longer.");
  // an <article> in a dropped sidebar is not a candidate
  CHECK(text_of("<aside><article><p>Sidebar story with many words in it.</p></article></aside>"
                "<div><p>Body.</p></div>") == "Body.");
  // no paragraphs at all: the body, dropped parts aside
  CHECK(text_of("<body><nav>n</nav><div>Line one<br>Line two</div></body>") == "Line one\nLine two");
}

TEST_CASE("html: an HTML 5 element right after the title, with no <body>, is read") {
  auto page = read_html("<title>T</title><article><p>The PML-N had 76 seats.</p></article>");
  CHECK(page.meta.title == "T");
  CHECK(page.text == "The PML-N had 76 seats.");
}

TEST_CASE("html: a header keeps its headings only, inside the article") {
  CHECK(text_of("<article><header><h1>Headline</h1><p class=byline>By A. Writer | share 3</p></header>"
                "<p>Body.</p></article>") == "Headline\n\nBody.");
}

TEST_CASE("html: blocks and <br> are line breaks, paragraphs blank lines, white space collapsed") {
  CHECK(text_of("<article><p>One\n   two\tthree</p><div>four<br>five<br/><br>six</div><p>seven</p></article>") ==
        "One two three\n\nfour\nfive\nsix\n\nseven");
  CHECK(text_of("<article><ul><li>a 1</li><li>b 2</li></ul><p>c</p></article>") == "a 1\nb 2\n\nc");
  CHECK(text_of("<article><pre>x  1\ny 2</pre></article>") == "x 1\ny 2");
  CHECK(text_of("<article><p>a<hr>b</p></article>") == "a\n\nb");
  CHECK(text_of("<article><p>in<b>line</b> <i>words</i> <a href=x>stay</a></p></article>") == "inline words stay");
}

TEST_CASE("html: a table row is a line, its cells separated by a tab") {
  CHECK(text_of("<article><p>Results:</p><table><tr><th>Party</th><th>Seats</th></tr>"
                "<tr><td>PTI</td><td>93</td></tr><tr><td><p>PML-N</p></td><td> 75 </td></tr></table></article>") ==
        "Results:\n\nParty\tSeats\nPTI\t93\nPML-N\t75");
  // empty cells add no tab; rows without end tags still end their line
  CHECK(text_of("<article><table><tr><td>PPP<td><td>54<tr><td>MQM-P<td>17</table></article>") ==
        "PPP\t54\nMQM-P\t17");
  // a table inside a cell stays on its row's line
  CHECK(text_of("<article><table><tr><td>A</td><td><table><tr><td>1</td></tr><tr><td>2</td></tr></table></td></tr>"
                "</table></article>") == "A\t1 2");
}

TEST_CASE("html: entities are decoded; a non-breaking space is a space") {
  CHECK(text_of("<article><p>PTI&nbsp;93 &amp; PML&#8209;N &#x4B;&#75; &rsquo;&hellip; &lt;b&gt;</p></article>") ==
        "PTI 93 & PML\xE2\x80\x91N KK \xE2\x80\x99\xE2\x80\xA6 <b>");
  // broken ones stay as written and never produce invalid text
  std::string t = text_of("<article><p>a &bogus; b &#0; c &#x110000; d &#xD800; e &</p></article>");
  CHECK(t.find("a &bogus; b") == 0);
  CHECK(t.find('\0') == std::string::npos);
}

TEST_CASE("html: the title, the canonical URL and the date from the metadata, best first") {
  auto page = read_html(R"(<html><head><title> Count &amp;
  results </title><meta property="og:title" content="OG"><meta property="og:url" content="https://x/og">
<link rel="canonical" href="https://x/2024/02/08/count"><meta name="date" content="2024-02-07">
<meta property="article:published_time" content="2024-02-09T10:00:00+05:00"></head>
<body><article><p><time datetime="2024-02-06">Feb 6</time> Text.</p></article></body></html>)");
  CHECK(page.meta.title == "Count & results");
  CHECK(page.meta.url == "https://x/2024/02/08/count");
  CHECK(page.meta.date == Date{2024, 2, 9});
  CHECK(page.meta.date_from == "article:published_time");
  CHECK(page.text == "Feb 6 Text.");
}

TEST_CASE("html: a title keeps its characters; a long one is cut on a character boundary") {
  CHECK(read_html("<title>Caf\xC3\xA9 \xE2\x80\x94 \xE2\x80\x9Cx\xE2\x80\x9D</title>").meta.title ==
        "Caf\xC3\xA9 \xE2\x80\x94 \xE2\x80\x9Cx\xE2\x80\x9D");
  std::string long_title = "a";
  for (int i = 0; i < 600; ++i) long_title += "\xC3\xA9";
  std::string title = read_html("<title>" + long_title + "</title>").meta.title;
  CHECK(title.size() == 999);
  CHECK(title == long_title.substr(0, 999));
}

TEST_CASE("html: JSON-LD datePublished, then <meta name=date>, then <time datetime>") {
  auto ld = read_html(R"(<head><meta name="date" content="2024-02-07"><script type="application/ld+json">
{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2024-02-09T08:00:00Z"}]}
</script></head><body><p>x</p></body>)");
  CHECK(ld.meta.date == Date{2024, 2, 9});
  CHECK(ld.meta.date_from == "JSON-LD datePublished");
  auto named = read_html(R"(<head><meta name="DC.date.issued" content="Fri, 09 Feb 2024 10:00:00 GMT"></head><p>x</p>)");
  CHECK(named.meta.date == Date{2024, 2, 9});
  CHECK(named.meta.date_from == "meta dc.date.issued");
  auto time = read_html(R"(<aside><time datetime="2023-01-01">old</time></aside>
<div><p>Side.</p></div><article><p>Story <time datetime="2024-02-09">today</time>.</p></article>)");
  CHECK(time.meta.date == Date{2024, 2, 9});
  CHECK(time.meta.date_from == "<time datetime>");
  auto og = read_html(R"(<head><meta property="og:title" content="Only OG"><meta property="og:url" content="https://x/y"></head>)");
  CHECK(og.meta.title == "Only OG");
  CHECK(og.meta.url == "https://x/y");
}

TEST_CASE("html: a metadata date that is not a date is ignored with a warning") {
  auto page = read_html(R"(<head><meta property="article:published_time" content="last Tuesday"></head><p>x</p>)");
  CHECK_FALSE(page.meta.date);
  REQUIRE(page.warnings.size() == 1);
  CHECK(page.warnings[0] == "the page's date 'last Tuesday' in article:published_time is not a date; ignored");
}

TEST_CASE("html: a page nesting past 256 levels is read up to there, with the line") {
  std::string deep = "<body><article><p>Before.</p>\n";
  for (int i = 0; i < 400; ++i) deep += "<div>";
  deep += "deep</div><p>After.</p></article>";
  auto page = read_html(deep);
  CHECK(page.text.find("Before.") == 0);
  CHECK(page.text.find("After.") == std::string::npos);
  REQUIRE(page.warnings.size() == 1);
  CHECK(page.warnings[0] ==
        "the HTML parser stopped at line 2 (elements nested more than 256 deep); the page is read up to there");
}

TEST_CASE("html: a tag with too many attributes keeps the first ones; the page reads on") {
  std::string tag = "<p";
  for (int i = 0; i < 100; ++i) tag += " a" + std::to_string(i) + "=\"v>" + std::to_string(i) + "\"";
  HtmlLimits limits;
  limits.max_attributes = 10;
  auto page = read_html("<article>\n" + tag + ">First.</p><p x=1>Second.</p></article>", limits);
  CHECK(page.text == "First.\n\nSecond.");
  REQUIRE(page.warnings.size() == 1);
  CHECK(page.warnings[0] == "line 2: 1 tag has more than 10 attributes; the rest were not read");
}

TEST_CASE("html: empty, text-only and unclosed pages give their text, never an error") {
  CHECK(read_html("").text.empty());
  CHECK(text_of("just words") == "just words");
  CHECK(text_of("<p>unclosed <b>bold <i>and <a href='x>y'>link") == "unclosed bold and link");
  CHECK(text_of("<<<>>><p>>x</p></</div>") .find('x') != std::string::npos);
}
