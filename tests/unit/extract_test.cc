#include <catch2/catch.hpp>

#include "test_support.h"

using namespace tally;
using tally::test::extract;
using tally::test::pairs;
using V = std::vector<std::string>;

TEST_CASE("leading, trailing and followed-by with a named source and coverage") {
  auto d = extract(
      " date 2024-02-09 Going by provisional figures released by the Election Commission of Pakistan for 150 out of "
      "265 seats, independents are ahead with 60 seats. The PML-N is trailing with 41 seats, followed by the PPP at 33.");
  CHECK(pairs(d) == V{"Independents=60", "PML-N=41", "PPP=33"});
  for (auto& o : d.observations) {
    CHECK(o.source == "Election Commission of Pakistan");
    CHECK(o.source_kind == SourceKind::electoral_body);
    CHECK(o.status == Status::provisional);
    REQUIRE(o.coverage);
    CHECK(o.coverage->declared == 150);
    CHECK(o.coverage->total == 265);
    CHECK(o.chamber == "National Assembly");
  }
  CHECK(d.observations[0].basis == Basis::leading);
}

TEST_CASE("respectively lists pair parties with numbers in order") {
  auto d = extract("Results called by Dawn News show the PTI, PML-N and PPP on 70, 55 and 41 seats respectively.");
  CHECK(pairs(d) == V{"PTI=70", "PML-N=55", "PPP=41"});
  CHECK(d.observations[0].source == "Dawn");
  CHECK(d.observations[0].source_kind == SourceKind::media);
}

TEST_CASE("X bagged N while Y got M and Z K; smaller parties as Others") {
  auto d = extract("The ANC bagged 159 seats while the DA got 87 and the EFF 39. Smaller parties secured 31 seats.");
  CHECK(pairs(d) == V{"ANC=159", "DA=87", "EFF=39", "Others=31"});
  CHECK(d.country == "ZA");
  CHECK(d.observations[0].chamber == "National Assembly (ZA)");
}

TEST_CASE("two seats each, number words, chamber in the noun phrase") {
  auto d = extract("MQM-P won seven NA seats, and the IPP and PML-Q took three seats each.");
  CHECK(pairs(d) == V{"MQM-P=7", "IPP=3", "PML-Q=3"});
  CHECK(d.observations[0].chamber == "National Assembly");
}

TEST_CASE("N of M: a tally with the chamber size, not coverage") {
  auto d = extract(" date 2018-07-27 The PTI had won 116 of the 270 seats contested, official results showed.");
  REQUIRE(pairs(d) == V{"PTI=116"});
  CHECK_FALSE(d.observations[0].coverage);
  CHECK(d.observations[0].chamber_seats == 270);
  CHECK(d.observations[0].status == Status::official);
}

TEST_CASE("a possessive resolves to the party named with the person earlier") {
  auto d = extract(
      "Nawaz Sharif thanked voters after his Pakistan Muslim League-Nawaz did well. Sharif's party won 75 seats.");
  CHECK(pairs(d) == V{"PML-N=75"});
  CHECK(d.observations[0].party_text == "Sharif's party");
}

TEST_CASE("an acronym defined in parentheses is an alias for the rest of the article") {
  auto d = extract(
      "The Bangladesh Nationalist Party (BNP) boycotted. The Awami League (AL) swept the vote. The AL won 222 seats "
      "and the Jatiya Party 11, the election commission said.");
  CHECK(pairs(d) == V{"AL=222", "Jatiya Party=11"});
}

TEST_CASE("headline lists and table lines") {
  auto d = extract("Independents 101, PML-N 75, PPP 54\n\nBJP: 240\nINC: 99\n");
  CHECK(pairs(d) == V{"Independents=101", "PML-N=75", "PPP=54", "BJP=240", "INC=99"});
}

TEST_CASE("N seats went to X; qualifiers") {
  auto d = extract("At least 30 seats went to the SNP. Labour won more than 400 seats and the Tories nearly 120 seats.");
  REQUIRE(pairs(d) == V{"SNP=30", "Labour=400", "Conservative=120"});
  CHECK(d.observations[0].qualifier == Qualifier::at_least);
  CHECK(d.observations[1].qualifier == Qualifier::more_than);
  CHECK(d.observations[2].qualifier == Qualifier::about);
}

TEST_CASE("a projected range from an exit poll") {
  auto d = extract("An exit poll by Axis My India projected the BJP to win between 230 and 250 seats.");
  REQUIRE(pairs(d) == V{"BJP=230"});
  CHECK(d.observations[0].qualifier == Qualifier::range);
  CHECK(d.observations[0].seats_max == 250);
  CHECK(d.observations[0].status == Status::projected);
  CHECK(d.observations[0].source_kind == SourceKind::pollster);
}

TEST_CASE("historical counts are flagged") {
  auto d = extract(" date 2024-06-04 The BJP won 240 seats, down from 303 in 2019.");
  CHECK(pairs(d) == V{"BJP=240", "BJP=303(h)"});
}

TEST_CASE("not tallies: chamber sizes, candidates, votes, percentages, years, codes, majorities, changes") {
  CHECK(extract("As many as 17,816 candidates contested for 265 National Assembly, 296 Punjab Assembly and 51 "
                "Balochistan seats.").observations.empty());
  CHECK(extract("The PTI polled 16,903,702 votes, about 31.8 percent of the total.").observations.empty());
  CHECK(extract("The BJP got 36.6% of the vote while Congress got 1,71,024 votes in Rae Bareli.").observations.empty());
  CHECK(extract("PML-N candidate won NA-130 in 2024 after losing it in 2018.").observations.empty());
  CHECK(extract("A party needs 169 seats in the 336-member house for a majority; the PTI needs 134 seats.").observations.empty());
  CHECK(extract("Labour gained 211 seats while the Conservatives lost 251.").observations.empty());
  CHECK(extract("Labour won with a 174-seat majority.").observations.empty());
  CHECK(extract("Imran Khan, 71, has been in jail since August 2023.").observations.empty());
}

TEST_CASE("news agencies and photo credits are not parties") {
  auto d = extract("\"We respect the result,\" the spokesperson told PTI. (Photo via AP) The count went on for 12 hours.");
  CHECK(d.observations.empty());
}

TEST_CASE("an ambiguous name stays as written, with a warning") {
  Tables t;
  t.parties.push_back({"Alpha Party", "AA", "", "", {"Unity"}});
  t.parties.push_back({"Beta Party", "BB", "", "", {"Unity"}});
  Lexicon lex(t);
  auto d = extract_document("x.txt", "Unity won 12 seats.", lex);
  REQUIRE(d.observations.size() == 1);
  CHECK(d.observations[0].party == "Unity");
  REQUIRE_FALSE(d.warnings.empty());
  CHECK(d.warnings[0].find("ambiguous") != std::string::npos);
}

