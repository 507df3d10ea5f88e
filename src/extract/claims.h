#pragma once
// Internal: the claims stage: the constructions that link a party to its number in one sentence.
#include "extract/claims_table.h"
#include "extract/doc.h"

namespace tally::extract {

/// What the claims stage carries from one sentence to the next.
struct ClaimState {
  bool seat_context = false;  ///< an earlier sentence spoke of seats: a bare number after a party counts them
  bool recent_tally = false;  ///< the sentence before held a count (or continued a list of them)
  TableState table;           ///< the columns of the table being read
};

/// The claims stage for one sentence (r.index, r.s set): its mentions, numbers and the coverage it states,
/// and the links its constructions make between parties and numbers.
void read_claims(Doc& d, SentenceReading& r, ClaimState& st);

/// After the qualifiers stage has dropped what was hypothetical: what the next sentence should know.
void note_claims(const SentenceReading& r, ClaimState& st);

}  // namespace tally::extract
