#include <catch2/catch.hpp>

#include "tally/timeline.h"

using namespace tally;

namespace {

DocumentResult doc(std::string path, Date date, std::vector<std::pair<std::string, int>> counts, int declared) {
  DocumentResult d;
  d.path = std::move(path);
  d.date = date;
  for (auto& [party, seats] : counts) {
    Observation o;
    o.party = party;
    o.seats = seats;
    o.source = "EC";
    o.source_kind = SourceKind::electoral_body;
    o.status = Status::provisional;
    o.coverage = Coverage{declared, 265};
    o.chamber = "National Assembly";
    o.election = "PK-2024";
    d.observations.push_back(o);
  }
  return d;
}

}  // namespace

TEST_CASE("time lines carry the latest figure forward and keep elections apart") {
  std::vector<DocumentResult> docs = {
      doc("a.txt", {2024, 2, 9}, {{"PTI", 60}, {"PPP", 30}}, 150),
      doc("b.txt", {2024, 2, 10}, {{"PTI", 90}}, 220),
  };
  auto older = doc("c.txt", {2018, 7, 27}, {{"PTI", 105}}, 270);
  for (auto& o : older.observations) o.election = "PK-2018";
  docs.push_back(older);
  auto lines = build_timelines(reconcile(docs));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].election == "PK-2018");
  const Timeline& t = lines[1];
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[1].date == Date{2024, 2, 10});
  REQUIRE(t.rows[1].latest.size() == 2);
  CHECK(t.rows[1].latest[0].party == "PTI");
  CHECK(t.rows[1].latest[0].seats == 90);
  CHECK_FALSE(t.rows[1].latest[0].carried);
  CHECK(t.rows[1].latest[1].party == "PPP");
  CHECK(t.rows[1].latest[1].carried);
  CHECK(t.rows[1].latest[1].reported == Date{2024, 2, 9});
}

TEST_CASE("as_of keeps what was known on a date, and more coverage from the body never lowers the chosen coverage") {
  std::vector<DocumentResult> docs = {
      doc("a.txt", {2024, 2, 9}, {{"PTI", 60}}, 150),
      doc("b.txt", {2024, 2, 10}, {{"PTI", 90}}, 220),
  };
  CHECK(as_of(docs, {2024, 2, 9}).size() == 1);
  CHECK(as_of(docs, {2024, 2, 8}).empty());
  // property: adding a count with higher coverage from the electoral body never lowers the chosen coverage
  auto base = reconcile({doc("a.txt", {2024, 2, 9}, {{"PTI", 60}}, 150), doc("m.txt", {2024, 2, 9}, {{"PTI", 70}}, 180)});
  for (int declared = 150; declared <= 265; declared += 23) {
    auto more = reconcile({doc("a.txt", {2024, 2, 9}, {{"PTI", 60}}, 150), doc("m.txt", {2024, 2, 9}, {{"PTI", 70}}, 180),
                           doc("z.txt", {2024, 2, 9}, {{"PTI", 80}}, declared)});
    CHECK(more.groups[0].coverage->declared >= base.groups[0].coverage->declared);
  }
}

TEST_CASE("reconciling the union of two batches equals reconciling everything at once") {
  std::vector<DocumentResult> a = {doc("a.txt", {2024, 2, 9}, {{"PTI", 60}, {"PPP", 30}}, 150)};
  std::vector<DocumentResult> b = {doc("b.txt", {2024, 2, 9}, {{"PTI", 61}}, 150), doc("c.txt", {2024, 2, 10}, {{"PTI", 90}}, 220)};
  std::vector<DocumentResult> all = a;
  all.insert(all.end(), b.begin(), b.end());
  std::vector<DocumentResult> shuffled = {all[2], all[0], all[1]};
  CHECK(reconcile(all) == reconcile(shuffled));
}
