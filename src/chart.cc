#include "tally/chart.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <map>
#include <numbers>
#include <string_view>

#include "tally/error.h"

namespace tally {
namespace {

constexpr double kPi = std::numbers::pi;
constexpr const char* kText = "#222222";
constexpr const char* kMuted = "#666666";
constexpr const char* kFont = "sans-serif";

// ---------------------------------------------------------------------------------------------------------
// Text helpers

/// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is not valid.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  std::uint32_t cp = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return 0;  // overlong / too big
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;                                           // surrogates
  if (cp == 0xFFFE || cp == 0xFFFF) return 0;                                           // not XML characters
  return n;
}

/// Escapes text for XML content and attribute values. Bytes that are not valid UTF-8 and characters XML
/// forbids (control characters) become U+FFFD, so the document stays well-formed whatever the input.
std::string xml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = utf8_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (n == 1) {
      char c = s[i];
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        case '\t':
        case '\n':
        case '\r': out += ' '; break;
        default:
          if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            out += "\xEF\xBF\xBD";
          } else {
            out += c;
          }
      }
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
  return out;
}

/// Cuts text to at most max_chars characters (code points), ending with an ellipsis when cut.
std::string truncate(std::string_view s, std::size_t max_chars) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = std::max<std::size_t>(1, utf8_length(s, i));
    if (count + 1 == max_chars && i + n < s.size()) return std::string(s.substr(0, i)) + "\xE2\x80\xA6";
    ++count;
    i += n;
  }
  return std::string(s);
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

/// A coordinate with at most two decimals, no trailing zeros and no locale dependence.
std::string num(double v) {
  if (!std::isfinite(v)) v = 0;
  double rounded = std::round(v * 100.0) / 100.0;
  if (rounded == 0) rounded = 0;  // no "-0"
  std::array<char, 64> buf{};
  auto res = std::to_chars(buf.data(), buf.data() + buf.size(), rounded, std::chars_format::fixed, 2);
  std::string s(buf.data(), res.ptr);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string num(int v) { return std::to_string(v); }

// ---------------------------------------------------------------------------------------------------------
// Colours

bool is_hex_colour(std::string_view c) {
  if (c.size() != 7 || c[0] != '#') return false;
  return std::all_of(c.begin() + 1, c.end(), [](char ch) {
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
  });
}

std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string hex_colour(double r, double g, double b) {
  auto channel = [](double v) {
    int x = static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255.0));
    constexpr const char* digits = "0123456789abcdef";
    return std::string{digits[x / 16], digits[x % 16]};
  };
  return "#" + channel(r) + channel(g) + channel(b);
}

/// A saturated colour from a hash of the name (FNV-1a): never grey, so it cannot pass for undeclared seats.
std::string hashed_colour(std::string_view name) {
  std::uint32_t h = 2166136261u;
  for (char c : name) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  double hue = static_cast<double>(h % 360u);
  double sat = 0.55 + static_cast<double>((h >> 9) % 20u) / 100.0;   // 0.55 .. 0.74
  double light = 0.40 + static_cast<double>((h >> 17) % 15u) / 100.0;  // 0.40 .. 0.54
  double c = (1 - std::fabs(2 * light - 1)) * sat;
  double hp = hue / 60.0;
  double x = c * (1 - std::fabs(std::fmod(hp, 2.0) - 1));
  double r = 0, g = 0, b = 0;
  if (hp < 1) {
    r = c, g = x;
  } else if (hp < 2) {
    r = x, g = c;
  } else if (hp < 3) {
    g = c, b = x;
  } else if (hp < 4) {
    g = x, b = c;
  } else if (hp < 5) {
    r = x, b = c;
  } else {
    r = c, b = x;
  }
  double m = light - c / 2;
  return hex_colour(r + m, g + m, b + m);
}

// ---------------------------------------------------------------------------------------------------------
// SVG document

