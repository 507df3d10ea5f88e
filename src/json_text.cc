// JSON text written by hand (see json_text.h).
#include "json_text.h"

#include <nlohmann/json.hpp>

namespace tally::json_text {

using nlohmann::json;

// ---- by hand ----
// Byte for byte what document_json(d, true).dump(2, ' ', false, replace) gives at that depth, without building
// a json value (a std::map per object) and re-indenting its text: the documents are most of a report.

/// True when s is well-formed UTF-8 (what nlohmann's dump passes through unchanged with ensure_ascii off).
bool valid_utf8(std::string_view s) {
  auto p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned char b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    char32_t c, min;
    if ((b & 0xE0) == 0xC0) { len = 2; c = b & 0x1F; min = 0x80; }
    else if ((b & 0xF0) == 0xE0) { len = 3; c = b & 0x0F; min = 0x800; }
    else if ((b & 0xF8) == 0xF0) { len = 4; c = b & 0x07; min = 0x10000; }
    else return false;
    if (n - i < len) return false;
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return false;
      c = (c << 6) | (p[i + k] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

/// A JSON string as nlohmann dumps it: \" \\ \b \f \n \r \t, other control characters as \u00xx, the
/// rest as is; a string that is not UTF-8 is left to nlohmann (it replaces the bad bytes).
void put_string(std::string& o, std::string_view s) {
  if (!valid_utf8(s)) {
    o += json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace);
    return;
  }
  o += '"';
  std::size_t from = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    o.append(s.data() + from, i - from);
    from = i + 1;
    switch (c) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\b': o += "\\b"; break;
      case '\f': o += "\\f"; break;
      case '\n': o += "\\n"; break;
      case '\r': o += "\\r"; break;
      case '\t': o += "\\t"; break;
      default: {
        static constexpr char hex[] = "0123456789abcdef";
        o += "\\u00";
        o += hex[c >> 4];
        o += hex[c & 15];
      }
    }
  }
  o.append(s.data() + from, s.size() - from);
  o += '"';
}



void put_line(std::string& o, int depth) {
  if (depth < 0) return;  // compact
  o += '\n';
  o.append(static_cast<std::size_t>(2 * depth), ' ');
}

/// `"key": ` on a new line at depth.
void put_key(std::string& o, std::string_view key, int depth) {
  put_line(o, depth);
  o += '"';
  o += key;
  o += depth < 0 ? "\":" : "\": ";
}

void put_optional_int(std::string& o, const std::optional<int>& v) {
  if (v) {
    put_int(o, *v);
  } else {
    o += "null";
  }
}

/// An array of strings, itself at depth.
void put_strings(std::string& o, const std::vector<std::string>& list, int depth) {
  put_array(o, list, depth, [&](const std::string& item, int) { put_string(o, item); });
}

/// A coverage object ({"declared", "total"}) or null, as a member value at depth d.
void put_coverage(std::string& o, const std::optional<Coverage>& c, int d) {
  if (c) {
    o += '{';
    put_key(o, "declared", d + 1), put_int(o, c->declared), o += ',';
    put_key(o, "total", d + 1), put_optional_int(o, c->total);
    put_line(o, d);
    o += '}';
  } else {
    o += "null";
  }
}

/// context_json(c) as dumped with indent 2, the object itself at depth d.
void put_context(std::string& o, const ObservationContext& c, int d) {
  auto origin = [&](const char* key, const ContextOrigin& x, bool last) {
    put_key(o, key, d + 1);
    o += '{';
    put_key(o, "from", d + 2), put_string(o, to_string(x.from)), o += ',';
    put_key(o, "line", d + 2);
    if (x.line) {
      put_int(o, x.line);
    } else {
      o += "null";
    }
    put_line(o, d + 1);
    o += '}';
    if (!last) o += ',';
  };
  o += '{';
  origin("chamber", c.chamber, false);
  origin("coverage", c.coverage, false);
  origin("source", c.source, false);
  origin("status", c.status, true);
  put_line(o, d);
  o += '}';
}


/// observation_json(ob, standalone != nullptr) as dumped with indent 2 (the object itself at depth), or compact
/// at kCompact.
void put_observation(std::string& o, const Observation& ob, int depth, const Standalone* standalone) {
  int d = depth + 1;
  o += '{';
  put_key(o, "basis", d), put_string(o, to_string(ob.basis)), o += ',';
  put_key(o, "chamber", d), put_string(o, ob.chamber), o += ',';
  put_key(o, "chamber_seats", d), put_optional_int(o, ob.chamber_seats), o += ',';
  put_key(o, "context", d);
  put_context(o, ob.context, d);
  o += ',';
  put_key(o, "coverage", d);
  put_coverage(o, ob.coverage, d);
  o += ',';
  if (standalone) {
    put_key(o, "date", d);
    if (standalone->date) {
      put_string(o, format_date(*standalone->date));
    } else {
      o += "null";
    }
    o += ',';
    put_key(o, "document", d), put_string(o, standalone->document), o += ',';
  }
  put_key(o, "election", d), put_string(o, ob.election), o += ',';
  put_key(o, "evidence", d), put_string(o, ob.evidence), o += ',';
  put_key(o, "historical", d), o += ob.historical ? "true" : "false", o += ',';
  put_key(o, "party", d), put_string(o, ob.party), o += ',';
  put_key(o, "party_text", d), put_string(o, ob.party_text), o += ',';
  put_key(o, "qualifier", d), put_string(o, to_string(ob.qualifier)), o += ',';
  if (standalone) put_key(o, "record", d), o += "\"observation\"", o += ',';
  put_key(o, "rule", d), put_string(o, ob.rule), o += ',';
  put_key(o, "scope", d);
  if (ob.scope) {
    put_string(o, *ob.scope);
  } else {
    o += "null";
  }
  o += ',';
  put_key(o, "seats", d), put_int(o, ob.seats), o += ',';
  put_key(o, "seats_max", d), put_optional_int(o, ob.seats_max), o += ',';
  put_key(o, "source", d);
  if (ob.source) {
    put_string(o, *ob.source);
  } else {
    o += "null";
  }
  o += ',';
  put_key(o, "source_kind", d), put_string(o, to_string(ob.source_kind)), o += ',';
  put_key(o, "span", d);
  o += '{';
  put_key(o, "begin", d + 1), put_int(o, ob.span.begin), o += ',';
  put_key(o, "end", d + 1), put_int(o, ob.span.end);
  put_line(o, d);
  o += "},";
  put_key(o, "status", d), put_string(o, to_string(ob.status));
  put_line(o, depth);
  o += '}';
}

