// Time lines and explanations for people (and the CSV of time lines).
#include <algorithm>
#include <cctype>
#include <ostream>

#include "tally/report.h"

namespace tally {
namespace {

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? std::string(sep) : "") + items[i];
  return out;
}

std::string coverage_text(const std::optional<Coverage>& c) {
  if (!c) return "coverage unknown";
  return std::to_string(c->declared) + (c->total ? " of " + std::to_string(*c->total) : "") + " seats";
}

/// "ECP lowers PML-N from 75 (2024-02-09) to 73"
std::string correction_text(const Correction& c) {
  return c.source + " lowers " + c.party + " from " + std::to_string(c.from_seats) + " (" + format_date(c.from_date) +
         ") to " + std::to_string(c.to_seats);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void write_timeline_table(std::ostream& out, const std::vector<Timeline>& lines, Color color) {
  auto bold = [&](const std::string& s) { return color == Color::always ? "\x1b[1m" + s + "\x1b[0m" : s; };
  if (lines.empty()) out << "No dated seat tallies.\n";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& t = lines[i];
    if (i) out << '\n';
    out << bold(t.election + "  " + t.chamber + (t.scope ? ": " + *t.scope + " only" : "")) << '\n';
    // parties in the order of their latest figure
    std::vector<std::string> parties;
    if (!t.rows.empty()) {
      for (auto& e : t.rows.back().latest) parties.push_back(e.party);
    }
    std::size_t w = 10;
    out << "  " << std::string(w, ' ');
    std::vector<std::size_t> widths;
    for (auto& p : parties) {
      widths.push_back(std::max<std::size_t>(p.size(), 5));
      out << "  " << std::string(widths.back() - std::min(widths.back(), p.size()), ' ') << p;
    }
    out << "  coverage\n";
    for (auto& row : t.rows) {
      out << "  " << format_date(row.date);
      for (std::size_t k = 0; k < parties.size(); ++k) {
        std::string cell = "-";
        for (auto& e : row.latest) {
          if (e.party == parties[k]) cell = std::to_string(e.seats) + (e.carried ? "*" : "");
        }
        out << "  " << std::string(widths[k] - std::min(widths[k], cell.size()), ' ') << cell;
      }
      out << "  " << coverage_text(row.coverage) << ", " << to_string(row.status) << '\n';
      for (auto& c : row.corrections) out << "    correction: " << correction_text(c) << '\n';
    }
    bool carried = false;
    for (auto& row : t.rows) {
      for (auto& e : row.latest) carried |= e.carried;
    }
    if (carried) out << "  (* carried from an earlier date: no count for the party that day)\n";
  }
}

/// A CSV field, quoted when it needs to be.
std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

void write_timeline_csv(std::ostream& out, const std::vector<Timeline>& lines) {
  out << "election,chamber,date,party,seats,qualifier,carried,reported_on,sources,coverage_declared,coverage_total,status,"
         "scope,corrected\n";
  for (auto& t : lines) {
    for (auto& row : t.rows) {
      for (auto& e : row.latest) {
        std::string sources = csv_field(join(e.sources, ";"));
        out << t.election << ',' << t.chamber << ',' << format_date(row.date) << ',' << e.party << ',' << e.seats << ','
            << to_string(e.qualifier) << ',' << (e.carried ? "yes" : "no") << ',' << format_date(e.reported) << ','
            << sources << ',' << (row.coverage ? std::to_string(row.coverage->declared) : "") << ','
            << (row.coverage && row.coverage->total ? std::to_string(*row.coverage->total) : "") << ','
            << to_string(row.status) << ',' << csv_field(t.scope.value_or("")) << ',';
        std::string corrected;
        for (auto& c : row.corrections) {
          if (c.party == e.party) corrected += (corrected.empty() ? "" : "; ") + correction_text(c);
        }
        out << csv_field(corrected) << '\n';
      }
    }
  }
}

}  // namespace

void write_timelines_json(std::ostream& out, const std::vector<Timeline>& lines, bool lines_format);

void write_timelines(std::ostream& out, const std::vector<Timeline>& lines, Format format, Color color) {
  switch (format) {
    case Format::table: write_timeline_table(out, lines, color); return;
    case Format::csv: write_timeline_csv(out, lines); return;
    case Format::json: write_timelines_json(out, lines, false); return;
    case Format::jsonl: write_timelines_json(out, lines, true); return;
  }
}

