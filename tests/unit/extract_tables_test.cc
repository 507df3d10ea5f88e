// Tables written as lines, and the lines around them that say whose table it is.
#include <catch2/catch.hpp>

#include "test_support.h"

using namespace tally;
using tally::test::extract;
using tally::test::pairs;
using V = std::vector<std::string>;

TEST_CASE("a Source: line under a table attributes the rows above it") {
  auto d = extract(
      " date 2019-05-24\nStandings after 542 of 543 seats\nBJP - 303\nINC - 52\nDMK - 23\n"
      "Source: Election Commission of India\n");
  REQUIRE(pairs(d) == V{"BJP=303", "INC=52", "DMK=23"});
  for (auto& o : d.observations) {
    CHECK(o.source == "Election Commission of India");
    CHECK(o.source_kind == SourceKind::electoral_body);
    CHECK(o.status == Status::provisional);  // an electoral body with seats still to declare
  }
}

TEST_CASE("a footer source keeps a row's own source and takes its status") {
  auto d = extract(
      " date 2024-07-05\nLabour: 412\nConservative: 121\nLiberal Democrats: 72\n"
      "Source: BBC, final results\n");
  REQUIRE(pairs(d) == V{"Labour=412", "Conservative=121", "Liberal Democrats=72"});
  for (auto& o : d.observations) {
    CHECK(o.source == "BBC");
    CHECK(o.status == Status::final);
  }
}

TEST_CASE("a Source: line after prose counts does not reach back into the prose") {
  auto d = extract(
      " date 2024-07-05\nLabour won 412 seats and the Conservatives were reduced to 121 in a night of upsets "
      "across the country.\nSource: BBC\n");
  REQUIRE(pairs(d) == V{"Labour=412", "Conservative=121"});
  for (auto& o : d.observations) CHECK_FALSE(o.source);
}

TEST_CASE("a table with its source above it keeps that source, not a later footer for another table") {
  auto d = extract(
      " date 2024-06-04\nSource: Election Commission of India\nBJP: 240\nINC: 99\n\n"
      "The exit polls had been far off, with several predicting that the governing alliance would sweep the "
      "country by a wide margin.\n\nAxis My India: NDA 361\nSource: India Today\n");
  REQUIRE(d.observations.size() >= 3);
  CHECK(d.observations[0].source == "Election Commission of India");
  CHECK(d.observations[1].source == "Election Commission of India");
  CHECK(d.observations[2].party == "NDA");
  CHECK(d.observations[2].source != std::optional<std::string>("Election Commission of India"));
}

TEST_CASE("a fraction 251/265 is N of M: coverage when declared, the chamber size after a win") {
  auto d = extract(" date 2024-02-09\nWith 251/265 seats declared, the PML-N has 71 and the PPP 53.");
  REQUIRE(pairs(d) == V{"PML-N=71", "PPP=53"});
  REQUIRE(d.observations[0].coverage);
  CHECK(d.observations[0].coverage->declared == 251);
  CHECK(d.observations[0].coverage->total == 265);
  auto won = extract(" date 2024-02-09\nThe PML-N won 71/265 seats.");
  REQUIRE(pairs(won) == V{"PML-N=71"});  // not 265, and not a range 71 to 265
  CHECK_FALSE(won.observations[0].coverage);
  auto date = extract(" date 2024-02-09\nOn 9/2/2024 the PML-N had 71 seats.");
  CHECK(pairs(date) == V{"PML-N=71"});
}

TEST_CASE("a coverage line under a table gives the rows their coverage") {
  auto d = extract(" date 2024-02-09\nPML-N: 71\nPPP: 53\nSeats declared: 251/265\n");
  REQUIRE(pairs(d) == V{"PML-N=71", "PPP=53"});
  for (auto& o : d.observations) {
    REQUIRE(o.coverage);
    CHECK(o.coverage->declared == 251);
  }
}

