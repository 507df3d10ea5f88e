// One group's figures. Observations are gathered into reports (one source's count at one coverage and status);
// counts and projections are ranked apart; the best report gives the figures, reports that name other parties
// fill its gaps while the count still fits its coverage or chamber, and everything else is a rival, a conflict,
// a set-aside figure or a warning. docs/reconcile.md describes the rules.
#include "reconcile_group.h"

#include <algorithm>
#include <map>
#include <set>

namespace tally::detail {
namespace {

constexpr std::string_view kUnattributed = "(unattributed)";

using List = std::vector<const View*>;

/// One source's count at one coverage and status; articles quoting the same source are merged.
struct Report {
  std::string source;
  SourceKind kind = SourceKind::unknown;
  Status status = Status::unknown;
  std::optional<Coverage> coverage;
  std::map<std::string_view, List> parties;
  int agreement = 0;  ///< other reports at the same coverage that agree on every shared party
  std::string key;
};

int declared(const std::optional<Coverage>& c) { return c ? c->declared : -1; }

/// The figure a report gives for a party: the most common value, then the larger.
int value_of(const List& list) {
  std::map<int, int> counts;
  for (const View* x : list) counts[x->seats]++;
  int best = 0, best_count = -1;
  for (auto& [v, c] : counts) {
    if (c >= best_count) {
      best = v;
      best_count = c;
    }
  }
  return best;
}

/// Ordering of reports: the rules in the order they apply. Returns the first rule that tells a and b apart
/// (empty when equal) and sets a_wins.
std::string compare(const Report& a, const Report& b, bool& a_wins) {
  auto decide = [&](auto x, auto y, const char* rule) -> std::string {
    if (x == y) return "";
    a_wins = x > y;
    return rule;
  };
  std::string rule;
  if (!(rule = decide(status_rank(a.status), status_rank(b.status), "status")).empty()) return rule;
  if (!(rule = decide(declared(a.coverage), declared(b.coverage), "coverage")).empty()) return rule;
  if (!(rule = decide(source_kind_rank(a.kind), source_kind_rank(b.kind), "source_kind")).empty()) return rule;
  if (!(rule = decide(a.agreement, b.agreement, "agreement")).empty()) return rule;
  if (!(rule = decide(static_cast<int>(a.parties.size()), static_cast<int>(b.parties.size()), "completeness")).empty()) return rule;
  // Deterministic last resort: the name of the source, then the documents.
  if (a.key != b.key) {
    a_wins = a.key < b.key;
    return "tie_break";
  }
  a_wins = false;
  return "";
}

Claim claim_of(const Report& r, const List& list, int seats) {
  Claim c;
  c.seats = seats;
  c.sources = {r.source};
  c.coverage = r.coverage;
  c.status = r.status;
  c.source_kind = r.kind;
  std::set<std::string_view> docs;
  for (const View* x : list) {
    if (x->seats != seats) continue;
    docs.insert(x->path);
    if (c.evidence.empty()) {
      c.evidence = std::string(x->evidence);
      c.read_by = std::string(x->rule);
      c.context = x->context;
      c.qualifier = x->qualifier;
      c.seats_max = x->seats_max;
    }
  }
  c.documents.assign(docs.begin(), docs.end());
  return c;
}

std::string coverage_text(const std::optional<Coverage>& c) {
  if (!c) return "unknown coverage";
  return std::to_string(c->declared) + (c->total ? " of " + std::to_string(*c->total) : "") + " seats";
}

/// Sets each report's agreement: the other reports at the same coverage that share a party with it and give
/// the same figure for every party they share. Reports giving the same figures (the thousands of articles
/// that quote nobody, say) are compared once per distinct set of figures, not pair by pair.
void count_agreement(const std::vector<Report*>& reports) {
  using Figures = std::vector<std::pair<std::string_view, int>>;  // sorted by party
  using CoverageKey = std::tuple<bool, int, int>;
  std::map<CoverageKey, std::map<Figures, std::vector<Report*>>> classes;
  for (Report* r : reports) {
    Figures figures;
    figures.reserve(r->parties.size());
    for (auto& [party, obs] : r->parties) figures.emplace_back(party, value_of(obs));
    CoverageKey cov{r->coverage.has_value(), declared(r->coverage), r->coverage ? r->coverage->total.value_or(-1) : -1};
    classes[cov][std::move(figures)].push_back(r);
  }
  auto compatible = [](const Figures& a, const Figures& b) {
    bool shared = false;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
      if (a[i].first < b[j].first) {
        ++i;
      } else if (b[j].first < a[i].first) {
        ++j;
      } else {
        if (a[i].second != b[j].second) return false;
        shared = true;
        ++i;
        ++j;
      }
    }
    return shared;
  };
  for (auto& [cov, by_figures] : classes) {
    for (auto& [a, a_reports] : by_figures) {
      int agreeing = 0;
      for (auto& [b, b_reports] : by_figures) {
        if (compatible(a, b)) agreeing += static_cast<int>(b_reports.size());
      }
      // a report agrees with the others of its own figures, not with itself
      for (Report* r : a_reports) r->agreement = agreeing - (compatible(a, a) ? 1 : 0);
    }
  }
}

/// Ranks reports, best first (agreement counted among them only).
void rank(std::vector<Report*>& reports) {
  count_agreement(reports);
  std::sort(reports.begin(), reports.end(), [](const Report* a, const Report* b) {
    bool a_wins = false;
    compare(*a, *b, a_wins);
    return a_wins;
  });
}

/// A total order on observations, so that the result never depends on the order of the documents.
bool obs_before(const View* a, const View* b) {
  auto key = [](const View* o) {
    return std::tie(o->path, o->span.begin, o->span.end, o->party, o->seats, o->qualifier, o->basis, o->source_kind,
                    o->evidence, o->party_text);
  };
  if (key(a) != key(b)) return key(a) < key(b);
  return std::make_tuple(a->seats_max.value_or(-1), a->chamber_seats.value_or(-1)) <
         std::make_tuple(b->seats_max.value_or(-1), b->chamber_seats.value_or(-1));
}

/// A party's figure from the chosen report, with every other report's claim as a rival.
PartyTally tally_for(std::string_view party, const Report& chosen, const std::vector<Report*>& ranked) {
  PartyTally t;
  t.party = std::string(party);
  const List& obs = chosen.parties.at(party);
  t.seats = value_of(obs);
  Claim mine = claim_of(chosen, obs, t.seats);
  t.claim = mine;
  t.qualifier = mine.qualifier;
  t.seats_max = mine.seats_max;
  for (const View* x : obs) {
    if (x->seats == t.seats && x->basis != Basis::unknown) t.basis = x->basis;
  }
  t.min_seats = t.max_seats = t.seats;
  std::set<std::string> sources{chosen.source};
  t.rule = "only_figure";
  for (const Report* r : ranked) {
    auto it = r->parties.find(party);
    if (it == r->parties.end()) continue;
    std::set<int> values;
    for (const View* x : it->second) {
      t.min_seats = std::min(t.min_seats, x->seats);
      t.max_seats = std::max(t.max_seats, x->seats);
      values.insert(x->seats);
    }
    if (r == &chosen) {
      // two articles quoting the same source with different figures
      for (int v : values) {
        if (v == t.seats) continue;
        t.rivals.push_back(claim_of(*r, it->second, v));
        t.rivals.back().decided_by = "frequency";
      }
      continue;
    }
    int v = value_of(it->second);
    if (v == t.seats && r->coverage == chosen.coverage) sources.insert(r->source);
    bool chosen_wins = false;
    std::string lost_on = compare(chosen, *r, chosen_wins);
    if (lost_on.empty()) lost_on = "tie_break";
    for (int value : values) {
      t.rivals.push_back(claim_of(*r, it->second, value));
      t.rivals.back().decided_by = lost_on;
    }
    if (v != t.seats && t.rule == "only_figure") t.rule = lost_on;
  }
  if (t.rule == "only_figure" && !t.rivals.empty()) t.rule = "agreement";
  t.sources.assign(sources.begin(), sources.end());
  return t;
}

bool table_order(const PartyTally& a, const PartyTally& b) {
  bool ao = a.party == "Others", bo = b.party == "Others";
  if (ao != bo) return bo;
  if (a.seats != b.seats) return a.seats > b.seats;
  return a.party < b.party;
}

/// The figures of a set of ranked reports: the best report's, and the parties it does not name from the
/// others while the count fits. bound is what the count may add up to when the best report declares no
/// coverage (the chamber's size; 0 when unknown).
struct Choice {
  const Report* best = nullptr;
  std::vector<PartyTally> parties, breakdown;
  std::vector<SetAside> set_aside;
};

Choice choose(const std::vector<Report*>& ranked, int bound) {
  Choice c;
  const Report& best = *ranked.front();
  c.best = &best;
  for (auto& [party, obs] : best.parties) c.parties.push_back(tally_for(party, best, ranked));
  int sum = 0, others = -1;
  for (auto& t : c.parties) {
    sum += t.seats;
    if (t.party == "Others") others = t.seats;
  }
  const bool declared_limit = best.coverage.has_value();
  const int limit = declared_limit ? best.coverage->declared : bound;
  auto known = [&](std::string_view party) {
    auto named = [&](const PartyTally& t) { return t.party == party; };
    return std::any_of(c.parties.begin(), c.parties.end(), named) ||
           std::any_of(c.breakdown.begin(), c.breakdown.end(), named) ||
           std::any_of(c.set_aside.begin(), c.set_aside.end(), [&](const SetAside& s) { return s.party == party; });
  };
  for (const Report* r : ranked) {
    if (r == &best) continue;
    // the largest figures first: the subset kept is the most complete that fits
    std::vector<std::pair<int, std::string_view>> order;
    for (auto& [party, obs] : r->parties) order.emplace_back(-value_of(obs), party);
    std::sort(order.begin(), order.end());
    for (auto& [minus_seats, party] : order) {
      if (known(party) || party == "Others") continue;
      PartyTally t = tally_for(party, *r, ranked);
      t.note = "from " + r->source + " at " + coverage_text(r->coverage);
      std::string reason;
      if (others >= 0) {
        if (t.seats <= others) {
          others -= t.seats;
          t.note += "; counted in Others of the chosen count";
          c.breakdown.push_back(std::move(t));
          continue;
        }
        reason = "more than the " + std::to_string(others) + " seats left in Others of the chosen count";
      } else if (limit > 0 && sum + t.seats > limit) {
        reason = "would bring the count to " + std::to_string(sum + t.seats) + " seats, more than " +
                 (declared_limit ? "the " + std::to_string(limit) + " declared" : "the chamber's " + std::to_string(limit) + " seats");
      } else {
        sum += t.seats;
        c.parties.push_back(std::move(t));
        continue;
      }
      c.set_aside.push_back({std::string(party), claim_of(*r, r->parties.at(party), t.seats), std::move(reason)});
    }
  }
  std::sort(c.parties.begin(), c.parties.end(), table_order);
  std::sort(c.breakdown.begin(), c.breakdown.end(), table_order);
  return c;
}

/// Sources that disagree about a party at the chosen coverage.
std::vector<Conflict> conflicts_of(const std::vector<PartyTally>& parties, const std::vector<Report*>& ranked,
                                   const Report& best) {
  std::vector<Conflict> out;
  for (auto& t : parties) {
    std::map<int, Claim> by_value;
    for (const Report* r : ranked) {
      auto it = r->parties.find(t.party);
      if (it == r->parties.end() || r->coverage != best.coverage) continue;
      std::set<int> values;
      for (const View* x : it->second) values.insert(x->seats);
      for (int v : values) {
        Claim claim = claim_of(*r, it->second, v);
        auto [slot, fresh] = by_value.emplace(v, claim);
        if (!fresh) {
          for (auto& s : claim.sources) slot->second.sources.push_back(s);
          for (auto& d : claim.documents) slot->second.documents.push_back(d);
        }
      }
    }
    if (by_value.size() < 2) continue;
    Conflict c;
    c.party = t.party;
    for (auto& [v, claim] : by_value) {
      std::sort(claim.sources.begin(), claim.sources.end());
      claim.sources.erase(std::unique(claim.sources.begin(), claim.sources.end()), claim.sources.end());
      std::sort(claim.documents.begin(), claim.documents.end());
      claim.documents.erase(std::unique(claim.documents.begin(), claim.documents.end()), claim.documents.end());
      c.values.push_back(claim);
    }
    out.push_back(std::move(c));
  }
  return out;
}

/// The size of the chamber the group's articles give ("105 of the 272 seats"): the size most of them give, the
/// larger of two given as often (a chamber is never smaller than a part of it).
std::optional<int> stated_size(const List& list) {
  std::map<int, int> sizes;
  for (const View* x : list) {
    if (x->chamber_seats && *x->chamber_seats > 0) ++sizes[*x->chamber_seats];
  }
  std::optional<int> size;
  int best_count = 0;
  for (auto& [s, count] : sizes) {
    if (count >= best_count) {
      best_count = count;
      size = s;
    }
  }
  return size;
}

/// Coverage belongs to the chamber whose report states it: a coverage larger than this chamber, or carried
/// from text above the heading that names this count's chamber, is another chamber's. It is dropped from
/// the observation, with a warning.
void drop_foreign_coverage(std::vector<View>& views, int size, std::vector<std::string>& warnings) {
  std::set<std::string> said;
  for (View& v : views) {
    if (!v.coverage) continue;
    std::string why;
    const Coverage& c = *v.coverage;
    if (size > 0 && (c.declared > size || (c.total && *c.total > size))) {
      why = "larger than this chamber's " + std::to_string(size) + " seats";
    } else {
      ContextFrom from = v.context.coverage.from;
      bool carried = from == ContextFrom::paragraph || from == ContextFrom::article || from == ContextFrom::heading;
      if (carried && v.context.chamber.from == ContextFrom::heading && v.context.coverage.line > 0 &&
          v.context.chamber.line > v.context.coverage.line) {
        why = "stated on line " + std::to_string(v.context.coverage.line) + ", above the heading of this chamber (line " +
              std::to_string(v.context.chamber.line) + ")";
      }
    }
    if (why.empty()) continue;
    std::string source = v.source ? std::string(*v.source) : std::string(kUnattributed);
    said.insert("the coverage of " + coverage_text(v.coverage) + " given with " + source + "'s count in " +
                std::string(v.path) + " is another chamber's (" + why + "): not used here");
    v.coverage.reset();
  }
  warnings.insert(warnings.end(), said.begin(), said.end());
}

/// Checks of the chosen figures and of every report against the coverage and the chamber's size.
void check_consistency(SummaryGroup& g, const Report& best, const std::vector<Report*>& all) {
  int total = 0;
  for (auto& t : g.parties) total += t.seats;
  if (best.coverage && total > best.coverage->declared) {
    g.warnings.push_back("the chosen count adds up to " + std::to_string(total) + " seats, more than the " +
                         std::to_string(best.coverage->declared) + " declared");
  }
  for (const Report* r : all) {
    if (r->coverage && r->coverage->total && r->coverage->declared > *r->coverage->total) {
      g.warnings.push_back(r->source + " gives a coverage of " + coverage_text(r->coverage) + ", more than the total");
    }
  }
  if (!g.chamber_seats) return;
  const int size = *g.chamber_seats;
  const std::string chamber = "the chamber's " + std::to_string(size) + " seats";
  if (total > size) g.warnings.push_back("the chosen count adds up to " + std::to_string(total) + " seats, more than " + chamber);
  for (const Report* r : all) {
    for (auto& [party, obs] : r->parties) {
      if (value_of(obs) > size)
        g.warnings.push_back(r->source + " gives " + std::string(party) + " " + std::to_string(value_of(obs)) + " seats, more than " + chamber);
    }
  }
}

/// "Won" and "leading" figures side by side in the chosen count: say so.
void check_basis(SummaryGroup& g) {
  std::string won, leading;
  for (auto& t : g.parties) {
    if (t.basis == Basis::won) won += (won.empty() ? "" : ", ") + t.party;
    if (t.basis == Basis::leading) leading += (leading.empty() ? "" : ", ") + t.party;
  }
  if (!won.empty() && !leading.empty())
    g.warnings.push_back("the chosen count mixes seats won (" + won + ") with seats led in counting (" + leading + ")");
}

/// A source whose count for a party goes down as its coverage goes up, within the day: a correction.
void check_lowered(SummaryGroup& g, const std::vector<Report*>& counts) {
  std::map<std::pair<std::string, std::string_view>, std::vector<std::pair<int, int>>> series;
  for (const Report* r : counts) {
    if (!r->coverage || r->source == kUnattributed) continue;
    for (auto& [party, obs] : r->parties) series[{r->source, party}].push_back({r->coverage->declared, value_of(obs)});
  }
  for (auto& [k, points] : series) {
    std::sort(points.begin(), points.end());
    for (std::size_t i = 1; i < points.size(); ++i) {
      if (points[i].second < points[i - 1].second && points[i].first > points[i - 1].first) {
        g.warnings.push_back(k.first + " lowers " + std::string(k.second) + " from " + std::to_string(points[i - 1].second) +
                             " to " + std::to_string(points[i].second) + " as coverage rises from " +
                             std::to_string(points[i - 1].first) + " to " + std::to_string(points[i].first) +
                             " seats (a correction?)");
      }
    }
  }
}

bool is_projection(const Report& r) { return r.status == Status::projected || r.kind == SourceKind::pollster; }

}  // namespace

