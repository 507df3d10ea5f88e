// Names in the text: capitalised runs, acronyms, people, the kind of a source by its words.
#include "extract/names.h"

#include <algorithm>

namespace tally::extract {

/// A capitalised run ending with a party keyword ("Bangladesh Nationalist Party") or naming a body.
std::size_t capitalised_run(Doc& d, std::size_t i, std::size_t limit) {
  std::size_t k = i;
  std::size_t last_cap = i;
  while (k < limit) {
    const Token& t = d.tok(k);
    if (t.kind == TokKind::word && (t.cap || (t.hyphen_before && k > i))) {
      last_cap = k + 1;
      ++k;
      continue;
    }
    std::string_view w = d.norm(k);
    // (and the connectors of other languages' names: "Tomin First no Kai", "Frente de Todos", "Unión por la Patria")
    bool connector = t.kind == TokKind::word && (w == "of" || w == "for" || w == "and" || w == "the" || w == "e" ||
                                                 w == "i" || w == "ul" || w == "al" || w == "we" || w == "no" ||
                                                 w == "de" || w == "del" || w == "la" || w == "por" || w == "da" ||
                                                 w == "do" || w == "dos");
    bool chained = (w == "of" || w == "for") && k + 2 < limit && (d.norm(k + 1) == "the") && d.tok(k + 2).cap;  // "for the People"
    // "Alyansa para sa Bagong Pilipinas", "Partido Federal ng Pilipinas": Filipino connectors
    chained |= w == "para" && k + 2 < limit && d.norm(k + 1) == "sa" && d.tok(k + 2).cap;
    connector |= t.kind == TokKind::word && (w == "ng" || w == "sa" || w == "para");
    // "Loan Party and Mian Party": a name that ends with a party word is closed; "and" starts the next one
    if (w == "and" && k > i && detail::in_set<detail::kPartyKeywordList>(d.norm(k - 1))) break;
    // "Later the Electoral Board", "Meanwhile the ANC": a sentence's opening word before "the" is no part of a name
    if (w == "the" && k == i + 1 && d.tok(i).sentence_start) break;
    if (connector && k > i && k + 1 < limit && (d.tok(k + 1).cap || chained)) {
      ++k;
      continue;
    }
    break;
  }
  return last_cap - i;
}

bool acronym_at(Doc& d, std::size_t i, std::size_t limit, std::size_t& end) {
  // One capitalised word or a hyphenated run ("PML-N", "MQM-P", "JUI-F"), closed by ')'.
  if (i >= limit || d.tok(i).kind != TokKind::word || !d.tok(i).cap) return false;
  // "AfD", "PdL", "CiU": a short word with two capitals or more is an acronym too
  bool has_upper = d.tok(i).upper || d.capitals(i) >= 2;
  std::size_t k = i + 1;
  while (k < limit && d.tok(k).hyphen_before && d.tok(k).kind != TokKind::punct) {
    has_upper |= d.tok(k).upper;
    ++k;
  }
  if (!d.is_punct(k, ')') || !has_upper || k - i > 4) return false;
  if (k == i + 1 && d.tok(i).norm_len < 2) return false;  // "(F)" is not an acronym
  end = k + 1;
  return true;
}

/// "jailed former prime minister Nawaz Sharif" at i: lower-case words (at most four), then a capitalised
/// run of one to three words that names no party, body or place the tables know. Returns its end, or 0.
std::size_t person_after_of(Doc& d, std::size_t i, std::size_t limit) {
  std::size_t k = i;
  while (k < limit && k < i + 4 && d.tok(k).kind == TokKind::word && !d.tok(k).cap) ++k;
  std::size_t start = k;
  while (k < limit && k < start + 3 && d.tok(k).kind == TokKind::word && d.tok(k).cap && !d.tok(k).upper &&
         !d.tok(k).possessive && d.lex.match(d.tokens, k, limit).length == 0 && !country_word(d.norm(k)) &&
         !detail::in_set<detail::kMonthList>(d.norm(k)))
    ++k;
  if (k == start || (k < limit && d.tok(k).kind == TokKind::word && d.tok(k).cap)) return 0;
  if (detail::in_set<detail::kPartyKeywordList>(d.norm(k - 1))) return 0;
  return k;
}

/// True when a table name of a body or chamber at i is only the end of a longer capitalised name: "National
/// Electoral Commission", "Grand National Assembly" (not "The Election Commission", "from Election Commission").
bool embedded_name(Doc& d, std::size_t i, std::size_t sentence_first, const AliasMatch& table) {
  if (i <= sentence_first) return false;
  if (names_party(table)) return false;
  const Token& before = d.tok(i - 1);
  // (an acronym before a name in title case opens it, "NSW Electoral Commission"; in a line of capitals the
  // words before are no part of the name)
  if (before.kind != TokKind::word || !before.cap || before.possessive || (before.upper && d.tok(i).upper)) return false;
  static constexpr std::string_view function_words[] = {
      "the", "from", "by", "to", "of", "and", "in", "at", "for", "with", "says", "said", "according", "per", "on",
      "a", "an", "its", "their", "his", "her", "new", "final", "latest", "official", "provisional", "results"};
  return !detail::in(function_words, d.norm(i - 1));
}

/// "PTI-P", "BNP-M": an acronym with a faction's letters glued on is one name (a party of its own).
bool acronym_with_faction(Doc& d, std::size_t first, std::size_t last) {
  if (last != first + 2 || !d.tok(first).upper) return false;
  const Token& t = d.tok(first + 1);
  return t.kind == TokKind::word && t.hyphen_before && t.upper && t.norm_len <= 2;
}

SourceKind source_kind_of(Doc& d, std::size_t first, std::size_t last) {
  SourceKind kind = SourceKind::unknown;
  // "Supreme Election Council", "National Electoral Institute", "Federal Returning Officer", "Elections Canada"
  if (last > first) {
    bool electoral = false;
    for (std::size_t k = first; k < last; ++k) {
      std::string_view w = d.norm(k);
      electoral |= w == "election" || w == "elections" || w == "electoral" || w == "returning" || w == "eleitoral" ||
                   w == "elecciones" || w == "électoral" || w == "électorale";
      // "the Constitutional Council" that proclaims the results; "the Michigan Secretary of State"
      electoral |= w == "constitutional" && (d.norm(last - 1) == "council" || d.norm(last - 1) == "court");
      if (w == "secretary" && k + 2 < last && d.norm(k + 1) == "of" && d.norm(k + 2) == "state") return SourceKind::electoral_body;
    }
    std::string_view end = d.norm(last - 1);
    static constexpr std::string_view body_nouns[] = {"council", "institute", "officer", "court", "tribunal", "body",
                                                      "service", "office", "committee", "department", "directorate",
                                                      "agency", "court", "administration", "authority"};
    // ("Electoral Office for Northern Ireland", "Electoral Commission of Namibia": the noun before the place)
    std::string_view head = end;
    for (std::size_t k = first + 1; k + 1 < last; ++k) {
      if (d.is_word(k, "for") || d.is_word(k, "of")) {
        head = d.norm(k - 1);
        break;
      }
    }
    if (electoral && (detail::in(body_nouns, end) || detail::in(body_nouns, head) || (d.is_word(first, "elections") && last - first == 2)))
      return SourceKind::electoral_body;
    // "Corte Electoral", "Consejo Nacional Electoral", "Tribunal Superior Eleitoral", "Jurado Nacional de
    // Elecciones": the body's noun first, as Spanish and Portuguese write it
    static constexpr std::string_view first_nouns[] = {"corte", "tribunal", "consejo", "junta", "jurado", "instituto",
                                                       "conselho", "comisión", "comision", "comissão", "conseil",
                                                       "cour", "autorité", "commission", "council", "court"};
    if (electoral && detail::in(first_nouns, d.norm(first))) return SourceKind::electoral_body;
    // "the Interior Ministry", "the Ministry of Internal Affairs": the ministry that runs the count
    bool ministry = false, interior = false;
    for (std::size_t k = first; k < last; ++k) {
      std::string_view w = d.norm(k);
      ministry |= w == "ministry";
      interior |= w == "interior" || w == "internal" || w == "home";
    }
    if (ministry && interior) return SourceKind::electoral_body;
  }
  for (std::size_t k = first; k < last; ++k) {
    std::string_view w = d.norm(k);
    if (detail::in_set<detail::kBodyKeywordList>(w)) return SourceKind::electoral_body;
    if (detail::in_set<detail::kPollsterKeywordList>(w)) kind = SourceKind::pollster;
    else if (detail::in_set<detail::kObserverKeywordList>(w) && kind == SourceKind::unknown) kind = SourceKind::observer;
    else if (detail::in_set<detail::kMediaKeywordList>(w) && kind == SourceKind::unknown) kind = SourceKind::media;
  }
  return kind;
}

bool names_person(Doc& d, const detail::Sentence& s, std::size_t first, std::size_t last) {
  for (std::size_t k = first; k < last; ++k) {
    if (is_title(d.norm(k)) || d.person_party.count(std::string(d.norm(k)))) return true;
  }
  return first > s.first && is_title(d.norm(first - 1));
}

bool names_party(const AliasMatch& table) {
  return std::any_of(table.entries.begin(), table.entries.end(), [](const AliasEntry* e) { return e->kind == EntityKind::party; });
}

std::string as_name(std::string_view written) {
  if (std::any_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return std::string(written);
  std::string out(written);
  for (std::size_t i = 0; i < out.size();) {
    std::size_t j = i;
    while (j < out.size() && out[j] != ' ') ++j;
    std::size_t letters = 0;
    for (std::size_t k = i; k < j; ++k) letters += out[k] >= 'A' && out[k] <= 'Z';
    std::string_view w(out.data() + i, j - i);
    bool connector = w == "OF" || w == "THE" || w == "AND" || w == "FOR";
    if ((letters > 3 && letters == j - i) || connector) {
      for (std::size_t k = i + (connector ? 0 : 1); k < j; ++k) out[k] = static_cast<char>(out[k] | 0x20);
    }
    i = j < out.size() ? j + 1 : j;
  }
  return out;
}

std::string strip_possessive(std::string_view name) {
  for (std::string_view suffix : {std::string_view("'s"), std::string_view("\u2019s"), std::string_view("'")}) {
    if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix) {
      return std::string(name.substr(0, name.size() - suffix.size()));
    }
  }
  return std::string(name);
}

bool country_word(std::string_view w) {
  static const std::unordered_map<std::string_view, std::string_view> countries(std::begin(detail::kCountryNameList),
                                                                                std::end(detail::kCountryNameList));
  return countries.count(w) > 0 || w == "africa" || w == "states" || w == "kingdom";
}

/// A name the tables do not know that makes a forecast: "Matrize projected 150-170 seats", "Only one
/// agency, Electoral Edge, predicted a win", "People's Pulse, which put the Mahayuti at 175", "eNCA
/// projection: ...". [first, last) is the name (first may be "the"); people ("Mr", "leader X") are not.
/// A person's name: preceded by a title ("Mr", "leader") or tied to a party earlier in the article.
bool is_title(std::string_view w) {
  static constexpr std::string_view titles[] = {"mr", "mrs", "ms", "dr", "leader", "minister", "president", "chief",
                                                "spokesman", "spokeswoman", "spokesperson", "candidate", "chairman",
                                                "secretary", "premier", "governor", "senator", "mp", "mla", "analyst",
                                                "mayor", "chairwoman", "speaker", "cleric", "chancellor", "founder",
                                                "sheikh", "imam", "ayatollah", "tycoon", "businessman", "businesswoman",
                                                "commander", "pastor", "preacher"};
  return detail::in(titles, w);
}

/// The kind of source a common noun for an outlet names ("broadcaster", "agency", "pollster"), else unknown.
SourceKind outlet_noun(std::string_view w) {
  static constexpr std::string_view media[] = {"broadcaster", "agency", "newspaper", "daily", "channel", "network",
                                                "station", "outlet", "tabloid", "magazine", "website", "portal",
                                                "weekly", "broadsheet", "wire", "broadcasters", "newspapers"};
  static constexpr std::string_view polls[] = {"pollster", "pollsters", "firm", "institute"};
  if (detail::in(media, w)) return SourceKind::media;
  if (detail::in(polls, w)) return SourceKind::pollster;
  return SourceKind::unknown;
}

bool short_name_at(Doc& d, std::size_t i, std::size_t limit, std::size_t& end) {
  if (i + 1 >= limit || d.tok(i).kind != TokKind::word || !d.tok(i).cap || d.tok(i).norm_len < 3 ||
      d.tok(i).norm_len > 14 || !d.is_punct(i + 1, ')'))
    return false;
  end = i + 2;
  return true;
}

/// Whether every entry of a match is an electoral body's name, one of them the generic one (the tables hold it
/// for every country: "Electoral Commission").
bool generic_body(const Doc& d, const AliasMatch& match) {
  if (match.length == 0 || match.entries.empty()) return false;
  bool generic = false;
  for (const AliasEntry* e : match.entries) {
    if (e->kind != EntityKind::source) return false;
    const SourceEntry& s = d.lex.tables.sources[static_cast<std::size_t>(e->index)];
    if (s.kind != SourceKind::electoral_body) return false;
    generic |= s.country == "*";
  }
  return generic;
}

/// "Vanuatu Electoral Commission": a country's name, then a generic body's name that ends the capitalised run;
/// its length in tokens, 0 when the words are no such name (or the tables know the whole).
std::size_t country_body_run(Doc& d, std::size_t i, std::size_t limit, const AliasMatch& table) {
  if (table.length > 0 || !d.tok(i).cap || d.tok(i).possessive || i + 1 >= limit) return 0;
  // the country's name: one or two capitalised words, one of them a country's ("Solomon Islands")
  for (std::size_t j = i + 1; j <= i + 2 && j < limit; ++j) {
    bool country = false;
    for (std::size_t k = i; k < j; ++k) {
      if (!d.tok(k).cap || d.tok(k).possessive || d.tok(k).kind != TokKind::word || d.mention_at_any(k)) return 0;
      country |= country_word(d.norm(k));
    }
    if (!country || !d.tok(j).cap) continue;
    AliasMatch next = d.lex.match(d.tokens, j, limit);
    if (!generic_body(d, next)) continue;
    if (capitalised_run(d, i, limit) != j - i + next.length) continue;
    return j - i + next.length;
  }
  return 0;
}

/// "Electoral Commission for Sierra Leone", "Election Commission of Bhutan": a generic body's name (one the
/// tables hold for every country) that a capitalised run continues, up to a country or place; its length
/// in tokens, 0 when the match is no such name.
std::size_t generic_body_run(Doc& d, std::size_t i, std::size_t limit, const AliasMatch& table) {
  if (table.length == 0 || table.entries.empty()) return 0;
  bool generic = false;
  for (const AliasEntry* e : table.entries) {
    if (e->kind != EntityKind::source) return 0;
    const SourceEntry& s = d.lex.tables.sources[static_cast<std::size_t>(e->index)];
    if (s.kind != SourceKind::electoral_body) return 0;
    generic |= s.country == "*";
  }
  // ("the Election Commission of Bhutan": the generic alias may take the article)
  std::size_t lead = d.is_word(i, "the") ? 1 : 0;
  if (!generic || !d.tok(i + lead).cap || table.length <= lead) return 0;
  std::size_t run = lead + capitalised_run(d, i + lead, limit);
  if (run <= table.length || d.tok(i + run - 1).possessive) return 0;
  // (a longer name the tables know inside the run is that name: "Election Commission of India")
  for (std::size_t j = i + lead; j < i + run; ++j) {
    AliasMatch inner = d.lex.match(d.tokens, j, limit);
    if (inner.length > 0 && j + inner.length > i + table.length) return 0;
  }
  std::size_t end = i + table.length;
  // only "of" or "for" and the country's or place's name after it
  if (!(d.is_word(end, "of") || d.is_word(end, "for"))) return 0;
  std::size_t k = end + 1;
  if (d.is_word(k, "the")) ++k;
  if (k >= i + run || !d.tok(k).cap) return 0;
  for (std::size_t j = k; j < i + run; ++j) {
    if (d.mention_at_any(j)) return 0;
    if (!d.tok(j).cap && !d.is_word(j, "and")) return 0;
  }
  if (i + run - k > 3) return 0;
  return run;
}


}  // namespace tally::extract
