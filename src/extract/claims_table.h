#pragma once
// Internal: the claims stage for tables: the rows of a table block read against its columns. Cells are split
// by '|' (or, with no bars, a name followed by its numbers is a row); the columns come from a header row
// above ("Party | Seats | +/-") or at the start of a flattened line ("Party Seats +/- ANC 159 -71 DA 87 +3").
// A column of seats gives a count per row; a column of changes, votes or shares gives none; a column can
// name a chamber ("NA", "Punjab"), a source ("Exit poll"), a status ("Preliminary") or an earlier election
// ("2019"). Columns that cannot be told apart are not guessed: the table is skipped with a warning.
#include <vector>

#include "extract/doc.h"

namespace tally::extract {

/// What the claims stage keeps of the table being read: the columns of its last header row.
struct TableState {
  std::vector<TableColumn> columns;
  std::size_t header_block = static_cast<std::size_t>(-1);  ///< the block of that header row
  std::size_t run_top = static_cast<std::size_t>(-1);       ///< the first block of the run of lines last read without one
  std::vector<TableColumn> run_columns;                      ///< what their values say the columns are
  /// "Party SWAPO IPC AR" over "Seats 51 20 6": a header of party names (the tokens of each), read across
  bool party_header = false;
  std::vector<std::pair<std::size_t, std::size_t>> header_labels;
  /// "State | PH | BN | PN | Seats" over "Selangor | 32 | 2 | 22 | 56": a header of regions' rows and parties'
  /// columns; the party of each column after the first (null for "Seats", "Total")
  std::vector<const Mention*> party_columns;
  bool council_rows = false;  ///< "Council | ANC | DA | ...": each row a council of its own
};

/// "Results 650 of 650", "Declared 110 of 113" opening a table line at token a: a caption with the coverage of
/// the rows under it, no row itself.
bool coverage_caption(const Doc& d, std::size_t a, std::size_t b);

/// Reads the table block of sentence r.index (all its lines, when r is the block's first sentence; the
/// sentence alone, when whole_block is false: a table written into a paragraph) into links, one per count;
/// a header row sets the columns for the rows under it.
void read_table(Doc& d, SentenceReading& r, TableState& st, bool whole_block = true);

}  // namespace tally::extract
