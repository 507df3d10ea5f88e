// Stage: finds the parties, sources and chambers a text mentions and ties people to parties.
#include "extract/mentions.h"

#include "extract/entities.h"
#include "extract/names.h"

namespace tally::extract {

namespace {

/// The end of a list line's name ("* Podemos Perú – 5") that starts at i with a name of the tables `known`
/// words long and runs on in capitalised words the tables do not know, up to the dash or colon before the
/// line's count; 0 when it does not.
std::size_t list_name_runs_on(Doc& d, std::size_t si, std::size_t i, std::size_t limit, std::size_t known) {
  if (d.block_of(si).kind != BlockKind::item) return 0;
  std::size_t first = d.tokens.sentences[si].first;
  while (first < i && d.tok(first).kind == TokKind::punct) ++first;
  if (first != i) return 0;
  std::size_t end = i + capitalised_run(d, i, limit);
  if (end <= i + known || end + 1 >= limit) return 0;
  bool separated = (d.tok(end).kind == TokKind::punct && (d.tok(end).punct == '-' || d.tok(end).punct == ':') &&
                    d.tok(end + 1).kind == TokKind::number);
  if (!separated) return 0;
  static constexpr std::string_view not_names[] = {"total", "seats", "seat", "won", "leading", "leads", "elected", "and"};
  for (std::size_t j = i + known; j < end; ++j) {
    if (detail::in(not_names, d.norm(j)) || d.tok(j).possessive || d.lex.match(d.tokens, j, limit).length > 0) return 0;
  }
  return end;
}

/// First words of councils that are no chamber of elected members ("Security Council", "Electoral Council").
constexpr std::string_view kNotCouncils[] = {"security", "electoral", "election", "elections", "national",
                                             "supreme", "european", "constitutional", "state", "privy",
                                             "executive", "federal", "high", "judicial", "research", "arts",
                                             "medical", "british", "world", "economic", "military", "guardian"};


/// True when a verb of holding seats and a count follow token k: "had won only eight", "won 18 of 42",
/// "finished with 202", "took 89 seats".
bool subject_of_count(Doc& d, std::size_t k, std::size_t limit) {
  static constexpr std::string_view auxiliaries[] = {"had", "has", "have", "also", "only", "just", "then", "still",
                                                     "now", "again", "already"};
  static constexpr std::string_view verbs[] = {"won", "took", "taken", "finished", "ended", "secured", "held", "holds",
                                               "has", "had", "got", "captured", "bagged", "claimed", "returned", "wins"};
  std::size_t j = k;
  while (j < limit && j < k + 3 && detail::in(auxiliaries, d.norm(j)) && !(j + 1 < limit && d.tok(j + 1).kind == TokKind::number)) ++j;
  if (j >= limit || !detail::in(verbs, d.norm(j))) return false;
  for (std::size_t n = j + 1; n < limit && n < j + 5; ++n) {
    long value = 0;
    if (d.tok(n).kind == TokKind::number || detail::number_words(d.tokens, n, limit, value) > 0) return true;
    if (d.tok(n).kind == TokKind::punct) break;
  }
  return false;
}

/// "the Democratic Alliance of Korea": a party name of one country followed by "of" and another country is
/// another party's name.
bool foreign_of_country(Doc& d, const AliasMatch& table, std::size_t end, std::size_t limit) {
  if (end + 1 >= limit || !d.is_word(end, "of") || !d.tok(end + 1).cap) return false;
  static const std::unordered_map<std::string_view, std::string_view> countries(std::begin(detail::kCountryNameList),
                                                                              std::end(detail::kCountryNameList));
  auto it = countries.find(d.norm(end + 1));
  if (it == countries.end()) return false;
  for (const AliasEntry* e : table.entries) {
    if (e->kind != EntityKind::party) return false;
    const auto& party = d.lex.tables.parties[static_cast<std::size_t>(e->index)];
    if (party.country == it->second || party.country == "*") return false;
  }
  return true;
}


/// "the party position on 270 of the 272 seats", "the party list", "the party-wise tally": "party" as the
/// first word of a compound noun, not a party the article was talking about. k: the word after "party".
bool party_compound(const Doc& d, std::size_t k, std::size_t limit) {
  static constexpr std::string_view nouns[] = {"position", "positions", "standing", "standings", "list", "lists",
                                               "leader", "leaders", "leadership", "chief", "system", "symbol",
                                               "ticket", "tickets", "wise", "affiliation", "affiliations", "line",
                                               "lines", "headquarters", "office", "vote", "votes", "lists'"};
  return k < limit && d.tok(k).kind == TokKind::word && detail::in(nouns, d.norm(k));
}

/// "People's Party", "Nation's Future Party", "Workers' Party": a possessive of a common noun is part of a
/// party's name, not its owner's ("Shinde's Shiv Sena").
bool common_owner(const Doc& d, std::size_t j) {
  static constexpr std::string_view nouns[] = {"people", "nation", "workers", "farmers", "women", "citizens",
                                               "voters", "peasants", "youth", "patriots", "toilers", "labourers"};
  return detail::in(nouns, d.norm(j));
}

/// True when acronym is made of the words' initials, each word's initial possibly followed by more of its
/// letters in order ("Rastriya Janamorcha" = RJM, "Janamorcha" giving J and M): the words of compound
/// names are abbreviated by their parts. Connectors ("the", "of", "and") may give no letter.
bool acronym_of_parts(const std::vector<std::string_view>& words, std::size_t w, std::string_view acronym) {
  if (w == words.size()) return acronym.empty();
  std::string_view word = words[w];
  bool connector = word == "the" || word == "of" || word == "and";
  if (connector && acronym_of_parts(words, w + 1, acronym)) return true;
  if (acronym.empty() || word.empty() || word.front() != acronym.front()) return false;
  // the initial, then k more letters of the acronym found in order in the rest of the word
  std::size_t at = 1;
  for (std::size_t k = 1;; ++k) {
    if (acronym_of_parts(words, w + 1, acronym.substr(k))) return true;
    if (k >= acronym.size()) return false;
    at = word.find(acronym[k], at);
    if (at == std::string_view::npos) return false;
    ++at;
  }
}

}  // namespace

void find_mentions(Doc& d) {
  const std::size_t n = d.tokens.items.size();
  for (std::size_t k = 0; k < n && !d.doc_counts_seats; ++k) {
    d.doc_counts_seats = (d.tok(k).kind == TokKind::number || d.tok(k).kind == TokKind::word) &&
                        detail::in_set<detail::kSeatNounList>(d.norm(k)) && k > 0 &&
                        (d.tok(k - 1).kind == TokKind::number || !d.tok(k - 1).cap);
  }
  for (std::size_t si = 0; si < d.tokens.sentences.size(); ++si) {
    if (d.skipped(si)) continue;  // page furniture names nothing the article reports
    const auto& sentence = d.tokens.sentences[si];
    std::size_t limit = sentence.last;
    std::size_t i = sentence.first;
    while (i < limit) {
      const Token& t = d.tok(i);
      if (t.kind == TokKind::punct) {
        ++i;
        continue;
      }
      Mention m;
      m.first = i;
      const LocalAlias* local = nullptr;
      std::size_t local_len = match_local(d, i, limit, local);
      AliasMatch table = d.lex.match(d.tokens, i, limit);
      if (table.length > 0 && foreign_of_country(d, table, i + table.length, limit)) table = {};
      // "ACT-CIS": a word glued by a hyphen to the one before is part of that name, no name of its own
      // (not "Khan-backed candidates": a lower-case word after the hyphen)
      if (table.length > 0 && i > sentence.first && t.hyphen_before && !t.space_before && t.cap &&
          d.tok(i - 1).kind == TokKind::word && d.tok(i - 1).cap)
        table = {};
      if (local_len > 0 && local_len >= table.length) {
        m.name_last = i + local_len;
        m.local_party = local->party;
        m.local_source = local->source;
        m.entries = local->entries;
      } else if (table.length > 0 && embedded_name(d, i, sentence.first, table)) {
        ++i;  // "Electoral Commission" inside "Independent National Electoral Commission": not that body
        continue;
      } else if (table.length > 0 && list_name_runs_on(d, si, i, limit, table.length) > 0) {
        // "* Podemos Perú – 5", "▪ Coalition for Change – 19": a list line's name that runs on past the name the
        // tables know is a name of its own
        std::size_t end = list_name_runs_on(d, si, i, limit, table.length);
        m.name_last = end;
        m.local_party = add_party(d, std::string(d.slice(i, end)), "");
      } else if (std::size_t run = std::max(country_body_run(d, i, limit, table), generic_body_run(d, i, limit, table));
                 run > 0) {
        // "the Vanuatu Electoral Commission", "the Solomon Islands Electoral Commission (SIEC)": a country's name
        // before a generic body's is that country's body, named as written (the tables' own name when they know it)
        // "the Electoral Commission for Sierra Leone (ECSL)", "the Election Commission of Bhutan": a generic
        // body's name that runs on is the body's own name, as written (the country's body when the tables
        // know it); an acronym after it is defined for it below, as for any name
        m.name_last = i + run;
        std::size_t from = d.is_word(i, "the") ? i + 1 : i;
        m.local_source = add_source(d, std::string(d.slice(from, i + run)), SourceKind::electoral_body);
      } else if (table.length > 0) {
        m.name_last = i + table.length;
        // "the Jatiya Samajtantrik Dal-JSD": the name with its own acronym glued on is one name
        if (std::size_t g = m.name_last; g < limit && d.tok(g).hyphen_before && d.tok(g).upper && d.tok(g).kind == TokKind::word) {
          AliasMatch glued = d.lex.match(d.tokens, g, limit);
          bool same = glued.length == 1 && std::any_of(glued.entries.begin(), glued.entries.end(), [&](const AliasEntry* e) {
                        return std::any_of(table.entries.begin(), table.entries.end(), [&](const AliasEntry* te) {
                          return te->kind == e->kind && te->index == e->index;
                        });
                      });
          if (same) m.name_last = g + 1;
        }
        // "ACT-CIS": a capitalised word glued on by a hyphen (not the same party's acronym) makes another name,
        // the compound as written
        if (std::size_t g = m.name_last; m.name_last == i + table.length && g < limit && d.tok(g).hyphen_before &&
                                          !d.tok(g).space_before && d.tok(g).cap && d.tok(g).kind == TokKind::word &&
                                          names_party(table)) {
          std::size_t end = g + 1;
          while (end < limit && d.tok(end).hyphen_before && !d.tok(end).space_before && d.tok(end).cap &&
                 d.tok(end).kind == TokKind::word)
            ++end;
          m.name_last = end;
          m.local_party = add_party(d, std::string(d.slice(i, end)), "");
          d.mentions.push_back(m);
          i = end;
          continue;
        }
        m.entries = table.entries;
      } else if (t.norm_len == 11 && d.norm(i) == "independent" && !t.possessive && i + 1 < limit &&
                 (d.tok(i + 1).kind == TokKind::number ||
                  ((d.is_punct(i + 1, ':') || d.is_punct(i + 1, '-')) && i + 2 < limit && d.tok(i + 2).kind == TokKind::number))) {
        // "NPP 137, NDC 137, independent 1", "Independent – 1": the one independent in a row of counts
        m.name_last = i + 1;
        m.local_party = add_party(d, "Independents", "");
      } else if (t.possessive && t.kind == TokKind::word && !t.upper &&
                 (d.is_word(i + 1, "party") || d.is_word(i + 1, "alliance") || d.is_word(i + 1, "bloc")) &&
                   !d.tok(i + 1).cap &&  // "Khan's party", not "Farmers' Party"
                 (t.cap ? !country_word(d.norm(i)) && !detail::in_set<detail::kMonthList>(d.norm(i))
                        : is_title(d.norm(i)) && i > sentence.first &&
                              (d.is_word(i - 1, "the") || (i > sentence.first + 1 && d.is_word(i - 2, "the"))))) {
        // "Khan's party", "the prime minister's party": the party of the person (or the office holder) named
        // with one anywhere in the article; resolved once every sentence has been read
        m.first = !t.cap && d.is_word(i - 1, "the") ? i - 1 : !t.cap ? i - 2 : i;
        // "backed by Imran Khan's party": the whole name, so that the words before it are seen
        while (t.cap && m.first > sentence.first && d.tok(m.first - 1).kind == TokKind::word && d.tok(m.first - 1).cap &&
               !d.tok(m.first - 1).possessive && i - m.first < 3 &&
               (d.mentions.empty() || d.mentions.back().last <= m.first - 1))
          --m.first;
        m.name_last = i + 2;
        m.person = std::string(d.norm(i));
      } else if (d.norm(i) == "the" && d.is_word(i + 1, "party") && d.is_word(i + 2, "of") && !d.tok(i + 1).cap &&
                 person_after_of(d, i + 3, limit) > 0) {
        // "the party of jailed former prime minister Nawaz Sharif": the party of a person
        std::size_t end = person_after_of(d, i + 3, limit);
        m.name_last = end;
        m.person = std::string(d.norm(end - 1));
      } else if ((d.norm(i) == "its" || d.norm(i) == "their") && i + 1 < limit &&
                 (d.is_word(i + 1, "tally") || d.is_word(i + 1, "total") || d.is_word(i + 1, "haul") ||
                  // "Its 47 elected seats": a count of the party's own
                  (d.tok(i + 1).kind == TokKind::number && i + 2 < limit) ||
                  (d.is_word(i + 1, "seat") && (d.is_word(i + 2, "tally") || d.is_word(i + 2, "count") || d.is_word(i + 2, "total"))))) {
        // "Its tally fell to nine", "its tally stands at 191": the party the article was just talking about
        // (or the one named earlier in this sentence)
        m.name_last = i + 1;
        m.anaphor = true;
        // (the party named last, unless it is named in an aside after the subject: "The Congress, a member of
        // the INDIA bloc, has doubled its tally")
        for (std::size_t j = d.mentions.size(); j-- > 0 && d.mentions[j].first >= sentence.first;) {
          if (!d.has_kind(d.mentions[j], EntityKind::party) || d.mentions[j].anaphor) continue;
          m.apposition = static_cast<int>(j);
          // ("a member of the opposition INDIA bloc": "of" after a lower-case noun, a few words before it)
          bool aside = false;
          for (std::size_t b = d.mentions[j].first; b > sentence.first + 1 && b + 4 > d.mentions[j].first;) {
            --b;
            if (d.is_word(b, "of") && d.tok(b - 1).kind == TokKind::word && !d.tok(b - 1).cap) aside = true;
            if (d.tok(b).kind == TokKind::punct) break;
          }
          if (!aside) break;
        }
      } else if (d.norm(i) == "it" && i + 1 < limit && subject_of_count(d, i + 1, limit)) {
        // "in June 2017 it had won only eight", "In West Bengal it won 18 of 42": the party the sentence (or
        // the article just before it) is about
        m.name_last = i + 1;
        m.anaphor = true;
        for (std::size_t j = d.mentions.size(); j-- > 0 && d.mentions[j].first >= sentence.first;) {
          if (d.has_kind(d.mentions[j], EntityKind::party) && !d.mentions[j].anaphor) m.apposition = static_cast<int>(j);
        }
      } else if (d.norm(i) == "the" && i + 1 < limit && d.tok(i + 1).kind == TokKind::word && !d.tok(i + 1).cap &&
                 (d.norm(i + 1) == "party" ||
                  (i + 2 < limit && d.norm(i + 2) == "party" && !d.tok(i + 2).cap && d.tok(i + 1).kind == TokKind::word &&
                   (d.norm(i + 1) == "ruling" || d.norm(i + 1) == "governing" || d.norm(i + 1) == "saffron" ||
                    d.norm(i + 1) == "nationalist" || d.norm(i + 1) == "centrist" || d.norm(i + 1) == "opposition" ||
                    d.norm(i + 1) == "incumbent" || d.norm(i + 1) == "main" || d.norm(i + 1) == "largest"))) &&
                 !(i + 3 < limit && (d.is_word(i + 2, "of") || d.is_word(i + 3, "of")) && d.tok(std::min(limit - 1, i + 3)).cap) &&
                 !party_compound(d, d.norm(i + 1) == "party" ? i + 2 : i + 3, limit)) {
        // "the party", "the ruling party" (not "the party of Nawaz Sharif")
        m.name_last = d.norm(i + 1) == "party" ? i + 2 : i + 3;
        m.anaphor = true;
        if (i > 0 && d.is_punct(i - 1, ',') && !d.mentions.empty() && d.mentions.back().last == i - 1 &&
            !d.mentions.back().anaphor)
          m.apposition = static_cast<int>(d.mentions.size() - 1);
        // "the KMT became the largest party with 52", "the Social Democrats remain by far the largest
        // party": after a copula the noun phrase restates the subject named just before
        std::size_t c = i;
        while (c > sentence.first + 1 && c + 4 > i &&
               (d.is_word(c - 1, "by") || d.is_word(c - 1, "far") || d.is_word(c - 1, "still") || d.is_word(c - 1, "again") ||
                d.is_word(c - 1, "once") || d.is_word(c - 1, "now") || d.is_word(c - 1, "clearly") || d.is_word(c - 1, "easily")))
          --c;
        if (m.apposition < 0 && c > sentence.first && !d.mentions.empty() && d.mentions.back().first >= sentence.first &&
            !d.mentions.back().anaphor && d.mentions.back().last + 8 >= c &&
            (d.is_word(c - 1, "became") || d.is_word(c - 1, "becomes") || d.is_word(c - 1, "become") ||
             d.is_word(c - 1, "remain") || d.is_word(c - 1, "remains") || d.is_word(c - 1, "remained") ||
             d.is_word(c - 1, "is") || d.is_word(c - 1, "was") || d.is_word(c - 1, "stays") || d.is_word(c - 1, "stayed") ||
             (d.is_word(c - 1, "as") && c > sentence.first + 1 && (d.is_word(c - 2, "emerged") || d.is_word(c - 2, "emerges") ||
                                                                 d.is_word(c - 2, "finished") || d.is_word(c - 2, "ended")))))
          m.apposition = static_cast<int>(d.mentions.size() - 1);
      } else if (d.norm(i) == "the") {
        ++i;
        continue;
      } else if (t.cap && t.kind == TokKind::word && t.hyphen_before && i > sentence.first &&
                 d.tok(i - 1).kind == TokKind::word && !d.tok(i - 1).cap) {
        ++i;  // "pro-Kurdish", "anti-Europe": a prefixed adjective does not start a name
        continue;
      } else if (t.cap && t.kind == TokKind::word) {
        std::size_t len = capitalised_run(d, i, limit);
        std::size_t start = i;
        // "For the Unity Party, ...", "In the Punjab Assembly", "In Punjab Assembly": a capitalised preposition
        // opening a sentence (or a live-blog entry) is no part of the name after it
        static constexpr std::string_view openers[] = {"for", "in", "at", "with", "by", "from", "on", "after",
                                                       "before", "under", "as", "to", "and", "but", "like"};
        std::string_view run_last = d.norm(i + len - 1);
        if (len > 1 && detail::in(openers, d.norm(i)) &&
            (d.is_word(i + 1, "the") || d.lex.match(d.tokens, i + 1, limit).length > 0 || run_last == "council" ||
             run_last == "assembly" || run_last == "legislature" || run_last == "parliament")) {
          ++i;
          continue;
        }
        static constexpr std::string_view election_words[] = {
            "election", "elections", "poll", "polls", "result", "results", "bypoll", "bypolls", "vote",
            "count", "counting", "live", "updates", "highlights", "race", "battle", "verdict"};
        // "Results of the Sindh Assembly", "Election Results for the Delhi Assembly": the heading's election
        // words and their preposition are no part of the name after them
        if (len > 2 && detail::in(election_words, d.norm(i))) {
          std::size_t j = i + 1;
          while (j < i + len && detail::in(election_words, d.norm(j))) ++j;
          if (j + 1 < i + len && (d.is_word(j, "of") || d.is_word(j, "for") || d.is_word(j, "in"))) {
            i = j + 1;
            continue;
          }
        }
        // ("Its Grand Alliance secured 287 seats": a possessive pronoun opening a sentence is no part of a name;
        // "our" is: "Our Homeland", "OUR Party")
        if (len > 1 && (d.is_word(start, "the") || d.is_word(start, "its") || d.is_word(start, "their") ||
                        d.is_word(start, "his") || d.is_word(start, "her"))) {
          ++start;
          --len;
        }
        std::size_t end = start + len;
        // "Maharashtra Assembly Election Results", "Delhi Assembly Polls": the chamber ends before the
        // election words of a title-case heading
        for (std::size_t j = start + 1; j + 1 < end; ++j) {
          std::string_view w = d.norm(j);
          if (w != "assembly" && w != "legislature" && w != "parliament" && w != "sabha" && w != "senate") continue;
          bool rest = true;
          for (std::size_t r = j + 1; r < end && rest; ++r) rest = detail::in(election_words, d.norm(r));
          if (rest) {
            end = j + 1;
            len = end - start;
            break;
          }
        }
        std::string_view last_word = len ? d.norm(end - 1) : std::string_view();
        std::size_t acr_end = 0;
        bool defines = len >= 2 && d.is_punct(end, '(') && acronym_at(d, end + 1, limit, acr_end);
        bool party_like = len >= 2 && detail::in_set<detail::kPartyKeywordList>(last_word);
        // "Constitutional Democratic Party of Japan": a party word followed by "of" and a place
        for (std::size_t j = start + 1; j + 2 <= end && !party_like && len >= 3; ++j) {
          if (d.is_word(j, "of") && detail::in_set<detail::kPartyKeywordList>(d.norm(j - 1)) && end - j <= 3 &&
              country_word(d.norm(end - 1)))
            party_like = true;
        }
        // "the Mahayuti alliance": a capitalised name with a lower-case group word after it
        SourceKind kind = source_kind_of(d, start, end);
        // "Coalition for Democratic Change (CDC)": an observers' word in a name with nothing of elections or
        // of watching in it is a party's name ("Coalition for Free and Fair Elections" watches)
        if (kind == SourceKind::observer) {
          bool watches = false;
          for (std::size_t j = start; j < end && !watches; ++j) {
            std::string_view w = d.norm(j);
            watches = w == "election" || w == "elections" || w == "electoral" || w == "observation" || w == "observer" ||
                      w == "observers" || w == "monitoring" || w == "monitor" || w == "monitors" || w == "watch" ||
                      w == "vote" || w == "votes" || w == "voting" || w == "democracy" || w == "civil";
          }
          if (!watches) {
            kind = SourceKind::unknown;
            if (defines) party_like = true;
          }
        }
        // "the Electoral Service (Servel)", "the Commission on Elections (Comelec)": a body's short name
        if (!defines && len >= 2 && kind != SourceKind::unknown && d.is_punct(end, '(') &&
            short_name_at(d, end + 1, limit, acr_end))
          defines = true;
        if (kind == SourceKind::electoral_body) party_like = false;  // "Supreme Election Council"
        bool lower_keyword = false;
        static constexpr std::string_view determiners[] = {"its", "their", "his", "her", "our", "my", "your", "the",
                                                           "a", "an", "this", "that", "which", "whose", "every",
                                                           "each", "any", "no", "one", "new", "main", "ruling"};
        if (!party_like && len >= 1 && end < limit && d.tok(end).kind == TokKind::word && !d.tok(end).cap &&
            !(len == 1 && detail::in(determiners, d.norm(start))) &&
            !d.tok(end - 1).possessive &&
            // (not "BJP-led alliance"; but "Centre-right alliance", "Centre-left coalition" name a bloc)
            (!d.tok(end - 1).hyphen_before || d.is_word(end - 1, "right") || d.is_word(end - 1, "left")) &&
            (d.norm(end) == "alliance" || d.norm(end) == "bloc" || d.norm(end) == "coalition" || d.norm(end) == "front" ||
             d.norm(end) == "party") && !d.is_punct(end + 1, '(') &&
            // ("Final party-wise tally": the group word opens a compound)
            !(end + 1 < limit && d.tok(end + 1).hyphen_before && !d.tok(end + 1).space_before)) {
          party_like = true;
          lower_keyword = true;
        }
        // "Maha Vikas Aghadi (MVA)": a definition whose letters are the name's initials
        if (!party_like && defines && kind == SourceKind::unknown) {
          std::string initials, with_connectors, acronym;
          bool keyword_inside = false;
          for (std::size_t j = start; j < end; ++j) {
            if (d.tok(j).cap) initials += d.norm(j).front();
            if (d.norm(j) != "the" && d.norm(j) != "of" && d.norm(j) != "and") with_connectors += d.norm(j).front();
            keyword_inside |= detail::in_set<detail::kPartyKeywordList>(d.norm(j));
          }
          for (std::size_t j = end + 1; j + 1 < acr_end; ++j) acronym += d.norm(j);
          std::vector<std::string_view> words;
          for (std::size_t j = start; j < end; ++j) words.push_back(d.norm(j));
          // (not a chamber's name: "the Municipal Corporation of Delhi (MCD)", "the Legislative Council (LegCo)")
          bool chamber_noun = false;
          for (std::string_view w : words)
            chamber_noun |= w == "corporation" || w == "assembly" || w == "legislature" || w == "parliament" ||
                            w == "senate" || w == "municipality" || w == "chamber" || (w == "council" && !keyword_inside);
          party_like = (initials == acronym || with_connectors == acronym || keyword_inside ||
                        (acronym.size() <= 6 && words.size() <= 6 && acronym_of_parts(words, 0, acronym))) &&
                       !chamber_noun && d.lex.match(d.tokens, start, limit).length == 0;
        }
        std::vector<const AliasEntry*> run_inner;
        if (defines) {
          // "Prime Minister Shigeru Ishiba's Liberal Democratic Party (LDP)": the name starts after the owner
          for (std::size_t j = start; j + 1 < end; ++j) {
            if (d.tok(j).possessive && !common_owner(d, j) && j + 2 <= end) start = j + 1;
          }
          len = end - start;
        }
        // a run that contains a name the tables know, or a possessive ("Shinde's Shiv Sena"), is not one name
        for (std::size_t j = start; j < end && (party_like || defines); ++j) {
          const LocalAlias* ignored = nullptr;
          AliasMatch inner_match = j > start ? d.lex.match(d.tokens, j, limit) : AliasMatch{};
          std::size_t inner = inner_match.length;
          bool party_inside = false;
          for (auto* e : inner_match.entries) party_inside |= e->kind == EntityKind::party;
          bool reaches_end = inner > 0 && j + inner == end && party_inside;  // "Nepali Congress", "Scottish Greens"
          if (reaches_end && !party_like && !defines) party_like = true;
          if (reaches_end) run_inner = inner_match.entries;
          if ((inner > 0 && !reaches_end) || match_local(d, j, limit, ignored) > 0 ||
              (d.tok(j).possessive && !(common_owner(d, j) && j <= start + 1) && j + 1 < end && !defines)) {
            party_like = false;
            defines = false;
          }
        }
        bool inner_known = false;
        for (std::size_t j = start + 1; j < end; ++j) {
          AliasMatch inner = d.lex.match(d.tokens, j, limit);
          bool names_party = std::any_of(inner.entries.begin(), inner.entries.end(),
                                         [](const AliasEntry* e) { return e->kind == EntityKind::party; });
          inner_known |= (inner.length > 0 && names_party) || d.tok(j - 1).possessive;
        }
        // "Thuringia state parliament", "Medway Council", "the Tshwane city council": a place and a chamber
        // word the tables do not know, when the place is not a party's or a body's name
        bool local_council = false;
        if (last_word == "council" && len >= 2 && len <= 4 && !defines && kind == SourceKind::unknown &&
            !detail::in(kNotCouncils, d.norm(start)))
          party_like = false;  // ("council" is also a party word: "Kent County Council" is a council)
        if (!party_like && !inner_known && kind == SourceKind::unknown && len >= 1 && !d.tok(end - 1).possessive) {
          std::size_t k = end;
          static constexpr std::string_view levels[] = {"state", "city", "county", "provincial", "regional",
                                                        "municipal", "district", "borough", "metropolitan"};
          static constexpr std::string_view bodies[] = {"parliament", "assembly", "legislature", "council"};
          if (k + 1 < limit && detail::in(levels, d.norm(k)) && !d.tok(k).cap && detail::in(bodies, d.norm(k + 1))) {
            end = k + 2;
            local_council = true;
          } else if (len >= 2 && last_word == "council" && !detail::in(kNotCouncils, d.norm(start))) {
            local_council = true;
          }
          len = end - start;
        }
        // ("GE15: Hung Parliament as no coalition crosses 112": a state of the chamber, not its name)
        bool state_word = d.is_word(start, "hung") || d.is_word(start, "new") || d.is_word(start, "next") ||
                          d.is_word(start, "outgoing") || d.is_word(start, "divided");
        bool chamber_like = local_council || (len >= 2 && !party_like && !inner_known && !state_word &&
                            (last_word == "assembly" || last_word == "legislature" || last_word == "parliament" ||
                             last_word == "sangsad" || last_word == "senate" || last_word == "sabha" ||
                             last_word == "diet" || last_word == "councillors" || last_word == "representatives" ||
                             last_word == "commons" || last_word == "lords" || last_word == "majlis" ||
                             last_word == "storting" || last_word == "bundestag" || last_word == "duma" ||
                             last_word == "landtag" || last_word == "sejm" || last_word == "knesset" ||
                             // "Parliament of Catalonia", "PARLIAMENT OF MONTENEGRO": the chamber noun first
                             (len >= 3 && len <= 5 && d.is_word(start + 1, "of") &&
                              (d.is_word(start, "parliament") || d.is_word(start, "assembly") ||
                               d.is_word(start, "legislature") || d.is_word(start, "senate"))) ||
                             // "Legislative Assembly of British Columbia", "Regional Council of Sardinia"
                             (len >= 4 && len <= 6 && d.is_word(start + 2, "of") &&
                              (d.is_word(start, "legislative") || d.is_word(start, "regional") ||
                               d.is_word(start, "provincial") || d.is_word(start, "state") || d.is_word(start, "municipal") ||
                               d.is_word(start, "general") || d.is_word(start, "territorial")) &&
                              (d.is_word(start + 1, "assembly") || d.is_word(start + 1, "council") ||
                               d.is_word(start + 1, "parliament") || d.is_word(start + 1, "legislature"))) ||
                             // "Municipal Corporation of Delhi", "Brihanmumbai Municipal Corporation"
                             (len >= 2 && len <= 5 && (last_word == "corporation" || d.is_word(start + 1, "corporation")) &&
                              (d.is_word(start, "municipal") || d.is_word(end - 2, "municipal")))));
        if (chamber_like) {
          m.first = start;
          m.name_last = end;
          m.local_chamber = as_name(d.slice(start, end));
        } else if (party_like) {
          std::string canonical = defines ? std::string(d.slice(end + 1, acr_end - 1)) : std::string(strip_possessive(d.slice(start, end)));
          // ("Centre-right alliance": an orientation is no name without its group word)
          if (lower_keyword && (d.is_word(end - 1, "right") || d.is_word(end - 1, "left")))
            canonical = std::string(d.slice(start, end + 1));
          if (defines) d.defined_names[std::string(d.slice(start, end))] = canonical;
          m.first = start;
          m.name_last = end;
          m.local_party = add_party(d, canonical, "");
          m.entries = run_inner;  // "Scottish Labour": Labour in a British article, its own party elsewhere
          if (lower_keyword) m.name_last = end + 1;
        } else if (defines && kind != SourceKind::unknown) {
          m.first = start;
          m.name_last = end;
          m.local_source = add_source(d, std::string(d.slice(start, end)), kind);
        } else if ((len == 1 || acronym_with_faction(d, start, end)) && unknown_acronym(d, start, limit)) {
          // "the APC won 59 seats", "LDP 191": an acronym the tables do not know, used like a party
          m.first = start;
          m.name_last = end;
          m.local_party = add_party(d, strip_possessive(d.slice(start, end)), "");
        } else if (kind != SourceKind::electoral_body && !inner_known && winner_run(d, start, end, limit)) {
          // "Law and Justice won 194 seats", "Yesh Atid took 24 seats": a name the tables do not know, as
          // the subject of a win with a count of seats
          m.first = start;
          m.name_last = end;
          m.local_party = add_party(d, std::string(d.slice(start, end)), "");
        } else {
          ++i;  // the words of the run may still be names the tables know
          continue;
        }
      } else {
        ++i;
        continue;
      }
      m.last = m.name_last;
      // "Gerindra, the party of Prabowo Subianto, took 86", "PDP-Laban, the former president's party": a
      // person's party in apposition restates the name before it
      if (!m.person.empty() && m.first > sentence.first && d.is_punct(m.first - 1, ',') && !d.mentions.empty() &&
          d.mentions.back().last == m.first - 1 && !d.mentions.back().anaphor && d.mentions.back().person.empty())
        m.apposition = static_cast<int>(d.mentions.size() - 1);
      // "Full Name (ACR)": the acronym is an alias of the same thing in this article.
      std::size_t acr_end = 0;
      if (d.is_punct(m.name_last, '(') &&
          (acronym_at(d, m.name_last + 1, limit, acr_end) ||
           (m.local_source >= 0 && short_name_at(d, m.name_last + 1, limit, acr_end)))) {
        LocalAlias alias;
        for (std::size_t k = m.name_last + 1; k + 1 < acr_end; ++k) alias.tokens.emplace_back(d.norm(k));
        alias.party = m.local_party;
        alias.source = m.local_source;
        alias.entries = m.entries;
        // "the State Election Commission (DIK)", "the Supreme Electoral Tribunal (TSE)": the acronym of a body
        // the tables know names the body as written, as the name itself does (the article's country's body
        // when the tables give the name to it)
        // (only a name of countries' own electoral bodies, not the generic one the article's body stands for)
        bool shared = !m.entries.empty();
        for (const AliasEntry* e : m.entries) {
          const SourceEntry* body =
              e->kind == EntityKind::source ? &d.lex.tables.sources[static_cast<std::size_t>(e->index)] : nullptr;
          shared &= body && body->country != "*" && body->kind == SourceKind::electoral_body;
        }
        if (alias.source < 0 && alias.party < 0 && shared && m.person.empty() && !m.anaphor) {
          std::size_t from = d.is_word(m.first, "the") ? m.first + 1 : m.first;
          alias.source = add_source(d, strip_possessive(d.slice(from, m.name_last)), SourceKind::electoral_body);
        }
        const LocalAlias* existing = nullptr;
        if (match_local(d, m.name_last + 1, acr_end - 1, existing) != alias.tokens.size()) {
          d.local_by_first[alias.tokens.front()].push_back(d.local.size());
          d.local.push_back(alias);
        }
        m.last = acr_end;
      } else if (d.is_punct(m.name_last, '(') && m.name_last + 2 < limit && d.has_kind(m, EntityKind::party)) {
        // "Janata Dal (Secular)", "Apna Dal (Soneylal)": capitalised words in brackets (no acronym) name a
        // party of their own
        std::size_t k = m.name_last + 1;
        while (k < limit && k < m.name_last + 4 && d.tok(k).kind == TokKind::word && d.tok(k).cap && !d.tok(k).upper) ++k;
        if (k > m.name_last + 1 && d.is_punct(k, ')')) {
          // "National Regeneration Movement (Morena)", "Our Homeland (Mi Hazánk)": the bracket is another
          // name of the same party (a gloss), not a qualifier
          AliasMatch inner = d.lex.match(d.tokens, m.name_last + 1, k);
          bool gloss = inner.length == k - (m.name_last + 1) &&
                       std::any_of(inner.entries.begin(), inner.entries.end(), [&](const AliasEntry* e) {
                         return e->kind == EntityKind::party &&
                                std::any_of(m.entries.begin(), m.entries.end(), [&](const AliasEntry* f) {
                                  return f->kind == EntityKind::party && f->index == e->index;
                                });
                       });
          // "PP (Progressistas)": a short name the tables give another country's party, glossed with a name
          // they know: the glossed party is a candidate too (the article's country decides)
          bool other_gloss = !gloss && m.local_party < 0 && inner.length == k - (m.name_last + 1) &&
                             std::any_of(inner.entries.begin(), inner.entries.end(),
                                         [](const AliasEntry* e) { return e->kind == EntityKind::party; });
          if (other_gloss) {
            for (const AliasEntry* e : inner.entries)
              if (e->kind == EntityKind::party) m.entries.push_back(e);
          }
          if (gloss || other_gloss) {
            m.last = k + 1;
          } else {
            m.name_last = m.last = k + 1;
            m.qualified = true;
          }
        }
      }
      d.mentions.push_back(m);
      i = m.last;
    }
    link_people(d, sentence);
  }
  (void)n;
}

/// Ties the people named in a sentence to its party when the sentence says so ("Khan ... his PTI",
/// "PTI leader Khan", "Khan's PTI").
void link_people(Doc& d, const detail::Sentence& sentence) {
  int party = -1;
  bool linked = false;
  // d.mentions is sorted by position: only this sentence's are looked at
  auto from = std::lower_bound(d.mentions.begin(), d.mentions.end(), sentence.first,
                               [](const Mention& m, std::size_t first) { return m.first < first; });
  auto to = from;
  while (to != d.mentions.end() && to->first < sentence.last) ++to;
  for (auto it = from; it != to; ++it) {
    Mention& m = *it;
    int p = party_of(d, m);
    if (p < 0 || party >= 0) continue;
    party = p;
    std::size_t before = m.first;
    if (before > sentence.first) {
      std::string_view w = d.norm(before - 1);
      linked |= w == "his" || w == "her" || d.tok(before - 1).possessive;
    }
    std::size_t after = m.last;
    if (after < sentence.last) {
      std::string_view w = d.norm(after);
      linked |= w == "leader" || w == "chief" || w == "founder" || w == "chairman" || w == "chairperson" ||
                w == "president" || w == "head" || w == "patron";
    }
    // "MK, the party founded by Jacob Zuma", "the PTI, led by Imran Khan", "the Shiv Sena of Eknath Shinde"
    for (std::size_t k = after; k + 1 < sentence.last && k < after + 6; ++k) {
      std::string_view w = d.norm(k);
      if ((w == "led" || w == "founded" || w == "headed" || w == "launched" || w == "formed" || w == "chaired") &&
          d.is_word(k + 1, "by"))
        linked = true;
      if (d.tok(k).kind == TokKind::punct && d.tok(k).punct != ',') break;
    }
  }
  if (party < 0 || !linked) return;
  for (std::size_t k = sentence.first; k < sentence.last; ++k) {
    const Token& t = d.tok(k);
    if (t.kind != TokKind::word || !t.cap || t.upper || t.norm_len < 3) continue;
    bool inside = std::any_of(from, to, [&](const Mention& m) { return k >= m.first && k < m.last; });
    if (inside || detail::in_set<detail::kMonthList>(d.norm(k))) continue;
    d.person_party.emplace(std::string(d.norm(k)), party);
  }
}

/// True when the capitalised run [first, last) is followed by a verb of winning and a count of seats:
/// "Law and Justice won 194 seats", "Yesh Atid took 24 seats", "Morena secured 236 of the 500 seats".
bool winner_run(Doc& d, std::size_t first, std::size_t last, std::size_t limit) {
  if (last - first > 5 || last >= limit) return false;
  static constexpr std::string_view not_names[] = {
      "it", "he", "she", "they", "we", "you", "this", "that", "these", "those", "there", "officials", "results",
      "counting", "voters", "turnout", "according", "in", "on", "at", "by", "after", "before", "with", "meanwhile",
      "however", "overall", "together", "nationally", "elsewhere", "candidates", "independents", "women", "each",
      "both", "neither", "all", "none", "one", "parties", "opposition", "government", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "so", "but", "and", "yet", "still", "now", "then"};
  if (detail::in(not_names, d.norm(first))) return false;
  // "Amanat, then still called Nur Otan, won 76 seats": a former name in an aside, not the subject
  if (first > 0 && (d.is_word(first - 1, "called") || d.is_word(first - 1, "named") || d.is_word(first - 1, "formerly") ||
                    d.is_word(first - 1, "renamed") || (d.is_word(first - 1, "as") && first > 1 && d.is_word(first - 2, "known"))))
    return false;
  // "Parliament has 350 seats", "The House has 435 members": the chamber, not a party
  static constexpr std::string_view institutions[] = {"parliament", "assembly", "house", "senate", "chamber",
                                                      "legislature", "council", "commission", "diet", "congress",
                                                      "court", "cabinet", "government", "ministry", "committee"};
  if (detail::in(institutions, d.norm(last - 1))) return false;
  for (std::size_t j = first; j < last; ++j) {
    if (d.tok(j).possessive || d.tok(j).kind != TokKind::word || detail::in_set<detail::kMonthList>(d.norm(j))) return false;
  }
  // a person named earlier with a party is not a party ("Modi won ..." is about the BJP), nor one with a
  // title ("Moderate leader Ulf Kristersson has 176")
  if (last - first == 1 && d.person_party.count(std::string(d.norm(first)))) return false;
  if (first > 0 && d.tok(first - 1).kind == TokKind::word && is_title(d.norm(first - 1))) return false;
  // ("president-elect Hakainde Hichilema", "prime minister-designate X")
  if (first > 1 && d.tok(first - 1).kind == TokKind::word && d.tok(first - 1).hyphen_before &&
      (d.is_word(first - 1, "elect") || d.is_word(first - 1, "designate")) && is_title(d.norm(first - 2)))
    return false;
  // "President Uhuru Kenyatta won ...", "Prime Minister X has": a run that opens with a title is a person
  if (is_title(d.norm(first)) || d.is_word(first, "prime") || d.is_word(first, "vice")) return false;
  // the tail of a longer capitalised name that was no party ("leader Ulf Kristersson": not "Kristersson")
  if (first > 0 && d.tok(first - 1).kind == TokKind::word && d.tok(first - 1).cap && !d.tok(first - 1).sentence_start &&
      !d.is_word(first - 1, "the"))
    return false;
  std::size_t k = last;
  // "Amanat, then still called Nur Otan, won 76 seats": past an aside between commas (a short one)
  if (d.is_punct(k, ',') && k + 2 < limit) {
    std::size_t j = k + 1;
    while (j < limit && j < k + 9 && d.tok(j).kind == TokKind::word) ++j;
    // (the run is a whole name: not the end of a longer one, "Tomin First no Kai, the regional party ...")
    bool whole = d.tok(first).sentence_start || first == 0 || d.tok(first - 1).kind != TokKind::word || d.is_word(first - 1, "the");
    if (j > k + 1 && d.is_punct(j, ',') && whole) k = j + 1;
  }
  // "is on track to win", "has already won", "are projected to take", "has 41 seats"
  static constexpr std::string_view auxiliaries[] = {"is", "are", "was", "were", "has", "have", "had", "on", "track",
                                                     "course", "set", "expected", "projected", "poised", "likely",
                                                     "forecast", "to", "already", "now", "so", "far", "also", "just",
                                                     "narrowly", "comfortably", "easily", "will", "would", "should"};
  bool holds = false;
  for (std::size_t steps = 0; steps < 5 && k < limit && detail::in(auxiliaries, d.norm(k)); ++steps) {
    holds = d.is_word(k, "has") || d.is_word(k, "have") || d.is_word(k, "had");
    ++k;
  }
  bool verb = k < limit && (detail::in_set<detail::kWonList>(d.norm(k)) || d.is_word(k, "holds") || d.is_word(k, "held") ||
                            d.is_word(k, "win") || d.is_word(k, "take") || d.is_word(k, "secure") || d.is_word(k, "get"));
  // "the Mahagathbandhan is ahead in 20 seats", "Rise leads in 14 constituencies"
  bool leading = !verb && k < limit && detail::in_set<detail::kLeadingList>(d.norm(k)) && !d.is_word(k, "led") &&
                 !d.is_word(k, "leaders") && !d.is_word(k, "trends");
  if (leading) {
    ++k;
    if (d.is_word(k, "in")) ++k;
    else return false;
  } else if (verb) {
    ++k;
  } else if (!(holds && k < limit && d.tok(k).kind == TokKind::number && k - last <= 2)) {
    return false;
  }
  // a qualifier, then the number, then at most two words before the seat noun
  for (std::size_t q = 0; q < 3 && k < limit && d.tok(k).kind == TokKind::word; ++q) {
    long value = 0;
    if (detail::number_words(d.tokens, k, limit, value) > 0) break;
    std::string_view w = d.norm(k);
    if (w != "at" && w != "least" && w != "about" && w != "around" && w != "nearly" && w != "almost" && w != "some" &&
        w != "more" && w != "than" && w != "just" && w != "only" && w != "over" && w != "roughly")
      return false;
    ++k;
  }
  long value = 0;
  std::size_t len = k < limit && d.tok(k).kind == TokKind::number ? 1 : detail::number_words(d.tokens, k, limit, value);
  if (len == 0) return false;
  k += len;
  // "90 of the 150 seats"
  if (d.is_word(k, "of") && k + 1 < limit) {
    std::size_t j = d.is_word(k + 1, "the") ? k + 2 : k + 1;
    if (j + 1 < limit && d.tok(j).possessive && d.tok(j).cap) ++j;  // "20 of UP's 80 seats"
    if (j < limit && d.tok(j).kind == TokKind::number) k = j + 1;
  }
  for (std::size_t steps = 0; steps < 3 && k < limit; ++steps, ++k) {
    if (detail::in_set<detail::kSeatNounList>(d.norm(k))) return true;
    if (d.tok(k).kind != TokKind::word) break;
  }
  // "Its coalition partner Komeito took 24, while ...": without a seat noun, only inside a sentence, with
  // a verb of winning, in an article that counts seats elsewhere
  std::size_t after = k;
  bool closed = after >= limit || d.tok(after).kind == TokKind::punct || d.is_word(after, "and") || d.is_word(after, "while");
  return verb && closed && !d.tok(first).sentence_start && d.doc_counts_seats;
}

/// An all-capitals word the tables do not know, used like a party ("the UML won 27", "LDP 191").
bool unknown_acronym(Doc& d, std::size_t i, std::size_t limit) {
  const Token& t = d.tok(i);
  if (t.kind != TokKind::word || !t.upper || t.norm_len < 2 || t.norm_len > 6 || t.hyphen_before) return false;
  static constexpr std::string_view common[] = {
      "us", "uk", "eu", "un", "pm", "mp", "mps", "tv", "am", "gmt", "ist", "jst", "pkt", "bst", "cet", "est",
      "ceo", "id", "ok", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "usa", "uae", "nato", "imf", "gdp",
      "covid", "bbc", "cnn", "ap", "afp", "live", "update", "breaking", "results", "note", "notes", "source",
      "party", "seats", "total", "others", "news", "the", "a", "i", "vs", "dr", "mr", "lt", "gen", "jr", "sr",
      "ec", "eci", "iec", "fptp", "pr", "evm", "evms", "mla", "mlas", "mna", "mnas", "na", "pa", "ps", "pp", "pk"};
  if (detail::in(common, d.tokens.norm(i))) return false;
  // a run of capitals ("UK GENERAL ELECTION") is a heading, not a name
  if (i + 1 < limit && d.tok(i + 1).kind == TokKind::word && d.tok(i + 1).upper && !d.tok(i + 1).hyphen_before) return false;
  if (i > 0 && d.tok(i - 1).kind == TokKind::word && d.tok(i - 1).upper && !t.sentence_start) return false;
  // used like a party: followed by a count, a verb of winning, or a list position
  std::size_t k = i + 1;
  while (k < limit && d.tok(k).hyphen_before) ++k;
  if (k >= limit) return false;
  const Token& next = d.tok(k);
  std::string_view w = d.norm(k);
  long ignored = 0;
  if (t.possessive && (w == "to" || w == "total" || w == "tally" || w == "count")) return true;
  // "UKIP, which had seven members elected": a relative clause that gives it a count
  if (d.is_punct(k, ',') && (d.is_word(k + 1, "which") || d.is_word(k + 1, "who")) && k + 2 < limit &&
      (d.is_word(k + 2, "had") || d.is_word(k + 2, "has") || d.is_word(k + 2, "holds") || d.is_word(k + 2, "held") ||
       in_set<detail::kWonList>(d.norm(k + 2))))
    return true;
  // "the XYZ and the BJP won 3 and 240 respectively": coordinated with a party the tables know
  if (w == "and" || (d.is_punct(k, ',') && !t.sentence_start)) {
    std::size_t j = k + 1;
    if (j < limit && d.is_word(j, "the")) ++j;
    if (j < limit && d.tok(j).cap) {
      if (names_party(d.lex.match(d.tokens, j, limit))) return true;
    }
  }
  return next.kind == TokKind::number || d.is_punct(k, ':') || detail::number_words(d.tokens, k, limit, ignored) > 0 ||
         in_set<detail::kWonList>(w) || in_set<detail::kLeadingList>(w) || w == "has" || w == "had" || w == "holds" ||
         w == "got" || w == "is" || w == "was" || w == "on" || w == "with" || w == "at" || w == "in";
}


}  // namespace tally::extract
