// Corrections over time: a source lowering a party's figure from one date to a later one.
#include <catch2/catch.hpp>
#include <algorithm>

#include "tally/reconcile.h"
#include "tally/timeline.h"

using namespace tally;

namespace {

DocumentResult report(std::string path, Date date, std::optional<std::string> source, int pmln, int declared) {
  DocumentResult d;
  d.path = std::move(path);
  d.date = date;
  Observation o;
  o.party = "PML-N";
  o.seats = pmln;
  o.source = std::move(source);
  o.source_kind = SourceKind::electoral_body;
  o.status = Status::provisional;
  o.coverage = Coverage{declared, 265};
  o.chamber = "National Assembly";
  o.election = "PK-2024";
  d.observations.push_back(o);
  return d;
}

}  // namespace

TEST_CASE("a source lowering a figure from one date to a later one is a correction, in the summary and the time line") {
  std::vector<DocumentResult> docs = {
      report("a.txt", {2024, 2, 9}, "ECP", 75, 200),
      report("b.txt", {2024, 2, 10}, "ECP", 73, 250),
      report("c.txt", {2024, 2, 11}, "ECP", 74, 265),  // up again: not a correction
  };
  Summary s = reconcile(docs);
  REQUIRE(s.groups.size() == 3);
  CHECK(s.groups[0].corrections.empty());
  REQUIRE(s.groups[1].corrections.size() == 1);
  const Correction& c = s.groups[1].corrections[0];
  CHECK(c == Correction{"ECP", "PML-N", {2024, 2, 9}, 75, {2024, 2, 10}, 73});
  CHECK(std::find(s.groups[1].warnings.begin(), s.groups[1].warnings.end(),
                  "correction: ECP lowers PML-N from 75 (2024-02-09) to 73 (2024-02-10)") != s.groups[1].warnings.end());
  CHECK(s.groups[2].corrections.empty());

  auto lines = build_timelines(s);
  REQUIRE(lines.size() == 1);
  REQUIRE(lines[0].rows.size() == 3);
  CHECK(lines[0].rows[1].corrections == s.groups[1].corrections);
  CHECK(lines[0].rows[2].corrections.empty());

  SECTION("what was known then: --as-of before the correction shows none") {
    DocumentStore store;
    for (std::uint32_t i = 0; i < docs.size(); ++i) store.add(docs[i], i);
    Summary early = reconcile(store, Date{2024, 2, 9});
    REQUIRE(early.groups.size() == 1);
    CHECK(early.groups[0].corrections.empty());
  }
}

TEST_CASE("a later article quoting an earlier, smaller part of the count, or nobody, is no correction") {
  // the February 10 article repeats the count at 150 seats declared: an old figure, not a correction
  Summary stale = reconcile({report("a.txt", {2024, 2, 9}, "ECP", 75, 200), report("b.txt", {2024, 2, 10}, "ECP", 60, 150)});
  REQUIRE(stale.groups.size() == 2);
  CHECK(stale.groups[1].corrections.empty());
  // unattributed counts are not one source
  Summary nobody = reconcile({report("a.txt", {2024, 2, 9}, std::nullopt, 75, 200),
                              report("b.txt", {2024, 2, 10}, std::nullopt, 73, 250)});
  CHECK(nobody.groups.at(1).corrections.empty());
  // another source's lower figure is a disagreement, not a correction
  Summary other = reconcile({report("a.txt", {2024, 2, 9}, "ECP", 75, 200), report("b.txt", {2024, 2, 10}, "Geo", 73, 250)});
  CHECK(other.groups.at(1).corrections.empty());
}
