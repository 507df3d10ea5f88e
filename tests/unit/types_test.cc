#include <catch2/catch.hpp>

#include "tally/types.h"

using namespace tally;

TEST_CASE("ISO dates parse only when real") {
  CHECK(parse_iso_date("2024-02-29") == Date{2024, 2, 29});
  CHECK_FALSE(parse_iso_date("2023-02-29"));
  CHECK_FALSE(parse_iso_date("2024-13-01"));
  CHECK_FALSE(parse_iso_date("2024-1-01"));
  CHECK_FALSE(parse_iso_date("20x4-01-01"));
  CHECK(format_date({2018, 7, 27}) == "2018-07-27");
}

TEST_CASE("civil day arithmetic round-trips and knows the weekday") {
  Date d{2024, 2, 8};
  CHECK(civil_from_days(days_from_civil(d)) == d);
  CHECK(weekday(d) == 4);                  // a Thursday
  CHECK(weekday({1970, 1, 1}) == 4);
  CHECK(civil_from_days(days_from_civil({2023, 12, 31}) + 1) == Date{2024, 1, 1});
}

TEST_CASE("enums round-trip through their names") {
  for (auto s : {Status::final, Status::official, Status::provisional, Status::unofficial, Status::projected, Status::unknown})
    CHECK(parse_status(to_string(s)) == s);
  for (auto k : {SourceKind::electoral_body, SourceKind::observer, SourceKind::pollster, SourceKind::media, SourceKind::unknown})
    CHECK(parse_source_kind(to_string(k)) == k);
  for (auto d : {DateSource::header, DateSource::dateline, DateSource::text, DateSource::option, DateSource::none,
                 DateSource::metadata, DateSource::url})
    CHECK(parse_date_source(to_string(d)) == d);
  CHECK(to_string(DateSource::metadata) == "metadata");
  CHECK(to_string(DateSource::url) == "url");
  CHECK_FALSE(parse_status("Final"));
  CHECK(status_rank(Status::final) > status_rank(Status::official));
  CHECK(status_rank(Status::provisional) > status_rank(Status::unofficial));
  CHECK(source_kind_rank(SourceKind::electoral_body) > source_kind_rank(SourceKind::observer));
  CHECK(source_kind_rank(SourceKind::observer) > source_kind_rank(SourceKind::media));
}
