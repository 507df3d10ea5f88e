// JSON and JSON Lines: the report contract and the extract/reconcile interchange. nlohmann stays here.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <thread>
#include <unistd.h>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

#include "json_text.h"
#include "tally/report.h"

namespace tally {
namespace {

using nlohmann::json;
using namespace json_text;

json coverage_json(const std::optional<Coverage>& c) {
  if (!c) return nullptr;
  return json{{"declared", c->declared}, {"total", c->total ? json(*c->total) : json(nullptr)}};
}

json correction_json(const Correction& c) {
  return json{{"source", c.source},  {"party", c.party},       {"from_date", format_date(c.from_date)},
              {"from_seats", c.from_seats}, {"to_date", format_date(c.to_date)}, {"to_seats", c.to_seats}};
}

void dump(std::ostream& out, const json& j, int indent = -1) {
  out << j.dump(indent, ' ', false, json::error_handler_t::replace);
}

/// Writes JSON as nlohmann's dump would (compact, or indent 2 at a given depth), but a member or element at a
/// time: a large group is never built as one JSON value nor dumped into one string.
class StreamWriter {
 public:
  StreamWriter(std::ostream& out, bool pretty) : out_(out), pretty_(pretty) {}

  /// A value at depth (its first line is written where the cursor is; the next lines are indented).
  void value(const json& j, int depth) {
    if (!pretty_) {
      dump(out_, j);
      return;
    }
    std::string text = j.dump(2, ' ', false, json::error_handler_t::replace);
    std::size_t from = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
      out_.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
      pad(depth);
      from = nl + 1;
    }
    out_.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
  }

  bool pretty() const { return pretty_; }
  /// Text written as is.
  void raw(std::string_view text) { out_.write(text.data(), static_cast<std::streamsize>(text.size())); }

  using Member = std::pair<std::string, std::function<void(int depth)>>;

  /// An object of members written by their functions, in key order (as nlohmann sorts them).
  void object(std::vector<Member> members, int depth) {
    std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) { return a.first < b.first; });
    if (members.empty()) {
      out_ << "{}";
      return;
    }
    out_ << '{';
    bool first = true;
    for (auto& [key, write] : members) {
      if (!first) out_ << ',';
      first = false;
      if (pretty_) {
        out_ << '\n';
        pad(depth + 1);
      }
      dump(out_, json(key));
      out_ << (pretty_ ? ": " : ":");
      write(depth + 1);
    }
    if (pretty_) {
      out_ << '\n';
      pad(depth);
    }
    out_ << '}';
  }

  /// An array whose elements are written by write(element, depth).
  template <class List, class Write>
  void array(const List& list, int depth, Write write) {
    if (list.empty()) {
      out_ << "[]";
      return;
    }
    out_ << '[';
    bool first = true;
    for (const auto& item : list) {
      if (!first) out_ << ',';
      first = false;
      if (pretty_) {
        out_ << '\n';
        pad(depth + 1);
      }
      write(item, depth + 1);
    }
    if (pretty_) {
      out_ << '\n';
      pad(depth);
    }
    out_ << ']';
  }

  /// A member whose value is a JSON value.
  Member member(std::string key, json j) {
    return {std::move(key), [this, j = std::move(j)](int depth) { value(j, depth); }};
  }

 private:
  void pad(int depth) {
    for (int i = 0; i < depth; ++i) out_ << "  ";
  }
  std::ostream& out_;
  bool pretty_;
};


