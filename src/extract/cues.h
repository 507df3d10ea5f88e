#pragma once
// Internal: Cue-word queries on a stretch of a sentence that several stages ask: past and present, forecasts, reporting.
#include "extract/doc.h"

namespace tally::extract {

/// Token k ends a count of years back: "five years ago", "a decade ago", "four years earlier" (not "two
/// days ago", which is this election).
bool counts_back(Doc& d, std::size_t k);
/// "Four years ago", "Two years earlier": a phrase that dates what follows by counting back.
bool ago_phrase(Doc& d, std::size_t first, std::size_t last);
/// Words that bring a sentence back to the present: "now", "this time", "this year", "so far", "today".
bool present_marker(Doc& d, const detail::Sentence& s);
bool past_marker(Doc& d, std::size_t first, std::size_t last, const detail::Sentence& s);
/// Wording that makes a count an expectation: "is expected to win", "could take", "on course to win",
/// "set to win", "likely to get", "tipped to win" ("would have won" is a counterfactual, not a forecast).
bool forecast_wording(Doc& d, const detail::Sentence& s, std::size_t k);
/// True when the words before token b attribute what follows to it: "according to", "as per",
/// "released by", "called by", "received from", "citing".
bool attributed_before(Doc& d, std::size_t b, const detail::Sentence& s);
/// "Nationally, ...", "nationwide", "the national tally": the sentence is about the whole country's chamber.
bool national_marker(Doc& d, const detail::Sentence& s);
/// True when a sentence has a verb of its own (then it is no continuation of a list before it).
bool has_own_verb(Doc& d, const detail::Sentence& s);
bool heading_like(Doc& d, const detail::Sentence& s);
bool attribution_cue(Doc& d, const detail::Sentence& s);
/// "official results showed", "the final count shows", "provisional figures released on Monday": results
/// named with a verb that reports them.
bool results_reported(Doc& d, const detail::Sentence& s);
bool has_result_words(Doc& d, const detail::Sentence& s);
/// "would have", "could have", "might have" in [from, to): what follows did not happen.
bool counterfactual(Doc& d, std::size_t from, std::size_t to);
/// True when the forecast word at k is what the count is compared with, not what it is: "far more than exit
/// polls had predicted", "well above what most exit polls had predicted", "confounding polls that had
/// predicted", "which exit polls had tipped to win".
bool compared_forecast(Doc& d, const detail::Sentence& s, std::size_t k);
/// Whether the words of a count say it is of seats won or seats led.
Basis basis_of(Doc& d, std::size_t from, std::size_t to, const detail::Sentence& s);
/// "Here are the commission's results:", "Below is YouTrend's projection", "The table shows ...": the sentence
/// presents what follows (a list, a table, sections).
bool presents(Doc& d, const detail::Sentence& s);
/// "On those figures", "The same ECP count gives", "The same trends have": the sentence opens by referring
/// back to the results reported just before.
bool refers_back(Doc& d, const detail::Sentence& s);
/// "In Wales, Labour held 18 of the 32 seats", "In West Bengal it won 18 of 42", "Gauteng: ANC 28, DA 22": the
/// place a sentence opens with, when it is no country of the article, party, body, chamber or time; empty
/// when none.
std::string place_of(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms);
/// What a count's source implies for its status: an electoral body with seats still to declare gives
/// provisional figures, a pollster projections, and a projection covers no declared seats.
void settle_status(Observation& o);
/// "It projects ...", "The agency put ...", "..., the newspaper said", "the directorate's figures give": the
/// sentence's source is named only by a pronoun or a generic noun before a verb of reporting (or the noun's
/// figures). body: the noun is a body's ("the commission", "the directorate"), which names the electoral body
/// the article named last, however far back.
bool source_anaphor(Doc& d, const detail::Sentence& s, bool& body);

}  // namespace tally::extract