TEST_CASE("CRLF text gives the same observations as LF text") {
  std::string lf = " date 2024-02-09 Line one.\nAccording to Geo News, the PTI leads with 80 seats.\n";
  std::string crlf = lf;
  for (std::size_t at = crlf.find('\n'); at != std::string::npos; at = crlf.find('\n', at + 2)) crlf.insert(at, "\r");
  // decode_text is what turns CRLF into LF; the extractor sees the same text.
  CHECK(pairs(extract(lf)) == V{"PTI=80"});
}

TEST_CASE("earlier and new levels of one count: from N to M, down from N, to M from N") {
  auto d = extract(" date 2024-02-10 In an article about seats, the PPP won 54 seats. The PPP went from 43 to 54.");
  bool historical_43 = false, current_54 = false;
  for (auto& o : d.observations) {
    if (o.party == "PPP" && o.seats == 43) historical_43 = o.historical;
    if (o.party == "PPP" && o.seats == 54) current_54 = current_54 || !o.historical;
  }
  CHECK(historical_43);
  CHECK(current_54);
  auto e = extract(" date 2024-06-05 The BJP won 240 seats, 32 short of a majority and down from 303 in 2019.");
  REQUIRE(e.observations.size() == 2);
  CHECK(e.observations[1].seats == 303);
  CHECK(e.observations[1].party == "BJP");
  CHECK(e.observations[1].historical);
  CHECK_FALSE(e.observations[0].historical);
}

TEST_CASE("a gapped second clause makes the first a count: X has five and Y three") {
  auto d = extract(" date 2024-02-10 The JUI-F has five and the MQM-P three.");
  CHECK(pairs(d) == V{"JUI-F=5", "MQM-P=3"});
}

TEST_CASE("parties the tables do not know: acronyms and named winners") {
  auto d = extract(" date 2023-02-27 ABUJA - The APC won 59 seats in the Senate, the Independent National Electoral "
                   "Commission said.");
  CHECK(pairs(d) == V{"APC=59"});
  CHECK(d.country == "NG");
  REQUIRE(d.observations.size() == 1);
  CHECK(d.observations[0].source == "Independent National Electoral Commission");
  CHECK(d.observations[0].source_kind == SourceKind::electoral_body);
  auto p = extract(" date 2023-10-16 WARSAW - Law and Justice won 194 seats, according to the National Electoral "
                   "Commission.");
  CHECK(pairs(p) == V{"Law and Justice=194"});
  CHECK(p.country == "PL");
  // a sentence opener is not a party
  CHECK(extract(" date 2023-10-16 Officials won 194 seats.").observations.empty());
}

TEST_CASE("another country's party name is kept as written, not mapped to the table's party") {
  auto d = extract(" date 2025-02-24 BERLIN - In Germany's election the Greens won 85 seats, German media said.");
  REQUIRE(d.observations.size() == 1);
  CHECK(d.country == "DE");
  CHECK(d.observations[0].party != "Green");  // the British Green Party's canonical name
}

TEST_CASE("electoral bodies named Council or Institute") {
  auto d = extract(" date 2023-05-29 The AKP won 268 seats, according to the Supreme Election Council.");
  REQUIRE(d.observations.size() == 1);
  CHECK(d.observations[0].source == "Supreme Election Council");
  CHECK(d.observations[0].source_kind == SourceKind::electoral_body);
}

TEST_CASE("a count given for a name the tables do not know: N seats for X") {
  auto d = extract(" date 2023-11-23 THE HAGUE - Exit polls gave 35 seats for the PVV and 25 for GroenLinks-PvdA.");
  CHECK(pairs(d) == V{"PVV=35", "GroenLinks-PvdA=25"});
  for (auto& o : d.observations) CHECK(o.status == Status::projected);
}

TEST_CASE("a person tied to a party by 'founded by' resolves 'X's party' later") {
  auto d = extract(" date 2024-06-02 MK, the party founded by former president Jacob Zuma, came third. Zuma's party won "
                   "58 seats.");
  CHECK(pairs(d) == V{"MK=58"});
}

TEST_CASE("named winners: auxiliaries before the verb, has N seats, and not chambers") {
  auto d = extract(" date 2025-05-04 CANBERRA - Labor is on track to win at least 90 of the 150 seats. The Coalition has 41 "
                   "seats. Parliament has 150 seats.");
  CHECK(pairs(d) == V{"Labor=90", "Coalition=41"});
  auto e = extract(" date 2024-11-06 Democrats have won 208 seats so far, with nine races still to be called.");
  REQUIRE(e.observations.size() == 1);
  CHECK_FALSE(e.observations[0].coverage);  // nine races not yet called are not a coverage
}

TEST_CASE("number lists pair with a party list of the same length, or with nobody") {
  CHECK(pairs(extract("PTI, PML-N and PPP won 90, 75 and 54 seats.")) == V{"PTI=90", "PML-N=75", "PPP=54"});
  CHECK(pairs(extract("Kaan Party and Loan Party won 1 and 2 seats, respectively.")) == V{"Kaan Party=1", "Loan Party=2"});
  CHECK(pairs(extract("ANP won 5, 6, 7 seats.")).empty());
  CHECK(pairs(extract("PTI and PPP won 90, 54 and 17 seats respectively.")).empty());
  // a count with a seat noun ends a list; a change is not a list item
  CHECK(pairs(extract("PTI won 93 seats and PPP 54.")) == V{"PTI=93", "PPP=54"});
  CHECK(pairs(extract("The PPP won six, two more than in 2018.")) == V{"PPP=6"});
}

TEST_CASE("nonsense is not a count: reversed ranges, a part over the whole, numbers beyond any chamber") {
  CHECK(pairs(extract("BAP won between 900 and 10 seats.")).empty());
  CHECK(pairs(extract("JI won 300 of the 272 seats.")).empty());
  CHECK(pairs(extract("GDA won ninety-nine thousand seats.")).empty());
  CHECK(pairs(extract("JUI-F won ninety-nine quintillion seats.")).empty());
  CHECK(pairs(extract("In 2024 PTI won 90 seats.")) == V{"PTI=90"});
}

TEST_CASE("'the party' right after a name and a comma restates that name, not the party before") {
  auto d = extract(" date 2024-03-20 PDI-P will hold 110 seats. Golkar came second with 102 and Gerindra, the party of "
                   "president-elect Prabowo Subianto, took 86.");
  CHECK(pairs(d) == V{"PDI-P=110", "Golkar=102", "Gerindra=86"});
}

TEST_CASE("an age after a hyphenated name is not a count") {
  CHECK(pairs(extract("The JUI-F of cleric Fazl ur-Rehman, 70, took four seats.")) == V{"JUI-F=4"});
}

