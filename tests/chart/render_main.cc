// Writes sample charts for the XML and browser tests:
//   tally_chart_render TABLES_DIR OUT_DIR
// OUT_DIR/hemicycle.svg  the 2024-02-09 National Assembly count (224 of 265 seats declared)
// OUT_DIR/timeline.svg   a time line of the same election over four days
// OUT_DIR/many.svg       the 2024 Lok Sabha: 543 seats, 17 parties (a long legend)
// OUT_DIR/hostile.svg    names full of XML specials, bad UTF-8 and a party missing from the tables
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "tally/chart.h"
#include "tally/error.h"
#include "tally/tables.h"

namespace {

tally::PartyTally party(const std::string& name, int seats, std::vector<std::string> sources) {
  tally::PartyTally p;
  p.party = name;
  p.seats = seats;
  p.min_seats = p.max_seats = seats;
  p.basis = tally::Basis::won;
  p.sources = std::move(sources);
  return p;
}

void write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) throw tally::Error("cannot write " + path);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: tally_chart_render TABLES_DIR OUT_DIR\n";
    return 2;
  }
  try {
    std::vector<tally::TableError> errors;
    tally::Tables tables = tally::load_tables(argv[1], errors);
    for (const auto& e : errors) std::cerr << e.path << ":" << e.line << ": " << e.message << "\n";
    const std::string dir = argv[2];

    const std::string ecp = "Election Commission of Pakistan";
    tally::SummaryGroup g;
    g.date = tally::Date{2024, 2, 9};
    g.election = "PK-2024";
    g.chamber = "National Assembly";
    g.coverage = tally::Coverage{224, 265};
    g.status = tally::Status::provisional;
    g.sources = {ecp};
    g.parties = {party("Independents", 92, {ecp}), party("PML-N", 63, {ecp}), party("PPP", 50, {ecp, "Geo News"}),
                 party("Others", 19, {ecp})};
    g.breakdown = {party("MQM-P", 8, {"Electoral watchdog"}), party("IPP", 2, {"Electoral watchdog"}),
                   party("PML-Q", 2, {"Electoral watchdog"})};
    tally::Conflict c1{"Independents", {}};
    tally::Claim a, b;
    a.seats = 91;
    a.sources = {"Geo News"};
    b.seats = 92;
    b.sources = {ecp};
    c1.values = {a, b};
    tally::Conflict c2{"PML-N", {}};
    a.seats = 63;
    a.sources = {ecp};
    b.seats = 64;
    b.sources = {"Geo News"};
    c2.values = {a, b};
    g.conflicts = {c1, c2};
    write(dir + "/hemicycle.svg", tally::hemicycle_svg(g, tables, tally::default_chamber_size(g, tables)));

    std::vector<tally::TimelinePoint> points;
    auto add = [&](tally::Date d, int ind, int pmln, int ppp, int others) {
      points.push_back({d, "Independents", ind});
      points.push_back({d, "PML-N", pmln});
      points.push_back({d, "PPP", ppp});
      if (others >= 0) points.push_back({d, "Others", others});
    };
    add({2024, 2, 8}, 12, 9, 6, -1);
    add({2024, 2, 9}, 92, 63, 50, 19);
    add({2024, 2, 10}, 100, 73, 54, 29);
    add({2024, 2, 12}, 101, 75, 54, 34);
    write(dir + "/timeline.svg", tally::timeline_svg(points, tables, "National Assembly (PK-2024): seats over time"));

    tally::SummaryGroup in;
    in.date = tally::Date{2024, 6, 4};
    in.election = "IN-2024";
    in.chamber = "Lok Sabha";
    in.coverage = tally::Coverage{543, 543};
    in.status = tally::Status::final;
    const std::string eci = "Election Commission of India";
    in.sources = {eci};
    for (auto [name, seats] : std::vector<std::pair<std::string, int>>{
             {"BJP", 240}, {"INC", 99}, {"SP", 37}, {"AITC", 29}, {"DMK", 22}, {"TDP", 16}, {"JD(U)", 12},
             {"SS(UBT)", 9}, {"NCP-SP", 8}, {"SHS", 7}, {"LJP(RV)", 5}, {"CPI(M)", 4}, {"RJD", 4}, {"YSRCP", 4},
             {"AAP", 3}, {"JMM", 3}, {"Others", 41}}) {
      in.parties.push_back(party(name, seats, {eci, "The Hindu", "Press Trust of India"}));
    }
    write(dir + "/many.svg", tally::hemicycle_svg(in, tables, 0));

    tally::SummaryGroup h;
    h.date = tally::Date{2024, 7, 4};
    h.election = "GB-2024 <&\"'>";
    h.chamber = "House of <Commons> & \"friends\"";
    h.coverage = tally::Coverage{10, std::nullopt};
    h.parties = {party("Tom & Jerry's <Party>", 5, {"A \"quoted\" source", "bad \xff\xfe utf8"}),
                 party("Ctrl\x01\x02 Party", 3, {}), party("Labour", 2, {"BBC"})};
    write(dir + "/hostile.svg", tally::hemicycle_svg(h, tables, 650));
    std::vector<tally::TimelinePoint> hp = {{{2024, 7, 4}, "Tom & Jerry's <Party>", 5}, {{2024, 7, 5}, "x\xc3", 7}};
    write(dir + "/hostile-timeline.svg", tally::timeline_svg(hp, tables, "<title> & \"more\""));
  } catch (const std::exception& e) {
    std::cerr << "tally_chart_render: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
