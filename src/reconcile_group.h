#pragma once
// Reconciling one group (internal to tally_core): the observations of one date, election, chamber and scope
// become one SummaryGroup. The driver (reconcile.cc) gathers the groups; this file decides their figures.
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "tally/reconcile.h"

namespace tally::detail {

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
  std::string_view rule;        ///< the extraction rule that read it
  ObservationContext context;   ///< where its source, status, coverage and chamber were found
  Span span;
  std::optional<Date> date;  ///< the document's
};

/// Undated flag, date, election, chamber (canonical), scope ("" for the whole chamber): the order of the output.
using GroupKey = std::tuple<int, std::string, std::string, std::string, std::string>;

/// What the group's chamber is known to be from the tables: its size (0 when unknown).
struct ChamberFacts {
  int seats = 0;
};

/// Reconciles one group from its observations (in any order: the result does not depend on it).
SummaryGroup reconcile_group(const GroupKey& key, std::vector<View>& views, const ChamberFacts& facts);

}  // namespace tally::detail
