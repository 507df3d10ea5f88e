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

TEST_CASE("a stamp line near the top dates the article: Updated, Posted, or a date alone on its line") {
  auto updated = find_date("2017 election results: the full list\n\n650 of 650 seats declared. Updated July 17, 2017 5:18 pm\nCon\n318\n");
  CHECK(updated.source == DateSource::stamp);
  CHECK(updated.date == Date{2017, 7, 17});
  CHECK(updated.confidence == DateConfidence::high);
  CHECK(find_date("Re: the vote\nPost by Elmsworth on Jan 6, 2014 21:58:13 GMT\nHere are Sunday's results.").date ==
        Date{2014, 1, 6});
  CHECK(find_date("Menu | News\nEC announces results\n31/12/2008 17:20\n\nThe commission on Wednesday said ...").date ==
        Date{2008, 12, 31});
  CHECK(find_date("7/21/2025 11:00\n\nUpper house election: all seats confirmed. Voting took place on the 20th.").date ==
        Date{2025, 7, 21});
  CHECK(find_date("Every seat now filled\n\n3 December 2024\n\nThe count ended last night.").date == Date{2024, 12, 3});
  CHECK(find_date("Written By: ed | 10:05 am, 5 July 2024\nLabour wins.").date == Date{2024, 7, 5});
  // 5/7/2024 is May 7 or July 5: not a date to go by
  CHECK_FALSE(find_date("5/7/2024 10:00\nThe count went on.").date);
  // with dots (or dashes) the day comes first
  CHECK(find_date("Published 01.10.2023 09:14 | Updated 01.10.2023 13:40\nThe count went on.").date == Date{2023, 10, 1});
  CHECK(find_date("05-07-2024 10:00\nThe count went on.").date == Date{2024, 7, 5});
  // a date inside a longer line without a cue is not a stamp
  CHECK(find_date("Megawati greets supporters during a Feb. 10, 2024 rally in Semarang.\n").source != DateSource::stamp);
}

TEST_CASE("a date in a past-election reference is never the article's date") {
  // the earlier year's date, and the last election's date, are left out; the reporting day follows the rest
  // (taken as this year's, October 12 would be the latest date and Friday, October 18, the article's)
  auto f = find_date(
      "Khan's party said on Friday it had won Thursday's vote, held on February 8, 2024. It replaces the last "
      "election, held on October 12, whose result the court annulled.");
  CHECK(f.date == Date{2024, 2, 9});
  auto anniversary = find_date(
      "Thursday's vote, on February 8, 2024, was counted on Friday. October 12 is the anniversary of the coup.");
  CHECK(anniversary.date == Date{2024, 2, 9});
  CHECK(find_date("Counting of Thursday's vote, held on February 8, 2024, ended on Friday. Protests on March 3, "
                  "three years ago, were the largest.")
            .date == Date{2024, 2, 9});
  CHECK_FALSE(find_date("The last general election took place on September 20, 2021, so the next federal vote is due "
                        "on the third Monday of October 2025.")
                  .date);
  CHECK_FALSE(find_date("On Monday the party marked the anniversary of its March 3, 2010 victory.").date);
}

TEST_CASE("a date in a future clause, an election's own weekday and a weekday written with a date are not the reporting day") {
  auto f = find_date(
      "The party lost its majority in Saturday's elections, the commission said on Sunday. The president won on "
      "January 13, 2024. She will be sworn in on May 20.");
  CHECK(f.date == Date{2024, 1, 14});
  CHECK(f.source == DateSource::text);
  CHECK(f.confidence == DateConfidence::medium);
  // "Sunday's second round" names the election's day: nothing says when the piece was written
  CHECK_FALSE(find_date("Supporters celebrate on the evening of July 7, 2024. The left won Sunday's second round.").date);
  CHECK_FALSE(find_date("At the election of Sunday, 23 February 2025, the two parties took 28.6 per cent.").date);
  // "put off to" is the future too
  CHECK(find_date("Results came on Tuesday for the vote of December 29, 2008; one seat was put off to January 12, 2009.")
            .date == Date{2008, 12, 30});
}

TEST_CASE("a date before the election the article reports is rejected") {
  // a bare date line before the election ("Thursday's election, February 8") is not the article's date
  auto f = find_date("February 5, 2024\n\nResults of Thursday's election, held on February 8, 2024, came in on Friday.");
  CHECK(f.source == DateSource::text);
  CHECK(f.date == Date{2024, 2, 9});
  // a stamp that says what it is stays
  CHECK(find_date("Published: February 5, 2024\n\nThursday's election, February 8, 2024.").date == Date{2024, 2, 5});
}