/// A summary group (with "record": "group" for JSON Lines), written by hand as nlohmann would dump it (keys
/// in order; indent 2 at depth, or compact), handed to the writer in pieces of about 64 KiB between array
/// elements: a large group is never held whole.
void write_group(StreamWriter& w, const SummaryGroup& g, int depth, bool record) {
  int total = 0;
  for (auto& t : g.parties) total += t.seats;
  int base = w.pretty() ? depth : kCompact;
  int d = base + 1;
  std::string o;
  auto spill = [&] {
    if (o.size() < 65536) return;
    w.raw(o);
    o.clear();
  };
  // an array member, each element written by put(element, its depth), the text spilled between elements
  auto array = [&](const auto& list, auto put) {
    put_array(o, list, d, [&](const auto& item, int e) {
      put(item, e);
      spill();
    });
  };
  auto parties = [&](const std::vector<PartyTally>& list) {
    array(list, [&](const PartyTally& t, int e) { put_party(o, t, e); });
  };
  auto string_or_null = [&](const std::optional<std::string>& v) {
    if (v) {
      put_string(o, *v);
    } else {
      o += "null";
    }
  };
  o += '{';
  put_key(o, "breakdown", d), parties(g.breakdown), o += ',';
  put_key(o, "chamber", d), put_string_or_null(o, g.chamber), o += ',';
  put_key(o, "chamber_seats", d), put_optional_int(o, g.chamber_seats), o += ',';
  put_key(o, "conflicts", d);
  array(g.conflicts, [&](const Conflict& c, int e) {
    o += '{';
    put_key(o, "party", e + 1), put_string(o, c.party), o += ',';
    put_key(o, "values", e + 1);
    put_array(o, c.values, e + 1, [&](const Claim& v, int f) { put_claim(o, v, f); });
    put_line(o, e);
    o += '}';
  });
  o += ',';
  put_key(o, "corrections", d);
  array(g.corrections, [&](const Correction& c, int e) {
    o += '{';
    put_key(o, "from_date", e + 1), put_string(o, format_date(c.from_date)), o += ',';
    put_key(o, "from_seats", e + 1), put_int(o, c.from_seats), o += ',';
    put_key(o, "party", e + 1), put_string(o, c.party), o += ',';
    put_key(o, "source", e + 1), put_string(o, c.source), o += ',';
    put_key(o, "to_date", e + 1), put_string(o, format_date(c.to_date)), o += ',';
    put_key(o, "to_seats", e + 1), put_int(o, c.to_seats);
    put_line(o, e);
    o += '}';
  });
  o += ',';
  put_key(o, "coverage", d), put_coverage(o, g.coverage, d), o += ',';
  put_key(o, "date", d);
  if (g.date) {
    put_string(o, format_date(*g.date));
  } else {
    o += "null";
  }
  o += ',';
  put_key(o, "documents", d);
  array(g.documents, [&](const std::string& path, int) { put_string(o, path); });
  o += ',';
  put_key(o, "election", d), put_string_or_null(o, g.election), o += ',';
  put_key(o, "parties", d), parties(g.parties), o += ',';
  put_key(o, "projections", d), parties(g.projections), o += ',';
  if (record) put_key(o, "record", d), o += "\"group\",";
  put_key(o, "scope", d), string_or_null(g.scope), o += ',';
  put_key(o, "seats_total", d), put_int(o, total), o += ',';
  put_key(o, "set_aside", d);
  array(g.set_aside, [&](const SetAside& a, int e) {
    o += '{';
    put_key(o, "claim", e + 1), put_claim(o, a.claim, e + 1), o += ',';
    put_key(o, "party", e + 1), put_string(o, a.party), o += ',';
    put_key(o, "reason", e + 1), put_string(o, a.reason);
    put_line(o, e);
    o += '}';
  });
  o += ',';
  put_key(o, "sources", d), put_strings(o, g.sources, d), o += ',';
  put_key(o, "status", d), put_string(o, to_string(g.status)), o += ',';
  put_key(o, "warnings", d), put_strings(o, g.warnings, d);
  put_line(o, base);
  o += '}';
  w.raw(o);
}

