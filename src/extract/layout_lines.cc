// What a single line of text looks like, for the layout stage (see layout_lines.h).
#include "extract/layout_lines.h"

#include <algorithm>
#include <array>
#include <string>

#include "text.h"
#include "words.h"

namespace tally::extract::lines {


using detail::in;

/// Openings of lines that are page furniture, never a tally: links, adverts, share and cookie prompts,
/// picture credits, page metadata. Lower case; matched at the start of the line.
constexpr std::string_view kJunkOpeners[] = {
    "also read", "read also", "read more", "read:", "also see", "see also", "related:", "related stories",
    "related articles", "related news", "recommended", "more from", "more on", "most read", "most popular",
    "trending", "advertisement", "advertisment", "sponsored", "story continues", "article continues",
    "continue reading", "follow us", "follow @", "share this", "share:", "share on", "share via", "share article",
    "subscribe", "sign up", "newsletter", "click here", "tap here", "image source", "image:", "image credit",
    "photo:", "photo credit", "photos:", "picture:", "pictures:", "file photo", "(photo", "(file photo",
    "(image", "(ap photo", "(reuters", "(afp", "credit:", "caption:", "watch:", "watch video", "video:",
    "listen:", "listen to", "download", "copyright", "\xc2\xa9", "all rights reserved", "our cookie",
    "we use cookies", "this site uses cookies", "cookie settings", "manage preferences", "accept all",
    "skip to", "jump to", "back to top", "log in", "sign in", "leave a comment", "comments (", "print this",
    "email this", "pin it", "tweet", "posted in", "tags:", "topics:", "filed under", "first published",
    "published:", "published on", "updated:", "updated on", "last updated", "posted:", "posted on",
    "this page is no longer", "this article is more than", "this story has been", "get the latest",
    "download the app", "join our", "for more news", "don't miss", "dont miss", "also watch", "trending now",
    "cookies help", "cookies:", "our standards", "edited by", "written by", "reported by", "reporting by", "additional reporting", "compiled by", "with inputs from"};

/// Words of a line that is only a date or a time ("Sunday, 20 Nov 2022 3:55 AM MYT").
constexpr std::string_view kDateWords[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri",
    "sat", "sun", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "am", "pm", "ist", "gmt", "utc", "bst", "cet", "cest", "pkt", "myt", "aest", "aedt", "est",
    "edt", "pst", "pdt", "jst", "kst", "wib", "sast", "eat", "wat", "cat", "nzst", "nzdt", "npt", "updated",
    "published", "posted", "at", "on", "th", "st", "nd", "rd"};

/// Bullet marks that open a list line (UTF-8).
constexpr std::string_view kBullets[] = {"\xe2\x80\xa2", "\xc2\xb7", "\xe2\x96\xaa", "\xe2\x96\xba", "\xe2\x97\x86",
                                         "\xe2\x97\x8f", "\xe2\x80\x93", "\xe2\x80\x94", "*", "-", "+", ">"};

/// The normalized form of a line, for comparing lines: its lower-cased ASCII letters, digits and UTF-8 bytes,
/// runs of anything else as a single space, none at either end. Read one character at a time (-1 at the
/// end) without building it: most comparisons end in the first bytes.
class NormChars {
 public:
  explicit NormChars(std::string_view s) : s_(s) {}
  int next() {
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (alpha(c) || digit(c) || static_cast<unsigned char>(c) >= 0x80) {
        if (gap_) {
          gap_ = false;
          return ' ';
        }
        ++i_;
        started_ = true;
        return static_cast<unsigned char>(lower(c));
      }
      gap_ = started_;
      ++i_;
    }
    return -1;
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
  bool gap_ = false, started_ = false;
};

/// True when a and b have the same normalized form (see NormChars).
bool same_normalized(std::string_view a, std::string_view b) {
  NormChars x(a), y(b);
  for (;;) {
    int p = x.next();
    if (p != y.next()) return false;
    if (p < 0) return true;
  }
}

/// True when the normalized form of s is empty.
bool normalizes_empty(std::string_view s) { return NormChars(s).next() < 0; }

/// The normalized form of s into out when it has fewer than Cap bytes; otherwise false.
template <std::size_t Cap>
bool short_normalized(std::string_view s, std::array<char, Cap>& out, std::size_t& len) {
  NormChars x(s);
  len = 0;
  for (int c = x.next(); c >= 0; c = x.next()) {
    if (len + 1 >= Cap) return false;
    out[len++] = static_cast<char>(c);
  }
  return true;
}

/// True when the normalized form of s starts with prefix (lower case, single spaces).
bool normalized_starts_with(std::string_view s, std::string_view prefix) {
  NormChars x(s);
  for (char c : prefix) {
    if (x.next() != static_cast<unsigned char>(c)) return false;
  }
  return true;
}

bool starts_with_lower(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

/// True when the ASCII lower case of w is one of the words in list (no copy of w is made).
template <std::size_t N>
bool in_lower(const std::string_view (&list)[N], std::string_view w) {
  for (std::string_view x : list) {
    if (x.size() != w.size()) continue;
    std::size_t i = 0;
    while (i < w.size() && lower(w[i]) == x[i]) ++i;
    if (i == w.size()) return true;
  }
  return false;
}

/// Words of s (runs of letters, digits, apostrophes, hyphens and UTF-8 bytes), up to limit.
std::size_t count_words(std::string_view s, std::size_t limit) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool w = alpha(c) || digit(c) || static_cast<unsigned char>(c) >= 0x80 || c == '\'' || c == '-' || c == '.';
    if (w && !in_word && ++n >= limit) return n;
    in_word = w;
  }
  return n;
}

