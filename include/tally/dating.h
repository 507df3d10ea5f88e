#pragma once
/// Finding the date of an article: header, dateline, or the text itself.
#include <optional>
#include <string_view>

#include "tally/types.h"

namespace tally {

/// The date found for a document and how.
struct DateFinding {
  std::optional<Date> date;
  DateSource source = DateSource::none;
  DateConfidence confidence = DateConfidence::none;
  std::size_t body_offset = 0;  ///< where the text after a " date YYYY-MM-DD" header begins
  bool bad_header = false;      ///< a header was present but named an impossible date
  bool malformed_header = false;  ///< a header was present but its date is not YYYY-MM-DD
  /// A stamp's numeric date that reads both ways ("08/10/2018"): date is the day-first reading, this the
  /// month-first one, for the countries that write the month first.
  std::optional<Date> month_first;
};

/// Finds the date of an article. fallback (from --date) is used when the text gives none.
DateFinding find_date(std::string_view text, std::optional<Date> fallback = std::nullopt);

}  // namespace tally
