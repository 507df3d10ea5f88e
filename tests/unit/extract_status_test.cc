// The status a sentence's wording gives its counts.
#include <catch2/catch.hpp>

#include "test_support.h"

using namespace tally;
using tally::test::extract;
using tally::test::pairs;
using V = std::vector<std::string>;

TEST_CASE("on course for / set for / on track for a number is a projection") {
  for (std::string_view text : {"The Greens were on course for 14 seats, the broadcaster said.",
                                "The Greens look set for about 14 seats in the new parliament.",
                                "The Greens are on track for 14 seats."}) {
    auto d = extract(text);
    INFO(text);
    REQUIRE(pairs(d) == V{"Green=14"});
    CHECK(d.observations[0].status == Status::projected);
  }
}

TEST_CASE("heading for something other than a number leaves a partial count as it is") {
  auto d = extract(
      " date 2013-05-12 The PML-N was heading for a clear win on Sunday, leading in 125 of the 272 contested seats, "
      "television channels reported.");
  REQUIRE(pairs(d).size() == 1);
  CHECK(d.observations[0].seats == 125);
  CHECK(d.observations[0].status != Status::projected);
}

TEST_CASE("results reported in the sentence before give their status to the counts that follow") {
  auto d = extract(
      " date 2024-11-15\nCOLOMBO - The governing alliance won a two-thirds majority in parliament, official results "
      "showed on Friday. The NPP bagged 159 seats, the Election Commission said, and the SJB took 40.");
  REQUIRE(pairs(d) == V{"NPP=159", "SJB=40"});
  for (auto& o : d.observations) CHECK(o.status == Status::official);
  auto unrelated = extract(
      " date 2024-11-15\nCOLOMBO - Turnout was lower than in 2019, official figures showed.\n\nLater in the week, the "
      "NPP bagged 159 seats, the Election Commission said.");
  REQUIRE(pairs(unrelated) == V{"NPP=159"});
  CHECK(unrelated.observations[0].status != Status::official);  // a new paragraph is a new passage
}

TEST_CASE("leads and trends are provisional when nothing else gives the status; a named status or a media source wins") {
  auto leads = extract(" date 2024-06-04 The BJP was leading in 239 seats and the Congress ahead in 98, the trends showed.");
  REQUIRE(leads.observations.size() == 2);
  for (const auto& o : leads.observations) CHECK(o.status == Status::provisional);
  // an intro of leads over a list
  auto list = extract(" date 2024-11-23 Party position (won + leading):\n\nJMM: 34\nBJP: 21\n");
  REQUIRE(pairs(list) == V{"JMM=34", "BJP=21"});
  for (const auto& o : list.observations) CHECK(o.status == Status::provisional);
  // a status the sentence names wins; a broadcaster's leads are no provisional results
  auto unofficial = extract(" date 2018-07-26 Unofficial results show the PTI ahead in more than 100 seats.");
  REQUIRE(unofficial.observations.size() == 1);
  CHECK(unofficial.observations[0].status == Status::unofficial);
  auto media = extract(" date 2018-07-26 According to Geo News, the PTI is ahead in more than 100 seats.");
  REQUIRE(media.observations.size() == 1);
  CHECK(media.observations[0].status != Status::provisional);
  // a plain win is no lead
  auto won = extract(" date 2024-06-04 The BJP won 240 seats.");
  REQUIRE(won.observations.size() == 1);
  CHECK(won.observations[0].status == Status::unknown);
}

TEST_CASE("every seat declared and no word for the status: the final result") {
  auto all = extract(" date 2024-07-05 With all 650 seats declared, Labour has won 412 seats in Britain.");
  REQUIRE(all.observations.size() == 1);
  CHECK(all.observations[0].status == Status::final);
  // a word for it wins: "preliminary ..., all 15 seats counted"
  auto named = extract(" date 2021-12-07 Preliminary results, all 15 seats counted: the PDP won 14 seats in Tobago.");
  REQUIRE(named.observations.size() == 1);
  CHECK(named.observations[0].status == Status::provisional);
}

TEST_CASE("a future tense alone gives way to results named with their status") {
  auto d = tally::test::extract(
      " date 2018-10-08 Brazil\n\nThe Workers' Party (PT) will keep the largest bench in the Chamber of Deputies, but Jair "
      "Bolsonaro's PSL surged from a single seat to 52, according to the TSE's final count of Sunday's vote.\n");
  bool seen = false;
  for (const auto& o : d.observations) {
    if (o.seats != 52) continue;
    seen = true;
    CHECK(o.status == tally::Status::final);
  }
  CHECK(seen);
  auto forecast = tally::test::extract(" date 2024-06-01 x\n\nLabour will win 410 seats, the exit poll says.\n");
  REQUIRE(forecast.observations.size() == 1);
  CHECK(forecast.observations[0].status == tally::Status::projected);
}

TEST_CASE("\"(N seats, all declared)\" over rows: every seat declared, the final count") {
  auto d = tally::test::extract(
      " date 2025-05-03 x\n\nFull results:\n\nSTAFFORDSHIRE COUNTY COUNCIL (62 seats, all declared)\n"
      "Reform UK 49 (+49) · Conservative 12 (-45) · Labour 1 (-5)\n");
  REQUIRE(d.observations.size() == 3);
  for (const auto& o : d.observations) {
    REQUIRE(o.coverage);
    CHECK(o.coverage->declared == 62);
    CHECK(o.status == tally::Status::final);
  }
}

