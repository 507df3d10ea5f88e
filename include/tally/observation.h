#pragma once
/// One party's seat count as stated by one sentence of one document.
#include <optional>
#include <string>

#include "tally/types.h"

namespace tally {

/// A seat tally found in a document: the interchange unit between extract and reconcile.
struct Observation {
  std::string party;       ///< canonical name
  std::string party_text;  ///< as written in the article
  int seats = 0;
  std::optional<int> seats_max;  ///< upper end of a range ("between 230 and 250")
  Qualifier qualifier = Qualifier::exact;
  Basis basis = Basis::unknown;
  std::string chamber;  ///< canonical chamber name
  std::string election; ///< grouping key: country code and year, e.g. "PK-2024"
  std::optional<std::string> source;
  SourceKind source_kind = SourceKind::unknown;
  Status status = Status::unknown;
  std::optional<Coverage> coverage;
  std::optional<int> chamber_seats;  ///< "105 of the 272 seats": the 272
  bool historical = false;
  std::optional<std::string> scope;  ///< a region within the chamber ("Wales"): a sub-tally, never the national count
  std::string rule;                  ///< the construction that found it ("list_line", "respectively", ...)
  ObservationContext context;        ///< where its source, status, coverage and chamber came from
  Span span;
  std::string evidence;  ///< the sentence the tally came from
  // Set when the observation travels alone (extract output).
  std::string document;
  std::optional<Date> date;

  bool operator==(const Observation&) const = default;
};

}  // namespace tally
