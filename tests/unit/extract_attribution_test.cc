// Attribution of a count: whom it comes from and which chamber it is about.
#include <catch2/catch.hpp>

#include "test_support.h"

using namespace tally;
using tally::test::extract;
using tally::test::pairs;
using V = std::vector<std::string>;

TEST_CASE("a generic poll noun gives way to the pollster named after 'by'") {
  for (std::string_view text : {"Labour would win 410 seats, an exit poll by Ipsos showed.",
                                "An exit poll by Ipsos showed Labour would win 410 seats.",
                                "Labour would win 410 seats, exit polls by Ipsos suggested."}) {
    auto d = extract(text);
    INFO(text);
    REQUIRE(pairs(d) == V{"Labour=410"});
    CHECK(d.observations[0].source == "Ipsos");
    CHECK(d.observations[0].status == Status::projected);
  }
}

TEST_CASE("a generic poll noun with nobody named stays the source") {
  auto d = extract("Labour would win 410 seats, according to an exit poll.");
  REQUIRE(pairs(d) == V{"Labour=410"});
  REQUIRE(d.observations[0].source);
  CHECK(*d.observations[0].source != "Ipsos");
  CHECK(d.observations[0].status == Status::projected);
}

TEST_CASE("a title-case heading names the chamber before its election words") {
  auto d = extract(
      " date 2024-11-23\nLive updates | Maharashtra Assembly Election Results 2024\n\n"
      "2:00 PM: The Mahayuti is leading in 218 of 288 seats, the Election Commission's trends show.\n");
  REQUIRE(pairs(d) == V{"Mahayuti=218"});
  CHECK(d.observations[0].chamber == "Maharashtra Assembly");
  auto polls = extract(" date 2025-02-08\nDelhi Assembly Polls\n\nThe AAP has won 22 seats.\n");
  REQUIRE(pairs(polls) == V{"AAP=22"});
  CHECK(polls.observations[0].chamber == "Delhi Assembly");
}

TEST_CASE("People's at the head of a name is part of it; after 'of the' it does not make a person a party") {
  auto d = extract(" date 2024-06-02\nThe BJP won 46 seats. The National People's Party won five and the Congress one.");
  REQUIRE(d.observations.size() == 3);
  CHECK(d.observations[1].party == "National People's Party");
  CHECK(d.observations[1].seats == 5);
  auto person = extract(
      " date 2024-01-14\nJane Osei of the Northern People's Party took 3.1 million votes, strong among voters under 40.");
  CHECK(person.observations.empty());
}

TEST_CASE("N seats to the other party's M: each party keeps its own number") {
  auto d = extract(" date 2024-07-05\nLONDON - The Conservatives won 365 seats to Labour's 202 in the House of Commons.");
  REQUIRE(pairs(d) == V{"Conservative=365", "Labour=202"});
  auto us = extract(" date 2022-11-17\nRepublicans had 218 seats to the Democrats' 211.");
  REQUIRE(us.observations.size() == 2);
  CHECK(us.observations[0].seats == 218);
  CHECK(us.observations[0].party == "Republicans");
  CHECK(us.observations[1].seats == 211);
  CHECK(us.observations[1].party == "Democrats");  // the possessive is not part of the name
}

TEST_CASE("a dateline city picks the country, so the country's chamber and party names apply") {
  auto d = extract(
      " date 2022-11-17\nWASHINGTON (AP) - With a handful of races still uncalled, Republicans had 218 seats to the "
      "Democrats' 211.");
  REQUIRE(d.observations.size() == 2);
  CHECK(d.country == "US");
  CHECK(d.observations[0].chamber == "House of Representatives (US)");
}

TEST_CASE("an electoral body announcing the result in the sentence before attributes the counts that follow") {
  auto d = extract(
      " date 2025-02-24\nBERLIN - The conservative bloc came first with 208 seats, ahead of the AfD. The conservatives "
      "won narrowly, the Federal Returning Officer announced overnight. The SPD fell to 120 seats, the Greens have 85.");
  REQUIRE(pairs(d) == V{"SPD=120", "Greens=85"});
  for (auto& o : d.observations) CHECK(o.source == "Federal Returning Officer");
  auto apart = extract(
      " date 2025-02-24\nBERLIN - The vote went smoothly, the Federal Returning Officer said.\n\nThe SPD won 120 seats "
      "and the Greens 85.");
  REQUIRE(apart.observations.size() == 2);
  for (auto& o : apart.observations) CHECK_FALSE(o.source);  // a new paragraph is a new passage
}

