#include "published_date.h"

#include <array>

namespace tally {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }

/// The number in s[at, at + n) when those are all digits, else -1.
long number(std::string_view s, std::size_t at, std::size_t n) {
  if (at + n > s.size()) return -1;
  long v = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (!digit(s[i])) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

std::optional<Date> make(long y, long m, long d) {
  if (y < 0 || m < 0 || d < 0 || !is_valid_date(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)))
    return std::nullopt;
  return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

/// 1-12 for an English month name or its 3-letter (or "Sept") abbreviation, else 0.
int month_named(std::string_view w) {
  static constexpr std::array<std::string_view, 12> names{"january", "february", "march",     "april",
                                                          "may",     "june",     "july",      "august",
                                                          "september", "october", "november", "december"};
  if (w.size() < 3 || w.size() > 9) return 0;
  std::array<char, 9> buf{};
  for (std::size_t i = 0; i < w.size(); ++i) buf[i] = lower(w[i]);
  std::string_view l(buf.data(), w.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (l == names[i] || (l.size() == 3 && names[i].substr(0, 3) == l)) return static_cast<int>(i) + 1;
  }
  return l == "sept" ? 9 : 0;
}

/// Splits into words of letters or digits (at most 8), for the written forms.
struct Words {
  std::array<std::string_view, 8> at{};
  std::size_t n = 0;
};
Words words(std::string_view s) {
  Words w;
  std::size_t i = 0;
  while (i < s.size() && w.n < w.at.size()) {
    while (i < s.size() && !digit(s[i]) && !((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')) ++i;
    std::size_t b = i;
    bool digits = i < s.size() && digit(s[i]);
    while (i < s.size() && (digits ? digit(s[i]) : ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))) ++i;
    if (i > b) w.at[w.n++] = s.substr(b, i - b);
  }
  return w;
}

long word_number(std::string_view w) {
  if (w.empty() || w.size() > 4) return -1;
  return number(w, 0, w.size());
}

/// "Fri, 09 Feb 2024 ...", "9 February 2024", "February 9, 2024", "Feb 9 2024".
std::optional<Date> written(std::string_view s) {
  Words w = words(s);
  for (std::size_t i = 0; i + 2 < w.n && i < 2; ++i) {
    // day month year
    if (long d = word_number(w.at[i]); d > 0 && w.at[i].size() <= 2) {
      if (int m = month_named(w.at[i + 1]); m && w.at[i + 2].size() == 4) return make(word_number(w.at[i + 2]), m, d);
    }
    // month day year
    if (int m = month_named(w.at[i])) {
      long d = word_number(w.at[i + 1]);
      if (d > 0 && w.at[i + 1].size() <= 2 && w.at[i + 2].size() == 4) return make(word_number(w.at[i + 2]), m, d);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Date> parse_published_date(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  if (s.empty() || s.size() > 200) return std::nullopt;
  // YYYY-MM-DD or YYYY/MM/DD, then the end, a time ('T' or a space) or a zone
  if (s.size() >= 10 && (s[4] == '-' || s[4] == '/') && s[7] == s[4]) {
    long y = number(s, 0, 4), m = number(s, 5, 2), d = number(s, 8, 2);
    if (y < 0 || m < 0 || d < 0) return std::nullopt;
    if (s.size() > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ' && s[10] != 'Z' && s[10] != '+') return std::nullopt;
    return make(y, m, d);
  }
  bool all_digits = true;
  for (char c : s) all_digits = all_digits && digit(c);
  if (all_digits) {
    if (s.size() == 8) return make(number(s, 0, 4), number(s, 4, 2), number(s, 6, 2));  // 20240209
    // Unix time: seconds (from 1973) or milliseconds, as a UTC date
    long long v = 0;
    for (char c : s.substr(0, 13)) v = v * 10 + (c - '0');
    long long seconds = -1;
    if (s.size() == 9 || s.size() == 10) seconds = v;
    if (s.size() == 12 || s.size() == 13) seconds = v / 1000;
    if (seconds < 0) return std::nullopt;
    Date d = civil_from_days(static_cast<long>(seconds / 86400));
    return make(d.year, d.month, d.day);
  }
  return written(s);
}

}  // namespace tally
