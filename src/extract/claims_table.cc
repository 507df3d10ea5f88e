// The claims stage for tables: header columns and rows of a table block (its cells: table_cells.cc).
#include "extract/claims_table.h"

#include <algorithm>
#include <string>

#include "extract/entities.h"
#include "extract/table_cells.h"
#include "lexicon.h"

namespace tally::extract {
namespace {

/// Words of a row's name that make it no party: totals and other summary rows.
constexpr std::string_view kSummaryRows[] = {"total", "totals", "overall", "majority", "seats", "all", "sum", "turnout", "results", "result",
                                              "others total", "valid", "invalid", "registered"};

/// The chamber a column label names: a chamber mention in it, or "<label> Assembly" in the tables
/// ("Punjab", "KP").
std::string column_chamber(Doc& d, std::size_t first, std::size_t last) {
  for (auto it = std::lower_bound(d.mentions.begin(), d.mentions.end(), first,
                                  [](const Mention& m, std::size_t k) { return m.first < k; });
       it != d.mentions.end() && it->first < last; ++it) {
    if (d.has_kind(*it, EntityKind::chamber) && !d.has_kind(*it, EntityKind::party)) return chamber_of(d, *it);
  }
  if (last != first + 1 || d.tok(first).kind != TokKind::word || !d.tok(first).cap) return {};
  for (std::string_view suffix : {std::string_view(" Assembly"), std::string_view(" Legislature")}) {
    std::string name = std::string(d.slice(first, last)) + std::string(suffix);
    Tokens t = detail::tokenize(name);
    AliasMatch m = d.lex.match(t, 0, t.items.size());
    if (m.length != t.items.size()) continue;
    for (const AliasEntry* e : m.entries) {
      if (e->kind != EntityKind::chamber) continue;
      const ChamberEntry& c = d.lex.tables.chambers[static_cast<std::size_t>(e->index)];
      if (c.country == d.country) return c.canonical;
    }
  }
  return {};
}

/// A numeric column from the words of its label.
TableColumn column_of(Doc& d, std::size_t first, std::size_t last) {
  TableColumn c;
  std::string label = detail::lower_ascii(d.slice(first, last));
  auto has = [&](std::string_view w) { return label.find(w) != std::string::npos; };
  // ("+/-" loses its trailing dash with the other cells' dashes: "+/")
  if (has("+/") || has("+/\xe2\x88\x92") || has("change") || has("gain") || has("loss") || has("swing") || has("diff") ||
      has("\xc2\xb1") || label == "+" || label == "-" || has("net"))
    c.kind = TableColumn::Kind::change;
  else if (has("%") || has("share") || has("percent") || has("pct"))
    c.kind = TableColumn::Kind::share;
  else if (has("vote") || has("ballot"))
    c.kind = TableColumn::Kind::votes;
  if (has("preliminary") || has("provisional")) c.status = Status::provisional;
  if (has("unofficial")) c.status = Status::unofficial;
  else if (has("official")) c.status = Status::official;
  if (has("final")) c.status = Status::final;
  if (has("projection") || has("projected") || has("forecast") || has("exit poll") || has("estimate")) c.status = Status::projected;
  int ref_year = d.out.date ? d.out.date->year : d.max_year;
  for (std::size_t k = first; k < last; ++k) {
    const Token& t = d.tok(k);
    if (t.kind == TokKind::number && !t.decimal && !t.grouped && t.value >= 1900 && t.value <= 2100 &&
        static_cast<int>(t.value) < ref_year)
      c.historical = true;
  }
  if (has("previous") || has("outgoing") || has("last") || has("before")) c.historical = true;
  for (auto it = std::lower_bound(d.mentions.begin(), d.mentions.end(), first,
                                  [](const Mention& m, std::size_t k) { return m.first < k; });
       it != d.mentions.end() && it->first < last; ++it) {
    if (d.has_kind(*it, EntityKind::source) && !d.has_kind(*it, EntityKind::party)) c.source = source_of(d, *it);
  }
  if (c.source && c.source->kind == SourceKind::pollster) c.status = Status::projected;
  c.chamber = column_chamber(d, first, last);
  return c;
}

/// Label units of a header written on one line with spaces: words (a hyphenated word is one), "+/-", "%".
std::vector<std::pair<std::size_t, std::size_t>> label_units(const Doc& d, std::size_t first, std::size_t last) {
  std::vector<std::pair<std::size_t, std::size_t>> units;
  for (std::size_t k = first; k < last; ++k) {
    bool joined = !units.empty() && !d.tok(k).space_before && units.back().second == k;
    // "% vote", "% of vote": a share column's label in words after its mark
    if (!joined && !units.empty() && units.back().second == k && units.back().second == units.back().first + 1 &&
        d.is_punct(units.back().first, '%') && (d.is_word(k, "vote") || d.is_word(k, "votes") || d.is_word(k, "of")))
      joined = true;
    if (!joined && units.size() >= 1 && units.back().second == k && k > first && d.is_word(k - 1, "of") &&
        (d.is_word(k, "vote") || d.is_word(k, "votes")))
      joined = true;
    if (joined) {
      units.back().second = k + 1;
    } else {
      units.push_back({k, k + 1});
    }
  }
  return units;
}

/// The party of a row's name cell: a party mention in it, else the name as written.
const Mention* row_party(Doc& d, const Cell& name) {
  std::size_t first = name.first, last = name.last;
  // "Constituencies: DP 163": a label before the name is no part of it
  for (std::size_t k = first; k + 1 < last; ++k) {
    if (!d.is_punct(k, ':')) continue;
    // ("Total: UML 121 NC 63 ...": a line of totals labelled as such names its parties after the label)
    if (detail::in(kSummaryRows, detail::lower_ascii(d.slice(first, first + 1))) && !d.mention_at_any(k + 1)) return nullptr;
    first = k + 1;
  }
  while (first < last && d.tok(first).kind == TokKind::punct) ++first;
  // "Seats National Party 875,234 ...": the last word of a header that runs into the first row
  while (first + 1 < last && (d.is_word(first, "seats") || d.is_word(first, "votes") || d.is_word(first, "total")) &&
         d.tok(first + 1).cap)
    ++first;
  while (last > first && d.tok(last - 1).kind == TokKind::punct && !d.is_punct(last - 1, ')')) --last;
  if (first >= last) return nullptr;
  std::string text = detail::lower_ascii(d.slice(first, last));
  if (detail::in(kSummaryRows, text) || text.rfind("total", 0) == 0) return nullptr;
  for (auto it = std::lower_bound(d.mentions.begin(), d.mentions.end(), first,
                                  [](const Mention& m, std::size_t k) { return m.first < k; });
       it != d.mentions.end() && it->first < last; ++it) {
    // the mention must be the cell's name (not a word inside a longer unknown name)
    if (d.has_kind(*it, EntityKind::party) && it->last >= last - (d.is_punct(last - 1, ')') ? 1 : 0) - 0 &&
        (it->first == first || (it->first == first + 1 && d.is_word(first, "the"))))
      return &*it;
    // "Freedom Front Plus (FF Plus)": a name, then another name of a party in brackets that closes the cell
    if (d.has_kind(*it, EntityKind::party) && it->first == first && it->last + 2 < last && d.is_punct(it->last, '(') &&
        d.is_punct(last - 1, ')')) {
      for (auto in = std::next(it); in != d.mentions.end() && in->first <= it->last + 1; ++in) {
        if (in->first == it->last + 1 && in->last == last - 1 && d.has_kind(*in, EntityKind::party)) return &*it;
      }
    }
  }
  if (d.is_word(first, "the") && first + 1 < last) ++first;
  // "Centre-left bloc (Social Democrats, Greens, Left)": the members in brackets are no part of the name
  if (d.is_punct(last - 1, ')')) {
    std::size_t open = last - 1;
    while (open > first && !d.is_punct(open, '(')) --open;
    bool members = false;
    for (std::size_t k = open; k < last; ++k) members |= d.is_punct(k, ',');
    if (members && open > first) last = open;
  }
  // a name the tables do not know: as written
  if (d.tok(first).kind != TokKind::word || !(d.tok(first).cap || d.tok(first).kind == TokKind::number)) return nullptr;
  // "For the Future of Montenegro (ZBCG)": a name with the acronym it defines is that acronym
  std::string canonical(d.slice(first, last));
  if (last >= first + 4 && d.is_punct(last - 1, ')') && d.is_punct(last - 3, '(') && d.tok(last - 2).upper &&
      d.tok(last - 2).norm_len >= 2)
    canonical = std::string(d.slice(last - 2, last - 1));
  Mention m;
  m.first = first;
  m.name_last = m.last = last;
  m.local_party = add_party(d, canonical, "");
  d.adhoc.push_back(m);
  return &d.adhoc.back();
}

void warn(Doc& d, std::size_t line, std::string_view what) {
  std::string w = "table at line " + std::to_string(line) + ": " + std::string(what);
  if (std::find(d.out.warnings.begin(), d.out.warnings.end(), w) == d.out.warnings.end()) d.out.warnings.push_back(w);
}

/// The party named from token k on (the longest such mention), or null.
const Mention* known_party_at(const Doc& d, std::size_t k) {
  const Mention* best = nullptr;
  for (auto it = std::lower_bound(d.mentions.begin(), d.mentions.end(), k,
                                  [](const Mention& m, std::size_t at) { return m.first < at; });
       it != d.mentions.end() && it->first == k; ++it)
    if (d.has_kind(*it, EntityKind::party) && (!best || it->name_last > best->name_last)) best = &*it;
  return best;
}

/// The names of a line of names written with spaces: its label units, a party the tables know spanning its
/// words ("Maoist Centre", "CPN (US)", "FF Plus").
std::vector<std::pair<std::size_t, std::size_t>> name_units(const Doc& d, std::size_t first, std::size_t last) {
  auto units = label_units(d, first, last);
  std::vector<std::pair<std::size_t, std::size_t>> names;
  for (std::size_t u = 0; u < units.size(); ++u) {
    std::size_t begin = units[u].first, end = units[u].second;
    if (const Mention* party = known_party_at(d, begin)) end = std::max(end, party->name_last);
    while (u + 1 < units.size() && units[u + 1].second <= end) ++u;
    names.push_back({begin, end});
  }
  return names;
}

/// A table cell's number as a count of seats of the sentence (its chamber when the column or row names one).
NumberItem seat_number(const Doc& d, const Cell& v, const std::string& chamber) {
  NumberItem n;
  n.first = v.token;
  n.last = n.head_end = v.token + 1;
  n.value = static_cast<long>(d.tok(v.token).value);
  n.seat_noun = true;
  n.used = true;
  n.chamber = chamber;
  return n;
}

/// A count read across a table: the party a column (or a header) names and the cell of its count.
struct Across {
  const Mention* party;
  const Cell* value;
  std::string chamber;  ///< the region's legislature a row names ("Selangor"), or empty
};

/// True when the cell can be a count of seats: a whole number in range, not empty, a change, a share, votes or
/// a bracketed figure.
bool seat_cell(const Doc& d, const Cell& v) {
  if (v.empty || v.signed_ || v.share || v.votes || v.bracketed) return false;
  const Token& t = d.tok(v.token);
  return t.value > 0 && t.value <= kMaxSeats && !t.ordinal;
}

/// The counts read across a table, as numbers and links of the sentence r; each link's row spans tokens
/// [first, last) (a cell's own span when first == last).
void link_across(Doc& d, SentenceReading& r, const std::vector<Across>& across, std::size_t first, std::size_t last) {
  std::size_t first_num = r.nums.size();
  r.nums.reserve(r.nums.size() + across.size());
  for (const Across& a : across) r.nums.push_back(seat_number(d, *a.value, a.chamber));
  for (std::size_t i = 0; i < across.size(); ++i) {
    Link link{across[i].party, &r.nums[first_num + i], Qualifier::exact, std::nullopt, across[i].value->token, "table_row"};
    Link::Row row;
    row.first = first == last ? across[i].value->first : first;
    row.last = first == last ? across[i].value->last : last;
    link.row = row;
    r.links.push_back(link);
  }
}

/// The party a header's label names (a name the tables do not know: as written).
const Mention* label_party(Doc& d, std::pair<std::size_t, std::size_t> label) {
  Cell name;
  name.first = label.first;
  name.last = label.second;
  return row_party(d, name);
}

/// A row of a table: its name cell and the number cells after it.
struct Row {
  Cell name;
  std::vector<Cell> values;
};

/// The columns of rows with no header, told by their values; empty when they cannot be told apart.
std::vector<TableColumn> columns_by_values(const Doc& d, const std::vector<Row>& rows) {
  std::size_t k = 0;
  for (const Row& row : rows) k = std::max(k, row.values.size());
  std::vector<TableColumn> columns;
  std::vector<std::size_t> counts;
  for (std::size_t i = 0; i < k; ++i) {
    TableColumn c;
    bool all_signed = true, all_share = true, all_votes = true, all_bracketed = true, any = false;
    for (const Row& row : rows) {
      if (row.values.size() != k || row.values[i].empty) continue;  // (a short row, "Total 2,244,380 71 50 121", is no guide)
      any = true;
      all_signed &= row.values[i].signed_;
      all_share &= row.values[i].share;
      all_votes &= row.values[i].votes;
      all_bracketed &= row.values[i].bracketed;
    }
    if (any && all_signed) c.kind = TableColumn::Kind::change;
    else if (any && all_share) c.kind = TableColumn::Kind::share;
    else if (any && all_votes) c.kind = TableColumn::Kind::votes;
    else if (any && all_bracketed && i > 0) c.historical = true;  // "Labour 411 (202)": the election before
    else counts.push_back(i);
    columns.push_back(c);
  }
  if (counts.size() <= 1) return columns;
  // "LDP 223 68 291": the last is the sum of the others in every complete row
  std::size_t checked = 0;
  for (const Row& row : rows) {
    if (row.values.size() != k) continue;
    long total = 0, last = -1;
    bool complete = true;
    for (std::size_t c = 0; c < counts.size(); ++c) {
      const Cell& v = row.values[counts[c]];
      long value = v.empty ? 0 : static_cast<long>(d.tok(v.token).value);
      if (!v.empty && (v.signed_ || v.share || v.votes)) complete = false;
      if (c + 1 < counts.size()) total += value;
      else last = value;
    }
    if (!complete) continue;
    if (total != last) return {};
    ++checked;
  }
  return checked >= 2 ? columns : std::vector<TableColumn>{};
}

}  // namespace

bool coverage_caption(const Doc& d, std::size_t a, std::size_t b) {
  return a + 3 < b + 1 && (d.is_word(a, "results") || d.is_word(a, "declared")) && d.tok(a + 1).kind == TokKind::number &&
         d.is_word(a + 2, "of") && (d.tok(a + 3).kind == TokKind::number || d.is_word(a + 3, "the"));
}

void read_table(Doc& d, SentenceReading& r, TableState& st, bool whole_block) {
  std::size_t block = d.sentence_block[r.index];
  // the block's tokens (its sentences are contiguous), or the sentence's alone
  std::size_t last_sentence = r.index;
  while (whole_block && last_sentence + 1 < d.tokens.sentences.size() && d.sentence_block[last_sentence + 1] == block)
    ++last_sentence;
  std::size_t a = r.s.first, b = d.tokens.sentences[last_sentence].last;
  // "Seat breakdown (NEC final): Party Constituency PR Total ...", "Seats, according to the DIK's preliminary
  // count: PES 24 ...": the caption before the header or the first name is no row
  // ("Seats won, all 93 seats decided (ABC): LNP 52 ...": the caption may hold a number)
  for (std::size_t k = a; k + 1 < b && k < a + 16; ++k) {
    if (d.tok(k).kind == TokKind::number && !(k + 1 < b && d.is_word(k + 1, "seats"))) break;
    if (!d.is_punct(k, ':')) continue;
    if (k > a + 1 && (d.is_word(k + 1, "party") || d.is_word(k + 1, "parties") || d.mention_at_any(k + 1))) a = k + 1;
    break;
  }
  // "KHYBER PAKHTUNKHWA (110 of 113)": a heading with its coverage, no row; so is "Results 650 of 650" over the
  // rows of a results widget
  if (coverage_caption(d, a, b)) return;
  for (std::size_t k = a + 1; k + 2 < b; ++k) {
    if (d.is_punct(k - 1, '(') && d.tok(k).kind == TokKind::number && d.is_word(k + 1, "of") &&
        (d.tok(k + 2).kind == TokKind::number || d.is_word(k + 2, "the")))
      return;
  }
  std::vector<Cell> cells = cells_of(d, a, b);
  if (cells.empty()) return;
  std::size_t line = d.line_of(r.index);
  // the first line of this run of table blocks, for warnings
  std::size_t top = block;
  while (top > 0 && d.blocks[top - 1].kind == BlockKind::table) --top;
  line = d.blocks[top].line;
  bool any_number = std::any_of(cells.begin(), cells.end(), [](const Cell& c) { return c.number; });
  // a header row: names only ("Party | Seats | +/-", "Party NA Punjab Sindh")
  if (!any_number) {
    std::vector<std::pair<std::size_t, std::size_t>> labels;
    if (cells.size() >= 2) {
      for (const Cell& c : cells) labels.push_back({c.first, c.last});
    } else {
      labels = name_units(d, cells[0].first, cells[0].last);
    }
    if (labels.size() < 2) return;
    st.columns.clear();
    // the column of names first ("Party"), when the header has one
    std::size_t from = detail::in(kNameColumns, detail::lower_ascii(d.slice(labels[0].first, labels[0].second))) ? 1 : 0;
    for (std::size_t i = from; i < labels.size(); ++i) st.columns.push_back(column_of(d, labels[i].first, labels[i].second));
    st.header_block = block;
    // (a header of party names: "Party SWAPO IPC AR", or names only, two the tables know at least: "NPP SJB ITAK")
    std::size_t known = 0;
    for (std::size_t i = from; i < labels.size(); ++i) known += known_party_at(d, labels[i].first) != nullptr;
    st.party_header = from == 1 || (known >= 2 && 2 * known >= labels.size());
    st.header_labels.assign(labels.begin() + static_cast<long>(from), labels.end());
    // a header of regions and parties: "State | PH | BN | PN | Seats"
    st.party_columns.clear();
    static constexpr std::string_view regions[] = {"state", "states", "region", "regions", "province", "provinces",
                                                   "county", "counties", "district", "districts", "division", "area"};
    // "Council | ANC | DA | EFF | Others | Total": each row a council of its own
    static constexpr std::string_view councils[] = {"council", "councils", "municipality", "municipalities", "metro",
                                                    "metros", "city", "cities"};
    std::string first_label = detail::lower_ascii(d.slice(labels[0].first, labels[0].second));
    st.council_rows = detail::in(councils, first_label);
    if (detail::in(regions, first_label) || st.council_rows) {
      std::size_t parties = 0;
      for (std::size_t i = 1; i < labels.size(); ++i) {
        const Mention* party = known_party_at(d, labels[i].first);
        if (party && party->name_last < labels[i].second) party = nullptr;
        parties += party != nullptr;
        st.party_columns.push_back(party);
      }
      if (parties < 2) st.party_columns.clear();
    }
    return;
  }
  // "NPP SJB ITAK NDF SLPP SLMC Others" over "159 40 8 5 3 3 7": a row of numbers alone under a header of
  // party names, one number a name
  bool numbers_only = std::all_of(cells.begin(), cells.end(), [](const Cell& c) { return c.number; });
  if (numbers_only && st.party_header && st.header_block + 1 == block && !d.blocks[block].blank_before &&
      cells.size() == st.header_labels.size()) {
    std::vector<Across> across;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (!seat_cell(d, cells[i])) continue;
      if (const Mention* party = label_party(d, st.header_labels[i])) across.push_back({party, &cells[i], {}});
    }
    link_across(d, r, across, cells.front().first, cells.back().last);
    return;
  }
  // rows: a name cell and the number cells after it
  std::vector<Row> rows;
  for (const Cell& c : cells) {
    if (!c.number) {
      rows.push_back({c, {}});
    } else if (!rows.empty()) {
      rows.back().values.push_back(c);
    }
  }
  if (rows.empty()) return;
  // the columns: from a header row above (kept while table rows follow it), from the start of this line
  // ("Party Seats +/- ANC 159 -71 ..."), or from the shape of the values
  std::size_t k = 0;  // numbers a row
  for (const Row& row : rows) k = std::max(k, row.values.size());
  std::vector<TableColumn> columns;
  // "Party | Seats | Unopposed returns | Total | Awami League | 104 | 127 | 231 | ...": the header's cells on the
  // line before the rows
  std::size_t labels = 0;
  while (labels < rows.size() && rows[labels].values.empty()) ++labels;
  if (labels >= 2 && labels < rows.size() &&
      detail::in(kNameColumns, detail::lower_ascii(d.slice(rows[0].name.first, rows[0].name.first + 1))) && labels - 1 == k) {
    st.columns.clear();
    for (std::size_t i = 1; i < labels; ++i) st.columns.push_back(column_of(d, rows[i].name.first, rows[i].name.last));
    st.header_block = block;
    rows.erase(rows.begin(), rows.begin() + static_cast<long>(labels));
  }
  bool header_above = st.header_block != static_cast<std::size_t>(-1) && !st.columns.empty() && st.header_block <= block;
  for (std::size_t p = st.header_block + 1; header_above && p < block; ++p)
    header_above = d.blocks[p].kind == BlockKind::table || d.blocks[p].kind == BlockKind::junk;
  // (a table after a blank line is another table: "Aarhus City Council: Social Democrats 9 · Venstre 5")
  for (std::size_t p = st.header_block + 1; header_above && p <= block; ++p) header_above = !d.blocks[p].blank_before;
  // "State | PH | BN | PN | Seats" over "Selangor | 32 | 2 | 22 | 56": each row a region's legislature (known to
  // the tables; a row of another place is not guessed), each column a party's count
  if (header_above && !st.party_columns.empty()) {
    std::vector<Across> across;
    for (const Row& row : rows) {
      if (row.values.size() != st.party_columns.size()) continue;
      std::string chamber = regional_chamber(d, d.slice(row.name.first, row.name.last));
      if (chamber.empty() && st.council_rows && d.tok(row.name.first).cap) {
        // (the article's own name for it when it gives one: "The City of Johannesburg council")
        std::string place(d.slice(row.name.first, row.name.last));
        for (const Mention& m : d.mentions)
          if (!m.local_chamber.empty() && m.local_chamber.find(place) != std::string::npos) {
            chamber = m.local_chamber;
            break;
          }
        if (chamber.empty()) chamber = place + " council";
      }
      if (chamber.empty()) continue;
      for (std::size_t i = 0; i < row.values.size(); ++i)
        if (st.party_columns[i] && seat_cell(d, row.values[i])) across.push_back({st.party_columns[i], &row.values[i], chamber});
    }
    link_across(d, r, across, 0, 0);
    return;
  }
  // "Party SWAPO IPC AR ..." over "Seats 51 20 6 ...": the table read across, a party a column; only when the
  // row of seats has a value for every name of the header
  if (header_above && st.party_header && rows.size() == 1 && rows[0].values.size() == st.header_labels.size() &&
      rows[0].name.last == rows[0].name.first + 1) {
    std::string label = detail::lower_ascii(d.slice(rows[0].name.first, rows[0].name.last));
    if (label == "seats" || label == "mandates" || label == "mps" || label == "won" || label == "elected" || label == "members") {
      std::vector<Across> across;
      for (std::size_t i = 0; i < rows[0].values.size(); ++i) {
        if (!seat_cell(d, rows[0].values[i])) continue;
        if (const Mention* party = label_party(d, st.header_labels[i])) across.push_back({party, &rows[0].values[i], {}});
      }
      link_across(d, r, across, rows[0].name.first, rows[0].values.back().last);
      return;
    }
  }
  // "Party PVV GL/PvdA VVD ... Seats 37 25 24 ...", "ANC DA EFF MK ... 28 22 11 7 ...": a row of names, then a
  // row of numbers, on one line; read only when the names (a party the tables know is one name, whatever its
  // words) are exactly as many as the numbers
  if (rows.size() == 1 && !header_above && rows[0].values.size() >= 3) {
    auto names = name_units(d, rows[0].name.first, rows[0].name.last);
    if (!names.empty() && detail::in(kNameColumns, detail::lower_ascii(d.slice(names.front().first, names.front().second))))
      names.erase(names.begin());
    if (!names.empty()) {
      std::string last = detail::lower_ascii(d.slice(names.back().first, names.back().second));
      if (last == "seats" || last == "mandates" || last == "mps" || last == "won") names.pop_back();
    }
    bool plain = std::all_of(rows[0].values.begin(), rows[0].values.end(),
                             [](const Cell& v) { return v.number && !v.signed_ && !v.share && !v.votes && !v.bracketed; });
    // (names of parties: two the tables know at least)
    std::size_t known = 0;
    for (const auto& name : names) known += known_party_at(d, name.first) != nullptr;
    plain &= known >= 2;
    if (names.size() >= 3 && names.size() == rows[0].values.size() && plain) {
      std::vector<Across> across;
      for (std::size_t i = 0; i < names.size(); ++i) {
        if (!seat_cell(d, rows[0].values[i])) continue;
        if (const Mention* party = label_party(d, names[i])) across.push_back({party, &rows[0].values[i], {}});
      }
      link_across(d, r, across, rows[0].name.first, rows[0].values.back().last);
      return;
    }
    if (names.size() >= 3 && names.size() != rows[0].values.size() && plain) {
      warn(d, line, "a row of names and a row of numbers that do not pair one to one; skipped");
      return;
    }
  }
  std::string first_word = detail::lower_ascii(d.slice(rows[0].name.first, rows[0].name.first + 1));
  bool year_header = detail::in(kNameColumns, first_word) && rows.size() >= 2 && !rows[0].values.empty() &&
                     rows[0].name.last == rows[0].name.first + 1 &&
                     std::all_of(rows[0].values.begin(), rows[0].values.end(), [&](const Cell& c) {
                       const Token& t = d.tok(c.token);
                       return c.number && !c.empty && t.value >= 1900 && t.value <= 2100 && !t.grouped;
                     });
  bool year_header_alone = detail::in(kNameColumns, first_word) && rows.size() == 1 && !rows[0].values.empty() &&
                           rows[0].name.last == rows[0].name.first + 1 &&
                           std::all_of(rows[0].values.begin(), rows[0].values.end(), [&](const Cell& c) {
                             const Token& t = d.tok(c.token);
                             return c.number && !c.empty && t.value >= 1900 && t.value <= 2100 && !t.grouped;
                           });
  if (year_header_alone) {
    // "Party 2024 2019" over rows: a header row of years
    st.columns.clear();
    for (const Cell& c : rows[0].values) st.columns.push_back(column_of(d, c.first, c.last));
    st.header_block = block;
    return;
  }
  if (year_header) {
    // "Party 2014 2008 AL 234 230 ...": the years are the columns
    for (const Cell& c : rows[0].values) columns.push_back(column_of(d, c.first, c.last));
    rows.erase(rows.begin());
    k = 0;
    for (const Row& row : rows) k = std::max(k, row.values.size());
  } else if (detail::in(kNameColumns, first_word) && rows.size() >= 2) {
    auto units = label_units(d, rows[0].name.first, rows[0].name.last);
    if (units.size() < k + 2) {
      warn(d, line, "table header and rows do not line up; skipped");
      return;
    }
    for (std::size_t i = 1; i <= k; ++i) columns.push_back(column_of(d, units[i].first, units[i].second));
    rows[0].name.first = units[k + 1].first;
  } else if (header_above) {
    columns = st.columns;
    // more labels than numbers: the last ones are the numbers' ("Alliance Party Won")
    if (columns.size() > k) columns.erase(columns.begin(), columns.end() - static_cast<long>(k));
  } else {
    // no header: a column is told by its values (changes are signed, shares have decimals or '%', votes are
    // large), over the whole run of table lines; one column of plain counts is the seats; two or more only when
    // the last is the sum of the others in every row (parts and their total); else they cannot be told apart
    if (st.run_top != top) {
      std::size_t end = top;
      while (end + 1 < d.blocks.size() && d.blocks[end + 1].kind == BlockKind::table) ++end;
      std::size_t first_sentence = r.index, run_last = r.index;
      while (first_sentence > 0 && d.sentence_block[first_sentence - 1] >= top) --first_sentence;
      while (run_last + 1 < d.tokens.sentences.size() && d.sentence_block[run_last + 1] <= end) ++run_last;
      std::vector<Row> sample;
      for (const Cell& c : cells_of(d, d.tokens.sentences[first_sentence].first, d.tokens.sentences[run_last].last)) {
        if (!c.number) sample.push_back({c, {}});
        else if (!sample.empty()) sample.back().values.push_back(c);
      }
      st.run_top = top;
      st.run_columns = columns_by_values(d, sample);
    }
    columns = st.run_columns;
    if (columns.empty()) {
      warn(d, line, "table columns not recognised (no header); skipped");
      return;
    }
    if (columns.size() > k) columns.resize(k);
  }
  if (columns.size() != k) {
    warn(d, line, "table header and rows do not line up; skipped");
    return;
  }
  // the counts: every row with a value in each column, each seats value a count
  struct Found {
    const Mention* party;
    const Cell* value;
    const TableColumn* column;
    const Row* row;
  };
  std::vector<Found> found;
  for (const Row& row : rows) {
    if (row.values.size() != k) continue;  // a row short of cells is not guessed
    const Mention* party = nullptr;
    bool resolved = false;
    for (std::size_t i = 0; i < k; ++i) {
      const Cell& v = row.values[i];
      if (columns[i].kind != TableColumn::Kind::seats || v.empty || v.signed_ || v.share || v.votes) continue;
      if (v.bracketed && !columns[i].historical) continue;  // "(+3)" was signed; "(41)" under a header of its own is read as its column says
      const Token& t = d.tok(v.token);
      if (t.value <= 0 || t.value > kMaxSeats || t.ordinal) continue;
      if (!resolved) {
        party = row_party(d, row.name);
        resolved = true;
      }
      if (!party) break;
      found.push_back({party, &v, &columns[i], &row});
    }
  }
  r.nums.reserve(r.nums.size() + found.size());
  for (const Found& f : found) r.nums.push_back(seat_number(d, *f.value, f.column->chamber));
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Found& f = found[i];
    Link link{f.party, &r.nums[r.nums.size() - found.size() + i], Qualifier::exact, std::nullopt, f.value->token, "table_row"};
    Link::Row row;
    row.source = f.column->source;
    row.status = f.column->status;
    row.historical = f.column->historical;
    row.first = f.row->name.first;
    row.last = f.row->values.back().last;
    link.row = row;
    r.links.push_back(link);
  }
  r.list_line = true;
  r.tally_context = true;
}

}  // namespace tally::extract
