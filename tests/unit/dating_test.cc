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
