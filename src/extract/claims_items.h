#pragma once
// Internal: the claims stage for lists of names: a list line ("ND – 158", "Groen, Open Vld and PVDA: 9 each")
// and a count given to a list after it ("with two each by the GDA and the BAP", "17 each went to A and B").
// Names the tables do not know count here: a list line or "each" says that they are parties.
#include <utility>
#include <vector>

#include "extract/doc.h"

namespace tally::extract {

/// "ND – 158", "Vooruit: 18", "- Other left 22 seats", "• SDP two", "JA21 and 50PLUS one each": a line of
/// names and a count and nothing else; each name (one, or several with "each") holds the count.
/// A bracketed count after it ("VVD: 31 seats (41)") is the election before. Returns true when it linked.
bool link_list_line(Doc& d, const Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                    std::vector<Link>& links);

/// "with two each by the GDA and the BAP", "one each for the PML-Functional, BAP and Pakistan Awami Raj",
/// "17 each went to the Fatah Alliance and the Kurdistan Alliance": a count "each" and the names after it.
void link_each_after(Doc& d, const Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                     std::vector<Link>& links);

/// "The Coalition and Labor are each on 57 seats", "A, B and C each won one seat": "each" before the count,
/// the names before "each".
void link_each_before(Doc& d, const Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                      std::vector<Link>& links);

/// "119 seats in the Chamber of Deputies and 65 in the Senate, with the League on 66 and 29": after a sentence
/// names two chambers in turn, a party's pair of counts is one count of each, in that order.
void link_chamber_pairs(Doc& d, const Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                        std::vector<Link>& links);

/// "145 seats in all: 128 won at the polls plus 17 National List seats", "has 32: 18 from FPTP and 14 from
/// PR", "won six seats in all, one of them under FPTP": in a sentence about one party, the parts and the
/// total of its count are its counts too.
void link_components(Doc& d, const Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                     std::vector<Link>& links);

/// The names of a list in tokens [first, last) ("A, B and the C"), each as a party mention: one the article
/// names, or a name the tables do not know, as written. Empty when a part names no party.
std::vector<const Mention*> list_names(Doc& d, std::size_t first, std::size_t last, const std::vector<const Mention*>& ms);

}  // namespace tally::extract
