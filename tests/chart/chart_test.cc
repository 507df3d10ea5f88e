#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "tally/chart.h"
#include "tally/error.h"

using namespace tally;

namespace {

PartyTally party(const std::string& name, int seats, std::vector<std::string> sources = {"ECP"}) {
  PartyTally p;
  p.party = name;
  p.seats = seats;
  p.sources = std::move(sources);
  return p;
}

Tables small_tables() {
  Tables t;
  t.parties.push_back({"Independents", "*", "#8c8c8c", "Independent candidates", {}});
  t.parties.push_back({"Others", "*", "#c7c7c7", "Other parties", {}});
  t.parties.push_back({"PML-N", "PK", "#2e8b57", "Pakistan Muslim League-Nawaz", {}});
  t.parties.push_back({"PPP", "PK", "#111111", "Pakistan Peoples Party", {}});
  t.chambers.push_back({"National Assembly", "PK", true, 336, {}});
  return t;
}

SummaryGroup sample() {
  SummaryGroup g;
  g.date = Date{2024, 2, 9};
  g.election = "PK-2024";
  g.chamber = "National Assembly";
  g.coverage = Coverage{224, 265};
  g.status = Status::provisional;
  g.sources = {"Election Commission of Pakistan"};
  g.parties = {party("Independents", 92), party("PML-N", 63), party("PPP", 50, {"ECP", "Geo News"}),
               party("Others", 19)};
  return g;
}

struct Element {
  std::string tag;
  std::map<std::string, std::string> attrs;
};

/// The start tags of one element name with a given class, attributes decoded only as far as the tests need.
std::vector<Element> elements(const std::string& svg, const std::string& tag, const std::string& cls) {
  std::vector<Element> out;
  std::regex start("<" + tag + "\\b([^>]*)>");
  std::regex attr("([a-z-]+)=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), start); it != std::sregex_iterator(); ++it) {
    Element e{tag, {}};
    std::string body = (*it)[1];
    for (auto a = std::sregex_iterator(body.begin(), body.end(), attr); a != std::sregex_iterator(); ++a) {
      e.attrs[(*a)[1]] = (*a)[2];
    }
    if (e.attrs["class"] == cls) out.push_back(e);
  }
  return out;
}

std::map<std::string, int> count_by(const std::vector<Element>& es, const std::string& key) {
  std::map<std::string, int> m;
  for (const auto& e : es) ++m[e.attrs.at(key)];
  return m;
}

/// Parses the SVG with python3's xml.etree; returns its exit status (0 = well-formed), or -1 without python.
int python_parse(const std::string& svg, const std::string& script) {
#ifdef TALLY_PYTHON
  auto dir = std::filesystem::temp_directory_path();
  static int counter = 0;
  auto file = dir / ("tally_chart_test_" + std::to_string(std::random_device{}()) + "_" + std::to_string(++counter) +
                     ".svg");
  {
    std::ofstream out(file, std::ios::binary);
    out << svg;
  }
  std::string cmd = std::string("\"") + TALLY_PYTHON + "\" -c '" + script + "' \"" + file.string() + "\"";
  int rc = std::system(cmd.c_str());
  std::filesystem::remove(file);
  return rc;
#else
  (void)svg;
  (void)script;
  return -1;
#endif
}

const std::string kParse =
    "import sys, xml.etree.ElementTree as E\n"
    "root = E.parse(sys.argv[1]).getroot()\n"
    "assert root.tag == \"{http://www.w3.org/2000/svg}svg\", root.tag\n"
    "for a in (\"width\", \"height\", \"viewBox\"): assert root.get(a), a\n";

}  // namespace

TEST_CASE("hemicycle: one dot per seat of the chamber") {
  Tables t = small_tables();
  SummaryGroup g = sample();
  REQUIRE(default_chamber_size(g, t) == 265);
  std::string svg = hemicycle_svg(g, t, 265);
  auto seats = elements(svg, "circle", "seat");
  CHECK(seats.size() == 265);
  auto per_party = count_by(seats, "data-party");
  CHECK(per_party["Independents"] == 92);
  CHECK(per_party["PML-N"] == 63);
  CHECK(per_party["PPP"] == 50);
  CHECK(per_party["Others"] == 19);
  CHECK(per_party[kUndeclaredParty] == 265 - 224);
  CHECK(per_party.size() == 5);
  CHECK(svg.find("224 of 265 seats declared") != std::string::npos);
  CHECK(svg.find("2024-02-09") != std::string::npos);
  CHECK(svg.find("National Assembly") != std::string::npos);
  CHECK(svg.find("PK-2024") != std::string::npos);
  CHECK(svg.find("Geo News") != std::string::npos);
}