TEST_CASE("'at N' beside a share ('at 31 percent', 'at 24.5') is a share too") {
  CHECK(pairs(extract("A Gallup survey puts the PTI at 31 percent, the PML-N at 24.5 and the PPP at 14.")).empty());
  CHECK(pairs(extract("A survey puts the PTI at 31 percent; the PML-N won 75 seats.")) == V{"PML-N=75"});
}

TEST_CASE("members listed after 'coalition of' do not hold the coalition's count") {
  auto p = pairs(extract("The ruling Grand Unity coalition of the PML-N, the PPP and the MQM-P is set to win 170 seats."));
  for (const auto& x : p) {
    CHECK(x.rfind("PML-N", 0) != 0);
    CHECK(x.rfind("PPP", 0) != 0);
    CHECK(x.rfind("MQM-P", 0) != 0);
  }
}

TEST_CASE("after a copula, 'the largest party' restates the subject") {
  CHECK(pairs(extract("The PML-N won 75 seats. The PPP became the largest party with 84.")) == V{"PML-N=75", "PPP=84"});
  CHECK(pairs(extract("The PML-N won 75 seats. The PTI remains by far the largest party with 93 seats.")) ==
        V{"PML-N=75", "PTI=93"});
}

TEST_CASE("a number right before 'independents' counts them when a verb of winning follows") {
  CHECK(pairs(extract("The PML-N won 75 seats, and 93 independents were returned.")) == V{"PML-N=75", "Independents=93"});
  CHECK(pairs(extract("Officials said 45 independents had registered, and the PPP won 54 seats.")) == V{"PPP=54"});
  CHECK(pairs(extract("Some 300 independent candidates are standing this year.")).empty());
}

namespace {
std::vector<std::string> sources(const DocumentResult& d) {
  std::vector<std::string> out;
  for (auto& o : d.observations) out.push_back(o.source.value_or("-"));
  return out;
}
}  // namespace

TEST_CASE("sources the tables do not know: forecasters, 'according to X', quoting, pronouns") {
  CHECK(sources(extract("Pulsewise projected 90 seats for the PTI.")) == V{"Pulsewise"});
  CHECK(sources(extract("Only one firm, Vantage Metrics, predicted that the PPP would take 60 seats.")) == V{"Vantage Metrics"});
  CHECK(sources(extract("The PML-N should win about 80 seats, according to Datawise.")) == V{"Datawise"});
  CHECK(sources(extract("The PPP has 54 seats, according to the Evening Courier's count.")) == V{"Evening Courier"});
  // the body named in an opening "With ..." phrase gave the coverage; the main clause's attribution wins
  CHECK(sources(extract("With results from 200 of 265 seats released by the Election Commission, the PTI has 90 seats, "
                        "according to the Evening Courier's count.")) == V{"Evening Courier"});
  // the one quoting is the source
  CHECK(sources(extract("Kohinoor TV, quoting returning officers, says the PTI has won 91 seats.")) == V{"Kohinoor TV"});
  // a pronoun or a generic noun for the source of the sentence before
  auto d = extract("Gallup Pakistan released its exit poll at 9pm. It projects the PTI on 95 seats.");
  CHECK(sources(d) == V{"Gallup Pakistan"});
  // the first word of a sentence is no forecaster, nor is a person
  CHECK(sources(extract("Updated projection: the PTI on 97 seats.")) == V{"-"});
  CHECK(sources(extract("Party leader Omar Qadri predicted the PTI would win 120 seats.")) == V{"-"});
}

TEST_CASE("a bare list right after a forecast continues the forecast, even with long party names") {
  auto d = extract("Exit poll: Pulsewise's survey gives the PTI 95 seats. Pakistan Muslim League-Nawaz 70, Pakistan "
                   "Peoples Party 40, Muttahida Qaumi Movement-Pakistan 15, Jamiat Ulema-e-Islam 6.");
  REQUIRE(d.observations.size() == 5);
  for (auto& o : d.observations) {
    CHECK(o.source == "Pulsewise");
    CHECK(o.status == Status::projected);
  }
  // a sentence with its own verb is not such a list
  d = extract("Exit poll: Pulsewise's survey gives the PTI 95 seats. Later the PML-N won 70 seats.");
  REQUIRE(d.observations.size() == 2);
  CHECK(d.observations[1].status != Status::projected);
}

TEST_CASE("wording that makes a count an expectation gives status projected") {
  for (const char* text : {"The PTI is expected to win 95 seats.", "The PTI could take 95 seats.",
                           "The PTI is on course to win 95 seats.", "The PTI looks set to win 95 seats."}) {
    auto d = extract(text);
    REQUIRE(d.observations.size() == 1);
    CHECK(d.observations[0].status == Status::projected);
  }
}

TEST_CASE("'won one each' shares a count among listed names, names the tables do not know included") {
  CHECK(pairs(extract("The PPP won 54, while the Farmers Party of Sindh, the Awami Tehreek and the Coastal People's Party won "
                      "one each.")) == V{"PPP=54", "Farmers Party of Sindh=1", "Awami Tehreek=1", "Coastal People's Party=1"});
  CHECK(pairs(extract("The Hill Workers Party and the River Valley League won a seat each.")) ==
        V{"Hill Workers Party=1", "River Valley League=1"});
  // people are no parties, and a list needs 'and'
  CHECK(pairs(extract("In March, Ahmed and Khan won two each in the chess tournament.")).empty());
}

TEST_CASE("a paragraph that opens in a past year tells of that year until a present marker") {
  auto d = extract(" date 2024-02-10 In 2013, the PPP won 42 seats. The PML-N took 126 seats. Now the PML-N has 75 "
                   "seats.\n\nThe PTI won 93 seats.");
  CHECK(pairs(d) == V{"PPP=42(h)", "PML-N=126(h)", "PML-N=75", "PTI=93"});
}

TEST_CASE("names: a bracketed qualifier, a prefixed adjective, a titled person") {
  CHECK(pairs(extract("The PTI won 90 seats and the Awami Dal (Progressive) 12.")) == V{"PTI=90", "Awami Dal (Progressive)=12"});
  auto d = extract("The pro-Sindhi Coastal Workers Movement took 11 seats.");
  REQUIRE(d.observations.size() == 1);
  CHECK(d.observations[0].party_text == "Coastal Workers Movement");
  CHECK(pairs(extract("The bloc led by opposition leader Omar Qadri has 120 of the 336 seats.")).empty());
}

TEST_CASE("a name written in lower case with a capital inside is still a name") {
  auto d = extract("The eKasi Civic Movement has won 9 seats in the Gauteng Provincial Legislature.");
  REQUIRE(d.observations.size() == 1);
  CHECK(d.observations[0].party_text == "eKasi Civic Movement");
  CHECK(d.observations[0].seats == 9);
}

