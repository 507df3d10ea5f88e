// Stage: the country an article is about and its default chamber, from the mentions found.
#include "extract/country.h"

#include <map>
#include <set>

#include "extract/entities.h"
#include "extract/names.h"

namespace tally::extract {

void choose_country(Doc& d) {
  std::map<std::string, int> votes;
  for (const auto& m : d.mentions) {
    if (m.local_party >= 0 || local_suffix_party(d, m) >= 0) continue;  // "Nepali Congress" says nothing about India
    std::set<std::string> countries;
    bool is_party = d.has_kind(m, EntityKind::party);
    for (const AliasEntry* e : m.entries) {
      if (e->kind == EntityKind::party) countries.insert(d.lex.tables.parties[static_cast<std::size_t>(e->index)].country);
      if (e->kind == EntityKind::source && !is_party)
        countries.insert(d.lex.tables.sources[static_cast<std::size_t>(e->index)].country);
    }
    countries.erase("*");
    if (countries.size() == 1) votes[*countries.begin()] += 1;
  }
  // A country the text names (or whose capital opens a dateline) counts like a party of that country; in
  // the opening (the headline and the first paragraph) three times: it says where the story is.
  std::size_t opening_end = d.tokens.items.size();
  for (std::size_t si = 0, paragraphs = 0; si < d.tokens.sentences.size(); ++si) {
    const Block& b = d.block_of(si);
    if (b.kind == BlockKind::paragraph && ++paragraphs > 1) {
      opening_end = d.tokens.sentences[si].first;
      break;
    }
  }
  for (std::size_t k = 0; k < d.tokens.items.size(); ++k) {
    if (!d.tok(k).cap || d.tok(k).kind != TokKind::word) continue;
    static const std::unordered_map<std::string_view, std::string_view> countries(std::begin(detail::kCountryNameList),
                                                                                std::end(detail::kCountryNameList));
    // "Port of Spain" is no Spain, "New Mexico" no Mexico
    if (k >= 2 && d.is_word(k - 1, "of") && d.is_word(k - 2, "port")) continue;
    if (k >= 1 && d.is_word(k - 1, "new") && d.norm(k) == "mexico") continue;
    if (auto it = countries.find(d.norm(k)); it != countries.end())  // NOLINT
      votes[std::string(it->second)] += k < opening_end ? 3 : 1;
    std::string_view w = d.norm(k);
    if (w == "south" && k + 1 < d.tokens.items.size() && d.norm(k + 1) == "africa") votes["ZA"] += 1;
  }
  int best = 0;
  for (auto& [country, count] : votes) {
    if (count > best) {
      best = count;
      d.country = country;
    }
  }
  d.out.country = d.country;
  d.country_chosen = true;
  for (const auto& c : d.lex.tables.chambers) {
    if (c.country == d.country && c.national) {
      d.default_chamber = c.canonical;
      break;
    }
  }
  // "Jharkhand Election Result 2024 LIVE", "Bihar polls: NDA sweeps": a headline about one region's election,
  // naming no chamber, makes that region's legislature the article's chamber
  for (std::size_t si = 0; si < d.tokens.sentences.size() && !d.default_chamber.empty(); ++si) {
    if (d.block_of(si).kind != BlockKind::headline) continue;
    const Sentence& s = d.tokens.sentences[si];
    bool names_chamber = false;
    for (const auto& m : d.mentions)
      names_chamber |= m.first >= s.first && m.first < s.last && d.has_kind(m, EntityKind::chamber);
    // "Local elections 2021: Hung councils in Joburg, Tshwane and Nelson Mandela Bay": a place's count is its council's
    for (std::size_t k = s.first; k + 1 < s.last; ++k) {
      std::string_view w = d.norm(k), next = d.norm(k + 1);
      bool election = next == "election" || next == "elections" || next == "polls" || next == "vote";
      if (election && (w == "local" || w == "municipal" || w == "council" || w == "civic" || w == "mayoral"))
        d.local_election = true;
      if (w == "local" && next == "government" && k + 2 < s.last && (d.is_word(k + 2, "elections") || d.is_word(k + 2, "election")))
        d.local_election = true;
    }
    // a headline that names one chamber ("Upper house election 2022 live: ...") says which the article is about
    std::string named;
    int chambers = 0;
    for (const auto& m : d.mentions) {
      if (m.first < s.first || m.first >= s.last || !d.has_kind(m, EntityKind::chamber) || d.has_kind(m, EntityKind::party)) continue;
      std::string c = chamber_of(d, m);
      if (!c.empty() && c != named) ++chambers, named = c;
    }
    if (chambers == 1) d.default_chamber = named;
    std::string regional;
    for (std::size_t k = s.first; k < s.last && !names_chamber; ++k) {
      static constexpr std::string_view election[] = {"election", "elections", "polls", "poll", "result", "results",
                                                      "verdict", "bypolls", "vote", "counting"};
      if (!detail::in(election, d.norm(k)) || k == s.first) continue;
      std::size_t b = k;
      while (b > s.first && b + 3 > k && d.tok(b - 1).cap && d.tok(b - 1).kind == TokKind::word) --b;
      for (; b < k && regional.empty(); ++b) regional = regional_chamber(d, d.slice(b, k));
      if (!regional.empty()) break;
    }
    // "DMK-led front heads for victory in Tamil Nadu": a region with a legislature of its own, in the headline
    // of an article that never names a national chamber
    if (regional.empty() && !names_chamber) {
      bool national_named = false;
      for (const auto& m : d.mentions) {
        if (!d.has_kind(m, EntityKind::chamber) || d.has_kind(m, EntityKind::party)) continue;
        for (const AliasEntry* e : m.entries)
          national_named |= e->kind == EntityKind::chamber &&
                            d.lex.tables.chambers[static_cast<std::size_t>(e->index)].national;
      }
      for (std::size_t k = s.first; k < s.last && !national_named && regional.empty(); ++k) {
        if (!d.tok(k).cap || d.tok(k).kind != TokKind::word || d.mention_at_any(k)) continue;
        for (std::size_t e = k + 1; e <= std::min(s.last, k + 3) && regional.empty(); ++e) {
          if (!d.tok(e - 1).cap || d.tok(e - 1).kind != TokKind::word) break;
          regional = regional_chamber(d, d.slice(k, e));
        }
      }
    }
    if (!regional.empty()) d.default_chamber = regional;
    break;  // (the headline's first sentence)
  }
  // a country the tables do not know: the first chamber the article names
  for (const auto& m : d.mentions) {
    if (!d.default_chamber.empty()) break;
    if (d.has_kind(m, EntityKind::chamber) && !d.has_kind(m, EntityKind::party)) d.default_chamber = chamber_of(d, m);
  }
  // (one the tables do not know, named by the article: "the 50-seat National Parliament"; not a council's or a
  // region's; else "Parliament" when the article says so)
  static constexpr std::string_view local_words[] = {"council", "state", "provincial", "regional", "city", "county",
                                                     "municipal", "district", "metropolitan", "province", "corporation"};
  // "the 90-seat Jogorku Kenesh", "the 50-seat National Parliament": a name after a chamber's size
  for (std::size_t k = 0; k + 2 < d.tokens.items.size() && d.default_chamber.empty(); ++k) {
    if (d.tok(k).kind != TokKind::number || !d.tok(k + 1).hyphen_before ||
        !(d.is_word(k + 1, "seat") || d.is_word(k + 1, "member"))) continue;
    std::size_t a = k + 2, e = a;
    while (e < d.tokens.items.size() && e < a + 4 && d.tok(e).cap && d.tok(e).kind == TokKind::word &&
           !d.tok(e).possessive)
      ++e;
    if (e == a) continue;
    // ("the 149-member House": a generic word alone names no chamber of its own)
    static constexpr std::string_view generic[] = {"house", "parliament", "assembly", "chamber", "senate",
                                                   "legislature", "council", "congress", "body"};
    if (e == a + 1 && detail::in(generic, d.norm(a))) continue;
    bool party = false, local = false;
    for (std::size_t j = a; j < e; ++j) {
      party |= d.mention_at_any(j);
      local |= detail::in(local_words, d.norm(j));
    }
    if (!party && !local && !country_word(d.norm(a))) d.default_chamber = std::string(d.slice(a, e));
  }
  for (const auto& m : d.mentions) {
    if (!d.default_chamber.empty()) break;
    if (m.local_chamber.empty()) continue;
    bool local = false;
    for (std::size_t k = m.first; k < m.name_last && !local; ++k) local = detail::in(local_words, d.norm(k));
    if (!local && m.name_last - m.first <= 3 && !d.tok(m.first).upper) d.default_chamber = m.local_chamber;
  }
  for (std::size_t k = 0; k < d.tokens.items.size() && d.default_chamber.empty(); ++k) {
    if (d.norm(k) != "parliament" || d.tok(k).kind != TokKind::word) continue;
    bool owned = k > 0 && d.tok(k - 1).cap && d.tok(k - 1).kind == TokKind::word && !d.tok(k - 1).sentence_start &&
                 !country_word(d.norm(k - 1));  // ("Scottish Parliament", not "Vanuatu's Parliament")
    if (!owned) d.default_chamber = "Parliament";
  }
  if (d.default_chamber.empty()) d.default_chamber = "National legislature";
}

}  // namespace tally::extract