TEST_CASE("hemicycle: colours come from the party table, undeclared seats are grey") {
  Tables t = small_tables();
  std::string svg = hemicycle_svg(sample(), t, 265);
  auto seats = elements(svg, "circle", "seat");
  std::map<std::string, std::set<std::string>> fills;
  for (const auto& e : seats) fills[e.attrs.at("data-party")].insert(e.attrs.at("fill"));
  CHECK(fills["Independents"] == std::set<std::string>{"#8c8c8c"});
  CHECK(fills["PML-N"] == std::set<std::string>{"#2e8b57"});
  CHECK(fills["PPP"] == std::set<std::string>{"#111111"});
  CHECK(fills["Others"] == std::set<std::string>{"#c7c7c7"});
  CHECK(fills[kUndeclaredParty] == std::set<std::string>{"#e0e0e0"});

  auto swatches = elements(svg, "rect", "legend-swatch");
  REQUIRE(swatches.size() == 5);
  for (const auto& s : swatches) {
    CHECK(fills[s.attrs.at("data-party")] == std::set<std::string>{s.attrs.at("fill")});
  }
}

TEST_CASE("hemicycle: colours match data/tables/parties.tsv") {
  std::vector<TableError> errors;
  Tables t = load_tables(std::filesystem::path(TALLY_SOURCE_DIR) / "data" / "tables", errors);
  std::string svg = hemicycle_svg(sample(), t, 0);
  for (const auto& e : elements(svg, "circle", "seat")) {
    const std::string& p = e.attrs.at("data-party");
    if (p == kUndeclaredParty) continue;
    bool found = false;
    for (const auto& entry : t.parties) {
      if (entry.canonical == p) {
        CHECK(e.attrs.at("fill") == entry.colour);
        found = true;
      }
    }
    CHECK(found);
  }
}

TEST_CASE("hemicycle: parties are contiguous wedges from left to right") {
  std::string svg = hemicycle_svg(sample(), small_tables(), 265);
  auto seats = elements(svg, "circle", "seat");
  // Angle of each dot about the centre of the half ring (the centre is the midpoint of the extreme dots).
  double min_x = 1e9, max_x = -1e9, base = -1e9;
  for (const auto& s : seats) {
    double x = std::stod(s.attrs.at("cx")), y = std::stod(s.attrs.at("cy"));
    min_x = std::min(min_x, x);
    max_x = std::max(max_x, x);
    base = std::max(base, y);
  }
  double cx = (min_x + max_x) / 2;
  std::vector<std::pair<double, std::string>> by_angle;
  for (const auto& s : seats) {
    double x = std::stod(s.attrs.at("cx")) - cx, y = base - std::stod(s.attrs.at("cy"));
    by_angle.push_back({-std::atan2(y + 1e-9, x), s.attrs.at("data-party")});
  }
  std::sort(by_angle.begin(), by_angle.end());
  std::vector<std::string> runs;
  for (const auto& [a, p] : by_angle) {
    if (runs.empty() || runs.back() != p) runs.push_back(p);
  }
  CHECK(runs == std::vector<std::string>{"Independents", "PML-N", "PPP", "Others", kUndeclaredParty});
}

