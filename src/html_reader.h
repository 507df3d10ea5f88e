#pragma once
/// Saved web pages: the article's text and the page's metadata. Internal to tally_core (input.cc calls it).
///
/// The parser is libxml2's HTML parser (Debian's libxml2-dev), driven through its SAX interface, rather
/// than Gumbo (libgumbo-dev 0.10.1, an HTML5 tree builder): measured on this machine, Gumbo took 17 s and
/// 12 GB on 40,000 unclosed <div>s and ran out of 24 GB on 20,000 unclosed formatting elements, where
/// libxml2 stays linear (it stops nesting at 256 levels) and is maintained with security fixes. libxml2's
/// parser knows HTML 4 rather than HTML 5: it still reads <article>, <main>, <nav> and the like as elements
/// (with a parse error this reader ignores), and it decodes the HTML 4 entities. No document tree is built:
/// the SAX events become a flat list of elements and text runs, a few bytes per event.
#include <string>
#include <string_view>
#include <vector>

#include "tally/document.h"

namespace tally {

/// What the HTML reader made of a page.
struct HtmlPage {
  std::string text;  ///< the article's text: blocks and <br> as line breaks, a table row a line
  DocumentMeta meta;
  std::vector<std::string> warnings;
};

/// Limits that keep a hostile page linear.
struct HtmlLimits {
  std::size_t max_attributes = 64;  ///< attributes read per tag (libxml2 checks duplicates pair by pair)
  std::size_t max_script = std::size_t{4} << 20;  ///< bytes of a JSON-LD script read for its date
};

/// Reads a web page, already decoded to UTF-8. The text is that of the article only: the <article> with the
/// most text, else the <main>, else the element with the most paragraph text, else the <body>; script,
/// style, nav, aside, form, footer and the like are dropped, and so is a <header> except for its headings.
/// Rows of a table become lines with a tab between cells. The metadata: the <title>; the URL of <link
/// rel="canonical"> or og:url; the date of article:published_time, JSON-LD datePublished, <meta
/// name="date"> (and its kin), or the first <time datetime>, in that order. Never throws on bad input.
HtmlPage read_html(std::string_view page, const HtmlLimits& limits = {});

}  // namespace tally
