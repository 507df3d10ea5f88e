// The reconciler's driver: observations are gathered by group (date, election, canonical chamber, scope), from
// memory or, when the store spilled, by an external sort on disk; each group is reconciled (reconcile_group.cc)
// and handed on in order, and corrections over time are tracked across the groups as they go.
#include "tally/reconcile.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <tuple>

#include "corrections.h"
#include "reconcile_group.h"
#include "spill.h"

namespace tally {

using detail::ChamberFacts;
using detail::GroupKey;
using detail::View;

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

/// Canonical chamber names (looked up once per spelling and country) and what the tables know of a chamber.
class Chambers {
 public:
  explicit Chambers(const Tables* tables) : tables_(tables ? tables : &none_) {}

  /// The canonical name of a chamber as an observation of this election wrote it.
  const std::string& name(std::string_view chamber, std::string_view election) {
    std::string_view country = election.substr(0, election.find('-'));
    auto key = std::make_pair(std::string(chamber), std::string(country));
    auto it = names_.find(key);
    if (it == names_.end()) it = names_.emplace(key, canonical_chamber(*tables_, chamber, country)).first;
    return it->second;
  }

  /// The table's size of the group's chamber; none for a scope (a region has its own size).
  ChamberFacts facts(const GroupKey& key) const {
    ChamberFacts facts;
    if (!std::get<4>(key).empty()) return facts;
    const std::string& election = std::get<2>(key);
    std::string_view country = std::string_view(election).substr(0, election.find('-'));
    for (const ChamberEntry& e : tables_->chambers) {
      if (e.canonical == std::get<3>(key) && e.country == country) facts.seats = e.seats;
    }
    return facts;
  }

 private:
  Tables none_;
  const Tables* tables_;
  std::map<std::pair<std::string, std::string>, std::string> names_;
};

/// Reconciles a group from its observations.
SummaryGroup group_of(const GroupKey& key, std::vector<View>& views, const Chambers& chambers) {
  SummaryGroup g = detail::reconcile_group(key, views, chambers.facts(key));
  if (std::get<0>(key) == 1) g.warnings.push_back(kUndatedWarning);
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
  v.rule = p.rule;
  v.context = p.context;
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
/// becomes a record of an external sort keyed by group (undated, date, election, chamber, scope), then document and
/// observation (the order reconcile_each sees them in); a document without tallies becomes a record of its
/// date that sorts after the date's groups. The merge gives each group's observations together.
void reconcile_spilled(const DocumentStore& store, std::optional<Date> as_of, std::size_t budget,
                       const std::function<void(SummaryGroup&&)>& emit, Chambers& chambers) {
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
      spill::put_key(key, chambers.name(o.chamber, o.election));
      spill::put_key(key, o.scope ? std::string_view(*o.scope) : std::string_view());
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
    SummaryGroup g = group_of(group, views, chambers);
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
        std::string scope = spill::get_key_string(in);
        group = {undated, date, std::move(election), std::move(chamber), std::move(scope)};
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
                    const std::function<void(SummaryGroup&&)>& emit_group, const Tables* tables) {
  Chambers chambers(tables);
  // Groups come in date order: each is checked against the figures its sources gave on earlier dates.
  detail::CorrectionTracker corrections;
  auto emit = [&](SummaryGroup&& g) {
    corrections.track(g);
    emit_group(std::move(g));
  };
  if (store.spilled()) {
    reconcile_spilled(store, as_of, spill_budget(), emit, chambers);
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
      std::string_view election = store.text(o.election);
      std::string scope(o.flags & PackedObservation::has_scope ? store.text(o.scope) : std::string_view());
      groups[{undated, date, std::string(election), chambers.name(store.text(o.chamber), election), std::move(scope)}]
          .push_back({static_cast<std::uint32_t>(i), k});
      any = true;
    }
    if (!any) empty_dates[{undated, date}].push_back(static_cast<std::uint32_t>(i));
  }
  // The order of the output: by date (undated last), election, chamber and scope.
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
    entries.push_back({{date ? 0 : 1, date ? format_date(*date) : "", "", "", ""}, nullptr, nullptr, &docs, date});
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
      auto origin = [&](unsigned which) {
        return ContextOrigin{static_cast<ContextFrom>((p.context_from >> (4 * which)) & 15), p.context_lines[which]};
      };
      v.context = {origin(0), origin(1), origin(2), origin(3)};  // source, status, coverage, chamber
      v.rule = store.text(p.rule);
      v.span = store.span(p);
      v.date = doc.date;
      views.push_back(v);
    }
    std::vector<Ref>().swap(*e.list);
    emit(group_of(*e.key, views, chambers));
  }
}

Summary reconcile(const DocumentStore& store, std::optional<Date> as_of, const Tables* tables) {
  Summary summary;
  reconcile_each(store, as_of, [&](SummaryGroup&& g) { summary.groups.push_back(std::move(g)); }, tables);
  return summary;
}

Summary reconcile(const std::vector<DocumentResult>& documents, const Tables* tables) {
  DocumentStore store;
  for (std::size_t i = 0; i < documents.size(); ++i) store.add(documents[i], static_cast<std::uint32_t>(i));
  return reconcile(store, std::nullopt, tables);
}

}  // namespace tally
