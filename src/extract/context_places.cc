// Stage helpers: where a count is (see context_places.h).
#include "extract/context_places.h"

#include <algorithm>

#include "extract/cues.h"
#include "extract/entities.h"

namespace tally::extract {

/// "In KwaZulu-Natal, MK ... with 37 of the 80 seats", "Gauteng: ANC 28, ..." in an article about provincial
/// legislatures: a count of a region that is its own legislature's. Not when the count is of a total other
/// than that legislature's size ("17 of the state's 28 seats" is the state's share of the national chamber),
/// nor, without a total, in an article that never speaks of regional chambers.
bool regional_count(Doc& d, const detail::Sentence& s, const NumberItem& n, const std::string& chamber) {
  std::size_t k = n.seat_noun ? n.head_end : n.last;
  if (d.is_word(n.last, "of")) k = n.last;
  if (k < s.last && d.is_word(k, "of")) {
    std::size_t t = k + 1;
    while (t < s.last && t < k + 4 && (d.is_word(t, "the") || d.tok(t).possessive || d.is_word(t, "its"))) ++t;
    if (t < s.last && d.tok(t).kind == TokKind::number) {
      for (const auto& c : d.lex.tables.chambers) {
        if (c.canonical == chamber) return c.seats == 0 || static_cast<int>(d.tok(t).value) == c.seats;
      }
    }
  }
  if (d.speaks_of_regions < 0) {
    d.speaks_of_regions = 0;
    for (std::size_t i = 0; i + 1 < d.tokens.items.size() && !d.speaks_of_regions; ++i) {
      std::string_view w = d.norm(i), next = d.norm(i + 1);
      d.speaks_of_regions = w == "provincial" || w == "legislatures" || w == "assemblies" || w == "vidhan" ||
                            ((w == "state" || w == "regional") && (next == "assembly" || next == "legislature" ||
                                                                  next == "parliament" || next == "elections")) ||
                            (w == "assembly" && (next == "election" || next == "elections" || next == "polls"));
    }
  }
  return d.speaks_of_regions == 1;
}

/// "won 37 seats in Uttar Pradesh", "lifted spirits in Uttar Pradesh with 37 seats": the region a count is
/// of, named by "in" right after the count's seat noun or right before "with" it, when the region has a
/// legislature of its own in the tables; empty otherwise.
std::string place_of_count(Doc& d, const detail::Sentence& s, const NumberItem& n) {
  auto region_at = [&](std::size_t k) -> std::string {
    if (k >= s.last || !d.tok(k).cap || d.tok(k).kind != TokKind::word || d.mention_at_any(k)) return {};
    std::size_t e = k;
    while (e < s.last && e < k + 3 && d.tok(e).cap && d.tok(e).kind == TokKind::word && !d.mention_at_any(e)) ++e;
    for (std::size_t end = e; end > k; --end) {
      std::string words(d.slice(k, end));
      if (!regional_chamber(d, words).empty()) return words;
    }
    return {};
  };
  std::size_t after = n.seat_noun ? n.head_end : n.last;
  if (n.seat_noun && d.is_word(after, "in")) {
    std::size_t k = after + 1;
    if (d.is_word(k, "the")) ++k;
    if (std::string place = region_at(k); !place.empty()) return place;
  }
  // "in Uttar Pradesh with 37 seats"
  if (n.first >= s.first + 3 && d.is_word(n.first - 1, "with")) {
    std::size_t e = n.first - 1, k = e;
    while (k > s.first && k + 3 > e && d.tok(k - 1).cap && d.tok(k - 1).kind == TokKind::word) --k;
    if (k < e && k > s.first && d.is_word(k - 1, "in")) {
      std::string words(d.slice(k, e));
      if (!regional_chamber(d, words).empty() && !d.mention_at_any(k)) return words;
    }
  }
  return {};
}

/// "seats on the Baghdad council", "in the outgoing Gelderland council", "the Lagos assembly": a chamber the
/// article already has counts of, named by its place and a generic noun; empty when none, or several, fit.
std::string chamber_by_place(const Doc& d, const detail::Sentence& s) {
  static constexpr std::string_view nouns[] = {"council", "assembly", "legislature", "parliament"};
  for (std::size_t k = s.first + 1; k < s.last; ++k) {
    if (d.tok(k).cap || !detail::in(nouns, d.norm(k))) continue;
    std::size_t b = k;
    while (b > s.first && b + 3 > k && d.tok(b - 1).kind == TokKind::word && d.tok(b - 1).cap && !d.tok(b - 1).possessive) --b;
    if (b == k) continue;
    std::string place = detail::lower_latin(d.slice(b, k)) + ' ';
    std::string found;
    // (the last counts only: a long document is not read again for each sentence)
    const auto& obs = d.out.observations;
    for (std::size_t i = obs.size() > 200 ? obs.size() - 200 : 0; i < obs.size(); ++i) {
      const std::string& chamber = obs[i].chamber;
      if (chamber == found) continue;
      std::string name = detail::lower_latin(chamber);
      if (name.rfind(place, 0) != 0 || name.find(d.norm(k)) == std::string::npos) continue;
      if (!found.empty()) return {};
      found = chamber;
    }
    if (!found.empty()) return found;
  }
  return {};
}

/// A heading that names a region of the country, not a chamber: "Copperbelt Province", "Region of Murcia",
/// "NORTHERN REGION (14 of 16 declared)". Its words, as written; empty when it names none.
std::string heading_place(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms) {
  static constexpr std::string_view regions[] = {"province", "region", "county", "district", "governorate", "oblast",
                                                 "prefecture", "canton", "territory", "division", "department", "state"};
  std::size_t k = s.first;
  while (k < s.last && k < s.first + 5 && d.tok(k).kind == TokKind::word &&
         (d.tok(k).cap || (k > s.first && (d.is_word(k, "of") || d.tok(k).hyphen_before))))
    ++k;
  if (k == s.first || d.is_word(k - 1, "of")) return {};
  // nothing after the words but a bracket, a colon or a dash ("(14 of 16 declared)")
  if (k < s.last && !(d.is_punct(k, '(') || d.is_punct(k, ':') || d.is_punct(k, '-'))) return {};
  for (std::size_t j = s.first; j < k; ++j) {
    if (d.mention_at(ms, j)) return {};
  }
  bool region = detail::in(regions, d.norm(k - 1)) || (k > s.first + 2 && detail::in(regions, d.norm(s.first)) && d.is_word(s.first + 1, "of"));
  std::string words(d.slice(s.first, k));
  // (a place alone is a region when the tables know its legislature: "Maharashtra", "SINDH")
  if (!region || k - s.first < 2) return regional_chamber(d, words).empty() ? std::string() : words;
  return words;
}

/// "BJP on 48" in a headline, "the BJP won 48 of the 70 seats in the Delhi Assembly" in the story: a count
/// whose chamber is only the article's default takes the chamber the same count names elsewhere in it.
void adopt_named_chambers(Doc& d, ReadingState& st) {
  auto& obs = d.out.observations;
  // The counts with a named chamber, grouped by what makes two counts "the same" (party, seats, range,
  // historical), with up to three distinct chambers each: one look-up per defaulted count, not a scan of
  // every count (an article with thousands of counts stays linear).
  using Key = std::tuple<std::string_view, int, int, bool>;
  auto key_of = [](const Observation& o) {
    return Key{o.party, o.seats, o.seats_max.value_or(-1), o.historical};
  };
  std::map<Key, std::vector<std::string_view>> named_chambers;
  bool any_defaulted = false;
  for (std::size_t j = 0; j < obs.size(); ++j) {
    if (st.defaulted[j]) {
      any_defaulted = true;
      continue;
    }
    auto& chambers = named_chambers[key_of(obs[j])];
    if (chambers.size() < 3 && std::find(chambers.begin(), chambers.end(), obs[j].chamber) == chambers.end())
      chambers.push_back(obs[j].chamber);
  }
  if (!any_defaulted) return;
  for (std::size_t i = 0; i < obs.size(); ++i) {
    if (!st.defaulted[i]) continue;
    auto it = named_chambers.find(key_of(obs[i]));
    if (it == named_chambers.end()) continue;
    // unique: exactly one chamber other than the count's own (three distinct leave at least two others)
    std::string_view named;
    int others = 0;
    for (std::string_view c : it->second) {
      if (c == obs[i].chamber) continue;
      named = c;
      ++others;
    }
    if (others == 1 && !named.empty()) obs[i].chamber = std::string(named);
  }
}

void complete_chamber_names(Doc& d) {
  if (d.out.observations.empty()) return;
  // the chambers the article names, as written (lower case), with the name each stands for: a chamber the
  // tables do not know as the article names it, or the table's name for one of the article's country
  // (each spelling looked up once: an article names its chamber many times)
  std::vector<std::pair<std::string, std::string>> named;
  std::size_t local = 0;
  for (const Mention& m : d.mentions) {
    std::string written;
    std::string name = m.local_chamber;
    if (name.empty()) {
      if (d.country.empty()) continue;
      bool own = false;
      for (const AliasEntry* e : m.entries)
        own |= e->kind == EntityKind::chamber && d.lex.tables.chambers[static_cast<std::size_t>(e->index)].country == d.country;
      if (!own) continue;
      written = detail::lower_ascii(d.slice(m.first, m.name_last));
      if (std::any_of(named.begin(), named.end(), [&](const auto& n) { return n.first == written; })) continue;
      name = chamber_of(d, m);
      if (name.empty()) continue;
    } else {
      ++local;
      written = detail::lower_ascii(m.local_chamber);
    }
    if (std::find(named.begin(), named.end(), std::make_pair(written, name)) == named.end()) named.emplace_back(written, name);
  }
  if (named.size() < 2) return;
  std::vector<const std::string*> own_names;  // the tables' names of the country's chambers
  for (const auto& c : d.lex.tables.chambers)
    if (c.country == d.country) own_names.push_back(&c.canonical);
  for (Observation& o : d.out.observations) {
    // (a name the tables give the article's country is complete)
    bool table_name = std::any_of(own_names.begin(), own_names.end(), [&](const std::string* n) { return *n == o.chamber; });
    if (table_name && local < 2) continue;
    bool in_article = false;
    std::string lower = detail::lower_ascii(o.chamber);
    for (const auto& [written, name] : named) in_article |= written == lower || name == o.chamber;
    if (!in_article) continue;
    std::string tail = " " + lower;
    const std::string* longer = nullptr;
    int found = 0;
    for (const auto& [written, name] : named) {
      if (name == o.chamber) continue;
      if (written.size() > tail.size() && written.compare(written.size() - tail.size(), tail.size(), tail) == 0 &&
          (!longer || *longer != name))
        longer = &name, ++found;
    }
    if (found == 1) o.chamber = *longer;
  }
}

}  // namespace tally::extract
