// libFuzzer target: raw bytes as a saved web page, as 'tally page.html' reads it.
//   bytes -> decode_text -> read_html -> the article's text and the page's metadata.
// Invariants: the text is valid UTF-8 with LF line ends, no blank line runs, no white space at a line's ends,
// never longer than the page; the metadata is valid UTF-8 and its date a real one with its origin named.
// The date parsers (URL, published dates) run on the URL found and on the input's first bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_common.h"
#include "html_reader.h"
#include "published_date.h"
#include "tally/input.h"
#include "url_date.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tally;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)parse_published_date(bytes.substr(0, 64));
  (void)date_from_url(bytes.substr(0, 256));
  Decoded decoded = decode_text(bytes);
  if (decoded.binary) return 0;
  HtmlLimits limits;
  limits.max_attributes = 8;  // small, so that short inputs reach the cut
  limits.max_script = 512;
  HtmlPage page = read_html(decoded.text, limits);
  const std::string& t = page.text;
  if (!tally_fuzz::valid_utf8(t)) tally_fuzz::fail("html text is not UTF-8", t);
  if (t.find('\r') != std::string::npos) tally_fuzz::fail("html text has a CR", t);
  if (t.find("\n\n\n") != std::string::npos) tally_fuzz::fail("html text has two blank lines in a row", t);
  if (!t.empty() && (t.front() == ' ' || t.front() == '\n' || t.back() == ' ' || t.back() == '\n'))
    tally_fuzz::fail("html text starts or ends with white space", t);
  if (t.find(" \n") != std::string::npos || t.find("\n ") != std::string::npos)
    tally_fuzz::fail("html text has a space at a line's end or start", t);
  if (t.size() > decoded.text.size()) tally_fuzz::fail("html text longer than the page", t);
  const DocumentMeta& m = page.meta;
  for (const std::string* s : {&m.title, &m.url, &m.date_from}) {
    if (!tally_fuzz::valid_utf8(*s)) tally_fuzz::fail("html metadata is not UTF-8", *s);
  }
  if (m.title.size() > 1000) tally_fuzz::fail("html title longer than 1000 bytes", m.title);
  if (m.date && (!is_valid_date(m.date->year, m.date->month, m.date->day) || m.date_from.empty()))
    tally_fuzz::fail("html date impossible or without its origin", m.date_from);
  for (auto& w : page.warnings) {
    if (!tally_fuzz::valid_utf8(w)) tally_fuzz::fail("html warning is not UTF-8", w);
  }
  if (auto d = date_from_url(m.url); d && !is_valid_date(d->year, d->month, d->day))
    tally_fuzz::fail("impossible URL date", m.url);
  return 0;
}