/// `  "key": [ ... ]` at depth 1 of an object dumped with indent 2, each element converted and written alone.
/// for_each calls back once per element, in order.
template <class Item, class ForEach, class ToJson>
void write_array_member(std::ostream& out, std::string_view key, ForEach for_each, ToJson to_json) {
  out << "  ";
  dump(out, json(key));
  out << ": ";
  bool first = true;
  for_each([&](const Item& item) {
    out << (first ? "[\n" : ",\n");
    first = false;
    std::string text = to_json(item).dump(2, ' ', false, json::error_handler_t::replace);
    out << "    ";
    std::size_t from = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
      out.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
      out << "    ";
      from = nl + 1;
    }
    out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
  });
  out << (first ? "[]" : "\n  ]");
}

/// Runs write(stream) on another thread into an unlinked temporary file (page cache, not memory); finish()
/// waits for it and copies the file to out. When no temporary file can be made, or writing it fails,
/// finish() calls write(out) itself instead: the output is the same either way.
class SpooledWrite {
 public:
  using Write = std::function<void(std::ostream&)>;
  explicit SpooledWrite(const Write& write) {
    std::string dir = "/tmp";
    if (const char* t = std::getenv("TMPDIR"); t && *t) dir = t;
    std::string path = dir + "/tally-spool.XXXXXX";
    int fd = ::mkstemp(path.data());
    if (fd < 0) return;
    ::close(fd);
    file_.open(path, std::ios::in | std::ios::out | std::ios::binary | std::ios::trunc);
    ::unlink(path.c_str());
    if (!file_.is_open()) return;
    worker_ = std::thread([this, write] {
      try {
        write(file_);
        file_.flush();
        ok_ = static_cast<bool>(file_);
      } catch (...) {
        error_ = std::current_exception();
      }
    });
  }
  SpooledWrite(const SpooledWrite&) = delete;
  SpooledWrite& operator=(const SpooledWrite&) = delete;
  ~SpooledWrite() {
    if (worker_.joinable()) worker_.join();
  }
  void finish(std::ostream& out, const Write& write) {
    if (worker_.joinable()) worker_.join();
    if (error_) std::rethrow_exception(error_);
    if (ok_) {
      file_.seekg(0);
      char buffer[1 << 16];
      while (file_.read(buffer, sizeof buffer) || file_.gcount() > 0) out.write(buffer, file_.gcount());
      if (!file_.bad()) return;
      // A read error midway has written part of the summary: nothing to recover to.
      throw std::runtime_error("cannot read back the temporary summary file");
    }
    write(out);
  }

 private:
  std::fstream file_;
  std::thread worker_;
  bool ok_ = false;
  std::exception_ptr error_;
};

}  // namespace

std::optional<Format> parse_format(std::string_view text) {
  if (text == "table") return Format::table;
  if (text == "json") return Format::json;
  if (text == "jsonl") return Format::jsonl;
  if (text == "csv") return Format::csv;
  return std::nullopt;
}

std::string_view version() { return TALLY_VERSION; }

void write_report(std::ostream& out, const Report& report, Format format, Color color) {
  write_report(out, stream_of(report), format, color);
}

