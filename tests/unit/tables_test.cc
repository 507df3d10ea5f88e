#include <catch2/catch.hpp>

#include "test_support.h"

using namespace tally;
using tally::test::tables;

TEST_CASE("a chamber's name loses the prepositions, articles and results wording around it") {
  CHECK(canonical_chamber(tables(), "In Punjab Assembly", "PK") == "Punjab Assembly");
  CHECK(canonical_chamber(tables(), "Results of the House of Representatives", "JP") == "House of Representatives (JP)");
  CHECK(canonical_chamber(tables(), "the National Assembly", "PK") == "National Assembly");
  CHECK(canonical_chamber(tables(), "Election results for the Sindh Assembly:", "PK") == "Sindh Assembly");
  CHECK(canonical_chamber(tables(), "Lok Sabha election results", "IN") == "Lok Sabha");
  CHECK(canonical_chamber(tables(), "for the Bundestag", "DE") == "Bundestag");
}

TEST_CASE("the spellings a country uses for one chamber give one name") {
  CHECK(canonical_chamber(tables(), "KP Assembly", "PK") == "Khyber Pakhtunkhwa Assembly");
  CHECK(canonical_chamber(tables(), "Khyber Pakhtunkhwa assembly", "PK") == "Khyber Pakhtunkhwa Assembly");
  CHECK(canonical_chamber(tables(), "Khyber-Pakhtunkhwa Assembly", "PK") == "Khyber Pakhtunkhwa Assembly");
  CHECK(canonical_chamber(tables(), "lower house", "IN") == "Lok Sabha");
  CHECK(canonical_chamber(tables(), "the lower house", "PK") == "National Assembly");
  CHECK(canonical_chamber(tables(), "in the Lok Sabha", "IN") == "Lok Sabha");
  CHECK(canonical_chamber(tables(), "Commons", "GB") == "House of Commons");
  CHECK(canonical_chamber(tables(), "the Commons", "CA") == "House of Commons (CA)");
}

TEST_CASE("a canonical name stays itself, whatever the country") {
  CHECK(canonical_chamber(tables(), "National Assembly (ZA)", "ZA") == "National Assembly (ZA)");
  CHECK(canonical_chamber(tables(), "National Assembly (ZA)", "") == "National Assembly (ZA)");
  CHECK(canonical_chamber(tables(), "House of Representatives (JP)", "JP") == "House of Representatives (JP)");
  CHECK(canonical_chamber(tables(), "Scottish Parliament", "GB") == "Scottish Parliament");
  // a name two countries share is left alone without a country
  CHECK(canonical_chamber(tables(), "Senate", "") == "Senate");
  CHECK(canonical_chamber(tables(), "Senate", "US") == "Senate (US)");
}

TEST_CASE("an unknown chamber keeps the words that name it, nothing more") {
  CHECK(canonical_chamber(tables(), "In the Maharashtra Assembly", "IN") == "Maharashtra Assembly");
  CHECK(canonical_chamber(tables(), "Maharashtra assembly", "IN") == "Maharashtra Assembly");
  CHECK(canonical_chamber(tables(), "Results of the Perlis State Assembly", "MY") == "Perlis State Assembly");
  CHECK(canonical_chamber(tables(), "Gauteng Provincial Legislature", "ZA") == "Gauteng Provincial Legislature");
  CHECK(canonical_chamber(tables(), "New Zealand House", "NZ") == "New Zealand House");
  CHECK(canonical_chamber(tables(), "House of Assembly", "XX") == "House of Assembly");
  CHECK(canonical_chamber(tables(), "", "PK").empty());
  CHECK(canonical_chamber(tables(), " : ", "PK").empty());
}

TEST_CASE("a source's spelling gives the table's name for the country, else stays as written") {
  CHECK(canonical_source(tables(), "ECP", "PK") == "Election Commission of Pakistan");
  CHECK(canonical_source(tables(), "the Election Commission of India", "IN") == "Election Commission of India");
  CHECK(canonical_source(tables(), "Statistics Bureau", "SK") == "Statistics Bureau");
  // (a generic name the tables give to two countries' bodies: the article's country decides)
  CHECK(canonical_source(tables(), "Statistical Office", "SK") == "Statistical Office of the Slovak Republic");
  CHECK(canonical_source(tables(), "Statistical Office", "CZ") == "Czech Statistical Office");
}

TEST_CASE("a chamber written without the country suffix of its table name is the country's own") {
  CHECK(canonical_chamber(tables(), "National Assembly", "ZM") == "National Assembly (ZM)");
  CHECK(canonical_chamber(tables(), "the Senate", "CL") == "Senate (CL)");
}

TEST_CASE("a chamber's name written in capitals is written as a name") {
  CHECK(canonical_chamber(tables(), "BOGOT\xc3\x81 CITY COUNCIL", "CO") == "Bogot\xc3\xa1 City Council");
  CHECK(canonical_chamber(tables(), "HANOVER CITY COUNCIL", "DE") == "Hanover City Council");
  CHECK(canonical_chamber(tables(), "KP ASSEMBLY OF THE NORTH", "XX") == "KP Assembly of the North");
}
