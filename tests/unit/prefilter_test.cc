// The first pass of extraction (src/extract/prefilter.h): an article that can hold no tally skips the
// sentence stages, and the results are the same with and without it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/prefilter.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace tally;

namespace {

/// Extracts text with the first pass on or off; says whether the first pass skipped the sentence stages.
DocumentResult read(std::string_view text, bool first_pass, bool* skipped = nullptr) {
  extract::set_first_pass(first_pass);
  std::size_t before = extract::first_pass_skipped();
  DocumentResult r = extract_document("test.txt", text, test::lexicon());
  if (skipped) *skipped = extract::first_pass_skipped() > before;
  extract::set_first_pass(true);
  return r;
}

}  // namespace

TEST_CASE("first pass: an article with no count skips the sentence stages; one with a count does not") {
  bool skipped = false;
  read(" date 2024-06-05\nPolls close in Delhi\n\nVoters queued from early morning in the capital, officials said. "
       "Turnout was higher than in 2019.\n",
       true, &skipped);
  CHECK(skipped);
  read(" date 2024-06-05\nBJP wins Delhi\n\nThe BJP won 48 seats in the Delhi Assembly.\n", true, &skipped);
  CHECK_FALSE(skipped);
  // a number word may be a count, a table row always may be one
  read(" date 2024-06-05\nBJP ahead\n\nThe BJP won eight.\n", true, &skipped);
  CHECK_FALSE(skipped);
  read(" date 2024-06-05\nResults\n\n| Party | Seats |\n| BJP | 48 |\n| AAP | 22 |\n", true, &skipped);
  CHECK_FALSE(skipped);
  // a name that may stand for two parties: reading it warns, so the stages run (and warn)
  DocumentResult r = read(" date 2024-03-03\nPPP becomes largest party in Senate after indirect polls\n\n"
                          "Senate polls in Khyber Pakhtunkhwa were postponed.\n",
                          true, &skipped);
  CHECK_FALSE(skipped);
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].rfind("ambiguous party name 'PPP'", 0) == 0);
  // years, dates and percentages are no counts
  read(" date 2024-06-05\nTurnout\n\nOn June 4, 2024, turnout reached 61.5 per cent, up from 58% in 2019.\n", true, &skipped);
  CHECK(skipped);
}

TEST_CASE("first pass: every corpus article gives the same result with and without it") {
  std::size_t files = 0, skipped_files = 0, observations = 0;
  for (const char* dir : {"data", "tests/corpus/articles", "tests/corpus2/articles", "tests/realstruct/articles",
                          "tests/webdev/articles", "tests/scenarios/articles"}) {
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(TALLY_SOURCE_DIR) / dir)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      bool skipped = false;
      DocumentResult fast = read(text.str(), true, &skipped);
      DocumentResult full = read(text.str(), false);
      INFO(entry.path().string());
      CHECK(fast == full);
      ++files;
      skipped_files += skipped;
      observations += full.observations.size();
    }
  }
  CHECK(files > 250);
  CHECK(observations > 1000);
  // (the corpora are results stories: a few of their articles hold no count)
  CHECK(skipped_files > 0);
}