void write_report(std::ostream& out, const ReportStream& report, Format format, Color color, unsigned threads) {
  switch (format) {
    case Format::table: write_table(out, report, color); return;
    case Format::csv: write_csv(out, report); return;
    case Format::jsonl: {
      StreamWriter w(out, false);
      report.groups([&](const SummaryGroup& g) {
        write_group(w, g, 0, true);
        out << '\n';
      });
      for (auto& e : *report.errors) {
        dump(out, json{{"record", "error"}, {"path", e.path}, {"message", e.message}});
        out << '\n';
      }
      return;
    }
    case Format::json: {
      // Written member by member, one element at a time, exactly as dumping the whole object would (keys in
      // sorted order, indent 2): the JSON of a large corpus is never held in memory at once, and neither are
      // the documents nor the summary when the report is streamed from a store.
      // The summary (reconciling every group, a third of the work after extraction) does not depend on the
      // documents array: with threads to spare it is written to an unlinked temporary file by another thread
      // while this one writes the documents, then copied after them.
      auto write_summary = [&report](std::ostream& o) {
        o << "  ";
        dump(o, json("summary"));
        o << ": ";
        StreamWriter w(o, true);
        bool first = true;
        report.groups([&](const SummaryGroup& g) {
          o << (first ? "[\n    " : ",\n    ");
          first = false;
          write_group(w, g, 2, false);
        });
        o << (first ? "[]" : "\n  ]");
      };
      std::optional<SpooledWrite> summary_ahead;
      if (threads >= 2) summary_ahead.emplace(write_summary);
      out << "{\n";
      {
        out << "  \"documents\": ";
        bool first = true;
        std::string text;
        report.documents([&](const DocumentResult& d) {
          text.assign(first ? "[\n    " : ",\n    ");
          first = false;
          put_document(text, d, 2);
          out.write(text.data(), static_cast<std::streamsize>(text.size()));
        });
        out << (first ? "[]" : "\n  ]");
      }
      out << ",\n";
      write_array_member<InputError>(
          out, "errors", [&](auto f) { for (auto& e : *report.errors) f(e); },
          [](const InputError& e) { return json{{"path", e.path}, {"message", e.message}}; });
      out << ",\n";
      if (summary_ahead) {
        summary_ahead->finish(out, write_summary);
      } else {
        write_summary(out);
      }
      out << ",\n  \"tally_version\": ";
      dump(out, json(version()));
      out << "\n}\n";
      return;
    }
  }
}

void write_timelines_json(std::ostream& out, const std::vector<Timeline>& lines, bool lines_format) {
  auto entries = [](const std::vector<TimelineEntry>& list) {
    json a = json::array();
    for (auto& e : list) {
      a.push_back({{"party", e.party}, {"seats", e.seats}, {"qualifier", to_string(e.qualifier)}, {"sources", e.sources},
                   {"reported_on", format_date(e.reported)}, {"carried", e.carried}});
    }
    return a;
  };
  json all = json::array();
  for (auto& t : lines) {
    json rows = json::array();
    for (auto& r : t.rows) {
      json row = {{"date", format_date(r.date)}, {"coverage", coverage_json(r.coverage)}, {"status", to_string(r.status)},
                  {"reported", entries(r.reported)}, {"latest", entries(r.latest)}, {"corrections", json::array()}};
      for (auto& c : r.corrections) row["corrections"].push_back(correction_json(c));
      if (lines_format) {
        row["record"] = "timeline_row";
        row["election"] = t.election;
        row["chamber"] = t.chamber;
        row["scope"] = t.scope ? json(*t.scope) : json(nullptr);
        dump(out, row);
        out << '\n';
      }
      rows.push_back(row);
    }
    all.push_back({{"election", t.election}, {"chamber", t.chamber}, {"scope", t.scope ? json(*t.scope) : json(nullptr)},
                   {"rows", rows}});
  }
  if (!lines_format) {
    dump(out, json{{"tally_version", version()}, {"timelines", all}}, 2);
    out << '\n';
  }
}

void write_extract(std::ostream& out, const Report& report) { write_extract(out, stream_of(report)); }

void write_extract(std::ostream& out, const ReportStream& report) {
  // written by hand, a document and its observations a buffer: the same bytes as nlohmann's compact dump of
  // document_json(d, false) and observation_json(o, true), without building their values
  std::string text;
  report.documents([&](const DocumentResult& d) {
    text.clear();
    put_document(text, d, kCompact, true);
    text += '\n';
    Standalone standalone{d.path, d.date};
    for (const auto& o : d.observations) {
      put_observation(text, o, kCompact, &standalone);
      text += '\n';
    }
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
  });
  for (auto& e : *report.errors) {
    dump(out, json{{"record", "error"}, {"path", e.path}, {"message", e.message}});
    out << '\n';
  }
}

}  // namespace tally
