#pragma once
// Internal: Stage (claims): the constructions of one sentence, linking each party to its number.
#include "extract/doc.h"

namespace tally::extract {

void link_sentence(Doc& d, const detail::Sentence& s, std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                   std::vector<Link>& links, bool tally_context, bool seat_context, bool item_line);

}  // namespace tally::extract
