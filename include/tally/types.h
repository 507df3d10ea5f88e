#pragma once
/// Small value types shared by every stage of the pipeline.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tally {

/// A calendar date (proleptic Gregorian).
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const Date&) const = default;
};

/// True when y-m-d names a real calendar day (1000 <= y <= 9999).
bool is_valid_date(int year, int month, int day);
/// Parses "YYYY-MM-DD"; nullopt when malformed or impossible.
std::optional<Date> parse_iso_date(std::string_view text);
/// Formats as "YYYY-MM-DD".
std::string format_date(const Date& date);
/// Days since 1970-01-01 (may be negative).
long days_from_civil(const Date& date);
/// Inverse of days_from_civil.
Date civil_from_days(long days);
/// 0 = Sunday ... 6 = Saturday.
int weekday(const Date& date);

/// How a document's date was found: a " date YYYY-MM-DD" header, a web page's metadata or a feed line's date
/// field, a dateline, a date in the document's URL, a stamp line (a "Published", "Updated" or "Posted ... on"
/// line, or a date standing alone on a line near the top), the text's own reporting day, --date, or nowhere.
enum class DateSource : std::uint8_t { header, dateline, stamp, text, option, none, metadata, url };
/// How sure the date of a document is: high (the article states it in full), medium (the article's own date,
/// its year or day inferred from the text), low (assumed: from --date, or a year guessed from a weekday), none.
enum class DateConfidence : std::uint8_t { high, medium, low, none };
/// Who a count is attributed to.
enum class SourceKind { electoral_body, observer, pollster, media, unknown };
/// What the wording says about a count's standing.
enum class Status { final, official, provisional, unofficial, projected, unknown };
/// How a number of seats is qualified.
enum class Qualifier { exact, at_least, more_than, at_most, less_than, about, range };
/// Whether a count is of seats won or seats led.
enum class Basis { won, leading, unknown };
/// Where an attribute of a count (its source, status, coverage or chamber) was found, from the closest scope
/// to the widest: the count's own sentence; the header of its table column; the intro sentence of the list or table the count is in; the
/// heading over its section; an earlier sentence of its paragraph; the article as a whole; a footer line
/// under its table ("Source: ..."); the country's default (chamber only); nowhere.
enum class ContextFrom : std::uint8_t { sentence, column, intro, heading, paragraph, article, footer, fallback, none };

std::string_view to_string(DateSource value);
std::string_view to_string(DateConfidence value);
std::string_view to_string(SourceKind value);
std::string_view to_string(Status value);
std::string_view to_string(Qualifier value);
std::string_view to_string(Basis value);
std::string_view to_string(ContextFrom value);

std::optional<DateSource> parse_date_source(std::string_view text);
std::optional<DateConfidence> parse_date_confidence(std::string_view text);
std::optional<SourceKind> parse_source_kind(std::string_view text);
std::optional<Status> parse_status(std::string_view text);
std::optional<Qualifier> parse_qualifier(std::string_view text);
std::optional<Basis> parse_basis(std::string_view text);
std::optional<ContextFrom> parse_context_from(std::string_view text);

/// Rank used by the reconciler: higher is more authoritative.
int status_rank(Status status);
/// Rank used by the reconciler: higher is more authoritative.
int source_kind_rank(SourceKind kind);

/// Byte offsets [begin, end) into a document's decoded text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const Span&) const = default;
};

/// One attribute's origin: the scope it came from and the line (1-based, in the decoded text; 0 when none).
struct ContextOrigin {
  ContextFrom from = ContextFrom::none;
  std::uint32_t line = 0;
  bool operator==(const ContextOrigin&) const = default;
};

/// Where a count's source, status, coverage and chamber came from.
struct ObservationContext {
  ContextOrigin source, status, coverage, chamber;
  bool operator==(const ObservationContext&) const = default;
};

/// "N of M seats declared": how much of a chamber a count covers.
struct Coverage {
  int declared = 0;
  std::optional<int> total;
  bool operator==(const Coverage&) const = default;
};

}  // namespace tally
