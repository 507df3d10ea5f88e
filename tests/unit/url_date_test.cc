// Dates in URLs, dates as pages and feeds write them, and where both rank among the text's dates.
#include <catch2/catch.hpp>

#include "published_date.h"
#include "test_support.h"
#include "url_date.h"

using namespace tally;

TEST_CASE("url dates: year/month/day segments, a day-month-year segment, eight digits, a slug") {
  CHECK(date_from_url("https://www.example.com/world/2024/02/09/pakistan-results") == Date{2024, 2, 9});
  CHECK(date_from_url("https://example.com/2024/2/9/") == Date{2024, 2, 9});
  CHECK(date_from_url("https://www.theguardian.com/world/2024/feb/09/pakistan") == Date{2024, 2, 9});
  CHECK(date_from_url("https://example.com/news/08-Feb-2024/count") == Date{2024, 2, 8});
  CHECK(date_from_url("https://example.com/news/feb-08-2024-count") == Date{2024, 2, 8});
  CHECK(date_from_url("https://example.com/news/20240209/story.html") == Date{2024, 2, 9});
  CHECK(date_from_url("https://example.com/story-20240209.html") == Date{2024, 2, 9});
  CHECK(date_from_url("https://example.com/pakistan-results-2024-02-09") == Date{2024, 2, 9});
  CHECK(date_from_url("https://example.com/pakistan_results_2024_02_09_final") == Date{2024, 2, 9});
  CHECK(date_from_url("/2024/02/09/relative-path") == Date{2024, 2, 9});
  CHECK(date_from_url("https://example.com/2024/02/09/a/2023/01/01/") == Date{2024, 2, 9});  // the first
}

TEST_CASE("url dates: impossible dates, ids, ambiguous and partial dates are not dates") {
  CHECK_FALSE(date_from_url("https://example.com/2024/02/30/x"));        // no such day
  CHECK_FALSE(date_from_url("https://example.com/2024/13/01/x"));        // no such month
  CHECK_FALSE(date_from_url("https://example.com/story/202402091530"));  // twelve digits: an id
  CHECK_FALSE(date_from_url("https://example.com/story/120240209"));     // nine digits: an id
  CHECK_FALSE(date_from_url("https://example.com/article/12345678"));    // year 1234
  CHECK_FALSE(date_from_url("https://example.com/a/2024/123456/x"));     // a year and an id
  CHECK_FALSE(date_from_url("https://example.com/2024/02/"));            // no day
  CHECK_FALSE(date_from_url("https://example.com/09/02/2024/"));         // day or month first?
  CHECK_FALSE(date_from_url("https://example.com/2024-02-091"));         // the day runs on
  CHECK_FALSE(date_from_url("https://20240209.example.com/x"));          // the host is not the path
  CHECK_FALSE(date_from_url("https://example.com/x?date=2024-02-09"));   // nor is the query
  CHECK_FALSE(date_from_url("https://example.com/1850/01/01/archive"));  // before 1990
  CHECK_FALSE(date_from_url(""));
}

TEST_CASE("published dates: ISO 8601, RFC 2822, written dates and Unix time") {
  CHECK(parse_published_date("2024-02-09") == Date{2024, 2, 9});
  CHECK(parse_published_date(" 2024-02-09T23:30:00-05:00 ") == Date{2024, 2, 9});  // as written, no conversion
  CHECK(parse_published_date("2024-02-09T02:00:00Z") == Date{2024, 2, 9});
  CHECK(parse_published_date("2024/02/09") == Date{2024, 2, 9});
  CHECK(parse_published_date("20240209") == Date{2024, 2, 9});
  CHECK(parse_published_date("Fri, 09 Feb 2024 10:00:00 GMT") == Date{2024, 2, 9});
  CHECK(parse_published_date("February 9, 2024") == Date{2024, 2, 9});
  CHECK(parse_published_date("9 February 2024 10:00") == Date{2024, 2, 9});
  CHECK(parse_published_date("1707480000") == Date{2024, 2, 9});     // seconds
  CHECK(parse_published_date("1707480000123") == Date{2024, 2, 9});  // milliseconds
  CHECK_FALSE(parse_published_date("2024-02-30"));
  CHECK_FALSE(parse_published_date("2024-02-09x"));
  CHECK_FALSE(parse_published_date("last Tuesday"));
  CHECK_FALSE(parse_published_date("12345"));
  CHECK_FALSE(parse_published_date(""));
}

TEST_CASE("date ranks: a header, then metadata, then a dateline, then the URL, then the text and --date") {
  auto date_of = [](std::string_view text, std::optional<Date> metadata, std::string_view url,
                    std::optional<Date> fallback = std::nullopt) {
    ExtractOptions o;
    o.metadata_date = metadata;
    o.url = url;
    o.default_date = fallback;
    DocumentResult d = extract_document("x.html", text, test::lexicon(), o);
    return std::make_pair(d.date, d.date_source);
  };
  const std::string url = "https://example.com/2024/02/07/x";
  const Date meta{2024, 2, 8};
  auto header = date_of(" date 2024-02-09 The count went on.", meta, url);
  CHECK(header == std::make_pair(std::optional<Date>(Date{2024, 2, 9}), DateSource::header));
  auto metadata = date_of("ISLAMABAD, Feb 10 (Reuters) - The count went on.", meta, url);
  CHECK(metadata == std::make_pair(std::optional<Date>(meta), DateSource::metadata));
  auto dateline = date_of("ISLAMABAD, Feb 10, 2024 (Reuters) - The count went on.", std::nullopt, url);
  CHECK(dateline == std::make_pair(std::optional<Date>(Date{2024, 2, 10}), DateSource::dateline));
  auto from_url = date_of("On Friday, after Thursday's vote on February 8, 2024, the count went on.", std::nullopt,
                          url, Date{2024, 3, 1});
  CHECK(from_url == std::make_pair(std::optional<Date>(Date{2024, 2, 7}), DateSource::url));
  auto text = date_of("On Friday, after Thursday's vote on February 8, 2024, the count went on.", std::nullopt,
                      "https://example.com/news/x");
  CHECK(text == std::make_pair(std::optional<Date>(Date{2024, 2, 9}), DateSource::text));
  auto none = date_of("The count went on.", std::nullopt, "");
  CHECK(none == std::make_pair(std::optional<Date>(), DateSource::none));
}
