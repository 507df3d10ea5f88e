#pragma once
// Internal: the cells of a table line for the claims stage: names and numbers, split by bars ('|', a middle
// dot) when the line has them, else name runs and number tokens; a number cell says what its marks make it
// (a change, a share, a vote count, the election before).
#include <string>
#include <string_view>
#include <vector>

#include "extract/doc.h"

namespace tally::extract {

/// A cell of a row: a name (tokens [first, last)) or a number (its token, with its marks).
struct Cell {
  std::size_t first = 0, last = 0;
  bool number = false;
  bool empty = false;      ///< a dash where a number would stand
  bool signed_ = false;    ///< "+3", "-71", "(+3)": a change
  bool share = false;      ///< "33.1%", "33.1": a share
  bool votes = false;      ///< "1,991,770": a vote count
  bool bracketed = false;  ///< "(202)": in a results box, the count of the election before
  std::size_t token = 0;   ///< the number token
};

/// The first words of a header row: the column of names.
inline constexpr std::string_view kNameColumns[] = {"party", "parties", "list", "lists", "alliance", "alliances", "coalition",
                                              "group", "groups", "bloc", "blocs", "federation", "name"};

/// s in lower case (ASCII letters).
// (lower-casing a cell's text: detail::lower_ascii in text.h)

/// The cells of tokens [a, b): split by bars when there are some, else name runs and number tokens.
std::vector<Cell> cells_of(const Doc& d, std::size_t a, std::size_t b);

}  // namespace tally::extract