std::string svg_open(int width, int height, const std::string& label) {
  std::string out;
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + num(width) + "\" height=\"" +
         num(height) + "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" font-family=\"" + kFont +
         "\" role=\"img\" aria-label=\"" + xml(label) + "\">\n";
  out += "<title>" + xml(label) + "</title>\n";
  out += "<rect class=\"background\" x=\"0\" y=\"0\" width=\"" + num(width) + "\" height=\"" + num(height) +
         "\" fill=\"#ffffff\"/>\n";
  return out;
}

std::string text(double x, double y, std::string_view content, int size, const char* fill,
                 std::string_view extra = {}) {
  std::string out = "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-size=\"" + num(size) + "\" fill=\"" +
                    fill + "\"";
  if (!extra.empty()) {
    out += ' ';
    out += extra;
  }
  out += ">" + xml(content) + "</text>\n";
  return out;
}

std::string seats_label(const PartyTally& p) {
  std::string n = std::to_string(p.seats);
  switch (p.qualifier) {
    case Qualifier::exact: return n;
    case Qualifier::at_least: return n + "+";
    case Qualifier::more_than: return ">" + n;
    case Qualifier::at_most: return "\xE2\x89\xA4" + n;  // ≤
    case Qualifier::less_than: return "<" + n;
    case Qualifier::about: return "~" + n;
    case Qualifier::range:
      return p.seats_max ? n + "\xE2\x80\x93" + std::to_string(*p.seats_max) : n;  // en dash
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------------
// Parliament diagram geometry

struct Seat {
  double angle;  // radians, pi = far left
  double radius;
  int row;
};

/// Seats a diagram of `rows` rows holds in row i (1-based) at the standard spacing.
int row_capacity(int rows, int i) {
  double ratio = 2.0 / (3.0 * rows + 4.0 * i - 2.0);
  return static_cast<int>(std::floor(kPi / (2.0 * std::asin(ratio))));
}

int total_capacity(int rows) {
  int total = 0;
  for (int i = 1; i <= rows; ++i) total += row_capacity(rows, i);
  return total;
}

/// Seat centres in a unit hemicycle (outer edge radius < 1.75, centre at the origin), sorted left to right.
/// Rows are chosen as in the usual parliament diagram: the fewest rows that hold every seat, seats shared
/// among rows in proportion to their length (largest remainders), evenly spaced along each row.
std::vector<Seat> layout_seats(int n, double& dot_radius) {
  std::vector<Seat> seats;
  dot_radius = 0.4;
  if (n <= 0) return seats;
  int rows = 1;
  while (total_capacity(rows) < n) ++rows;
  dot_radius = 0.4 / rows;
  int total = total_capacity(rows);

  std::vector<int> per_row(static_cast<std::size_t>(rows));
  std::vector<std::pair<double, int>> remainders;
  int assigned = 0;
  for (int i = 1; i <= rows; ++i) {
    double share = static_cast<double>(n) * row_capacity(rows, i) / total;
    int whole = static_cast<int>(std::floor(share));
    per_row[static_cast<std::size_t>(i - 1)] = whole;
    assigned += whole;
    remainders.push_back({share - whole, i - 1});
  }
  // Largest remainder first; on ties the outer (longer) row.
  std::sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.second > b.second;
  });
  for (std::size_t k = 0; assigned < n; k = (k + 1) % remainders.size()) {
    ++per_row[static_cast<std::size_t>(remainders[k].second)];
    ++assigned;
  }

  for (int i = 1; i <= rows; ++i) {
    int count = per_row[static_cast<std::size_t>(i - 1)];
    double radius = (3.0 * rows + 4.0 * i - 2.0) / (4.0 * rows);
    if (count == 1) {
      seats.push_back({kPi / 2, radius, i});
      continue;
    }
    double margin = std::asin(std::min(1.0, dot_radius / radius));
    for (int j = 0; j < count; ++j) {
      double angle = margin + (kPi - 2 * margin) * j / (count - 1);
      seats.push_back({angle, radius, i});
    }
  }
  // Left to right; seats at the same angle from the inside out.
  std::stable_sort(seats.begin(), seats.end(), [](const Seat& a, const Seat& b) {
    if (a.angle != b.angle) return a.angle > b.angle;
    return a.radius < b.radius;
  });
  return seats;
}