TEST_CASE("hemicycle: dots do not overlap and stay in the upper half") {
  for (int n : {1, 2, 3, 7, 50, 265, 336, 543, 650}) {
    SummaryGroup g;
    g.chamber = "Test";
    g.parties = {party("A", n / 2)};
    std::string svg = hemicycle_svg(g, small_tables(), n);
    auto seats = elements(svg, "circle", "seat");
    REQUIRE(seats.size() == static_cast<std::size_t>(n));
    double r = std::stod(seats.front().attrs.at("r"));
    std::vector<std::pair<double, double>> c;
    for (const auto& s : seats) c.push_back({std::stod(s.attrs.at("cx")), std::stod(s.attrs.at("cy"))});
    double min_gap = 1e9;
    for (std::size_t i = 0; i < c.size(); ++i) {
      for (std::size_t j = i + 1; j < c.size(); ++j) {
        min_gap = std::min(min_gap, std::hypot(c[i].first - c[j].first, c[i].second - c[j].second));
      }
    }
    INFO("n = " << n << ", r = " << r << ", closest centres " << min_gap);
    if (n > 1) CHECK(min_gap >= 2 * r);
  }
}

TEST_CASE("hemicycle: chamber size falls back to chamber seats, the table, then the sum of seats") {
  Tables t = small_tables();
  SummaryGroup g = sample();
  g.coverage = Coverage{224, std::nullopt};
  g.chamber_seats = 300;
  CHECK(default_chamber_size(g, t) == 300);
  g.chamber_seats.reset();
  CHECK(default_chamber_size(g, t) == 336);
  // a region's sub-table is not the whole chamber: the table's size is not its size
  g.scope = "Punjab";
  CHECK(default_chamber_size(g, t) == 224);
  g.scope.reset();
  g.chamber = "Unknown Chamber";
  CHECK(default_chamber_size(g, t) == 224);
  auto seats = elements(hemicycle_svg(g, t, 0), "circle", "seat");
  CHECK(seats.size() == 224);
  CHECK(count_by(seats, "data-party").count(kUndeclaredParty) == 0);
}

TEST_CASE("hemicycle: more declared seats than the chamber holds raises the size") {
  SummaryGroup g = sample();
  auto seats = elements(hemicycle_svg(g, small_tables(), 200), "circle", "seat");
  CHECK(seats.size() == 224);
  CHECK_THROWS_AS(hemicycle_svg(g, small_tables(), kMaxChartSeats + 1), Error);
}

TEST_CASE("hemicycle: a party missing from the table gets a stable non-grey colour") {
  Tables t = small_tables();
  std::string c1 = party_colour("New Party", t);
  CHECK(c1 == party_colour("New Party", t));
  CHECK(c1 != party_colour("Another Party", t));
  CHECK(std::regex_match(c1, std::regex("#[0-9a-f]{6}")));
  CHECK(c1 != kUndeclaredColour);
  Tables empty;
  CHECK(party_colour("Others", empty) == "#c7c7c7");
  CHECK(party_colour("PPP", t) == "#111111");
}

TEST_CASE("hemicycle: names are XML-escaped") {
  SummaryGroup g;
  g.date = Date{2024, 7, 4};
  g.election = "X<&>";
  g.chamber = "House of <Commons> & \"friends\"";
  g.parties = {party("Tom & Jerry's <Party>", 5, {"A \"quoted\" source", "bad \xff utf8"}), party("Ctl\x01", 2)};
  std::string svg = hemicycle_svg(g, small_tables(), 20);
  CHECK(svg.find("Tom &amp; Jerry&apos;s &lt;Party&gt;") != std::string::npos);
  CHECK(svg.find("House of &lt;Commons&gt; &amp; &quot;friends&quot;") != std::string::npos);
  CHECK(svg.find("<Party>") == std::string::npos);
  CHECK(svg.find("<Commons>") == std::string::npos);
  CHECK(svg.find('\x01') == std::string::npos);
  CHECK(svg.find('\xff') == std::string::npos);
  auto seats = elements(svg, "circle", "seat");
  CHECK(count_by(seats, "data-party")["Tom &amp; Jerry&apos;s &lt;Party&gt;"] == 5);
  int rc = python_parse(svg, kParse);
  if (rc == -1) WARN("python3 not found: XML well-formedness not checked");
  else CHECK(rc == 0);
}