TEST_CASE("dot leaders between a name and its count are one separator") {
  auto d = extract(
      " date 2024-07-05\nThe provisional figures for Britain show:\n\nLabour ........ 412\nConservative ........ 121\n"
      "Reform UK \xe2\x80\xa6\xe2\x80\xa6 5\n");
  CHECK(pairs(d) == V{"Labour=412", "Conservative=121", "Reform UK=5"});
  // an ellipsis in prose still ends a sentence, and numbers after it are not taken for counts
  auto prose = extract(" date 2023-06-26\nThe count went on... 52 percent of ballots were in.\n");
  CHECK(pairs(prose).empty());
}

TEST_CASE("in a tab-separated row, digits grouped by a space are one vote count") {
  auto d = extract(
      " date 2025-11-19\nCopenhagen City Council\nParty\tVotes\t%\tSeats\t+/-\nSF\t64 870\t19.9\t11\t+4\n"
      "Venstre\t17 330\t5.3\t3\t0\nModerates\t6 120\t1.9\t1\t+1\n");
  CHECK(pairs(d) == V{"SF=11", "Venstre=3", "Moderates=1"});
  CHECK(d.warnings.empty());
}

TEST_CASE("a header of party names over a row of seats is read across, a party a column") {
  auto d = extract(
      " date 2024-12-03\nThe Electoral Commission of Namibia (ECN) on Tuesday announced the final results. Zuva "
      "took 51 of the 96 elected seats. Final seat allocation:\n\nParty ZUVA IPC AR PDM\nSeats 51 20 6 5\n"
      "% 53.37 20.18 6.73 5.01\n");
  CHECK(pairs(d) == V{"Zuva=51", "IPC=20", "AR=6", "PDM=5"});  // (a party the tables do not know: one, whatever its case)
  for (const auto& o : d.observations) CHECK(o.source == "Electoral Commission of Namibia");
  // a header and a row that do not line up are not guessed
  auto uneven = extract(" date 2024-12-03\nParty ZUVA IPC AR PDM\nSeats 51 20 6\n");
  CHECK(pairs(uneven).empty());
}

TEST_CASE("middle dots and bullets inside a line split its cells; a 'Name: N' first cell keeps its name") {
  auto d = extract(
      " date 2021-11-22\nSENATE\nChile Podemos M\xc3\xa1s: 12 \xc2\xb7 Nuevo Pacto Social: 7 \xc2\xb7 Apruebo Dignidad: 5\n\n"
      "SENATE\nFrente Amplio: 4 | Partido Verde: 2\n");
  CHECK(pairs(d) == V{"Chile Podemos M\xc3\xa1s=12", "Nuevo Pacto Social=7", "Apruebo Dignidad=5", "Frente Amplio=4",
                      "Partido Verde=2"});
}

TEST_CASE("a table after a blank line does not take the header of the table before it") {
  auto d = extract(
      " date 2025-11-19\nCopenhagen City Council\nParty\tVotes\t%\tSeats\t+/-\nSF\t64 870\t19.9\t11\t+4\n\n"
      "Aarhus City Council (31 seats): Social Democrats 9 \xc2\xb7 Venstre 5 \xc2\xb7 SF 4\n");
  CHECK(pairs(d) == V{"SF=11", "Social Democrats=9", "Venstre=5", "SF=4"});
}

TEST_CASE("the number of a numbered list is no part of a party's name") {
  auto d = extract(" date 2023-04-05\nThe official results:\n\n1) Finns Party 46\n2) Movement Now 1\n");
  CHECK(pairs(d) == V{"Finns Party=46", "Movement Now=1"});
}

