#pragma once
// Internal: Stage (claims): which mentions may hold seats, and the small tests the constructions share.
#include "extract/doc.h"

namespace tally::extract {



/// Marks mentions that cannot hold seats in this sentence.
void mark_holders(Doc& d, const detail::Sentence& s, std::vector<const Mention*>& ms);
Qualifier qualifier_before(Doc& d, std::size_t k, std::size_t first, std::size_t& qual_first);
/// Coordinated parties ending just before k: "A, B and C" / "A and B". Returns them in order.
std::vector<const Mention*> party_list_before(Doc& d, std::size_t k, std::size_t first, const std::vector<const Mention*>& ms);
/// True when, between a party and a count, a new list item starts with a name the tables do not know:
/// "the New Popular Front won 182 seats, Ensemble 168 and the National Rally and its allies 143".
bool new_item_between(Doc& d, const detail::Sentence& s, std::size_t from, std::size_t to, const std::vector<NumberItem>& nums);
/// True when a capitalised word that names nothing known stands right before the count at qf ("the
/// CPN-UML 78", "Rise 12", "Sumar on 31"), not at the start of the sentence.
bool unknown_name_before(Doc& d, const detail::Sentence& s, std::size_t qf, const std::vector<const Mention*>& ms);
/// The words between a party and its number (after the last comma) must not make the number a size, a
/// need, a vote count or a date.
bool gap_allows(Doc& d, std::size_t from, std::size_t to, const std::vector<NumberItem>& nums);

}  // namespace tally::extract
