// What the names resolve to: the parties, sources and chambers of one article (its registry).
#include "extract/entities.h"

#include "extract/names.h"

namespace tally::extract {

// ---- mentions ----
// Hash indexes keep an article naming thousands of parties linear.
namespace {
/// The key of a party the tables do not know, whatever its case: "Swapo" in prose is "SWAPO" in a table.
std::string local_key(const std::string& name) {
  std::string key = "\x01";
  for (char c : name) key += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return key;
}
}  // namespace

int add_party(Doc& d, std::string canonical, std::string country) {
  std::string key = country.empty() ? local_key(canonical) : std::string();
  if (!key.empty()) {
    if (auto same = d.party_index.find(key); same != d.party_index.end()) return same->second;
  }
  auto [it, inserted] = d.party_index.try_emplace(canonical, static_cast<int>(d.parties.size()));
  if (!key.empty()) d.party_index.try_emplace(std::move(key), it->second);
  if (inserted) {
    index_suffixes(d, it->second, canonical, country);
    d.parties.push_back({std::move(canonical), std::move(country)});
  }
  return it->second;
}

/// "Nepali Congress" is found by its word suffix "Congress"; the first party added wins.
void index_suffixes(Doc& d, int index, const std::string& name, const std::string& country) {
  if (!country.empty()) return;
  for (std::size_t pos = name.find(' '); pos != std::string::npos; pos = name.find(' ', pos + 1))
    d.suffix_index.try_emplace(name.substr(pos + 1), index);
}

int add_source(Doc& d, std::string canonical, SourceKind kind) {
  auto [it, inserted] = d.source_index.try_emplace(canonical, static_cast<int>(d.sources.size()));
  if (inserted) d.sources.push_back({std::move(canonical), kind});
  return it->second;
}

std::size_t match_local(Doc& d, std::size_t i, std::size_t limit, const LocalAlias*& found) {
  std::size_t best = 0;
  auto bucket = d.local_by_first.find(std::string(d.norm(i)));
  if (bucket == d.local_by_first.end()) return 0;
  for (std::size_t index : bucket->second) {
    const LocalAlias& alias = d.local[index];
    std::size_t n = alias.tokens.size();
    if (n <= best || i + n > limit) continue;
    bool ok = d.tok(i).cap || d.tok(i).kind == TokKind::number;
    for (std::size_t k = 0; k < n && ok; ++k) ok = d.norm(i + k) == alias.tokens[k];
    if (ok && i + n < limit && d.tok(i + n).hyphen_before && d.tok(i + n).kind == TokKind::word && d.tok(i + n).norm_len <= 2)
      ok = false;
    if (ok) {
      best = n;
      found = &alias;
    }
  }
  return best;
}

/// Resolves a mention to a party in parties_, or -1.
/// "Congress" in an article about the "Nepali Congress": the local party whose name it ends.
int local_suffix_party(Doc& d, const Mention& m) {
  if (m.local_party >= 0 || m.entries.empty()) return -1;
  auto it = d.suffix_index.find(std::string(d.slice(m.first, m.name_last)));
  return it == d.suffix_index.end() ? -1 : it->second;
}

int party_of(Doc& d, const Mention& m) {
  if (!m.person.empty()) {
    if (m.apposition >= 0) return party_of(d, d.mentions[static_cast<std::size_t>(m.apposition)]);
    auto it = d.person_party.find(m.person);
    return it == d.person_party.end() ? -1 : it->second;
  }
  if (m.anaphor) {
    if (m.apposition >= 0) return party_of(d, d.mentions[static_cast<std::size_t>(m.apposition)]);
    // "the ruling party", "the opposition party": the party the article gave that label ("the ruling Awami
    // League"); never the last party named when that one carries the other label
    if (std::string_view label = label_of_anaphor(d, m); !label.empty()) {
      if (auto it = d.labels.find(label); it != d.labels.end()) return it->second;
      if (d.last_party >= 0 && d.party_labels.count(d.last_party)) return -1;
    }
    return d.last_party;
  }
  if (m.qualified) return add_party(d, std::string(d.slice(m.first, m.name_last)), "");
  if (int local = local_suffix_party(d, m); local >= 0) return local;
  // "JP 11" in a headline, "the Jatiya Party (JP)" in the story: the acronym defined later names that party
  if (m.local_party >= 0 && m.entries.empty() && m.name_last == m.first + 1) {
    if (auto bucket = d.local_by_first.find(std::string(d.norm(m.first))); bucket != d.local_by_first.end()) {
      for (std::size_t index : bucket->second) {
        const LocalAlias& alias = d.local[index];
        if (alias.tokens.size() != 1 || alias.entries.empty() || alias.party >= 0) continue;
        Mention defined = m;
        defined.local_party = -1;
        defined.entries = alias.entries;
        return party_of(d, defined);
      }
    }
  }
  if (m.local_party >= 0) {
    for (const AliasEntry* e : m.entries) {
      if (e->kind != EntityKind::party) continue;
      const PartyEntry& p = d.lex.tables.parties[static_cast<std::size_t>(e->index)];
      if (!d.country.empty() && p.country == d.country) return add_party(d, p.canonical, p.country);
    }
    return m.local_party;
  }
  std::vector<const PartyEntry*> candidates;
  for (const AliasEntry* e : m.entries) {
    if (e->kind == EntityKind::party) candidates.push_back(&d.lex.tables.parties[static_cast<std::size_t>(e->index)]);
  }
  if (candidates.empty()) return -1;
  if (candidates.size() > 1 && !d.country.empty()) {
    std::vector<const PartyEntry*> here;
    for (auto* c : candidates) {
      if (c->country == d.country || c->country == "*") here.push_back(c);
    }
    if (!here.empty()) candidates = here;
  }
  // Another country's party ("Greens" in a German article, "Labour Party" in a Nigerian one): the name
  // as written, not the other country's canonical name.
  if (!d.country.empty() && std::none_of(candidates.begin(), candidates.end(), [&](const PartyEntry* c) {
        return c->country == d.country || c->country == "*" || c->country.empty();
      })) {
    // ("the 160-seat Congress" in a Guatemalan article: India's party by name, but a chamber by its size)
    if (m.first >= 2 && (d.is_word(m.first - 1, "seat") || d.is_word(m.first - 1, "member")) && d.tok(m.first - 1).hyphen_before &&
        d.tok(m.first - 2).kind == TokKind::number)
      return -1;
    // ("Democratic Alliance Party (DAP)" in a Solomon Islands article: the acronym the article defines for it)
    std::size_t acr_end = 0, k = m.name_last;
    if (d.is_word(k, "party") && d.tok(k).cap) ++k;  // ("Democratic Alliance Party (DAP)")
    if (d.is_punct(k, '(') && k + 2 < d.tokens.items.size() && d.tok(k + 1).upper && d.is_punct(k + 2, ')') &&
        acronym_at(d, k + 1, d.tokens.items.size(), acr_end))
      return add_party(d, std::string(d.slice(k + 1, k + 2)), "");
    return add_party(d, strip_possessive(d.slice(m.first, m.name_last)), "");
  }
  std::set<std::string> names;
  for (auto* c : candidates) names.insert(c->canonical);
  if (names.size() > 1) {
    std::string surface = strip_possessive(d.slice(m.first, m.name_last));  // "Labour's 202": Labour
    std::string warning = "ambiguous party name '" + surface + "' (could be";
    for (auto& name : names) warning += " " + name;
    warning += "); kept as written";
    // (before the country is chosen, while people are tied to parties, the name may still resolve)
    if (d.country_chosen && std::find(d.out.warnings.begin(), d.out.warnings.end(), warning) == d.out.warnings.end())
      d.out.warnings.push_back(warning);
    return add_party(d, surface, "");
  }
  return add_party(d, candidates.front()->canonical, candidates.front()->country);
}

int party_of_const(const Mention& m) {
  if (m.local_party >= 0) return m.local_party;
  for (const AliasEntry* e : m.entries) {
    if (e->kind == EntityKind::party) return 0;
  }
  return -1;
}

/// "Central Election Commission" in a Taiwanese article: the article's country's body whose table names hold
/// the name as written ("Taiwan's Central Election Commission"); nullopt when none or several do.
std::optional<DocSource> country_body_named(Doc& d, std::string_view written) {
  if (d.country.empty() || written.size() < 8) return std::nullopt;
  // (asked for every sentence that names the body: the answer is kept for the article)
  if (auto known = d.country_bodies.find(std::string(written)); known != d.country_bodies.end()) return known->second;
  auto& answer = d.country_bodies[std::string(written)];
  std::string name = detail::lower_ascii(written);
  // "Sweden's Election Authority": the country that owns the body is no part of its name
  for (std::string_view mark : {std::string_view("'s "), std::string_view("\xE2\x80\x99s ")}) {
    if (auto at = name.find(mark); at != std::string::npos && at > 0 && name.find(' ') > at &&
        country_word(std::string_view(name).substr(0, at)) && name.size() > at + mark.size() + 7)
      name.erase(0, at + mark.size());
  }
  // "Ministry of the Interior", "Ministry of Interior": the tables write "Interior Ministry"
  if (name.find("ministry") != std::string::npos && name.find("interior") != std::string::npos) name = "interior ministry";
  const SourceEntry* found = nullptr;
  auto bodies = d.lex.bodies_by_country.find(d.country);
  if (bodies == d.lex.bodies_by_country.end()) return answer = std::nullopt;
  for (const auto& body : bodies->second) {
    bool holds = false;
    for (const auto& lowered : body.lower_names) holds |= lowered.find(name) != std::string::npos;
    if (!holds) continue;
    const SourceEntry& s = d.lex.tables.sources[body.source];
    if (found && found != &s) return answer = std::nullopt;
    found = &s;
  }
  if (!found) return answer = std::nullopt;
  return answer = DocSource{found->canonical, found->kind};
}

std::optional<DocSource> source_of(Doc& d, const Mention& m) {
  if (m.local_source >= 0) {
    const DocSource& local = d.sources[static_cast<std::size_t>(m.local_source)];
    if (local.kind == SourceKind::electoral_body) {
      if (auto body = country_body_named(d, local.canonical)) return body;
    }
    return local;
  }
  const SourceEntry* best = nullptr;
  for (const AliasEntry* e : m.entries) {
    if (e->kind != EntityKind::source) continue;
    const SourceEntry& s = d.lex.tables.sources[static_cast<std::size_t>(e->index)];
    if (!best || (s.country == d.country && best->country != d.country)) best = &s;
  }
  if (!best) return std::nullopt;
  // another country's body by a name it shares ("Electoral Commission" in a New Zealand article): the
  // article's own country's electoral body when the tables know one and the name names no country; else the
  // name as written
  if (!d.country.empty() && best->country != d.country && best->country != "*" && !best->country.empty()) {
    bool names_country = false;
    for (std::size_t k = m.first; k < m.name_last; ++k) names_country |= country_word(d.norm(k));
    // ("the State Election Commission" in an Indian article: a state's body, not the country's)
    for (std::size_t k = m.first; k < m.name_last; ++k)
      names_country |= d.is_word(k, "state") || d.is_word(k, "provincial") || d.is_word(k, "regional") ||
                       d.is_word(k, "county") || d.is_word(k, "municipal") || d.is_word(k, "city");
    if (best->kind == SourceKind::electoral_body && !names_country) {
      for (const auto& s : d.lex.tables.sources) {
        if (s.country == d.country && s.kind == SourceKind::electoral_body) return DocSource{s.canonical, s.kind};
      }
      // ("the Electoral Commission's provisional tally" after "the Vanuatu Electoral Commission": the body the
      // article named itself, when its name holds this one; not "the election commission" named before "the
      // Central Election Commission")
      // (an acronym, "TSE", is the body the article named, whatever its name)
      std::string as_written = strip_possessive(d.slice(d.is_word(m.first, "the") ? m.first + 1 : m.first, m.name_last));
      bool acronym = m.name_last == m.first + 1 && d.tok(m.first).upper;
      std::string written = detail::lower_ascii(as_written);
      for (const auto& named : d.sources) {
        if (named.kind == SourceKind::electoral_body && (acronym || detail::lower_ascii(named.canonical).find(written) != std::string::npos))
          return named;
      }
      // the name as written, kept as a body the article named ("the commission's figures" after it are its)
      return d.sources[static_cast<std::size_t>(add_source(d, as_written, best->kind))];
    }
    return DocSource{strip_possessive(d.slice(m.first, m.name_last)), best->kind};
  }
  // A generic body ("the Commission", "the election commission") is the body the article named itself ("The
  // Elections and Boundaries Commission (EBC) ..."), else the country's own when the table has one.
  if (best->country == "*" && best->kind == SourceKind::electoral_body) {
    for (const auto& named : d.sources) {
      if (named.kind == SourceKind::electoral_body) return named;
    }
  }
  if (best->country == "*" && best->kind == SourceKind::electoral_body && !d.country.empty()) {
    for (const auto& s : d.lex.tables.sources) {
      if (s.country == d.country && s.kind == SourceKind::electoral_body) return DocSource{s.canonical, s.kind};
    }
  }
  return DocSource{best->canonical, best->kind};
}

std::string chamber_of(Doc& d, const Mention& m) {
  const ChamberEntry* best = nullptr;
  for (const AliasEntry* e : m.entries) {
    if (e->kind != EntityKind::chamber) continue;
    const ChamberEntry& c = d.lex.tables.chambers[static_cast<std::size_t>(e->index)];
    // the article's country's own chamber first, then one of any country ("lower house"), then another's
    auto rank = [&](const ChamberEntry& x) { return x.country == d.country ? 2 : x.country == "*" ? 1 : 0; };
    if (!best || rank(c) > rank(*best)) best = &c;
  }
  if (!best) return m.local_chamber;
  // "the upper house", "the lower chamber": the country's second national chamber, or its first
  if (best->country == "*") {
    bool upper = best->canonical == "Upper house";
    int nth = 0;
    for (const auto& c : d.lex.tables.chambers) {
      if (c.country != d.country || !c.national) continue;
      if (nth++ == (upper ? 1 : 0)) return c.canonical;
    }
    return best->canonical;
  }
  // another country's chamber name ("National Assembly" in a Bangladeshi article): the country's own chamber
  // by that name ("National Assembly (ZM)" in a Zambian one), else the name as written
  if (best->country != d.country) {
    // (a region's chamber has a name of its own: "PARLIAMENT OF CATALONIA" is the Parliament of Catalonia in an
    // article the country of which was read otherwise)
    if (!best->national) return best->canonical;
    std::string written(d.slice(m.first, m.name_last));
    if (auto known = d.written_chambers.find(written); known != d.written_chambers.end()) return known->second;
    std::string& answer = d.written_chambers[written];
    std::string own = d.country.empty() ? std::string() : canonical_chamber(d.lex.tables, written, d.country);
    for (const auto& c : d.lex.tables.chambers)
      if (c.country == d.country && c.canonical == own) return answer = own;
    return answer = written;
  }
  return best->canonical;
}

/// A party named in full before (or after) the article defines its acronym is one party: the acronym.
void unify_defined_names(Doc& d) {
  for (auto& p : d.parties) {
    auto it = d.defined_names.find(p.canonical);
    if (it != d.defined_names.end()) p.canonical = it->second;
  }
  // re-index by the names as they now read
  d.party_index.clear();
  d.suffix_index.clear();
  for (std::size_t i = 0; i < d.parties.size(); ++i) {
    d.party_index.try_emplace(d.parties[i].canonical, static_cast<int>(i));
    if (d.parties[i].country.empty()) d.party_index.try_emplace(local_key(d.parties[i].canonical), static_cast<int>(i));
    index_suffixes(d, static_cast<int>(i), d.parties[i].canonical, d.parties[i].country);
  }
}

bool is_independents(Doc& d, const Mention& m) {
  return std::any_of(m.entries.begin(), m.entries.end(), [&](const AliasEntry* e) {
    return e->kind == EntityKind::party && d.lex.tables.parties[static_cast<std::size_t>(e->index)].canonical == "Independents";
  });
}

/// The canonical name of the group of other parties in the tables ("Others").
std::string others_name(Doc& d) {
  for (const auto& p : d.lex.tables.parties) {
    if (p.country == "*" && p.canonical != "Independents") return p.canonical;
  }
  return "Others";
}

/// "the ruling party" -> "ruling"; "the party", "the largest party" -> empty.
std::string_view label_of_anaphor(Doc& d, const Mention& m) {
  if (m.name_last != m.first + 3) return {};
  return role_word(d.norm(m.first + 1));
}

/// The role a descriptive party word names: "ruling" (also governing, incumbent) or "opposition"; empty for
/// any other word.
std::string_view role_word(std::string_view w) {
  if (w == "ruling" || w == "governing" || w == "incumbent") return "ruling";
  if (w == "opposition") return "opposition";
  return {};
}

/// "the ruling Awami League", "the main opposition BNP", "the opposition Jatiya Party": records the party
/// each role names, for "the ruling party" later in the article. One look at each mention of the sentence.
void record_labels(Doc& d, const std::vector<const Mention*>& ms) {
  for (auto* m : ms) {
    if (m->anaphor || !m->person.empty() || m->first == 0 || !d.has_kind(*m, EntityKind::party)) continue;
    std::string_view role = role_word(d.norm(m->first - 1));
    if (role.empty() || d.tok(m->first - 1).cap) continue;
    int p = party_of(d, *m);
    if (p < 0) continue;
    auto [it, inserted] = d.labels.try_emplace(std::string(role), p);
    if (!inserted && it->second != p) it->second = p;  // the latest label wins ("the new ruling party")
    d.party_labels.insert(p);
  }
}

std::string regional_chamber(Doc& d, std::string_view place) {
  // (asked of many a headline word and heading: a place whose first word opens no chamber's alias is none, and
  // an answer is kept for the article)
  if (auto known = d.regional_chambers.find(std::string(place)); known != d.regional_chambers.end()) return known->second;
  std::string& answer = d.regional_chambers[std::string(place)];
  Tokens words = detail::tokenize(place);
  if (words.items.empty()) return answer;
  // (only a place whose first word opens an alias of one of the country's regional chambers can be one)
  auto first = d.lex.regional_first_words.find(std::string(words.norm(0)));
  if (first == d.lex.regional_first_words.end() ||
      std::find(first->second.begin(), first->second.end(), d.country) == first->second.end())
    return answer;
  static constexpr std::string_view suffixes[] = {" Provincial Legislature", " Legislature", " Assembly",
                                                  " Provincial Parliament", " Legislative Assembly", " State Assembly",
                                                  " Provincial Assembly"};
  for (std::string_view suffix : suffixes) {
    std::string name = std::string(place) + std::string(suffix);
    Tokens t = detail::tokenize(name);
    AliasMatch m = d.lex.match(t, 0, t.items.size());
    if (m.length != t.items.size()) continue;
    for (const AliasEntry* e : m.entries) {
      if (e->kind != EntityKind::chamber) continue;
      const ChamberEntry& c = d.lex.tables.chambers[static_cast<std::size_t>(e->index)];
      if (c.country == d.country && !c.national) return answer = c.canonical;
    }
  }
  return answer;
}

}  // namespace tally::extract