TEST_CASE("a header of regions and parties: each row a region's legislature, each column a party's count") {
  auto d = extract(
      " date 2023-08-13\nFinal results in Malaysia, as announced by the Election Commission (EC):\n\n"
      "State | PH | BN | PN | Seats\nSelangor | 32 | 2 | 22 | 56\nKedah | 3 | 0 | 33 | 36\nAtlantis | 5 | 1 | 1 | 7\n");
  CHECK(pairs(d) == V{"PH=32", "PH=3", "BN=2", "PN=22", "PN=33"});  // (no zero, no total, no unknown place)
  for (const auto& o : d.observations) CHECK((o.chamber == "Selangor State Assembly" || o.chamber == "Kedah State Assembly"));
}

TEST_CASE("a row of names then a row of numbers on one line pair one to one, or are skipped with a warning") {
  auto labelled = extract(
      " date 2023-12-01\nSeats per party in the Netherlands, official result\nParty PVV VVD NSC D66 BBB Seats 37 24 20 9 7\n");
  CHECK(pairs(labelled) == V{"PVV=37", "VVD=24", "NSC=20", "D66=9", "BBB=7"});
  // a party the tables know is one name, whatever its words ("FF Plus", "RISE Mzansi")
  auto plain = extract(
      " date 2024-06-02\nGAUTENG PROVINCIAL LEGISLATURE in South Africa\nANC DA EFF MK ActionSA FF Plus PA ACDP IFP 28 22 11 7 4 2 "
      "2 1 1\n");
  CHECK(pairs(plain) == V{"ANC=28", "DA=22", "EFF=11", "MK=7", "ActionSA=4", "FF Plus=2", "PA=2", "ACDP=1", "IFP=1"});
  // names and numbers that do not pair one to one are not guessed
  auto uneven = extract(" date 2024-06-02\nIn South Africa:\nANC DA EFF MK ActionSA 28 22 11 7\n");
  CHECK(pairs(uneven).empty());
  CHECK(uneven.warnings.size() == 1);
}

TEST_CASE("a heading with its coverage in brackets is no row; a label before a row's name is no part of it") {
  auto d = extract(
      " date 2024-02-11\nProvisional results from the Election Commission of Pakistan:\n\nKHYBER PAKHTUNKHWA (110 of 113)\n"
      "PTI-backed independents: 84\nJUI-F: 7\n\nSEATS BY TIER\nConstituencies: PML-N 75\nMajority: PTI 12\n");
  CHECK(pairs(d) == V{"Independents=84", "JUI-F=7", "PML-N=75"});
}

TEST_CASE("a line of numbers under a line of as many party names pairs one to one") {
  auto d = extract(
      " date 2024-11-15\nThe final results released by the Election Commission of Sri Lanka:\n\nSeats won (final)\n"
      "NPP SJB ITAK SLPP\n159 40 8 3\n");
  CHECK(pairs(d) == V{"NPP=159", "SJB=40", "ITAK=8", "SLPP=3"});
}

TEST_CASE("tables: a tier label before a line of names and counts is no region") {
  auto d = tally::test::extract(
      " date 2018-02-19 Nepal\n\nSeat tally, Election Commission, all 275 seats filled:\n"
      "FPTP: UML 80 NC 23\nPR: UML 41 NC 40\nTotal: UML 121 NC 63 others 5\n");
  REQUIRE(d.observations.size() == 7);
  for (const auto& o : d.observations) {
    INFO(o.party << " " << o.seats);
    CHECK_FALSE(o.scope);
  }
}

TEST_CASE("tables: a chamber named in the heading over a table is the rows' chamber") {
  auto d = tally::test::extract(
      " date 2024-05-13 Catalan election\n\nThe Socialists have won, provisional results show.\n\n"
      "PARLIAMENT OF CATALONIA (135 seats)\nParty Seats +/- % vote\nPSC 42 +9 27.96% Junts 35 +3 21.61%\n\n"
      "Seats in the Brandenburg Landtag (preliminary result)\nParty Seats +/-\nSPD 32 +7\nBSW 14 new\n");
  REQUIRE(d.observations.size() == 4);
  CHECK(d.observations[0].chamber == "Parliament of Catalonia");  // (written in capitals, named as in prose)
  CHECK(d.observations[2].chamber == "Brandenburg Landtag");
  CHECK(d.observations[3].party == "BSW");
}