/// Length of a live blog's time stamp at the start of s ("11:58pm AEST", "[03.45am]", "12:05 pm:"), 0 when none.
std::size_t stamp_length(std::string_view s) {
  std::size_t i = 0;
  // a date before the time: "Feb 8, 11:05pm", "Nov. 1, 10:01 pm", "8 Feb, 09:30"
  {
    std::size_t j = 0;
    while (j < s.size() && alpha(s[j])) ++j;
    // (the date words of three letters or more, less "at", "on", "am" and "pm": those are shorter)
    bool named = j >= 3 && in_lower(kDateWords, s.substr(0, j));
    std::size_t k = j;
    if (named) {
      if (k < s.size() && s[k] == '.') ++k;
      while (k < s.size() && s[k] == ' ') ++k;
      std::size_t d0 = k;
      while (k < s.size() && digit(s[k]) && k - d0 < 2) ++k;
      if (k > d0 && k < s.size() && s[k] == ',') {
        ++k;
        while (k < s.size() && s[k] == ' ') ++k;
        if (k < s.size() && digit(s[k])) i = k;
      }
    }
  }
  bool bracket = i < s.size() && s[i] == '[';
  if (bracket) ++i;
  std::size_t d = i;
  while (i < s.size() && digit(s[i]) && i - d < 2) ++i;
  if (i == d) return 0;
  bool minutes = false;
  if (i + 2 < s.size() && (s[i] == ':' || s[i] == '.') && digit(s[i + 1]) && digit(s[i + 2])) {
    i += 3;
    minutes = true;
  }
  std::size_t j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  bool meridiem = false;
  if (j + 1 < s.size() && (lower(s[j]) == 'a' || lower(s[j]) == 'p')) {
    if (lower(s[j + 1]) == 'm' && (j + 2 >= s.size() || !alpha(s[j + 2]))) {
      i = j + 2;
      meridiem = true;
    } else if (s[j + 1] == '.' && j + 3 < s.size() && lower(s[j + 2]) == 'm' && s[j + 3] == '.') {
      i = j + 4;
      meridiem = true;
    }
  }
  if (!minutes && !meridiem) return 0;
  if (bracket) {
    if (i >= s.size() || s[i] != ']') return 0;
    ++i;
  }
  // a time zone in capitals ("AEST", "IST", "GMT")
  j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  std::size_t z = j;
  while (z < s.size() && s[z] >= 'A' && s[z] <= 'Z' && z - j < 5) ++z;
  if (z - j >= 2 && (z == s.size() || !alpha(s[z])) && in_lower(kDateWords, s.substr(j, z - j))) i = z;
  // then the end of the line, a separator, or text
  j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  if (j == s.size()) return j;
  if (s[j] == ':' || s[j] == '-' || s[j] == '|' || s.substr(j, 3) == "\xe2\x80\x93" || s.substr(j, 3) == "\xe2\x80\x94") {
    j += s[j] == ':' || s[j] == '-' || s[j] == '|' ? 1 : 3;
    while (j < s.size() && s[j] == ' ') ++j;
    return j;
  }
  // "02:15 Nearly all votes are in": a stamp then a capitalised sentence (not "10.30 per cent")
  if (j > i && minutes && (s[j] >= 'A' && s[j] <= 'Z')) return j;
  if (j > i && meridiem) return j;
  return 0;
}

