#pragma once
/// Dates in URLs ("/2024/02/09/", "/08-Feb-2024/", "20240209" in the path), and where such a date and a
/// page's or feed's own date rank among the dates found in an article's text. Internal to tally_core.
#include <optional>
#include <string_view>

#include "tally/dating.h"
#include "tally/types.h"

namespace tally {

/// The date in a URL's path (not its host, query or fragment), the first one from the left: year/month/day
/// segments ("/2024/02/09/", "/2024/feb/09/"), a day, month name and year in one segment ("08-Feb-2024",
/// "feb-08-2024"), a year-month-day in a slug ("results-2024-02-09", "2024_02_09"), or eight digits alone
/// ("/20240209/", "news-20240209.html"). A run of more digits (an id), an impossible date or a year outside
/// 1990-2099 is no date.
std::optional<Date> date_from_url(std::string_view url);

/// Puts the dates found outside the text in their places among those find_date found in it: a date header
/// first, then the page's metadata or the feed line's date, then a dateline, then the URL's date, then the
/// other text rules and --date.
void rank_outside_dates(DateFinding& found, std::optional<Date> metadata, std::optional<Date> url);

}  // namespace tally
