#include "tally/dating.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace tally {
namespace {

/// Without any year in the text, a weekday tied to a month and day picks the latest matching year up to this.
constexpr int kReferenceYear = 2026;
constexpr std::size_t kMaxMentions = 4096;

/// A word of the text, lower-cased and cut to 12 characters, without allocating.
struct Word {
  std::size_t begin = 0, end = 0;
  std::array<char, 12> buf{};
  std::size_t len = 0;
  std::string_view lower() const { return {buf.data(), len}; }
};

// ASCII classes, as std::isalpha/isupper/tolower give them in the "C" locale tally runs in, without a call.
bool is_alpha(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
bool is_upper(char c) { return static_cast<unsigned char>(c - 'A') < 26; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c | 0x20) : c; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

int month_of(std::string_view w) {
  if (w.size() < 3 || w.size() > 9) return 0;
  static constexpr std::array<std::string_view, 12> full{"january", "february", "march",     "april",
                                                         "may",     "june",     "july",      "august",
                                                         "september", "october", "november", "december"};
  for (std::size_t i = 0; i < full.size(); ++i) {
    if (w == full[i]) return static_cast<int>(i) + 1;
    if (w.size() >= 3 && w.size() <= 4 && full[i].substr(0, w.size()) == w)
      return static_cast<int>(i) + 1;
  }
  if (w == "sept") return 9;
  return 0;
}

int weekday_of(std::string_view w) {
  if (w.size() < 6 || w.size() > 9 || w.substr(w.size() - 3) != "day") return -1;
  static constexpr std::array<std::string_view, 7> days{"sunday",   "monday", "tuesday", "wednesday",
                                                        "thursday", "friday", "saturday"};
  for (std::size_t i = 0; i < days.size(); ++i) {
    if (w == days[i]) return static_cast<int>(i);
  }
  return -1;
}

/// A month and day (and perhaps year) written in the text.
struct MonthDay {
  std::size_t begin;
  int month, day, year;  // year 0 when not given
};

struct Scan {
  std::vector<MonthDay> dates;
  std::vector<int> weekdays;  // weekdays named ("on Friday", "Thursday's")
  bool today = false;          // "today", "tonight", "this morning"
  bool yesterday = false;      // "yesterday", "last night"
  int max_year = 0;
};

int small_number(std::string_view s) {
  // "9", "09", "9th", "1st", "22nd", "3rd"
  std::size_t i = 0;
  int value = 0;
  while (i < s.size() && is_digit(s[i]) && i < 2) value = value * 10 + (s[i++] - '0');
  if (i == 0) return 0;
  std::string_view rest = s.substr(i);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
  return value;
}

int year_number(std::string_view s) {
  if (s.size() != 4 || !std::all_of(s.begin(), s.end(), is_digit)) return 0;
  int y = std::stoi(std::string(s));
  return y >= 1900 && y <= 2100 ? y : 0;
}

Scan scan(std::string_view text) {
  Scan out;
  // Walk words once; keep a short window of recent words.
  std::size_t i = 0;
  auto next_word = [&](Word& w) {
    while (i < text.size() && !is_alpha(text[i]) && !is_digit(text[i])) ++i;
    if (i >= text.size()) return false;
    w.begin = i;
    bool digits = is_digit(text[i]);
    while (i < text.size() && (is_alpha(text[i]) || is_digit(text[i]))) ++i;
    w.end = i;
    w.len = std::min<std::size_t>(w.end - w.begin, w.buf.size());
    for (std::size_t k = 0; k < w.len; ++k) {
      char c = text[w.begin + k];
      w.buf[k] = digits ? c : to_lower(c);
    }
    return true;
  };
  // The current word and the one before it, in turns (no copying): the `continue`s below still flip them.
  std::array<Word, 2> pair;
  std::size_t cur = 0;
  std::size_t seen = 0;
  for (; next_word(pair[cur]); cur ^= 1) {
    const Word& w = pair[cur];
    ++seen;
    if (int y = year_number(w.lower())) out.max_year = std::max(out.max_year, y);
    if (w.lower() == "today" || w.lower() == "tonight" || (w.lower() == "morning" && pair[cur ^ 1].lower() == "this")) out.today = true;
    if (w.lower() == "yesterday" || (w.lower() == "night" && pair[cur ^ 1].lower() == "last")) out.yesterday = true;
    if (out.dates.size() + out.weekdays.size() >= kMaxMentions) continue;
    if (weekday_of(w.lower()) >= 0 && is_upper(text[w.begin])) {
      out.weekdays.push_back(weekday_of(w.lower()));
    }
    if (seen < 2) continue;
    const Word& prev = pair[cur ^ 1];
    // "February 8" / "Feb. 8"
    // (a month is capitalised: most words need no lookup)
    int month = is_upper(text[prev.begin]) ? month_of(prev.lower()) : 0;
    int day = small_number(w.lower());
    bool capital = is_upper(text[prev.begin]);
    if (month && capital && day >= 1 && day <= 31 && w.begin - prev.end <= 3) {
      MonthDay md{prev.begin, month, day, 0};
      // a year right after: "February 8, 2024"
      std::size_t j = w.end;
      while (j < text.size() && (text[j] == ',' || text[j] == ' ')) ++j;
      if (j + 4 <= text.size() && (j + 4 == text.size() || !is_digit(text[j + 4]))) {
        md.year = year_number(text.substr(j, 4));
      }
      out.dates.push_back(md);
      continue;
    }
    // "8 February"
    day = small_number(prev.lower());
    month = is_upper(text[w.begin]) ? month_of(w.lower()) : 0;
    if (month && is_upper(text[w.begin]) && day >= 1 && day <= 31 &&
        w.begin - prev.end <= 2 && w.lower().size() >= 3) {
      MonthDay md{prev.begin, month, day, 0};
      std::size_t j = w.end;
      while (j < text.size() && (text[j] == ',' || text[j] == ' ')) ++j;
      if (j + 4 <= text.size() && (j + 4 == text.size() || !is_digit(text[j + 4]))) {
        md.year = year_number(text.substr(j, 4));
      }
      out.dates.push_back(md);
    }
  }
  return out;
}

std::optional<Date> make(int y, int m, int d) {
  if (!is_valid_date(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

/// The year for a month-day mention without one: a year in the text, else one that agrees with a weekday.
int infer_year(const Scan& s) {
  for (const auto& md : s.dates) {
    if (md.year) return md.year;
  }
  return s.max_year;
}

}  // namespace

DateFinding find_date(std::string_view text, std::optional<Date> fallback) {
  DateFinding found;
  // Header: " date YYYY-MM-DD" (leading blanks optional).
  std::size_t i = 0;
  while (i < text.size() && i < 8 && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (text.substr(i, 5) == "date ") {
    std::size_t at = i + 5;
    while (at < text.size() && text[at] == ' ') ++at;
    std::string_view candidate = text.substr(at, 10);
    // ASCII only, so that the body never starts inside a multi-byte character.
    bool shaped = candidate.size() == 10 && candidate[4] == '-' && candidate[7] == '-' &&
                  std::all_of(candidate.begin(), candidate.end(),
                              [](char c) { return c > ' ' && static_cast<unsigned char>(c) < 0x80; });
    if (shaped) {
      found.body_offset = std::min(text.size(), at + 10);
      if (found.body_offset < text.size() && text[found.body_offset] == ' ') ++found.body_offset;
      if (auto date = parse_iso_date(candidate)) {
        found.date = date;
        found.source = DateSource::header;
        return found;
      }
      found.bad_header = true;
    } else if (at < text.size() && text[at] >= '0' && text[at] <= '9') {
      // " date 2024-02-9", " date 9/2/2024": a header, but not YYYY-MM-DD; skipped with a warning
      std::size_t end = at;
      while (end < text.size() && end - at < 20 &&
             ((text[end] >= '0' && text[end] <= '9') || text[end] == '-' || text[end] == '/' || text[end] == '.'))
        ++end;
      if (end < text.size() && (text[end] == ' ' || text[end] == '\n' || text[end] == '\r' || text[end] == '\t')) {
        found.malformed_header = true;
        found.body_offset = end + (text[end] == ' ' ? 1 : 0);
      }
    }
  }
  std::string_view body = text.substr(found.body_offset);
  Scan s = scan(body);
  int year = infer_year(s);

  // Dateline: a month and day near the start of one of the first lines (a headline may come first), after a
  // place name and a comma: "ISLAMABAD, Feb 9 (Reuters) -", "Kathmandu, Dec 13, 2022:".
  for (const auto& md : s.dates) {
    if (md.begin > 800) break;
    std::size_t line_start = body.rfind('\n', md.begin);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    if (md.begin - line_start > 90) continue;
    std::string_view before = body.substr(line_start, md.begin - line_start);
    // the month right after the place's comma or bracket: "ISLAMABAD, Feb 9", "Delhi [India], June 4", not
    // "the election, held on February 8"
    std::size_t mark = before.find_last_of(",]");
    bool after_place = mark != std::string_view::npos && before.find_first_not_of(" \t:-", mark + 1) == std::string_view::npos;
    if (!after_place) continue;
    int y = md.year ? md.year : year;
    if (y == 0 && fallback) y = fallback->year;
    if (auto date = make(y, md.month, md.day)) {
      found.date = date;
      found.source = DateSource::dateline;
      return found;
    }
  }

  // The text: the latest month-day given, moved on to a weekday named after it ("on Friday").
  std::optional<Date> latest;
  for (const auto& md : s.dates) {
    int y = md.year ? md.year : year;
    if (y == 0) {
      // No year anywhere: the latest year up to kReferenceYear where a named weekday falls on this day.
      for (int candidate = kReferenceYear; candidate >= kReferenceYear - 30 && y == 0; --candidate) {
        auto date = make(candidate, md.month, md.day);
        if (date && std::find(s.weekdays.begin(), s.weekdays.end(), weekday(*date)) != s.weekdays.end()) {
          y = candidate;
        }
      }
    }
    auto date = make(y, md.month, md.day);
    if (date && (!latest || *date > *latest)) latest = date;
  }
  // A date in the text is the date of an event; only a weekday tied to it ("on Friday" after "Thursday's
  // election" and "February 8") says when the article itself was written.
  if (latest && !s.weekdays.empty()) {
    // Each weekday named resolves to the first such day on or after the latest date; take the latest.
    long base = days_from_civil(*latest);
    long best = base;
    int base_weekday = weekday(*latest);
    for (int wd : s.weekdays) {
      long offset = (wd - base_weekday + 7) % 7;
      best = std::max(best, base + offset);
    }
    found.date = civil_from_days(best);
    found.source = DateSource::text;
    return found;
  }
  // "yesterday's election" beside "February 8": written the day after; "today, February 9": that day.
  if (latest && (s.yesterday || s.today)) {
    found.date = s.yesterday ? civil_from_days(days_from_civil(*latest) + 1) : latest;
    found.source = DateSource::text;
    return found;
  }
  // No date in the text: relative words resolve against --date, the reference (news reports the past, so a
  // weekday is the latest such day on or before it).
  if (fallback && !latest && (!s.weekdays.empty() || s.yesterday || s.today)) {
    long reference = days_from_civil(*fallback);
    long best = s.yesterday ? reference - 1 : reference;
    if (!s.weekdays.empty() && !s.yesterday && !s.today) {
      int ref_weekday = weekday(*fallback);
      best = reference - 7;
      for (int wd : s.weekdays) best = std::max(best, reference - (ref_weekday - wd + 7) % 7);
    }
    found.date = civil_from_days(best);
    found.source = DateSource::text;
    return found;
  }
  if (fallback) {
    found.date = fallback;
    found.source = DateSource::option;
  }
  return found;
}

}  // namespace tally
