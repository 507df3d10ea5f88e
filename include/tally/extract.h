#pragma once
/// Extraction: from an article's text to seat-tally observations.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/document.h"
#include "tally/tables.h"

namespace tally {

/// Compiled name matchers for the tables; build once, share between threads (read-only).
class Lexicon {
 public:
  explicit Lexicon(const Tables& tables);
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;
  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

/// Options for one extraction.
struct ExtractOptions {
  std::optional<Date> default_date;  ///< --date: used for undated articles
  /// The article's own date from outside its text (a page's metadata, a feed line's date field): it ranks
  /// after a " date YYYY-MM-DD" header and before every date the text gives.
  std::optional<Date> metadata_date;
  std::string_view url;  ///< where the article was published: a date in it ranks after a dateline
};

/// Extracts the date and every seat tally from one article's text. Never throws on bad text.
DocumentResult extract_document(std::string_view path, std::string_view text, const Lexicon& lexicon,
                                const ExtractOptions& options = {});

}  // namespace tally