TEST_CASE("'nationally' brings the count back from a province to the national chamber") {
  auto d = extract(" date 2024-06-01 In the Western Cape Provincial Legislature, the DA won 24 seats, the electoral "
                   "commission said. Nationally, the DA has 87 seats and the ANC 159.");
  REQUIRE(pairs(d) == V{"DA=24", "DA=87", "ANC=159"});
  CHECK(d.observations[0].chamber != d.observations[1].chamber);
  CHECK(d.observations[1].chamber == "National Assembly (ZA)");
  CHECK(d.observations[2].chamber == "National Assembly (ZA)");
}

TEST_CASE("an outlet named in apposition to 'state broadcaster' is the source") {
  auto d = extract("The Awami League won 210 seats, the state broadcaster BTV reported.");
  REQUIRE(d.observations.size() == 1);
  REQUIRE(d.observations[0].source);
  CHECK(*d.observations[0].source != "State media");
}

TEST_CASE("a sentence that opens in the past frames the rest of its paragraph") {
  // mid-paragraph, without a comma after the year
  auto d = extract(" date 2024-03-01 The new house looks like the old one. In 2019 the Unity Party won 140 seats. The "
                   "Farmers League, then the main opposition, ended with 30. This time the Unity Party has 150.");
  CHECK(pairs(d) == V{"Unity Party=140(h)", "Farmers League=30(h)", "Unity Party=150"});
  // counting back: "Five years ago, ..."
  d = extract(" date 2024-03-01 Five years ago, the Unity Party won 140 seats. The Farmers League managed 30.\n\nThe "
              "Farmers League won 55 seats on Sunday.");
  CHECK(pairs(d) == V{"Unity Party=140(h)", "Farmers League=30(h)", "Farmers League=55"});
  // a comparison that opens a sentence is no past frame
  d = extract(" date 2024-03-01 Compared with 2019, the Unity Party did worse. The Unity Party won 120 seats.");
  CHECK(pairs(d) == V{"Unity Party=120"});
}

TEST_CASE("earlier levels: 'N years ago' after the number, the seats a party won, 'down from' further away") {
  CHECK(pairs(extract(" date 2024-06-05 The Unity Party won 140 seats, down from 170 six years ago.")) ==
        V{"Unity Party=140", "Unity Party=170(h)"});
  CHECK(pairs(extract(" date 2024-06-05 That is well below the 170 seats the Unity Party won in 2019.")) ==
        V{"Unity Party=170(h)"});
  CHECK(pairs(extract(" date 2024-06-05 The Unity Party won 140 seats in the election, the commission said on Tuesday "
                      "evening after a long count, leaving it 20 short of a majority and down from 170 in 2019.")) ==
        V{"Unity Party=140", "Unity Party=170(h)"});
  CHECK(pairs(extract(" date 2024-06-05 The Unity Party went from 90 seats in 2011 to 60 four years later.")) ==
        V{"Unity Party=90(h)", "Unity Party=60(h)"});
  // days ago is this election
  CHECK(pairs(extract(" date 2024-06-05 The Unity Party won 140 seats two days ago.")) == V{"Unity Party=140"});
}

TEST_CASE("'with N seats' after a majority is a count; 'would have ended up with' is not; 'this month' is now") {
  CHECK(pairs(extract("The Unity Party secured a two-thirds majority in the Punjab Assembly with 140 seats.")) ==
        V{"Unity Party=140"});
  CHECK(pairs(extract("Under the old rules the Unity Party would have ended up with 150.")).empty());
  CHECK(pairs(extract(" date 2024-03-01 Five years ago, the Unity Party won 140 seats. This month, the Unity Party "
                      "won 90 seats.")) == V{"Unity Party=140(h)", "Unity Party=90"});
}

TEST_CASE("a known acronym with a faction's letter is a party of its own") {
  auto d = extract(" date 2024-02-10 Seats won in the assembly:\nPTI: 90\nPTI-P: 2\n");
  CHECK(pairs(d) == V{"PTI=90", "PTI-P=2"});
}

TEST_CASE("respectively: 'one' pairs like any number; an unknown acronym coordinated with a known party") {
  CHECK(pairs(extract(" date 2024-06-05 The SP won 37. Its allies, the XKD and the Samajwadi Party, won two and one "
                      "respectively.")) == V{"SP=37", "XKD=2", "SP=1"});
  CHECK(pairs(extract(" date 2024-06-05 The CEO and the BJP chief met on Monday.")).empty());
}

TEST_CASE("a table name also written in capitals matches as written in either case") {
  auto d = extract(" date 2024-06-01 Rise Mzansi won 2 seats in the National Assembly.");
  REQUIRE(d.observations.size() == 1);
  CHECK(d.observations[0].party == "RISE Mzansi");
  CHECK(d.observations[0].chamber == "National Assembly (ZA)");
}

TEST_CASE("a person's party is resolved by a tie named anywhere in the article, and an office holder's too") {
  CHECK(pairs(extract(" date 2024-03-01 The party of veteran opposition leader Maria Okonkwo was ahead in 41 "
                      "constituencies. Okonkwo's Unity Party rejected the count.")) == V{"Unity Party=41"});
  CHECK(pairs(extract(" date 2024-03-01 Premier Tomas Reed conceded as his Unity Party lost ground. With every seat "
                      "declared, the premier's party had 77 seats, down from 95 at the 2020 election.")) ==
        V{"Unity Party=77", "Unity Party=95(h)"});
  // a person never tied to a party: the count is nobody's, not the party named before
  CHECK(pairs(extract(" date 2024-07-05 The Meadow League took 14 seats. Lopez's party won 30.")) ==
        V{"Meadow League=14"});
  // in apposition, the party of a person restates the name before it
  CHECK(pairs(extract(" date 2024-03-01 The Harbour Alliance came second with 40 and the Unity Party, the party of "
                      "retired general Ana Silva, took 33.")) == V{"Harbour Alliance=40", "Unity Party=33"});
}

TEST_CASE("'its tally' refers to the party just talked about") {
  CHECK(pairs(extract(" date 2024-07-05 For the Unity Party, the night was grim. Its tally fell to 12 from 40 in the "
                      "last parliament.")) == V{"Unity Party=12", "Unity Party=40(h)"});
  CHECK(pairs(extract(" date 2024-07-05 The Unity Party won 90 seats. Three years on, its seat tally stands at 61.")) ==
        V{"Unity Party=90", "Unity Party=61"});
  CHECK(pairs(extract(" date 2024-07-05 The commission said its total budget was 40 million.")).empty());
}

