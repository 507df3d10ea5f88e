// The reconciler. Observations of one date, election and chamber are gathered into reports (one source's
// count at one coverage); the best report by the rules below gives the figures, the others are rivals.
#include "tally/reconcile.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <tuple>

#include "spill.h"

namespace tally {
namespace {

constexpr std::string_view kUnattributed = "(unattributed)";

/// An observation of the group being reconciled, unpacked from the store (strings are views into it).
struct View {
  std::string_view party, party_text, evidence, path;
  std::optional<std::string_view> source;
  int seats = 0;
  std::optional<int> seats_max;
  Qualifier qualifier = Qualifier::exact;
  Basis basis = Basis::unknown;
  SourceKind source_kind = SourceKind::unknown;
  Status status = Status::unknown;
  std::optional<Coverage> coverage;
  std::optional<int> chamber_seats;
  bool historical = false;
  Span span;
  std::optional<Date> date;  ///< the document's
};

struct Obs {
  const View* o;
};

/// One source's count at one coverage and status; articles quoting the same source are merged.
struct Report {
  std::string source;
  SourceKind kind = SourceKind::unknown;
  Status status = Status::unknown;
  std::optional<Coverage> coverage;
  std::map<std::string_view, std::vector<Obs>> parties;
  std::set<std::string_view> documents;
  int agreement = 0;  ///< other reports at the same coverage that agree on every shared party
  std::string key;
};

int declared(const std::optional<Coverage>& c) { return c ? c->declared : -1; }

/// The figure a report gives for a party: the most common value, then the larger.
int value_of(const std::vector<Obs>& list) {
  std::map<int, int> counts;
  for (auto& x : list) counts[x.o->seats]++;
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

Claim claim_of(const Report& r, const std::vector<Obs>& list, int seats) {
  Claim c;
  c.seats = seats;
  c.sources = {r.source};
  c.coverage = r.coverage;
  c.status = r.status;
  c.source_kind = r.kind;
  std::set<std::string_view> docs;
  for (auto& x : list) {
    if (x.o->seats != seats) continue;
    docs.insert(x.o->path);
    if (c.evidence.empty()) {
      c.evidence = std::string(x.o->evidence);
      c.qualifier = x.o->qualifier;
      c.seats_max = x.o->seats_max;
    }
  }
  c.documents.assign(docs.begin(), docs.end());
  return c;
}

bool same_coverage(const std::optional<Coverage>& a, const std::optional<Coverage>& b) { return a == b; }

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

using GroupKey = std::tuple<int, std::string, std::string, std::string>;  // undated flag, date, election, chamber

/// A total order on observations, so that the result never depends on the order of the documents.
bool obs_before(const Obs& a, const Obs& b) {
  const View& x = *a.o;
  const View& y = *b.o;
  auto key = [](const Obs& v) {
    const View& o = *v.o;
    return std::tie(o.path, o.span.begin, o.span.end, o.party, o.seats, o.qualifier, o.basis, o.source_kind,
                    o.evidence, o.party_text);
  };
  if (key(a) != key(b)) return key(a) < key(b);
  return std::make_tuple(x.seats_max.value_or(-1), x.historical, x.chamber_seats.value_or(-1)) <
         std::make_tuple(y.seats_max.value_or(-1), y.historical, y.chamber_seats.value_or(-1));
}

SummaryGroup reconcile_group(const GroupKey& key, std::vector<Obs>& list) {
  std::stable_sort(list.begin(), list.end(), obs_before);
  SummaryGroup g;
  g.election = std::get<2>(key);
  g.chamber = std::get<3>(key);
  if (!list.empty()) g.date = list.front().o->date;
  // Reports.
  std::map<std::string, Report> reports;
  std::set<std::string_view> documents;
  for (auto& x : list) {
    const View& o = *x.o;
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
    r.documents.insert(o.path);
    documents.insert(o.path);
  }
  g.documents.assign(documents.begin(), documents.end());
  // The chamber's size, when an article gives it ("105 of the 272 seats"): the size most articles give.
  {
    std::map<int, int> sizes;
    for (auto& x : list) {
      if (x.o->chamber_seats && *x.o->chamber_seats > 0) ++sizes[*x.o->chamber_seats];
    }
    int best_count = 0;
    for (auto& [size, count] : sizes) {
      if (count > best_count) {
        best_count = count;
        g.chamber_seats = size;
      }
    }
  }
  std::vector<Report*> ranked;
  for (auto& [k, r] : reports) ranked.push_back(&r);
  count_agreement(ranked);
  std::sort(ranked.begin(), ranked.end(), [](const Report* a, const Report* b) {
    bool a_wins = false;
    compare(*a, *b, a_wins);
    return a_wins;
  });
  const Report& best = *ranked.front();
  g.coverage = best.coverage;
  g.sources = {best.source};
  g.status = best.status;

  auto tally_for = [&](std::string_view party, const Report& chosen) {
    PartyTally t;
    t.party = std::string(party);
    const auto& obs = chosen.parties.at(party);
    t.seats = value_of(obs);
    Claim mine = claim_of(chosen, obs, t.seats);
    t.qualifier = mine.qualifier;
    t.seats_max = mine.seats_max;
    t.basis = Basis::unknown;
    for (auto& x : obs) {
      if (x.o->seats == t.seats && x.o->basis != Basis::unknown) t.basis = x.o->basis;
    }
    t.min_seats = t.max_seats = t.seats;
    std::set<std::string> sources{chosen.source};
    t.rule = "only_figure";
    for (auto* r : ranked) {
      auto it = r->parties.find(party);
      if (it == r->parties.end()) continue;
      for (auto& x : it->second) {
        t.min_seats = std::min(t.min_seats, x.o->seats);
        t.max_seats = std::max(t.max_seats, x.o->seats);
      }
      if (r == &chosen) {
        // two articles quoting the same source with different figures
        std::set<int> values;
        for (auto& x : it->second) values.insert(x.o->seats);
        for (int v : values) {
          if (v != t.seats) {
            t.rivals.push_back(claim_of(*r, it->second, v));
            t.rivals.back().decided_by = "frequency";
          }
        }
        continue;
      }
      int v = value_of(it->second);
      if (v == t.seats && same_coverage(r->coverage, chosen.coverage)) sources.insert(r->source);
      std::set<int> values;
      for (auto& x : it->second) values.insert(x.o->seats);
      bool chosen_wins = false;
      std::string lost_on = compare(chosen, *r, chosen_wins);
      for (int value : values) {
        t.rivals.push_back(claim_of(*r, it->second, value));
        t.rivals.back().decided_by = lost_on.empty() ? "tie_break" : lost_on;
      }
      if (v != t.seats && t.rule == "only_figure") t.rule = lost_on.empty() ? "tie_break" : lost_on;
    }
    if (t.rule == "only_figure" && !t.rivals.empty()) t.rule = "agreement";
    t.sources.assign(sources.begin(), sources.end());
    return t;
  };

  for (auto& [party, obs] : best.parties) g.parties.push_back(tally_for(party, best));

  // Parties that the chosen count does not name.
  bool has_others = best.parties.count("Others") > 0;
  int sum = 0;
  for (auto& t : g.parties) sum += t.seats;
  int limit = best.coverage ? best.coverage->declared : 0;
  for (auto* r : ranked) {
    if (r == &best) continue;
    for (auto& [party, obs] : r->parties) {
      bool known = std::any_of(g.parties.begin(), g.parties.end(), [&](auto& t) { return t.party == party; }) ||
                   std::any_of(g.breakdown.begin(), g.breakdown.end(), [&](auto& t) { return t.party == party; });
      if (known || party == "Others") continue;
      PartyTally t = tally_for(party, *r);
      t.note = "from " + r->source + " at " + coverage_text(r->coverage);
      if (has_others || (limit > 0 && sum + t.seats > limit)) {
        t.note += has_others ? "; counted in Others of the chosen count" : "; not added: would exceed the coverage";
        g.breakdown.push_back(t);
      } else {
        sum += t.seats;
        g.parties.push_back(t);
      }
    }
  }
  auto order = [](const PartyTally& a, const PartyTally& b) {
    bool ao = a.party == "Others", bo = b.party == "Others";
    if (ao != bo) return bo;
    if (a.seats != b.seats) return a.seats > b.seats;
    return a.party < b.party;
  };
  std::sort(g.parties.begin(), g.parties.end(), order);
  std::sort(g.breakdown.begin(), g.breakdown.end(), order);

  // Conflicts: sources that disagree at the chosen coverage.
  for (auto& t : g.parties) {
    Conflict c;
    c.party = t.party;
    std::map<int, Claim> by_value;
    for (auto* r : ranked) {
      auto it = r->parties.find(t.party);
      if (it == r->parties.end() || !same_coverage(r->coverage, best.coverage)) continue;
      std::set<int> values;
      for (auto& x : it->second) values.insert(x.o->seats);
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
    for (auto& [v, claim] : by_value) {
      std::sort(claim.sources.begin(), claim.sources.end());
      claim.sources.erase(std::unique(claim.sources.begin(), claim.sources.end()), claim.sources.end());
      std::sort(claim.documents.begin(), claim.documents.end());
      claim.documents.erase(std::unique(claim.documents.begin(), claim.documents.end()), claim.documents.end());
      c.values.push_back(claim);
    }
    g.conflicts.push_back(c);
  }

  // Consistency checks.
  int total = 0;
  for (auto& t : g.parties) total += t.seats;
  if (best.coverage && total > best.coverage->declared) {
    g.warnings.push_back("the chosen count adds up to " + std::to_string(total) + " seats, more than the " +
                         std::to_string(best.coverage->declared) + " declared");
  }
  for (auto* r : ranked) {
    if (r->coverage && r->coverage->total && r->coverage->declared > *r->coverage->total) {
      g.warnings.push_back(r->source + " gives a coverage of " + coverage_text(r->coverage) + ", more than the total");
    }
  }
  if (g.chamber_seats) {
    const int size = *g.chamber_seats;
    const std::string chamber = "the chamber's " + std::to_string(size) + " seats";
    if (total > size) g.warnings.push_back("the chosen count adds up to " + std::to_string(total) + " seats, more than " + chamber);
    for (auto* r : ranked) {
      if (r->coverage && (r->coverage->declared > size || (r->coverage->total && *r->coverage->total > size)))
        g.warnings.push_back(r->source + " gives a coverage of " + coverage_text(r->coverage) + ", larger than " + chamber);
      for (auto& [party, obs] : r->parties) {
        if (value_of(obs) > size)
          g.warnings.push_back(r->source + " gives " + std::string(party) + " " + std::to_string(value_of(obs)) + " seats, more than " + chamber);
      }
    }
  }
  // "Won" and "leading" figures side by side in the chosen count: say so.
  {
    std::vector<std::string> won, leading;
    for (auto& t : g.parties) {
      if (t.basis == Basis::won) won.push_back(t.party);
      if (t.basis == Basis::leading) leading.push_back(t.party);
    }
    if (!won.empty() && !leading.empty()) {
      auto join = [](const std::vector<std::string>& v) {
        std::string out;
        for (auto& p : v) out += (out.empty() ? "" : ", ") + p;
        return out;
      };
      g.warnings.push_back("the chosen count mixes seats won (" + join(won) + ") with seats led in counting (" + join(leading) + ")");
    }
  }
  // A source whose count for a party goes down as its coverage goes up: a correction.
  std::map<std::pair<std::string, std::string_view>, std::vector<std::pair<int, int>>> series;
  for (auto* r : ranked) {
    if (!r->coverage || r->source == kUnattributed) continue;
    for (auto& [party, obs] : r->parties) series[{r->source, party}].push_back({r->coverage->declared, value_of(obs)});
  }
  for (auto& [k, points] : series) {
    std::sort(points.begin(), points.end());
    for (std::size_t i = 1; i < points.size(); ++i) {
      if (points[i].second < points[i - 1].second && points[i].first > points[i - 1].first) {
         g.warnings.push_back(k.first + " lowers " + std::string(k.second) + " from " + std::to_string(points[i - 1].second) + " to " +
                             std::to_string(points[i].second) + " as coverage rises from " +
                             std::to_string(points[i - 1].first) + " to " + std::to_string(points[i].first) +
                             " seats (a correction?)");
      }
    }
  }
  return g;
}

}  // namespace

namespace {

constexpr const char* kUndatedWarning = "undated documents: give them a ' date YYYY-MM-DD' header or use --date";

/// A date without tallies: its documents (sorted, unique paths).
SummaryGroup empty_date_group(std::optional<Date> date, std::vector<std::string> paths) {
  SummaryGroup g;
  g.date = date;
  g.documents = std::move(paths);
  if (!g.date) g.warnings.push_back(kUndatedWarning);
  return g;
}

/// Reconciles a group from its observations, given in document order.
SummaryGroup group_of(const GroupKey& key, std::vector<View>& views) {
  std::vector<Obs> list;
  list.reserve(views.size());
  for (auto& v : views) list.push_back({&v});
  bool undated = std::get<0>(key) == 1;
  // Reports must not depend on input order.
  std::sort(list.begin(), list.end(), [](const Obs& a, const Obs& b) {
    return std::tie(a.o->path, a.o->span.begin, a.o->party) < std::tie(b.o->path, b.o->span.begin, b.o->party);
  });
  SummaryGroup g = reconcile_group(key, list);
  if (undated) g.warnings.push_back(kUndatedWarning);
  return g;
}

View view_of(const spill::ObservationView& p, std::string_view path, std::optional<Date> date) {
  View v;
  v.party = p.party;
  v.party_text = p.party_text;
  v.evidence = p.evidence;
  v.path = path;
  v.source = p.source;
  v.seats = p.seats;
  v.seats_max = p.seats_max;
  v.qualifier = p.qualifier;
  v.basis = p.basis;
  v.source_kind = p.source_kind;
  v.status = p.status;
  v.coverage = p.coverage;
  v.chamber_seats = p.chamber_seats;
  v.historical = false;
  v.span = p.span;
  v.date = date;
  return v;
}

/// Copies of the records of the group being gathered, in blocks of 1 MiB that never move (the views point
/// into them): a large group's records are not copied again each time a single buffer would have to grow.
class RecordBlocks {
 public:
  std::string_view add(std::string_view record) {
    if (blocks_.empty() || used_ + record.size() > size_) {
      size_ = std::max(kBlock, record.size());
      blocks_.push_back(std::make_unique_for_overwrite<char[]>(size_));  // pages untouched until written
      used_ = 0;
    }
    char* at = blocks_.back().get() + used_;
    std::copy(record.begin(), record.end(), at);
    used_ += record.size();
    return {at, record.size()};
  }
  void clear() {
    std::vector<std::unique_ptr<char[]>>().swap(blocks_);
    used_ = size_ = 0;
  }

 private:
  static constexpr std::size_t kBlock = std::size_t{1} << 20;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t used_ = 0, size_ = 0;
};

/// reconcile_each for a store that spilled to a file: the same groups in the same order, with memory bounded by
/// the store's budget and the largest group. The documents are read back in order and each observation
/// becomes a record of an external sort keyed by group (undated, date, election, chamber), then document and
/// observation (the order reconcile_each sees them in); a document without tallies becomes a record of its
/// date that sorts after the date's groups. The merge gives each group's observations together.
void reconcile_spilled(const DocumentStore& store, std::optional<Date> as_of, std::size_t budget,
                       const std::function<void(SummaryGroup&&)>& emit) {
  enum : std::uint8_t { kObservation = 0, kEmptyDocument = 1 };
  spill::Sorter sorter(budget);
  std::uint64_t n = 0;
  std::string key, body;
  store.each_document([&](const DocumentResult& doc) {
    std::uint64_t index = n++;
    if (as_of && !(doc.date && *doc.date <= *as_of)) return;
    std::string date = doc.date ? format_date(*doc.date) : "";
    auto date_key = [&](std::uint8_t kind) {
      key.clear();
      spill::put_key8(key, doc.date ? 0 : 1);
      spill::put_key(key, date);
      spill::put_key8(key, kind);
    };
    bool any = false;
    for (std::size_t k = 0; k < doc.observations.size(); ++k) {
      const Observation& o = doc.observations[k];
      if (o.historical) continue;
      date_key(kObservation);
      spill::put_key(key, o.election);
      spill::put_key(key, o.chamber);
      spill::put_key(key, index);
      spill::put_key(key, std::uint64_t{k});
      body.clear();
      spill::put(body, std::string_view(doc.path));
      spill::put(body, doc.date);
      spill::put(body, o);
      sorter.add(key, body);
      any = true;
    }
    if (!any) {
      date_key(kEmptyDocument);
      spill::put_key(key, index);
      body.clear();
      spill::put(body, std::string_view(doc.path));
      sorter.add(key, body);
    }
  });

  // The group being gathered: its key (without document and observation) and its records' bodies.
  std::string group_prefix;
  GroupKey group;
  RecordBlocks bodies;
  std::vector<std::string_view> records;
  // The date of the last group or documents seen, whether it had a group, and its documents without tallies.
  std::string date_prefix;
  bool date_has_group = false;
  std::optional<Date> empty_date;
  std::vector<std::string> empty_paths;
  bool have_empty = false;

  auto flush_group = [&] {
    if (records.empty()) return;
    std::vector<View> views;
    views.reserve(records.size());
    for (std::string_view in : records) {
      std::string_view path = spill::get_string(in);
      std::optional<Date> date = spill::get_date(in);
      views.push_back(view_of(spill::get_observation(in), path, date));
    }
    SummaryGroup g = group_of(group, views);
    views = {};
    bodies.clear();
    std::vector<std::string_view>().swap(records);
    group_prefix.clear();
    emit(std::move(g));
  };
  auto flush_empty = [&] {
    if (!have_empty) return;
    have_empty = false;
    if (!date_has_group) emit(empty_date_group(empty_date, std::move(empty_paths)));
    empty_paths = {};
  };

  sorter.merge([&](std::string_view record_key, std::string_view record_body) {
    std::string_view in = record_key;
    int undated = spill::get_key_u8(in);
    std::string date = spill::get_key_string(in);
    std::string_view this_date = record_key.substr(0, record_key.size() - in.size());
    if (this_date != date_prefix) {
      flush_group();
      flush_empty();
      date_prefix.assign(this_date);
      date_has_group = false;
    }
    std::uint8_t kind = spill::get_key_u8(in);
    if (kind == kObservation) {
      std::string_view prefix = record_key.substr(0, record_key.size() - 16);  // less document and observation
      if (prefix != group_prefix) {
        flush_group();
        group_prefix.assign(prefix);
        std::string election = spill::get_key_string(in);
        std::string chamber = spill::get_key_string(in);
        group = {undated, date, std::move(election), std::move(chamber)};
      }
      date_has_group = true;
      records.push_back(bodies.add(record_body));
    } else {
      flush_group();
      if (date_has_group) return;  // a date with tallies lists no documents of its own
      std::string_view b = record_body;
      if (!have_empty) {
        have_empty = true;
        empty_date = date.empty() ? std::nullopt : parse_iso_date(date);
      }
      empty_paths.emplace_back(spill::get_string(b));
    }
  });
  flush_group();
  flush_empty();
}

}  // namespace

void reconcile_each(const DocumentStore& store, std::optional<Date> as_of,
                    const std::function<void(SummaryGroup&&)>& emit) {
  if (store.spilled()) {
    reconcile_spilled(store, as_of, spill_budget(), emit);
    return;
  }
  // An index of the observations of each group (a document's position and the observation's), then one group
  // at a time: unpacked, reconciled, handed over and freed.
  using Ref = std::pair<std::uint32_t, std::uint32_t>;
  std::map<GroupKey, std::vector<Ref>> groups;
  std::map<std::pair<int, std::string>, std::vector<std::uint32_t>> empty_dates;
  for (std::size_t i = 0; i < store.size(); ++i) {
    const PackedDocument& doc = store.doc(i);
    if (as_of && !(doc.date && *doc.date <= *as_of)) continue;
    std::string date = doc.date ? format_date(*doc.date) : "";
    int undated = doc.date ? 0 : 1;
    bool any = false;
    for (std::uint32_t k = 0; k < doc.count; ++k) {
      const PackedObservation& o = store.observation(doc, k);
      if (o.flags & PackedObservation::is_historical) continue;
      groups[{undated, date, std::string(store.text(o.election)), std::string(store.text(o.chamber))}].push_back(
          {static_cast<std::uint32_t>(i), k});
      any = true;
    }
    if (!any) empty_dates[{undated, date}].push_back(static_cast<std::uint32_t>(i));
  }
  // The order of the output: by date (undated last), election and chamber.
  struct Entry {
    GroupKey order;
    const GroupKey* key = nullptr;  // a group with tallies
    std::vector<Ref>* list = nullptr;
    std::vector<std::uint32_t>* docs = nullptr;  // a date without tallies
    std::optional<Date> date;
  };
  std::vector<Entry> entries;
  std::set<std::pair<int, std::string>> dates_with_groups;
  for (auto& [key, list] : groups) {
    dates_with_groups.insert({std::get<0>(key), std::get<1>(key)});
    entries.push_back({key, &key, &list, nullptr, std::nullopt});
  }
  for (auto& [key, docs] : empty_dates) {
    if (dates_with_groups.count(key)) continue;
    std::optional<Date> date;
    if (!key.second.empty()) date = parse_iso_date(key.second);
    entries.push_back({{date ? 0 : 1, date ? format_date(*date) : "", "", ""}, nullptr, nullptr, &docs, date});
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.order < b.order; });

  for (auto& e : entries) {
    if (e.docs) {
      std::vector<std::string> paths;
      paths.reserve(e.docs->size());
      for (auto i : *e.docs) paths.push_back(store.path(store.doc(i)));
      std::sort(paths.begin(), paths.end());
      paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
      std::vector<std::uint32_t>().swap(*e.docs);
      emit(empty_date_group(e.date, std::move(paths)));
      continue;
    }
    std::vector<View> views;
    views.reserve(e.list->size());
    // The paths of the group's documents (references are in document order: one path for consecutive ones);
    // reserved so that views into them stay valid.
    std::vector<std::string> paths;
    paths.reserve(e.list->size());
    std::uint32_t last_doc = 0;
    for (auto [i, k] : *e.list) {
      const PackedDocument& doc = store.doc(i);
      const PackedObservation& p = store.observation(doc, k);
      if (paths.empty() || i != last_doc) paths.push_back(store.path(doc));
      last_doc = i;
      View v;
      v.party = store.text(p.party);
      v.party_text = store.text(p.party_text);
      v.evidence = p.evidence();
      v.path = paths.back();
      if (p.flags & PackedObservation::has_source) v.source = store.text(p.source);
      v.seats = p.seats;
      v.seats_max = p.max_seats();
      v.qualifier = p.qualifier();
      v.basis = p.basis();
      v.source_kind = p.source_kind();
      v.status = p.status();
      v.coverage = p.coverage();
      v.chamber_seats = p.size_of_chamber();
      v.historical = false;
      v.span = store.span(p);
      v.date = doc.date;
      views.push_back(v);
    }
    std::vector<Ref>().swap(*e.list);
    emit(group_of(*e.key, views));
  }
}

Summary reconcile(const DocumentStore& store, std::optional<Date> as_of) {
  Summary summary;
  reconcile_each(store, as_of, [&](SummaryGroup&& g) { summary.groups.push_back(std::move(g)); });
  return summary;
}

Summary reconcile(const std::vector<DocumentResult>& documents) {
  DocumentStore store;
  for (std::size_t i = 0; i < documents.size(); ++i) store.add(documents[i], static_cast<std::uint32_t>(i));
  return reconcile(store, std::nullopt);
}

}  // namespace tally
