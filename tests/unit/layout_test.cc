#include <catch2/catch.hpp>
#include <string>

#include "extract/layout.h"

using namespace tally::extract;

namespace {

/// The kinds of the blocks of text, one letter each: H headline, R repeat, h heading, p paragraph, i item,
/// t table, s stamp, j junk; ':' after a block that is an intro.
std::string kinds(std::string_view text) {
  std::string out;
  for (const Block& b : read_layout(text)) {
    switch (b.kind) {
      case BlockKind::headline: out += 'H'; break;
      case BlockKind::repeat: out += 'R'; break;
      case BlockKind::heading: out += 'h'; break;
      case BlockKind::paragraph: out += 'p'; break;
      case BlockKind::item: out += 'i'; break;
      case BlockKind::table: out += 't'; break;
      case BlockKind::stamp: out += 's'; break;
      case BlockKind::junk: out += 'j'; break;
    }
    if (b.intro) out += ':';
  }
  return out;
}

}  // namespace

TEST_CASE("layout: a headline, its repeat with the outlet's name, and paragraphs") {
  CHECK(kinds("Counting ends as the ruling party loses its majority\n\n"
              "Counting ends as the ruling party loses its majority - The Daily Courier\n\n"
              "The commission said on Friday that all results were in.\n"
              "The opposition called for calm.\n") == "HRpp");
  // the repeat without the outlet, after an outlet-suffixed first line
  CHECK(kinds("Counting ends as the ruling party loses its majority | Courier\n"
              "Counting ends as the ruling party loses its majority\n"
              "Text follows here.\n") == "HRp");
}

TEST_CASE("layout: an intro, headings over sections, bullets and list lines") {
  std::string text =
      "Results day in the capital\n\n"
      "The provisional results, as released by the commission:\n\n"
      "Federal Assembly:\n\n"
      "  \xe2\x80\xa2 The Green Union leads with 44 seats.\n"
      "  \xe2\x80\xa2 The Farmers' Party holds 30.\n\n"
      "Northern Province\n"
      "Green Union \xe2\x80\x93 12\n"
      "Farmers' Party: 9\n"
      "Civic Forum (CF): 4 seats\n";
  CHECK(kinds(text) == "Hp:h:iihiii");
  auto blocks = read_layout(text);
  REQUIRE(blocks.size() == 9);
  CHECK(blocks[2].line == 5);
  CHECK(blocks[5].blank_before);
  CHECK_FALSE(blocks[6].blank_before);
}

TEST_CASE("layout: tables with cells, a header row, and names followed by numbers") {
  CHECK(kinds("Final seat allocation\n"
              "Party | Seats | Change |\n"
              "Green Union | 44 | +3 |\n"
              "Farmers' Party | 30 | -2 |\n") == "Httt");
  CHECK(kinds("Unconfirmed results\n"
              "Party North South East\n"
              "GU 12 9 0\n"
              "FP 7 3 1\n") == "Httt");
  // a flattened row of names and numbers is a table row, not a list line
  CHECK(kinds("Headline of the page here\nGU 44 +3 FP 30 -2\n") == "Ht");
  // a row of names over a row of counts, cells split by tabs: the counts are no line of dates
  CHECK(kinds("Headline of the page here\n\nGreen Union\tFarmers' Party\tCivic Forum\n44\t30\t12\n") == "Htt");
  CHECK(kinds("Headline of the page here\n\n12 05 2024\n") == "Hj");
}

TEST_CASE("layout: a results widget read one cell a line joins each name to the count under it") {
  std::string text =
      "Assembly results at a glance\n\n"
      "Seats won\n"
      "Green Union\n"
      "44\n"
      "Net change\n"
      "+3\n"
      "FP\n"
      "30\n"
      "-2\n";
  auto blocks = read_layout(text);
  // headline, "Seats won", the joined pair, "Net change", "+3", the joined pair, "-2"
  CHECK(kinds(text) == "Hhihiii");
  REQUIRE(blocks.size() == 7);
  CHECK(blocks[2].joined);
  CHECK(blocks[2].lines == 2);
  CHECK(blocks[5].joined);
  CHECK_FALSE(blocks[3].joined);
  // a blank line between them, a sentence, a signed number or a count too long to be seats: no pair
  for (std::string_view apart : {"Headline of the page here\n\nGreen Union\n\n44\n",
                                 "Headline of the page here\n\nThe count went on.\n44\n",
                                 "Headline of the page here\n\nGreen Union\n+44\n",
                                 "Headline of the page here\n\nTurnout\n12345\n"}) {
    for (const Block& b : read_layout(apart)) CHECK_FALSE(b.joined);
  }
}

