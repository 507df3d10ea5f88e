// The context stage: scopes (intro, heading, paragraph, live-blog entry, regions) and where each attribute came from.
#include <catch2/catch.hpp>
#include <string>

#include "test_support.h"

using namespace tally;

namespace {

const Observation* find(const DocumentResult& d, const std::string& party, int seats) {
  for (const auto& o : d.observations) {
    if (o.party == party && o.seats == seats) return &o;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("context: an intro attributes the list under it, across headings") {
  auto d = test::extract(
      " date 2024-02-11 Results are in\n\n"
      "Polling passed off peacefully across the country.\n\n"
      "The official results, as released by the ECP:\n\n"
      "National Assembly:\n\n"
      "  \xe2\x80\xa2 PML-N holds 75 seats.\n\n"
      "Punjab Assembly:\n\n"
      "  \xe2\x80\xa2 PML-N follows with 137.\n");
  const Observation* na = find(d, "PML-N", 75);
  const Observation* punjab = find(d, "PML-N", 137);
  REQUIRE(na);
  REQUIRE(punjab);
  CHECK(na->source == "Election Commission of Pakistan");
  CHECK(na->status == Status::official);
  CHECK(na->context.source.from == ContextFrom::intro);
  CHECK(na->context.source.line == 5);
  CHECK(na->chamber == "National Assembly");
  CHECK(na->context.chamber.from == ContextFrom::heading);
  CHECK(punjab->source == "Election Commission of Pakistan");
  CHECK(punjab->chamber == "Punjab Assembly");
  CHECK(punjab->context.chamber.line == 11);
}

TEST_CASE("context: prose after the list ends the intro; a live-blog entry ends it too") {
  auto d = test::extract(
      " date 2024-02-11 Results\n\n"
      "Provisional results released by the ECP:\n"
      "PML-N: 75\n"
      "PPP: 54\n\n"
      "Analysts expect the PTI-backed independents to gain 12 seats in talks.\n\n"
      "The PML-Q won 3 seats in Punjab, a party official said.\n");
  REQUIRE(find(d, "PPP", 54));
  CHECK(find(d, "PPP", 54)->source == "Election Commission of Pakistan");
  REQUIRE(find(d, "PML-Q", 3));
  CHECK_FALSE(find(d, "PML-Q", 3)->source);

  auto live = test::extract(
      " date 2024-07-05 Election night\n\n"
      "01:15 The BBC's tally now reads:\n"
      "Labour 326\n"
      "02:20 Reform UK has 4 seats, a party spokesman says.\n");
  REQUIRE(find(live, "Labour", 326));
  CHECK(find(live, "Labour", 326)->source == "BBC");
  REQUIRE(find(live, "Reform UK", 4));
  CHECK_FALSE(find(live, "Reform UK", 4)->source);
}

TEST_CASE("context: 'the same count' continues the passage before; a new paragraph does not") {
  auto d = test::extract(
      " date 2018-07-27 Results\n\n"
      "The ECP has put out provisional results for 260 of the 270 National Assembly seats.\n\n"
      "On those figures the PTI tops the table with 115 seats.\n\n"
      "The PML-Q won 5 seats.\n");
  REQUIRE(find(d, "PTI", 115));
  CHECK(find(d, "PTI", 115)->source == "Election Commission of Pakistan");
  CHECK(find(d, "PTI", 115)->context.source.from == ContextFrom::paragraph);
  REQUIRE(find(d, "PML-Q", 5));
  CHECK_FALSE(find(d, "PML-Q", 5)->source);
}

TEST_CASE("context: a count's own sentence, a footer under a table, and the default chamber") {
  auto d = test::extract(
      " date 2024-06-05 Results\n\n"
      "BJP \xe2\x80\x94 240\n"
      "INC \xe2\x80\x94 99\n"
      "Source: Election Commission of India\n\n"
      "The SP won 37 seats, Reuters reported.\n");
  REQUIRE(find(d, "BJP", 240));
  CHECK(find(d, "BJP", 240)->source == "Election Commission of India");
  CHECK(find(d, "BJP", 240)->context.source.from == ContextFrom::footer);
  CHECK(find(d, "BJP", 240)->context.source.line == 5);
  CHECK(find(d, "BJP", 240)->context.chamber.from == ContextFrom::fallback);
  REQUIRE(find(d, "SP", 37));
  CHECK(find(d, "SP", 37)->context.source.from == ContextFrom::sentence);
}

TEST_CASE("context: a region's count has a scope, a national one none") {
  auto d = test::extract(
      " date 2024-07-05 Results\n\n"
      "Labour won 412 seats across the UK.\n\n"
      "In Wales, Labour held 27 of the 32 seats.\n");
  REQUIRE(find(d, "Labour", 412));
  CHECK_FALSE(find(d, "Labour", 412)->scope);
  REQUIRE(find(d, "Labour", 27));
  CHECK(find(d, "Labour", 27)->scope == "Wales");
  CHECK(find(d, "Labour", 27)->chamber == "House of Commons");
}

TEST_CASE("context: a label the tables know as a region names its legislature, even as an unknown acronym") {
  // "KZN" is no name the tables give a party; the article could take it for one, but the chamber table knows
  // the KZN Legislature, so the label is the region and its counts are that legislature's
  auto d = test::extract(
      " date 2024-06-02 Provincial results\n\n"
      "Here are the IEC's official provincial results:\n\n"
      "Gauteng: ANC 28, DA 22.\n\n"
      "KZN: MK 37, IFP 15.\n");
  REQUIRE(find(d, "ANC", 28));
  CHECK(find(d, "ANC", 28)->chamber == "Gauteng Provincial Legislature");
  REQUIRE(find(d, "MK", 37));
  CHECK(find(d, "MK", 37)->chamber == "KwaZulu-Natal Legislature");
  CHECK(find(d, "IFP", 15)->chamber == "KwaZulu-Natal Legislature");
}

TEST_CASE("context: a table's header names the chamber of each column and the election of another") {
  auto d = test::extract(
      " date 2024-02-10 Results\n\n"
      "Unconfirmed results by assembly\n"
      "Party NA Punjab\n"
      "PML-N 69 98\n\n"
      "Seats now and at the last election\n"
      "Party 2024 2018\n"
      "PTI 93 116\n");
  REQUIRE(find(d, "PML-N", 98));
  CHECK(find(d, "PML-N", 98)->chamber == "Punjab Assembly");
  CHECK(find(d, "PML-N", 69)->chamber == "National Assembly");
  CHECK(find(d, "PML-N", 98)->rule == "table_row");
  REQUIRE(find(d, "PTI", 116));
  CHECK(find(d, "PTI", 116)->historical);
  CHECK_FALSE(find(d, "PTI", 93)->historical);
}

TEST_CASE("context: columns that cannot be told apart are skipped with a warning naming the line") {
  auto d = test::extract(
      " date 2024-02-10 Results\n\n"
      "PML-N 69 98 1\n"
      "PTI 16 6 3\n");
  CHECK(d.observations.empty());
  REQUIRE(!d.warnings.empty());
  CHECK(d.warnings.front().find("table at line 3") != std::string::npos);
}

TEST_CASE("context: the chamber an intro or the article's opening names holds for the lists under it") {
  // an intro with a source names the chamber of the list under it
  auto r = test::extract(
      " date 2024-11-24 Story.\n\nThe ECI's final figures give the following party position in the 288-member Maharashtra Assembly:\n"
      "BJP – 132\nShiv Sena – 57\n");
  REQUIRE(r.observations.size() == 2);
  CHECK(r.observations[0].chamber == "Maharashtra Assembly");
  // the opening names the chamber; a heading that names none keeps it
  auto s = test::extract(
      " date 2021-05-09 The headline numbers\n\nScotland has elected a new parliament, with a record number of women at Holyrood.\n\n"
      "Overall Results\n\nThe SNP won 64 seats and the Conservatives 31.\n");
  REQUIRE(s.observations.size() == 2);
  CHECK(s.observations[0].chamber == "Scottish Parliament");
  // a chamber named in passing further down does not outlast the next heading
  auto t = test::extract(
      " date 2023-05-15 Move Forward tops poll\n\nMove Forward has won 151 seats in the House of Representatives.\n\n"
      "The six-party bloc would control 309 seats, short of the 376 votes needed in a joint sitting with the Senate.\n\n"
      "Results by party\n\nPheu Thai 141\nBhumjaithai 71\n");
  REQUIRE(t.observations.size() >= 3);
  CHECK(t.observations.back().chamber == "House of Representatives (TH)");
}

TEST_CASE("context: a 'Source:' line under a list names the source of its rows, also rows of names the tables do not know") {
  auto d = test::extract(
      " date 2023-06-26 Greece\n\nFinal results, seats (300):\nND \xe2\x80\x93 158\nSYRIZA \xe2\x80\x93 47\n"
      "Spartans \xe2\x80\x93 12\nCourse of Freedom \xe2\x80\x93 8\nSource: Greek Interior Ministry\n\n"
      "In the May vote, the prime minister's party had won 146 seats.\n");
  REQUIRE(d.observations.size() >= 4);
  for (std::size_t i = 0; i < 4; ++i) {
    CHECK(d.observations[i].source == "Greek Interior Ministry");  // a body the tables do not know, as written
    CHECK(d.observations[i].source_kind == SourceKind::electoral_body);
    CHECK(d.observations[i].context.source.from == ContextFrom::footer);
    CHECK(d.observations[i].context.source.line == 8);
  }
}

TEST_CASE("context: a region's count is its own legislature's only when the total or the article says so") {
  // the total is the provincial legislature's size
  auto za = test::extract(" date 2024-06-02 South Africa results\n\nIn KwaZulu-Natal, MK is the largest party in the "
                          "provincial legislature with 37 of the 80 seats.\n");
  REQUIRE(za.observations.size() == 1);
  CHECK(za.observations[0].chamber == "KwaZulu-Natal Legislature");
  CHECK_FALSE(za.observations[0].scope);
  // a state's share of the national chamber: its total is not the state assembly's 224 seats
  auto in = test::extract(" date 2019-05-23 Lok Sabha results\n\nKarnataka: the BJP is ahead in 17 of the state's 28 "
                          "seats, the Congress in nine.\n");
  REQUIRE(in.observations.size() >= 1);
  CHECK(in.observations[0].chamber == "Lok Sabha");
  CHECK(in.observations[0].scope == "Karnataka");
  // "parliamentary seats" are the national chamber's
  auto my = test::extract(" date 2022-11-20 Malaysia results\n\nIn Kelantan, PAS won 9 of the 14 parliamentary seats.\n");
  REQUIRE(my.observations.size() == 1);
  CHECK(my.observations[0].chamber == "Dewan Rakyat");
  CHECK(my.observations[0].scope == "Kelantan");
}

TEST_CASE("context: a chamber one live-blog entry names does not carry into the next entry") {
  auto d = test::extract(" date 2022-11-20 Malaysia results live\n\nCounting is under way across Malaysia after a "
                         "general election held alongside three state polls.\n\n"
                         "[12.55am] Selangor state assembly: PH 51, BN 4.\n\n"
                         "[1.10am] PH has 98 seats so far, BN 72, according to Bernama.\n");
  const Observation* na = nullptr;
  for (const auto& o : d.observations) {
    if (o.seats == 98) na = &o;
  }
  REQUIRE(na);
  CHECK(na->chamber == "Dewan Rakyat");
}

TEST_CASE("context: 'the upper house' is the country's second national chamber, 'the lower house' its first") {
  auto jp = test::extract(" date 2022-07-10 Upper house election in Japan\n\nThe LDP won 63 of the 125 seats up for election "
                          "in the upper house.\n\nIn the lower house the LDP holds 261 seats.\n");
  REQUIRE(jp.observations.size() == 2);
  CHECK(jp.observations[0].chamber == "House of Councillors");
  CHECK(jp.observations[1].chamber == "House of Representatives (JP)");
}

TEST_CASE("context: an intro without a source introduces the results of the electoral body the opening named") {
  auto d = test::extract(
      " date 2019-07-27 A majority for one party\n\n"
      "When the Election Commission of Pakistan published its final figures on Friday, it confirmed what the "
      "exit polls had suggested.\n\n"
      "Final results, seats by party:\n"
      "PML-N 75\n"
      "PPP 54\n");
  const Observation* ppp = find(d, "PPP", 54);
  REQUIRE(ppp);
  CHECK(ppp->source == "Election Commission of Pakistan");
  CHECK(ppp->context.source.from == ContextFrom::article);
  CHECK(ppp->status == Status::final);  // the intro's own status

  // another source named after the opening: the opening no longer speaks for the article
  auto other = test::extract(
      " date 2019-07-27 A majority for one party\n\n"
      "When the Election Commission of Pakistan published its final figures on Friday, it confirmed what the "
      "exit polls had suggested.\n\n"
      "Geo News had called the race on Thursday night.\n\n"
      "Seats by party:\n"
      "PML-N 75\n"
      "PPP 54\n");
  REQUIRE(find(other, "PPP", 54));
  CHECK_FALSE(find(other, "PPP", 54)->source);

  // an opening that names the body but not its results carries nothing
  auto plain = test::extract(
      " date 2019-07-27 A majority for one party\n\n"
      "The Election Commission of Pakistan thanked the voters on Friday.\n\n"
      "Seats by party:\n"
      "PML-N 75\n"
      "PPP 54\n");
  REQUIRE(find(plain, "PPP", 54));
  CHECK_FALSE(find(plain, "PPP", 54)->source);
}

TEST_CASE("context: a status word a few adjectives before 'results' is the results' status") {
  auto d = test::extract(
      " date 2024-06-02 The results\n\n"
      "Here are the ECP's official provincial and regional results:\n"
      "PML-N 75\n"
      "PPP 54\n");
  REQUIRE(find(d, "PPP", 54));
  CHECK(find(d, "PPP", 54)->status == Status::official);
  // ("an official said on Monday that results" is not the results' status)
  auto noun = test::extract(
      " date 2024-06-02 The results\n\n"
      "An official said on Monday that the PPP won 54 seats.\n");
  REQUIRE(find(noun, "PPP", 54));
  CHECK(find(noun, "PPP", 54)->status == Status::unknown);
}

TEST_CASE("context: a council or a state parliament the tables do not know is named by its own words") {
  auto d = test::extract(
      " date 2024-09-02 State and local elections\n\n"
      "In Medway Council, Labour won 33 of the 59 seats.\n\n"
      "The Conservatives kept Kent County Council with 62 seats.\n\n"
      "Thuringia state parliament (88 seats)\n"
      "AfD | 32\n"
      "CDU | 23\n");
  REQUIRE(find(d, "Labour", 33));
  CHECK(find(d, "Labour", 33)->chamber == "Medway Council");
  REQUIRE(find(d, "Conservatives", 62));
  CHECK(find(d, "Conservatives", 62)->chamber == "Kent County Council");
  REQUIRE(find(d, "AfD", 32));
  CHECK(find(d, "AfD", 32)->chamber == "Thuringia state parliament");
  // a council that is no chamber of elected members is no chamber
  auto un = test::extract(" date 2024-09-02 Vote\n\nThe Security Council met as the PPP won 54 seats.\n");
  REQUIRE(find(un, "PPP", 54));
  CHECK(find(un, "PPP", 54)->chamber != "Security Council");
}

TEST_CASE("context: a heading that names a region makes the counts under it that region's, until the next heading") {
  auto d = test::extract(
      " date 2021-08-16 Results\n\n"
      "The Electoral Commission of Zambia has announced results for 120 of the 156 constituencies:\n\n"
      "National Assembly (120 of 156 declared)\n"
      "UPND \xe2\x80\x93 68\n"
      "PF \xe2\x80\x93 44\n\n"
      "Copperbelt Province\n"
      "UPND \xe2\x80\x93 18\n"
      "PF \xe2\x80\x93 4\n\n"
      "Sindh Province\n"
      "PPP \xe2\x80\x93 76\n");
  const Observation* national = find(d, "UPND", 68);
  const Observation* copperbelt = find(d, "UPND", 18);
  REQUIRE(national);
  REQUIRE(copperbelt);
  CHECK_FALSE(national->scope);
  CHECK(copperbelt->scope == "Copperbelt Province");
  CHECK(copperbelt->chamber == national->chamber);
  CHECK_FALSE(copperbelt->coverage);  // the national coverage is not the province's
  // "Results by province" names no region
  auto none = test::extract(" date 2021-08-16 Results\n\nResults by province\nUPND \xe2\x80\x93 18\nPF \xe2\x80\x93 4\n");
  REQUIRE(find(none, "UPND", 18));
  CHECK_FALSE(find(none, "UPND", 18)->scope);
}

TEST_CASE("context: an intro with no source, in the paragraph where an electoral body announced the results, gives the list that body") {
  auto d = test::extract(
      " date 2023-11-03 Live\n\n2:05pm Fri Nov 3\nThe Electoral Commission has released the official result for New "
      "Zealand, after counting 603,000 special votes. Seats in the new Parliament:\nLabour 34\nGreens 15\n");
  const Observation* labour = find(d, "Labour", 34);
  REQUIRE(labour);
  CHECK(labour->source == "New Zealand Electoral Commission");
  CHECK(labour->context.source.from == ContextFrom::intro);
}

TEST_CASE("context: the headline says which chamber the article is about") {
  // one chamber named in the headline
  auto upper = test::extract(
      " date 2022-07-10 Upper house election 2022 live: LDP wins big in Japan\n\nThe LDP won 63 seats.\n");
  REQUIRE(find(upper, "LDP", 63));
  CHECK(find(upper, "LDP", 63)->chamber == "House of Councillors");
  // a region with a legislature of its own, in an article that names no national chamber
  auto state = test::extract(
      "DMK-led front heads for victory in Tamil Nadu as AIADMK trails\n\nChennai, May 2, 2021: The DMK has won 125 "
      "seats in the 234-member house.\n");
  REQUIRE(find(state, "DMK", 125));
  CHECK(find(state, "DMK", 125)->chamber == "Tamil Nadu Assembly");
  // a national chamber named anywhere keeps the counts national
  auto national = test::extract(
      "BJP sweeps Uttar Pradesh\n\nLucknow, June 4, 2024: The BJP won 62 of the state's 80 Lok Sabha seats.\n");
  REQUIRE(find(national, "BJP", 62));
  CHECK(find(national, "BJP", 62)->chamber == "Lok Sabha");
}

TEST_CASE("context: in a story of local elections, a place's count is its council's") {
  auto d = test::extract(
      " date 2021-11-04 Local elections 2021: hung councils across South Africa\n\n"
      "09:15\nTshwane: the CSIR projects the ANC on 75, the DA on 69 and the EFF on 23.\n\n"
      "08:00\nNationally, the ANC has 45.6% of the vote.\n");
  REQUIRE(find(d, "ANC", 75));
  CHECK(find(d, "ANC", 75)->chamber == "Tshwane council");
  CHECK_FALSE(find(d, "ANC", 75)->scope);
}

TEST_CASE("context: coverage said in the sentence before an intro, in its paragraph, holds for the list") {
  auto d = test::extract(
      " date 2024-07-05 Results\n\nThat's it: all 650 results are now in. The final House of Commons tally, according "
      "to the PA news agency:\n\nLabour \xe2\x80\x93 411\nConservative \xe2\x80\x93 121\n");
  REQUIRE(find(d, "Labour", 411));
  CHECK(find(d, "Labour", 411)->coverage == Coverage{650, 650});
  CHECK(find(d, "Labour", 411)->status == Status::final);
}

TEST_CASE("each headed section under an opening that named the results' source takes that source") {
  auto d = tally::test::extract(
      " date 2024-11-23 Results\n\nMumbai/Ranchi, Nov 23 (PTI) The Mahayuti swept Maharashtra while the JMM-led alliance "
      "held Jharkhand, according to final results declared by the Election Commission.\n\n"
      "Maharashtra Assembly (288 of 288 seats):\nBJP: 132\nShiv Sena: 57\n\n"
      "Jharkhand Assembly (81 of 81 seats):\nJMM: 34\nBJP: 21\n");
  REQUIRE(d.observations.size() == 4);
  for (const auto& o : d.observations) {
    INFO(o.party << " " << o.seats);
    REQUIRE(o.source);
    CHECK(*o.source == "Election Commission of India");
  }
}

TEST_CASE("a heading's coverage is not given to a count its own sentence attributes to someone else") {
  auto d = tally::test::extract(
      " date 2024-02-10 Results\n\nThe commission has released results.\n\nBalochistan Assembly (50 of 51 seats)\n"
      "PPP 11 | JUI-F 10\n\nGeo News's unofficial tally had put the PTI on 19 seats on Friday morning.\n");
  bool seen = false;
  for (const auto& o : d.observations) {
    if (o.seats != 19) continue;
    seen = true;
    CHECK_FALSE(o.coverage);
  }
  CHECK(seen);
}

TEST_CASE("an intro with no source takes the source and the status of the paragraph's sentence that named them") {
  auto d = tally::test::extract(
      " date 2024-06-02 Results\n\nThe Electoral Commission of South Africa (IEC) on Sunday night declared final results "
      "for all nine provincial legislatures. Seat allocations in the most closely watched province:\n\n"
      "KWAZULU-NATAL LEGISLATURE (80 seats)\nMK 37\nIFP 18\n");
  REQUIRE(d.observations.size() == 2);
  for (const auto& o : d.observations) {
    REQUIRE(o.source);
    CHECK(*o.source == "Electoral Commission of South Africa");
    CHECK(o.status == tally::Status::final);
  }
}

TEST_CASE("\"the party position on N of the M seats\" introduces a list with its coverage; \"party\" there is no party") {
  auto d = tally::test::extract(
      " date 2018-07-28 x\n\nISLAMABAD: The Election Commission of Pakistan on Saturday released the party position.\n\n"
      "According to the ECP, the party position on 270 of the 272 general seats is as follows:\n\nPTI — 116\nPML-N — 64\n");
  REQUIRE(d.observations.size() == 2);
  for (const auto& o : d.observations) {
    REQUIRE(o.source);
    CHECK(*o.source == "Election Commission of Pakistan");
    REQUIRE(o.coverage);
    CHECK(o.coverage->declared == 270);
    CHECK(o.coverage->total == 272);
  }
}

TEST_CASE("a region named by \"in\" right after a count or right before \"with\" it scopes the count") {
  for (std::string_view sentence : {"The Samajwadi Party won 37 seats in Uttar Pradesh.",
                                    "The Samajwadi Party lifted the INDIA bloc's spirits in Uttar Pradesh with 37 seats."}) {
    auto d = tally::test::extract(" date 2024-06-05 x\n\nThe BJP won 240 seats in the Lok Sabha.\n\n" + std::string(sentence) + "\n");
    INFO(sentence);
    REQUIRE(d.observations.size() == 2);
    CHECK_FALSE(d.observations[0].scope);
    REQUIRE(d.observations[1].scope);
    CHECK(*d.observations[1].scope == "Uttar Pradesh");
    CHECK(d.observations[1].chamber == "Lok Sabha");
  }
}

TEST_CASE("rows right after the opening paragraph that named the body's results are those results") {
  auto d = tally::test::extract(
      " date 2021-10-17 x\n\nBAGHDAD – The Sadrist Movement won the most seats, according to preliminary results released by "
      "the Independent High Electoral Commission (IHEC).\n\n▪ Sadrist Movement: 73 seats\n▪ Taqaddum: 37 seats\n");
  REQUIRE(d.observations.size() == 2);
  for (const auto& o : d.observations) {
    REQUIRE(o.source);
    CHECK(o.status == tally::Status::provisional);
  }
  auto later = tally::test::extract(
      " date 2021-10-17 x\n\nBAGHDAD – The Sadrist Movement won the most seats, according to preliminary results released by "
      "the Independent High Electoral Commission (IHEC).\n\nTurnout was 41 percent.\n\n▪ Taqaddum: 37 seats\n");
  REQUIRE(later.observations.size() == 1);
  CHECK_FALSE(later.observations[0].source);
}

TEST_CASE("\"the Solomon Islands Electoral Commission (SIEC) has declared all 50 constituencies\" over a list") {
  auto d = tally::test::extract(
      " date 2019-04-08 x\n\nHONIARA - The Solomon Islands Electoral Commission (SIEC) has declared all 50 constituencies. "
      "Standings:\nIndependents – 21\nKadere Party – 8\n");
  REQUIRE(d.observations.size() == 2);
  for (const auto& o : d.observations) {
    REQUIRE(o.source);
    CHECK(*o.source == "Solomon Islands Electoral Commission");
    REQUIRE(o.coverage);
    CHECK(o.coverage->declared == 50);
    CHECK(o.status == tally::Status::final);
  }
}

TEST_CASE("a state's election commission and a municipal corporation are named as written") {
  auto d = tally::test::extract(
      " date 2022-12-07 MCD results\n\n5:50 PM: Final picture from the State Election Commission, with results declared for all "
      "250 wards of the Municipal Corporation of Delhi: AAP 134, BJP 104, Congress 9.\n");
  REQUIRE(d.observations.size() == 3);
  for (const auto& o : d.observations) {
    REQUIRE(o.source);
    CHECK(*o.source == "State Election Commission");
    CHECK(o.chamber == "Municipal Corporation of Delhi");
    REQUIRE(o.coverage);
    CHECK(o.coverage->declared == 250);
  }
}

TEST_CASE("context: chambers the tables do not know keep their whole name; a heading's short form takes it") {
  // noun first with a modifier: "Legislative Assembly of British Columbia", "Regional Council of Sardinia"
  for (std::string_view chamber : {"Legislative Assembly of British Columbia", "Regional Council of Sardinia"}) {
    auto d = test::extract(" date 2024-10-28 Results\n\nThe Greens won 12 seats in the " + std::string(chamber) + ".\n");
    INFO(chamber);
    REQUIRE(d.observations.size() == 1);
    CHECK(d.observations[0].chamber == chamber);
  }
  // "LEGISLATIVE ASSEMBLY" over a list, the intro naming the "NSW Legislative Assembly": the same chamber
  auto d = test::extract(
      " date 2023-04-14 Results\n\n"
      "The NSW Electoral Commission has declared all 93 seats in the NSW Legislative Assembly. The final numbers:\n\n"
      "LEGISLATIVE ASSEMBLY\nLabor 45\nCoalition 36\n");
  REQUIRE(find(d, "Labor", 45));
  CHECK(find(d, "Labor", 45)->chamber == "Legislative Assembly of New South Wales");  // (the tables' name)
  // an acronym before a body's name in title case is part of it: a state's commission, not the country's
  CHECK(find(d, "Labor", 45)->source == "NSW Electoral Commission");
  CHECK(find(d, "Labor", 45)->status == Status::final);
}

TEST_CASE("context: another country's body by a shared name, in an article of a country the tables give none") {
  // "Independent Election Commission" is a name the tables give Jordan's body; in an Afghan article it is that
  // country's body as written, and "the commission" after it is the same body
  auto d = test::extract(
      " date 2018-11-20 Afghanistan votes\n\n"
      "KABUL. The Jamiat bloc has won the most seats in Afghanistan's parliament, the Independent Election Commission "
      "announced on Monday.\n\n"
      "The commission's preliminary figures:\n"
      "Jamiat 62\n"
      "Hezb 8\n");
  REQUIRE(find(d, "Jamiat", 62));
  CHECK(find(d, "Jamiat", 62)->source == "Independent Election Commission");
  CHECK(find(d, "Jamiat", 62)->status == Status::provisional);
  // (Kazakhstan's, by the same kind of name, is in the tables)
  auto kz = test::extract(
      " date 2023-03-20 Kazakhstan votes\n\n"
      "ASTANA. The ruling party has won a majority in Kazakhstan's parliament, the Central Election Commission "
      "announced on Monday.\n\n"
      "The commission's preliminary figures:\n"
      "Amanat 62\n"
      "Auyl 8\n");
  REQUIRE(find(kz, "Amanat", 62));
  CHECK(find(kz, "Amanat", 62)->source == "Central Election Commission (KZ)");
}

TEST_CASE("context: the opening's results give their status, with their source, to headed lists under them") {
  auto d = test::extract(
      " date 2022-09-27 Italy\n\n"
      "ROME, Sept 27 (Reuters) - Brothers of Italy led a conservative alliance to a comfortable majority, final "
      "Interior Ministry results showed on Tuesday.\n\n"
      "CHAMBER OF DEPUTIES\n"
      "\xe2\x80\xa2 Centre-right alliance 237\n"
      "\xe2\x80\xa2 5-Star Movement 52\n");
  REQUIRE(find(d, "Centre-right alliance", 237));
  CHECK(find(d, "Centre-right alliance", 237)->source == "Italian Interior Ministry");
  CHECK(find(d, "Centre-right alliance", 237)->status == Status::final);
  CHECK(find(d, "Centre-right alliance", 237)->context.status.from == ContextFrom::article);
}

TEST_CASE("context: an intro without a source, in the paragraph of a news agency's count, introduces that count") {
  auto d = test::extract(
      " date 2023-11-23 Dutch election\n\n"
      "The PVV more than doubled its strength, according to the provisional count of the ANP news agency. Seats in "
      "the House of Representatives:\n\n"
      "Party\tSeats\tChange\nPVV\t37\t+20\nVVD\t24\t\xe2\x88\x92" "10\n");
  REQUIRE(find(d, "VVD", 24));
  CHECK(find(d, "VVD", 24)->source == "ANP news agency");
  CHECK(find(d, "VVD", 24)->status == Status::provisional);
}

TEST_CASE("context: prose after a heading's rows, past a blank line, is no longer under the heading") {
  auto d = test::extract(
      " date 2023-10-17 Official results\n\n"
      "The National Electoral Commission (PKW) published the official results on Tuesday evening.\n\n"
      "SENATE – SEATS (PKW, official)\n"
      "PiS 34 | Senate Pact 66\n\n"
      "The Ipsos exit poll had given PiS 200 seats in the Sejm.\n");
  REQUIRE(find(d, "Law and Justice", 34));
  CHECK(find(d, "Law and Justice", 34)->chamber == "Senate (PL)");
  REQUIRE(find(d, "Law and Justice", 200));
  CHECK(find(d, "Law and Justice", 200)->chamber == "Sejm");
  CHECK(find(d, "Law and Justice", 200)->source == "Ipsos");
  CHECK(find(d, "Law and Justice", 34)->status == Status::official);  // (the status closing the heading)
}

TEST_CASE("context: prose after the sections of two chambers is the main chamber's again") {
  auto d = test::extract(
      " date 2023-10-17 Official results\n\n"
      "The commission published the official results on Tuesday.\n\n"
      "SEJM\n"
      "PiS 194 | KO 157 | Lewica 26\n\n"
      "SENATE\n"
      "PiS 34 | KO 41\n\n"
      "The exit poll had given PiS 200 seats and KO 163.\n");
  REQUIRE(find(d, "Law and Justice", 34));
  CHECK(find(d, "Law and Justice", 34)->chamber == "Senate (PL)");
  REQUIRE(find(d, "Law and Justice", 200));
  CHECK(find(d, "Law and Justice", 200)->chamber == "Sejm");
  CHECK(find(d, "Civic Coalition", 163)->chamber == "Sejm");
}

TEST_CASE("context: members' names and a total's chamber say which chamber a count is of") {
  auto d = test::extract(
      " date 2023-03-07 Results\n\n"
      "ABUJA - The APC has won 57 seats in the Senate, INEC said.\n\n"
      "In Lagos, the APC won 17 of the state's 24 House seats and the LP six.\n\n"
      "In 2019, the APC won 202 seats in the House and the PDP 111.\n");
  REQUIRE(find(d, "APC", 17));
  CHECK(find(d, "APC", 17)->chamber == "House of Representatives (NG)");
  REQUIRE(find(d, "LP", 6));
  CHECK(find(d, "LP", 6)->chamber == "House of Representatives (NG)");
  REQUIRE(find(d, "PDP", 111));
  CHECK(find(d, "PDP", 111)->chamber == "House of Representatives (NG)");

  auto cl = test::extract(
      " date 2021-11-22 Results\n\n"
      "SANTIAGO - Chile's Senate will be split, Servel said. Inside Chile Podemos Mas, National Renewal (RN) took 25 "
      "deputies.\n");
  REQUIRE(find(cl, "RN", 25));
  CHECK(find(cl, "RN", 25)->chamber == "Chamber of Deputies (CL)");
}

TEST_CASE("context: a place that is the country itself, or the chamber's own, is no scope") {
  auto d = test::extract(
      " date 2023-06-28 Results\n\n"
      "Sierra Leone: SLPP wins 81 parliamentary seats, APC 54 - ECSL\n\n"
      "The ECSL declared the final results.\n");
  REQUIRE(find(d, "SLPP", 81));
  CHECK_FALSE(find(d, "SLPP", 81)->scope);
}

TEST_CASE("context: 'the Lagos assembly' names the chamber of Lagos the article counts") {
  auto d = test::extract(
      " date 2023-03-20 Results\n\n"
      "INEC declared the final results on Monday.\n\n"
      "LAGOS STATE HOUSE OF ASSEMBLY\n"
      "APC: 38\n"
      "LP: 2\n\n"
      "KANO STATE HOUSE OF ASSEMBLY\n"
      "NNPP: 26\n"
      "APC: 14\n\n"
      "In 2019 the APC won all 40 seats in the Lagos assembly.\n");
  REQUIRE(find(d, "APC", 40));
  CHECK(find(d, "APC", 40)->chamber == "Lagos State House of Assembly");
}

TEST_CASE("context: a count gapped after a count of a place is of the same place") {
  auto d = test::extract(
      " date 2024-02-10 Results\n\n"
      "The ECP released the provisional results on Saturday.\n\n"
      "In 2018, the PML-N won 129 general seats in Punjab and the PTI 123.\n");
  REQUIRE(find(d, "PTI", 123));
  CHECK(find(d, "PTI", 123)->chamber == find(d, "PML-N", 129)->chamber);
  CHECK(find(d, "PTI", 123)->scope == find(d, "PML-N", 129)->scope);
  CHECK(find(d, "PTI", 123)->scope == std::optional<std::string>("Punjab"));
}

TEST_CASE("context: in a sentence of two forecasters, a count after the second is the second's") {
  auto d = test::extract(
      " date 2019-05-20 Exit polls\n\n"
      "NEW DELHI - Axis My India projected 339 seats for the NDA and 77 for the UPA, while Today's Chanakya gave the "
      "NDA 350 and the UPA 95.\n");
  REQUIRE(find(d, "NDA", 339));
  REQUIRE(find(d, "NDA", 350));
  CHECK(find(d, "NDA", 339)->source == "Axis My India");
  CHECK(find(d, "NDA", 350)->source == "Today's Chanakya");
  CHECK(find(d, "UPA", 95)->source == "Today's Chanakya");
}

TEST_CASE("context: 'based on results from all 276 constituencies' is full coverage") {
  auto d = test::extract(
      " date 2024-12-10 Results\n\n"
      "JoyNews' own collation, based on results from all 276 constituencies, puts the NDC on 185 and the NPP on 87.\n");
  REQUIRE(find(d, "NDC", 185));
  REQUIRE(find(d, "NDC", 185)->coverage);
  CHECK(find(d, "NDC", 185)->coverage->declared == 276);
  CHECK(find(d, "NDC", 185)->coverage->total == std::optional<int>(276));
  CHECK(find(d, "NDC", 185)->status == Status::final);
}

TEST_CASE("context: a footer stays under its table; a widget's 'Results 650 of 650' covers its rows") {
  auto d = test::extract(
      " date 2023-10-23 Swiss election\n\n"
      "06:00\nThe Federal Statistical Office has published the final results for the National Council:\n"
      "SVP 62, SP 41, FDP 28.\n\n"
      "22:40\nThe Council of States: 28 of the 46 seats have been filled so far.\n");
  REQUIRE(find(d, "SVP", 62));
  CHECK_FALSE(find(d, "SVP", 62)->coverage);
  auto w = test::extract(
      " date 2024-07-05 Results\n\nResults 650 of 650\nLab\n411\nChange\n+209\nCon\n121\nChange\n-251\n");
  REQUIRE(find(w, "Conservative", 121));
  REQUIRE(find(w, "Conservative", 121)->coverage);
  CHECK(find(w, "Conservative", 121)->coverage->declared == 650);
  CHECK_FALSE(find(w, "Results", 650));
}