/// Length of a bullet mark and the space after it at the start of s, 0 when none.
std::size_t bullet_length(std::string_view s) {
  for (std::string_view b : kBullets) {
    if (s.size() > b.size() && s.substr(0, b.size()) == b && s[b.size()] == ' ') {
      std::size_t i = b.size();
      while (i < s.size() && s[i] == ' ') ++i;
      // "- 71 seats" is a change, "-- " is a rule, not a list
      if (i < s.size() && (alpha(s[i]) || static_cast<unsigned char>(s[i]) >= 0x80 || s[i] == '(')) return i;
      return 0;
    }
  }
  // "▽LDP: ...", "●Labour ...": a shape from the geometric block (U+25A0-U+25FF) opens a list line
  if (s.size() > 3 && static_cast<unsigned char>(s[0]) == 0xE2 &&
      (static_cast<unsigned char>(s[1]) == 0x96 || static_cast<unsigned char>(s[1]) == 0x97))
    return 3;
  // "1. ", "2) "
  std::size_t i = 0;
  while (i < s.size() && digit(s[i]) && i < 2) ++i;
  if (i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ' && i + 2 < s.size() &&
      (s[i + 2] >= 'A' && s[i + 2] <= 'Z'))
    return i + 2;
  return 0;
}

namespace {
/// True when the line is page furniture.
/// A word that a line of a date alone may hold: a number, a date word, or a day with its suffix ("20th").
bool date_or_number(std::string_view w) {
  if (std::all_of(w.begin(), w.end(), [](char c) { return digit(c); })) return true;
  if (in_lower(kDateWords, w)) return true;
  if (w.size() <= 2 || !digit(w[0])) return false;
  std::size_t k = 0;
  while (k < w.size() && digit(w[k])) ++k;
  return in_lower(kDateWords, w.substr(k));
}
}  // namespace

