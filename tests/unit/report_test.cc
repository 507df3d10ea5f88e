#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tally/reconcile.h"
#include "tally/report.h"
#include "test_support.h"

using namespace tally;

namespace {

Report sample() {
  Report r;
  r.documents.push_back(test::extract(" date 2024-02-09 According to Geo News, the PTI leads with 80 seats and the "
                                      "PPP \"has\" 40.\n"));
  r.documents.back().path = "b.txt";
  r.documents.back().url = "https://example.com/2024/02/09/b";
  r.documents.back().title = "PTI \"leads\"";
  r.documents.back().id = "42";
  r.documents.push_back(test::extract(" date 2024-02-10 Nothing to count.\xC3"));
  r.documents.back().path = "a.txt";
  r.errors.push_back({"missing.txt", "No such file or directory"});
  normalize(r);
  r.summary = reconcile(r.documents);
  return r;
}

}  // namespace

TEST_CASE("extract output read back gives the same documents and summary") {
  Report r = sample();
  std::ostringstream out;
  write_extract(out, r);
  std::vector<DocumentResult> docs;
  std::vector<InputError> errors;
  std::vector<LineError> line_errors;
  read_extract(out.str(), "x.jsonl", docs, errors, line_errors);
  CHECK(line_errors.empty());
  Report back;
  back.documents = docs;
  back.errors = errors;
  normalize(back);
  CHECK(back.documents == r.documents);
  CHECK(back.errors == r.errors);
  CHECK(reconcile(back.documents) == r.summary);
}

TEST_CASE("malformed JSON Lines are reported with their line numbers; good lines are kept") {
  std::string text =
      "{\"record\":\"document\",\"path\":\"a.txt\",\"date\":\"2024-02-09\",\"date_source\":\"header\",\"warnings\":[]}\n"
      "not json\n"
      "{\"record\":\"observation\",\"document\":\"a.txt\",\"date\":\"2024-02-09\",\"party\":\"PTI\",\"seats\":\"many\",\"chamber\":\"NA\"}\n"
      "{\"record\":\"observation\",\"document\":\"a.txt\",\"date\":\"2024-02-09\",\"party\":\"PTI\",\"seats\":5,\"chamber\":\"NA\"}\n"
      "{\"record\":\"observation\",\"document\":\"a.txt\",\"par";
  std::vector<DocumentResult> docs;
  std::vector<InputError> errors;
  std::vector<LineError> line_errors;
  read_extract(text, "x.jsonl", docs, errors, line_errors);
  REQUIRE(line_errors.size() == 3);
  CHECK(line_errors[0].line == 2);
  CHECK(line_errors[1].line == 3);
  CHECK(line_errors[2].line == 5);
  CHECK(line_errors[2].message.find("truncated") != std::string::npos);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].observations.size() == 1);
}

TEST_CASE("CSV quotes fields and the table has no colour unless asked") {
  Report r = sample();
  std::ostringstream csv, plain, colour;
  write_csv(csv, r);
  CHECK(csv.str().rfind("date,election,chamber,party,seats", 0) == 0);
  CHECK(csv.str().find("2024-02-09,PK-2024,National Assembly,PTI,80") != std::string::npos);
  write_table(plain, r, Color::never);
  write_table(colour, r, Color::always);
  CHECK(plain.str().find('\x1b') == std::string::npos);
  CHECK(colour.str().find('\x1b') != std::string::npos);
  CHECK(plain.str().find("error: missing.txt") != std::string::npos);
}

TEST_CASE("JSON output stays valid UTF-8 and has the contract's top-level keys") {
  Report r = sample();
  std::ostringstream out;
  write_report(out, r, Format::json, Color::never);
  std::string s = out.str();
  for (auto key : {"\"tally_version\"", "\"documents\"", "\"summary\"", "\"errors\""}) CHECK(s.find(key) != std::string::npos);
  // the lone byte 0xC3 in the input was decoded by the test as-is; the writer must replace it, not emit it
  bool lone = false;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) lone |= s[i] == '\xC3' && (static_cast<unsigned char>(s[i + 1]) & 0xC0) != 0x80;
  CHECK_FALSE(lone);
}

TEST_CASE("JSON written with the summary on a second thread is byte for byte the one-thread JSON") {
  Report r = sample();
  std::ostringstream one, two;
  write_report(one, r, Format::json, Color::never);
  write_report(two, stream_of(r), Format::json, Color::never, 2);
  CHECK(two.str() == one.str());
  Report empty;
  std::ostringstream e1, e2;
  write_report(e1, stream_of(empty), Format::json, Color::never, 1);
  write_report(e2, stream_of(empty), Format::json, Color::never, 2);
  CHECK(e2.str() == e1.str());
}