SummaryGroup reconcile_group(const GroupKey& key, std::vector<View>& views, const ChamberFacts& facts) {
  SummaryGroup g;
  g.election = std::get<2>(key);
  g.chamber = std::get<3>(key);
  if (!std::get<4>(key).empty()) g.scope = std::get<4>(key);
  List list;
  list.reserve(views.size());
  for (const View& v : views) list.push_back(&v);
  std::sort(list.begin(), list.end(), obs_before);
  if (!list.empty()) g.date = list.front()->date;
  g.chamber_seats = stated_size(list);
  const int size = g.chamber_seats ? *g.chamber_seats : facts.seats;
  drop_foreign_coverage(views, size, g.warnings);

  std::map<std::string, Report> reports;
  std::set<std::string_view> documents;
  for (const View* x : list) {
    const View& o = *x;
    std::string source = std::string(o.source ? *o.source : kUnattributed);
    std::string cov = o.coverage ? std::to_string(o.coverage->declared) + "/" + (o.coverage->total ? std::to_string(*o.coverage->total) : "?") : "-";
    std::string k = source + "\x1f" + cov + "\x1f" + std::string(to_string(o.status));
    if (!o.source) k += "\x1f" + std::string(o.path);  // unattributed counts are only merged within one article
    Report& r = reports[k];
    r.key = k;
    r.source = source;
    r.kind = o.source_kind;
    r.status = o.status;
    r.coverage = o.coverage;
    r.parties[o.party].push_back(x);
    documents.insert(o.path);
  }
  g.documents.assign(documents.begin(), documents.end());

  // Counts and projections are ranked apart: a projection is never chosen over a count, nor its rival.
  std::vector<Report*> counts, projections, all;
  for (auto& [k, r] : reports) {
    (is_projection(r) ? projections : counts).push_back(&r);
    all.push_back(&r);
  }
  if (counts.empty()) counts.swap(projections);  // a day of projections only: they are the figures
  rank(counts);
  Choice chosen = choose(counts, size);
  const Report& best = *chosen.best;
  g.coverage = best.coverage;
  g.sources = {best.source};
  g.status = best.status;
  g.parties = std::move(chosen.parties);
  g.breakdown = std::move(chosen.breakdown);
  g.set_aside = std::move(chosen.set_aside);
  g.conflicts = conflicts_of(g.parties, counts, best);
  if (!projections.empty()) {
    rank(projections);
    Choice projected = choose(projections, size);
    g.projections = std::move(projected.parties);
    for (auto& t : projected.breakdown) g.projections.push_back(std::move(t));
    for (auto& s : projected.set_aside) {
      s.reason = "projection: " + s.reason;
      g.set_aside.push_back(std::move(s));
    }
  }
  check_consistency(g, best, all);
  check_basis(g);
  check_lowered(g, counts);
  return g;
}

}  // namespace tally::detail
