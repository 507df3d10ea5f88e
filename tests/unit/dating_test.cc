#include <catch2/catch.hpp>

#include "tally/dating.h"

using namespace tally;

TEST_CASE("the header date wins and the body starts after it") {
  auto f = find_date(" date 2024-02-10 In a statement issued today ...");
  CHECK(f.source == DateSource::header);
  CHECK(f.date == Date{2024, 2, 10});
  CHECK(f.body_offset == 17);
}

TEST_CASE("an impossible header date is flagged and the text is used instead") {
  auto f = find_date(" date 2024-02-30 LAHORE, Feb 9, 2024 (Reuters) - Counting went on.");
  CHECK(f.bad_header);
  CHECK(f.source == DateSource::dateline);
  CHECK(f.date == Date{2024, 2, 9});
}

TEST_CASE("datelines in several styles") {
  CHECK(find_date("ISLAMABAD, Feb 9 (Reuters) - Results of the 2024 vote trickled in.").date == Date{2024, 2, 9});
  CHECK(find_date("Islamabad [Pakistan], February 9 (ANI): In the 2024 polls ...").date == Date{2024, 2, 9});
  CHECK(find_date("Washington DC [US], February 9 : The State Department said on Thursday, February 8, 2024 ...").date ==
        Date{2024, 2, 9});
  CHECK(find_date("JOHANNESBURG, 1 June 2024 - The count ended.").date == Date{2024, 6, 1});
}

TEST_CASE("a weekday is resolved after the date the text gives, even without a year") {
  auto f = find_date(
      "Khan on Friday claimed victory. Candidates backed by Khan won the most seats in Thursday's election. "
      "Millions voted on February 8.");
  CHECK(f.source == DateSource::text);
  CHECK(f.date == Date{2024, 2, 9});
}

TEST_CASE("no date at all stays undated unless --date is given") {
  CHECK_FALSE(find_date("Counting continued across the country.").date);
  auto f = find_date("Counting continued.", Date{2020, 1, 2});
  CHECK(f.source == DateSource::option);
  CHECK(f.date == Date{2020, 1, 2});
}

TEST_CASE("yesterday and today resolve against a date the text gives") {
  auto y = find_date("Results of yesterday's election, held on February 8, 2024, show a hung parliament.");
  CHECK(y.source == DateSource::text);
  CHECK(y.date == Date{2024, 2, 9});
  auto t = find_date("Counting went on today, June 4, 2024, in all 543 constituencies.");
  CHECK(t.date == Date{2024, 6, 4});
  // across a month and a year boundary
  CHECK(find_date("Yesterday's vote, on December 31, 2023, was calm.").date == Date{2024, 1, 1});
  CHECK(find_date("Yesterday's vote, on February 29, 2024, was calm.").date == Date{2024, 3, 1});
}

TEST_CASE("without a date in the text, relative words resolve against --date") {
  Date monday{2024, 2, 12};
  CHECK(find_date("The commission said on Friday that counting had ended.", monday).date == Date{2024, 2, 9});
  CHECK(find_date("The commission said on Monday that counting had ended.", monday).date == Date{2024, 2, 12});
  CHECK(find_date("The commission said on Tuesday that counting had ended.", monday).date == Date{2024, 2, 6});
  CHECK(find_date("Counting ended yesterday.", monday).date == Date{2024, 2, 11});
  CHECK(find_date("Counting ended yesterday.", Date{2024, 3, 1}).date == Date{2024, 2, 29});
  CHECK(find_date("Counting goes on today.", monday).date == Date{2024, 2, 12});
  auto plain = find_date("Counting went on.", monday);
  CHECK(plain.source == DateSource::option);
  CHECK(plain.date == monday);
  // without --date, nothing: never the clock
  CHECK_FALSE(find_date("Counting ended yesterday.").date);
}

TEST_CASE("a comma before a date inside a sentence is not a dateline") {
  auto f = find_date("Results of the election, held on February 8, 2024, are in.");
  CHECK(f.source != DateSource::dateline);
}

TEST_CASE("a header whose date is not YYYY-MM-DD is flagged and skipped") {
  auto f = find_date(" date 2024-02-9 PTI won 90 seats.");
  CHECK(f.malformed_header);
  CHECK(!f.date);
  CHECK(f.body_offset == 16);
}
