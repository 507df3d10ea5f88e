#include "tally/types.h"

#include <array>
#include <charconv>

namespace tally {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> parse_enum(std::string_view text, const std::array<Enum, N>& values) {
  for (Enum value : values) {
    if (to_string(value) == text) return value;
  }
  return std::nullopt;
}

}  // namespace

bool is_valid_date(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> lengths{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int length = lengths[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
  return day <= length;
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](std::size_t at, std::size_t len, int& value) {
    auto first = text.data() + at;
    auto last = first + len;
    for (auto p = first; p != last; ++p) {
      if (*p < '0' || *p > '9') return false;
    }
    return std::from_chars(first, last, value).ec == std::errc{};
  };
  Date date;
  if (!number(0, 4, date.year) || !number(5, 2, date.month) || !number(8, 2, date.day)) return std::nullopt;
  if (!is_valid_date(date.year, date.month, date.day)) return std::nullopt;
  return date;
}

std::string format_date(const Date& date) {
  char buffer[16];
  auto put = [&](int value, int width, char* at) {
    for (int i = width - 1; i >= 0; --i) {
      at[i] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
  };
  put(date.year, 4, buffer);
  buffer[4] = '-';
  put(date.month, 2, buffer + 5);
  buffer[7] = '-';
  put(date.day, 2, buffer + 8);
  return std::string(buffer, 10);
}

// Howard Hinnant's algorithms.
long days_from_civil(const Date& date) {
  long y = date.year - (date.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (date.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + date.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int weekday(const Date& date) {
  long days = days_from_civil(date);
  return static_cast<int>(days >= -4 ? (days + 4) % 7 : (days + 5) % 7 + 6);
}

std::string_view to_string(DateSource value) {
  switch (value) {
    case DateSource::header: return "header";
    case DateSource::dateline: return "dateline";
    case DateSource::stamp: return "stamp";
    case DateSource::text: return "text";
    case DateSource::option: return "option";
    case DateSource::none: return "none";
    case DateSource::metadata: return "metadata";
    case DateSource::url: return "url";
  }
  return "none";
}

std::string_view to_string(DateConfidence value) {
  switch (value) {
    case DateConfidence::high: return "high";
    case DateConfidence::medium: return "medium";
    case DateConfidence::low: return "low";
    case DateConfidence::none: return "none";
  }
  return "none";
}

std::string_view to_string(SourceKind value) {
  switch (value) {
    case SourceKind::electoral_body: return "electoral_body";
    case SourceKind::observer: return "observer";
    case SourceKind::pollster: return "pollster";
    case SourceKind::media: return "media";
    case SourceKind::unknown: return "unknown";
  }
  return "unknown";
}

std::string_view to_string(Status value) {
  switch (value) {
    case Status::final: return "final";
    case Status::official: return "official";
    case Status::provisional: return "provisional";
    case Status::unofficial: return "unofficial";
    case Status::projected: return "projected";
    case Status::unknown: return "unknown";
  }
  return "unknown";
}

std::string_view to_string(Qualifier value) {
  switch (value) {
    case Qualifier::exact: return "exact";
    case Qualifier::at_least: return "at_least";
    case Qualifier::more_than: return "more_than";
    case Qualifier::at_most: return "at_most";
    case Qualifier::less_than: return "less_than";
    case Qualifier::about: return "about";
    case Qualifier::range: return "range";
  }
  return "exact";
}

std::string_view to_string(Basis value) {
  switch (value) {
    case Basis::won: return "won";
    case Basis::leading: return "leading";
    case Basis::unknown: return "unknown";
  }
  return "unknown";
}

std::string_view to_string(ContextFrom value) {
  switch (value) {
    case ContextFrom::sentence: return "sentence";
    case ContextFrom::column: return "column";
    case ContextFrom::intro: return "intro";
    case ContextFrom::heading: return "heading";
    case ContextFrom::paragraph: return "paragraph";
    case ContextFrom::article: return "article";
    case ContextFrom::footer: return "footer";
    case ContextFrom::fallback: return "default";
    case ContextFrom::none: return "none";
  }
  return "none";
}

std::optional<DateSource> parse_date_source(std::string_view text) {
  return parse_enum(text, std::array{DateSource::header, DateSource::dateline, DateSource::stamp, DateSource::text,
                                     DateSource::option, DateSource::none, DateSource::metadata, DateSource::url});
}
std::optional<DateConfidence> parse_date_confidence(std::string_view text) {
  return parse_enum(text, std::array{DateConfidence::high, DateConfidence::medium, DateConfidence::low,
                                     DateConfidence::none});
}
std::optional<SourceKind> parse_source_kind(std::string_view text) {
  return parse_enum(text, std::array{SourceKind::electoral_body, SourceKind::observer, SourceKind::pollster,
                                     SourceKind::media, SourceKind::unknown});
}
std::optional<Status> parse_status(std::string_view text) {
  return parse_enum(text, std::array{Status::final, Status::official, Status::provisional, Status::unofficial,
                                     Status::projected, Status::unknown});
}
std::optional<Qualifier> parse_qualifier(std::string_view text) {
  return parse_enum(text, std::array{Qualifier::exact, Qualifier::at_least, Qualifier::more_than,
                                     Qualifier::at_most, Qualifier::less_than, Qualifier::about,
                                     Qualifier::range});
}
std::optional<Basis> parse_basis(std::string_view text) {
  return parse_enum(text, std::array{Basis::won, Basis::leading, Basis::unknown});
}

std::optional<ContextFrom> parse_context_from(std::string_view text) {
  return parse_enum(text, std::array{ContextFrom::sentence, ContextFrom::column, ContextFrom::intro, ContextFrom::heading,
                                     ContextFrom::paragraph, ContextFrom::article, ContextFrom::footer,
                                     ContextFrom::fallback, ContextFrom::none});
}

int status_rank(Status status) {
  switch (status) {
    case Status::final: return 5;
    case Status::official: return 4;
    case Status::provisional: return 3;
    case Status::unofficial: return 2;
    case Status::unknown: return 1;
    case Status::projected: return 0;
  }
  return 0;
}

int source_kind_rank(SourceKind kind) {
  switch (kind) {
    case SourceKind::electoral_body: return 4;
    case SourceKind::observer: return 3;
    case SourceKind::media: return 2;
    case SourceKind::unknown: return 1;
    case SourceKind::pollster: return 0;
  }
  return 0;
}

}  // namespace tally