TEST_CASE("a dateline needs a place before its comma, and says how sure it is") {
  auto f = find_date("Further detail: House of Commons Library briefing paper CBP-10009, 18 July 2024 (87 pages).");
  CHECK(f.source != DateSource::dateline);
  auto own = find_date("KATHMANDU, Dec. 8, 2022 (Xinhua) -- Counting went on.");
  CHECK(own.source == DateSource::dateline);
  CHECK(own.confidence == DateConfidence::high);
  auto borrowed = find_date("Dhaka, Jan 9 (UNB) - The party won 11 seats in the 2024 election.");
  CHECK(borrowed.date == Date{2024, 1, 9});
  CHECK(borrowed.confidence == DateConfidence::medium);
  // a year said to be past is not the year of the dateline: "since 2013", "the previous 2019 vote"
  auto past = find_date("LUSAKA, Aug 16 (Reuters) - The party, in opposition since 2013, won the 2021 vote.");
  CHECK(past.date == Date{2021, 8, 16});
  CHECK_FALSE(find_date("LUSAKA, Aug 16 (Reuters) - The party, which has ruled since 2021, lost its majority.").date);
  CHECK_FALSE(find_date("LUSAKA, Aug 16 (Reuters) - The party lost 12 of the seats it won at the previous 2021 vote.").date);
  // no year anywhere: no date (a dateline alone does not say which year)
  CHECK_FALSE(find_date("ROME, Sept 26 (Reuters) - Final results should come later on Monday.").date);
}

TEST_CASE("each way of finding the date has its confidence") {
  CHECK(find_date(" date 2024-02-10 text").confidence == DateConfidence::high);
  CHECK(find_date("Counting went on.", Date{2024, 2, 9}).confidence == DateConfidence::low);
  CHECK(find_date("Counting ended yesterday.", Date{2024, 2, 9}).confidence == DateConfidence::low);
  CHECK(find_date("Counting went on.").confidence == DateConfidence::none);
  // a year guessed from the election's weekday
  auto guessed = find_date("Khan on Friday claimed victory in Thursday's election. Millions voted on February 8.");
  CHECK(guessed.date == Date{2024, 2, 9});
  CHECK(guessed.confidence == DateConfidence::low);
}

TEST_CASE("a stamp's slashed date that reads both ways is day-first, with the month-first reading kept") {
  auto f = find_date("Title here\n\nPolitics | 08/10/2018 06h15 - Updated 08/10/2018 09h30\n\nThe PT won 56 seats.\n");
  CHECK(f.source == DateSource::stamp);
  CHECK(f.date == Date{2018, 10, 8});
  REQUIRE(f.month_first);
  CHECK(*f.month_first == Date{2018, 8, 10});
  auto plain = find_date("Title here\n\nPublished 31/12/2008\n\nText.\n");
  CHECK(plain.date == Date{2008, 12, 31});
  CHECK_FALSE(plain.month_first);
}

TEST_CASE("a line of cells dates the article by the cell that holds only a date and times") {
  auto f = find_date("Title here\n\n12.06.2023 | 09:14 | Politics\n\nPODGORICA - Europe Now won 24 seats.\n");
  CHECK(f.source == DateSource::stamp);
  CHECK(f.date == Date{2023, 6, 12});
  auto prose = find_date("Title here\n\nThe vote of 12.06.2023 | was the closest in a long time since the war ended\n");
  CHECK(prose.source != DateSource::stamp);
}

TEST_CASE("a stamp after a place, and an \"Update :\" stamp") {
  auto madrid = find_date("Title\n\nElena G. Sevillano\nMadrid - 24 JUL 2023 - 01:32 CEST\n\nText of the story.\n");
  CHECK(madrid.source == DateSource::stamp);
  CHECK(madrid.date == Date{2023, 7, 24});
  auto ankara = find_date("Title\n\nANKARA | 02.04.2024 - Update : 02.04.2024 09:48\n\nText of the story.\n");
  CHECK(ankara.date == Date{2024, 4, 2});
}

TEST_CASE("page stamps and datelines as outlets write them") {
  // a place, its country and an agency in brackets, then a dash and the date
  auto quito = find_date("Headline\n\nQUITO, Ecuador (AFP) \xe2\x80\x93 April 14, 2025 \xe2\x80\x93 The count went on.\n");
  CHECK(quito.source == DateSource::dateline);
  CHECK(quito.date == Date{2025, 4, 14});
  // a line of cells longer than a bare stamp
  CHECK(find_date("Headline\n\nPolitics | Radio Prague International | 5 October 2025, 09:30\n\nANO won.\n").date ==
        Date{2025, 10, 5});
  // a byline with its date
  CHECK(find_date("Headline\n\nBy Aibarshyn Akhmetkali in Nation on 28 March 2023\n\nThe CEC said.\n").date ==
        Date{2023, 3, 28});
  // a time with am/pm glued on
  CHECK(find_date("Headline\n\nBy Tony Moore\nMarch 23, 2024 \xe2\x80\x94 5.00am\n\nThe LNP won.\n").date == Date{2024, 3, 23});
  // a by-election the article looks ahead to does not bound the stamp from below
  auto nz = find_date(
      "Headline\n\n3 Nov, 2023 02:15 PM\n\nThe commission released the official results of the October 14 election. "
      "The Port Waikato by-election on November 25 will add a seat.\n");
  CHECK(nz.source == DateSource::stamp);
  CHECK(nz.date == Date{2023, 11, 3});
}