const ChamberEntry* find_chamber(const std::string& name, const Tables& tables) {
  for (const auto& c : tables.chambers) {
    if (c.canonical == name) return &c;
  }
  return nullptr;
}

}  // namespace

std::string party_colour(const std::string& party, const Tables& tables) {
  for (const auto& p : tables.parties) {
    if (p.canonical == party && is_hex_colour(p.colour)) return lower(p.colour);
  }
  if (party == "Others") return "#c7c7c7";
  if (party == "Independents") return "#8c8c8c";
  return hashed_colour(party);
}

int default_chamber_size(const SummaryGroup& group, const Tables& tables) {
  if (group.coverage && group.coverage->total && *group.coverage->total > 0) return *group.coverage->total;
  if (group.chamber_seats && *group.chamber_seats > 0) return *group.chamber_seats;
  // a region's sub-table is not the whole chamber
  if (const ChamberEntry* c = find_chamber(group.chamber, tables); c && c->seats > 0 && !group.scope) return c->seats;
  long long sum = 0;
  for (const auto& p : group.parties) sum += std::max(0, p.seats);
  return static_cast<int>(std::min<long long>(sum, kMaxChartSeats + 1LL));
}

std::string hemicycle_svg(const SummaryGroup& group, const Tables& tables, int chamber_size) {
  // Parties left to right in the summary's order (by seats), "Others" last.
  std::vector<const PartyTally*> parties;
  for (const auto& p : group.parties) parties.push_back(&p);
  std::stable_partition(parties.begin(), parties.end(), [](const PartyTally* p) { return p->party != "Others"; });

  long long party_seats = 0;
  for (const auto* p : parties) party_seats += std::max(0, p->seats);
  long long size = chamber_size > 0 ? chamber_size : default_chamber_size(group, tables);
  bool oversized = party_seats > size;
  size = std::max(size, party_seats);
  if (size > kMaxChartSeats) {
    throw Error("chart: " + std::to_string(size) + " seats is more than a chart can show (at most " +
                    std::to_string(kMaxChartSeats) + ")",
                ExitCode::input_error);
  }
  const int n = static_cast<int>(size);
  const int undeclared = static_cast<int>(size - party_seats);
  const int declared = group.coverage ? group.coverage->declared : static_cast<int>(party_seats);

  // Legend entries: parties then the undeclared seats.
  struct Entry {
    std::string party;
    std::string colour;
    int seats;
    std::string label;      // "63", "92+", ...
    std::string detail;     // sources
    std::string breakdown;  // "incl. MQM-P 8, IPP 2"
    bool conflict;
  };
  std::vector<Entry> entries;
  for (const auto* p : parties) {
    Entry e{p->party, party_colour(p->party, tables), std::max(0, p->seats), seats_label(*p), join(p->sources, ", "),
            "", false};
    if (p->party == "Others" && !group.breakdown.empty()) {
      std::vector<std::string> items;
      for (const auto& b : group.breakdown) items.push_back(b.party + " " + seats_label(b));
      e.breakdown = "incl. " + join(items, ", ");
    }
    for (const auto& c : group.conflicts) e.conflict = e.conflict || c.party == p->party;
    entries.push_back(std::move(e));
  }
  if (undeclared > 0) {
    entries.push_back({kUndeclaredParty, kUndeclaredColour, undeclared, std::to_string(undeclared),
                       "not yet declared or not attributed", "", false});
  }

  // Geometry: the hemicycle on the left and the legend on the right; with many entries the hemicycle is
  // centred and the legend goes below it in three columns.
  constexpr int width = 900;
  constexpr double hemi_top = 92;
  constexpr double scale = 150;  // pixels per unit; the unit hemicycle is 3.5 x 1.75
  const bool below = entries.size() > 10;
  const double hemi_left = below ? (width - 3.5 * scale) / 2 : 24;
  const double cx = hemi_left + 1.75 * scale;
  const double base = hemi_top + 1.75 * scale;

  double dot_radius = 0;
  std::vector<Seat> seats = layout_seats(n, dot_radius);

  // Where each legend entry goes; the legend's height decides the document's.
  struct Slot {
    double x, right, y;
    std::size_t name_chars, detail_chars;
  };
  auto entry_height = [](const Entry& e) {
    return 20.0 + (e.detail.empty() ? 0 : 15) + (e.breakdown.empty() ? 0 : 15) + 8;
  };
  std::vector<Slot> slots;
  double legend_top = 0, legend_bottom = 0, legend_x = 0, legend_width = 0;
  if (!below) {
    legend_x = 600;
    legend_width = 276;
    legend_top = hemi_top - 14;  // the "N of M seats declared" line
    double y = hemi_top + 4;
    for (const auto& e : entries) {
      slots.push_back({legend_x, legend_x + legend_width, y, 28, 44});
      y += entry_height(e);
    }
    legend_bottom = y;
  } else {
    constexpr int columns = 3;
    legend_x = 24;
    legend_width = width - 48;
    const double column_width = legend_width / columns;
    legend_top = base + 40;
    const std::size_t per_column = (entries.size() + columns - 1) / columns;
    double y0 = legend_top + 18;
    legend_bottom = y0;
    for (std::size_t c = 0; c * per_column < entries.size(); ++c) {
      double y = y0;
      for (std::size_t i = c * per_column; i < std::min(entries.size(), (c + 1) * per_column); ++i) {
        double x = legend_x + column_width * static_cast<double>(c);
        slots.push_back({x, x + column_width - 24, y, 20, 40});
        y += entry_height(entries[i]);
      }
      legend_bottom = std::max(legend_bottom, y);
    }
  }
  double conflicts_y = legend_bottom + 6;
  double bottom = legend_bottom;
  if (!group.conflicts.empty()) bottom = conflicts_y + 18 + 15.0 * static_cast<double>(group.conflicts.size());
  const int height = static_cast<int>(std::ceil(std::max(base + 70, bottom + 20)));
  const std::size_t conflict_chars = below ? 130 : 48;

  std::string date = group.date ? format_date(*group.date) : "undated";
  std::string chamber = group.chamber.empty() ? "Chamber" : group.chamber;
  std::string title = chamber + " \xC2\xB7 " + date;
  std::vector<std::string> sub;
  if (!group.election.empty()) sub.push_back(group.election);
  if (group.status != Status::unknown) sub.push_back(std::string(to_string(group.status)));
  if (!group.sources.empty()) sub.push_back(join(group.sources, ", "));
  std::string declared_line = std::to_string(declared) + " of " + std::to_string(n) + " seats declared";

  std::string out = svg_open(width, height, title + (group.election.empty() ? "" : " (" + group.election + ")") +
                                                ": " + declared_line);
  out += "<g class=\"title\">\n";
  out += text(24, 38, truncate(title, 70), 22, kText, "font-weight=\"bold\"");
  if (!sub.empty()) out += text(24, 62, truncate(join(sub, " \xC2\xB7 "), 120), 14, kMuted);
  out += "</g>\n";

  // Seats, grouped by party, in wedges from left to right.
  out += "<g class=\"hemicycle\" data-seats=\"" + num(n) + "\">\n";
  std::size_t next = 0;
  for (const auto& e : entries) {
    out += "<g class=\"wedge\" data-party=\"" + xml(e.party) + "\" fill=\"" + e.colour + "\">\n";
    out += "<title>" + xml(e.party + ": " + e.label + (e.seats == 1 ? " seat" : " seats")) + "</title>\n";
    for (int k = 0; k < e.seats && next < seats.size(); ++k, ++next) {
      const Seat& s = seats[next];
      double x = cx + s.radius * std::cos(s.angle) * scale;
      double y = base - s.radius * std::sin(s.angle) * scale;
      out += "<circle class=\"seat\" cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"" +
             num(dot_radius * scale) + "\" fill=\"" + e.colour + "\" data-party=\"" + xml(e.party) + "\"/>\n";
    }
    out += "</g>\n";
  }
  out += "</g>\n";

  // The count in the middle of the half ring.
  out += "<g class=\"centre\" text-anchor=\"middle\">\n";
  out += text(cx, base - 30, std::to_string(declared), 40, kText, "font-weight=\"bold\"");
  out += text(cx, base - 8, "of " + std::to_string(n) + " seats declared", 14, kMuted);
  out += "</g>\n";

  // Legend.
  out += "<g class=\"legend\">\n";
  out += text(legend_x, legend_top, declared_line, 14, kText, "class=\"declared\" font-weight=\"bold\"");
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    const Slot& at = slots[i];
    bool is_undeclared = e.party == kUndeclaredParty;
    out += "<g class=\"legend-entry\" data-party=\"" + xml(e.party) + "\">\n";
    out += "<rect class=\"legend-swatch\" x=\"" + num(at.x) + "\" y=\"" + num(at.y) +
           "\" width=\"16\" height=\"16\" rx=\"3\" fill=\"" + e.colour + "\" data-party=\"" + xml(e.party) + "\"";
    if (is_undeclared) out += " stroke=\"#bdbdbd\" stroke-width=\"1\"";
    out += "/>\n";
    std::string name = is_undeclared ? "Undeclared" : e.party;
    if (e.conflict) name += " *";
    out += text(at.x + 24, at.y + 13, truncate(name, at.name_chars), 15, kText,
                is_undeclared ? std::string_view{} : std::string_view{"font-weight=\"bold\""});
    out += text(at.right, at.y + 13, e.label, 15, kText, "text-anchor=\"end\" font-weight=\"bold\"");
    double dy = at.y + 13;
    if (!e.detail.empty()) {
      dy += 15;
      out += "<text class=\"sources\" x=\"" + num(at.x + 24) + "\" y=\"" + num(dy) +
             "\" font-size=\"11\" fill=\"" + kMuted + "\"><title>" + xml(e.detail) + "</title>" +
             xml(truncate(e.detail, at.detail_chars)) + "</text>\n";
    }
    if (!e.breakdown.empty()) {
      dy += 15;
      out += text(at.x + 24, dy, truncate(e.breakdown, at.detail_chars), 11, kMuted, "class=\"breakdown\"");
    }
    out += "</g>\n";
  }
  if (!group.conflicts.empty()) {
    out += "<g class=\"conflicts\">\n";
    out += text(legend_x, conflicts_y + 12, "* sources disagree:", 11, kMuted);
    double y = conflicts_y + 12;
    for (const auto& c : group.conflicts) {
      std::vector<std::string> values;
      for (const auto& v : c.values) values.push_back(std::to_string(v.seats) + " " + join(v.sources, ", "));
      y += 15;
      std::string line = c.party + ": " + join(values, " vs ");
      out += "<text x=\"" + num(legend_x + 8) + "\" y=\"" + num(y) + "\" font-size=\"11\" fill=\"" + kMuted +
             "\"><title>" + xml(line) + "</title>" + xml(truncate(line, conflict_chars)) + "</text>\n";
    }
    out += "</g>\n";
  }
  if (oversized) {
    out += text(below ? legend_x : 600, height - 12, "declared seats exceed the chamber size", 11, "#b00020", "class=\"warning\"");
  }
  out += "</g>\n";
  out += "</svg>\n";
  return out;
}