/// True when the line is page furniture. words: count_words(s, 30) at least (or all of them); arrows: the
/// '>' in s.
bool junk_line(std::string_view s, std::size_t words30, std::size_t arrows) {
  std::string_view t = s;
  while (!t.empty() && (t.front() == '|' || t.front() == '[' || space(t.front()))) t.remove_prefix(1);
  // (the openers by their first byte, built once)
  static const std::array<std::vector<std::string_view>, 256> openers = [] {
    std::array<std::vector<std::string_view>, 256> by_first;
    for (std::string_view o : kJunkOpeners) by_first[static_cast<unsigned char>(o[0])].push_back(o);
    return by_first;
  }();
  if (!t.empty()) {
    for (std::string_view opener : openers[static_cast<unsigned char>(lower(t[0]))]) {
      if (starts_with_lower(t, opener)) return true;
    }
  }
  // (leading '|', '[' and spaces are no word bytes: t has the words of s)
  // a breadcrumb trail ("Home > Politics > Elections")
  if (arrows >= 2 && std::min<std::size_t>(words30, 12) <= 10) return true;
  // "By Jane Doe", "By Jane Doe and John Roe | Reuters"
  if (t.size() > 4 && starts_with_lower(t, "by ") && t[3] >= 'A' && t[3] <= 'Z' && count_words(t, 12) <= 8 &&
      t.find('.') == std::string_view::npos)
    return true;
  // "5 min read", "3 minutes read"
  std::array<char, 24> buffer;
  std::size_t length = 0;
  if (short_normalized(t, buffer, length)) {
    std::string_view n(buffer.data(), length);
    if (n.find(" min read") != std::string_view::npos || n.find(" minutes read") != std::string_view::npos ||
        n.find(" mins read") != std::string_view::npos)
      return true;
  }
  // a line of a date or time alone ("Sunday, 20 Nov 2022 3:55 AM MYT", "31/12/2008 17:20"): the words of
  // the normalized line, read in place
  bool only_dates = false, counts = true;
  std::size_t words = 0;
  auto keep = [](char c) { return alpha(c) || digit(c) || static_cast<unsigned char>(c) >= 0x80; };
  for (std::size_t p = 0;;) {
    while (p < t.size() && !keep(t[p])) ++p;
    if (p == t.size()) break;
    std::size_t q = p;
    while (q < t.size() && keep(t[q])) ++q;
    only_dates = date_or_number(t.substr(p, q - p));
    // (a number of one to three digits alone, with spaces or tabs around it: a cell of a row of counts)
    counts &= q - p <= 3 && std::all_of(t.begin() + static_cast<long>(p), t.begin() + static_cast<long>(q), [](char c) { return digit(c); }) &&
              (p == 0 || space(t[p - 1])) && (q == t.size() || space(t[q]));
    ++words;
    if (!only_dates) break;
    p = q;
  }
  // ("61 42 14 11 10 2": three counts or more alone on a line are a table's row, not a date)
  if (only_dates && words >= 2 && !(counts && words >= 3)) return true;
  // a picture credit: a short line ending in "/Reuters", "/AFP", "Getty Images"
  if (words30 <= 25) {
    static constexpr std::string_view credits[] = {"getty images", "/reuters", "/afp", "/ap", "/epa", "/pti",
                                                   "/ani", "/xinhua", "shutterstock", "/file"};
    std::string tail;
    for (char c : t.substr(t.size() > 16 ? t.size() - 16 : 0)) tail += lower(c);
    while (!tail.empty() && (tail.back() == ')' || tail.back() == '.' || tail.back() == ' ')) tail.pop_back();
    for (std::string_view c : credits) {
      if (tail.size() >= c.size() && tail.compare(tail.size() - c.size(), c.size(), c) == 0) return true;
    }
  }
  return false;
}

/// True when line s repeats the headline h: the same normalized form, or that, a space and at most six
/// words more ("Title - Outlet").
bool repeats_headline(std::string_view s, std::string_view h) {
  NormChars x(s), y(h);
  for (int c = y.next(); c >= 0; c = y.next()) {
    if (x.next() != c) return false;
  }
  int c = x.next();
  if (c < 0) return true;
  if (c != ' ') return false;
  std::size_t more = 1;
  for (c = x.next(); c >= 0; c = x.next()) {
    if (c == ' ' && ++more > 6) return false;
  }
  return true;
}

/// True when the line ends a sentence (or is a closed quotation).
bool closed(std::string_view s) {
  std::size_t k = s.size();
  while (k > 0 && (s[k - 1] == '"' || s[k - 1] == ')' || s[k - 1] == '\'')) --k;
  if (k >= 3 && s.substr(k - 3, 3) == "\xe2\x80\x9d") k -= 3;  // closing curly quote
  return k > 0 && (s[k - 1] == '.' || s[k - 1] == '!' || s[k - 1] == '?');
}