TEST_CASE("The documents array written by hand is what nlohmann would dump, escapes and bad UTF-8 included") {
  Report r = sample();
  DocumentResult odd;
  odd.path = std::string("odd \"q\" back\\slash tab\t nl\n cr\r bell\x07 del\x7f \xC3\xA9 bad\xC3 \xFF.txt");
  odd.warnings = {"w1\x01", "caf\xC3\xA9", "\xE2\x80\x9Cq\xE2\x80\x9D", "lone \xED\xA0\x80 surrogate"};
  odd.url = "http://x/\"a\"\x01";
  odd.title = "bad \xC3 title";
  odd.id = "7\n";
  Observation o;
  o.party = "P\"Q";
  o.party_text = "p\\q";
  o.seats = 7;
  o.seats_max = 9;
  o.coverage = Coverage{3, std::nullopt};
  o.chamber_seats = 100;
  o.source = "S\x1f";
  o.historical = true;
  o.span = {0, 4294967296ull};
  o.evidence = "\xF0\x9F\x97\xB3 ballot \xF4\x90\x80\x80 too high, \xC0\xAF overlong";
  odd.observations = {o, Observation{}};
  r.documents.push_back(odd);
  r.documents.push_back(DocumentResult{});
  std::ostringstream out;
  write_report(out, r, Format::json, Color::never);
  nlohmann::json j = nlohmann::json::parse(out.str());
  CHECK(j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n" == out.str());
}

TEST_CASE("documents carry url, title and id in the JSON report and the extract records, null when unknown") {
  Report r = sample();
  std::ostringstream json, lines;
  write_report(json, r, Format::json, Color::never);
  write_extract(lines, r);
  nlohmann::json j = nlohmann::json::parse(json.str());
  REQUIRE(j["documents"].size() == 2);
  CHECK(j["documents"][0]["path"] == "a.txt");
  CHECK(j["documents"][0]["url"].is_null());
  CHECK(j["documents"][0]["title"].is_null());
  CHECK(j["documents"][0]["id"].is_null());
  CHECK(j["documents"][1]["url"] == "https://example.com/2024/02/09/b");
  CHECK(j["documents"][1]["title"] == "PTI \"leads\"");
  CHECK(j["documents"][1]["id"] == "42");
  std::istringstream in(lines.str());
  std::string line;
  int documents = 0;
  while (std::getline(in, line)) {
    nlohmann::json record = nlohmann::json::parse(line);
    if (record["record"] != "document") continue;
    ++documents;
    CHECK(record.contains("url"));
    CHECK(record.contains("title"));
    CHECK(record.contains("id"));
    if (record["path"] == "b.txt") CHECK(record["id"] == "42");
  }
  CHECK(documents == 2);
}

TEST_CASE("extract lines written by hand are what nlohmann dumps of themselves, odd strings included") {
  Report r = sample();
  DocumentResult odd;
  odd.path = "odd \"q\"\t\xC3\xA9 bad\xC3.txt";
  odd.warnings = {"w\x01", "second"};
  odd.country = "PK";
  odd.date = Date{2024, 2, 9};
  Observation o;
  o.party = "P\"Q";
  o.seats = 7;
  o.seats_max = 9;
  o.coverage = Coverage{3, 5};
  o.scope = "Punjab";
  o.source = "S\\";
  o.rule = "party_number";
  o.context.source = {ContextFrom::paragraph, 4};
  o.evidence = "line\nbreak \xE2\x80\x9Cq\xE2\x80\x9D \x7F";
  odd.observations = {o, Observation{}};
  r.documents.push_back(odd);
  std::ostringstream out;
  write_extract(out, r);
  std::istringstream in(out.str());
  std::string line;
  int lines = 0;
  while (std::getline(in, line)) {
    ++lines;
    nlohmann::json j = nlohmann::json::parse(line);
    CHECK(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) == line);
  }
  CHECK(lines == 3 + 2 + 2 + 1);  // three documents, the observations of b.txt and of odd, the error
}

TEST_CASE("summary groups written by hand are what nlohmann dumps of them, in JSON and JSON Lines, a large group included") {
  Report r = sample();
  SummaryGroup g;
  g.date = Date{2024, 2, 9};
  g.election = "PK-2024";
  g.chamber = "National Assembly";
  g.coverage = Coverage{100, std::nullopt};
  g.chamber_seats = 266;
  g.scope = "Punjab \"east\"";
  g.sources = {"ECP", "Geo \"News\""};
  g.warnings = {"w\t1"};
  Claim c;
  c.seats = 5;
  c.seats_max = 7;
  c.sources = {"ECP"};
  c.documents = {"a.txt"};
  c.evidence = "PPP 5 \xE2\x80\x93 7";
  c.coverage = Coverage{3, 5};
  c.decided_by = "coverage";
  PartyTally t;
  t.party = "PPP";
  t.seats = 5;
  t.min_seats = 4;
  t.max_seats = 6;
  t.sources = {"ECP"};
  t.rule = "agreement";
  t.note = "a note";
  t.rivals = {c, c};
  g.parties = {t, t};
  g.breakdown = {t};
  g.projections = {t};
  g.set_aside = {SetAside{"MQM", c, "more than declared"}};
  g.corrections = {Correction{"ECP", "PPP", Date{2024, 2, 9}, 54, Date{2024, 2, 10}, 50}};
  g.conflicts = {Conflict{"PPP", {c, c}}};
  for (int i = 0; i < 5000; ++i) g.documents.push_back("dir/article-" + std::to_string(i) + ".txt");  // > 64 KiB
  r.summary.groups.push_back(g);
  r.summary.groups.push_back(SummaryGroup{});
  std::ostringstream json, lines;
  write_report(json, r, Format::json, Color::never);
  nlohmann::json j = nlohmann::json::parse(json.str());
  CHECK(j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n" == json.str());
  CHECK(j["summary"].size() == r.summary.groups.size());
  write_report(lines, r, Format::jsonl, Color::never);
  std::istringstream in(lines.str());
  std::string line;
  int groups = 0;
  while (std::getline(in, line)) {
    nlohmann::json record = nlohmann::json::parse(line);
    CHECK(record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) == line);
    groups += record["record"] == "group";
  }
  CHECK(groups == static_cast<int>(r.summary.groups.size()));
}
