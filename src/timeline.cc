#include "tally/timeline.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace tally {

std::vector<Timeline> build_timelines(const Summary& summary) {
  std::map<std::tuple<std::string, std::string, std::string>, Timeline> lines;  // the whole chamber before its scopes
  for (const auto& g : summary.groups) {
    if (!g.date || g.parties.empty()) continue;
    Timeline& t = lines[{g.election, g.chamber, g.scope.value_or("")}];
    t.election = g.election;
    t.chamber = g.chamber;
    t.scope = g.scope;
    TimelineRow row;
    row.date = *g.date;
    row.coverage = g.coverage;
    row.status = g.status;
    row.corrections = g.corrections;
    for (const auto& p : g.parties) {
      row.reported.push_back({p.party, p.seats, p.qualifier, p.sources, *g.date, false});
    }
    t.rows.push_back(std::move(row));
  }
  std::vector<Timeline> out;
  for (auto& [key, t] : lines) {
    std::sort(t.rows.begin(), t.rows.end(), [](const TimelineRow& a, const TimelineRow& b) { return a.date < b.date; });
    std::map<std::string, TimelineEntry> latest;
    for (auto& row : t.rows) {
      for (const auto& e : row.reported) latest[e.party] = e;
      for (const auto& [party, e] : latest) {
        TimelineEntry copy = e;
        copy.carried = e.reported < row.date;
        row.latest.push_back(copy);
      }
      std::sort(row.latest.begin(), row.latest.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        bool ao = a.party == "Others", bo = b.party == "Others";
        if (ao != bo) return bo;
        if (a.seats != b.seats) return a.seats > b.seats;
        return a.party < b.party;
      });
    }
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<DocumentResult> as_of(const std::vector<DocumentResult>& documents, const Date& date) {
  std::vector<DocumentResult> out;
  for (const auto& d : documents) {
    if (d.date && *d.date <= date) out.push_back(d);
  }
  return out;
}

}  // namespace tally
