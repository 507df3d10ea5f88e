// The summary a reader sees: scopes, chamber names, projections, the past, consistent figures, coverage that
// belongs to another chamber. Observations are written by hand, as the extractor will deliver them.
#include <catch2/catch.hpp>
#include <algorithm>

#include "tally/reconcile.h"
#include "test_support.h"

using namespace tally;
using tally::test::tables;

namespace {

Observation count(std::string party, int seats, std::optional<std::string> source = std::nullopt,
                  std::string chamber = "National Assembly") {
  Observation o;
  o.party = std::move(party);
  o.party_text = o.party;
  o.seats = seats;
  o.source = std::move(source);
  o.source_kind = o.source ? SourceKind::media : SourceKind::unknown;
  o.chamber = std::move(chamber);
  o.election = "PK-2024";
  return o;
}

Observation at(Observation o, int declared, int total, Status status = Status::provisional) {
  o.coverage = Coverage{declared, total};
  o.status = status;
  return o;
}

DocumentResult doc(std::string path, std::vector<Observation> list, Date date = {2024, 2, 9}) {
  DocumentResult d;
  d.path = std::move(path);
  d.date = date;
  d.observations = std::move(list);
  return d;
}

const PartyTally* find(const std::vector<PartyTally>& list, const std::string& party) {
  auto it = std::find_if(list.begin(), list.end(), [&](const PartyTally& t) { return t.party == party; });
  return it == list.end() ? nullptr : &*it;
}

bool has_warning(const SummaryGroup& g, const std::string& text) {
  return std::any_of(g.warnings.begin(), g.warnings.end(), [&](auto& w) { return w.find(text) != std::string::npos; });
}

}  // namespace

TEST_CASE("a region's sub-tally is a sub-table of its chamber, never in the national count") {
  Observation national = count("Labour", 411, std::nullopt, "House of Commons");
  national.election = "GB-2024";
  national.chamber_seats = 650;
  Observation conservative = national;
  conservative.party = "Conservative";
  conservative.seats = 121;
  Observation wales = national;
  wales.seats = 27;
  wales.chamber_seats = 32;
  wales.scope = "Wales";
  // the same article, unattributed: once one report, where Wales's 27 rivalled the 411
  Summary s = reconcile({doc("a.txt", {national, conservative, wales})}, &tables());
  REQUIRE(s.groups.size() == 2);
  const SummaryGroup& whole = s.groups[0];
  const SummaryGroup& region = s.groups[1];
  CHECK_FALSE(whole.scope);
  CHECK(whole.chamber_seats == 650);  // never the region's 32
  REQUIRE(find(whole.parties, "Labour"));
  CHECK(find(whole.parties, "Labour")->seats == 411);
  CHECK(find(whole.parties, "Labour")->rivals.empty());
  CHECK(whole.conflicts.empty());
  CHECK(whole.warnings.empty());
  CHECK(region.scope == "Wales");
  CHECK(region.chamber == "House of Commons");
  CHECK(region.chamber_seats == 32);
  REQUIRE(region.parties.size() == 1);
  CHECK(region.parties[0].seats == 27);
  CHECK(region.warnings.empty());
}

TEST_CASE("chamber names are made canonical before grouping") {
  Summary s = reconcile({doc("a.txt", {count("PTI", 90, "Geo", "In Punjab Assembly"),
                                       count("PML-N", 80, "Geo", "Punjab Assembly"),
                                       count("PTI", 84, "Geo", "KP Assembly"),
                                       count("JUI-F", 7, "Geo", "Results of the Khyber Pakhtunkhwa Assembly")})},
                        &tables());
  REQUIRE(s.groups.size() == 2);
  CHECK(s.groups[0].chamber == "Khyber Pakhtunkhwa Assembly");
  CHECK(s.groups[0].parties.size() == 2);
  CHECK(s.groups[1].chamber == "Punjab Assembly");
  CHECK(s.groups[1].parties.size() == 2);
  // without tables, the words around a name still go
  Summary bare = reconcile({doc("a.txt", {count("PTI", 90, "Geo", "In the Punjab Assembly")})});
  CHECK(bare.groups.at(0).chamber == "Punjab Assembly");
}

TEST_CASE("an exit poll is kept beside the declared counts, never chosen over them nor in conflict") {
  Observation poll = count("Labour", 410, "Ipsos");
  poll.source_kind = SourceKind::pollster;
  poll.status = Status::projected;
  Observation poll_con = poll;
  poll_con.party = "Conservative";
  poll_con.seats = 131;
  Observation declared = at(count("Labour", 412, "BBC"), 648, 650);
  Summary s = reconcile({doc("a.txt", {poll, poll_con}), doc("b.txt", {declared})});
  REQUIRE(s.groups.size() == 1);
  const SummaryGroup& g = s.groups[0];
  REQUIRE(g.parties.size() == 1);  // a party with only a projection is not added to the count
  CHECK(g.parties[0].seats == 412);
  CHECK(g.parties[0].rivals.empty());
  CHECK(g.parties[0].min_seats == 412);
  CHECK(g.conflicts.empty());
  REQUIRE(g.projections.size() == 2);
  CHECK(find(g.projections, "Labour")->seats == 410);
  CHECK(find(g.projections, "Conservative")->seats == 131);
  CHECK(g.status == Status::provisional);

  SECTION("a day of projections only: they are the figures") {
    Summary only = reconcile({doc("a.txt", {poll, poll_con})});
    REQUIRE(only.groups.size() == 1);
    CHECK(only.groups[0].parties.size() == 2);
    CHECK(only.groups[0].projections.empty());
    CHECK(only.groups[0].status == Status::projected);
  }
}