TEST_CASE("a status word closing a caption over a table gives the table its status") {
  auto d = tally::test::extract(
      " date 2019-05-21 x\n\nJakarta - The General Elections Commission (KPU) announced the national recapitulation. "
      "Seats per party, official:\n\nPDI-P Golkar Gerindra NasDem\n128 85 78 59\n");
  REQUIRE(d.observations.size() == 4);
  for (const auto& o : d.observations) CHECK(o.status == tally::Status::official);
}

TEST_CASE("\"the official canvass gives the NPC four senators\": official counts of the Senate") {
  auto d = tally::test::extract(
      " date 2022-05-19 x\n\nMANILA - By party, the official canvass gives the NPC four senators and the Liberal Party two.\n");
  REQUIRE(d.observations.size() == 2);
  CHECK(d.observations[0].status == tally::Status::official);
  CHECK(d.observations[0].chamber == "Senate (PH)");
}

TEST_CASE("a share under 100 of the vote counted or precincts reporting: a count still going on, provisional") {
  for (std::string_view text : {"With 85% of the vote counted, the Greens had won 14 seats.",
                                "Based on the count in 97 percent of municipalities, the Greens take 14 seats.",
                                "The Greens had 14 seats with 92 per cent of polling stations reporting."}) {
    auto d = extract(text);
    INFO(text);
    REQUIRE(d.observations.size() == 1);
    CHECK(d.observations[0].seats == 14);
    CHECK(d.observations[0].status == Status::provisional);
  }
  // turnout, a vote share, or the whole count are no count in progress
  for (std::string_view text : {"Turnout was 67%, and the Greens won 14 seats.", "The Greens won 14 seats with 12% of the vote.",
                                "With 100% of the vote counted, the Greens had won 14 seats."}) {
    auto d = extract(text);
    INFO(text);
    REQUIRE(d.observations.size() == 1);
    CHECK(d.observations[0].seats == 14);
    CHECK(d.observations[0].status != Status::provisional);
  }
}

TEST_CASE("a live blog's entries: \"full result\" is final, \"all 39 results now in for X\" covers the counts after it") {
  auto d = extract(
      " date 2024-05-03 Local elections live\n\n"
      "18:00 BST\n"
      "All 39 results now in for Rushmoor Borough Council. Labour won 22 seats. In 2021 the Conservatives had 27 "
      "councillors here.\n\n"
      "16:45 BST\n"
      "Bristol City Council, full result:\n"
      "Green 34\n"
      "Labour 21\n");
  const Observation* rushmoor = nullptr;
  const Observation* bristol = nullptr;
  for (const auto& o : d.observations) {
    if (o.party == "Labour" && o.seats == 22) rushmoor = &o;
    if (o.party == "Green" && o.seats == 34) bristol = &o;
  }
  REQUIRE(rushmoor);
  REQUIRE(rushmoor->coverage);
  CHECK(rushmoor->coverage->declared == 39);
  CHECK(rushmoor->coverage->total == 39);
  CHECK(rushmoor->status == Status::final);
  REQUIRE(bristol);
  CHECK(bristol->status == Status::final);
  // the past of the entry before ("In 2021 ...") ends with it
  CHECK_FALSE(bristol->historical);
}

TEST_CASE("\"declared winners in all 47 counties\" says every seat is declared") {
  auto d = extract(" date 2022-08-16 Senate results\n\nReturning officers have now declared winners in all 47 seats. "
                   "The Greens won 14 seats.\n");
  REQUIRE(d.observations.size() == 1);
  REQUIRE(d.observations[0].coverage);
  CHECK(d.observations[0].coverage->declared == 47);
  CHECK(d.observations[0].coverage->total == 47);
}

TEST_CASE("\"Party standings after 108 declarations:\" over a list: the seats declared so far, of a whole not given") {
  auto d = extract(" date 2022-08-03 Results\n\nThe count goes on.\n\nParty standings after 108 declarations:\nPangu Pati – 36\n");
  REQUIRE(d.observations.size() == 1);
  REQUIRE(d.observations[0].coverage);
  CHECK(d.observations[0].coverage->declared == 108);
  CHECK_FALSE(d.observations[0].coverage->total);
}

TEST_CASE("\"full result\" is final on a caption, not in prose that hopes for complete results") {
  auto d = extract(" date 2024-02-09 Results\n\nUS says looking forward to timely, complete results\n\n"
                   "Independent candidates bagged 92 seats, the Election Commission of Pakistan said, with results of 224 "
                   "constituencies out of 265 declared.\n");
  REQUIRE(d.observations.size() == 1);
  CHECK(d.observations[0].status != Status::final);
  auto caption = extract(" date 2024-05-03 Results\n\nKent County Council – full result, all 81 divisions declared\nGreen 34\n");
  REQUIRE(caption.observations.size() == 1);
  CHECK(caption.observations[0].status == Status::final);
}

TEST_CASE("a future tense gives way to any status the sentence names for its results, provisional included") {
  auto d = extract(" date 2023-05-16 Results\n\nThe People's Alliance will keep control of the assembly with 323 seats, "
                   "the Supreme Election Council said, publishing preliminary figures.\n");
  REQUIRE(d.observations.size() == 1);
  CHECK(d.observations[0].status == Status::provisional);
}

TEST_CASE("\"N of M seats filled so far\" over a list: a count still going on, provisional") {
  auto d = extract(" date 2024-06-09 Local elections\n\nThe count goes on.\n\n"
                   "CORK CITY COUNCIL (20 of 31 seats filled so far)\nFianna Fáil 7, Fine Gael 5\n");
  REQUIRE(d.observations.size() == 2);
  CHECK(d.observations[0].status == Status::provisional);
  REQUIRE(d.observations[0].coverage);
  CHECK(d.observations[0].coverage->declared == 20);
}
