#pragma once
/// Reports: the run's documents, summary and errors, written as JSON, JSON Lines, CSV or a table.
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "tally/document.h"
#include "tally/reconcile.h"
#include "tally/store.h"
#include "tally/timeline.h"

namespace tally {

/// Everything a run produced.
struct Report {
  std::vector<DocumentResult> documents;  ///< sorted by path
  Summary summary;
  std::vector<InputError> errors;  ///< sorted by path
};

/// A report whose documents and summary groups are produced one at a time, in order, while it is written
/// (documents unpacked from a store, groups reconciled on demand): nothing of the output is held at once.
struct ReportStream {
  std::function<void(const std::function<void(const DocumentResult&)>&)> documents;  ///< calls back once per document
  std::function<void(const std::function<void(const SummaryGroup&)>&)> groups;      ///< calls back once per group
  const std::vector<InputError>* errors = nullptr;
};

/// A stream over a report's vectors (the report must outlive it).
ReportStream stream_of(const Report& report);
/// A stream over the stored documents, their groups reconciled as they are written (as_of and tables as in
/// reconcile_each; the tables must outlive the stream).
ReportStream stream_of(const DocumentStore& store, const std::vector<InputError>& errors, std::optional<Date> as_of,
                       const Tables* tables = nullptr);

enum class Format { table, json, jsonl, csv };
enum class Color { never, always };

/// Parses "table", "json", "jsonl" or "csv".
std::optional<Format> parse_format(std::string_view text);

/// The program version, e.g. "0.1.0".
std::string_view version();

/// Writes the full report: a JSON object, or JSON Lines (one record per document, observation,
/// group and error), or CSV of the summary, or the terminal table.
void write_report(std::ostream& out, const Report& report, Format format, Color color);
/// The same from a stream: byte for byte what the report it streams would give. With threads >= 2, the JSON
/// summary is produced by a second thread while the documents are written (report.groups then runs on that
/// thread, at the same time as report.documents: both must only read shared data).
void write_report(std::ostream& out, const ReportStream& report, Format format, Color color, unsigned threads = 1);

/// Writes the map-step output: one JSON line per document, observation and error.
void write_extract(std::ostream& out, const Report& report);
void write_extract(std::ostream& out, const ReportStream& report);

/// Writes the summary table for people.
void write_table(std::ostream& out, const Report& report, Color color);
void write_table(std::ostream& out, const ReportStream& report, Color color);

/// Writes the summary as CSV (one row per party per group).
void write_csv(std::ostream& out, const Report& report);
void write_csv(std::ostream& out, const ReportStream& report);

/// Writes time lines: a table per election and chamber, or JSON, or JSON Lines (a line per date), or CSV.
void write_timelines(std::ostream& out, const std::vector<Timeline>& lines, Format format, Color color);

/// Explains the figures for one party (canonical name or as written, case-insensitive): the chosen figure,
/// the rule that decided and every rival with its source, coverage, status, documents and sentence.
/// Returns the number of figures explained.
int write_explain(std::ostream& out, const Summary& summary, std::string_view party, std::optional<Date> date);

/// A problem in a JSON Lines input, with its line number.
struct LineError {
  std::string path;
  long line = 0;
  std::string message;
};

/// Reads map-step output (JSON Lines) into documents and errors. Malformed lines are reported in
/// line_errors and skipped; the other lines are used.
void read_extract(std::string_view text, const std::string& path, std::vector<DocumentResult>& documents,
                  std::vector<InputError>& errors, std::vector<LineError>& line_errors);
/// The same for a piece of a file whose first line is line first_line + 1 (for read_lines).
void read_extract(std::string_view text, const std::string& path, std::vector<DocumentResult>& documents,
                  std::vector<InputError>& errors, std::vector<LineError>& line_errors, long first_line);

/// Sorts documents and errors, drops duplicate paths, so that the report does not depend on input order.
void normalize(Report& report);
/// Sorts errors and drops duplicates (the errors part of normalize()).
void normalize_errors(std::vector<InputError>& errors);

}  // namespace tally