TEST_CASE("a previous election's count never enters today's group") {
  Observation past = count("PTI", 149, "ECP");
  past.historical = true;
  Summary s = reconcile({doc("a.txt", {count("PTI", 90, "ECP"), past})});
  REQUIRE(s.groups.size() == 1);
  REQUIRE(s.groups[0].parties.size() == 1);
  CHECK(s.groups[0].parties[0].seats == 90);
  CHECK(s.groups[0].parties[0].max_seats == 90);
  CHECK(s.groups[0].parties[0].rivals.empty());
  // a document with only a historical count is a date without tallies
  Summary old = reconcile({doc("b.txt", {past})});
  REQUIRE(old.groups.size() == 1);
  CHECK(old.groups[0].parties.empty());
}

TEST_CASE("figures that would take the count past its declared coverage are set aside with the reason") {
  std::vector<DocumentResult> docs = {
      doc("a.txt", {at(count("PTI", 120, "ECP"), 200, 265, Status::official),
                    at(count("PML-N", 70, "ECP"), 200, 265, Status::official)}),
      doc("b.txt", {at(count("PPP", 40, "Geo"), 240, 265), at(count("MQM-P", 8, "Geo"), 240, 265)}),
  };
  Summary s = reconcile(docs, &tables());
  REQUIRE(s.groups.size() == 1);
  const SummaryGroup& g = s.groups[0];
  // 190 of 200 declared: PPP's 40 (the larger, tried first) does not fit, MQM-P's 8 does
  CHECK(find(g.parties, "MQM-P"));
  CHECK_FALSE(find(g.parties, "PPP"));
  REQUIRE(g.set_aside.size() == 1);
  CHECK(g.set_aside[0].party == "PPP");
  CHECK(g.set_aside[0].claim.seats == 40);
  CHECK(g.set_aside[0].claim.sources == std::vector<std::string>{"Geo"});
  CHECK(g.set_aside[0].reason == "would bring the count to 230 seats, more than the 200 declared");
  int total = 0;
  for (auto& t : g.parties) total += t.seats;
  CHECK(total <= 200);
}

TEST_CASE("without a declared coverage, the chamber's size bounds the count") {
  // the National Assembly has 336 seats in the table; no article gives a size
  std::vector<DocumentResult> docs = {
      doc("a.txt", {count("PTI", 200, "ECP"), count("PML-N", 100, "ECP")}),
      doc("b.txt", {count("PPP", 54, "Geo"), count("MQM-P", 17, "Geo")}),
  };
  docs[0].observations[0].source_kind = SourceKind::electoral_body;
  docs[0].observations[1].source_kind = SourceKind::electoral_body;
  Summary s = reconcile(docs, &tables());
  const SummaryGroup& g = s.groups.at(0);
  CHECK(find(g.parties, "MQM-P"));
  REQUIRE(g.set_aside.size() == 1);
  CHECK(g.set_aside[0].party == "PPP");
  CHECK(g.set_aside[0].reason == "would bring the count to 354 seats, more than the chamber's 336 seats");
  // without the tables the size is unknown: nothing to bound by
  CHECK(reconcile(docs).groups.at(0).set_aside.empty());
}

TEST_CASE("a coverage belongs to the chamber whose report states it") {
  // the national 262 of 266 carried onto the Sindh Assembly's count (168 seats in the table)
  Observation sindh = at(count("PPP", 84, "ECP", "Sindh Assembly"), 262, 266);
  Summary s = reconcile({doc("a.txt", {sindh})}, &tables());
  const SummaryGroup& g = s.groups.at(0);
  CHECK_FALSE(g.coverage);
  CHECK(has_warning(g, "is another chamber's (larger than this chamber's 168 seats): not used here"));

  // a coverage carried from a paragraph above the heading that names this count's chamber
  Observation punjab = at(count("PML-N", 137, "ECP", "Punjab Assembly"), 120, 130);
  punjab.context.coverage = {ContextFrom::paragraph, 3};
  punjab.context.chamber = {ContextFrom::heading, 7};
  Summary carried = reconcile({doc("b.txt", {punjab})}, &tables());
  const SummaryGroup& p = carried.groups.at(0);
  CHECK_FALSE(p.coverage);
  CHECK(has_warning(p, "stated on line 3, above the heading of this chamber (line 7)"));

  // the coverage of the count's own sentence or heading stays
  punjab.context.coverage = {ContextFrom::sentence, 7};
  CHECK(reconcile({doc("b.txt", {punjab})}, &tables()).groups.at(0).coverage == Coverage{120, 130});
}
