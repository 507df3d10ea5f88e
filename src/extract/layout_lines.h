#pragma once
// Internal: what a single line of text looks like, for the layout stage: its words and numbers, whether it
// is page furniture, a stamp, a bullet, a list line, a row of cells or of names and numbers, a header row
// or a heading. Bytes only: no tokens, no tables.
#include <cstddef>
#include <string_view>

namespace tally::extract::lines {

struct Line {
  std::size_t begin = 0, end = 0;  // trimmed bytes
  std::string_view text;           // trimmed
};

inline bool space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
inline bool digit(char c) { return c >= '0' && c <= '9'; }
inline bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// Numbers of a line, and whether it ends with one ("Shiv Sena – 57", "PVV 37", "Party (PPP): 74 seats.").
struct Numbers {
  std::size_t count = 0;       // digit runs
  bool ends_with_count = false;
  bool opens_with_digit = false;
};

bool same_normalized(std::string_view a, std::string_view b);
bool normalizes_empty(std::string_view s);
bool normalized_starts_with(std::string_view s, std::string_view prefix);
bool starts_with_lower(std::string_view s, std::string_view prefix);
std::size_t count_words(std::string_view s, std::size_t limit = 1000);
std::size_t stamp_length(std::string_view s);
std::size_t bullet_length(std::string_view s);
bool junk_line(std::string_view s, std::size_t words30, std::size_t arrows);
bool repeats_headline(std::string_view s, std::string_view h);
bool closed(std::string_view s);
Numbers numbers_of(std::string_view s);
std::size_t cell_marks(std::string_view s);
bool numeric_cell(std::string_view s);
bool name_number_cells(std::string_view s);
bool number_word(std::string_view w);
bool name_then_numbers(std::string_view s);
bool name_like(std::string_view s);
bool header_row(std::string_view s, std::string_view next, const Numbers& n, std::size_t words);
bool captioned_row(std::string_view s);
bool sized_chamber_heading(std::string_view s);
bool heading_shape(std::string_view s, const Numbers& n, std::size_t words);

}  // namespace tally::extract::lines
