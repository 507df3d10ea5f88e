#pragma once
// Internal: Stage: what a sentence says about who reports its counts and their standing.
#include "extract/doc.h"

namespace tally::extract {

/// The attribution stage for one sentence: what it says itself about who reports its counts, their
/// status and chamber (after the claims and qualifiers stages).
void read_cues(Doc& d, SentenceReading& r);

Status status_in(Doc& d, const detail::Sentence& s);
/// "leading in 91", "ahead in 67", "the latest trends", "(won + leading)": counts still moving, provisional
/// when nothing else gives their status.
bool leads_in(Doc& d, const detail::Sentence& s);
/// The source a sentence attributes its count to, if it names one.
std::optional<DocSource> source_in(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms);
bool forecaster(Doc& d, const detail::Sentence& s, std::size_t first, std::size_t last);
/// True when a sentence attributes results outright to a source it names ("final results published by the
/// IEC show", "according to the commission").
bool attribution_strong(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms);
/// "..., the Federal Returning Officer announced.", "The commission said ...": an electoral body with a
/// verb that reports what it found.
bool body_reports(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms);

}  // namespace tally::extract
