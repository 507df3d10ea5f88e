#include <catch2/catch.hpp>
#include <sstream>

#include "tally/reconcile.h"
#include "tally/report.h"
#include "tally/store.h"
#include "tally/timeline.h"
#include "test_support.h"

using namespace tally;

TEST_CASE("a stored document unpacks to the document it was made of") {
  DocumentResult d = test::extract(" date 2024-02-09 According to Geo News, the PTI leads with 80 seats and the "
                                   "PPP has 40 of 265 seats.\n");
  d.path = "dir/sub/a.txt";
  d.warnings = {"decoded from UTF-16LE", "no date found"};
  d.url = "https://example.com/2024/02/09/a";
  d.title = "Count \u2014 day two";
  d.id = "a-1";
  REQUIRE(d.observations.size() == 2);
  Observation odd = test::seat_count("Others", 7);
  odd.seats_max = 9;
  odd.qualifier = Qualifier::range;
  odd.basis = Basis::leading;
  odd.source = "";
  odd.source_kind = SourceKind::pollster;
  odd.status = Status::projected;
  odd.coverage = Coverage{-3, std::nullopt};
  odd.chamber_seats = 0;
  odd.historical = true;
  odd.scope = "Wales";
  odd.rule = "list_line";
  odd.context.source = {ContextFrom::intro, 12};
  odd.context.status = {ContextFrom::heading, 4000000000u};
  odd.context.coverage = {ContextFrom::footer, 1};
  odd.context.chamber = {ContextFrom::fallback, 0};
  odd.span = {std::size_t{1} << 40, (std::size_t{1} << 40) + 5};  // past 4 GiB: JSON Lines may say so
  odd.evidence = d.observations[0].evidence;                      // shared sentence
  d.observations.push_back(odd);
  d.observations.push_back(test::seat_count("PML-N", 0));
  DocumentStore store;
  store.add(d, 0);
  DocumentResult plain;
  plain.path = "-";
  store.add(plain, 1);
  REQUIRE(store.size() == 2);
  CHECK(store.document(0) == d);
  CHECK(store.document(1) == plain);
}

TEST_CASE("normalize sorts stored documents by whole path and keeps the first of each path") {
  DocumentStore store;
  std::vector<std::string> paths{"a/b.txt", "a.txt", "a/", "a/b.txt", "b", "a/a/z.txt", "-", "a0/x.txt", "a/b.txt"};
  for (std::uint32_t i = 0; i < paths.size(); ++i) {
    DocumentResult d;
    d.path = paths[i];
    d.country = std::to_string(i);  // tells duplicates apart
    store.add(d, i);
  }
  store.normalize();
  std::vector<std::string> sorted = paths;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  REQUIRE(store.size() == sorted.size());
  for (std::size_t i = 0; i < sorted.size(); ++i) CHECK(store.document(i).path == sorted[i]);
  for (std::size_t i = 0; i < store.size(); ++i) {
    if (store.document(i).path == "a/b.txt") CHECK(store.document(i).country == "0");
  }
}

TEST_CASE("reconciling a store, group by group, equals reconciling the documents") {
  std::vector<DocumentResult> docs;
  for (int i = 0; i < 6; ++i) {
    DocumentResult d;
    d.path = "d" + std::to_string(i % 3) + "/" + std::to_string(i) + ".txt";
    if (i != 5) d.date = Date{2024, 2, 8 + i % 2};
    d.observations = {test::seat_count("PTI", 80 + i % 2), test::seat_count("PPP", 40)};
    if (i % 2) d.observations[0].source = "Geo News";
    docs.push_back(d);
  }
  docs.push_back(DocumentResult{"empty.txt", Date{2024, 2, 7}, DateSource::header, "", {}, {}, {}, {}, {}});
  DocumentStore store;
  for (std::uint32_t i = 0; i < docs.size(); ++i) store.add(docs[i], i);
  Summary all = reconcile(docs);
  CHECK(reconcile(store) == all);
  std::size_t n = 0;
  reconcile_each(store, std::nullopt, [&](SummaryGroup&& g) { CHECK(g == all.groups.at(n++)); });
  CHECK(n == all.groups.size());
  Summary early = reconcile(store, Date{2024, 2, 8});
  CHECK(early == reconcile(as_of(docs, Date{2024, 2, 8})));
  // the streamed report writes what the report of vectors writes
  Report r;
  r.documents = docs;
  normalize(r);
  r.summary = reconcile(r.documents);
  store.normalize();
  std::vector<InputError> errors{{"missing.txt", "No such file or directory"}};
  r.errors = errors;
  for (Format f : {Format::json, Format::jsonl, Format::csv, Format::table}) {
    std::ostringstream a, b;
    write_report(a, r, f, Color::never);
    write_report(b, stream_of(store, errors, std::nullopt), f, Color::never);
    CHECK(a.str() == b.str());
  }
}

TEST_CASE("a store spilled to a file gives the documents, groups and report of the store in memory") {
  std::vector<DocumentResult> docs;
  for (int i = 0; i < 9; ++i) {
    DocumentResult d;
    d.path = "d" + std::to_string(i % 7 % 3) + "/" + std::to_string(i % 7) + ".txt";  // two paths twice
    if (i != 5) d.date = Date{2024, 2, 8 + i % 2};
    d.country = std::to_string(i);
    d.warnings = {"note " + std::to_string(i)};
    if (i % 3 == 1) d.url = "https://example.com/" + std::to_string(i);
    if (i % 3 == 2) d.title = "title " + std::to_string(i);
    if (i == 7) d.id = "id7";
    d.observations = {test::seat_count("PTI", 80 + i % 2), test::seat_count("PPP", 40)};
    if (i % 2) d.observations[0].source = "Geo News";
    if (i == 4) d.observations[1].historical = true;
    if (i == 3) {
      d.observations[0].scope = "Punjab";
      d.observations[0].rule = "frame_won";
      d.observations[0].context.source = {ContextFrom::paragraph, 7};
      d.observations[0].context.chamber = {ContextFrom::heading, 5};
    }
    d.observations[1].evidence += std::string(1, '\0') + "after a NUL";
    docs.push_back(d);
  }
  docs.push_back(DocumentResult{"empty.txt", Date{2024, 2, 7}, DateSource::header, "", {}, {}, {}, {}, {}});
  for (std::size_t budget : {std::size_t{0}, std::size_t{2000}}) {
    DocumentStore memory, spilled;
    spilled.set_spill_budget(budget);
    for (std::uint32_t i = 0; i < docs.size(); ++i) {
      memory.add(docs[i], i);
      spilled.add(docs[i], i);
    }
    memory.normalize();
    spilled.normalize();
    REQUIRE(spilled.spilled());
    CHECK(spilled.size() == 0);
    std::vector<DocumentResult> a, b;
    memory.each_document([&](const DocumentResult& d) { a.push_back(d); });
    spilled.each_document([&](const DocumentResult& d) { b.push_back(d); });
    CHECK(a == b);
    CHECK(a.size() == 8);
    CHECK(reconcile(spilled) == reconcile(memory));
    CHECK(reconcile(spilled, Date{2024, 2, 8}) == reconcile(memory, Date{2024, 2, 8}));
    std::vector<InputError> errors;
    for (Format f : {Format::json, Format::jsonl, Format::csv, Format::table}) {
      std::ostringstream x, y;
      write_report(x, stream_of(memory, errors, std::nullopt), f, Color::never);
      write_report(y, stream_of(spilled, errors, std::nullopt), f, Color::never);
      CHECK(x.str() == y.str());
    }
  }
}