TEST_CASE("the remaining seats shared among smaller parties are the others' count") {
  CHECK(pairs(extract(" date 2024-06-02 The Unity Party won 200 seats and the Harbour Alliance 150. The remaining nine "
                      "seats went to four smaller parties.")) == V{"Unity Party=200", "Harbour Alliance=150", "Others=9"});
  CHECK(pairs(extract(" date 2024-06-02 The Hill Front, the Valley League and the Coastal Party were among the minor "
                      "parties splitting the remaining 11 seats.")) == V{"Others=11"});
  // a size of a part of the chamber, not a count
  CHECK(pairs(extract(" date 2024-06-02 Of the 200 seats, 170 are directly elected. The remaining 30 are list seats, "
                      "allocated among parties in proportion to their vote.")).empty());
}

TEST_CASE("a list between dashes shares 'one seat each'; 'a X ally' does not hold the gapped count") {
  CHECK(pairs(extract(" date 2024-01-08 The Unity Party won 220 seats. Three minor parties - the Coastal People's "
                      "Party, the Hill Front and the Valley League - won one seat each.")) ==
        V{"Unity Party=220", "Coastal People's Party=1", "Hill Front=1", "Valley League=1"});
  CHECK(pairs(extract(" date 2024-02-09 The PML-N won 75, and the MQM-P, a PML-N ally, only 17.")) ==
        V{"PML-N=75", "MQM-P=17"});
}

TEST_CASE("more verbs of change to a level; 'for the opposition X'; a tally over a region's seats") {
  CHECK(pairs(extract(" date 2024-06-01 The ANC won 159 seats. The EFF slid to 39 from 44.")) ==
        V{"ANC=159", "EFF=39", "EFF=44(h)"});
  CHECK(pairs(extract(" date 2024-11-20 One pollster projected 150-170 seats for the Unity Party and 110-130 for "
                      "the opposition Harbour Alliance.")) == V{"Unity Party=150", "Harbour Alliance=110"});
  auto d = extract(" date 2024-06-07 The Samajwadi Party's tally stood at 37 of the state's 80 seats when the final "
                   "results were announced.");
  REQUIRE(pairs(d) == V{"SP=37"});
  CHECK_FALSE(d.observations[0].coverage);
  CHECK(pairs(extract(" date 2024-01-08 More than 50 independent candidates were ahead, while the Awami League led in "
                      "200.")) == V{"Independents=50", "AL=200"});
}

TEST_CASE("a source compared with is not the source; a named attribution wins over 'X had'") {
  auto d = extract(" date 2024-06-04 The BJP won 240 seats, fewer than exit polls had forecast, according to results "
                   "declared by the Election Commission of India.");
  REQUIRE(pairs(d) == V{"BJP=240"});
  CHECK(d.observations[0].source == "Election Commission of India");
  d = extract(" date 2024-06-04 The BJP won 240 seats, fewer than exit polls had forecast.");
  REQUIRE(pairs(d) == V{"BJP=240"});
  CHECK_FALSE(d.observations[0].source);
  d = extract(" date 2024-02-07 A survey conducted by Gallup Pakistan projected that the PTI would win 95 seats.");
  REQUIRE(pairs(d) == V{"PTI=95"});
  CHECK(d.observations[0].source == "Gallup Pakistan");
}

TEST_CASE("sources: a live blog's time stamp before 'With results from ...'; 'and the broadcaster projects'") {
  auto d = extract(" date 2024-11-15 10:05 pm - With returns from 30 of 160 constituencies published by the Election "
                   "Commission, the NPP leads in 25, according to a count by Ada Derana TV.");
  REQUIRE(pairs(d) == V{"NPP=25"});
  CHECK(d.observations[0].source == "Ada Derana");
  d = extract(" date 2019-12-13 Sky News has called the election for the Conservatives. With 600 of 650 seats "
              "declared, the Tories have 340, and the broadcaster projects a final total of about 360.");
  REQUIRE(pairs(d) == V{"Conservative=340", "Conservative=360"});
  CHECK(d.observations[0].source == "Sky News");
  CHECK(d.observations[1].source == "Sky News");
}

TEST_CASE("a forecast right after one keeps its source, within the paragraph; results named without seats") {
  auto d = extract(" date 2019-12-12 The survey, carried out by Ipsos for the broadcasters, projected that the "
                   "Tories would win 360 seats. Labour was forecast to slump to 190.\n\nThe SNP was projected to take "
                   "50 seats.");
  REQUIRE(pairs(d) == V{"Conservative=360", "Labour=190", "SNP=50"});
  CHECK(d.observations[1].source == "Ipsos");
  CHECK_FALSE(d.observations[2].source);
  d = extract(" date 2024-06-03 The ANC's share of the vote fell to 34.8%, final results published by the IEC show. "
              "In the provincial legislature, the ANC won 28 seats.");
  REQUIRE(pairs(d) == V{"ANC=28"});
  CHECK(d.observations[0].source == "Electoral Commission of South Africa");
}

TEST_CASE("past: ', when X, then led by Y, slumped to N'; a quotation is no opening phrase") {
  CHECK(pairs(extract(" date 2024-07-05 In Britain the Conservatives had won 365 seats at the previous election, when Labour, "
                      "then led by a veteran left-winger, slumped to 202. This time Labour won 411 seats.")) ==
        V{"Conservative=365(h)", "Labour=202(h)", "Labour=411"});
  CHECK(pairs(extract(" date 2024-02-07 \"The polls were wrong in 2013 and will be wrong again,\" said a spokesman, "
                      "adding that the PML-N expected to win no fewer than 100 seats.")) == V{"PML-N=100"});
}

TEST_CASE("not seats: a stock index, 'N of the M districts', results to be challenged; a counterfactual gapped") {
  CHECK(pairs(extract(" date 2024-07-05 Labour won 411 seats, and the FTSE 100 index rose 0.5%.")) == V{"Labour=411"});
  CHECK(pairs(extract(" date 2024-11-15 The NPP won 159 seats. The party won in 21 of the 22 districts.")) ==
        V{"NPP=159"});
  CHECK(pairs(extract(" date 2024-02-10 The MQM-P won 17 seats. Its leader said the party would challenge results in "
                      "at least 12 constituencies.")) == V{"MQM-P=17"});
  CHECK(pairs(extract(" date 2024-02-10 The Unity Party won 150 seats. The Harbour Alliance challenges the count and "
                      "holds 140.")) == V{"Unity Party=150", "Harbour Alliance=140"});
  CHECK(pairs(extract(" date 2024-07-08 Under proportional rules the Unity Party would have ended up with 120 and the "
                      "Harbour Alliance with 60.")).empty());
}

TEST_CASE("another subject in a relative clause; ', which holds N' after a listed name") {
  CHECK(pairs(extract(" date 2024-07-08 The Unity Party holds 63 seats, and the Harbour Alliance 22, after the 2021 "
                      "election in which the nationalists won 64 seats.")) == V{"Unity Party=63", "Harbour Alliance=22"});
  CHECK(pairs(extract(" date 2024-06-20 The Unity Party, with 90 seats, joined the government, along with smaller "
                      "parties including the Hill Front, which holds one seat.")) == V{"Unity Party=90", "Hill Front=1"});
}

