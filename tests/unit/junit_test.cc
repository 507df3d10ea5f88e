#include <catch2/catch.hpp>
#include <sstream>

#include "tally/junit.h"

using namespace tally;

namespace {

DocumentResult document(const std::string& path, std::vector<std::pair<std::string, int>> counts,
                        const std::string& evidence) {
  DocumentResult d;
  d.path = path;
  for (auto& [party, seats] : counts) {
    Observation o;
    o.party = o.party_text = party;
    o.seats = seats;
    o.chamber = "National Assembly";
    o.evidence = evidence;
    d.observations.push_back(o);
  }
  return d;
}

std::string junit(const EvalResult& r, const JUnitSuite& suite) {
  std::ostringstream out;
  write_junit(out, r, suite);
  return out.str();
}

}  // namespace

TEST_CASE("xml_escape escapes markup and replaces what XML 1.0 cannot hold") {
  CHECK(xml_escape("PML-N & PPP <64> \"won\" 'it'") == "PML-N &amp; PPP &lt;64&gt; &quot;won&quot; &apos;it&apos;");
  CHECK(xml_escape("Soci\xC3\xA9t\xC3\xA9 \xE2\x82\xAC") == "Soci\xC3\xA9t\xC3\xA9 \xE2\x82\xAC");  // UTF-8 kept
  CHECK(xml_escape(std::string("a\0b\x01\tc\nd\re", 10)) == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\tc\nd&#13;e");
  CHECK(xml_escape("\xFF x \xC3") == "\xEF\xBF\xBD x \xEF\xBF\xBD");    // not UTF-8
  CHECK(xml_escape("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");          // an overlong '/'
  CHECK(xml_escape("\xEF\xBF\xBF") == "\xEF\xBF\xBD");                  // U+FFFF is no XML character
  CHECK(xml_escape("\xF0\x9F\x97\xB3") == "\xF0\x9F\x97\xB3");          // outside the BMP: kept
}

TEST_CASE("write_junit gives a test case per gold document and a failure per miss, false find and attribute") {
  auto gold = read_gold(R"({"type":"document","file":"a.txt","date":null}
{"type":"claim","file":"a.txt","party":"PTI","seats":90,"chamber":"National Assembly"}
{"type":"claim","file":"a.txt","party":"PPP","seats":54,"chamber":"Senate"}
{"type":"document","file":"b.txt","date":null}
{"type":"claim","file":"b.txt","party":"PTI","seats":90,"chamber":"National Assembly"}
{"type":"document","file":"c.txt","date":null})",
                        "gold.jsonl");
  std::vector<DocumentResult> docs = {
      document("dir/a.txt", {{"PTI", 90}, {"PPP", 54}, {"ANP", 5}}, "PTI won 90 & PPP 54 <provisional>."),
      document("dir/b.txt", {{"PTI", 90}}, "PTI won 90."),
      document("dir/other.txt", {}, "")};
  EvalResult r = evaluate(docs, gold);
  JUnitSuite suite = junit_suite("gold.jsonl", gold, docs);
  CHECK(suite.gold_files == std::vector<std::string>{"a.txt", "b.txt", "c.txt"});
  CHECK(suite.evaluated == std::vector<std::string>{"a.txt", "b.txt"});  // c.txt is not among the inputs
  suite.checks = {{"F1 >= 0.9", false, "F1 0.857143 is below --min-f1 0.9"}};

  CHECK(junit(r, suite) == R"(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="tally eval" tests="4" failures="2" errors="0" skipped="1">
  <testsuite name="gold.jsonl" tests="3" failures="1" errors="0" skipped="1">
    <properties>
      <property name="documents" value="2"/>
      <property name="gold_claims" value="3"/>
      <property name="found_claims" value="4"/>
      <property name="matched" value="3"/>
      <property name="precision" value="0.7500"/>
      <property name="recall" value="1.0000"/>
      <property name="f1" value="0.8571"/>
      <property name="source_accuracy" value="1.0000"/>
      <property name="coverage_accuracy" value="1.0000"/>
      <property name="status_accuracy" value="1.0000"/>
      <property name="chamber_accuracy" value="0.6667"/>
      <property name="date_accuracy" value="1.0000"/>
    </properties>
    <testcase classname="tally.eval.documents" name="a.txt">
      <failure type="chamber" message="chamber of PPP 54: expected Senate, found National Assembly">expected (gold): Senate
found: National Assembly
evidence: PTI won 90 &amp; PPP 54 &lt;provisional&gt;.</failure>
      <failure type="false" message="false find: ANP 5 [ANP]">found: ANP 5 [ANP]
expected (gold): no such claim
evidence: PTI won 90 &amp; PPP 54 &lt;provisional&gt;.</failure>
    </testcase>
    <testcase classname="tally.eval.documents" name="b.txt"/>
    <testcase classname="tally.eval.documents" name="c.txt">
      <skipped message="not among the inputs"/>
    </testcase>
    <system-out>not in the gold file (skipped): dir/other.txt
</system-out>
  </testsuite>
  <testsuite name="gold.jsonl: thresholds" tests="1" failures="1" errors="0" skipped="0">
    <testcase classname="tally.eval.thresholds" name="F1 &gt;= 0.9">
      <failure type="threshold" message="F1 0.857143 is below --min-f1 0.9"/>
    </testcase>
  </testsuite>
</testsuites>
)");
}

TEST_CASE("write_junit reports a missed claim and a wrong date as failures of their document") {
  auto gold = read_gold(R"({"type":"document","file":"a.txt","date":"2024-02-09"}
{"type":"claim","file":"a.txt","party":"PML-N","seats":63,"historical":true})",
                        "gold.jsonl");
  std::vector<DocumentResult> docs = {document("a.txt", {}, "")};
  std::string xml = junit(evaluate(docs, gold), junit_suite("g", gold, docs));
  CHECK(xml.find(R"(<failure type="date" message="date: expected 2024-02-09, found none">)") != std::string::npos);
  CHECK(xml.find(R"x(<failure type="miss" message="missed: PML-N 63 (historical)">expected (gold): PML-N 63 (historical)
found: nothing with this party, seat count and historical flag</failure>)x") != std::string::npos);
  CHECK(xml.find(R"(tests="1" failures="1" errors="0" skipped="0")") != std::string::npos);
  CHECK(xml.find("thresholds") == std::string::npos);  // no thresholds given, no second suite
}
