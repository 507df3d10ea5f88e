#include <catch2/catch.hpp>
#include <sstream>
#include <stdexcept>

#include "tally/pipeline.h"
#include "tally/reconcile.h"
#include "tally/report.h"
#include "tally/store.h"
#include "test_support.h"

using namespace tally;

namespace {

/// 40 documents over 20 dates (and one undated): 21 groups.
std::vector<DocumentResult> many_groups() {
  std::vector<DocumentResult> docs;
  for (int i = 0; i < 40; ++i) {
    DocumentResult d;
    d.path = "d" + std::to_string(i % 4) + "/" + std::to_string(i) + ".txt";
    if (i != 7) d.date = Date{2024, 2, 1 + i % 20};
    d.observations = {test::seat_count("PTI", 80 + i % 3), test::seat_count("PPP", 40 + i % 2)};
    if (i % 2) d.observations[0].source = "Geo News";
    docs.push_back(d);
  }
  return docs;
}

}  // namespace

TEST_CASE("reconcile_ahead gives reconcile_each's groups in order, and the same report in every format") {
  auto docs = many_groups();
  for (std::size_t budget : {SIZE_MAX, std::size_t{0}}) {  // in memory, and spilled to a file
    DocumentStore store;
    store.set_spill_budget(budget);
    for (std::uint32_t i = 0; i < docs.size(); ++i) store.add(docs[i], i);
    store.normalize();
    std::vector<SummaryGroup> expected;
    reconcile_each(store, std::nullopt, [&](SummaryGroup&& g) { expected.push_back(std::move(g)); });
    REQUIRE(expected.size() == 21);
    std::vector<InputError> errors{{"missing.txt", "No such file or directory"}};
    for (std::size_t ahead : {1, 8}) {
      std::vector<SummaryGroup> got;
      reconcile_ahead(store, errors, std::nullopt, nullptr, ahead).groups([&](const SummaryGroup& g) { got.push_back(g); });
      CHECK(got == expected);
    }
    for (Format f : {Format::json, Format::jsonl, Format::csv, Format::table}) {
      for (unsigned threads : {1u, 2u}) {
        std::ostringstream a, b;
        write_report(a, stream_of(store, errors, std::nullopt), f, Color::never, threads);
        write_report(b, reconcile_ahead(store, errors, std::nullopt), f, Color::never, threads);
        CHECK(a.str() == b.str());
      }
    }
    std::size_t early = 0;
    reconcile_ahead(store, errors, Date{2024, 2, 5}).groups([&](const SummaryGroup&) { ++early; });
    CHECK(early == 5);
  }
}

TEST_CASE("reconcile_ahead: a writer that fails stops the reconciling thread and its error comes through") {
  auto docs = many_groups();
  DocumentStore store;
  for (std::uint32_t i = 0; i < docs.size(); ++i) store.add(docs[i], i);
  store.normalize();
  std::vector<InputError> errors;
  for (std::size_t ahead : {1, 4}) {
    std::size_t written = 0;
    auto stream = reconcile_ahead(store, errors, std::nullopt, nullptr, ahead);
    CHECK_THROWS_WITH(stream.groups([&](const SummaryGroup&) {
      if (++written == 3) throw std::runtime_error("disk full");
    }),
                      "disk full");
    CHECK(written == 3);  // no group after the failure, and no hang
  }
}
