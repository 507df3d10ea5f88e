// The layout stage: lines of a text grouped into blocks with a kind. It reads bytes only (no tokens, no
// tables): a line is judged by its shape (length, final punctuation, bullets, numbers, cells) and by a few
// word lists of page furniture; the headline's repeats are found by comparing normalized lines.
#include "extract/layout.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "extract/layout_lines.h"
#include "words.h"

namespace tally::extract {
using namespace lines;  // what a single line looks like: layout_lines.h


std::string_view to_string(BlockKind kind) {
  switch (kind) {
    case BlockKind::headline: return "headline";
    case BlockKind::repeat: return "repeat";
    case BlockKind::heading: return "heading";
    case BlockKind::paragraph: return "paragraph";
    case BlockKind::item: return "item";
    case BlockKind::table: return "table";
    case BlockKind::stamp: return "stamp";
    case BlockKind::junk: return "junk";
  }
  return "paragraph";
}

namespace {

/// "318": a line that is a whole number of one to four digits and nothing else.
bool bare_count(std::string_view s) {
  return !s.empty() && s.size() <= 4 && std::all_of(s.begin(), s.end(), [](char c) { return digit(c); });
}

/// "Con", "Lib Dem", "Sinn Féin": a line that may be a party's name in a results widget: one to four words, no
/// digit, opening with a capital letter, no sentence or list punctuation.
bool widget_name(std::string_view s) {
  if (s.empty() || s.size() > 40 || !(std::isupper(static_cast<unsigned char>(s.front())) || static_cast<unsigned char>(s.front()) >= 0x80))
    return false;
  for (char c : s)
    if (digit(c) || c == '.' || c == ':' || c == '?' || c == '!' || c == ',' || c == ';' || c == '|' || c == '\t') return false;
  return count_words(s, 5) <= 4;
}

}  // namespace

std::vector<Block> read_layout(std::string_view text, std::uint32_t first_line) {
  // the lines, trimmed, with their numbers; blank lines are kept as empty text
  std::vector<Line> lines;
  lines.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  for (std::size_t p = 0; p <= text.size();) {
    std::size_t q = text.find('\n', p);
    if (q == std::string_view::npos) q = text.size();
    std::size_t b = p, e = q;
    while (b < e && space(text[b])) ++b;
    while (e > b && space(text[e - 1])) --e;
    // a no-break space (U+00A0) at either end counts as space
    while (e - b >= 2 && text.substr(b, 2) == "\xc2\xa0") b += 2;
    while (e - b >= 2 && text.substr(e - 2, 2) == "\xc2\xa0") e -= 2;
    lines.push_back({b, e, text.substr(b, e - b)});
    if (q == text.size()) break;
    p = q + 1;
  }
  std::vector<Block> blocks;
  // The headline and the first lines that are not junk, as they are written: they are compared with a
  // line by their normalized forms, read side by side, so no line is copied.
  std::string_view headline;
  bool has_headline = false;  // a headline whose normalized form is not empty
  std::vector<std::string_view> early;
  std::size_t headline_words = 0;
  bool blank = true;
  bool body_started = false;  // a long paragraph was read: the story began, and no headline comes after it
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    std::string_view s = line.text;
    if (s.empty()) {
      blank = true;
      continue;
    }
    Block b;
    b.begin = line.begin;
    b.end = line.end;
    b.line = first_line + static_cast<std::uint32_t>(i);
    b.blank_before = blank;
    blank = false;
    std::size_t stamp = stamp_length(s);
    std::string_view body = s.substr(stamp);
    b.stamped = stamp > 0 && !body.empty();
    b.stamp = static_cast<std::uint32_t>(stamp);
    // what the rules below ask of the line, each read once: its numbers, its words (up to 41: no rule
    // counts further), its cell marks and '>' marks (a line and its body differ only by a stamp)
    Numbers nums = numbers_of(body);
    const std::size_t words = count_words(s, 41);
    const std::size_t body_words = stamp > 0 ? count_words(body, 41) : words;
    std::size_t cells = cell_marks(body), arrows = static_cast<std::size_t>(std::count(body.begin(), body.end(), '>'));
    if (stamp > 0 && body.empty()) {
      b.kind = BlockKind::stamp;
    } else if (junk_line(body, body_words, arrows)) {
      b.kind = BlockKind::junk;
    } else if (has_headline && blocks.size() < 16 && headline_words >= 3 && repeats_headline(s, headline)) {
      b.kind = BlockKind::repeat;  // "Title", "Title - Outlet", "Title | Outlet"
    } else if (blocks.size() < 16 && words >= 3 &&
               std::any_of(early.begin(), early.end(), [&](std::string_view e) { return same_normalized(s, e); })) {
      b.kind = BlockKind::repeat;  // a title after some page furniture, then again
      // (a line said twice at the top is the title, whatever its shape: "LIVE | Local elections 2021: ... below 50%")
      if (!has_headline && !body_started && words <= 30) {
        for (Block& earlier : blocks) {
          std::string_view e = text.substr(earlier.begin, earlier.end - earlier.begin);
          if (earlier.kind != BlockKind::paragraph || earlier.lines != 1 || !same_normalized(s, e)) continue;
          earlier.kind = BlockKind::headline;
          earlier.intro = false;
          headline = e;
          headline_words = std::min<std::size_t>(words, 40);
          has_headline = true;
          break;
        }
      }
    } else if (!has_headline && !body_started && !b.stamped && words <= 30 && !nums.ends_with_count && bullet_length(s) == 0 &&
               cells < 2 && !name_then_numbers(s)) {
      // (not stamped: s is the body)
      b.kind = BlockKind::headline;
      headline = s;
      headline_words = std::min<std::size_t>(words, 40);
      // "Title - Outlet" first, "Title" after: compare without the outlet
      for (std::string_view sep : {std::string_view(" - "), std::string_view(" | "), std::string_view(" \xe2\x80\x93 ")}) {
        std::size_t at = s.rfind(sep);
        if (at != std::string_view::npos && count_words(s.substr(at), 10) <= 5 && count_words(s.substr(0, at), 40) >= 3) {
          headline = s.substr(0, at);
          headline_words = count_words(s.substr(0, at), 40);
        }
      }
      has_headline = !normalizes_empty(headline);
    } else if (bullet_length(body) > 0) {
      b.kind = BlockKind::item;
    } else if (sized_chamber_heading(body) && !b.stamped) {
      b.kind = BlockKind::heading;  // "Masovian regional assembly (51 seats)" over its rows
    } else if (cells >= 2 && numeric_cell(body)) {
      b.kind = BlockKind::table;  // a row of cells with a number in them
    } else if (cells >= 2 && i + 1 < lines.size() && cell_marks(lines[i + 1].text) >= 2 &&
               numeric_cell(lines[i + 1].text)) {
      b.kind = BlockKind::table;  // a header row of cells over rows of numbers
    } else if (cells >= 1 && name_number_cells(body)) {
      b.kind = BlockKind::table;  // names and their numbers, a pair a cell ("PTI 116 | PML-N 64 | PPP 43", "PiS 34 | KO 41")
    } else if (cells >= 2 && !closed(body)) {
      b.kind = BlockKind::junk;  // a bar of links or page details ("Share | Print", "Dhaka | Published: ...")
    } else if (name_then_numbers(body) || captioned_row(body)) {
      b.kind = BlockKind::table;
    } else if (nums.ends_with_count && !nums.opens_with_digit && body_words <= 12 && name_like(body)) {
      b.kind = BlockKind::item;  // "Shiv Sena – 57", "PVV 37", "Pakistan Peoples Party (PPP): 74"
    } else if (i + 1 < lines.size() && header_row(body, lines[i + 1].text, nums, body_words) &&
               (cell_marks(lines[i + 1].text) >= 2 || name_then_numbers(lines[i + 1].text))) {
      b.kind = BlockKind::table;  // a header row over table rows
    } else if (heading_shape(body, nums, body_words) && !b.stamped && !starts_with_lower(body, "source")) {
      b.kind = BlockKind::heading;
    } else {
      b.kind = BlockKind::paragraph;
    }
    // "NPP SJB ITAK NDF SLPP SLMC Others" over "159 40 8 5 3 3 7": a line of numbers alone under a line of as many
    // names is a table (not a line of dates)
    if (!b.blank_before && !blocks.empty() && blocks.back().lines == 1 && b.line == blocks.back().line + 1 &&
        (blocks.back().kind == BlockKind::heading || blocks.back().kind == BlockKind::paragraph)) {
      std::string_view above = text.substr(blocks.back().begin, blocks.back().end - blocks.back().begin);
      std::size_t numbers = 0;
      bool all_numbers = true;
      for (std::size_t p = 0; p < body.size();) {
        while (p < body.size() && space(body[p])) ++p;
        std::size_t q = p;
        while (q < body.size() && !space(body[q])) ++q;
        if (q == p) break;
        if (number_word(body.substr(p, q - p))) ++numbers;
        else all_numbers = false;
        p = q;
      }
      // (as many names as numbers; a name may take two words, "Maoist Centre", "CPN (US)": the table reader
      // pairs them only when the names it knows come out as many as the numbers)
      std::size_t words_above = count_words(above, 61);
      // (a number in it; digits inside a name do not count: "D66", "JA21", "50PLUS")
      bool digits_above = false;
      for (std::size_t p = 0; p < above.size() && !digits_above;) {
        while (p < above.size() && space(above[p])) ++p;
        std::size_t q = p;
        while (q < above.size() && !space(above[q])) ++q;
        std::string_view w = above.substr(p, q - p);
        digits_above = std::any_of(w.begin(), w.end(), [](char c) { return digit(c); }) &&
                       std::none_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
        p = q;
      }
      if (all_numbers && numbers >= 3 && !digits_above && words_above >= numbers && words_above <= numbers + numbers / 2) {
        blocks.back().kind = BlockKind::table;
        blocks.back().intro = false;
        b.kind = BlockKind::table;
      }
    }
    // hard-wrapped prose: a line that continues the paragraph before it (no blank line, the line before
    // long and not closed, this one not a list or table line)
    if (b.kind == BlockKind::paragraph && !b.blank_before && !b.stamped && !blocks.empty() &&
        blocks.back().kind == BlockKind::paragraph && b.line == blocks.back().line + blocks.back().lines) {
      Block& prev = blocks.back();
      std::string_view before = text.substr(prev.begin, prev.end - prev.begin);
      std::size_t last_line = before.rfind('\n');
      std::string_view tail = last_line == std::string_view::npos ? before : before.substr(last_line + 1);
      if (!closed(tail) && tail.size() >= 50 && tail.back() != ':') {
        prev.end = b.end;
        prev.lines += 1;
        continue;
      }
    }
    // a results widget read one cell a line ("Con" / "318" / "Net change" / "-13"): a short name alone on its
    // line and a bare count alone on the next are one entry, like "Con 318"
    if (!b.blank_before && !blocks.empty() && b.line == blocks.back().line + 1 && blocks.back().lines == 1 &&
        (blocks.back().kind == BlockKind::heading || blocks.back().kind == BlockKind::paragraph) && bare_count(s)) {
      Block& prev = blocks.back();
      if (widget_name(text.substr(prev.begin, prev.end - prev.begin))) {
        prev.kind = BlockKind::item;
        prev.intro = false;
        prev.joined = true;
        prev.end = b.end;
        prev.lines += 1;
        continue;
      }
    }
    // a table written one cell a line ("|Brothers of Italy", "|118"): one block
    if (s.front() == '|' && cell_marks(s) == 1 && !blocks.empty() && !b.blank_before &&
        b.line == blocks.back().line + blocks.back().lines) {
      Block& prev = blocks.back();
      std::string_view first = text.substr(prev.begin, std::min<std::size_t>(prev.end - prev.begin, 1));
      if (first == "|" && (prev.kind == BlockKind::table || prev.lines == 1)) {
        prev.kind = BlockKind::table;
        prev.end = b.end;
        prev.lines += 1;
        continue;
      }
    }
    std::size_t k = s.size();
    while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '-')) --k;
    b.intro = k > 0 && s[k - 1] == ':' && b.kind != BlockKind::junk;
    if (blocks.size() < 16 && b.kind != BlockKind::junk && b.kind != BlockKind::repeat) early.push_back(s);
    if (b.kind == BlockKind::paragraph && words > 30) body_started = true;
    blocks.push_back(b);
  }
  // A heading is a heading only when something follows it that is not another heading's line of a list
  // ("Key events / Albanese claims victory / Morrison concedes" are short lines, but the last has nothing
  // under it): a heading at the end of the text is a paragraph.
  for (std::size_t i = blocks.size(); i-- > 0;) {
    if (blocks[i].kind != BlockKind::heading) continue;
    std::size_t j = i + 1;
    while (j < blocks.size() && blocks[j].kind == BlockKind::junk) ++j;
    if (j == blocks.size()) blocks[i].kind = BlockKind::paragraph;
  }
  return blocks;
}

}  // namespace tally::extract
