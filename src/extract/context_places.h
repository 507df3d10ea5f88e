#pragma once
// Internal: where a count is, for the context stage: a region named with a count ("won 37 seats in Uttar
// Pradesh"), a heading that names a region, a chamber named by its place ("the Lagos assembly"), and the
// article-wide passes that give a count the chamber the article names for it elsewhere.
#include <string>
#include <vector>

#include "extract/context.h"

namespace tally::extract {

/// "In KwaZulu-Natal, MK ... with 37 of the 80 seats", "Gauteng: ANC 28, ..." in an article about provincial
/// legislatures: a count of a region that is its own legislature's. Not when the count is of a total other
/// than that legislature's size ("17 of the state's 28 seats" is the state's share of the national chamber),
/// nor, without a total, in an article that never speaks of regional chambers.
bool regional_count(Doc& d, const detail::Sentence& s, const NumberItem& n, const std::string& chamber);
/// "won 37 seats in Uttar Pradesh", "lifted spirits in Uttar Pradesh with 37 seats": the region a count is
/// of, named by "in" right after the count's seat noun or right before "with" it, when the region has a
/// legislature of its own in the tables; empty otherwise.
std::string place_of_count(Doc& d, const detail::Sentence& s, const NumberItem& n);
/// "seats on the Baghdad council", "in the outgoing Gelderland council", "the Lagos assembly": a chamber the
/// article already has counts of, named by its place and a generic noun; empty when none, or several, fit.
std::string chamber_by_place(const Doc& d, const detail::Sentence& s);
/// A heading that names a region of the country, not a chamber: "Copperbelt Province", "Region of Murcia",
/// "NORTHERN REGION (14 of 16 declared)". Its words, as written; empty when it names none.
std::string heading_place(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms);
/// "BJP on 48" in a headline, "the BJP won 48 of the 70 seats in the Delhi Assembly" in the story: a count
/// whose chamber is only the article's default takes the chamber the same count names elsewhere in it.
void adopt_named_chambers(Doc& d, ReadingState& st);
/// "LEGISLATIVE ASSEMBLY" over a list, "the NSW Legislative Assembly" in the intro: a chamber named by a
/// shorter form of a longer name the article gives it takes the longer one's name (the tables', or as the
/// article writes it) when one alone ends with it.
void complete_chamber_names(Doc& d);

}  // namespace tally::extract