TEST_CASE("layout: junk lines hold no tally") {
  CHECK(kinds("The count goes on in the north\n"
              "By Ana Ferreira and Tom Okafor\n"
              "Updated: 08 Feb 2024 11:32 IST\n"
              "Sunday, 20 Nov 2022 3:55 AM MYT\n"
              "Also read: Five things to know about the vote\n"
              "Advertisement\n"
              "(Photo: Reuters)\n"
              "Share this article\n"
              "The count goes on.\n") == "Hjjjjjjjp");
}

TEST_CASE("layout: live blog time stamps, alone or opening an entry") {
  CHECK(kinds("Election night live\n\n"
              "11:58pm AEST\n"
              "The commission now has Labor on 72 seats.\n\n"
              "02:15 Nearly all votes are in. The tally now reads:\n"
              "\xe2\x80\xa2 GU 37\n") == "Hspp:i");
  auto blocks = read_layout("Election night live\n\n02:15 Nearly all votes are in.\n[03.45am] Still counting.\n");
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[1].stamped);
  CHECK(blocks[2].stamped);
  // a time in prose is no stamp
  CHECK_FALSE(read_layout("Election night live\n10.30 per cent of the vote was counted by noon.\n")[1].stamped);
}

TEST_CASE("layout: hard-wrapped prose is one paragraph; a heading at the end is a paragraph") {
  auto blocks = read_layout(
      "A headline for the story\n\n"
      "The ruling alliance won a clear majority in the lower house on Sunday, according to the\n"
      "commission, which published the last of its results late in the evening.\n\n"
      "Key facts\n");
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[1].kind == BlockKind::paragraph);
  CHECK(blocks[1].lines == 2);
  CHECK(blocks[2].kind == BlockKind::paragraph);
}

TEST_CASE("layout: a row of name-and-number cells is a table, a bar of links is junk") {
  CHECK(kinds("Results day\n\n"
              "National Assembly\n"
              "PTI 116 | PML-N 64 | PPP 43 | Independents 13\n") == "Hht");
  CHECK(kinds("Results day\n\n"
              "Home | News 24 | Sport | Weather | Video\n") == "Hj");
}

TEST_CASE("layout: a line said twice at the top is the headline, whatever its shape") {
  CHECK(kinds("LIVE | Local elections 2021: ANC slips below 50%\nLIVE | Local elections 2021: ANC slips below 50%\n\n"
              "Refresh this page for the latest\n") == "HRp");
}

TEST_CASE("layout: a chamber's name with its size in brackets over its rows is a heading; a party's is a list line") {
  CHECK(kinds("Intro text here is a sentence.\n\nMasovian regional assembly (51 seats)\nKO 21 | PiS 20 | Third Way 7\n") == "Hht");
  CHECK(kinds("Intro text here is a sentence.\n\nWARSAW CITY COUNCIL (60 seats)\n1. Civic Coalition – 37\n") == "Hhi");
  CHECK(kinds("Intro text here is a sentence.\n\nLabour (412 seats)\nConservatives (121 seats)\n") == "Hii");
}

TEST_CASE("layout: a caption, a colon, then a header and its rows on one line is a table") {
  CHECK(kinds("Intro text here is a sentence.\n\nSeat breakdown (NEC final): Party Constituency PR Total Minjoo 110 13 "
              "123 Saenuri 105 17 122\n") == "Ht");
  CHECK(kinds("Intro text here is a sentence.\n\nThe result: the party won 110 seats and its rival 105.\n") == "Hp");
}

TEST_CASE("layout: a name and a sum of its tiers (\"Pheu Thai: 136 + 0 = 136\") is a list line") {
  CHECK(kinds("Intro text here is a sentence.\n\nConstituency + party-list = total\nPheu Thai: 136 + 0 = 136\n"
              "Palang Pracharath: 97 + 19 = 116\n") == "Hhii");
}

TEST_CASE("layout: a chamber's heading with the seats declared in brackets heads its list") {
  // "(128 of 130)": the part of the chamber declared, the unit left out; a heading, not a table row
  CHECK(kinds("Results by province\n\nSindh Assembly (128 of 130)\n\xe2\x80\xa2 PPP 84\n\xe2\x80\xa2 MQM-P 28\n") == "Hhii");
  CHECK(kinds("Results by province\n\nGelderland Provincial Council (55 seats)\nBBB 15\nVVD 6\n") == "Hhii");
}
