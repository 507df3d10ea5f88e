#pragma once
/// A decoded article and what was found in it.
#include <optional>
#include <string>
#include <vector>

#include "tally/observation.h"
#include "tally/types.h"

namespace tally {

/// An article after reading and decoding: text is UTF-8 with LF line ends.
struct SourceText {
  std::string path;  ///< as given on the command line ("-" for standard input)
  std::string text;
  std::vector<std::string> warnings;  ///< decoding notes (e.g. "decoded from UTF-16LE")
};

/// A processed article: its date, observations and warnings; the text itself is not kept.
struct DocumentResult {
  std::string path;
  std::optional<Date> date;
  DateSource date_source = DateSource::none;
  std::string country;  ///< ISO code guessed from the parties named, or empty
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
