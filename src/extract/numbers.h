#pragma once
// Internal: Stage: the numbers of a sentence, what each counts, and the coverage the sentence states.
#include "extract/doc.h"

namespace tally::extract {

/// Reads the noun phrase after a number: "seats", "NA seats", "National Assembly seats", "votes" ...
void classify_head(Doc& d, NumberItem& n, std::size_t limit, const std::vector<const Mention*>& ms);
std::vector<NumberItem> numbers_in(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms);
/// "for 157 out of 265 seats", "results of 224 constituencies out of 265 were declared", "212 of 265 seats
/// counted", "all 650 seats declared". Marks the numbers used.
std::optional<Coverage> find_coverage(Doc& d, const detail::Sentence& s, std::vector<NumberItem>& nums,
                                      const std::vector<const Mention*>& ms, std::optional<int>& total_for_tally,
                                      std::size_t& tally_index);
/// "in the 276-member house", "the 450-seat Duma": the size of a chamber a sentence gives, if any.
std::optional<int> chamber_size_in(Doc& d, const detail::Sentence& s);

}  // namespace tally::extract