TEST_CASE("a name with its acronym glued on; an acronym used before the story defines it; a headline's chamber") {
  auto d = extract(" date 2024-01-10 The Jatiya Samajtantrik Dal-JSD won one seat.");
  REQUIRE(pairs(d) == V{"JSD=1"});
  CHECK(d.observations[0].party_text == "Jatiya Samajtantrik Dal-JSD");
  d = extract(" date 2024-01-10 AL 224, JP 11: gazette published\n\nThe Awami League won 224 seats and the Jatiya "
              "Party (JP) 11.");
  CHECK(pairs(d) == V{"AL=224", "Jatiya Party=11"});
  d = extract(" date 2025-02-08 BJP on 48, AAP on 22\n\nThe BJP won 48 of the 70 seats in the Delhi Assembly, and the "
              "AAP 22.");
  REQUIRE(pairs(d) == V{"BJP=48", "AAP=22"});
  CHECK(d.observations[0].chamber == d.observations[1].chamber);
  CHECK(d.observations[0].chamber != "Lok Sabha");
}

TEST_CASE("a person's party after 'backed by' modifies the count's holder") {
  CHECK(pairs(extract(" date 2024-02-09 Independent candidates backed by Omar Farid's party have won 88 seats.")) ==
        V{"Independents=88"});
  CHECK(pairs(extract(" date 2024-02-09 The tally stood at the PML-N (70) and independents backed by Omar Farid's "
                      "party (88).")) == V{"PML-N=70", "Independents=88"});
}

TEST_CASE("status: 'the final allocation of seats', 'the official gazette'; forecasts compared with are not the status") {
  auto d = extract(" date 2024-06-03 The commission on Sunday published the final allocation of all 400 seats. The "
                   "ANC won 159 seats and the DA 87.");
  REQUIRE(pairs(d) == V{"ANC=159", "DA=87"});
  CHECK(d.observations[0].status == Status::final);
  CHECK(d.observations[1].status == Status::final);
  d = extract(" date 2024-01-10 According to the official gazette, the Awami League won 224 seats.");
  REQUIRE(pairs(d) == V{"AL=224"});
  CHECK(d.observations[0].status == Status::official);
  d = extract(" date 2024-06-04 The INDIA bloc won 234 seats, far more than most exit polls had predicted.");
  REQUIRE(d.observations.size() == 1);
  CHECK(d.observations[0].status == Status::unknown);
  d = extract(" date 2017-06-09 Labour won 262 seats, confounding pollsters who had predicted a landslide.");
  REQUIRE(d.observations.size() == 1);
  CHECK(d.observations[0].status == Status::unknown);
  // a forecast that is the count's own stays one
  d = extract(" date 2024-06-01 An exit poll that projects the BJP winning 300 seats was released tonight.");
  REQUIRE(pairs(d) == V{"BJP=300"});
  CHECK(d.observations[0].status == Status::projected);
}

TEST_CASE("'up from seven before the election': a preposition ends the noun phrase after a number") {
  CHECK(pairs(extract(" date 2024-10-28 The Unity Party won 31 seats, up from nine before the vote.")) ==
        V{"Unity Party=31", "Unity Party=9(h)"});
  // the noun phrase still makes a number something other than seats
  CHECK(pairs(extract(" date 2024-10-28 The Unity Party won 31 seats, and 12 polling stations closed early.")) ==
        V{"Unity Party=31"});
}

TEST_CASE("names the tables do not know: 'XYZ, which had N members', 'X is ahead in N of the region's M seats'") {
  CHECK(pairs(extract(" date 2019-05-27 Labour won 10 seats. The NRP, which had six members elected five years ago, "
                      "was wiped out.")) == V{"Labour=10", "NRP=6(h)"});
  CHECK(pairs(extract(" date 2019-05-23 The BJP won 300 seats. The Mahagathbandhan is ahead in about 18 of Bihar's 40 "
                      "seats.")) == V{"BJP=300", "Mahagathbandhan=18"});
  // not a count of seats
  CHECK(pairs(extract(" date 2019-05-23 The BJP won 300 seats. Mumbai is ahead in 18 categories of the index.")) ==
        V{"BJP=300"});
}

TEST_CASE("'the Maoists' is Nepal's Maoist Centre; a count of people is not seats") {
  CHECK(pairs(extract(" date 2022-12-08 In Nepal's Koshi province the UML won 40 seats and the Nepali Congress 29, "
                      "with the Maoists on 13.")) == V{"CPN-UML=40", "Nepali Congress=29", "CPN (Maoist Centre)=13"});
  CHECK(pairs(extract(" date 2024-04-20 In India, Maoists killed 12 soldiers in Chhattisgarh before the vote.")).empty());
}

TEST_CASE("an outlet noun before an unknown name makes the name the source") {
  auto d = extract(
      " date 2022-08-15 The Kenya Kwanza coalition won 159 seats, the broadcaster NTV reported. Azimio took 152 "
      "seats, the news agency Capital Wire said.");
  REQUIRE(d.observations.size() == 2);
  CHECK(d.observations[0].source == "NTV");
  CHECK(d.observations[0].source_kind == SourceKind::media);
  CHECK(d.observations[1].source == "Capital Wire");
}

TEST_CASE("a closing ', X reported.' attributes the sentence and is not coverage") {
  auto d = extract(" date 2024-05-30 The ANC took 159 seats, Reuters reported. The DA won 87 seats, the agency said.");
  REQUIRE(pairs(d) == V{"ANC=159", "DA=87"});
  for (auto& o : d.observations) {
    CHECK(o.source == "Reuters");
    CHECK_FALSE(o.coverage);
  }
}

TEST_CASE("a lower-case electoral commission and an acronym it defines are one electoral body") {
  auto d = extract(
      " date 2024-02-15 The General Elections Commission (KPU) announced results. Gerindra won 86 seats, the KPU "
      "said. The electoral commission said PDI-P won 110 seats.");
  REQUIRE(d.observations.size() == 2);
  CHECK(d.observations[0].source_kind == SourceKind::electoral_body);
  CHECK(d.observations[1].source_kind == SourceKind::electoral_body);
  CHECK(d.observations[0].source == d.observations[1].source);
}

TEST_CASE("counts inside a condition are not tallies") {
  auto d = extract(
      " date 2024-05-30 If the ANC wins 150 seats it will govern alone. Unless the DA takes 40 seats, it cannot "
      "lead. Suppose the EFF wins 30 seats. Had the IFP won 20 seats, things would differ. Were the PA to win 17 "
      "seats, it would be kingmaker. Should the DA take 90 seats, it would lead.");
  CHECK(pairs(d).empty());
}

