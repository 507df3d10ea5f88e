// libFuzzer target: raw bytes as a JSON Lines feed of articles, as 'tally feed.jsonl' reads it.
//   bytes -> FeedReader (line by line, lines over 256 bytes too long) -> read_feed_line -> a document or an
//   error naming FILE:LINE.
// Invariants: line numbers rise; each line gives a document (valid UTF-8 text, LF line ends, its name) or an
// error naming that line with a valid UTF-8 message; a feed's read never fails on bytes alone.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "feed_reader.h"
#include "fuzz_common.h"
#include "url_date.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tally;
  if (size == 0) return 0;
  std::FILE* file = fmemopen(const_cast<std::uint8_t*>(data), size, "rb");
  if (!file) return 0;
  FeedReader reader(256);
  reader.open(file, "feed.jsonl");
  FeedLine line;
  long last = 0;
  while (reader.next(line)) {
    if (line.number <= last) tally_fuzz::fail("feed line numbers do not rise", std::to_string(line.number));
    last = line.number;
    if (line.too_long) {
      if (!line.text.empty()) tally_fuzz::fail("a too-long feed line kept its text");
      continue;
    }
    if (line.text.size() > 256) tally_fuzz::fail("feed line longer than the limit", line.text);
    std::string name = feed_line_name("feed.jsonl", line.number);
    SourceText source;
    InputError error;
    if (read_feed_line(line.text, name, source, error)) {
      if (source.path != name) tally_fuzz::fail("feed document misnamed", source.path);
      if (!tally_fuzz::valid_utf8(source.text)) tally_fuzz::fail("feed text is not UTF-8", source.text);
      if (source.text.find('\r') != std::string::npos) tally_fuzz::fail("feed text has a CR", source.text);
      for (const std::string* s : {&source.meta.url, &source.meta.title, &source.meta.id, &source.meta.date_from}) {
        if (!tally_fuzz::valid_utf8(*s)) tally_fuzz::fail("feed field is not UTF-8", *s);
      }
      if (source.meta.date && source.meta.date_from.empty()) tally_fuzz::fail("feed date without its field");
      for (auto& w : source.warnings) {
        if (!tally_fuzz::valid_utf8(w)) tally_fuzz::fail("feed warning is not UTF-8", w);
      }
      (void)date_from_url(source.meta.url);
    } else {
      if (error.path != name) tally_fuzz::fail("feed error does not name its line", error.path + " vs " + name);
      if (error.message.empty() || !tally_fuzz::valid_utf8(error.message))
        tally_fuzz::fail("feed error message empty or not UTF-8", error.message);
    }
  }
  InputError error;
  if (reader.failed(error) && error.message.find("UTF-16") == std::string::npos)
    tally_fuzz::fail("feed read failed on bytes", error.message);
  return 0;
}
