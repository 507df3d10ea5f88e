#include <catch2/catch.hpp>

#include "tally/eval.h"

using namespace tally;

namespace {

DocumentResult found(const std::string& party, const std::string& text, int seats, std::optional<std::string> source,
                     const std::string& chamber) {
  DocumentResult d;
  d.path = "dir/a.txt";
  Observation o;
  o.party = party;
  o.party_text = text;
  o.seats = seats;
  o.source = std::move(source);
  o.chamber = chamber;
  d.observations.push_back(o);
  return d;
}

std::vector<GoldDocument> gold(const std::string& lines) { return read_gold(lines, "gold.jsonl"); }

}  // namespace

TEST_CASE("eval matches a gold party by tally's canonical name or by the words the article uses") {
  auto g = gold(R"({"type":"claim","file":"a.txt","party":"Republicans","party_text":"Republicans","seats":39,"chamber":"National Assembly","source":"Interior Ministry"})");
  auto r = evaluate({found("LR", "the Republicans", 39, "interior ministry", "National Assembly (FR)")}, g);
  CHECK(r.matched == 1);
  CHECK(r.source_right == 1);   // case and nothing else differ
  CHECK(r.chamber_right == 1);  // tally's country suffix is not a different chamber
  // a different seat count or party is still a miss and a false find
  r = evaluate({found("LR", "Republicans", 40, std::nullopt, "")}, g);
  CHECK(r.matched == 0);
  r = evaluate({found("RN", "National Rally", 39, std::nullopt, "")}, g);
  CHECK(r.matched == 0);
}

TEST_CASE("eval gives an exactly named found claim to the gold claim that names it") {
  // Two gold claims with the same seats; the loose match of the first must not take the exact one of the second.
  auto g = gold(R"({"type":"claim","file":"a.txt","party":"Labour","party_text":"Labour","seats":10}
{"type":"claim","file":"a.txt","party":"Scottish Labour","seats":10})");
  DocumentResult d = found("Scottish Labour", "Labour", 10, std::nullopt, "");
  Observation o = d.observations[0];
  o.party = "Labour";
  o.party_text = "Labour";
  d.observations.push_back(o);  // after the Scottish Labour claim, whose words are 'Labour'
  auto r = evaluate({d}, g);
  CHECK(r.matched == 2);
}

TEST_CASE("eval still tells different sources and chambers apart") {
  auto g = gold(R"({"type":"claim","file":"a.txt","party":"A","seats":5,"chamber":"Senate","source":"Exit poll"})");
  auto r = evaluate({found("A", "A", 5, "Election Commission", "National Assembly (BR)")}, g);
  CHECK(r.matched == 1);
  CHECK(r.source_right == 0);
  CHECK(r.chamber_right == 0);
}

TEST_CASE("eval takes a chamber named with its country for the same chamber, and no other") {
  auto g = gold(R"({"type":"claim","file":"a.txt","party":"A","seats":5,"chamber":"Parliament"})");
  CHECK(evaluate({found("A", "A", 5, std::nullopt, "Parliament of Sri Lanka")}, g).chamber_right == 1);
  CHECK(evaluate({found("A", "A", 5, std::nullopt, "Parliamentary Council")}, g).chamber_right == 0);
  CHECK(evaluate({found("A", "A", 5, std::nullopt, "Provincial Parliament")}, g).chamber_right == 0);
}

namespace {

SummaryGroup group_of(const std::string& chamber, std::vector<std::pair<std::string, int>> rows) {
  SummaryGroup g;
  g.date = Date{2024, 2, 9};
  g.election = "PK-2024";
  g.chamber = chamber;
  g.documents = {"dir/a.txt", "dir/b.txt"};
  for (auto& [party, seats] : rows) {
    PartyTally t;
    t.party = party;
    t.seats = seats;
    g.parties.push_back(t);
  }
  return g;
}

}  // namespace

TEST_CASE("eval scores the summary: rows some gold claim of the group's documents supports, and groups all right") {
  auto g = gold(R"({"type":"claim","file":"a.txt","party":"PTI","seats":90,"chamber":"National Assembly"}
{"type":"claim","file":"b.txt","party":"PML-N","party_text":"Muslim League","seats":64,"chamber":"National Assembly"}
{"type":"claim","file":"b.txt","party":"PPP","seats":50,"chamber":"National Assembly","historical":true}
{"type":"claim","file":"b.txt","party":"PPP","seats":40,"chamber":"Sindh Assembly"}
{"type":"claim","file":"c.txt","party":"MQM-P","seats":17,"chamber":"National Assembly"})");
  Summary s;
  // PTI 90 from a.txt, PML-N 64 by its words in b.txt: right; PPP 50 is only historical, PPP 40 another chamber,
  // MQM-P 17 a document outside the group
  s.groups.push_back(group_of("National Assembly", {{"PTI", 90}, {"Muslim League", 64}}));
  s.groups.push_back(group_of("National Assembly", {{"PTI", 90}, {"PPP", 50}, {"PPP", 40}, {"MQM-P", 17}}));
  SummaryGroup unannotated = group_of("National Assembly", {{"PTI", 1}});
  unannotated.documents = {"dir/z.txt"};
  s.groups.push_back(unannotated);
  EvalResult r;
  score_summary(s, g, r);
  CHECK(r.summary_groups == 2);
  CHECK(r.summary_groups_right == 1);
  CHECK(r.summary_rows == 6);
  CHECK(r.summary_rows_supported == 3);
  CHECK(std::count_if(r.items.begin(), r.items.end(), [](const EvalItem& i) { return i.what == "summary"; }) == 3);
}

TEST_CASE("eval compares a summary group's scope with a gold claim's only when both have one") {
  auto g = gold(R"({"type":"claim","file":"a.txt","party":"Labour","seats":27,"chamber":"House of Commons","scope":"Wales"}
{"type":"claim","file":"a.txt","party":"Plaid Cymru","seats":4,"chamber":"House of Commons"})");
  Summary s;
  SummaryGroup wales = group_of("House of Commons", {{"Labour", 27}, {"Plaid Cymru", 4}});
  wales.scope = "Wales";
  SummaryGroup scotland = group_of("House of Commons", {{"Labour", 27}});
  scotland.scope = "Scotland";
  SummaryGroup national = group_of("House of Commons", {{"Labour", 27}});
  s.groups = {wales, scotland, national};
  EvalResult r;
  score_summary(s, g, r);
  CHECK(r.summary_rows == 4);
  CHECK(r.summary_rows_supported == 3);  // Scotland's Labour 27 is not the Welsh claim
  CHECK(r.summary_groups_right == 2);
}
