#pragma once
/// A decoded article and what was found in it.
#include <optional>
#include <string>
#include <vector>

#include "tally/observation.h"
#include "tally/types.h"

namespace tally {

/// What a reader found beside an article's text: a web page's metadata, a feed line's fields. Empty for text.
struct DocumentMeta {
  std::optional<Date> date;  ///< the publication date
  std::string date_from;     ///< where it was found: "article:published_time", "JSON-LD datePublished", "field 'date'"
  std::string url, title, id;
  bool operator==(const DocumentMeta&) const = default;
};

/// An article after reading and decoding: text is UTF-8 with LF line ends.
struct SourceText {
  std::string path;  ///< as given on the command line ("-" for standard input); FILE:LINE for a feed's line
  std::string text;
  std::vector<std::string> warnings;  ///< decoding notes (e.g. "decoded from UTF-16LE")
  DocumentMeta meta;
};

/// A processed article: its date, observations and warnings; the text itself is not kept.
struct DocumentResult {
  std::string path;
  std::optional<Date> date;
  DateSource date_source = DateSource::none;
  std::string country;  ///< ISO code guessed from the parties named, or empty
  std::string url, title, id;  ///< from the page's metadata or the feed line ("" when none)
  std::vector<Observation> observations;
  std::vector<std::string> warnings;
  DateConfidence date_confidence = DateConfidence::none;  ///< how sure the date is (last: aggregates keep their order)
  bool operator==(const DocumentResult&) const = default;
};

/// An input that could not be read.
struct InputError {
  std::string path;
  std::string message;
  bool operator==(const InputError&) const = default;
};

}  // namespace tally
