#pragma once
/// The reconciler: merges observations into one count per date, election and chamber.
#include <optional>
#include <string>
#include <vector>

#include <functional>

#include "tally/document.h"
#include "tally/store.h"
#include "tally/tables.h"

namespace tally {

/// One source's claim for a party, as a rival of the chosen figure.
struct Claim {
  int seats = 0;
  std::optional<int> seats_max;
  Qualifier qualifier = Qualifier::exact;
  std::vector<std::string> sources;  ///< sorted; "(unattributed)" when none was named
  std::optional<Coverage> coverage;
  Status status = Status::unknown;
  SourceKind source_kind = SourceKind::unknown;
  std::vector<std::string> documents;
  std::string evidence;
  std::string decided_by;  ///< the rule by which the chosen count beat this one ("" for the chosen count)
  std::string read_by;        ///< the extraction rule that read its sentence (not in the JSON: tally explain)
  ObservationContext context;  ///< where its sentence's source, status, coverage and chamber came from (likewise)
  bool operator==(const Claim&) const = default;
};

/// A party's reconciled figure.
struct PartyTally {
  std::string party;
  int seats = 0;
  std::optional<int> seats_max;
  Qualifier qualifier = Qualifier::exact;
  Basis basis = Basis::unknown;
  std::vector<std::string> sources;  ///< every source that gave this figure at this coverage
  int min_seats = 0;                 ///< range of values seen for the party in this group
  int max_seats = 0;
  std::string rule;  ///< the reconciliation rule that decided the figure
  std::string note;  ///< e.g. "from a lower-coverage count"
  std::vector<Claim> rivals;  ///< every other claim for the party in this group
  Claim claim;                ///< the chosen claim itself: its documents and sentence (not in the JSON: tally explain)
  bool operator==(const PartyTally&) const = default;
};

/// A figure left out of the chosen count because, added to it, the count would no longer fit the declared
/// coverage or the chamber; with the reason.
struct SetAside {
  std::string party;
  Claim claim;         ///< its seats, source, coverage, status, documents and sentence
  std::string reason;  ///< e.g. "would bring the count to 280 seats, more than the 265 declared"
  bool operator==(const SetAside&) const = default;
};

/// A source lowering its figure for a party from one date to a later one.
struct Correction {
  std::string source;
  std::string party;
  Date from_date;  ///< the date of the figure replaced
  int from_seats = 0;
  Date to_date;    ///< the date of the figure that replaced it
  int to_seats = 0;
  bool operator==(const Correction&) const = default;
};

/// Sources that disagree about a party at the same coverage.
struct Conflict {
  std::string party;
  std::vector<Claim> values;
  bool operator==(const Conflict&) const = default;
};

/// The reconciled count for one date, election, chamber and scope (none: the whole chamber).
struct SummaryGroup {
  std::optional<Date> date;
  std::string election;  ///< "PK-2024"; empty for a date with no tallies
  std::string chamber;
  std::optional<std::string> scope;  ///< a region within the chamber ("Wales"): a sub-table, reconciled on its own
  std::optional<Coverage> coverage;
  std::optional<int> chamber_seats;
  std::vector<std::string> sources;  ///< sources of the chosen count
  Status status = Status::unknown;
  std::vector<PartyTally> parties;    ///< sorted by seats, then name
  std::vector<PartyTally> breakdown;  ///< named parties inside the chosen count's "Others"
  std::vector<PartyTally> projections;  ///< projections and exit polls, beside the counts (never chosen over one)
  std::vector<SetAside> set_aside;      ///< figures that would make the chosen count exceed its coverage or chamber
  std::vector<Conflict> conflicts;
  std::vector<Correction> corrections;  ///< a source's figures lowered since an earlier date (also in warnings)
  std::vector<std::string> warnings;
  std::vector<std::string> documents;  ///< the documents behind this group
  bool operator==(const SummaryGroup&) const = default;
};

/// All groups, sorted by date (undated last), election, chamber and scope (the whole chamber first).
struct Summary {
  std::vector<SummaryGroup> groups;
  bool operator==(const Summary&) const = default;
};

/// Reconciles the documents' observations. The result does not depend on the order of documents. With tables,
/// chamber names are made canonical (canonical_chamber) and a chamber's size in the table bounds its count.
Summary reconcile(const std::vector<DocumentResult>& documents, const Tables* tables = nullptr);

/// Reconciles the stored documents (only those dated on or before as_of, when given), one group at a time:
/// each group is handed to emit in the order of Summary::groups and not kept. Peak memory is the store
/// plus one group (and a figure per source and party for the corrections over time).
void reconcile_each(const DocumentStore& store, std::optional<Date> as_of,
                    const std::function<void(SummaryGroup&&)>& emit, const Tables* tables = nullptr);

/// The same, all groups collected.
Summary reconcile(const DocumentStore& store, std::optional<Date> as_of = std::nullopt, const Tables* tables = nullptr);

}  // namespace tally