namespace {

/// "read by party_verb_number; source from the intro (line 3), status and coverage from the sentence, chamber
/// by default": how the extractor read a claim's sentence and where its context came from.
std::string reading_text(const Claim& c) {
  if (c.read_by.empty()) return {};
  std::vector<std::pair<std::string, std::vector<std::string>>> parts;  // origin -> fields, in the order first seen
  const std::pair<const char*, const ContextOrigin*> fields[] = {
      {"source", &c.context.source}, {"status", &c.context.status}, {"coverage", &c.context.coverage}, {"chamber", &c.context.chamber}};
  for (const auto& [name, origin] : fields) {
    if (origin->from == ContextFrom::none) continue;
    std::string where = origin->from == ContextFrom::fallback ? "by default"
                        : origin->from == ContextFrom::sentence ? "from the sentence"
                                                                 : "from the " + std::string(to_string(origin->from));
    if (origin->line > 0 && origin->from != ContextFrom::sentence) where += " (line " + std::to_string(origin->line) + ")";
    auto it = std::find_if(parts.begin(), parts.end(), [&](const auto& p) { return p.first == where; });
    if (it == parts.end()) parts.push_back({where, {name}});
    else it->second.push_back(name);
  }
  std::string text = "read by " + c.read_by;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const auto& names = parts[i].second;
    text += i ? ", " : "; ";
    for (std::size_t k = 0; k < names.size(); ++k) text += (k == 0 ? "" : k + 1 == names.size() ? " and " : ", ") + names[k];
    text += " " + parts[i].first;
  }
  return text;
}

/// The documents, the sentence and how it was read, under a claim.
void write_claim_lines(std::ostream& out, const Claim& c) {
  if (!c.documents.empty()) out << "    in " << join(c.documents, ", ") << '\n';
  if (!c.evidence.empty()) out << "    | " << c.evidence << '\n';
  std::string reading = reading_text(c);
  if (!reading.empty()) out << "    " << reading << '\n';
}

}  // namespace

int write_explain(std::ostream& out, const Summary& summary, std::string_view party, std::optional<Date> date) {
  int count = 0;
  std::string wanted = lower(party);
  for (const auto& g : summary.groups) {
    if (date && g.date != date) continue;
    auto explain = [&](const PartyTally& t, const char* kind) {
      if (lower(t.party) != wanted) return;
      ++count;
      out << (g.date ? format_date(*g.date) : "undated") << "  " << g.chamber << (g.scope ? ": " + *g.scope + " only" : "")
          << " (" << g.election << ")\n";
      out << "  " << t.party << ": " << t.seats << " seats" << (std::string(kind).empty() ? "" : std::string(" ") + kind)
          << ", from " << join(t.sources, ", ") << " at " << coverage_text(g.coverage) << ", " << to_string(g.status)
          << '\n';
      write_claim_lines(out, t.claim);
      if (!t.note.empty()) out << "  note: " << t.note << '\n';
      out << "  decided by: " << t.rule;
      if (t.rule == "only_figure") out << " (no other source gave a figure)";
      out << "\n  values seen: " << t.min_seats << " to " << t.max_seats << '\n';
      for (const auto& r : t.rivals) {
        out << "  rival: " << r.seats << " from " << join(r.sources, ", ") << " at " << coverage_text(r.coverage) << ", "
            << to_string(r.status) << " (" << to_string(r.source_kind) << ")";
        if (!r.decided_by.empty()) out << "; lost on " << r.decided_by;
        out << '\n';
        write_claim_lines(out, r);
      }
      out << '\n';
    };
    for (const auto& t : g.parties) explain(t, "");
    for (const auto& t : g.breakdown) explain(t, "(breakdown)");
    for (const auto& t : g.projections) explain(t, "(projection)");
    for (const auto& a : g.set_aside) {
      if (lower(a.party) != wanted) continue;
      ++count;
      out << (g.date ? format_date(*g.date) : "undated") << "  " << g.chamber << (g.scope ? ": " + *g.scope + " only" : "")
          << " (" << g.election << ")\n";
      out << "  " << a.party << ": " << a.claim.seats << " seats (set aside), from " << join(a.claim.sources, ", ") << " at "
          << coverage_text(a.claim.coverage) << ", " << to_string(a.claim.status) << "\n  reason: " << a.reason << '\n';
      write_claim_lines(out, a.claim);
      out << '\n';
    }
  }
  return count;
}

}  // namespace tally
