#pragma once
/// SVG charts: a parliament hemicycle of one reconciled count, and a line chart of counts over time.
/// The output is a self-contained SVG document (no scripts, fonts or other external resources), and the
/// same input always gives the same bytes.
#include <string>
#include <vector>

#include "tally/reconcile.h"
#include "tally/tables.h"
#include "tally/timeline.h"

namespace tally {

/// Fill of the seats no declared count covers.
inline constexpr const char* kUndeclaredColour = "#e0e0e0";
/// The data-party value of undeclared seats.
inline constexpr const char* kUndeclaredParty = "(undeclared)";
/// The largest chamber hemicycle_svg draws; larger sizes throw tally::Error.
inline constexpr int kMaxChartSeats = 10000;

/// A party's colour: the parties table's colour ("#rrggbb"), else a stable colour computed from the name
/// ("Others" falls back to #c7c7c7, "Independents" to #8c8c8c).
std::string party_colour(const std::string& party, const Tables& tables);

/// The chamber size a hemicycle of the group shows: the coverage total if known, else the group's chamber
/// seats, else the chamber table's size for the chamber (not for a scope), else the sum of the parties' seats.
int default_chamber_size(const SummaryGroup& group, const Tables& tables);

/// A parliament diagram of the group: one circle per seat in concentric half rings, each party a contiguous
/// wedge from left to right in the order of group.parties ("Others" last), then the undeclared seats in grey.
/// chamber_size <= 0 means default_chamber_size(group, tables); a size smaller than the sum of the parties'
/// seats is raised to that sum. Every seat is `<circle class="seat" data-party="...">`; the legend has one
/// `<rect class="legend-swatch" data-party="...">` per party (and one for the undeclared seats, if any).
std::string hemicycle_svg(const SummaryGroup& group, const Tables& tables, int chamber_size);

/// One party's count on one date.
struct TimelinePoint {
  Date date;
  std::string party;
  int seats = 0;
  bool operator==(const TimelinePoint&) const = default;
};

/// The points of a time line: each row's reported count, or with latest = true the latest known figure
/// per party as of each date (carried figures included).
std::vector<TimelinePoint> timeline_points(const Timeline& timeline, bool latest = false);

/// A line chart of seats per party over time: x = date (proportional to the days between dates),
/// y = seats; one `<polyline class="series" data-party="...">` per party and one
/// `<circle class="point" data-party data-date data-seats>` per point. A title is optional.
std::string timeline_svg(const std::vector<TimelinePoint>& points, const Tables& tables,
                         const std::string& title = "");

}  // namespace tally
