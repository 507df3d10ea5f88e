#pragma once
/// The reconciler: merges observations into one count per date, election and chamber.
#include <optional>
#include <string>
#include <vector>

#include <functional>

#include "tally/document.h"
#include "tally/store.h"

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
  bool operator==(const PartyTally&) const = default;
};

/// Sources that disagree about a party at the same coverage.
struct Conflict {
  std::string party;
  std::vector<Claim> values;
  bool operator==(const Conflict&) const = default;
};

/// The reconciled count for one date, election and chamber.
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
  std::vector<Conflict> conflicts;
  std::vector<std::string> warnings;
  std::vector<std::string> documents;  ///< the documents behind this group
  bool operator==(const SummaryGroup&) const = default;
};

/// All groups, sorted by date (undated last), election and chamber.
struct Summary {
  std::vector<SummaryGroup> groups;
  bool operator==(const Summary&) const = default;
};

/// Reconciles the documents' observations. The result does not depend on the order of documents.
Summary reconcile(const std::vector<DocumentResult>& documents);

/// Reconciles the stored documents (only those dated on or before as_of, when given), one group at a time:
/// each group is handed to emit in the order of Summary::groups and not kept. Peak memory is the store
/// plus one group.
void reconcile_each(const DocumentStore& store, std::optional<Date> as_of,
                    const std::function<void(SummaryGroup&&)>& emit);

/// The same, all groups collected.
Summary reconcile(const DocumentStore& store, std::optional<Date> as_of = std::nullopt);

}  // namespace tally
