// Reading the JSON Lines of `tally extract` back (the extract/reconcile interchange).
#include <cstdint>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "tally/report.h"

namespace tally {
namespace {

using nlohmann::json;

// ---- reading ----

template <typename T>
T need(const json& j, const char* key) {
  if (!j.contains(key)) throw std::runtime_error(std::string("missing field '") + key + "'");
  return j.at(key).get<T>();
}

/// An integer field within T's range (a JSON 1e300, -1 for a size, or 2.5 is an error, not undefined behaviour).
template <typename T>
T to_integer(const json& v, const char* key) {
  using Limits = std::numeric_limits<T>;
  if (v.is_number_unsigned()) {
    auto u = v.get<std::uint64_t>();
    if (u <= static_cast<std::uint64_t>(Limits::max())) return static_cast<T>(u);
  } else if (v.is_number_integer()) {
    auto i = v.get<std::int64_t>();
    if (i >= 0 || Limits::is_signed) {
      if (static_cast<long double>(i) >= static_cast<long double>(Limits::min()) &&
          static_cast<long double>(i) <= static_cast<long double>(Limits::max())) {
        return static_cast<T>(i);
      }
    }
  } else if (v.is_number_float()) {
    double d = v.get<double>();
    if (d == std::floor(d) && static_cast<long double>(d) >= static_cast<long double>(Limits::min()) &&
        static_cast<long double>(d) <= static_cast<long double>(Limits::max())) {
      return static_cast<T>(d);
    }
  } else {
    throw std::runtime_error(std::string("field '") + key + "' is not a number");
  }
  throw std::runtime_error(std::string("field '") + key + "' is not an integer in range");
}

int to_int(const json& v, const char* key) { return to_integer<int>(v, key); }

int need_int(const json& j, const char* key) {
  if (!j.contains(key)) throw std::runtime_error(std::string("missing field '") + key + "'");
  return to_int(j.at(key), key);
}

std::optional<Date> read_date(const json& j, const char* key) {
  if (!j.contains(key) || j.at(key).is_null()) return std::nullopt;
  auto d = parse_iso_date(j.at(key).get<std::string>());
  if (!d) throw std::runtime_error(std::string("field '") + key + "' is not a YYYY-MM-DD date");
  return d;
}

std::optional<Coverage> read_coverage(const json& j) {
  if (!j.contains("coverage") || j.at("coverage").is_null()) return std::nullopt;
  const json& c = j.at("coverage");
  Coverage cov;
  cov.declared = need_int(c, "declared");
  if (c.contains("total") && !c.at("total").is_null()) cov.total = to_int(c.at("total"), "total");
  return cov;
}

template <typename E>
E read_enum(const json& j, const char* key, std::optional<E> (*parse)(std::string_view), E fallback) {
  if (!j.contains(key)) return fallback;
  auto v = parse(j.at(key).get<std::string>());
  if (!v) throw std::runtime_error(std::string("field '") + key + "' has an unknown value");
  return *v;
}

ObservationContext read_context(const json& c) {
  if (!c.is_object()) throw std::runtime_error("field 'context' is not an object");
  auto origin = [&](const char* key) {
    ContextOrigin o;
    if (!c.contains(key) || c.at(key).is_null()) return o;
    const json& x = c.at(key);
    if (!x.is_object()) throw std::runtime_error(std::string("field 'context.") + key + "' is not an object");
    o.from = read_enum(x, "from", parse_context_from, ContextFrom::none);
    if (x.contains("line") && !x.at("line").is_null()) o.line = to_integer<std::uint32_t>(x.at("line"), "line");
    return o;
  };
  return {origin("source"), origin("status"), origin("coverage"), origin("chamber")};
}

Observation read_observation(const json& j) {
  Observation o;
  o.document = need<std::string>(j, "document");
  o.date = read_date(j, "date");
  o.party = need<std::string>(j, "party");
  o.party_text = j.value("party_text", o.party);
  o.seats = need_int(j, "seats");
  if (o.seats < 0) throw std::runtime_error("field 'seats' is negative");
  if (j.contains("seats_max") && !j.at("seats_max").is_null()) o.seats_max = to_int(j.at("seats_max"), "seats_max");
  if (o.seats_max && *o.seats_max < o.seats) throw std::runtime_error("field 'seats_max' is below 'seats'");
  o.qualifier = read_enum(j, "qualifier", parse_qualifier, Qualifier::exact);
  o.basis = read_enum(j, "basis", parse_basis, Basis::unknown);
  o.chamber = need<std::string>(j, "chamber");
  o.election = j.value("election", std::string());
  if (j.contains("source") && !j.at("source").is_null()) o.source = j.at("source").get<std::string>();
  o.source_kind = read_enum(j, "source_kind", parse_source_kind, SourceKind::unknown);
  o.status = read_enum(j, "status", parse_status, Status::unknown);
  o.coverage = read_coverage(j);
  if (j.contains("chamber_seats") && !j.at("chamber_seats").is_null()) o.chamber_seats = to_int(j.at("chamber_seats"), "chamber_seats");
  o.historical = j.value("historical", false);
  if (j.contains("scope") && !j.at("scope").is_null()) o.scope = j.at("scope").get<std::string>();
  o.rule = j.value("rule", std::string());
  if (j.contains("context") && !j.at("context").is_null()) o.context = read_context(j.at("context"));
  if (j.contains("span")) {
    const json& span = j.at("span");
    if (!span.is_object() || !span.contains("begin") || !span.contains("end")) {
      throw std::runtime_error("field 'span' needs 'begin' and 'end'");
    }
    o.span.begin = to_integer<std::size_t>(span.at("begin"), "begin");
    o.span.end = to_integer<std::size_t>(span.at("end"), "end");
  }
  o.evidence = j.value("evidence", std::string());
  return o;
}

}  // namespace

void read_extract(std::string_view text, const std::string& path, std::vector<DocumentResult>& documents,
                  std::vector<InputError>& errors, std::vector<LineError>& line_errors) {
  read_extract(text, path, documents, errors, line_errors, 0);
}

void read_extract(std::string_view text, const std::string& path, std::vector<DocumentResult>& documents,
                  std::vector<InputError>& errors, std::vector<LineError>& line_errors, long first_line) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < documents.size(); ++i) index[documents[i].path] = i;
  auto doc_for = [&](const std::string& p) -> DocumentResult& {
    auto it = index.find(p);
    if (it != index.end()) return documents[it->second];
    documents.push_back(DocumentResult{});
    documents.back().path = p;
    index[p] = documents.size() - 1;
    return documents.back();
  };
  long line_number = first_line;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (line.empty()) continue;
    try {
      json j = json::parse(line);
      if (!j.is_object()) throw std::runtime_error("not a JSON object");
      std::string record = j.value("record", std::string("observation"));
      if (record == "document") {
        DocumentResult& d = doc_for(need<std::string>(j, "path"));
        d.date = read_date(j, "date");
        d.date_source = read_enum(j, "date_source", parse_date_source, DateSource::none);
        d.date_confidence = read_enum(j, "date_confidence", parse_date_confidence, DateConfidence::none);
        if (j.contains("country") && !j.at("country").is_null()) d.country = j.at("country").get<std::string>();
        for (auto [key, field] : {std::pair{"url", &d.url}, std::pair{"title", &d.title}, std::pair{"id", &d.id}}) {
          if (j.contains(key) && !j.at(key).is_null()) *field = j.at(key).get<std::string>();
        }
        d.warnings = j.value("warnings", std::vector<std::string>{});
      } else if (record == "observation") {
        Observation o = read_observation(j);
        DocumentResult& d = doc_for(o.document);
        if (!d.date) d.date = o.date;
        o.document.clear();
        o.date.reset();
        d.observations.push_back(std::move(o));
      } else if (record == "error") {
        errors.push_back({need<std::string>(j, "path"), need<std::string>(j, "message")});
      } else {
        throw std::runtime_error("unknown record type '" + record + "'");
      }
    } catch (const std::exception& e) {
      std::string message = e.what();
      if (message.size() > 200) message = message.substr(0, 200);
      if (end == text.size() && text.back() != '\n') message = "truncated last line: " + message;
      line_errors.push_back({path, line_number, message});
    }
  }
}

}  // namespace tally
