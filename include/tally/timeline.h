#pragma once
/// Time lines: for each election, chamber and scope, the reconciled count per date and the latest known count as
/// of each date.
#include <optional>
#include <string>
#include <vector>

#include "tally/reconcile.h"

namespace tally {

/// One party's figure on one date of a time line.
struct TimelineEntry {
  std::string party;
  int seats = 0;
  Qualifier qualifier = Qualifier::exact;
  std::vector<std::string> sources;
  Date reported;  ///< the date of the count this figure comes from (earlier than the row's date when carried)
  bool carried = false;  ///< no count that day: the latest earlier figure
  bool operator==(const TimelineEntry&) const = default;
};

/// A date on a time line.
struct TimelineRow {
  Date date;
  std::optional<Coverage> coverage;  ///< of that day's reconciled count (none when carried)
  Status status = Status::unknown;
  std::vector<TimelineEntry> reported;  ///< the reconciled count of that date
  std::vector<TimelineEntry> latest;    ///< the latest known figure per party as of that date
  std::vector<Correction> corrections;  ///< figures a source lowered since an earlier date (from the summary)
  bool operator==(const TimelineRow&) const = default;
};

/// The time line of one election, chamber and scope.
struct Timeline {
  std::string election;
  std::string chamber;
  std::optional<std::string> scope;  ///< a region within the chamber: its own time line
  std::vector<TimelineRow> rows;  ///< by date
  bool operator==(const Timeline&) const = default;
};

/// Builds time lines from a summary (undated groups and groups without tallies are left out).
std::vector<Timeline> build_timelines(const Summary& summary);

/// Keeps only documents dated on or before the date (undated ones are dropped): what was known then.
std::vector<DocumentResult> as_of(const std::vector<DocumentResult>& documents, const Date& date);

}  // namespace tally
