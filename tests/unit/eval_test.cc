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
