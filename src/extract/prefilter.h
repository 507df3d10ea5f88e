#pragma once
// Internal: the first of extraction's two speeds. After the mentions are found, a cheap look over the tokens
// decides whether the article can hold a tally at all; when it cannot, the sentence-by-sentence stages are
// skipped, since they could change nothing in the result (docs/extraction-speed.md gives the argument).
#include "extract/doc.h"

namespace tally::extract {

/// What the first pass found in an article.
struct Prefilter {
  bool table = false;       ///< a table block, or a line of four cell bars or more (read as a table)
  bool number = false;      ///< a number or number word the claims stage may read as a count
  bool ambiguous = false;   ///< a name that may stand for two parties: reading it may add a warning
  /// True when the sentence stages may add an observation or a warning.
  bool may_change_result() const { return table || number || ambiguous; }
};

/// The first pass over a document whose mentions are found and whose country is chosen.
Prefilter prefilter(Doc& d);

/// True when extract_document() uses the first pass: unless the environment sets TALLY_FIRST_PASS=0 (every
/// article then gets the full reading) or a test turned it off. Both speeds give the same results.
bool first_pass_enabled();
void set_first_pass(bool on);
/// The articles the first pass spared the sentence stages, since the program started (tests, profiles).
std::size_t first_pass_skipped();
void count_first_pass_skip();

}  // namespace tally::extract