TEST_CASE("attribution: an official speaking for a body, and the body's name as the article writes it") {
  auto d = test::extract(
      " date 2012-01-15 KMT holds on to its majority in Taiwan\n\n"
      "Central Election Commission (CEC) chairwoman Chang Po-ya said that of the 73 district seats, the KMT had won "
      "44 and the DPP 27.\n\n"
      "\"In the at-large vote, the KMT has 16 seats and the DPP 13,\" Chang told reporters.\n");
  REQUIRE(d.observations.size() == 4);
  for (const auto& o : d.observations) {
    // the official's body; as written, it is Taiwan's body in the tables
    CHECK(o.source == "Central Election Commission (TW)");
    CHECK(o.context.source.from == ContextFrom::sentence);
  }
  // an official named without a body, or a person the article never tied to one, attributes nothing
  auto e = test::extract(" date 2012-01-15 Taiwan votes\n\n\"The KMT has 16 seats,\" Chang told reporters.\n");
  REQUIRE(e.observations.size() == 1);
  CHECK_FALSE(e.observations[0].source);
}

TEST_CASE("attribution: the interior ministry is an electoral body, named in brackets over a list too") {
  auto d = test::extract(
      " date 2023-07-24 Spain votes\n\n"
      "23:58 All 350 seats allocated (Interior Ministry, 100% counted):\n"
      "\xe2\x96\xaa PP 136\n\xe2\x96\xaa PSOE 122\n\n"
      "22:05 With 85% of the vote counted, the PP is on 135 seats, the Ministry of the Interior said.\n");
  REQUIRE(d.observations.size() == 3);
  for (const auto& o : d.observations) {
    CHECK(o.source == "Spanish Interior Ministry");  // as written, Spain's in the tables
    CHECK(o.source_kind == SourceKind::electoral_body);
  }
  // a news agency in brackets is who wrote the story, not the source of its figures
  auto e = test::extract(" date 2024-02-09 Results\n\nISLAMABAD, Feb 9 (Reuters) - The PML-N won 75 seats.\n");
  REQUIRE(e.observations.size() == 1);
  CHECK_FALSE(e.observations[0].source);
}

TEST_CASE("attribution: a body named by its office or court, and a body's noun far from its name") {
  auto court = extract(
      " date 2024-12-23 Under the Constitutional Council's final results, Frelimo has 171 of the 250 seats in "
      "Mozambique's parliament.");
  REQUIRE(court.observations.size() == 1);
  CHECK(court.observations[0].source == "Constitutional Council");
  CHECK(court.observations[0].source_kind == SourceKind::electoral_body);
  auto state = extract(
      " date 2024-11-07 Republicans won 58 of the 110 seats in the Michigan House of Representatives, according to "
      "unofficial results from the Michigan Secretary of State.");
  REQUIRE(state.observations.size() == 1);
  CHECK(state.observations[0].source == "Michigan Secretary of State");
  auto directorate = extract(
      " date 2021-09-14 The Directorate of Elections published the count for Norway this morning.\n\nTurnout was "
      "77 percent.\n\nWith 95% of the votes counted, the directorate's figures give Labour 48 seats.");
  REQUIRE(directorate.observations.size() == 1);
  CHECK(directorate.observations[0].source == "Norwegian Directorate of Elections");
}

TEST_CASE("an electoral body named with its country's possessive and no word of attribution introduces the list") {
  auto d = extract(
      " date 2022-09-14 Final count\n\nSweden's Election Authority finished counting the last votes on Wednesday, "
      "and its final count leaves the seats as follows:\n\n• Social Democrats — 107 seats\n• Moderates — 68 seats\n");
  REQUIRE(pairs(d) == V{"Social Democrats=107", "Moderates=68"});
  for (const auto& o : d.observations) {
    REQUIRE(o.source);
    CHECK(*o.source == "Swedish Election Authority");
  }
}

TEST_CASE("a generic body's name that runs on to a country is the body's own name, and defines its acronym") {
  auto d = extract(
      " date 2023-06-27 Results\n\nThe SLPP has won a majority, the Electoral Commission for Sierra Leone (ECSL) said.\n\n"
      "The APC won 54 seats, the ECSL said.\n");
  REQUIRE(pairs(d) == V{"APC=54"});
  REQUIRE(d.observations[0].source);
  CHECK(*d.observations[0].source == "Electoral Commission for Sierra Leone");
  auto india = extract(" date 2024-06-04 Results\n\nThe BJP won 240 seats, the Election Commission of India said.\n");
  REQUIRE(pairs(india) == V{"BJP=240"});
  CHECK(*india.observations[0].source == "Election Commission of India");
}