/// (Numbers: layout_lines.h)
Numbers numbers_of(std::string_view s) {
  Numbers n;
  std::size_t i = 0;
  std::size_t last_end = 0;
  while (i < s.size()) {
    if (digit(s[i])) {
      std::size_t j = i;
      while (j < s.size() && (digit(s[j]) || ((s[j] == ',' || s[j] == '.') && j + 1 < s.size() && digit(s[j + 1])))) ++j;
      // ("50Plus – 4": digits glued to the letters of a name are part of the name, not a number)
      if (j < s.size() && ((s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= 'a' && s[j] <= 'z'))) {
        while (j < s.size() && !space(s[j])) ++j;
        i = j;
        continue;
      }
      if (i == 0) n.opens_with_digit = true;
      ++n.count;
      last_end = j;
      i = j;
    } else {
      ++i;
    }
  }
  if (n.count == 0) return n;
  // what follows the last number: nothing, a unit, a bracket, a full stop (normalized; a unit is short)
  static constexpr std::string_view units[] = {"",         "seats",  "seat",       "mps",         "mp",    "members",
                                               "mlas",     "mnas",   "each",       "apiece",      "seats each",
                                               "seat each", "mps each", "seats apiece"};
  std::array<char, 16> buffer;
  std::size_t length = 0;
  bool unit = short_normalized(s.substr(last_end), buffer, length) && in(units, std::string_view(buffer.data(), length));
  if (!unit && s.back() == ')') {
    // "74 (+3)", "159 (-71)", "87 seats (42)"
    std::size_t b = s.find('(', last_end);
    std::string_view tail = s.substr(last_end);
    std::size_t before_bracket = b == std::string_view::npos ? tail.size() : b - last_end;
    bool counted = b != std::string_view::npos && std::any_of(s.begin() + static_cast<long>(b), s.end(), [](char c) {
                     return digit(c) || c == '+' || c == '-';
                   });
    unit = counted && short_normalized(tail.substr(0, before_bracket), buffer, length) &&
           in(units, std::string_view(buffer.data(), length));
  }
  // a year is no count ("Election Results 2013")
  std::size_t first = last_end;
  while (first > 0 && digit(s[first - 1])) --first;
  if (last_end - first == 4 && (s[first] == '1' || s[first] == '2') && (s[first + 1] == '9' || s[first + 1] == '0'))
    unit = false;
  n.ends_with_count = unit;
  return n;
}

namespace {
/// The length of a cell mark at s[i]: '|', a tab, or a middle dot or bullet inside the line ("Likud: 32 ·
/// Yesh Atid: 24"); 0 when none.
std::size_t cell_mark_at(std::string_view s, std::size_t i) {
  if (s[i] == '|' || s[i] == '\t') return 1;
  if (i == 0 || (s[i] != '\xc2' && s[i] != '\xe2')) return 0;  // (a bullet opening the line is a list item's)
  if (s.substr(i, 2) == "\xc2\xb7") return 2;
  if (s.substr(i, 3) == "\xe2\x80\xa2") return 3;
  return 0;
}
}  // namespace

/// Cells split by '|', tabs, or middle dots and bullets inside the line.
std::size_t cell_marks(std::string_view s) {
  std::size_t marks = 0;
  for (std::size_t i = 0; i < s.size(); ++i) marks += cell_mark_at(s, i) > 0;
  return marks;
}

/// Calls f(cell) for each cell of s split by cell marks (cell_mark_at()), trimmed of spaces; stops when f
/// returns false.
template <typename F>
void each_cell(std::string_view s, F f) {
  std::size_t p = 0;
  while (p <= s.size()) {
    std::size_t q = p, len = 0;
    while (q < s.size() && (len = cell_mark_at(s, q)) == 0) ++q;
    std::string_view cell = s.substr(p, q - p);
    while (!cell.empty() && space(cell.front())) cell.remove_prefix(1);
    while (!cell.empty() && space(cell.back())) cell.remove_suffix(1);
    if (!f(cell)) return;
    p = q + std::max<std::size_t>(len, 1);
  }
}

/// True when a cell of s (split by '|' or tabs) is a number alone ("159", "-71", "(+3)", "–").
bool numeric_cell(std::string_view s) {
  bool found = false;
  each_cell(s, [&](std::string_view cell) {
    found = !cell.empty() && std::all_of(cell.begin(), cell.end(), [](char c) {
              return digit(c) || c == '+' || c == '-' || c == ',' || c == '.' || c == '%' || c == '(' || c == ')';
            }) && std::any_of(cell.begin(), cell.end(), [](char c) { return digit(c); });
    return !found;
  });
  return found;
}

