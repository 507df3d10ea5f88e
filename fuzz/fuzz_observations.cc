// libFuzzer target: raw bytes as map-step output (JSON Lines), as 'tally reconcile' reads it.
//   bytes -> read_extract -> normalize -> reconcile -> write_report (JSON) -> must parse.
// Also: every report format is written without crashing, and reconcile does not depend on the order
// of the documents.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz_common.h"
#include "tally/reconcile.h"
#include "tally/report.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tally;
  std::string_view text(reinterpret_cast<const char*>(data), size);

  Report report;
  std::vector<LineError> line_errors;
  read_extract(text, "fuzz/observations.jsonl", report.documents, report.errors, line_errors);
  for (auto& e : line_errors) {
    if (e.line < 1) tally_fuzz::fail("line error without a line number", e.message);
  }
  normalize(report);
  report.summary = reconcile(report.documents);

  std::ostringstream json_out;
  write_report(json_out, report, Format::json, Color::never);
  auto parsed = nlohmann::json::parse(json_out.str(), nullptr, false);
  if (parsed.is_discarded()) tally_fuzz::fail("write_report(json) wrote invalid JSON", json_out.str());

  std::ostringstream jsonl_out;
  write_report(jsonl_out, report, Format::jsonl, Color::never);
  {
    std::istringstream lines(jsonl_out.str());
    std::string line;
    while (std::getline(lines, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object()) tally_fuzz::fail("write_report(jsonl) wrote a bad line", line);
    }
  }
  std::ostringstream other;
  write_report(other, report, Format::csv, Color::never);
  write_report(other, report, Format::table, Color::never);
  write_report(other, report, Format::table, Color::always);
  write_extract(other, report);

  // reconcile() promises a result that does not depend on the order of the documents.
  std::vector<DocumentResult> reversed(report.documents.rbegin(), report.documents.rend());
  if (Summary back = reconcile(reversed); !(back == report.summary)) {
    Report a, b;
    a.summary = report.summary;
    b.summary = back;
    std::ostringstream ja, jb;
    write_report(ja, a, Format::json, Color::never);
    write_report(jb, b, Format::json, Color::never);
    tally_fuzz::fail("reconcile depends on the order of documents", "in order:\n" + ja.str() + "\nreversed:\n" + jb.str());
  }
  return 0;
}
