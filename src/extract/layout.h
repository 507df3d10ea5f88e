#pragma once
// Internal: the layout stage: the blocks of a text and their kinds, read from its lines the way a reader
// sees a page: the headline (and its repeats), headings over sections, paragraphs, list lines, table rows,
// live-blog time stamps, and captions or junk lines that hold no tally.
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/doc.h"

namespace tally::extract {

/// The name of a block kind, for tests and `tally explain`.
std::string_view to_string(BlockKind kind);

/// Reads the blocks of a text (UTF-8, LF line ends). Every non-blank line is in exactly one block; blocks are
/// in text order. first_line numbers the text's first line (a body after a header line may start later).
std::vector<Block> read_layout(std::string_view text, std::uint32_t first_line = 1);

/// The layout stage: reads the blocks of the document's body, ends every sentence at a block's edge, and
/// records the block of each sentence.
void lay_out(Doc& d);

}  // namespace tally::extract
