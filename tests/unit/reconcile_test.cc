#include <catch2/catch.hpp>
#include <algorithm>

#include "tally/reconcile.h"

using namespace tally;

namespace {

Observation obs(std::string party, int seats, std::string source, SourceKind kind, Status status, int declared, int total) {
  Observation o;
  o.party = std::move(party);
  o.seats = seats;
  o.source = std::move(source);
  o.source_kind = kind;
  o.status = status;
  o.coverage = Coverage{declared, total};
  o.chamber = "National Assembly";
  o.election = "PK-2024";
  return o;
}

DocumentResult doc(std::string path, std::vector<Observation> list) {
  DocumentResult d;
  d.path = std::move(path);
  d.date = Date{2024, 2, 9};
  d.observations = std::move(list);
  return d;
}

const PartyTally* find(const SummaryGroup& g, const std::string& party) {
  for (auto& t : g.parties) {
    if (t.party == party) return &t;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("higher coverage wins; same-coverage disagreement is a conflict; Others is not double counted") {
  auto ecp = SourceKind::electoral_body;
  std::vector<DocumentResult> docs = {
      doc("a.txt", {obs("Independents", 62, "ECP", ecp, Status::provisional, 157, 265),
                    obs("PML-N", 43, "ECP", ecp, Status::provisional, 157, 265)}),
      doc("b.txt", {obs("Independents", 91, "Geo", SourceKind::media, Status::provisional, 224, 265),
                    obs("PPP", 50, "Geo", SourceKind::media, Status::provisional, 224, 265)}),
      doc("c.txt", {obs("Independents", 92, "ECP", ecp, Status::provisional, 224, 265),
                    obs("PPP", 50, "ECP", ecp, Status::provisional, 224, 265),
                    obs("Others", 19, "ECP", ecp, Status::provisional, 224, 265)}),
      doc("d.txt", {obs("MQM-P", 8, "Watch", SourceKind::observer, Status::provisional, 212, 265)}),
  };
  Summary s = reconcile(docs);
  REQUIRE(s.groups.size() == 1);
  const auto& g = s.groups[0];
  CHECK(g.coverage == Coverage{224, 265});
  CHECK(g.sources == std::vector<std::string>{"ECP"});
  REQUIRE(find(g, "Independents"));
  CHECK(find(g, "Independents")->seats == 92);
  CHECK(find(g, "Independents")->rule == "source_kind");
  CHECK(find(g, "Independents")->min_seats == 62);
  CHECK(find(g, "PPP")->sources == std::vector<std::string>{"ECP", "Geo"});
  CHECK_FALSE(find(g, "MQM-P"));
  REQUIRE(g.breakdown.size() == 1);  // MQM-P 8 at 212: inside Others
  CHECK(g.breakdown[0].party == "MQM-P");
  // PML-N 43 at 157 cannot be inside the 11 seats of Others left: set aside, with the reason
  REQUIRE(g.set_aside.size() == 1);
  CHECK(g.set_aside[0].party == "PML-N");
  CHECK(g.set_aside[0].claim.seats == 43);
  CHECK(g.set_aside[0].reason == "more than the 11 seats left in Others of the chosen count");
  REQUIRE(g.conflicts.size() == 1);
  CHECK(g.conflicts[0].party == "Independents");
  CHECK(g.conflicts[0].values.size() == 2);

  SECTION("the result does not depend on input order") {
    std::reverse(docs.begin(), docs.end());
    CHECK(reconcile(docs) == s);
    std::swap(docs[0], docs[2]);
    CHECK(reconcile(docs) == s);
  }
}

TEST_CASE("status outranks coverage; a party missing from the chosen count is added when it fits") {
  std::vector<DocumentResult> docs = {
      doc("a.txt", {obs("PTI", 100, "ECP", SourceKind::electoral_body, Status::official, 200, 265)}),
      doc("b.txt", {obs("PTI", 110, "Geo", SourceKind::media, Status::unofficial, 240, 265),
                    obs("PPP", 40, "Geo", SourceKind::media, Status::unofficial, 240, 265)}),
  };
  Summary s = reconcile(docs);
  REQUIRE(s.groups.size() == 1);
  CHECK(find(s.groups[0], "PTI")->seats == 100);
  CHECK(find(s.groups[0], "PTI")->rule == "status");
  REQUIRE(find(s.groups[0], "PPP"));
  CHECK_FALSE(find(s.groups[0], "PPP")->note.empty());
}

TEST_CASE("elections, chambers and dates never mix; historical counts stay out") {
  auto a = obs("PTI", 90, "ECP", SourceKind::electoral_body, Status::provisional, 200, 265);
  auto b = a;
  b.chamber = "Punjab Assembly";
  auto c = a;
  c.election = "IN-2024";
  c.party = "BJP";
  auto h = a;
  h.historical = true;
  h.seats = 149;
  Summary s = reconcile({doc("a.txt", {a, b, c, h})});
  REQUIRE(s.groups.size() == 3);
  for (auto& g : s.groups) {
    REQUIRE(g.parties.size() == 1);
    CHECK(g.parties[0].seats != 149);
  }
}

TEST_CASE("a correction and a count above the coverage are warned about") {
  std::vector<DocumentResult> docs = {
      doc("a.txt", {obs("PTI", 90, "ECP", SourceKind::electoral_body, Status::provisional, 200, 265)}),
      doc("b.txt", {obs("PTI", 85, "ECP", SourceKind::electoral_body, Status::provisional, 220, 265),
                    obs("PPP", 150, "ECP", SourceKind::electoral_body, Status::provisional, 220, 265)}),
  };
  Summary s = reconcile(docs);
  REQUIRE(s.groups.size() == 1);
  auto& w = s.groups[0].warnings;
  CHECK(std::any_of(w.begin(), w.end(), [](auto& x) { return x.find("correction") != std::string::npos; }));
  CHECK(std::any_of(w.begin(), w.end(), [](auto& x) { return x.find("more than the 220 declared") != std::string::npos; }));
}

TEST_CASE("counts larger than the chamber, and won mixed with leading, are warned about") {
  auto sized = [](Observation o, int size, Basis basis) {
    o.chamber_seats = size;
    o.basis = basis;
    return o;
  };
  std::vector<DocumentResult> docs = {
      doc("a.txt", {sized(obs("PTI", 300, "ECP", SourceKind::electoral_body, Status::official, 280, 400), 272, Basis::won),
                    sized(obs("PPP", 40, "ECP", SourceKind::electoral_body, Status::official, 280, 400), 272, Basis::leading)}),
  };
  Summary s = reconcile(docs);
  REQUIRE(s.groups.size() == 1);
  CHECK(s.groups[0].chamber_seats == 272);
  auto& w = s.groups[0].warnings;
  auto has = [&](const char* text) {
    return std::any_of(w.begin(), w.end(), [&](auto& x) { return x.find(text) != std::string::npos; });
  };
  CHECK(has("340 seats, more than the chamber's 272 seats"));
  // a coverage larger than the chamber is another chamber's: not used, and said so
  CHECK(has("the coverage of 280 of 400 seats given with ECP's count in a.txt is another chamber's (larger than this "
            "chamber's 272 seats): not used here"));
  CHECK_FALSE(s.groups[0].coverage);
  CHECK(has("gives PTI 300 seats, more than the chamber's 272 seats"));
  CHECK(has("mixes seats won (PTI) with seats led in counting (PPP)"));
}

TEST_CASE("a count within the chamber and of one basis raises none of these warnings") {
  Observation o = obs("PTI", 90, "ECP", SourceKind::electoral_body, Status::official, 200, 265);
  o.chamber_seats = 265;
  o.basis = Basis::won;
  Summary s = reconcile({doc("a.txt", {o})});
  REQUIRE(s.groups.size() == 1);
  CHECK(s.groups[0].warnings.empty());
}

TEST_CASE("a date with documents but no tallies is reported, undated documents too") {
  DocumentResult quiet;
  quiet.path = "q.txt";
  quiet.date = Date{2024, 2, 10};
  DocumentResult undated;
  undated.path = "u.txt";
  Summary s = reconcile({quiet, undated});
  REQUIRE(s.groups.size() == 2);
  CHECK(s.groups[0].date == Date{2024, 2, 10});
  CHECK(s.groups[0].parties.empty());
  CHECK_FALSE(s.groups[1].date);
  CHECK_FALSE(s.groups[1].warnings.empty());
}
