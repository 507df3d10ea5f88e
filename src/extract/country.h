#pragma once
// Internal: Stage: the country an article is about and its default chamber, from the mentions found.
#include "extract/doc.h"

namespace tally::extract {

/// Chooses the article's country (the parties and bodies it names, the country names and capitals in it,
/// those of the opening counting more) and its default chamber: the headline's region with a legislature
/// of its own, else the country's first national chamber in the tables, else the chamber the article names.
void choose_country(Doc& d);

}  // namespace tally::extract
