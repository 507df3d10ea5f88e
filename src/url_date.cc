#include "url_date.h"

#include <array>
#include <vector>

namespace tally {
namespace {

constexpr int kFirstYear = 1990, kLastYear = 2099;

bool digit(char c) { return c >= '0' && c <= '9'; }
bool letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

std::optional<Date> make(long y, long m, long d) {
  if (y < kFirstYear || y > kLastYear || m < 1 || d < 1) return std::nullopt;
  if (!is_valid_date(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d))) return std::nullopt;
  return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

/// The path of a URL: after the scheme and host, before '?' or '#'. A string without "://" is a path.
std::string_view path_of(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme != std::string_view::npos && scheme < 16) {
    std::size_t slash = url.find('/', scheme + 3);
    url = slash == std::string_view::npos ? std::string_view() : url.substr(slash);
  }
  std::size_t end = url.find_first_of("?#");
  return end == std::string_view::npos ? url : url.substr(0, end);
}

/// A word of the path: a run of digits or of letters, with the character before and after it.
struct Word {
  std::string_view text;
  bool digits = false;
  char before = 0, after = 0;  ///< 0 at the ends
};

std::vector<Word> words(std::string_view path) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < path.size()) {
    if (!digit(path[i]) && !letter(path[i])) {
      ++i;
      continue;
    }
    std::size_t b = i;
    bool digits = digit(path[i]);
    while (i < path.size() && (digits ? digit(path[i]) : letter(path[i]))) ++i;
    out.push_back({path.substr(b, i - b), digits, b ? path[b - 1] : '\0', i < path.size() ? path[i] : '\0'});
  }
  return out;
}

long value(const Word& w) {
  if (!w.digits || w.text.size() > 8) return -1;
  long v = 0;
  for (char c : w.text) v = v * 10 + (c - '0');
  return v;
}

int month_named(std::string_view w) {
  static constexpr std::array<std::string_view, 12> names{"january", "february", "march",     "april",
                                                          "may",     "june",     "july",      "august",
                                                          "september", "october", "november", "december"};
  if (w.size() < 3 || w.size() > 9) return 0;
  std::array<char, 9> buf{};
  for (std::size_t i = 0; i < w.size(); ++i) buf[i] = static_cast<char>(w[i] | 0x20);
  std::string_view l(buf.data(), w.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (l == names[i] || (l.size() == 3 && names[i].substr(0, 3) == l)) return static_cast<int>(i) + 1;
  }
  return l == "sept" ? 9 : 0;
}

/// A month written as 1 or 2 digits or as a name.
int month_of(const Word& w) {
  if (w.digits) return w.text.size() <= 2 ? static_cast<int>(value(w)) : 0;
  return month_named(w.text);
}

/// A day: 1 or 2 digits.
long day_of(const Word& w) { return w.digits && w.text.size() <= 2 ? value(w) : -1; }

bool dash(char c) { return c == '-' || c == '_' || c == '.'; }

/// The date that starts at word i, if one does.
std::optional<Date> date_at(const std::vector<Word>& w, std::size_t i) {
  const Word& a = w[i];
  std::size_t left = w.size() - i;
  // eight digits alone: 20240209
  if (a.digits && a.text.size() == 8) {
    long v = value(a);
    return make(v / 10000, v / 100 % 100, v % 100);
  }
  if (left < 3) return std::nullopt;
  const Word& b = w[i + 1];
  const Word& c = w[i + 2];
  // three words joined by one kind of separator: '/' between segments, '-' '_' '.' inside one
  char sep = a.after;
  bool joined = (sep == '/' || dash(sep)) && b.before == sep && b.after == sep && c.before == sep;
  if (!joined) return std::nullopt;
  // the third word must end there: "/2024/02/09/", "2024-02-09-slug", not "2024-02-091"
  if (a.digits && a.text.size() == 4) {  // year month day
    if (!c.digits || c.text.size() > 2) return std::nullopt;
    return make(value(a), month_of(b), day_of(c));
  }
  if (sep == '/') return std::nullopt;  // "/09/02/2024/": which is the month?
  if (a.digits && !b.digits && c.digits && c.text.size() == 4) return make(value(c), month_named(b.text), day_of(a));
  if (!a.digits && b.digits && c.digits && c.text.size() == 4) return make(value(c), month_named(a.text), day_of(b));
  return std::nullopt;
}

}  // namespace

std::optional<Date> date_from_url(std::string_view url) {
  std::vector<Word> w = words(path_of(url));
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (auto d = date_at(w, i)) return d;
  }
  return std::nullopt;
}

void rank_outside_dates(DateFinding& found, std::optional<Date> metadata, std::optional<Date> url) {
  if (found.source == DateSource::header) return;
  if (metadata) {
    found.date = metadata;
    found.source = DateSource::metadata;
    found.confidence = DateConfidence::high;  // the page or feed states its publication date in full
    return;
  }
  if (found.source == DateSource::dateline || !url) return;
  found.date = url;
  found.source = DateSource::url;
  found.confidence = DateConfidence::medium;  // a publication date, but read from a path
}

}  // namespace tally