TEST_CASE("'in the event that' and 'in case' open conditions; 'in the case of' does not") {
  auto d = extract(" date 2024-05-30 In the event that the DA wins 90 seats, it would lead. In case the EFF takes 40 "
                   "seats, talks follow. In the case of KwaZulu-Natal, the ANC won 159 seats.");
  CHECK(pairs(d) == V{"ANC=159"});
}

TEST_CASE("a condition ends at its comma: the count after it stands") {
  auto d = extract(" date 2024-05-30 If the count holds, the ANC won 159 seats. Had it not rained, turnout would be higher. "
                   "The DA had 87 seats, the commission said.");
  CHECK(pairs(d) == V{"ANC=159", "DA=87"});
}

TEST_CASE("'after taking N of the M seats' is a tally with the chamber size, not coverage") {
  auto d = extract(" date 2024-06-05 The BJP formed the government after taking 240 of the 543 seats. The Congress "
                   "secured 99 seats. The SP had 37 seats.");
  REQUIRE(pairs(d) == V{"BJP=240", "INC=99", "SP=37"});
  CHECK(d.observations[0].chamber_seats == 543);
  for (auto& o : d.observations) CHECK_FALSE(o.coverage);
  auto e = extract(" date 2024-07-05 Labour came to power after winning 411 of 650 seats.");
  REQUIRE(pairs(e) == V{"Labour=411"});
  CHECK_FALSE(e.observations[0].coverage);
}

TEST_CASE("'the ruling party' and 'the opposition party' resolve to the parties the article labelled so") {
  auto d = extract(
      " date 2024-01-08 The ruling Awami League swept the polls. The opposition Jatiya Party came second. The "
      "ruling party won 222 seats. The opposition party won 11 seats.");
  CHECK(pairs(d) == V{"AL=222", "Jatiya Party=11"});
}

TEST_CASE("an unlinked role is not given to a party labelled with the other role") {
  auto d = extract(" date 2024-01-08 The opposition Jatiya Party came second. The ruling party won 222 seats.");
  CHECK(pairs(d).empty());
}

TEST_CASE("a mixed-case acronym in brackets is defined like an upper-case one") {
  auto d = extract(" date 2025-02-24 The far-right Alternative for Germany (AfD) doubled its strength to 152 seats.");
  CHECK(pairs(d) == V{"AfD=152"});
}

TEST_CASE("a capitalised run that opens with a title is a person, not a new party") {
  auto d = extract(" date 2022-08-16 The Jubilee Party of outgoing President Uhuru Kenyatta won 28 seats.");
  CHECK(pairs(d) == V{"Jubilee=28"});
}

TEST_CASE("counts in the outgoing chamber and after 'in YEAR,' past a lead-in are historical") {
  auto d = extract(" date 2024-06-07 The ruling Morena party won 236 seats. The ruling party had 202 seats in the "
                   "outgoing chamber.");
  CHECK(pairs(d) == V{"Morena=236", "Morena=202(h)"});
  auto e = extract(" date 2022-11-20 9:00pm - A reminder: in 2018, Barisan Nasional won 79 seats and Pakatan Harapan 113.");
  CHECK(pairs(e) == V{"BN=79(h)", "PH=113(h)"});
}

TEST_CASE("a sentence naming two chambers gives each count the nearest one") {
  auto d = extract(" date 2024-06-02 The ANC won 159 seats nationally. In the KwaZulu-Natal Legislature, the MK "
                   "party won 37 seats, and the IFP took 17 seats in the National Assembly.");
  REQUIRE(d.observations.size() == 3);
  CHECK(d.observations[1].chamber == "KwaZulu-Natal Legislature");
  CHECK(d.observations[2].chamber == "National Assembly (ZA)");
}

TEST_CASE("a source defined with an acronym resolves both ways within the article") {
  auto d = extract(
      " date 2025-06-24 The REB said the Freedom Alliance won 70 seats. Later the Ruritanian Electoral Board (REB) "
      "confirmed the Unity Party won 40 seats. The MCP had 50 seats, the Malawi Electoral Commission (MEC) said.");
  REQUIRE(d.observations.size() == 3);
  CHECK(d.observations[0].source == "Ruritanian Electoral Board");
  CHECK(d.observations[0].source_kind == SourceKind::electoral_body);
  CHECK(d.observations[1].source == "Ruritanian Electoral Board");
  CHECK(d.observations[2].source == "Malawi Electoral Commission");
}

TEST_CASE("lower-case generic bodies: the election body, the electoral authority, the state news agency") {
  auto d = extract(" date 2022-11-20 Pakatan Harapan won 82 seats, the election body said. Perikatan Nasional took 73 "
                   "seats, according to the electoral authority. Barisan Nasional won 30, the state news agency reported.");
  REQUIRE(d.observations.size() == 3);
  CHECK(d.observations[0].source_kind == SourceKind::electoral_body);
  CHECK(d.observations[1].source_kind == SourceKind::electoral_body);
  CHECK(d.observations[2].source == "State media");
}

TEST_CASE("an unlinked 'the ruling party' is reported in a warning") {
  auto d = extract(" date 2024-01-08 The opposition Jatiya Party came second. The ruling party won 222 seats.");
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].find("names no party the article labels so") != std::string::npos);
  auto e = extract(" date 2024-01-08 The ruling Awami League swept the polls. The ruling party won 222 seats.");
  CHECK(pairs(e) == V{"AL=222"});
  CHECK(e.warnings.empty());
}

TEST_CASE("coverage: every result of a kind in, every one that voted out of a larger whole, legislative districts") {
  auto ward = tally::test::extract(
      " date 2022-08-18 ODM will lead the Nairobi City County Assembly, with all 85 ward results now in from the "
      "IEBC. ODM won 33 wards and UDA 28.");
  REQUIRE(ward.observations.size() == 2);
  CHECK(ward.observations[0].coverage == Coverage{85, 85});
  auto voted = tally::test::extract(
      " date 2019-05-24 The Election Commission has declared results for all 542 constituencies that voted, out of "
      "543. The BJP won 303 seats.");
  REQUIRE(voted.observations.size() == 1);
  CHECK(voted.observations[0].coverage == Coverage{542, 543});
  auto districts = tally::test::extract(
      " date 2025-05-18 The Comelec's list, covering 247 of the 254 legislative districts, gives Lakas-CMD 102 seats.");
  REQUIRE(districts.observations.size() == 1);
  CHECK(districts.observations[0].coverage == Coverage{247, 254});
}