TEST_CASE("charts are well-formed XML and self-contained") {
  std::string h = hemicycle_svg(sample(), small_tables(), 265);
  std::vector<TimelinePoint> pts = {{{2024, 2, 8}, "PPP", 6}, {{2024, 2, 9}, "PPP", 50}, {{2024, 2, 9}, "A&B", 3}};
  std::string tl = timeline_svg(pts, small_tables());
  for (const std::string* svg : {&h, &tl}) {
    CHECK(svg->find("<script") == std::string::npos);
    CHECK(svg->find("href") == std::string::npos);
    CHECK(svg->find("url(") == std::string::npos);
    CHECK(svg->find("viewBox=\"") != std::string::npos);
    CHECK(svg->find("font-family=\"sans-serif\"") != std::string::npos);
    int rc = python_parse(*svg, kParse);
    if (rc == -1) WARN("python3 not found: XML well-formedness not checked");
    else CHECK(rc == 0);
  }
}

TEST_CASE("charts are deterministic") {
  Tables t = small_tables();
  CHECK(hemicycle_svg(sample(), t, 265) == hemicycle_svg(sample(), t, 265));
  std::vector<TimelinePoint> a = {{{2024, 2, 8}, "PPP", 6}, {{2024, 2, 9}, "PPP", 50}, {{2024, 2, 9}, "PML-N", 63}};
  std::vector<TimelinePoint> b = {a[2], a[1], a[0]};
  CHECK(timeline_svg(a, t) == timeline_svg(a, t));
  CHECK(timeline_svg(a, t) == timeline_svg(b, t));  // input order does not matter
}

TEST_CASE("timeline: one point per input, one line per party") {
  Tables t = small_tables();
  std::vector<TimelinePoint> pts;
  for (int d = 1; d <= 12; ++d) {
    pts.push_back({{2024, 2, d}, "Independents", 10 * d});
    pts.push_back({{2024, 2, d}, "PML-N", 7 * d});
    if (d % 3 == 0) pts.push_back({{2024, 2, d}, "New Party", d});
  }
  std::string svg = timeline_svg(pts, t, "PK-2024 & friends");
  auto points = elements(svg, "circle", "point");
  CHECK(points.size() == pts.size());
  auto per_party = count_by(points, "data-party");
  CHECK(per_party["Independents"] == 12);
  CHECK(per_party["PML-N"] == 12);
  CHECK(per_party["New Party"] == 4);
  auto lines = elements(svg, "polyline", "series");
  CHECK(lines.size() == 3);
  for (const auto& p : points) {
    if (p.attrs.at("data-party") == "PML-N") CHECK(p.attrs.at("fill") == "#2e8b57");
  }
  bool found = false;
  for (const auto& p : points) {
    if (p.attrs.at("data-party") == "Independents" && p.attrs.at("data-date") == "2024-02-05") {
      CHECK(p.attrs.at("data-seats") == "50");
      found = true;
    }
  }
  CHECK(found);
  CHECK(svg.find("PK-2024 &amp; friends") != std::string::npos);
  CHECK(elements(svg, "rect", "legend-swatch").size() == 3);
  CHECK(!elements(svg, "text", "date-label").empty());
  CHECK(python_parse(svg, kParse) <= 0);
}

TEST_CASE("timeline: empty input and a single date") {
  Tables t = small_tables();
  std::string empty = timeline_svg({}, t);
  CHECK(elements(empty, "circle", "point").empty());
  CHECK(python_parse(empty, kParse) <= 0);
  std::string one = timeline_svg({{{2024, 2, 9}, "PPP", 50}}, t);
  CHECK(elements(one, "circle", "point").size() == 1);
}

TEST_CASE("timeline_points: reported or latest figures of a time line") {
  Timeline tl;
  tl.election = "PK-2024";
  tl.chamber = "National Assembly";
  TimelineRow r1;
  r1.date = {2024, 2, 8};
  r1.reported = {{"PPP", 6, Qualifier::exact, {}, {2024, 2, 8}, false}};
  r1.latest = r1.reported;
  TimelineRow r2;
  r2.date = {2024, 2, 9};
  r2.reported = {{"PML-N", 63, Qualifier::exact, {}, {2024, 2, 9}, false}};
  r2.latest = {r2.reported[0], {"PPP", 6, Qualifier::exact, {}, {2024, 2, 8}, true}};
  tl.rows = {r1, r2};
  CHECK(timeline_points(tl).size() == 2);
  auto latest = timeline_points(tl, true);
  REQUIRE(latest.size() == 3);
  CHECK(latest[2] == TimelinePoint{{2024, 2, 9}, "PPP", 6});
}
