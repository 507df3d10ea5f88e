// The date of an article. In order: a " date YYYY-MM-DD" header; a dateline ("ISLAMABAD, Feb 9 (Reuters) -");
// a stamp line near the top ("Updated July 17, 2017 5:18 pm", "Post by X on Jan 6, 2014", a date alone on a
// line); the text's own reporting day (the latest date it gives for events, moved to a weekday it names or to
// the day after "yesterday"); --date. A date in a past or future reference ("on February 8, 2019, when ...",
// "the last election took place on ...", "will be sworn in on May 20", an anniversary) is never the article's,
// and neither is a date before the election the article reports.
#include "tally/dating.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace tally {
namespace {

/// Without any year in the text, a weekday tied to a month and day picks the latest matching year up to this.
constexpr int kReferenceYear = 2026;
constexpr std::size_t kMaxMentions = 4096;
/// Stamp lines are looked for in the first lines only.
constexpr std::size_t kStampBytes = 3000;
constexpr int kStampLines = 40;
/// Words looked at before a date for the clause's tense, and after it for "ago" or "anniversary".
constexpr std::size_t kBehind = 12;
constexpr int kAhead = 6;

/// A word of the text, lower-cased and cut to 12 characters, without allocating.
struct Word {
  std::size_t begin = 0, end = 0;
  std::array<char, 12> buf{};
  std::size_t len = 0;
  bool clause_start = false;  ///< a sentence or line begins with it
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

template <std::size_t N>
bool one_of(std::string_view w, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

/// Words of an election ("Thursday's election", "the vote on February 8").
constexpr std::array<std::string_view, 12> kElectionWords{"election", "elections", "vote",   "votes",  "voting", "voted",
                                                          "polls",    "poll",      "ballot", "polling", "round", "runoff"};
/// Words that put a clause in the future: a date in it is not when the article was written.
constexpr std::array<std::string_view, 16> kFutureWords{
    "will",    "would",   "shall",    "due",      "scheduled", "expected", "postponed", "deferred",
    "delayed", "next",    "upcoming", "planned",  "until",     "till",     "adjourned", "rescheduled"};
/// Words that put a clause in the past of an earlier election.
constexpr std::array<std::string_view, 5> kEarlierWords{"last", "previous", "earlier", "prior", "preceding"};

/// What the clause around a month-day mention says of it.
enum class Tense : std::uint8_t { plain, past, future };

/// A month and day (and perhaps year) written in the text.
struct MonthDay {
  std::size_t begin, end;
  int month, day, year;  // year 0 when not given
  Tense tense = Tense::plain;
  bool election = false;  ///< its clause names an election or vote
  int weekday = -1;       ///< a weekday written right before it ("Thursday, February 8")
  int ahead = kAhead;     ///< words still to look at after it
};

/// A weekday named in the text, and whether it can be the day the article reports from.
struct NamedDay {
  int weekday;
  std::size_t end;
  bool reporting = true;  ///< not tied to a date, not an election's day ("Thursday's election"), not in the future
};

struct Scan {
  std::vector<MonthDay> dates;
  std::vector<NamedDay> weekdays;
  bool today = false;      // "today", "tonight", "this morning"
  bool yesterday = false;  // "yesterday", "last night"
  int max_year = 0;
  std::vector<int> election_days;  // weekdays of the election ("Thursday's election")
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
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  return y >= 1900 && y <= 2100 ? y : 0;
}

/// A year written right after position j (", 2024" / " 2024"), or 0.
int year_after(std::string_view text, std::size_t j) {
  while (j < text.size() && (text[j] == ',' || text[j] == ' ')) ++j;
  if (j + 4 <= text.size() && (j + 4 == text.size() || !is_digit(text[j + 4]))) return year_number(text.substr(j, 4));
  return 0;
}

/// The last words seen, oldest first, up to kBehind (a ring without copying strings).
class Recent {
 public:
  void push(const Word& w) {
    ring_[next_ % ring_.size()] = w;
    ++next_;
  }
  std::size_t size() const { return std::min(next_, ring_.size()); }
  /// k = 0 is the latest word.
  const Word& back(std::size_t k) const { return ring_[(next_ - 1 - k) % ring_.size()]; }

 private:
  std::array<Word, kBehind + 2> ring_{};
  std::size_t next_ = 0;
};

/// The tense of the clause that ends at the words before a mention (the mention's own words excluded: skip).
Tense tense_behind(const Recent& recent, std::size_t skip, bool& election) {
  bool earlier = false;
  if (skip == 0 || skip > recent.size() || recent.back(skip - 1).clause_start) return Tense::plain;
  for (std::size_t k = skip; k < recent.size(); ++k) {
    const Word& w = recent.back(k);
    std::string_view l = w.lower();
    std::string_view after = k > skip ? recent.back(k - 1).lower() : std::string_view();
    // "will", "due", "set for", "put off to", "pushed back to"
    if (one_of(l, kFutureWords) || (l == "set" && (after == "for" || after == "to")) ||
        ((l == "put" || l == "pushed") && (after == "off" || after == "back")))
      return Tense::future;
    if (l == "anniversary" || l == "ago") return Tense::past;
    if (one_of(l, kElectionWords)) {
      // the election's own date: "the vote on February 8", "the election of Sunday, 23 February", "polls,
      // held on February 8"; not a date said further on in the clause
      if (k <= skip + 5) election = true;
      // "the last election took place on": an earlier word before the election word
      for (std::size_t m = k + 1; m < recent.size() && m <= k + 3; ++m) {
        if (one_of(recent.back(m).lower(), kEarlierWords)) earlier = true;
        if (recent.back(m).clause_start) break;
      }
    }
    if (w.clause_start) break;
  }
  return earlier ? Tense::past : Tense::plain;
}

Scan scan(std::string_view text) {
  Scan out;
  std::size_t i = 0;
  auto next_word = [&](Word& w) {
    bool boundary = i == 0;
    while (i < text.size() && !is_alpha(text[i]) && !is_digit(text[i])) {
      char c = text[i];
      if (c == '\n' || ((c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < text.size() &&
                        (text[i + 1] == ' ' || text[i + 1] == '\n')))
        boundary = true;
      ++i;
    }
    if (i >= text.size()) return false;
    w.begin = i;
    w.clause_start = boundary;
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
  Recent recent;
  std::vector<std::size_t> open;  // mentions still looking ahead
  Word w;
  bool future_clause = false;  // the current clause has a future word (for years)
  while (next_word(w)) {
    if (w.clause_start) future_clause = false;
    std::string_view l = w.lower();
    if (one_of(l, kFutureWords)) future_clause = true;
    // Look ahead for the mentions before: "February 8, 2019, when ... ago", "... marks the anniversary".
    for (std::size_t k = 0; k < open.size();) {
      MonthDay& md = out.dates[open[k]];
      if (w.clause_start || --md.ahead <= 0) {
        open.erase(open.begin() + static_cast<long>(k));
        continue;
      }
      if (l == "ago" || l == "anniversary") md.tense = Tense::past;
      if (one_of(l, kElectionWords)) md.election = true;
      ++k;
    }
    bool has_prev = recent.size() > 0;
    const Word prev = has_prev ? recent.back(0) : Word{};
    // the years of the reported events, for dates written without one: not a year said to be past ("since
    // 2019", "the previous 2019 vote", "last 2019")
    if (int y = year_number(l); y && !(has_prev && !w.clause_start && (prev.lower() == "since" || one_of(prev.lower(), kEarlierWords))))
      out.max_year = std::max(out.max_year, y);
    recent.push(w);
    if (l == "today" || l == "tonight" || (l == "morning" && prev.lower() == "this")) out.today = true;
    if (l == "yesterday" || (l == "night" && prev.lower() == "last")) out.yesterday = true;
    if (out.dates.size() + out.weekdays.size() >= kMaxMentions) continue;
    if (int wd = weekday_of(l); wd >= 0 && is_upper(text[w.begin])) {
      NamedDay day{wd, w.end};
      // "Thursday's election", "Sunday's second round": the election's day, not the reporting day
      bool possessive = w.end < text.size() && (text[w.end] == '\'' || static_cast<unsigned char>(text[w.end]) == 0xE2);
      if (possessive) {
        std::size_t j = w.end;
        while (j < text.size() && j < w.end + 40 && text[j] != '.' && text[j] != ',' && text[j] != '\n') ++j;
        std::string tail(text.substr(w.end, j - w.end));
        for (auto& c : tail) c = to_lower(c);
        for (std::string_view e : kElectionWords) {
          if (tail.find(e) != std::string::npos) day.reporting = false;
        }
        if (!day.reporting) out.election_days.push_back(wd);
      }
      if (future_clause) day.reporting = false;
      out.weekdays.push_back(day);
    }
    if (!has_prev) continue;
    auto add = [&](std::size_t begin, int month, int day) {
      MonthDay md{begin, w.end, month, day, year_after(text, w.end)};
      bool election = false;
      md.tense = tense_behind(recent, 2, election);
      md.election = election;
      // a weekday written right before: "Thursday, February 8", "Sunday, 23 February 2025"; the election's day
      // is not the reporting day ("said on Friday, February 9" is)
      if (!out.weekdays.empty() && begin >= out.weekdays.back().end && begin - out.weekdays.back().end <= 3 &&
          text.substr(out.weekdays.back().end, begin - out.weekdays.back().end).find_first_not_of(" ,") == std::string_view::npos) {
        md.weekday = out.weekdays.back().weekday;
        if (md.election || md.tense != Tense::plain) out.weekdays.back().reporting = false;
      }
      open.push_back(out.dates.size());
      out.dates.push_back(md);
    };
    // "February 8" / "Feb. 8" (a month is capitalised: most words need no lookup)
    int day = small_number(l);
    if (is_upper(text[prev.begin]) && day >= 1 && day <= 31 && w.begin - prev.end <= 3) {
      if (int month = month_of(prev.lower())) {
        add(prev.begin, month, day);
        continue;
      }
    }
    // "8 February"
    day = small_number(prev.lower());
    if (is_upper(text[w.begin]) && day >= 1 && day <= 31 && w.begin - prev.end <= 2 && l.size() >= 3) {
      if (int month = month_of(l)) add(prev.begin, month, day);
    }
  }
  return out;
}

std::optional<Date> make(int y, int m, int d) {
  if (!is_valid_date(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

/// The year of the events the article reports, for dates written without one: the latest year the text gives
/// (an earlier year is a past reference; a later one is rare enough: "the next vote, due in 2029").
int reported_year(const Scan& s) { return s.max_year; }

/// A mention of an earlier year than the latest the text gives for a date outside a future clause ("on
/// October 12, 2019, when ..." beside February 8, 2024) is in the past.
void mark_earlier_years(Scan& s) {
  int latest = 0;
  for (const auto& md : s.dates) {
    if (md.tense != Tense::future) latest = std::max(latest, md.year);
  }
  for (auto& md : s.dates) {
    if (md.year && md.year < latest && md.tense == Tense::plain) md.tense = Tense::past;
  }
}

/// The date of a mention, its year from the text when it gives none (0 when there is none to take).
std::optional<Date> date_of(const MonthDay& md, int year) { return make(md.year ? md.year : year, md.month, md.day); }

/// The election the article reports bounds its date from below: the earliest plain date of an election clause
/// (a later one may be another vote it looks ahead to: "The Port Waikato by-election on November 25, ..., will
/// add a 123rd seat").
std::optional<Date> election_bound(const Scan& s, int year) {
  std::optional<Date> bound;
  for (const auto& md : s.dates) {
    if (md.tense != Tense::plain || !md.election) continue;
    auto date = date_of(md, year);
    if (date && (!bound || *date < *bound)) bound = date;
  }
  return bound;
}

// ---- stamp lines ----

std::string lower_copy(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = to_lower(c);
  return out;
}

/// A numeric date "31/12/2008", "7/21/2025", "2024-02-09", "09.02.2024" at the start of s; a day-month order
/// that cannot be told from a month-day one ("5/7/2024") gives none (with dots or dashes it is day-month), or,
/// when month_first is given, the day-first reading with the other kept there. Sets used to the characters read.
std::optional<Date> numeric_date(std::string_view s, std::size_t& used, std::optional<Date>* month_first = nullptr) {
  int parts[3] = {0, 0, 0};
  std::size_t lengths[3] = {0, 0, 0};
  std::size_t i = 0;
  char sep = 0;
  for (int p = 0; p < 3; ++p) {
    std::size_t start = i;
    while (i < s.size() && is_digit(s[i]) && i - start < 4) parts[p] = parts[p] * 10 + (s[i++] - '0');
    lengths[p] = i - start;
    if (lengths[p] == 0) return std::nullopt;
    if (p < 2) {
      if (i >= s.size() || (s[i] != '/' && s[i] != '-' && s[i] != '.') || (sep && s[i] != sep)) return std::nullopt;
      sep = s[i++];
    }
  }
  if (i < s.size() && is_digit(s[i])) return std::nullopt;
  used = i;
  if (lengths[0] == 4) return make(parts[0], parts[1], parts[2]);  // 2024-02-09
  if (lengths[2] != 4) return std::nullopt;
  int a = parts[0], b = parts[1], y = parts[2];
  if (a > 12 && b <= 12) return make(y, b, a);  // 31/12/2008
  if (b > 12 && a <= 12) return make(y, a, b);  // 7/21/2025
  if (a == b) return make(y, a, b);
  // "01.10.2023", "01-10-2023": written with dots or dashes, the day comes first (the month-first order is
  // written with slashes)
  if (sep == '.' || sep == '-') return make(y, b, a);
  // "08/10/2018" with slashes reads both ways: day-first, as most of the world writes it, and the month-first
  // reading kept for the countries that write that way (decided once the article's country is known)
  if (month_first) {
    *month_first = make(y, a, b);
    return make(y, b, a);
  }
  return std::nullopt;
}

/// Words a stamp line may hold beside its date: times, zones, weekdays, "am", "pm", separators.
bool stamp_filler(std::string_view word) {
  static constexpr std::array<std::string_view, 18> fillers{"am", "pm", "gmt", "utc", "bst", "cet", "cest", "ist", "pkt",
                                                            "est", "edt", "pst", "pdt", "et", "jst", "updated", "uhr", "stand"};
  if (word.empty()) return true;
  // ("5.00am", "02:15pm": a time with its half of the day glued on)
  if (word.size() > 2 && (word.substr(word.size() - 2) == "am" || word.substr(word.size() - 2) == "pm") && is_digit(word.front()))
    word.remove_suffix(2);
  if (std::all_of(word.begin(), word.end(), [](char c) { return is_digit(c) || c == ':' || c == '.'; })) return true;
  return one_of(word, fillers) || weekday_of(word) >= 0;
}

/// The date on a stamp line: a month-name date with a year, or a numeric one. cue: the line says it is a
/// stamp ("Published", "Updated", "Posted", "Post by ... on", "Written By"); without one, the line must hold
/// nothing but the date and times.
bool place_like(std::string_view before);

std::optional<Date> stamp_date(std::string_view line, bool cue, std::optional<Date>* month_first = nullptr) {
  std::string low = lower_copy(line);
  std::optional<Date> found;
  std::size_t found_begin = 0, found_end = 0;
  for (std::size_t i = 0; i < line.size() && !found; ++i) {
    if (i > 0 && (is_alpha(line[i - 1]) || is_digit(line[i - 1]))) continue;
    if (is_digit(line[i])) {
      std::size_t used = 0;
      // (read both ways only on a line that says it is a stamp: "Published 08/10/2018")
      if (auto d = numeric_date(line.substr(i), used, cue ? month_first : nullptr)) {
        found = d, found_begin = i, found_end = i + used;
        break;
      }
      // "5 July 2024"
      std::size_t j = i;
      while (j < line.size() && is_digit(line[j])) ++j;
      int day = small_number(std::string_view(low).substr(i, j - i + (j + 1 < low.size() && is_alpha(low[j]) ? 2 : 0)));
      std::size_t k = j;
      while (k < line.size() && is_alpha(line[k])) ++k;  // "th"
      while (k < line.size() && line[k] == ' ') ++k;
      std::size_t m = k;
      while (m < line.size() && is_alpha(line[m])) ++m;
      int month = month_of(std::string_view(low).substr(k, m - k));
      if (day >= 1 && day <= 31 && month && m > k && is_upper(line[k])) {
        if (int y = year_after(line, m); y) {
          found = make(y, month, day), found_begin = i, found_end = m + 6 <= line.size() ? m + 6 : line.size();
        }
      }
    } else if (is_upper(line[i])) {
      // "July 17, 2017", "Jan 6, 2014", "Feb. 9, 2024"
      std::size_t m = i;
      while (m < line.size() && is_alpha(line[m])) ++m;
      int month = month_of(std::string_view(low).substr(i, m - i));
      std::size_t k = m;
      if (k < line.size() && line[k] == '.') ++k;
      while (k < line.size() && line[k] == ' ') ++k;
      std::size_t j = k;
      while (j < line.size() && (is_digit(line[j]) || is_alpha(line[j]))) ++j;
      int day = small_number(std::string_view(low).substr(k, j - k));
      if (month && day >= 1 && day <= 31) {
        if (int y = year_after(line, j); y) found = make(y, month, day), found_begin = i, found_end = std::min(line.size(), j + 6);
      }
    }
  }
  if (!found || cue) return found;
  // "12.06.2023 | 09:14 | Politics": on a line of cells, the date's cell is the stamp; the others may be a
  // section or a byline of a few words
  std::size_t cell_begin = 0, cell_end = low.size();
  if (low.find('|') != std::string::npos) {
    std::size_t bar = low.rfind('|', found_begin);
    cell_begin = bar == std::string::npos ? 0 : bar + 1;
    std::size_t next = low.find('|', found_end);
    cell_end = next == std::string::npos ? low.size() : next;
    for (std::size_t c = 0; c < low.size();) {
      std::size_t e = low.find('|', c);
      if (e == std::string::npos) e = low.size();
      if (c != cell_begin && (e > c + 40)) return std::nullopt;
      c = e + 1;
    }
  }
  // "Madrid - 24 JUL 2023 - 01:32 CEST": a place before the date, as a dateline writes it
  {
    std::string_view lead = std::string_view(line).substr(cell_begin, found_begin - cell_begin);
    std::size_t e = lead.size();
    while (e > 0 && (lead[e - 1] == ' ' || lead[e - 1] == '-' || lead[e - 1] == ',' || lead[e - 1] == '\t')) --e;
    if (e > 0 && e < lead.size() && place_like(lead.substr(0, e))) cell_begin = found_begin;
  }
  // Without a cue, nothing but the date and times: "31/12/2008 17:20", "March 21, 2024", "Tuesday 3 December 2024".
  std::string rest = low.substr(cell_begin, found_begin - cell_begin) + " " +
                     low.substr(std::min(found_end, cell_end), cell_end - std::min(found_end, cell_end));
  std::size_t p = 0;
  while (p < rest.size()) {
    while (p < rest.size() && !is_alpha(rest[p]) && !is_digit(rest[p])) ++p;
    std::size_t q = p;
    while (q < rest.size() && (is_alpha(rest[q]) || is_digit(rest[q]) || rest[q] == ':' || rest[q] == '.')) ++q;
    std::string_view word = std::string_view(rest).substr(p, q - p);
    if (word.size() > 1 && is_alpha(word.front()) && (word.back() == ':' || word.back() == '.')) word.remove_suffix(1);  // "Stand:"
    if (!stamp_filler(word)) return std::nullopt;
    p = q;
  }
  return found;
}

/// The first stamp line of the first lines, and whether it had a cue.
std::optional<Date> find_stamp(std::string_view body, bool& cued, std::optional<Date>& month_first) {
  std::size_t start = 0;
  for (int n = 0; n < kStampLines && start < body.size() && start < kStampBytes; ++n) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(start, end - start);
    start = end + 1;
    if (line.size() < 6 || line.size() > 160) continue;
    std::string low = lower_copy(line);
    bool cue = false;
    for (std::string_view word : {"updated", "update :", "update:", "published", "posted", "post by", "last modified", "written by"}) {
      if (low.find(word) != std::string::npos) cue = true;
    }
    // a byline with its date: "By Aibarshyn Akhmetkali in Nation on 28 March 2023"
    if (low.rfind("by ", 0) == 0 && low.find(" on ") != std::string::npos) cue = true;
    // (a line of cells may be longer: "Politics | Radio Prague International | 5 October 2025, 09:30")
    if (!cue && line.size() > (line.find('|') != std::string_view::npos ? 120u : 60u)) continue;
    if (auto date = stamp_date(line, cue, &month_first)) {
      cued = cue;
      return date;
    }
  }
  return std::nullopt;
}

// ---- datelines ----

/// "ISLAMABAD", "Washington DC [US]", "PESHAWAR / QUETTA": a place before a dateline's comma, not a phrase.
bool place_like(std::string_view before) {
  while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.remove_suffix(1);
  while (!before.empty() && (before.front() == ' ' || before.front() == '\t')) before.remove_prefix(1);
  if (before.empty() || before.size() > 40) return false;
  int words = 0;
  for (std::size_t i = 0; i < before.size(); ++i) {
    char c = before[i];
    if (is_digit(c) || c == ':') return false;
    if ((i == 0 || before[i - 1] == ' ') && c != ' ') {
      ++words;
      if (!(is_upper(c) || c == '[' || c == '(' || c == '/' || c == '-' || static_cast<unsigned char>(c) >= 0x80)) return false;
    }
  }
  return words <= 5;
}

}  // namespace

DateFinding find_date(std::string_view text, std::optional<Date> fallback) {
  DateFinding found;
  auto finish = [&](std::optional<Date> date, DateSource source, DateConfidence confidence) {
    found.date = date;
    found.source = source;
    found.confidence = confidence;
    return found;
  };
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
      if (auto date = parse_iso_date(candidate)) return finish(date, DateSource::header, DateConfidence::high);
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
  int year = reported_year(s);
  mark_earlier_years(s);
  const std::optional<Date> bound = election_bound(s, year);
  auto before_election = [&](const Date& d) { return bound && d < *bound; };

  // Dateline: a month and day near the start of one of the first lines (a headline may come first), right after
  // a place and its comma or bracket: "ISLAMABAD, Feb 9 (Reuters) -", "Kathmandu, Dec 13, 2022:".
  for (const auto& md : s.dates) {
    if (md.begin > 800) break;
    std::size_t line_start = body.rfind('\n', md.begin);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    if (md.begin - line_start > 90) continue;
    std::string_view before = body.substr(line_start, md.begin - line_start);
    std::size_t mark = before.find_last_of(",]");
    bool after_place = mark != std::string_view::npos && before.find_first_not_of(" \t:-", mark + 1) == std::string_view::npos &&
                       place_like(before.substr(0, mark + (before[mark] == ']' ? 1 : 0)));
    // "QUITO, Ecuador (AFP) – April 14, 2025 –": a place and an agency in brackets, then a dash
    if (!after_place) {
      std::string_view lead = before;
      while (!lead.empty()) {
        if (lead.back() == ' ' || lead.back() == '\t' || lead.back() == '-') lead.remove_suffix(1);
        else if (lead.size() >= 3 && (lead.substr(lead.size() - 3) == "\xe2\x80\x93" || lead.substr(lead.size() - 3) == "\xe2\x80\x94"))
          lead.remove_suffix(3);
        else break;
      }
      after_place = lead.size() < before.size() && !lead.empty() && lead.back() == ')' && lead.find(',') != std::string_view::npos &&
                    place_like(lead.substr(0, lead.find(',')));
    }
    if (!after_place) continue;
    int y = md.year ? md.year : year;
    if (y == 0 && fallback) y = fallback->year;
    if (auto date = make(y, md.month, md.day)) {
      bool own_year = md.year != 0;
      return finish(date, DateSource::dateline,
                    own_year ? DateConfidence::high : year ? DateConfidence::medium : DateConfidence::low);
    }
  }

  // A stamp line near the top: "Updated July 17, 2017 5:18 pm", "31/12/2008 17:20", "March 21, 2024".
  bool cued = false;
  std::optional<Date> month_first;
  if (auto date = find_stamp(body, cued, month_first); date && (cued || !before_election(*date))) {
    found.month_first = month_first;
    return finish(date, DateSource::stamp, DateConfidence::high);
  }

  // The text: the latest date it gives for events (past and future references left out), moved on to a
  // reporting day it names ("on Friday" after "Thursday's election" and "February 8").
  std::optional<Date> latest;
  bool guessed = false;
  for (const auto& md : s.dates) {
    if (md.tense != Tense::plain) continue;
    int y = md.year ? md.year : year;
    bool guess = false;
    // No year anywhere: the latest year up to kReferenceYear in which the weekday written with the date ("Monday,
    // September 26"), or the election's weekday for the election's date ("Thursday's election" and "voted on
    // February 8"), falls on it. A guess.
    std::vector<int> days;
    if (md.weekday >= 0) days.push_back(md.weekday);
    if (md.election) days.insert(days.end(), s.election_days.begin(), s.election_days.end());
    for (int candidate = kReferenceYear; y == 0 && !days.empty() && candidate >= kReferenceYear - 30; --candidate) {
      auto date = make(candidate, md.month, md.day);
      if (date && std::find(days.begin(), days.end(), weekday(*date)) != days.end()) y = candidate, guess = true;
    }
    auto date = make(y, md.month, md.day);
    if (date && (!latest || *date > *latest)) latest = date, guessed = guess;
  }
  std::vector<int> reporting;
  for (const auto& d : s.weekdays) {
    if (d.reporting) reporting.push_back(d.weekday);
  }
  const DateConfidence inferred = guessed ? DateConfidence::low : DateConfidence::medium;
  // A date in the text is the date of an event; only a reporting day tied to it says when the article was written.
  if (latest && !reporting.empty()) {
    // Each weekday named resolves to the first such day on or after the latest date; take the latest.
    long base = days_from_civil(*latest);
    long best = base;
    int base_weekday = weekday(*latest);
    for (int wd : reporting) best = std::max(best, base + (wd - base_weekday + 7) % 7);
    return finish(civil_from_days(best), DateSource::text, inferred);
  }
  // "yesterday's election" beside "February 8": written the day after; "today, February 9": that day.
  if (latest && (s.yesterday || s.today)) {
    return finish(s.yesterday ? civil_from_days(days_from_civil(*latest) + 1) : latest, DateSource::text, inferred);
  }
  // No date in the text: relative words resolve against --date, the reference (news reports the past, so a
  // weekday is the latest such day on or before it).
  if (fallback && !latest && (!reporting.empty() || s.yesterday || s.today)) {
    long reference = days_from_civil(*fallback);
    long best = s.yesterday ? reference - 1 : reference;
    if (!reporting.empty() && !s.yesterday && !s.today) {
      int ref_weekday = weekday(*fallback);
      best = reference - 7;
      for (int wd : reporting) best = std::max(best, reference - (ref_weekday - wd + 7) % 7);
    }
    return finish(civil_from_days(best), DateSource::text, DateConfidence::low);
  }
  if (fallback) return finish(fallback, DateSource::option, DateConfidence::low);
  return found;
}

}  // namespace tally