TEST_CASE("tables: broadcasters' columns under an exit-poll intro are projections, the final column is not theirs") {
  auto d = tally::test::extract(
      " date 2022-11-03 x\n\nHow the TV exit polls compared with the final result:\nParty | Channel 12 | Kan 11 | Final\n"
      "Likud | 30 | 31 | 32\n");
  REQUIRE(d.observations.size() == 3);
  CHECK(d.observations[0].status == tally::Status::projected);
  CHECK(d.observations[1].status == tally::Status::projected);
  CHECK(d.observations[2].status == tally::Status::final);
  CHECK_FALSE(d.observations[2].source);
}

TEST_CASE("tables: a header of party names with names of two words over a row of numbers") {
  auto d = tally::test::extract(
      " date 2022-12-09 x\n\nThe Election Commission published the final results.\n\nFIRST-PAST-THE-POST (165 of 165 declared)\n"
      "NC UML Maoist Centre RSP RPP Independents\n57 44 18 7 7 5\n");
  REQUIRE(d.observations.size() == 6);
  CHECK(d.observations[2].party == "CPN (Maoist Centre)");
  CHECK(d.observations[2].seats == 18);
  CHECK(d.observations[5].seats == 5);
}

TEST_CASE("tables: a header of councils and parties reads each row as a council of its own") {
  auto d = tally::test::extract(
      " date 2021-11-04 x\n\nThe final seat allocations were published by the Electoral Commission of South Africa.\n\n"
      "Council | ANC | DA | EFF | Total\nJohannesburg | 91 | 71 | 29 | 270\nTshwane | 75 | 69 | 23 | 214\n");
  REQUIRE(d.observations.size() == 6);
  CHECK(d.observations[0].chamber == "Johannesburg council");
  CHECK(d.observations[3].chamber == "Tshwane council");
}

TEST_CASE("tables: a flattened row with each count's change glued to it, signed by +, - or the minus sign") {
  for (std::string_view minus : {"\xe2\x88\x92", "-"}) {
    std::string row = "PL 19+13 PT 18+8 PSDB 9" + std::string(minus) + "1 Republicanos 8+2 MDB 4" + std::string(minus) + "1";
    auto d = tally::test::extract(" date 2022-10-04 Results\n\nFinal results give the following seats, each followed by "
                                  "the change since 2018:\n\n" + row + "\n");
    INFO(row);
    REQUIRE(d.observations.size() == 5);
    CHECK(d.observations[2].party == "PSDB");
    CHECK(d.observations[2].seats == 9);
    CHECK(d.observations[4].party == "MDB");
    CHECK(d.observations[4].seats == 4);
  }
}

TEST_CASE("tables: cells split by bars with a change glued to each count; tiers summed in brackets on a list line") {
  auto d = tally::test::extract(" date 2022-09-15 Sweden\n\nThe Swedish Election Authority published the final "
                                "distribution of seats, with change from 2018:\nSocial Democrats 107+7 | Sweden Democrats "
                                "73+11 | Moderates 68\xe2\x88\x92" "2 | Left Party 24-4\n");
  REQUIRE(d.observations.size() == 4);
  CHECK(d.observations[1].party == "Sweden Democrats");
  CHECK(d.observations[1].seats == 73);
  CHECK(d.observations[2].seats == 68);
  CHECK(d.observations[3].seats == 24);
  auto tiers = tally::test::extract(" date 2023-11-03 Results\n\nThe official seat allocation (electorate + list):\n"
                                    "\xe2\x80\xa2 National 48 (43 + 5)\n\xe2\x80\xa2 NZ First 8 (0 + 8)\n");
  std::vector<int> seats;
  for (const auto& o : tiers.observations) seats.push_back(o.seats);
  CHECK(seats == std::vector<int>{48, 43, 5, 8});  // (a tier of none is no count)
}
