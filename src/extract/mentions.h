#pragma once
// Internal: Stage: finds the parties, sources and chambers a text mentions and ties people to parties.
#include "extract/doc.h"

namespace tally::extract {

void find_mentions(Doc& d);
/// Ties the people named in a sentence to its party when the sentence says so ("Khan ... his PTI",
/// "PTI leader Khan", "Khan's PTI").
void link_people(Doc& d, const detail::Sentence& sentence);
/// True when the capitalised run [first, last) is followed by a verb of winning and a count of seats:
/// "Law and Justice won 194 seats", "Yesh Atid took 24 seats", "Morena secured 236 of the 500 seats".
bool winner_run(Doc& d, std::size_t first, std::size_t last, std::size_t limit);
/// An all-capitals word the tables do not know, used like a party ("the UML won 27", "LDP 191").
bool unknown_acronym(Doc& d, std::size_t i, std::size_t limit);

}  // namespace tally::extract
