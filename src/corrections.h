#pragma once
// Corrections over time (internal to tally_core): a source lowering its figure for a party from one date to a
// later one. Groups are shown to the tracker in date order; it remembers each source's latest figure per
// party (per election, chamber and scope), not the groups.
#include <map>
#include <string>
#include <tuple>

#include "tally/reconcile.h"

namespace tally::detail {

class CorrectionTracker {
 public:
  /// Adds to g.corrections (and a warning each) the figures of g's count that a source lowered since an earlier
  /// date, then remembers g's figures. Undated groups are left alone.
  void track(SummaryGroup& g);

 private:
  struct Figure {
    Date date;
    int seats = 0;
    int declared = -1;  ///< the coverage it was given at (-1: unknown)
  };
  using Key = std::tuple<std::string, std::string, std::string, std::string, std::string>;  // election, chamber, scope, source, party
  std::map<Key, Figure> latest_;
};

}  // namespace tally::detail