std::vector<TimelinePoint> timeline_points(const Timeline& timeline, bool latest) {
  std::vector<TimelinePoint> points;
  for (const auto& row : timeline.rows) {
    for (const auto& e : latest ? row.latest : row.reported) points.push_back({row.date, e.party, e.seats});
  }
  return points;
}

namespace {

/// A round step for about `ticks` intervals up to max (1, 2 or 5 times a power of ten).
int nice_step(int max, int ticks) {
  double raw = std::max(1.0, static_cast<double>(max) / ticks);
  double mag = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * mag >= raw) return std::max(1, static_cast<int>(m * mag));
  }
  return static_cast<int>(10 * mag);
}

}  // namespace

std::string timeline_svg(const std::vector<TimelinePoint>& points, const Tables& tables, const std::string& title) {
  constexpr int width = 900;
  constexpr double left = 64, top = 72, plot_right = 660;
  constexpr double legend_x = 690, legend_right = 876;

  // Series per party, by date (then seats, so that the output does not depend on the input order).
  std::map<std::string, std::vector<TimelinePoint>> series;
  for (const auto& p : points) series[p.party].push_back(p);
  for (auto& [party, s] : series) {
    std::stable_sort(s.begin(), s.end(), [](const TimelinePoint& a, const TimelinePoint& b) {
      if (a.date != b.date) return a.date < b.date;
      return a.seats < b.seats;
    });
  }
  // Legend order: latest figure descending, "Others" last, then name.
  std::vector<std::string> order;
  for (const auto& [party, s] : series) order.push_back(party);
  std::stable_sort(order.begin(), order.end(), [&](const std::string& a, const std::string& b) {
    bool ao = a == "Others", bo = b == "Others";
    if (ao != bo) return bo;
    const auto& la = series[a].back();
    const auto& lb = series[b].back();
    if (la.date != lb.date) return la.date > lb.date;
    if (la.seats != lb.seats) return la.seats > lb.seats;
    return a < b;
  });

  const double legend_height = 24.0 * static_cast<double>(order.size());
  const int height = static_cast<int>(std::ceil(std::max(420.0, top + 30 + legend_height + 20)));
  const double bottom = height - 56.0;  // x axis

  std::string heading = title.empty() ? "Seats over time" : title;
  std::string out = svg_open(width, height, heading);
  out += text(24, 38, truncate(heading, 80), 22, kText, "class=\"title\" font-weight=\"bold\"");

  if (points.empty()) {
    out += text((left + plot_right) / 2, (top + bottom) / 2, "no data", 16, kMuted, "text-anchor=\"middle\"");
    out += "</svg>\n";
    return out;
  }

  long first = days_from_civil(points.front().date), last = first;
  int max_seats = 0;
  std::vector<Date> dates;
  for (const auto& p : points) {
    long d = days_from_civil(p.date);
    first = std::min(first, d);
    last = std::max(last, d);
    max_seats = std::max(max_seats, p.seats);
    dates.push_back(p.date);
  }
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());

  const double plot_left = left + 16;  // room for the first point
  const double plot_end = plot_right - 16;
  auto x_of = [&](const Date& d) {
    if (last == first) return (plot_left + plot_end) / 2;
    return plot_left + (plot_end - plot_left) * static_cast<double>(days_from_civil(d) - first) /
                           static_cast<double>(last - first);
  };
  const int step = nice_step(std::max(1, max_seats), 5);
  const int y_max = std::max(step, ((std::max(0, max_seats) + step - 1) / step) * step);
  auto y_of = [&](int seats) {
    double v = std::clamp(static_cast<double>(seats), 0.0, static_cast<double>(y_max));
    return bottom - (bottom - top) * v / y_max;
  };

  // Axes and grid.
  out += "<g class=\"axes\" font-size=\"11\" fill=\"" + std::string(kMuted) + "\">\n";
  for (int v = 0; v <= y_max; v += step) {
    double y = y_of(v);
    out += "<line x1=\"" + num(left) + "\" y1=\"" + num(y) + "\" x2=\"" + num(plot_right) + "\" y2=\"" + num(y) +
           "\" stroke=\"" + (v == 0 ? "#888888" : "#e6e6e6") + "\" stroke-width=\"1\"/>\n";
    out += "<text x=\"" + num(left - 8) + "\" y=\"" + num(y + 4) + "\" text-anchor=\"end\">" + num(v) + "</text>\n";
  }
  out += "<line x1=\"" + num(left) + "\" y1=\"" + num(top) + "\" x2=\"" + num(left) + "\" y2=\"" + num(bottom) +
         "\" stroke=\"#888888\" stroke-width=\"1\"/>\n";
  out += "<text x=\"" + num(left - 40) + "\" y=\"" + num((top + bottom) / 2) + "\" text-anchor=\"middle\" transform=\"rotate(-90 " +
         num(left - 40) + " " + num((top + bottom) / 2) + ")\">seats</text>\n";
  // Date labels at least 72 px apart; the last date always labelled.
  std::vector<std::size_t> labelled;
  for (std::size_t i = 0; i < dates.size(); ++i) {
    double x = x_of(dates[i]);
    if (!labelled.empty() && x - x_of(dates[labelled.back()]) < 72) {
      if (i + 1 == dates.size() && labelled.size() > 1) {
        labelled.back() = i;
      } else {
        continue;
      }
    } else {
      labelled.push_back(i);
    }
  }
  for (std::size_t i : labelled) {
    double x = x_of(dates[i]);
    out += "<line x1=\"" + num(x) + "\" y1=\"" + num(bottom) + "\" x2=\"" + num(x) + "\" y2=\"" + num(bottom + 5) +
           "\" stroke=\"#888888\" stroke-width=\"1\"/>\n";
    out += "<text class=\"date-label\" x=\"" + num(x) + "\" y=\"" + num(bottom + 20) + "\" text-anchor=\"middle\">" +
           format_date(dates[i]) + "</text>\n";
  }
  out += "</g>\n";

  // Series: draw the legend's last party first so the largest ends on top.
  out += "<g class=\"series-group\">\n";
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const std::string& party = *it;
    const auto& s = series[party];
    std::string colour = party_colour(party, tables);
    out += "<g class=\"party\" data-party=\"" + xml(party) + "\">\n";
    std::string pts;
    for (const auto& p : s) {
      if (!pts.empty()) pts += ' ';
      pts += num(x_of(p.date)) + "," + num(y_of(p.seats));
    }
    out += "<polyline class=\"series\" data-party=\"" + xml(party) + "\" points=\"" + pts + "\" fill=\"none\" stroke=\"" +
           colour + "\" stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n";
    for (const auto& p : s) {
      std::string d = format_date(p.date);
      out += "<circle class=\"point\" cx=\"" + num(x_of(p.date)) + "\" cy=\"" + num(y_of(p.seats)) +
             "\" r=\"4\" fill=\"" + colour + "\" stroke=\"#ffffff\" stroke-width=\"1.5\" data-party=\"" + xml(party) +
             "\" data-date=\"" + d + "\" data-seats=\"" + num(p.seats) + "\"><title>" +
             xml(party + ", " + d + ": " + std::to_string(p.seats) + " seats") + "</title></circle>\n";
    }
    out += "</g>\n";
  }
  out += "</g>\n";

  // Legend: latest figure of each party.
  out += "<g class=\"legend\">\n";
  double y = top;
  for (const auto& party : order) {
    const auto& lastp = series[party].back();
    std::string colour = party_colour(party, tables);
    out += "<g class=\"legend-entry\" data-party=\"" + xml(party) + "\">\n";
    out += "<rect class=\"legend-swatch\" x=\"" + num(legend_x) + "\" y=\"" + num(y) +
           "\" width=\"16\" height=\"16\" rx=\"3\" fill=\"" + colour + "\" data-party=\"" + xml(party) + "\"/>\n";
    out += text(legend_x + 24, y + 13, truncate(party, 18), 14, kText, "font-weight=\"bold\"");
    out += text(legend_right, y + 13, std::to_string(lastp.seats), 14, kText, "text-anchor=\"end\"");
    out += "</g>\n";
    y += 24;
  }
  out += "</g>\n";
  out += "</svg>\n";
  return out;
}

}  // namespace tally
