// libFuzzer target: raw bytes as an article.
//   bytes -> decode_text -> extract_document -> reconcile -> write_report (JSON) -> must parse.
// Also: every report format is written without crashing, and the map-step output (write_extract) reads
// back with read_extract without a line error and reconciles to the same summary.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz_common.h"
#include "tally/input.h"
#include "tally/reconcile.h"
#include "tally/report.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tally;
  const Lexicon& lex = tally_fuzz::lexicon();
  std::string_view bytes(reinterpret_cast<const char*>(data), size);

  Decoded decoded = decode_text(bytes);
  if (!tally_fuzz::valid_utf8(decoded.text)) tally_fuzz::fail("decode_text returned invalid UTF-8", decoded.text);
  auto check_utf8 = [&](const std::string& s, const char* what) {
    if (!tally_fuzz::valid_utf8(s)) tally_fuzz::fail(what, s);
  };

  Report report;
  DocumentResult doc = extract_document("fuzz/article.txt", decoded.binary ? std::string_view() : decoded.text, lex);
  for (auto& o : doc.observations) {
    if (o.seats < 0) tally_fuzz::fail("negative seat count", o.evidence);
    if (o.seats_max && *o.seats_max < o.seats) tally_fuzz::fail("seats_max below seats", o.evidence);
    if (o.span.begin > o.span.end || o.span.end > decoded.text.size()) tally_fuzz::fail("span outside the text");
    for (const std::string* field : {&o.party, &o.party_text, &o.evidence, &o.chamber, &o.election}) {
      check_utf8(*field, "invalid UTF-8 in an observation");
    }
    if (o.source) check_utf8(*o.source, "invalid UTF-8 in a source");
  }
  for (auto& w : doc.warnings) check_utf8(w, "invalid UTF-8 in a warning");
  report.documents.push_back(std::move(doc));
  report.summary = reconcile(report.documents);

  // The full JSON report must be valid JSON.
  std::ostringstream json_out;
  write_report(json_out, report, Format::json, Color::never);
  auto parsed = nlohmann::json::parse(json_out.str(), nullptr, false);
  if (parsed.is_discarded()) tally_fuzz::fail("write_report(json) wrote invalid JSON", json_out.str());

  // JSON Lines: every line must be a JSON object.
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
  // The other formats must not crash.
  std::ostringstream other;
  write_report(other, report, Format::csv, Color::never);
  write_report(other, report, Format::table, Color::never);
  write_report(other, report, Format::table, Color::always);

  // Map step round trip: extract output reads back cleanly and reconciles to the same summary.
  std::ostringstream extract_out;
  write_extract(extract_out, report);
  Report back;
  std::vector<LineError> line_errors;
  read_extract(extract_out.str(), "fuzz/extract.jsonl", back.documents, back.errors, line_errors);
  if (!line_errors.empty()) {
    tally_fuzz::fail("read_extract rejected write_extract output",
                     line_errors.front().message + "\n" + extract_out.str());
  }
  normalize(back);
  back.summary = reconcile(back.documents);
  if (!(back.summary == report.summary)) {
    std::ostringstream a, b;
    Report direct_only = report, reduced_only = back;
    direct_only.documents.clear();
    reduced_only.documents.clear();
    write_report(a, direct_only, Format::json, Color::never);
    write_report(b, reduced_only, Format::json, Color::never);
    tally_fuzz::fail("extract | reconcile differs from the direct summary",
                     "direct:\n" + a.str() + "\nextract | reconcile:\n" + b.str());
  }
  return 0;
}
