#pragma once
// Internal: Stage: what is in force from sentence to sentence (source, status, coverage, chamber); makes the observations.
#include "extract/doc.h"

namespace tally::extract {

/// What is in force from one sentence to the next.
struct Attribution {
  std::optional<DocSource> source;
  Status status = Status::unknown;
  std::optional<Coverage> coverage;
  std::string chamber;
};

/// The state carried from sentence to sentence while an article is read.
struct ReadingState {
  Attribution context;
  int context_age = 100;
  std::optional<Attribution> forecast;  ///< the attribution of a forecast in the sentence before
  int forecast_age = 100;
  std::optional<DocSource> seen_source;  ///< the last source named, whether or not it gave a count
  int seen_source_age = 100;
  std::size_t table_rows = 0;       ///< table lines ("BJP — 303") in a row just before this sentence
  std::size_t table_first_obs = 0;  ///< the first observation of those lines
  int table_footers = 0;            ///< "Source:" and coverage lines read under them so far
  std::vector<char> defaulted;      ///< per observation: its chamber is only the article's default
};

/// The context stage for one sentence: decides what is in force (the sentence's own attribution, or what
/// its passage carries) and makes an observation of each link.
void attribute(Doc& d, SentenceReading& r, ReadingState& st);
/// "BJP on 48" in a headline, "the BJP won 48 of the 70 seats in the Delhi Assembly" in the story: a count
/// whose chamber is only the article's default takes the chamber the same count names elsewhere in it.
void adopt_named_chambers(Doc& d, ReadingState& st);

}  // namespace tally::extract
