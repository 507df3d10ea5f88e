// JSON Lines feeds: lines, fields, errors named FILE:LINE, and a feed through the whole pipeline.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "feed_reader.h"
#include "tally/pipeline.h"
#include "test_support.h"

using namespace tally;

namespace {

/// Every line a reader gives for these bytes: "N:text" (or "N:too long").
std::vector<std::string> lines_of(const std::string& bytes, std::size_t max_line = FeedReader::kMaxLine) {
  std::FILE* file = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
  REQUIRE(file);
  FeedReader reader(max_line);
  reader.open(file, "f.jsonl");
  std::vector<std::string> out;
  FeedLine line;
  while (reader.next(line)) out.push_back(std::to_string(line.number) + ":" + (line.too_long ? "too long" : line.text));
  InputError error;
  if (reader.failed(error)) out.push_back("error: " + error.message);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("feed lines: numbered from 1, blank lines skipped and counted, a BOM dropped, no final newline needed") {
  CHECK(lines_of("\xEF\xBB\xBF{\"a\":1}\n\n  \r\n{\"b\":2}\r\n{\"c\":3}") == V{"1:{\"a\":1}", "4:{\"b\":2}\r", "5:{\"c\":3}"});
  CHECK(lines_of("") == V{});
  CHECK(lines_of("\n\n") == V{});
}

TEST_CASE("feed lines: a line over the limit is skipped as too long, the next is read; UTF-16 is refused") {
  std::string big(100000, 'x');  // longer than a read buffer, too
  CHECK(lines_of("{}\n" + big + "\n{\"ok\":1}\n", 1000) == V{"1:{}", "2:too long", "3:{\"ok\":1}"});
  CHECK(lines_of(big + "\n", 200000) == V{"1:" + big});
  CHECK(lines_of("\xFF\xFE{\0}\0", 1000) == V{"error: a JSON Lines feed must be UTF-8; this one is UTF-16"});
}

TEST_CASE("feed line: text, date, url, title and id; numbers for the date and the id") {
  SourceText s;
  InputError e;
  REQUIRE(read_feed_line(R"({"id": 7, "url": "https://x/2024/02/09/a", "title": "T", "published": 1707480000,)"
                         R"( "text": "A\r\nB \u0000 C", "content": "not this", "extra": {"text": "nor this"}})",
                         "f.jsonl:3", s, e));
  CHECK(s.path == "f.jsonl:3");
  CHECK(s.text == "A\nB   C");
  CHECK(s.meta.id == "7");
  CHECK(s.meta.url == "https://x/2024/02/09/a");
  CHECK(s.meta.title == "T");
  CHECK(s.meta.date == Date{2024, 2, 9});
  CHECK(s.meta.date_from == "field 'published'");
  CHECK(s.warnings == V{"1 NUL characters read as spaces"});
  REQUIRE(read_feed_line(R"({"body": "b", "date": "soon", "published_at": "2024-02-10T01:00:00Z"})", "f:1", s, e));
  CHECK(s.text == "b");
  CHECK(s.meta.date == Date{2024, 2, 10});
  CHECK(s.warnings == V{"field 'date' is not a date ('soon'); ignored"});
}

TEST_CASE("feed line: invalid UTF-8 is read as Latin-1, a raw NUL as a space, with warnings") {
  SourceText s;
  InputError e;
  REQUIRE(read_feed_line(std::string("{\"text\": \"caf\xE9 \0 x\"}", 20), "f:1", s, e));
  CHECK(s.text == "caf\xC3\xA9   x");
  CHECK(s.warnings.size() == 2);
}

TEST_CASE("feed line: what is not an article is an error naming the line") {
  SourceText s;
  InputError e;
  auto error_of = [&](std::string_view line) {
    CHECK_FALSE(read_feed_line(line, "feed.jsonl:9", s, e));
    CHECK(e.path == "feed.jsonl:9");
    return e.message;
  };
  CHECK(error_of(R"({"text": "unterminated)").rfind("malformed JSON: ", 0) == 0);
  CHECK(error_of(R"({"text": "a"} trailing)").rfind("malformed JSON: ", 0) == 0);
  CHECK(error_of(std::string("{\"text\": \"raw\x01control\"}")).rfind("malformed JSON: ", 0) == 0);
  // the bytes nlohmann last read may end inside a character (here the first of a Latin-1 byte read as UTF-8):
  // the message stays valid UTF-8 (a fuzz_feed crash)
  std::string m = error_of("{\"text\":\xFFraw}");
  CHECK(m.rfind("malformed JSON: ", 0) == 0);
  CHECK(m.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(m.find("\xC3'") == std::string::npos);
  CHECK(error_of("[1, 2]") == "not a JSON object");
  CHECK(error_of("\"text\"") == "not a JSON object");
  CHECK(error_of(R"({"title": "no text"})") == "no text: an article line needs a \"text\", \"content\" or \"body\" string");
  CHECK(error_of(R"({"text": 5})") == "field 'text' is not a string");
  CHECK(error_of(R"({"content": {"html": "x"}})") == "field 'content' is not a string");
  CHECK(error_of(R"({"record": "observation", "party": "PPP"})") ==
        "a 'tally extract' record, not an article: read such lines with 'tally reconcile'");
}

TEST_CASE("a feed through the pipeline: each line a document named FILE:LINE, bad lines errors, the rest read") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "tally_feed_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "feed.jsonl")
      << R"({"id": "a", "date": "2024-02-09", "text": "The PML-N had 75 seats and the PPP 54."})" "\n"
      << "{\"text\": broken}\n\n"
      << R"({"id": "b", "url": "https://x/2024/02/10/b", "text": "The PPP had 55 seats."})" "\n";
  std::ofstream(dir / "page.html") << "<title>P</title><article><p>The PML-N had 76 seats and the PPP 53.</p></article>";
  std::ofstream(dir / "notes.md") << "not walked";
  for (unsigned threads : {1u, 2u}) {
    PipelineOptions options;
    options.threads = threads;
    Report r = extract_inputs({dir.string()}, test::lexicon(), options);
    REQUIRE(r.documents.size() == 3);
    std::string feed = (dir / "feed.jsonl").string();
    CHECK(r.documents[0].path == feed + ":1");
    CHECK(r.documents[0].id == "a");
    CHECK(r.documents[0].date_source == DateSource::metadata);
    CHECK(test::pairs(r.documents[0]) == V{"PML-N=75", "PPP=54"});
    CHECK(r.documents[1].path == feed + ":4");
    CHECK(r.documents[1].date == Date{2024, 2, 10});
    CHECK(r.documents[1].date_source == DateSource::url);
    CHECK(r.documents[2].path == (dir / "page.html").string());
    CHECK(r.documents[2].title == "P");
    CHECK(test::pairs(r.documents[2]) == V{"PML-N=76", "PPP=53"});
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == feed + ":2");
  }
  PipelineOptions as_text;
  as_text.format = InputFormat::text;
  Report r = extract_inputs({(dir / "feed.jsonl").string()}, test::lexicon(), as_text);
  CHECK(r.documents.size() == 1);  // --input-format text: the feed is one text
  fs::remove_all(dir);
}
