// The cells of a table line for the claims stage (see table_cells.h).
#include "extract/table_cells.h"

#include <algorithm>

#include "lexicon.h"

namespace tally::extract {
namespace {

bool is_dash(const Doc& d, std::size_t k) {
  return d.tok(k).kind == TokKind::punct && d.tok(k).punct == '-';
}

/// The minus sign U+2212 ("9\u22121": 9 seats, one fewer), which the tokenizer keeps as a symbol.
bool is_minus_sign(const Doc& d, std::size_t k) {
  const Token& t = d.tok(k);
  return t.kind == TokKind::punct && t.punct == '*' && d.text.substr(d.byte(t.begin), t.end - t.begin) == "\xe2\x88\x92";
}

/// A change glued to the count before it: "9-1", "19+13" (a hyphen the tokenizer joined, or a sign).
bool glued_change(const Doc& d, std::size_t k, std::size_t a) {
  const Token& t = d.tok(k);
  if (k <= a || t.space_before) return false;
  if (is_minus_sign(d, k - 1)) return true;
  return t.hyphen_before && d.tok(k - 1).kind == TokKind::number && d.byte(t.begin) > 0 &&
         d.text[d.byte(t.begin) - 1] == '-';
}

/// "71 402" between tabs: digits grouped by a space, in a cell of a tab-separated row.
bool spaced_thousands(const Doc& d, std::size_t k, std::size_t b) {
  if (k + 1 >= b || d.tok(k + 1).kind != TokKind::number || !d.space_grouped(k)) return false;
  std::string_view body = d.text.substr(d.body_offset);
  const Token& x = d.tok(k);
  const Token& y = d.tok(k + 1);
  if (x.begin == 0 || body[x.begin - 1] != '\t') return false;
  return y.end >= body.size() || body[y.end] == '\t' || body[y.end] == '\n' || body[y.end] == '\r';
}

/// A bar between cells: '|', or a middle dot or bullet inside a line ("Likud: 32 · Yesh Atid: 24").
bool is_bar(const Doc& d, std::size_t k, std::size_t a) {
  if (d.is_punct(k, '|')) return true;
  if (!d.is_punct(k, '*') || k == a || d.tok(k).newlines_before > 0) return false;
  std::string_view mark = d.text.substr(d.byte(d.tok(k).begin), d.tok(k).end - d.tok(k).begin);
  return mark == "\xc2\xb7" || mark == "\xe2\x80\xa2";
}

}  // namespace

std::vector<Cell> cells_of(const Doc& d, std::size_t a, std::size_t b) {
  std::vector<Cell> cells;
  bool bars = false;
  for (std::size_t k = a; k < b && !bars; ++k) bars = is_bar(d, k, a);
  auto add_number = [&](std::size_t k, std::size_t first, std::size_t last) {
    Cell c;
    c.first = first;
    c.last = last;
    c.number = true;
    c.token = k;
    const Token& t = d.tok(k);
    for (std::size_t j = first; j < last; ++j) {
      if (d.is_punct(j, '+') || (d.is_punct(j, '-') && j < k)) c.signed_ = true;
      if (d.is_punct(j, '%')) c.share = true;
    }
    if (k > a && d.tok(k).hyphen_before && !t.space_before && d.is_punct(k - 1, '-')) c.signed_ = true;
    if (glued_change(d, k, a)) c.signed_ = true;
    c.bracketed = first < k && d.is_punct(first, '(') && last > k + 0 && d.is_punct(last - 1, ')');
    if (t.decimal) c.share = true;
    if (t.grouped || t.value > kMaxSeats) c.votes = true;
    cells.push_back(c);
  };
  if (bars) {
    std::size_t start = a;
    // "Here are the results, as published by the Commission. Party | Seats | ...": the prose before the first
    // cell is no part of it
    std::size_t first_bar = a;
    while (first_bar < b && !is_bar(d, first_bar, a)) ++first_bar;
    for (std::size_t k = a; k < first_bar; ++k) {
      // (not the colon of the first cell: "Chile Podemos Más: 12 | ...")
      bool cell_colon = d.is_punct(k, ':') && k + 2 == first_bar && d.tok(k + 1).kind == TokKind::number;
      if (d.is_punct(k, '.') || (d.is_punct(k, ':') && !cell_colon)) start = k + 1;
    }
    bool header_cells = false;
    for (std::size_t k = a; k <= b; ++k) {
      if (k < b && !is_bar(d, k, a)) continue;
      if (k > start && start == a) {
        std::string first_cell = detail::lower_ascii(d.slice(start, k));
        while (!first_cell.empty() && first_cell.back() == ' ') first_cell.pop_back();
        header_cells = detail::in(kNameColumns, first_cell);
      }
      if (k > start) {
        // "Reform UK 49 (+49)": a signed change in brackets closes the cell; it is a cell of its own
        std::size_t cell_end = k;
        std::size_t change = b;
        if (k >= start + 4 && d.is_punct(k - 1, ')') && d.tok(k - 2).kind == TokKind::number &&
            (d.is_punct(k - 3, '+') || d.is_punct(k - 3, '-')) && d.is_punct(k - 4, '(') && k - 4 > start) {
          change = k - 2;
          cell_end = k - 4;
        }
        // "Sweden Democrats 73+11", "Moderates 68\u22122", "MDB 4-1": a change glued after the count, likewise
        if (change == b && k >= start + 3 && d.tok(k - 1).kind == TokKind::number && !d.tok(k - 1).space_before) {
          if ((d.is_punct(k - 2, '+') || is_minus_sign(d, k - 2)) && k >= start + 3 && d.tok(k - 3).kind == TokKind::number &&
              !d.tok(k - 2).space_before && k - 3 > start) {
            change = k - 1;
            cell_end = k - 2;
          } else if (glued_change(d, k - 1, start) && d.tok(k - 2).kind == TokKind::number && k - 2 > start) {
            change = k - 1;
            cell_end = k - 1;
          }
        }
        // "Coalition 58 (Liberal 27, LNP 21, Nationals 10)": the members' counts in brackets, rows of their own
        std::vector<std::pair<std::size_t, std::size_t>> members;  // (name start, number token)
        if (change == b && k >= start + 5 && d.is_punct(k - 1, ')')) {
          std::size_t open = k - 1;
          while (open > start && !d.is_punct(open, '(')) --open;
          bool ok = open > start + 1 && d.tok(open - 1).kind == TokKind::number;
          for (std::size_t from = open + 1; ok && from < k - 1;) {
            std::size_t to = from;
            while (to < k - 1 && !d.is_punct(to, ',')) ++to;
            ok = to >= from + 2 && d.tok(to - 1).kind == TokKind::number && d.tok(from).kind == TokKind::word;
            for (std::size_t j = from; ok && j + 1 < to; ++j) ok = d.tok(j).kind != TokKind::number;
            if (ok) members.emplace_back(from, to - 1);
            from = to + 1;
          }
          if (ok && members.size() >= 2) cell_end = open;
          else members.clear();
        }
        std::size_t saved_k = k;
        k = cell_end;
        // a cell of one number (with its marks), a dash, or a name
        std::size_t number = b;
        bool other = false;
        for (std::size_t j = start; j < k; ++j) {
          if (d.tok(j).kind == TokKind::number) {
            other |= number != b;
            number = j;
          } else if (d.tok(j).kind == TokKind::word) {
            other = true;
          }
        }
        // "| 681 017 |": digits grouped by a space are one number, a vote count
        if (k == start + 2 && d.tok(start).kind == TokKind::number && d.tok(start + 1).kind == TokKind::number &&
            d.space_grouped(start)) {
          add_number(start, start, k);
          cells.back().votes = true;
          start = k + 1;
          continue;
        }
        // "CPN-UML 44 | Nepali Congress 57 |": a name and its count in one cell
        bool name_then_count = number != b && other && number + 1 == k && d.tok(start).kind == TokKind::word;
        for (std::size_t j = start; j < number && name_then_count; ++j) name_then_count = d.tok(j).kind != TokKind::number;
        // "Party | Channel 12 | Kan 11 | Final": on a header line (its first cell the column of names) a name
        // with a number is a column's label
        if (name_then_count && header_cells) name_then_count = false, other = true, number = b;
        // "Eesti 200 | 81,329 | 13.3 | 14": the first cell of a row whose next cell is a number alone is its name,
        // digits and all
        if (name_then_count && start == a && saved_k < b) {
          std::size_t next = saved_k + 1, numbers = 0, words = 0;
          for (; next < b && !is_bar(d, next, a); ++next) {
            numbers += d.tok(next).kind == TokKind::number;
            words += d.tok(next).kind == TokKind::word;
          }
          if (numbers == 1 && words == 0) name_then_count = false, other = true, number = b;
        }
        if (name_then_count) {
          std::size_t name_end = number;
          while (name_end > start && (d.is_punct(name_end - 1, ':') || d.is_punct(name_end - 1, '-'))) --name_end;
          cells.push_back({start, name_end});
          add_number(number, number, k);
        } else if (number != b && !other) {
          add_number(number, start, k);
        } else if (number == b && !other && !header_cells) {  // (on a header line, "%" and "+/-" are labels)
          Cell c;
          c.first = start;
          c.last = k;
          c.number = true;
          c.empty = true;
          cells.push_back(c);
        } else {
          cells.push_back({start, k});
        }
        if (change != b) add_number(change, cell_end, saved_k);
        for (auto [name, count] : members) {
          cells.push_back({name, count});
          add_number(count, count, count + 1);
        }
        k = saved_k;
      }
      start = k + 1;
    }
    return cells;
  }
  std::size_t k = a;
  while (k < b) {
    if (d.tok(k).kind == TokKind::number) {
      std::size_t first = k, last = k + 1;
      if (k > a && (d.is_punct(k - 1, '+') || d.is_punct(k - 1, '(') || is_minus_sign(d, k - 1)) && !d.tok(k).space_before)
        first = k - 1;
      // "ANC 159 -71": a minus that stands apart from the cell before and against its number signs it
      if (k > a && first == k && is_dash(d, k - 1) && !d.tok(k).space_before && d.tok(k - 1).space_before) first = k - 1;
      if (first > a && d.is_punct(first - 1, '(') && !d.tok(first).space_before) --first;
      while (last < b && (d.is_punct(last, '%') || d.is_punct(last, ')')) && !d.tok(last).space_before) ++last;
      // a sign that a name run took: "(+3)" is "(", "+", "3", ")"
      if (!cells.empty() && !cells.back().number && cells.back().last > first) cells.back().last = first;
      if (!cells.empty() && !cells.back().number && cells.back().last <= cells.back().first) cells.pop_back();
      // "Enhedslisten<TAB>71 402<TAB>21.9<TAB>12": between tabs, digits grouped by a space are one number (votes)
      if (last == k + 1 && spaced_thousands(d, k, b)) {
        add_number(k, first, k + 2);
        cells.back().votes = true;
        k += 2;
        continue;
      }
      add_number(k, first, last);
      k = last;
      continue;
    }
    if (is_dash(d, k) && !cells.empty() && cells.back().number &&
        (k + 1 >= b || d.tok(k + 1).kind == TokKind::number || d.tok(k + 1).space_before)) {
      // "BNP - 30": a dash in a number column is an empty cell, unless it signs the next number
      if (k + 1 < b && d.tok(k + 1).kind == TokKind::number && !d.tok(k + 1).space_before) {
        ++k;
        continue;
      }
      Cell c;
      c.first = k;
      c.last = k + 1;
      c.number = true;
      c.empty = true;
      cells.push_back(c);
      ++k;
      continue;
    }
    // "BSW 14 new": in the change column, a party new to the chamber (an empty change)
    if (d.is_word(k, "new") && !d.tok(k).cap && !cells.empty() && cells.back().number && !cells.back().empty &&
        (k + 1 >= b || d.tok(k + 1).cap || d.tok(k + 1).kind == TokKind::number)) {
      Cell c;
      c.first = k;
      c.last = k + 1;
      c.number = true;
      c.empty = true;
      c.signed_ = true;
      cells.push_back(c);
      ++k;
      continue;
    }
    if (cells.empty() || cells.back().number) cells.push_back({k, k + 1});
    else cells.back().last = k + 1;
    ++k;
  }
  // a dash between a name and its number ("Shiv Sena - 57") belongs to neither
  for (auto& c : cells) {
    while (!c.number && c.last > c.first && (is_dash(d, c.last - 1) || d.is_punct(c.last - 1, ':'))) --c.last;
  }
  cells.erase(std::remove_if(cells.begin(), cells.end(), [](const Cell& c) { return !c.number && c.last <= c.first; }),
              cells.end());
  return cells;
}


}  // namespace tally::extract