TEST_CASE("a party named like an observers' group is a party, and the body named after it is the source") {
  auto d = extract(
      " date 2023-10-20 x\n\nMONROVIA, Oct 20 (Reuters) - President George Weah's Coalition for Democratic Change (CDC) "
      "will remain the largest party, provisional results from the National Elections Commission (NEC) showed.\n\n"
      "House of Representatives (73 seats)\nCDC 25 | Independents 12 | Unity Party (UP) 11\n");
  REQUIRE(pairs(d) == V{"CDC=25", "Independents=12", "UP=11"});
  for (const auto& o : d.observations) {
    REQUIRE(o.source);
    CHECK(*o.source == "National Elections Commission (LR)");
  }
}

TEST_CASE("the acronym of a body whose name the tables give several countries names the article country's own") {
  auto d = extract(
      " date 2023-06-12 x\n\nPODGORICA - Europe Now (PES) won the most seats, preliminary results from the State Election "
      "Commission (DIK) showed.\n\nThe DIK said PES had 24 seats.\n");
  REQUIRE(pairs(d) == V{"PES=24"});
  REQUIRE(d.observations[0].source);
  CHECK(*d.observations[0].source == "State Election Commission (ME)");  // (Montenegro's own, in the tables)
}

TEST_CASE("a country's own name for its body, with the generic body's words, is that body as written") {
  auto vu = extract(
      " date 2025-01-21 x\n\nPORT VILA - The Vanuatu Electoral Commission on Tuesday declared the official results.\n\n"
      "With 48 of the 52 seats declared, the VP had six, according to the Electoral Commission's provisional tally.\n");
  REQUIRE(pairs(vu) == V{"VP=6"});
  CHECK(*vu.observations[0].source == "Vanuatu Electoral Commission");
  auto bt = extract(" date 2024-01-10 x\n\nTHIMPHU - The PDP won 30 seats, the Election Commission of Bhutan (ECB) said.\n");
  REQUIRE(pairs(bt) == V{"PDP=30"});
  CHECK(*bt.observations[0].source == "Election Commission of Bhutan");
  auto bd = extract(" date 2018-12-31 x\n\nDhaka (UNB) – The EC's unofficial tally gives the Awami League 257 seats.\n");
  REQUIRE(pairs(bd) == V{"AL=257"});
  CHECK(*bd.observations[0].source == "Bangladesh Election Commission");
}

TEST_CASE("an electoral body named noun-first, as Spanish and Portuguese write it, is a source") {
  auto d = extract(
      " date 2024-10-28 x\n\nMONTEVIDEO - In Montevideo, the Frente Amplio won 23 of the capital's 41 deputies, according to "
      "the Junta Electoral Departamental.\n");
  REQUIRE(d.observations.size() == 1);
  REQUIRE(d.observations[0].source);
  CHECK(*d.observations[0].source == "Junta Electoral Departamental");
  CHECK(d.observations[0].source_kind == tally::SourceKind::electoral_body);
}

TEST_CASE("a body the tables do not know, named with its place after \"for\" or \"of\", is an electoral body") {
  auto d = extract(
      " date 2022-05-07 Assembly election\n\n"
      "The final state of the parties, as declared by the Electoral Office for Northern Ireland (EONI):\n"
      "Sinn Fein: 27\n"
      "DUP: 25\n");
  REQUIRE(d.observations.size() == 2);
  CHECK(d.observations[0].source == "Electoral Office for Northern Ireland");
  CHECK(d.observations[0].source_kind == SourceKind::electoral_body);
}

TEST_CASE("a court that proclaims the results is the source, not the body whose figure it is compared with") {
  auto d = extract(
      " date 2024-12-23 x\n\nMaputo, 23 Dec 2024 (Lusa) - The Constitutional Council on Monday proclaimed the final results, "
      "giving Frelimo 171 of the 250 seats, well below the figure announced by the National Elections Commission (CNE).\n\n"
      "Frelimo keeps 171 seats, Mozambique's Constitutional Council said.\n");
  REQUIRE(pairs(d) == V{"Frelimo=171"});
  REQUIRE(d.observations[0].source);
  CHECK(*d.observations[0].source == "Constitutional Council");
}