/// A string, or null when it is empty.
void put_string_or_null(std::string& o, std::string_view s) {
  if (s.empty()) {
    o += "null";
  } else {
    put_string(o, s);
  }
}

/// document_json(doc, true) as dumped with indent 2, the object itself at depth; with `record`,
/// document_json(doc, false) (its observation count, not its observations), compact at kCompact.
void put_document(std::string& o, const DocumentResult& doc, int depth, bool record) {
  int d = depth + 1;
  o += '{';
  put_key(o, "country", d);
  if (doc.country.empty()) {
    o += "null";
  } else {
    put_string(o, doc.country);
  }
  o += ',';
  put_key(o, "date", d);
  if (doc.date) {
    put_string(o, format_date(*doc.date));
  } else {
    o += "null";
  }
  o += ',';
  put_key(o, "date_confidence", d), put_string(o, to_string(doc.date_confidence)), o += ',';
  put_key(o, "date_source", d), put_string(o, to_string(doc.date_source)), o += ',';
  put_key(o, "id", d), put_string_or_null(o, doc.id), o += ',';
  if (record) {
    put_key(o, "observation_count", d), put_int(o, doc.observations.size()), o += ',';
  } else {
    put_key(o, "observations", d);
    put_array(o, doc.observations, d, [&](const Observation& ob, int e) { put_observation(o, ob, e); });
    o += ',';
  }
  put_key(o, "path", d), put_string(o, doc.path), o += ',';
  if (record) put_key(o, "record", d), o += "\"document\"", o += ',';
  put_key(o, "title", d), put_string_or_null(o, doc.title), o += ',';
  put_key(o, "url", d), put_string_or_null(o, doc.url), o += ',';
  put_key(o, "warnings", d), put_strings(o, doc.warnings, d);
  put_line(o, depth);
  o += '}';
}

/// claim_json(c) as dumped with indent 2, the object itself at depth.
void put_claim(std::string& o, const Claim& c, int depth) {
  int d = depth + 1;
  o += '{';
  put_key(o, "coverage", d);
  put_coverage(o, c.coverage, d);
  o += ',';
  put_key(o, "decided_by", d);
  if (c.decided_by.empty()) {
    o += "null";
  } else {
    put_string(o, c.decided_by);
  }
  o += ',';
  put_key(o, "documents", d), put_strings(o, c.documents, d), o += ',';
  put_key(o, "evidence", d), put_string(o, c.evidence), o += ',';
  put_key(o, "qualifier", d), put_string(o, to_string(c.qualifier)), o += ',';
  put_key(o, "seats", d), put_int(o, c.seats), o += ',';
  put_key(o, "seats_max", d), put_optional_int(o, c.seats_max), o += ',';
  put_key(o, "source_kind", d), put_string(o, to_string(c.source_kind)), o += ',';
  put_key(o, "sources", d), put_strings(o, c.sources, d), o += ',';
  put_key(o, "status", d), put_string(o, to_string(c.status));
  put_line(o, depth);
  o += '}';
}


/// A party's figure as write_party's members would dump it (indent 2 at depth, or compact at kCompact).
void put_party(std::string& o, const PartyTally& t, int depth) {
  int d = depth + 1;
  o += '{';
  put_key(o, "basis", d), put_string(o, to_string(t.basis)), o += ',';
  put_key(o, "note", d), put_string_or_null(o, t.note), o += ',';
  put_key(o, "party", d), put_string(o, t.party), o += ',';
  put_key(o, "qualifier", d), put_string(o, to_string(t.qualifier)), o += ',';
  put_key(o, "range", d);
  o += '{';
  put_key(o, "max", d + 1), put_int(o, t.max_seats), o += ',';
  put_key(o, "min", d + 1), put_int(o, t.min_seats);
  put_line(o, d);
  o += "},";
  put_key(o, "rivals", d);
  put_array(o, t.rivals, d, [&](const Claim& c, int e) { put_claim(o, c, e); });
  o += ',';
  put_key(o, "rule", d), put_string(o, t.rule), o += ',';
  put_key(o, "seats", d), put_int(o, t.seats), o += ',';
  put_key(o, "seats_max", d), put_optional_int(o, t.seats_max), o += ',';
  put_key(o, "sources", d), put_strings(o, t.sources, d);
  put_line(o, depth);
  o += '}';
}
}  // namespace tally::json_text
