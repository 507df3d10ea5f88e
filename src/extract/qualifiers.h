#pragma once
// Internal: Stage: qualifiers of a count: historical, hypothetical.
#include "extract/doc.h"

namespace tally::extract {

/// What the qualifiers stage carries from one sentence to the next.
struct QualifierState {
  bool past_frame = false;  ///< the paragraph opened with a past year ("In 1993, ...")
};

/// The qualifiers stage for one sentence: drops the links inside a condition, and marks each remaining link
/// historical or not (r.past).
void qualify(Doc& d, SentenceReading& r, QualifierState& st);

bool historical(Doc& d, std::size_t holder_first, std::size_t holder_last, std::size_t number_first,
                std::size_t number_last, const detail::Sentence& s, std::size_t qual_first, bool brackets, bool past_frame);
/// A count inside a condition is no tally: "if the party wins 150 seats", "unless X takes 40", "Suppose X
/// wins 30", and the inverted conditions that open a sentence: "Had X won 20 seats, ...", "Were X to win
/// 17 seats, ...", "Should X take 90 seats, ...". The condition runs to the next comma, semicolon or dash
/// (or to the end of the sentence). One pass over the sentence's tokens.
void drop_hypothetical(Doc& d, const detail::Sentence& s, std::vector<Link>& links);

}  // namespace tally::extract
