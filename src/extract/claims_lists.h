#pragma once
// Internal: Stage (claims): list constructions: parallel lists, "each", names in a list, changes of a count.
#include "extract/doc.h"

namespace tally::extract {

/// A party the tables do not know, named right before its count in a list: "and Komeito 24",
/// "Reiwa Shinsengumi 9", "partner Komeito on 21". Only after a list separator, never at a sentence start.
/// A coordinated list of names right before token k, names the tables do not know included when they end
/// in a party word: "the Workers Party of Bangladesh, the Jatiya Samajtantrik Dal-JSD and the Kalyan Party
/// (won one each)". Empty unless it has two names or more joined by "and".
std::vector<const Mention*> named_list_before(Doc& d, std::size_t k, const detail::Sentence& s, const std::vector<const Mention*>& ms);
const Mention* adhoc_party(Doc& d, const detail::Sentence& s, std::size_t qf, const std::vector<const Mention*>& ms);
/// Runs of numbers joined by commas and "and" ("15, 3 and 2 seats") pair with a list of parties of the same
/// length: the one before "respectively", or the one right before the verb. A run that pairs with nothing is
/// nobody's count ("ANP won 5, 6, 7 seats" says no one number), so step 3 never hands it to one party.
void link_parallel_lists(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                         std::vector<Link>& links);
/// 4. "down from 303 in 2019", "went from 43 to 54", "fell to nine from 48", "compared with 64 in 2018": a
/// number after "from" or "compared with" is the earlier level of the count just before it, and a number
/// after "from N to" its new level; both belong to that count's party.
void link_changes(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                  std::vector<Link>& links);

}  // namespace tally::extract
