#pragma once
// Internal: JSON text written by hand, byte for byte what nlohmann's dump gives (keys in its order; indent 2
// at a depth, or compact), without building nlohmann values: the documents, observations and summary groups
// are most of a report. Used by json_io.cc; a unit test compares each writer with nlohmann's dump.
#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/report.h"

namespace tally::json_text {

/// The depth of compact output (one line, no spaces): every depth below it stays negative.
constexpr int kCompact = -1000000;

/// What a `tally extract` observation line adds: its record type, document and date.
struct Standalone {
  std::string_view document;
  std::optional<Date> date;
};

/// True when s is well-formed UTF-8 (what nlohmann's dump passes through unchanged with ensure_ascii off).
bool valid_utf8(std::string_view s);
/// A JSON string as nlohmann dumps it; a string that is not UTF-8 has its bad bytes replaced, as nlohmann does.
void put_string(std::string& o, std::string_view s);
/// A string, or null when it is empty.
void put_string_or_null(std::string& o, std::string_view s);
template <class Int>
void put_int(std::string& o, Int v) {
  char buffer[24];
  auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
  o.append(buffer, end);
}
void put_optional_int(std::string& o, const std::optional<int>& v);
/// A line break and the indent of depth (nothing when compact).
void put_line(std::string& o, int depth);
/// `"key": ` on a new line at depth (`"key":` when compact).
void put_key(std::string& o, std::string_view key, int depth);
/// An array, itself at depth, each element written by put(element, its depth).
template <class List, class Put>
void put_array(std::string& o, const List& list, int depth, Put put) {
  if (list.empty()) {
    o += "[]";
    return;
  }
  o += '[';
  bool first = true;
  for (const auto& item : list) {
    if (!first) o += ',';
    first = false;
    put_line(o, depth + 1);
    put(item, depth + 1);
  }
  put_line(o, depth);
  o += ']';
}
/// An array of strings, itself at depth.
void put_strings(std::string& o, const std::vector<std::string>& list, int depth);
/// A coverage object or null, as a member value at depth d.
void put_coverage(std::string& o, const std::optional<Coverage>& c, int d);
/// An observation's context object, at depth d.
void put_context(std::string& o, const ObservationContext& c, int d);
/// An observation, the object itself at depth; with `standalone`, the `tally extract` line's record.
void put_observation(std::string& o, const Observation& ob, int depth, const Standalone* standalone = nullptr);
/// A document with its observations, at depth; with `record`, the `tally extract` document line (its count of
/// observations instead).
void put_document(std::string& o, const DocumentResult& doc, int depth, bool record = false);
/// A claim, at depth.
void put_claim(std::string& o, const Claim& c, int depth);
/// A party's figure in a summary group, at depth.
void put_party(std::string& o, const PartyTally& t, int depth);

}  // namespace tally::json_text
