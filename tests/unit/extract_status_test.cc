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
