#pragma once
/// Publication dates as pages and feeds write them: in a page's metadata, a JSON-LD datePublished, a
/// <time datetime>, a feed line's date field. Internal to tally_core.
#include <optional>
#include <string_view>

#include "tally/types.h"

namespace tally {

/// The calendar date of a publication time as written, in the writer's own time zone (no conversion):
/// ISO 8601 ("2024-02-09", "2024-02-09T10:00:00+05:00", "2024/02/09", "20240209"), RFC 2822 ("Fri, 09 Feb
/// 2024 10:00:00 GMT"), "February 9, 2024" and "9 February 2024"; Unix time in seconds (9 or 10 digits) or
/// milliseconds (12 or 13 digits) as a UTC date. nullopt for anything else and for impossible dates.
std::optional<Date> parse_published_date(std::string_view value);

}  // namespace tally
