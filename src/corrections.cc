#include "corrections.h"

#include <algorithm>

namespace tally::detail {
namespace {

constexpr std::string_view kUnattributed = "(unattributed)";

int declared_of(const std::optional<Coverage>& c) { return c ? c->declared : -1; }

}  // namespace

void CorrectionTracker::track(SummaryGroup& g) {
  if (!g.date || g.parties.empty()) return;
  const Date date = *g.date;
  const std::string scope = g.scope.value_or("");
  // Each source's figure for each party today: the one at its largest coverage (the latest state of its count),
  // the larger of two at the same coverage.
  std::map<std::pair<std::string, std::string>, Figure> today;
  auto note = [&](const std::string& party, const std::string& source, int seats, int declared) {
    if (source == kUnattributed) return;
    auto [it, fresh] = today.try_emplace({source, party}, Figure{date, seats, declared});
    Figure& f = it->second;
    if (!fresh && (declared > f.declared || (declared == f.declared && seats > f.seats))) f = {date, seats, declared};
  };
  auto note_tally = [&](const PartyTally& t, const std::optional<Coverage>& coverage) {
    for (const auto& s : t.sources) note(t.party, s, t.seats, declared_of(coverage));
    for (const Claim& c : t.rivals) {
      for (const auto& s : c.sources) note(t.party, s, c.seats, declared_of(c.coverage));
    }
  };
  for (const PartyTally& t : g.parties) note_tally(t, g.coverage);
  for (const PartyTally& t : g.breakdown) note_tally(t, std::nullopt);
  for (const SetAside& s : g.set_aside) {
    for (const auto& source : s.claim.sources) note(s.party, source, s.claim.seats, declared_of(s.claim.coverage));
  }

  for (auto& [k, now] : today) {
    const auto& [source, party] = k;
    Key key{g.election, g.chamber, scope, source, party};
    auto it = latest_.find(key);
    if (it == latest_.end()) {
      latest_.emplace(key, now);
      continue;
    }
    Figure& before = it->second;
    if (!(before.date < date)) continue;
    // A later report of a smaller part of the count is an old figure quoted again, not a correction.
    if (now.declared >= 0 && before.declared >= 0 && now.declared < before.declared) continue;
    if (now.seats < before.seats) {
      g.corrections.push_back({source, party, before.date, before.seats, date, now.seats});
      g.warnings.push_back("correction: " + source + " lowers " + party + " from " + std::to_string(before.seats) +
                           " (" + format_date(before.date) + ") to " + std::to_string(now.seats) + " (" +
                           format_date(date) + ")");
    }
    before = now;
  }
}

}  // namespace tally::detail