TEST_CASE("N of the M seats declared so far, out of a larger whole; 'the official opposition' is no status") {
  auto d = tally::test::extract(
      " date 2021-08-16 LUSAKA, Aug 16 (Reuters) - Zambia's main opposition United Party for National Development "
      "(UPND) had won 71 of the 140 National Assembly seats declared so far, out of 156 elected seats.");
  REQUIRE(d.observations.size() == 1);
  CHECK(d.observations[0].seats == 71);
  CHECK(d.observations[0].coverage == Coverage{140, 156});
  auto opposition = tally::test::extract(" date 2024-12-03 The PDM becomes the official opposition with 20 seats.");
  REQUIRE(opposition.observations.size() == 1);
  CHECK(opposition.observations[0].status == Status::unknown);
}

TEST_CASE("a page stamp's slashed date is read month-first in an American article, day-first elsewhere") {
  auto us = tally::test::extract(
      "Title here\n\nPublished 11/06/2024\n\nWASHINGTON (AP) — Republicans won 220 seats in the U.S. House of "
      "Representatives and Democrats 215, the Associated Press said.\n");
  REQUIRE(us.date);
  CHECK(*us.date == tally::Date{2024, 11, 6});
  auto br = tally::test::extract("Title here\n\nPublished 08/10/2018\n\nThe PT won 56 seats in the Chamber of Deputies.\n");
  REQUIRE(br.date);
  CHECK(*br.date == tally::Date{2018, 10, 8});
}

TEST_CASE("a country the chamber tables do not know: the national chamber the article names, else Parliament") {
  auto sb = tally::test::extract(
      " date 2019-04-08 x\n\nHONIARA, April 8 - Independents won 21 seats in the 50-seat National Parliament of the "
      "Solomon Islands.\n\nKadere Party – 8\n");
  REQUIRE(sb.observations.size() == 2);
  CHECK(sb.country == "SB");
  CHECK(sb.observations[0].chamber.find("Parliament") != std::string::npos);  // as the article names it
  auto sy = tally::test::extract(" date 2024-07-18 x\n\nDAMASCUS - The Baath Party won 169 seats in Syria's parliament.\n");
  REQUIRE(sy.observations.size() == 1);
  CHECK(sy.observations[0].chamber == "Parliament");
}

TEST_CASE("a gapped clause after an ally and a relative clause of having take the time of the count before") {
  auto d = tally::test::extract(
      " date 2021-06-15 x\n\nThe FLN had won 164 seats at the last election in 2017, and its ally the RND 100.\n\n"
      "The Congress, which won 44 seats five years ago, and the Left Front, which had 32, drew a blank this time.\n");
  REQUIRE(d.observations.size() == 4);
  for (const auto& o : d.observations) {
    INFO(o.party << " " << o.seats);
    CHECK(o.historical);
  }
}

TEST_CASE("another country's party name with the acronym the article defines is that acronym") {
  auto d = tally::test::extract(
      " date 2019-04-08 x\n\nHONIARA - The Solomon Islands Electoral Commission has declared all 50 constituencies.\n\n"
      "Standings:\nIndependents – 21\nDemocratic Alliance Party (DAP) – 3\n");
  REQUIRE(d.observations.size() == 2);
  CHECK(d.observations[1].party == "DAP");
}

TEST_CASE("a party's pair of counts after two chambers named in turn is one count of each chamber") {
  auto d = tally::test::extract(
      " date 2022-09-26 x\n\nThe final breakdown gives Brothers of Italy 119 seats in the Chamber of Deputies and 65 in the "
      "Senate, with Forza Italia on 45 and 18.\n");
  REQUIRE(d.observations.size() == 4);
  CHECK(d.observations[2].seats == 45);
  CHECK(d.observations[2].chamber == "Chamber of Deputies (IT)");
  CHECK(d.observations[3].seats == 18);
  CHECK(d.observations[3].chamber == "Senate (IT)");
}

TEST_CASE("a chamber the tables do not know, named after its size (\"the 90-seat Jogorku Kenesh\"), is the default chamber") {
  auto d = tally::test::extract(
      " date 2021-11-29 x\n\nBISHKEK - Six parties share the 54 party-list seats:\n1. Ata-Jurt Kyrgyzstan - 15\n2. Ishenim - 12\n\n"
      "The 90-seat Jogorku Kenesh replaces the 120-member chamber of the last parliament.\n");
  REQUIRE(d.observations.size() == 2);
  CHECK(d.observations[0].chamber == "Jogorku Kenesh");
  auto sl = tally::test::extract(
      " date 2023-06-28 x\n\nFREETOWN - The SLPP won 81 seats in parliament. The 135 elected members sit in the 149-member House.\n");
  REQUIRE(sl.observations.size() == 1);
  CHECK(sl.observations[0].chamber != "House");
}

TEST_CASE("day's small constructions: outgoing council, an adjective before the polls, results so far, a president-elect") {
  auto id = tally::test::extract(" date 2024-03-20 x\n\nIn Jakarta, PDI-P had 25 seats in the outgoing council, Gerindra 19 and PKS 16.\n");
  REQUIRE(id.observations.size() == 3);
  for (const auto& o : id.observations) CHECK(o.historical);
  auto in = tally::test::extract(" date 2024-02-28 x\n\nBefore the biennial polls, the BJP had 93 members in the Rajya Sabha.\n");
  REQUIRE(in.observations.size() == 1);
  CHECK(in.observations[0].historical);
  auto gb = tally::test::extract(" date 2024-07-05 x\n\nLabour now have 326 seats, enough for an overall majority, with 470 results in.\n");
  REQUIRE(gb.observations.size() == 1);
  CHECK(gb.observations[0].seats == 326);
  REQUIRE(gb.observations[0].coverage);
  CHECK(gb.observations[0].coverage->declared == 470);
  auto zm = tally::test::extract(
      " date 2021-08-17 x\n\nLUSAKA - The United Party for National Development (UPND) of president-elect Hakainde Hichilema has "
      "won 82 of the 156 seats.\n");
  REQUIRE(zm.observations.size() == 1);
  CHECK(zm.observations[0].party == "UPND");
}

TEST_CASE("a hung parliament is no chamber's name, and another country's party by name is no party as a sized chamber") {
  auto my = tally::test::extract(
      " date 2022-11-20 GE15: Hung Parliament as no coalition crosses 112\n\nKUALA LUMPUR - Umno won just 26 seats in the "
      "Dewan Rakyat, the Election Commission said.\n");
  REQUIRE(my.observations.size() == 1);
  CHECK(my.observations[0].chamber == "Dewan Rakyat");
  auto gt = tally::test::extract(
      " date 2023-06-30 x\n\nGUATEMALA CITY - The ruling Vamos party will have the largest bloc in the 160-seat Congress, "
      "with 39 deputies, the TSE said.\n");
  for (const auto& o : gt.observations) CHECK(o.party != "Congress");
  CHECK(gt.observations.size() <= 1);
}
