// The report for people (the terminal table) and for spreadsheets (CSV); the order that makes a report
// independent of input order.
#include <algorithm>
#include <ostream>
#include <set>
#include <sstream>
#include <tuple>

#include "tally/report.h"

namespace tally {
namespace {

std::string csv_field(std::string_view s) {
  bool quote = s.find_first_of(",\"\n\r") != std::string_view::npos;
  if (!quote) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

/// Display width of UTF-8 text (code points; good enough for names).
std::size_t width(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string pad(std::string_view s, std::size_t w) {
  std::string out(s);
  for (std::size_t n = width(s); n < w; ++n) out += ' ';
  return out;
}

std::string qualified(int seats, Qualifier q, std::optional<int> max) {
  std::string v = std::to_string(seats);
  switch (q) {
    case Qualifier::at_least: return ">=" + v;
    case Qualifier::more_than: return ">" + v;
    case Qualifier::at_most: return "<=" + v;
    case Qualifier::less_than: return "<" + v;
    case Qualifier::about: return "~" + v;
    case Qualifier::range: return v + "-" + (max ? std::to_string(*max) : "?");
    case Qualifier::exact: return v;
  }
  return v;
}

std::string coverage_label(const std::optional<Coverage>& c) {
  if (!c) return "coverage unknown";
  return std::to_string(c->declared) + (c->total ? " of " + std::to_string(*c->total) : "") + " seats declared";
}

/// The kind of article a document path names: a web page, a feed's line (FILE.jsonl:LINE, -:LINE), standard
/// input, or text.
std::string_view kind_of(std::string_view path) {
  auto ends_with = [&](std::string_view p, std::string_view ext) {
    if (p.size() <= ext.size()) return false;
    for (std::size_t i = 0; i < ext.size(); ++i) {
      char c = p[p.size() - ext.size() + i];
      if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c) != ext[i]) return false;
    }
    return true;
  };
  std::size_t colon = path.rfind(':');
  if (colon != std::string_view::npos && colon + 1 < path.size() &&
      path.find_first_not_of("0123456789", colon + 1) == std::string_view::npos) {
    std::string_view file = path.substr(0, colon);
    if (file == "-" || ends_with(file, ".jsonl")) return "jsonl";
  }
  if (ends_with(path, ".html") || ends_with(path, ".htm")) return "html";
  if (path == "-") return "stdin";
  return "txt";
}

/// "3 txt articles", or "5 articles: 3 txt, 2 html" (kinds by count, then name).
std::string article_count(const std::vector<std::string>& paths) {
  std::vector<std::pair<std::string_view, std::size_t>> kinds;
  for (auto& p : paths) {
    std::string_view k = kind_of(p);
    auto it = std::find_if(kinds.begin(), kinds.end(), [&](auto& e) { return e.first == k; });
    if (it == kinds.end()) {
      kinds.push_back({k, 1});
    } else {
      ++it->second;
    }
  }
  std::sort(kinds.begin(), kinds.end(), [](auto& a, auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  std::string n = std::to_string(paths.size());
  std::string articles = paths.size() == 1 ? " article" : " articles";
  if (kinds.size() == 1) return n + " " + std::string(kinds[0].first) + articles;
  std::string out = n + articles + ":";
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    out += (i ? ", " : " ") + std::to_string(kinds[i].second) + " " + std::string(kinds[i].first);
  }
  return out;
}

}  // namespace

void write_table(std::ostream& out, const ReportStream& report, Color color) {
  const bool tty = color == Color::always;
  auto style = [&](std::string_view code, std::string_view text) {
    return tty ? "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m" : std::string(text);
  };
  std::size_t gi = 0;
  report.groups([&](const SummaryGroup& g) {
    if (gi++) out << '\n';
    std::string date = g.date ? format_date(*g.date) : "undated";
    if (g.parties.empty()) {
      out << style("1", date) << "  no seat tallies found (" << article_count(g.documents) << ")\n";
      for (auto& w : g.warnings) out << "  " << style("33", "warning: ") << w << '\n';
      return;
    }
    // A scope is a sub-table of its chamber (it comes right after it): indented, and named after it.
    const std::string in = g.scope ? "    " : "  ";
    out << (g.scope ? "  " : "") << style("1", date + "  " + g.chamber + (g.scope ? ": " + *g.scope + " only" : ""))
        << "  (" << g.election << ")  " << article_count(g.documents) << "\n";
    out << in << coverage_label(g.coverage) << "; chosen: " << join(g.sources, ", ") << ", " << to_string(g.status)
        << "\n";
    std::size_t name_w = 5;
    int max_seats = 1;
    for (auto& t : g.parties) {
      name_w = std::max(name_w, width(t.party));
      max_seats = std::max(max_seats, t.seats_max ? *t.seats_max : t.seats);
    }
    name_w = std::min<std::size_t>(name_w, 22);
    const int bar_w = 20;
    std::set<std::string> conflicted;
    for (auto& c : g.conflicts) conflicted.insert(c.party);
    for (auto& t : g.parties) {
      int filled = static_cast<int>((static_cast<long>(t.seats) * bar_w + max_seats - 1) / max_seats);
      std::string bar;
      for (int i = 0; i < filled; ++i) bar += "\u2588";
      for (int i = filled; i < bar_w; ++i) bar += ' ';
      std::string name = width(t.party) > name_w ? t.party.substr(0, name_w - 1) + "~" : t.party;
      std::string seats = qualified(t.seats, t.qualifier, t.seats_max);
      out << in << pad(name, name_w) << ' ' << std::string(seats.size() < 6 ? 6 - seats.size() : 0, ' ') << seats << "  "
          << style("36", bar) << "  " << join(t.sources, ", ");
      if (conflicted.count(t.party)) out << ' ' << style("31", "[conflict]");
      if (!t.note.empty()) out << " (" << t.note << ")";
      out << '\n';
    }
    for (auto& t : g.breakdown) {
      out << in << "  " << style("2", "incl. " + t.party + " " + qualified(t.seats, t.qualifier, t.seats_max) + " (" + t.note + ")")
          << '\n';
    }
    for (auto& t : g.projections) {
      out << in << style("35", "projection: ") << t.party << " " << qualified(t.seats, t.qualifier, t.seats_max) << " from "
          << join(t.sources, ", ") << (t.note.empty() ? "" : " (" + t.note + ")") << '\n';
    }
    for (auto& a : g.set_aside) {
      out << in << style("33", "set aside: ") << a.party << " " << qualified(a.claim.seats, a.claim.qualifier, a.claim.seats_max)
          << " from " << join(a.claim.sources, ", ") << " at " << coverage_label(a.claim.coverage) << ": " << a.reason << '\n';
    }
    for (auto& c : g.conflicts) {
      std::vector<std::string> parts;
      for (auto& v : c.values) parts.push_back(std::to_string(v.seats) + " " + join(v.sources, "/"));
      out << in << style("31", "conflict: ") << c.party << ": " << join(parts, " vs ") << '\n';
    }
    for (auto& w : g.warnings) out << in << style("33", "warning: ") << w << '\n';
  });
  if (gi == 0) out << "No documents.\n";
  for (auto& e : *report.errors) out << style("31", "error: ") << e.path << ": " << e.message << '\n';
}

void write_csv(std::ostream& out, const ReportStream& report) {
  out << "date,election,chamber,party,seats,seats_max,qualifier,min_seats,max_seats,sources,coverage_declared,"
         "coverage_total,status,rule,conflict,scope\n";
  report.groups([&](const SummaryGroup& g) {
    std::set<std::string> conflicted;
    for (auto& c : g.conflicts) conflicted.insert(c.party);
    for (auto& t : g.parties) {
      out << (g.date ? format_date(*g.date) : "") << ',' << csv_field(g.election) << ',' << csv_field(g.chamber) << ','
          << csv_field(t.party) << ',' << t.seats << ',' << (t.seats_max ? std::to_string(*t.seats_max) : "") << ','
          << to_string(t.qualifier) << ',' << t.min_seats << ',' << t.max_seats << ',' << csv_field(join(t.sources, ";"))
          << ',' << (g.coverage ? std::to_string(g.coverage->declared) : "") << ','
          << (g.coverage && g.coverage->total ? std::to_string(*g.coverage->total) : "") << ',' << to_string(g.status)
          << ',' << csv_field(t.rule) << ',' << (conflicted.count(t.party) ? "yes" : "no") << ','
          << csv_field(g.scope.value_or("")) << '\n';
    }
  });
}

ReportStream stream_of(const Report& report) {
  ReportStream s;
  s.documents = [&report](const std::function<void(const DocumentResult&)>& f) {
    for (auto& d : report.documents) f(d);
  };
  s.groups = [&report](const std::function<void(const SummaryGroup&)>& f) {
    for (auto& g : report.summary.groups) f(g);
  };
  s.errors = &report.errors;
  return s;
}

ReportStream stream_of(const DocumentStore& store, const std::vector<InputError>& errors, std::optional<Date> as_of,
                       const Tables* tables) {
  ReportStream s;
  s.documents = [&store](const std::function<void(const DocumentResult&)>& f) {
    store.each_document(f);
  };
  s.groups = [&store, as_of, tables](const std::function<void(const SummaryGroup&)>& f) {
    reconcile_each(store, as_of, [&](SummaryGroup&& g) { f(g); }, tables);
  };
  s.errors = &errors;
  return s;
}

void write_table(std::ostream& out, const Report& report, Color color) { write_table(out, stream_of(report), color); }
void write_csv(std::ostream& out, const Report& report) { write_csv(out, stream_of(report)); }

void normalize(Report& report) {
  std::stable_sort(report.documents.begin(), report.documents.end(),
                   [](const DocumentResult& a, const DocumentResult& b) { return a.path < b.path; });
  report.documents.erase(std::unique(report.documents.begin(), report.documents.end(),
                                     [](const DocumentResult& a, const DocumentResult& b) { return a.path == b.path; }),
                         report.documents.end());
  normalize_errors(report.errors);
}

void normalize_errors(std::vector<InputError>& errors) {
  std::sort(errors.begin(), errors.end(), [](const InputError& a, const InputError& b) {
    return std::tie(a.path, a.message) < std::tie(b.path, b.message);
  });
  errors.erase(std::unique(errors.begin(), errors.end()), errors.end());
}

}  // namespace tally
