#pragma once
// Internal: Stage: what a sentence says about who reports its counts and their standing.
#include "extract/doc.h"

namespace tally::extract {

/// The attribution stage for one sentence: what it says itself about who reports its counts, their
/// status and chamber (after the claims and qualifiers stages).
void read_cues(Doc& d, SentenceReading& r);

Status status_in(Doc& d, const detail::Sentence& s);
/// The source a sentence attributes its count to, if it names one.
std::optional<DocSource> source_in(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms);
bool forecaster(Doc& d, const detail::Sentence& s, std::size_t first, std::size_t last);
/// "It projects ...", "The agency put ...", "..., the newspaper said": the sentence's source is named
/// only by a pronoun or a generic noun before a verb of reporting.
bool source_anaphor(Doc& d, const detail::Sentence& s);
/// True when a sentence attributes results outright to a source it names ("final results published by the
/// IEC show", "according to the commission").
bool attribution_strong(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms);
/// "..., the Federal Returning Officer announced.", "The commission said ...": an electoral body with a
/// verb that reports what it found.
bool body_reports(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms);
/// What a count's source implies for its status: an electoral body with seats still to declare gives
/// provisional figures, a pollster projections, and a projection covers no declared seats.
void settle_status(Observation& o);

}  // namespace tally::extract