/// True when most cells of s (split by '|' or tabs), two at least, are a name and a number ("PTI 116 | PML-N 64").
bool name_number_cells(std::string_view s) {
  std::size_t pairs = 0, all = 0;
  each_cell(s, [&](std::string_view cell) {
    if (cell.empty()) return true;
    ++all;
    // ("Reform UK 49 (+49)": a change in brackets after the count; "Senate Pact 66 (KO 41, Lewica 9)": its
    // members)
    if (cell.size() > 3 && cell.back() == ')') {
      std::size_t open = cell.find('(');
      std::size_t before = open;
      while (before > 0 && before != std::string_view::npos && space(cell[before - 1])) --before;
      if (open != std::string_view::npos && before > 0 && digit(cell[before - 1])) {
        cell = cell.substr(0, open);
        while (!cell.empty() && space(cell.back())) cell.remove_suffix(1);
      }
    }
    // ("Sweden Democrats 73+11", "Moderates 68\u22122": a change glued after the count)
    {
      std::size_t c = cell.size();
      while (c > 0 && digit(cell[c - 1])) --c;
      std::size_t sign = c;
      if (c < cell.size() && c > 0 && (cell[c - 1] == '+' || cell[c - 1] == '-')) sign = c - 1;
      else if (c < cell.size() && c >= 3 && cell.substr(c - 3, 3) == "\xe2\x88\x92") sign = c - 3;
      if (sign < c && sign > 0 && digit(cell[sign - 1])) cell = cell.substr(0, sign);
    }
    std::size_t e = cell.size();
    while (e > 0 && digit(cell[e - 1])) --e;
    pairs += e < cell.size() && cell.size() - e <= 3 && e >= 2 && space(cell[e - 1]) &&
             std::any_of(cell.begin(), cell.begin() + static_cast<long>(e),
                         [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
    return true;
  });
  return pairs >= 2 && 2 * pairs > all;
}

/// True when w is a number cell: digits with signs, separators, a percent or brackets ("159", "-71", "(+3)").
bool number_word(std::string_view w) {
  bool any_digit = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    any_digit |= digit(c);
    if (digit(c) || c == '+' || c == '-' || c == ',' || c == '.' || c == '%' || c == '(' || c == ')') continue;
    // ("9\u22121": the minus sign U+2212 of a change, three bytes that stand for a '-')
    if (w.substr(i, 3) != "\xe2\x88\x92") return false;
    i += 2;
  }
  return any_digit;
}

bool dash_word(std::string_view w) { return w == "-" || w == "\xe2\x80\x93" || w == "\xe2\x80\x94"; }

/// Words that may stand inside a name in lower case ("Party of the Regions", "Peasants and Workers").
constexpr std::string_view kNameConnectors[] = {"and", "of", "the", "for", "&",  "de", "del", "la", "e",
                                                "i",   "y",  "du",  "des", "van", "von", "ak", "al", "el", "da"};

/// "PML-N 69 98 1 0 0", "ANC 159 -71", "GU 44 +3 FP 30 -2": names (capitalised words) each followed by
/// numbers, nothing else; two numbers or more in all, and either two names or two numbers after one name.
bool name_then_numbers(std::string_view s) {
  if (closed(s) && !(s.size() > 1 && digit(s[s.size() - 2]))) return false;  // a sentence, not a row
  if (s.find(" = ") != std::string_view::npos) return false;  // "Pheu Thai: 136 + 0 = 136": a sum, a list line
  std::size_t groups = 0, numbers = 0, name_words = 0, most_in_group = 0, in_group = 0;
  bool in_numbers = false, long_names = false;
  for (std::size_t i = 0; i < s.size();) {
    while (i < s.size() && space(s[i])) ++i;
    std::size_t j = i;
    while (j < s.size() && !space(s[j])) ++j;
    if (j == i) break;
    std::string_view w = s.substr(i, j - i);
    i = j;
    if (!w.empty() && w.back() == ',' && number_word(w.substr(0, w.size() - 1))) return false;  // "ANC 28, DA 22": a list
    if (number_word(w) || (dash_word(w) && in_numbers)) {
      if (name_words == 0) return false;  // a number first
      if (!in_numbers) {
        ++groups;
        in_group = 0;
      }
      in_numbers = true;
      numbers += number_word(w);
      most_in_group = std::max(most_in_group, ++in_group);
      continue;
    }
    if (dash_word(w)) continue;  // "Shiv Sena - 57"
    if (in_numbers && w == "new") {  // "BSW 14 new": a party new to the chamber, in the change column
      ++numbers;
      most_in_group = std::max(most_in_group, ++in_group);
      continue;
    }
    if (in_numbers) name_words = 0;
    in_numbers = false;
    std::string lw;
    for (char c : w) lw += lower(c);
    // names are capitalised; a short lower-case word ("ak", "e") or a column mark ("%", "+/-") may stand in them
    // ("50PLUS": a name that opens with digits)
    bool capital = (w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0x80 || w[0] == '(' ||
                   (digit(w[0]) && std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
    bool mark = std::none_of(w.begin(), w.end(), [](char c) { return alpha(c); });
    std::string bare = lw;
    while (!bare.empty() && !alpha(bare.back())) bare.pop_back();
    if (in(kDateWords, bare) && bare.size() > 2) return false;  // "Brussels, 10 June 2024": a dateline
    bool group_word = in(detail::kPartyKeywordList, lw) || lw == "list" || lw == "group" ||  // "Red bloc 87"
                      lw == "others" || lw == "other" || lw == "independents" || lw == "independent";  // "... others 5"
    if (!capital && !mark && !in(kNameConnectors, lw) && !group_word) return false;
    // (more than eight: a row of names over the row of numbers after it, "ANC DA EFF MK ... 28 22 11 7 ...")
    if (++name_words > 30) return false;
    long_names |= name_words > 8;
  }
  if (long_names && !(groups == 1 && most_in_group >= 3)) return false;
  return !in_numbers ? false : numbers >= 2 && (groups >= 2 || most_in_group >= 2);
}

/// True when s reads like a name: at most one lower-case word that is no connector.
bool name_like(std::string_view s) {
  std::size_t lower_words = 0;
  for (std::size_t i = 0; i < s.size();) {
    while (i < s.size() && !alpha(s[i]) && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    std::size_t j = i;
    while (j < s.size() && (alpha(s[j]) || static_cast<unsigned char>(s[j]) >= 0x80 || s[j] == '\'' || s[j] == '-')) ++j;
    if (j == i) break;
    std::string lw;
    for (char c : s.substr(i, j - i)) lw += lower(c);
    if (s[i] >= 'a' && s[i] <= 'z' && !in(kNameConnectors, lw) && lw != "seats" && lw != "seat") ++lower_words;
    i = j;
  }
  return lower_words <= 1;
}

/// A short line with no digits: a header row of column names over table rows ("Party NA Punjab Sindh
/// Balochistan KP", "Party Seats +/-", "Elected Leading Total"). With a column of names first, or as many
/// words as the row under it has numbers.
/// (n: numbers_of(s); words: count_words(s, 20) at least)
bool header_row(std::string_view s, std::string_view next, const Numbers& n, std::size_t words) {
  if (n.count > 1 || closed(s)) return false;
  words = std::min<std::size_t>(words, 20);
  if (words < 2 || words > 14) return false;
  // ("parties" starts with "parti", which no other prefix does)
  if (normalized_starts_with(s, "party") || normalized_starts_with(s, "parties") || normalized_starts_with(s, "alliance") ||
      normalized_starts_with(s, "coalition") || normalized_starts_with(s, "group") || normalized_starts_with(s, "list"))
    return true;
  if (!name_like(s) || !name_then_numbers(next)) return false;
  std::size_t numbers = numbers_of(next).count;
  return numbers == words;
}

/// "Seat breakdown (NEC final): Party Constituency PR Total Minjoo 110 13 123 ...", "Seats, according to the
/// DIK's preliminary count: PES 24 Together! 21 ...": a short caption with no number, a colon, then names and
/// their numbers (or a header and its rows), all on one line.
bool captioned_row(std::string_view s) {
  std::size_t colon = s.find(": ");
  if (colon == std::string_view::npos || colon == 0 || count_words(s.substr(0, colon), 10) > 8) return false;
  std::string_view rest = s.substr(colon + 2);
  while (!rest.empty() && space(rest.front())) rest.remove_prefix(1);
  // (a caption with numbers, "Seats won, all 93 seats decided (ABC):", over three pairs at least)
  if (std::any_of(s.begin(), s.begin() + static_cast<long>(colon), [](char c) { return digit(c); }) &&
      numbers_of(rest).count < 3)
    return false;
  return name_then_numbers(rest);
}

/// A chamber's name with its size in brackets over its rows: "Masovian regional assembly (51 seats)",
/// "WARSAW CITY COUNCIL (60 seats)". The words before the bracket end with a chamber noun, so "Labour (412
/// seats)" stays a list line; one that ends with a colon ("Punjab Assembly (297 of 297 seats):") is an intro.
bool sized_chamber_heading(std::string_view s) {
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  if (s.empty() || s.back() != ')') return false;
  std::size_t open = s.rfind('(');
  if (open == std::string_view::npos || open == 0) return false;
  std::string inside = detail::lower_ascii(s.substr(open + 1, s.size() - open - 2));
  if (!std::any_of(inside.begin(), inside.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  static constexpr std::string_view units[] = {"seat", "member", "mp", "constituenc", "ward", "district"};
  // ("Sindh Assembly (128 of 130)": the seats declared of the chamber's, the unit left out)
  std::size_t of = inside.find(" of ");
  bool part_of_whole = of != std::string::npos && of > 0 && digit(inside[of - 1]) && of + 4 < inside.size() && digit(inside[of + 4]);
  if (!part_of_whole &&
      !std::any_of(std::begin(units), std::end(units), [&](std::string_view u) { return inside.find(u) != std::string::npos; }))
    return false;
  std::string_view before = s.substr(0, open);
  while (!before.empty() && space(before.back())) before.remove_suffix(1);
  std::size_t start = before.find_last_of(" \t");
  std::string last = detail::lower_ascii(before.substr(start == std::string_view::npos ? 0 : start + 1));
  static constexpr std::string_view chambers[] = {
      "assembly", "council", "parliament", "senate", "house", "legislature", "chamber", "diet", "sabha", "duma",
      "majlis", "sejm", "sejmik", "bundestag", "landtag", "riksdag", "storting", "knesset", "representatives",
      "commons", "councillors", "lords", "deputies", "corporation", "municipality", "assemblies"};
  // ("PARLIAMENT OF CATALONIA (135 seats)", "Chamber of Deputies (513 seats)": the chamber noun first)
  std::size_t space1 = before.find(' ');
  std::string first_word = detail::lower_ascii(before.substr(0, space1)), second_word;
  if (space1 != std::string_view::npos) {
    std::string_view after = before.substr(space1 + 1);
    second_word = detail::lower_ascii(after.substr(0, after.find(' ')));
  }
  bool noun_first = second_word == "of" && std::find(std::begin(chambers), std::end(chambers), first_word) != std::end(chambers);
  // ("PROPORTIONAL (110 seats)", "Party-list (63 seats)": a tier of the chamber's seats)
  static constexpr std::string_view tiers[] = {"proportional", "first-past-the-post", "fptp", "constituency",
                                               "constituencies", "party-list", "list", "national", "district",
                                               "districts", "direct", "regional"};
  if (std::find(std::begin(tiers), std::end(tiers), first_word) != std::end(tiers) && count_words(before, 14) <= 4)
    return true;
  return (noun_first || std::find(std::begin(chambers), std::end(chambers), last) != std::end(chambers)) &&
         count_words(before, 14) <= 10;
}

/// A short line over a section: no final full stop, at most 12 words, a letter in it, not a list line.
/// (words: count_words(s, 14) at least)
bool heading_shape(std::string_view s, const Numbers& n, std::size_t words) {
  words = std::min<std::size_t>(words, 14);
  if (closed(s) || s.size() > 100 || words > 12) return false;
  // "The provisional results, as released by the commission:" is a sentence that introduces a list
  if (s.back() == ':' && words > 5 && !name_like(s)) return false;
  if (!std::any_of(s.begin(), s.end(), [](char c) { return alpha(c); })) return false;
  if (n.ends_with_count && !(s.back() == ':')) return false;
  char last = s.back();
  return last != ',' && last != ';';
}


}  // namespace tally::extract::lines
