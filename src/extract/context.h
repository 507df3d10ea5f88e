#pragma once
// Internal: the context stage: what is in force from sentence to sentence (source, status, coverage,
// chamber), each with its scope: the sentence; its passage (a paragraph, or a list under the sentence before
// it); an intro sentence and the list, table or sections it introduces; a heading and its section; the
// article, when its opening introduces the results. A closer scope overrides a wider one; a new intro, a
// new heading or a new live-blog entry ends the old one. Makes the observations, each saying where its
// attributes came from.
#include <limits>

#include "extract/doc.h"

namespace tally::extract {

constexpr std::size_t kNoSentence = std::numeric_limits<std::size_t>::max();

/// What is in force, and the sentence that stated each part (kNoSentence when none).
struct Attribution {
  std::optional<DocSource> source;
  Status status = Status::unknown;
  std::optional<Coverage> coverage;
  std::string chamber;
  std::size_t source_at = kNoSentence, status_at = kNoSentence, coverage_at = kNoSentence, chamber_at = kNoSentence;
};

/// A wider scope: what an intro sentence or a heading states, for the blocks under it.
struct Scope {
  Attribution said;
  ContextFrom from = ContextFrom::intro;  ///< intro, article (an intro in the opening) or heading
  std::uint32_t line = 0;                 ///< the line that stated it
  bool rows = false;                      ///< list or table lines have come under it
  std::string place;                      ///< a heading that names a region ("Copperbelt Province"): its counts' scope
  /// The chamber in force before a heading named its own: it holds again when the section ends.
  std::string chamber_before;
  std::size_t chamber_before_at = kNoSentence;
};

/// The state carried from sentence to sentence while an article is read.
struct ReadingState {
  Attribution context;  ///< the passage's: what its sentences said so far
  int context_age = 100;
  /// The attribution in force when the last paragraph break ended it (while still fresh), for a heading right
  /// after it that only names a chamber.
  std::optional<Attribution> before_break;
  std::optional<Attribution> forecast;  ///< the attribution of a forecast in the sentence before
  int forecast_age = 100;
  std::optional<DocSource> seen_source;  ///< the last source named, whether or not it gave a count
  std::size_t seen_source_at = kNoSentence;  ///< the sentence that named it
  Status seen_source_status = Status::unknown;  ///< the status that sentence gave ("declared final results")
  std::optional<DocSource> seen_body;        ///< the last electoral body named
  std::optional<Coverage> seen_coverage;     ///< the last coverage stated ("all 650 results are now in")
  std::size_t seen_coverage_at = kNoSentence;
  int seen_source_age = 100;
  std::optional<Scope> intro;    ///< an intro sentence and the list, table or sections it introduces
  std::optional<Scope> section;  ///< a heading and its section
  /// The electoral body the article's opening names for the results ("When the CEC published its final
  /// figures", "according to preliminary results from the commission"), while no other source is named: an
  /// intro of its own without a source ("Final results, seats by tier:") introduces that body's results.
  std::optional<Attribution> opening;
  std::size_t block = kNoSentence;  ///< the block of the sentence before
  std::size_t table_rows = 0;       ///< table lines ("BJP — 303") in a row just before this sentence
  std::size_t table_first_obs = 0;  ///< the first observation of those lines
  int table_footers = 0;            ///< "Source:" and coverage lines read under them so far
  std::vector<char> defaulted;      ///< per observation: its chamber is only the article's default
};

/// The context stage for one sentence: decides what is in force (the sentence's own attribution, or what
/// its scopes carry) and makes an observation of each link.
void attribute(Doc& d, SentenceReading& r, ReadingState& st);

// (the passes over the whole article that complete chamber names: context_places.h)

}  // namespace tally::extract
