#include <catch2/catch.hpp>

#include "lexicon.h"
#include "text.h"

using namespace tally::detail;

TEST_CASE("tokens: hyphens join, possessives are flagged, numbers carry values") {
  Tokens t = tokenize("Pakistan Muslim League-Nawaz’s 17,816 and 1,71,024 and 31.8% NA-130 Khan's");
  std::vector<std::string> norms;
  for (std::size_t i = 0; i < t.items.size(); ++i) norms.emplace_back(t.norm(i));
  CHECK(norms[2] == "league");
  CHECK(norms[3] == "nawaz");
  CHECK(t.items[3].hyphen_before);
  CHECK(t.items[3].possessive);
  CHECK(t.items[4].value == 17816);
  CHECK(t.items[4].grouping_ok);
  CHECK(t.items[6].value == 171024);
  CHECK(t.items[6].grouping_ok);
  CHECK(t.items[8].decimal);
  CHECK(t.items[9].punct == '%');
  CHECK(t.items[11].hyphen_before);
  CHECK(t.items[12].possessive);
  CHECK(norms[12] == "khan");
}

TEST_CASE("apostrophes do not matter: People's equals Peoples") {
  CHECK(alias_tokens("Pakistan People's Party") == std::vector<std::string>{"pakistan", "people", "party"});
  CHECK(alias_tokens("Pakistan People’s Party") == alias_tokens("Pakistan People's Party"));
  CHECK(alias_tokens("PML-N") == alias_tokens("PML N"));
}

TEST_CASE("sentences: full stops, abbreviations, blank lines and short lines") {
  Tokens t = tokenize("Mr. Khan spoke. The U.S. said so.\n\nHeadline here\nBody text goes on here.");
  REQUIRE(t.sentences.size() == 4);
  CHECK(t.norm(t.sentences[1].first) == "the");
  CHECK(t.norm(t.sentences[2].first) == "headline");
  CHECK(t.norm(t.sentences[3].first) == "body");
}

TEST_CASE("number words") {
  Tokens t = tokenize("two hundred and forty seats, twenty-one, eight, a dozen");
  long v = 0;
  CHECK(number_words(t, 0, t.items.size(), v) == 4);
  CHECK(v == 240);
  CHECK(number_words(t, 6, t.items.size(), v) == 2);
  CHECK(v == 21);
  CHECK(number_words(t, 9, t.items.size(), v) == 1);
  CHECK(v == 8);
  CHECK(number_words(t, 11, t.items.size(), v) == 2);
  CHECK(v == 12);
}
