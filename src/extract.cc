// Extraction: tokens -> mentions (parties, sources, chambers) -> per-sentence links between parties and
// numbers -> observations with the attribution carried from sentence to sentence.
#include "tally/extract.h"

#include <algorithm>
#include <deque>
#include <map>
#include <unordered_map>
#include <set>
#include <tuple>

#include "lexicon.h"
#include "tally/dating.h"
#include "text.h"
#include "words.h"

namespace tally {
namespace {

using detail::Token;
using detail::Tokens;
using detail::TokKind;

using detail::in;
using detail::in_set;

constexpr int kMaxSeats = 1000;          // no chamber has more; bigger numbers are never seat counts
constexpr std::size_t kMaxLinkGap = 24;  // tokens between a party and its number

/// A party, source or chamber named in the text.
struct Mention {
  std::size_t first = 0, last = 0;    // tokens [first, last), including an "(ACRONYM)" that follows
  std::size_t name_last = 0;          // end of the name itself
  std::vector<const AliasEntry*> entries;  // table candidates
  int local_party = -1;               // index into DocState::parties
  int local_source = -1;              // index into DocState::sources
  std::string local_chamber;          // a chamber the tables do not know ("Maharashtra Assembly")
  bool holder = true;                 // may hold seats (not a modifier "backed by X", not in brackets)
  bool weak = false;                  // not a holder only because of a preposition before it ("behind the ANC")
  bool anaphor = false;               // "the party": the party the article was just talking about
  int apposition = -1;                // "Gerindra, the party of ...": index in mentions_ of the name it restates
  bool source_context = false;        // "told PTI", "via AP"
  bool qualified = false;             // "Janata Dal (Secular)": a bracketed word that is part of the name
  std::string person;                 // "Sharif's party", "the party of Nawaz Sharif": the person whose party it is
};

struct DocParty {
  std::string canonical;
  std::string country;
};

struct DocSource {
  std::string canonical;
  SourceKind kind = SourceKind::unknown;
};

struct LocalAlias {
  std::vector<std::string> tokens;
  int party = -1;
  int source = -1;
  std::vector<const AliasEntry*> entries;
};

/// What a sentence (or the sentences before it) says about the count it reports.
struct Attribution {
  std::optional<DocSource> source;
  Status status = Status::unknown;
  std::optional<Coverage> coverage;
  std::string chamber;
};

struct NumberItem {
  std::size_t first = 0, last = 0;  // tokens
  long value = 0;
  bool words = false;
  bool seat_noun = false;   // followed by "seats" or the like
  bool other_noun = false;  // followed by "votes", "percent" ...
  bool excluded = false;
  bool used = false;
  bool plus = false;         // "280-plus": at least
  bool in_previous_brackets = false;  // "411 (202)": the 202
  std::size_t head_end = 0;  // token after the noun phrase
  std::string chamber;       // chamber named in the noun phrase ("eight NA seats")
};

class Extractor {
 public:
  Extractor(std::string_view text, const Lexicon::Impl& lex, const ExtractOptions& options, DocumentResult& out)
      : text_(text), lex_(lex), out_(out) {
    DateFinding found = find_date(text, options.default_date);
    out_.date = found.date;
    out_.date_source = found.source;
    out_.date_confidence = found.confidence;
    if (found.bad_header) out_.warnings.push_back("the date header names an impossible date; ignored");
    if (found.malformed_header) out_.warnings.push_back("the date header is not written YYYY-MM-DD; ignored");
    body_offset_ = found.body_offset;
    tokens_ = detail::tokenize(text.substr(body_offset_));
    for (const auto& t : tokens_.items) {
      if (t.kind == TokKind::number && !t.decimal && !t.grouped && t.value >= 1900 && t.value <= 2100)
        max_year_ = std::max(max_year_, static_cast<int>(t.value));
    }
  }

  void run() {
    find_mentions();
    unify_defined_names();
    choose_country();
    for (std::size_t s = 0; s < tokens_.sentences.size(); ++s) do_sentence(tokens_.sentences[s]);
    adopt_named_chambers();
    if (!out_.date && !tokens_.items.empty())
      out_.warnings.push_back("no date found; use a ' date YYYY-MM-DD' header or --date");
  }

 private:
  // ---- token helpers ----
  const Token& tok(std::size_t i) const { return tokens_.items[i]; }
  std::string_view norm(std::size_t i) const { return tokens_.norm(i); }
  bool is_word(std::size_t i, std::string_view w) const {
    return i < tokens_.items.size() && tok(i).kind == TokKind::word && norm(i) == w;
  }
  bool is_punct(std::size_t i, char c) const {
    return i < tokens_.items.size() && tok(i).kind == TokKind::punct && tok(i).punct == c;
  }
  std::size_t byte(std::size_t offset) const { return body_offset_ + offset; }
  /// "251/265": two numbers joined by a slash, a part and its whole (not a date: "9/2/2024" has a third part).
  bool fraction(std::size_t a, std::size_t b) const {
    if (b != a + 1 || b >= tokens_.items.size() || tok(a).kind != TokKind::number || tok(b).kind != TokKind::number ||
        !tok(b).hyphen_before || byte(tok(a).end) >= text_.size() || text_[byte(tok(a).end)] != '/')
      return false;
    bool third = b + 1 < tokens_.items.size() && tok(b + 1).hyphen_before && tok(b + 1).kind == TokKind::number;
    bool second = a > 0 && tok(a).hyphen_before && tok(a - 1).kind == TokKind::number;
    return !third && !second && tok(a).value <= tok(b).value && !tok(a).decimal && !tok(b).decimal;
  }
  std::string_view slice(std::size_t first, std::size_t last) const {
    if (first >= last) return {};
    return text_.substr(byte(tok(first).begin), tok(last - 1).end - tok(first).begin);
  }

  // ---- mentions ----
  // Hash indexes keep an article naming thousands of parties linear.
  int add_party(std::string canonical, std::string country) {
    auto [it, inserted] = party_index_.try_emplace(canonical, static_cast<int>(parties_.size()));
    if (inserted) {
      index_suffixes(it->second, canonical, country);
      parties_.push_back({std::move(canonical), std::move(country)});
    }
    return it->second;
  }
  /// "Nepali Congress" is found by its word suffix "Congress"; the first party added wins.
  void index_suffixes(int index, const std::string& name, const std::string& country) {
    if (!country.empty()) return;
    for (std::size_t pos = name.find(' '); pos != std::string::npos; pos = name.find(' ', pos + 1))
      suffix_index_.try_emplace(name.substr(pos + 1), index);
  }
  int add_source(std::string canonical, SourceKind kind) {
    auto [it, inserted] = source_index_.try_emplace(canonical, static_cast<int>(sources_.size()));
    if (inserted) sources_.push_back({std::move(canonical), kind});
    return it->second;
  }

  /// The number of ASCII capitals in token i.
  std::size_t capitals(std::size_t i) const {
    std::string_view raw = text_.substr(byte(tok(i).begin), tok(i).end - tok(i).begin);
    return static_cast<std::size_t>(std::count_if(raw.begin(), raw.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
  }

  bool acronym_at(std::size_t i, std::size_t limit, std::size_t& end) const {
    // One capitalised word or a hyphenated run ("PML-N", "MQM-P", "JUI-F"), closed by ')'.
    if (i >= limit || tok(i).kind != TokKind::word || !tok(i).cap) return false;
    // "AfD", "PdL", "CiU": a short word with two capitals or more is an acronym too
    bool has_upper = tok(i).upper || capitals(i) >= 2;
    std::size_t k = i + 1;
    while (k < limit && tok(k).hyphen_before && tok(k).kind != TokKind::punct) {
      has_upper |= tok(k).upper;
      ++k;
    }
    if (!is_punct(k, ')') || !has_upper || k - i > 4) return false;
    if (k == i + 1 && tok(i).norm_len < 2) return false;  // "(F)" is not an acronym
    end = k + 1;
    return true;
  }

  std::size_t match_local(std::size_t i, std::size_t limit, const LocalAlias*& found) const {
    std::size_t best = 0;
    auto bucket = local_by_first_.find(std::string(norm(i)));
    if (bucket == local_by_first_.end()) return 0;
    for (std::size_t index : bucket->second) {
      const LocalAlias& alias = local_[index];
      std::size_t n = alias.tokens.size();
      if (n <= best || i + n > limit) continue;
      bool ok = tok(i).cap || tok(i).kind == TokKind::number;
      for (std::size_t k = 0; k < n && ok; ++k) ok = norm(i + k) == alias.tokens[k];
      if (ok && i + n < limit && tok(i + n).hyphen_before && tok(i + n).kind == TokKind::word && tok(i + n).norm_len <= 2)
        ok = false;
      if (ok) {
        best = n;
        found = &alias;
      }
    }
    return best;
  }

  /// A capitalised run ending with a party keyword ("Bangladesh Nationalist Party") or naming a body.
  std::size_t capitalised_run(std::size_t i, std::size_t limit) const {
    std::size_t k = i;
    std::size_t last_cap = i;
    while (k < limit) {
      const Token& t = tok(k);
      if (t.kind == TokKind::word && (t.cap || (t.hyphen_before && k > i))) {
        last_cap = k + 1;
        ++k;
        continue;
      }
      std::string_view w = norm(k);
      bool connector = t.kind == TokKind::word && (w == "of" || w == "for" || w == "and" || w == "the" || w == "e" ||
                                                   w == "i" || w == "ul" || w == "al" || w == "we");
      bool chained = (w == "of" || w == "for") && k + 2 < limit && (norm(k + 1) == "the") && tok(k + 2).cap;  // "for the People"
      // "Loan Party and Mian Party": a name that ends with a party word is closed; "and" starts the next one
      if (w == "and" && k > i && detail::in_set<detail::kPartyKeywordList>(norm(k - 1))) break;
      // "Later the Electoral Board", "Meanwhile the ANC": a sentence's opening word before "the" is no part of a name
      if (w == "the" && k == i + 1 && tok(i).sentence_start) break;
      if (connector && k > i && k + 1 < limit && (tok(k + 1).cap || chained)) {
        ++k;
        continue;
      }
      break;
    }
    return last_cap - i;
  }

  void find_mentions() {
    const std::size_t n = tokens_.items.size();
    for (std::size_t k = 0; k < n && !doc_counts_seats_; ++k) {
      doc_counts_seats_ = (tok(k).kind == TokKind::number || tok(k).kind == TokKind::word) &&
                          detail::in_set<detail::kSeatNounList>(norm(k)) && k > 0 &&
                          (tok(k - 1).kind == TokKind::number || !tok(k - 1).cap);
    }
    for (const auto& sentence : tokens_.sentences) {
      std::size_t limit = sentence.last;
      std::size_t i = sentence.first;
      while (i < limit) {
        const Token& t = tok(i);
        if (t.kind == TokKind::punct) {
          ++i;
          continue;
        }
        Mention m;
        m.first = i;
        const LocalAlias* local = nullptr;
        std::size_t local_len = match_local(i, limit, local);
        AliasMatch table = lex_.match(tokens_, i, limit);
        if (local_len > 0 && local_len >= table.length) {
          m.name_last = i + local_len;
          m.local_party = local->party;
          m.local_source = local->source;
          m.entries = local->entries;
        } else if (table.length > 0 && embedded_name(i, sentence.first, table)) {
          ++i;  // "Electoral Commission" inside "Independent National Electoral Commission": not that body
          continue;
        } else if (table.length > 0) {
          m.name_last = i + table.length;
          // "the Jatiya Samajtantrik Dal-JSD": the name with its own acronym glued on is one name
          if (std::size_t g = m.name_last; g < limit && tok(g).hyphen_before && tok(g).upper && tok(g).kind == TokKind::word) {
            AliasMatch glued = lex_.match(tokens_, g, limit);
            bool same = glued.length == 1 && std::any_of(glued.entries.begin(), glued.entries.end(), [&](const AliasEntry* e) {
                          return std::any_of(table.entries.begin(), table.entries.end(), [&](const AliasEntry* te) {
                            return te->kind == e->kind && te->index == e->index;
                          });
                        });
            if (same) m.name_last = g + 1;
          }
          m.entries = table.entries;
        } else if (t.possessive && t.kind == TokKind::word && !t.upper &&
                   (is_word(i + 1, "party") || is_word(i + 1, "alliance") || is_word(i + 1, "bloc")) &&
                   (t.cap ? !country_word(norm(i)) && !detail::in_set<detail::kMonthList>(norm(i))
                          : is_title(norm(i)) && i > sentence.first &&
                                (is_word(i - 1, "the") || (i > sentence.first + 1 && is_word(i - 2, "the"))))) {
          // "Khan's party", "the prime minister's party": the party of the person (or the office holder) named
          // with one anywhere in the article; resolved once every sentence has been read
          m.first = !t.cap && is_word(i - 1, "the") ? i - 1 : !t.cap ? i - 2 : i;
          // "backed by Imran Khan's party": the whole name, so that the words before it are seen
          while (t.cap && m.first > sentence.first && tok(m.first - 1).kind == TokKind::word && tok(m.first - 1).cap &&
                 !tok(m.first - 1).possessive && i - m.first < 3 &&
                 (mentions_.empty() || mentions_.back().last <= m.first - 1))
            --m.first;
          m.name_last = i + 2;
          m.person = std::string(norm(i));
        } else if (norm(i) == "the" && is_word(i + 1, "party") && is_word(i + 2, "of") && !tok(i + 1).cap &&
                   person_after_of(i + 3, limit) > 0) {
          // "the party of jailed former prime minister Nawaz Sharif": the party of a person
          std::size_t end = person_after_of(i + 3, limit);
          m.name_last = end;
          m.person = std::string(norm(end - 1));
        } else if ((norm(i) == "its" || norm(i) == "their") && i + 1 < limit &&
                   (is_word(i + 1, "tally") || is_word(i + 1, "total") || is_word(i + 1, "haul") ||
                    (is_word(i + 1, "seat") && (is_word(i + 2, "tally") || is_word(i + 2, "count") || is_word(i + 2, "total"))))) {
          // "Its tally fell to nine", "its tally stands at 191": the party the article was just talking about
          // (or the one named earlier in this sentence)
          m.name_last = i + 1;
          m.anaphor = true;
          if (!mentions_.empty() && mentions_.back().first >= sentence.first && has_kind(mentions_.back(), EntityKind::party))
            m.apposition = static_cast<int>(mentions_.size() - 1);
        } else if (norm(i) == "the" && i + 1 < limit && tok(i + 1).kind == TokKind::word && !tok(i + 1).cap &&
                   (norm(i + 1) == "party" ||
                    (i + 2 < limit && norm(i + 2) == "party" && !tok(i + 2).cap && tok(i + 1).kind == TokKind::word &&
                     (norm(i + 1) == "ruling" || norm(i + 1) == "governing" || norm(i + 1) == "saffron" ||
                      norm(i + 1) == "nationalist" || norm(i + 1) == "centrist" || norm(i + 1) == "opposition" ||
                      norm(i + 1) == "incumbent" || norm(i + 1) == "main" || norm(i + 1) == "largest"))) &&
                   !(i + 3 < limit && (is_word(i + 2, "of") || is_word(i + 3, "of")) && tok(std::min(limit - 1, i + 3)).cap)) {
          // "the party", "the ruling party" (not "the party of Nawaz Sharif")
          m.name_last = norm(i + 1) == "party" ? i + 2 : i + 3;
          m.anaphor = true;
          if (i > 0 && is_punct(i - 1, ',') && !mentions_.empty() && mentions_.back().last == i - 1 &&
              !mentions_.back().anaphor)
            m.apposition = static_cast<int>(mentions_.size() - 1);
          // "the KMT became the largest party with 52", "the Social Democrats remain by far the largest
          // party": after a copula the noun phrase restates the subject named just before
          std::size_t c = i;
          while (c > sentence.first + 1 && c + 4 > i &&
                 (is_word(c - 1, "by") || is_word(c - 1, "far") || is_word(c - 1, "still") || is_word(c - 1, "again") ||
                  is_word(c - 1, "once") || is_word(c - 1, "now") || is_word(c - 1, "clearly") || is_word(c - 1, "easily")))
            --c;
          if (m.apposition < 0 && c > sentence.first && !mentions_.empty() && mentions_.back().first >= sentence.first &&
              !mentions_.back().anaphor && mentions_.back().last + 8 >= c &&
              (is_word(c - 1, "became") || is_word(c - 1, "becomes") || is_word(c - 1, "become") ||
               is_word(c - 1, "remain") || is_word(c - 1, "remains") || is_word(c - 1, "remained") ||
               is_word(c - 1, "is") || is_word(c - 1, "was") || is_word(c - 1, "stays") || is_word(c - 1, "stayed") ||
               (is_word(c - 1, "as") && c > sentence.first + 1 && (is_word(c - 2, "emerged") || is_word(c - 2, "emerges") ||
                                                                   is_word(c - 2, "finished") || is_word(c - 2, "ended")))))
            m.apposition = static_cast<int>(mentions_.size() - 1);
        } else if (norm(i) == "the") {
          ++i;
          continue;
        } else if (t.cap && t.kind == TokKind::word && t.hyphen_before && i > sentence.first &&
                   tok(i - 1).kind == TokKind::word && !tok(i - 1).cap) {
          ++i;  // "pro-Kurdish", "anti-Europe": a prefixed adjective does not start a name
          continue;
        } else if (t.cap && t.kind == TokKind::word) {
          std::size_t len = capitalised_run(i, limit);
          std::size_t start = i;
          // "For the Unity Party, ...", "In the Punjab Assembly": a capitalised preposition opening the sentence
          static constexpr std::string_view openers[] = {"for", "in", "at", "with", "by", "from", "on", "after",
                                                         "before", "under", "as", "to", "and", "but", "like"};
          if (len > 2 && t.sentence_start && detail::in(openers, norm(i)) && is_word(i + 1, "the")) {
            ++start;
            --len;
          }
          if (len > 1 && is_word(start, "the")) {
            ++start;
            --len;
          }
          std::size_t end = start + len;
          // "Maharashtra Assembly Election Results", "Delhi Assembly Polls": the chamber ends before the
          // election words of a title-case heading
          for (std::size_t j = start + 1; j + 1 < end; ++j) {
            std::string_view w = norm(j);
            if (w != "assembly" && w != "legislature" && w != "parliament" && w != "sabha" && w != "senate") continue;
            static constexpr std::string_view election_words[] = {
                "election", "elections", "poll", "polls", "result", "results", "bypoll", "bypolls", "vote",
                "count", "counting", "live", "updates", "highlights", "race", "battle", "verdict"};
            bool rest = true;
            for (std::size_t r = j + 1; r < end && rest; ++r) rest = detail::in(election_words, norm(r));
            if (rest) {
              end = j + 1;
              len = end - start;
              break;
            }
          }
          std::string_view last_word = len ? norm(end - 1) : std::string_view();
          std::size_t acr_end = 0;
          bool defines = len >= 2 && is_punct(end, '(') && acronym_at(end + 1, limit, acr_end);
          bool party_like = len >= 2 && detail::in_set<detail::kPartyKeywordList>(last_word);
          // "Constitutional Democratic Party of Japan": a party word followed by "of" and a place
          for (std::size_t j = start + 1; j + 2 <= end && !party_like && len >= 3; ++j) {
            if (is_word(j, "of") && detail::in_set<detail::kPartyKeywordList>(norm(j - 1)) && end - j <= 3 &&
                country_word(norm(end - 1)))
              party_like = true;
          }
          // "the Mahayuti alliance": a capitalised name with a lower-case group word after it
          SourceKind kind = source_kind_of(start, end);
          if (kind == SourceKind::electoral_body) party_like = false;  // "Supreme Election Council"
          bool lower_keyword = false;
          static constexpr std::string_view determiners[] = {"its", "their", "his", "her", "our", "my", "your", "the",
                                                             "a", "an", "this", "that", "which", "whose", "every",
                                                             "each", "any", "no", "one", "new", "main", "ruling"};
          if (!party_like && len >= 1 && end < limit && tok(end).kind == TokKind::word && !tok(end).cap &&
              !(len == 1 && detail::in(determiners, norm(start))) &&
              !tok(end - 1).possessive && !tok(end - 1).hyphen_before &&
              (norm(end) == "alliance" || norm(end) == "bloc" || norm(end) == "coalition" || norm(end) == "front" ||
               norm(end) == "party") && !is_punct(end + 1, '(')) {
            party_like = true;
            lower_keyword = true;
          }
          // "Maha Vikas Aghadi (MVA)": a definition whose letters are the name's initials
          if (!party_like && defines && kind == SourceKind::unknown) {
            std::string initials, with_connectors, acronym;
            bool keyword_inside = false;
            for (std::size_t j = start; j < end; ++j) {
              if (tok(j).cap) initials += norm(j).front();
              if (norm(j) != "the" && norm(j) != "of" && norm(j) != "and") with_connectors += norm(j).front();
              keyword_inside |= detail::in_set<detail::kPartyKeywordList>(norm(j));
            }
            for (std::size_t j = end + 1; j + 1 < acr_end; ++j) acronym += norm(j);
            party_like = (initials == acronym || with_connectors == acronym || keyword_inside) &&
                         lex_.match(tokens_, start, limit).length == 0;
          }
          std::vector<const AliasEntry*> run_inner;
          if (defines) {
            // "Prime Minister Shigeru Ishiba's Liberal Democratic Party (LDP)": the name starts after the owner
            for (std::size_t j = start; j + 1 < end; ++j) {
              if (tok(j).possessive && !is_word(j, "people") && j + 2 <= end) start = j + 1;
            }
            len = end - start;
          }
          // a run that contains a name the tables know, or a possessive ("Shinde's Shiv Sena"), is not one name
          for (std::size_t j = start; j < end && (party_like || defines); ++j) {
            const LocalAlias* ignored = nullptr;
            AliasMatch inner_match = j > start ? lex_.match(tokens_, j, limit) : AliasMatch{};
            std::size_t inner = inner_match.length;
            bool party_inside = false;
            for (auto* e : inner_match.entries) party_inside |= e->kind == EntityKind::party;
            bool reaches_end = inner > 0 && j + inner == end && party_inside;  // "Nepali Congress", "Scottish Greens"
            if (reaches_end && !party_like && !defines) party_like = true;
            if (reaches_end) run_inner = inner_match.entries;
            if ((inner > 0 && !reaches_end) || match_local(j, limit, ignored) > 0 ||
                (tok(j).possessive && !(is_word(j, "people") && j <= start + 1) && j + 1 < end && !defines)) {
              party_like = false;
              defines = false;
            }
          }
          bool inner_known = false;
          for (std::size_t j = start + 1; j < end; ++j) {
            AliasMatch inner = lex_.match(tokens_, j, limit);
            bool names_party = std::any_of(inner.entries.begin(), inner.entries.end(),
                                           [](const AliasEntry* e) { return e->kind == EntityKind::party; });
            inner_known |= (inner.length > 0 && names_party) || tok(j - 1).possessive;
          }
          bool chamber_like = len >= 2 && !party_like && !inner_known &&
                              (last_word == "assembly" || last_word == "legislature" || last_word == "parliament" ||
                               last_word == "sangsad" || last_word == "senate" || last_word == "sabha" ||
                               last_word == "diet" || last_word == "councillors" || last_word == "representatives" ||
                               last_word == "commons" || last_word == "lords" || last_word == "majlis" ||
                               last_word == "storting" || last_word == "bundestag" || last_word == "duma");
          if (chamber_like) {
            m.first = start;
            m.name_last = end;
            m.local_chamber = std::string(slice(start, end));
          } else if (party_like) {
            std::string canonical = defines ? std::string(slice(end + 1, acr_end - 1)) : std::string(strip_possessive(slice(start, end)));
            if (defines) defined_names_[std::string(slice(start, end))] = canonical;
            m.first = start;
            m.name_last = end;
            m.local_party = add_party(canonical, "");
            m.entries = run_inner;  // "Scottish Labour": Labour in a British article, its own party elsewhere
            if (lower_keyword) m.name_last = end + 1;
          } else if (defines && kind != SourceKind::unknown) {
            m.first = start;
            m.name_last = end;
            m.local_source = add_source(std::string(slice(start, end)), kind);
          } else if ((len == 1 || acronym_with_faction(start, end)) && unknown_acronym(start, limit)) {
            // "the APC won 59 seats", "LDP 191": an acronym the tables do not know, used like a party
            m.first = start;
            m.name_last = end;
            m.local_party = add_party(strip_possessive(slice(start, end)), "");
          } else if (kind != SourceKind::electoral_body && !inner_known && winner_run(start, end, limit)) {
            // "Law and Justice won 194 seats", "Yesh Atid took 24 seats": a name the tables do not know, as
            // the subject of a win with a count of seats
            m.first = start;
            m.name_last = end;
            m.local_party = add_party(std::string(slice(start, end)), "");
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
        if (!m.person.empty() && m.first > sentence.first && is_punct(m.first - 1, ',') && !mentions_.empty() &&
            mentions_.back().last == m.first - 1 && !mentions_.back().anaphor && mentions_.back().person.empty())
          m.apposition = static_cast<int>(mentions_.size() - 1);
        // "Full Name (ACR)": the acronym is an alias of the same thing in this article.
        std::size_t acr_end = 0;
        if (is_punct(m.name_last, '(') && acronym_at(m.name_last + 1, limit, acr_end)) {
          LocalAlias alias;
          for (std::size_t k = m.name_last + 1; k + 1 < acr_end; ++k) alias.tokens.emplace_back(norm(k));
          alias.party = m.local_party;
          alias.source = m.local_source;
          alias.entries = m.entries;
          const LocalAlias* existing = nullptr;
          if (match_local(m.name_last + 1, acr_end - 1, existing) != alias.tokens.size()) {
            local_by_first_[alias.tokens.front()].push_back(local_.size());
            local_.push_back(alias);
          }
          m.last = acr_end;
        } else if (is_punct(m.name_last, '(') && m.name_last + 2 < limit && has_kind(m, EntityKind::party)) {
          // "Janata Dal (Secular)", "Apna Dal (Soneylal)": capitalised words in brackets (no acronym) name a
          // party of their own
          std::size_t k = m.name_last + 1;
          while (k < limit && k < m.name_last + 4 && tok(k).kind == TokKind::word && tok(k).cap && !tok(k).upper) ++k;
          if (k > m.name_last + 1 && is_punct(k, ')')) {
            m.name_last = m.last = k + 1;
            m.qualified = true;
          }
        }
        mentions_.push_back(m);
        i = m.last;
      }
      link_people(sentence);
    }
    (void)n;
  }

  /// "jailed former prime minister Nawaz Sharif" at i: lower-case words (at most four), then a capitalised
  /// run of one to three words that names no party, body or place the tables know. Returns its end, or 0.
  std::size_t person_after_of(std::size_t i, std::size_t limit) const {
    std::size_t k = i;
    while (k < limit && k < i + 4 && tok(k).kind == TokKind::word && !tok(k).cap) ++k;
    std::size_t start = k;
    while (k < limit && k < start + 3 && tok(k).kind == TokKind::word && tok(k).cap && !tok(k).upper &&
           !tok(k).possessive && lex_.match(tokens_, k, limit).length == 0 && !country_word(norm(k)) &&
           !detail::in_set<detail::kMonthList>(norm(k)))
      ++k;
    if (k == start || (k < limit && tok(k).kind == TokKind::word && tok(k).cap)) return 0;
    if (detail::in_set<detail::kPartyKeywordList>(norm(k - 1))) return 0;
    return k;
  }

  static bool names_party(const AliasMatch& table) {
    return std::any_of(table.entries.begin(), table.entries.end(), [](const AliasEntry* e) { return e->kind == EntityKind::party; });
  }

  /// True when a table name of a body or chamber at i is only the end of a longer capitalised name: "National
  /// Electoral Commission", "Grand National Assembly" (not "The Election Commission", "from Election Commission").
  bool embedded_name(std::size_t i, std::size_t sentence_first, const AliasMatch& table) const {
    if (i <= sentence_first) return false;
    if (names_party(table)) return false;
    const Token& before = tok(i - 1);
    if (before.kind != TokKind::word || !before.cap || before.possessive || before.upper) return false;
    static constexpr std::string_view function_words[] = {
        "the", "from", "by", "to", "of", "and", "in", "at", "for", "with", "says", "said", "according", "per", "on",
        "a", "an", "its", "their", "his", "her", "new", "final", "latest", "official", "provisional", "results"};
    return !detail::in(function_words, norm(i - 1));
  }

  static std::string strip_possessive(std::string_view name) {
    for (std::string_view suffix : {std::string_view("'s"), std::string_view("\u2019s"), std::string_view("'")}) {
      if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix) {
        return std::string(name.substr(0, name.size() - suffix.size()));
      }
    }
    return std::string(name);
  }

  static bool country_word(std::string_view w) {
    static const std::unordered_map<std::string_view, std::string_view> countries(std::begin(detail::kCountryNameList),
                                                                                  std::end(detail::kCountryNameList));
    return countries.count(w) > 0 || w == "africa" || w == "states" || w == "kingdom";
  }

  /// True when the capitalised run [first, last) is followed by a verb of winning and a count of seats:
  /// "Law and Justice won 194 seats", "Yesh Atid took 24 seats", "Morena secured 236 of the 500 seats".
  bool winner_run(std::size_t first, std::size_t last, std::size_t limit) const {
    if (last - first > 5 || last >= limit) return false;
    static constexpr std::string_view not_names[] = {
        "it", "he", "she", "they", "we", "you", "this", "that", "these", "those", "there", "officials", "results",
        "counting", "voters", "turnout", "according", "in", "on", "at", "by", "after", "before", "with", "meanwhile",
        "however", "overall", "together", "nationally", "elsewhere", "candidates", "independents", "women", "each",
        "both", "neither", "all", "none", "one", "parties", "opposition", "government", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "so", "but", "and", "yet", "still", "now", "then"};
    if (detail::in(not_names, norm(first))) return false;
    // "Parliament has 350 seats", "The House has 435 members": the chamber, not a party
    static constexpr std::string_view institutions[] = {"parliament", "assembly", "house", "senate", "chamber",
                                                        "legislature", "council", "commission", "diet", "congress",
                                                        "court", "cabinet", "government", "ministry", "committee"};
    if (detail::in(institutions, norm(last - 1))) return false;
    for (std::size_t j = first; j < last; ++j) {
      if (tok(j).possessive || tok(j).kind != TokKind::word || detail::in_set<detail::kMonthList>(norm(j))) return false;
    }
    // a person named earlier with a party is not a party ("Modi won ..." is about the BJP), nor one with a
    // title ("Moderate leader Ulf Kristersson has 176")
    if (last - first == 1 && person_party_.count(std::string(norm(first)))) return false;
    if (first > 0 && tok(first - 1).kind == TokKind::word && is_title(norm(first - 1))) return false;
    // "President Uhuru Kenyatta won ...", "Prime Minister X has": a run that opens with a title is a person
    if (is_title(norm(first)) || is_word(first, "prime") || is_word(first, "vice")) return false;
    // the tail of a longer capitalised name that was no party ("leader Ulf Kristersson": not "Kristersson")
    if (first > 0 && tok(first - 1).kind == TokKind::word && tok(first - 1).cap && !tok(first - 1).sentence_start &&
        !is_word(first - 1, "the"))
      return false;
    std::size_t k = last;
    // "is on track to win", "has already won", "are projected to take", "has 41 seats"
    static constexpr std::string_view auxiliaries[] = {"is", "are", "was", "were", "has", "have", "had", "on", "track",
                                                       "course", "set", "expected", "projected", "poised", "likely",
                                                       "forecast", "to", "already", "now", "so", "far", "also", "just",
                                                       "narrowly", "comfortably", "easily", "will", "would", "should"};
    bool holds = false;
    for (std::size_t steps = 0; steps < 5 && k < limit && detail::in(auxiliaries, norm(k)); ++steps) {
      holds = is_word(k, "has") || is_word(k, "have") || is_word(k, "had");
      ++k;
    }
    bool verb = k < limit && (detail::in_set<detail::kWonList>(norm(k)) || is_word(k, "holds") || is_word(k, "held") ||
                              is_word(k, "win") || is_word(k, "take") || is_word(k, "secure") || is_word(k, "get"));
    // "the Mahagathbandhan is ahead in 20 seats", "Rise leads in 14 constituencies"
    bool leading = !verb && k < limit && detail::in_set<detail::kLeadingList>(norm(k)) && !is_word(k, "led") &&
                   !is_word(k, "leaders") && !is_word(k, "trends");
    if (leading) {
      ++k;
      if (is_word(k, "in")) ++k;
      else return false;
    } else if (verb) {
      ++k;
    } else if (!(holds && k < limit && tok(k).kind == TokKind::number && k - last <= 2)) {
      return false;
    }
    // a qualifier, then the number, then at most two words before the seat noun
    for (std::size_t q = 0; q < 3 && k < limit && tok(k).kind == TokKind::word; ++q) {
      long value = 0;
      if (detail::number_words(tokens_, k, limit, value) > 0) break;
      std::string_view w = norm(k);
      if (w != "at" && w != "least" && w != "about" && w != "around" && w != "nearly" && w != "almost" && w != "some" &&
          w != "more" && w != "than" && w != "just" && w != "only" && w != "over" && w != "roughly")
        return false;
      ++k;
    }
    long value = 0;
    std::size_t len = k < limit && tok(k).kind == TokKind::number ? 1 : detail::number_words(tokens_, k, limit, value);
    if (len == 0) return false;
    k += len;
    // "90 of the 150 seats"
    if (is_word(k, "of") && k + 1 < limit) {
      std::size_t j = is_word(k + 1, "the") ? k + 2 : k + 1;
      if (j + 1 < limit && tok(j).possessive && tok(j).cap) ++j;  // "20 of UP's 80 seats"
      if (j < limit && tok(j).kind == TokKind::number) k = j + 1;
    }
    for (std::size_t steps = 0; steps < 3 && k < limit; ++steps, ++k) {
      if (detail::in_set<detail::kSeatNounList>(norm(k))) return true;
      if (tok(k).kind != TokKind::word) break;
    }
    // "Its coalition partner Komeito took 24, while ...": without a seat noun, only inside a sentence, with
    // a verb of winning, in an article that counts seats elsewhere
    std::size_t after = k;
    bool closed = after >= limit || tok(after).kind == TokKind::punct || is_word(after, "and") || is_word(after, "while");
    return verb && closed && !tok(first).sentence_start && doc_counts_seats_;
  }

  /// "PTI-P", "BNP-M": an acronym with a faction's letters glued on is one name (a party of its own).
  bool acronym_with_faction(std::size_t first, std::size_t last) const {
    if (last != first + 2 || !tok(first).upper) return false;
    const Token& t = tok(first + 1);
    return t.kind == TokKind::word && t.hyphen_before && t.upper && t.norm_len <= 2;
  }

  /// An all-capitals word the tables do not know, used like a party ("the UML won 27", "LDP 191").
  bool unknown_acronym(std::size_t i, std::size_t limit) const {
    const Token& t = tok(i);
    if (t.kind != TokKind::word || !t.upper || t.norm_len < 2 || t.norm_len > 6 || t.hyphen_before) return false;
    static constexpr std::string_view common[] = {
        "us", "uk", "eu", "un", "pm", "mp", "mps", "tv", "am", "gmt", "ist", "jst", "pkt", "bst", "cet", "est",
        "ceo", "id", "ok", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "usa", "uae", "nato", "imf", "gdp",
        "covid", "bbc", "cnn", "ap", "afp", "live", "update", "breaking", "results", "note", "notes", "source",
        "party", "seats", "total", "others", "news", "the", "a", "i", "vs", "dr", "mr", "lt", "gen", "jr", "sr",
        "ec", "eci", "iec", "fptp", "pr", "evm", "evms", "mla", "mlas", "mna", "mnas", "na", "pa", "ps", "pp", "pk"};
    if (detail::in(common, tokens_.norm(i))) return false;
    // a run of capitals ("UK GENERAL ELECTION") is a heading, not a name
    if (i + 1 < limit && tok(i + 1).kind == TokKind::word && tok(i + 1).upper && !tok(i + 1).hyphen_before) return false;
    if (i > 0 && tok(i - 1).kind == TokKind::word && tok(i - 1).upper && !t.sentence_start) return false;
    // used like a party: followed by a count, a verb of winning, or a list position
    std::size_t k = i + 1;
    while (k < limit && tok(k).hyphen_before) ++k;
    if (k >= limit) return false;
    const Token& next = tok(k);
    std::string_view w = norm(k);
    long ignored = 0;
    if (t.possessive && (w == "to" || w == "total" || w == "tally" || w == "count")) return true;
    // "UKIP, which had seven members elected": a relative clause that gives it a count
    if (is_punct(k, ',') && (is_word(k + 1, "which") || is_word(k + 1, "who")) && k + 2 < limit &&
        (is_word(k + 2, "had") || is_word(k + 2, "has") || is_word(k + 2, "holds") || is_word(k + 2, "held") ||
         in_set<detail::kWonList>(norm(k + 2))))
      return true;
    // "the XYZ and the BJP won 3 and 240 respectively": coordinated with a party the tables know
    if (w == "and" || (is_punct(k, ',') && !t.sentence_start)) {
      std::size_t j = k + 1;
      if (j < limit && is_word(j, "the")) ++j;
      if (j < limit && tok(j).cap) {
        if (names_party(lex_.match(tokens_, j, limit))) return true;
      }
    }
    return next.kind == TokKind::number || is_punct(k, ':') || detail::number_words(tokens_, k, limit, ignored) > 0 ||
           in_set<detail::kWonList>(w) || in_set<detail::kLeadingList>(w) || w == "has" || w == "had" || w == "holds" ||
           w == "got" || w == "is" || w == "was" || w == "on" || w == "with" || w == "at" || w == "in";
  }

  SourceKind source_kind_of(std::size_t first, std::size_t last) const {
    SourceKind kind = SourceKind::unknown;
    // "Supreme Election Council", "National Electoral Institute", "Federal Returning Officer", "Elections Canada"
    if (last > first) {
      bool electoral = false;
      for (std::size_t k = first; k < last; ++k) {
        std::string_view w = norm(k);
        electoral |= w == "election" || w == "elections" || w == "electoral" || w == "returning";
      }
      std::string_view end = norm(last - 1);
      static constexpr std::string_view body_nouns[] = {"council", "institute", "officer", "court", "tribunal", "body",
                                                        "service", "office", "committee", "department", "directorate",
                                                        "agency", "court", "administration"};
      if (electoral && (detail::in(body_nouns, end) || (is_word(first, "elections") && last - first == 2)))
        return SourceKind::electoral_body;
    }
    for (std::size_t k = first; k < last; ++k) {
      std::string_view w = norm(k);
      if (detail::in_set<detail::kBodyKeywordList>(w)) return SourceKind::electoral_body;
      if (detail::in_set<detail::kPollsterKeywordList>(w)) kind = SourceKind::pollster;
      else if (detail::in_set<detail::kObserverKeywordList>(w) && kind == SourceKind::unknown) kind = SourceKind::observer;
      else if (detail::in_set<detail::kMediaKeywordList>(w) && kind == SourceKind::unknown) kind = SourceKind::media;
    }
    return kind;
  }

  /// Ties the people named in a sentence to its party when the sentence says so ("Khan ... his PTI",
  /// "PTI leader Khan", "Khan's PTI").
  void link_people(const detail::Sentence& sentence) {
    int party = -1;
    bool linked = false;
    // mentions_ is sorted by position: only this sentence's are looked at
    auto from = std::lower_bound(mentions_.begin(), mentions_.end(), sentence.first,
                                 [](const Mention& m, std::size_t first) { return m.first < first; });
    auto to = from;
    while (to != mentions_.end() && to->first < sentence.last) ++to;
    for (auto it = from; it != to; ++it) {
      Mention& m = *it;
      int p = party_of(m);
      if (p < 0 || party >= 0) continue;
      party = p;
      std::size_t before = m.first;
      if (before > sentence.first) {
        std::string_view w = norm(before - 1);
        linked |= w == "his" || w == "her" || tok(before - 1).possessive;
      }
      std::size_t after = m.last;
      if (after < sentence.last) {
        std::string_view w = norm(after);
        linked |= w == "leader" || w == "chief" || w == "founder" || w == "chairman" || w == "chairperson" ||
                  w == "president" || w == "head" || w == "patron";
      }
      // "MK, the party founded by Jacob Zuma", "the PTI, led by Imran Khan", "the Shiv Sena of Eknath Shinde"
      for (std::size_t k = after; k + 1 < sentence.last && k < after + 6; ++k) {
        std::string_view w = norm(k);
        if ((w == "led" || w == "founded" || w == "headed" || w == "launched" || w == "formed" || w == "chaired") &&
            is_word(k + 1, "by"))
          linked = true;
        if (tok(k).kind == TokKind::punct && tok(k).punct != ',') break;
      }
    }
    if (party < 0 || !linked) return;
    for (std::size_t k = sentence.first; k < sentence.last; ++k) {
      const Token& t = tok(k);
      if (t.kind != TokKind::word || !t.cap || t.upper || t.norm_len < 3) continue;
      bool inside = std::any_of(from, to, [&](const Mention& m) { return k >= m.first && k < m.last; });
      if (inside || detail::in_set<detail::kMonthList>(norm(k))) continue;
      person_party_.emplace(std::string(norm(k)), party);
    }
  }

  /// Resolves a mention to a party in parties_, or -1.
  /// "Congress" in an article about the "Nepali Congress": the local party whose name it ends.
  int local_suffix_party(const Mention& m) const {
    if (m.local_party >= 0 || m.entries.empty()) return -1;
    auto it = suffix_index_.find(std::string(slice(m.first, m.name_last)));
    return it == suffix_index_.end() ? -1 : it->second;
  }

  int party_of(const Mention& m) {
    if (!m.person.empty()) {
      if (m.apposition >= 0) return party_of(mentions_[static_cast<std::size_t>(m.apposition)]);
      auto it = person_party_.find(m.person);
      return it == person_party_.end() ? -1 : it->second;
    }
    if (m.anaphor) {
      if (m.apposition >= 0) return party_of(mentions_[static_cast<std::size_t>(m.apposition)]);
      // "the ruling party", "the opposition party": the party the article gave that label ("the ruling Awami
      // League"); never the last party named when that one carries the other label
      if (std::string_view label = label_of_anaphor(m); !label.empty()) {
        if (auto it = labels_.find(label); it != labels_.end()) return it->second;
        if (last_party_ >= 0 && party_labels_.count(last_party_)) return -1;
      }
      return last_party_;
    }
    if (m.qualified) return add_party(std::string(slice(m.first, m.name_last)), "");
    if (int local = local_suffix_party(m); local >= 0) return local;
    // "JP 11" in a headline, "the Jatiya Party (JP)" in the story: the acronym defined later names that party
    if (m.local_party >= 0 && m.entries.empty() && m.name_last == m.first + 1) {
      if (auto bucket = local_by_first_.find(std::string(norm(m.first))); bucket != local_by_first_.end()) {
        for (std::size_t index : bucket->second) {
          const LocalAlias& alias = local_[index];
          if (alias.tokens.size() != 1 || alias.entries.empty() || alias.party >= 0) continue;
          Mention defined = m;
          defined.local_party = -1;
          defined.entries = alias.entries;
          return party_of(defined);
        }
      }
    }
    if (m.local_party >= 0) {
      for (const AliasEntry* e : m.entries) {
        if (e->kind != EntityKind::party) continue;
        const PartyEntry& p = lex_.tables.parties[static_cast<std::size_t>(e->index)];
        if (!country_.empty() && p.country == country_) return add_party(p.canonical, p.country);
      }
      return m.local_party;
    }
    std::vector<const PartyEntry*> candidates;
    for (const AliasEntry* e : m.entries) {
      if (e->kind == EntityKind::party) candidates.push_back(&lex_.tables.parties[static_cast<std::size_t>(e->index)]);
    }
    if (candidates.empty()) return -1;
    if (candidates.size() > 1 && !country_.empty()) {
      std::vector<const PartyEntry*> here;
      for (auto* c : candidates) {
        if (c->country == country_ || c->country == "*") here.push_back(c);
      }
      if (!here.empty()) candidates = here;
    }
    // Another country's party ("Greens" in a German article, "Labour Party" in a Nigerian one): the name
    // as written, not the other country's canonical name.
    if (!country_.empty() && std::none_of(candidates.begin(), candidates.end(), [&](const PartyEntry* c) {
          return c->country == country_ || c->country == "*" || c->country.empty();
        })) {
      return add_party(strip_possessive(slice(m.first, m.name_last)), "");
    }
    std::set<std::string> names;
    for (auto* c : candidates) names.insert(c->canonical);
    if (names.size() > 1) {
      std::string surface = strip_possessive(slice(m.first, m.name_last));  // "Labour's 202": Labour
      std::string warning = "ambiguous party name '" + surface + "' (could be";
      for (auto& name : names) warning += " " + name;
      warning += "); kept as written";
      // (before the country is chosen, while people are tied to parties, the name may still resolve)
      if (country_chosen_ && std::find(out_.warnings.begin(), out_.warnings.end(), warning) == out_.warnings.end())
        out_.warnings.push_back(warning);
      return add_party(surface, "");
    }
    return add_party(candidates.front()->canonical, candidates.front()->country);
  }

  std::optional<DocSource> source_of(const Mention& m) const {
    if (m.local_source >= 0) return sources_[static_cast<std::size_t>(m.local_source)];
    const SourceEntry* best = nullptr;
    for (const AliasEntry* e : m.entries) {
      if (e->kind != EntityKind::source) continue;
      const SourceEntry& s = lex_.tables.sources[static_cast<std::size_t>(e->index)];
      if (!best || (s.country == country_ && best->country != country_)) best = &s;
    }
    if (!best) return std::nullopt;
    // another country's body ("Electoral Commission" in a Ghanaian article): the name as written
    if (!country_.empty() && best->country != country_ && best->country != "*" && !best->country.empty()) {
      return DocSource{strip_possessive(slice(m.first, m.name_last)), best->kind};
    }
    // A generic body ("the election commission") is the country's own when the table has one.
    if (best->country == "*" && best->kind == SourceKind::electoral_body && !country_.empty()) {
      for (const auto& s : lex_.tables.sources) {
        if (s.country == country_ && s.kind == SourceKind::electoral_body) return DocSource{s.canonical, s.kind};
      }
    }
    return DocSource{best->canonical, best->kind};
  }

  std::string chamber_of(const Mention& m) const {
    const ChamberEntry* best = nullptr;
    for (const AliasEntry* e : m.entries) {
      if (e->kind != EntityKind::chamber) continue;
      const ChamberEntry& c = lex_.tables.chambers[static_cast<std::size_t>(e->index)];
      if (!best || (c.country == country_ && best->country != country_)) best = &c;
    }
    if (!best) return m.local_chamber;
    // another country's chamber name ("National Assembly" in a Bangladeshi article): keep it as written
    if (best->country != country_) return std::string(slice(m.first, m.name_last));
    return best->canonical;
  }

  bool has_kind(const Mention& m, EntityKind kind) const {
    if (kind == EntityKind::party && (m.local_party >= 0 || m.anaphor || !m.person.empty())) return true;
    if (kind == EntityKind::source && m.local_source >= 0) return true;
    if (kind == EntityKind::chamber && !m.local_chamber.empty()) return true;
    return std::any_of(m.entries.begin(), m.entries.end(), [&](const AliasEntry* e) { return e->kind == kind; });
  }

  /// A party named in full before (or after) the article defines its acronym is one party: the acronym.
  void unify_defined_names() {
    for (auto& p : parties_) {
      auto it = defined_names_.find(p.canonical);
      if (it != defined_names_.end()) p.canonical = it->second;
    }
    // re-index by the names as they now read
    party_index_.clear();
    suffix_index_.clear();
    for (std::size_t i = 0; i < parties_.size(); ++i) {
      party_index_.try_emplace(parties_[i].canonical, static_cast<int>(i));
      index_suffixes(static_cast<int>(i), parties_[i].canonical, parties_[i].country);
    }
  }

  void choose_country() {
    std::map<std::string, int> votes;
    for (const auto& m : mentions_) {
      if (m.local_party >= 0 || local_suffix_party(m) >= 0) continue;  // "Nepali Congress" says nothing about India
      std::set<std::string> countries;
      bool is_party = has_kind(m, EntityKind::party);
      for (const AliasEntry* e : m.entries) {
        if (e->kind == EntityKind::party) countries.insert(lex_.tables.parties[static_cast<std::size_t>(e->index)].country);
        if (e->kind == EntityKind::source && !is_party)
          countries.insert(lex_.tables.sources[static_cast<std::size_t>(e->index)].country);
      }
      countries.erase("*");
      if (countries.size() == 1) votes[*countries.begin()] += 1;
    }
    // A country the text names (or whose capital opens a dateline) counts like a party of that country.
    for (std::size_t k = 0; k < tokens_.items.size(); ++k) {
      if (!tok(k).cap || tok(k).kind != TokKind::word) continue;
      static const std::unordered_map<std::string_view, std::string_view> countries(std::begin(detail::kCountryNameList),
                                                                                  std::end(detail::kCountryNameList));
      if (auto it = countries.find(norm(k)); it != countries.end()) votes[std::string(it->second)] += 1;  // NOLINT
      std::string_view w = norm(k);
      if (w == "south" && k + 1 < tokens_.items.size() && norm(k + 1) == "africa") votes["ZA"] += 1;
    }
    int best = 0;
    for (auto& [country, count] : votes) {
      if (count > best) {
        best = count;
        country_ = country;
      }
    }
    out_.country = country_;
    country_chosen_ = true;
    for (const auto& c : lex_.tables.chambers) {
      if (c.country == country_ && c.national) {
        default_chamber_ = c.canonical;
        break;
      }
    }
    // a country the tables do not know: the first chamber the article names
    for (const auto& m : mentions_) {
      if (!default_chamber_.empty()) break;
      if (has_kind(m, EntityKind::chamber) && !has_kind(m, EntityKind::party)) default_chamber_ = chamber_of(m);
    }
    if (default_chamber_.empty()) default_chamber_ = "National legislature";
  }

  // ---- sentences ----
  std::vector<const Mention*> mentions_in(const detail::Sentence& s) const {
    std::vector<const Mention*> out;
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), s.first,
                               [](const Mention& m, std::size_t first) { return m.first < first; });
    for (; it != mentions_.end() && it->first < s.last; ++it) out.push_back(&*it);
    return out;
  }

  const Mention* mention_at(const std::vector<const Mention*>& ms, std::size_t k) const {
    for (auto* m : ms) {
      if (k >= m->first && k < m->last) return m;
    }
    return nullptr;
  }

  bool inside_brackets(const detail::Sentence& s, std::size_t k) const {
    int depth = 0;
    for (std::size_t j = s.first; j < k; ++j) {
      if (is_punct(j, '(')) ++depth;
      if (is_punct(j, ')') && depth > 0) --depth;
    }
    return depth > 0;
  }

  /// Reads the noun phrase after a number: "seats", "NA seats", "National Assembly seats", "votes" ...
  void classify_head(NumberItem& n, std::size_t limit, const std::vector<const Mention*>& ms) {
    std::size_t k = n.last;
    std::size_t steps = 0;
    n.head_end = k;
    while (k < limit && steps < 5) {
      const Token& t = tok(k);
      if (t.kind == TokKind::punct) {
        if (t.punct == '%') n.other_noun = true;
        break;
      }
      if (const Mention* m = mention_at(ms, k)) {
        std::string chamber = chamber_of(*m);
        if (chamber.empty()) break;
        n.chamber = chamber;
        k = m->last;
        ++steps;
        if (detail::in_set<detail::kSeatNounList>(norm(k - 1))) {  // the alias itself ends in "seats": "NA seats"
          n.seat_noun = true;
          n.head_end = k;
          return;
        }
        continue;
      }
      std::string_view w = norm(k);
      if (detail::in_set<detail::kSeatNounList>(w)) {
        n.seat_noun = true;
        n.head_end = k + 1;
        return;
      }
      if (detail::in_set<detail::kOtherNounList>(w) || t.kind == TokKind::number) {
        n.other_noun = t.kind == TokKind::word;
        return;
      }
      // "303 five years ago": another number starts the next phrase
      if (long ignored = 0; detail::number_words(tokens_, k, limit, ignored) > 0) return;
      if (w == "and" || w == "or" || w == "to" || w == "of" || w == "in" || w == "for" || w == "while" ||
          w == "respectively" || w == "each" || w == "apiece" || w == "out" || w == "with" || w == "at" ||
          w == "on" || w == "so" || w == "seats" ||
          // "seven before the election", "five since 2019": a preposition ends the noun phrase
          w == "before" || w == "after" || w == "since" || w == "from" || w == "by" || w == "under" || w == "than" ||
          w == "when" || w == "into" || w == "against" || w == "during" || w == "until" || w == "as") {
        break;
      }
      // adjectives and other modifiers: "directly-elected", "general", "more"
      if (t.cap && !t.hyphen_before) break;
      ++k;
      ++steps;
    }
  }

  std::vector<NumberItem> numbers_in(const detail::Sentence& s, const std::vector<const Mention*>& ms) {
    std::vector<NumberItem> out;
    for (std::size_t k = s.first; k < s.last; ++k) {
      if (mention_at(ms, k)) continue;
      NumberItem n;
      const Token& t = tok(k);
      if (t.kind == TokKind::number) {
        n.first = k;
        n.last = k + 1;
        n.value = t.value > kMaxSeats * 1000.0 ? kMaxSeats * 1000 : static_cast<long>(t.value);
        bool bad = t.decimal || t.ordinal || !t.grouping_ok || t.value > kMaxSeats || t.value <= 0;
        // "NA-130", "PP-12": a constituency code.
        if (t.hyphen_before && k > s.first && tok(k - 1).kind == TokKind::word && tok(k - 1).cap) bad = true;
        // "45s", "5pm", "10km": a number glued to letters
        if (k + 1 < s.last && tok(k + 1).kind == TokKind::word && !tok(k + 1).space_before && !tok(k + 1).hyphen_before) bad = true;
        // "2024-02-09", "9/11", "10:30", "12.5"
        auto range_pair = [&](std::size_t a, std::size_t b) {
          return !fraction(a, b) && tok(a).value >= 1 && tok(b).value > tok(a).value && tok(b).value <= kMaxSeats && tok(a).value < 1900 &&
                 !tok(a).decimal && !tok(b).decimal;
        };
        if (k + 1 < s.last && (tok(k + 1).hyphen_before && tok(k + 1).kind == TokKind::number) && !range_pair(k, k + 1)) bad = true;
        if (t.hyphen_before && k > s.first && tok(k - 1).kind == TokKind::number && !range_pair(k - 1, k) &&
            !fraction(k - 1, k))
          bad = true;
        if (k + 1 < s.last && fraction(k, k + 1) && !t.hyphen_before) bad = false;  // "251/265": a part and its whole
        if (k + 1 < s.last && is_punct(k + 1, ':') && !tok(k + 1).space_before && k + 2 < s.last &&
            tok(k + 2).kind == TokKind::number && !tok(k + 2).space_before)
          bad = true;
        if (k + 1 < s.last && is_punct(k + 1, '/') && k + 2 < s.last && tok(k + 2).kind == TokKind::number) bad = true;
        if (k > s.first && (is_punct(k - 1, '#') || is_punct(k - 1, '*') || is_punct(k - 1, '+')) && !t.space_before) bad = true;
        n.excluded = bad;
        out.push_back(n);
      } else if (t.kind == TokKind::word && is_word(k, "a") && is_word(k + 1, "seat") &&
                 (is_word(k + 2, "each") || is_word(k + 2, "apiece"))) {
        // "won a seat each"
        n.first = k;
        n.last = k + 1;
        n.value = 1;
        n.words = true;
        out.push_back(n);
      } else if (t.kind == TokKind::word) {
        long value = 0;
        std::size_t len = detail::number_words(tokens_, k, s.last, value);
        if (len == 0) continue;
        n.first = k;
        n.last = k + len;
        n.value = value;
        n.words = true;
        n.excluded = value <= 0 || value > kMaxSeats;  // "ninety-nine thousand seats" as "99000 seats"
        out.push_back(n);
        k += len - 1;
      }
    }
    for (auto& n : out) {
      classify_head(n, s.last, ms);
      const Token& t = tok(n.first);
      // Dates and times: "February 8", "8 February", "in 2018", "5 pm".
      bool month_before = n.first > s.first && detail::in_set<detail::kMonthList>(norm(n.first - 1));
      bool month_after = n.last < s.last && detail::in_set<detail::kMonthList>(norm(n.last));
      if (month_before || month_after) n.excluded = true;
      if (!n.words && t.value >= 1900 && t.value <= 2100 && !n.seat_noun) n.excluded = true;
      if (n.other_noun) n.excluded = true;
      // "12-seat majority", "336-member house", "five-year term"
      if (n.last < s.last && tok(n.last).hyphen_before) {
        std::string_view w = norm(n.last);
        if (w == "plus" || w == "odd") {
          n.plus = true;
        } else if (w != "seats" && tok(n.last).kind != TokKind::number) {
          n.excluded = true;
        }
      }
      // a number word like "one" needs a seat noun to count.
      // ("won two and one respectively" pairs it like any other number)
      bool respectively = false;
      for (std::size_t k = n.last; k < std::min(s.last, n.last + 3) && !respectively; ++k)
        respectively = is_word(k, "respectively");
      if (n.words && n.value == 1 && !n.seat_noun && !is_word(n.last, "each") && !is_word(n.last, "apiece") &&
          !respectively) {
        std::size_t b = n.first;
        if (b > s.first && (is_word(b - 1, "just") || is_word(b - 1, "only") || is_word(b - 1, "a"))) --b;
        if (!(b > s.first && mention_at(ms, b - 1))) n.excluded = true;
      }
      // "two in three voters", "one out of five"
      if ((is_word(n.last, "in") || is_word(n.last, "out")) && n.last + 1 < s.last) {
        long ignored = 0;
        std::size_t after = is_word(n.last, "out") ? n.last + 2 : n.last + 1;
        bool small = after < s.last && ((tok(after).kind == TokKind::number && tok(after).value <= 20) ||
                                        detail::number_words(tokens_, after, s.last, ignored) > 0);
        if (small) n.excluded = true;
      }
      // "(202)" right after a count: the previous result, in a results table
      if (n.first >= s.first + 2 && is_punct(n.first - 1, '(') && tok(n.first - 2).kind == TokKind::number &&
          is_punct(n.last, ')'))
        n.in_previous_brackets = true;
      // "Of the region's 18 seats", "elections to 12 seats": a size, not a tally
      {
        std::size_t b = n.first;
        while (b > s.first && (is_word(b - 1, "the") || (tok(b - 1).possessive && tok(b - 1).kind == TokKind::word))) --b;
        if (b > s.first && is_word(b - 1, "of") && !(b > s.first + 1 && (is_word(b - 2, "total") || is_word(b - 2, "tally"))) &&
            n.seat_noun && (b - 1 == s.first || is_punct(b - 2, ',') || tok(b - 1).sentence_start))
          n.excluded = true;
        if (b > s.first + 1 && (is_word(b - 1, "to") || is_word(b - 1, "for"))) {
          std::string_view v = norm(b - 2);
          if (v == "elections" || v == "election" || v == "polls" || v == "poll" || v == "bypolls" || v == "contest" ||
              v == "race" || v == "vote" || v == "voting")
            n.excluded = true;
        }
      }
      // adjectives that make the seats not held: "six nominated members", "30 vacant seats"
      for (std::size_t k = n.last; k < n.head_end; ++k) {
        std::string_view w = norm(k);
        if (w == "nominated" || w == "reserved" || w == "vacant" || w == "vacated" ||
            w == "undeclared" || w == "pending" || w == "contested" || w == "disputed")
          n.excluded = true;
      }
      // "percent", "per cent"
      if (n.last < s.last && (is_word(n.last, "per") || is_word(n.last, "percent"))) n.excluded = true;
      // "the FTSE 100 index", "the Nikkei 225 index": the name of a stock index
      if (is_word(n.last, "index") || is_word(n.last, "indices")) n.excluded = true;
      // Words after the noun phrase that make it a need or a size: "seats needed for a majority"
      for (std::size_t k = n.head_end; k < std::min(s.last, n.head_end + 4); ++k) {
        std::string_view w = norm(k);
        if (tok(k).kind == TokKind::number || w == "of" || w == "and" || w == "while") break;
        if (w == "majority" || w == "needed" || w == "required" || w == "short" || w == "threshold" ||
            w == "mark" || w == "needs" || w == "contested" || w == "up" || w == "vacant" || w == "reserved" ||
            w == "postponed" || w == "remaining" || w == "left" || w == "undeclared" || w == "pending")
          n.excluded = true;
        if (tok(k).kind == TokKind::punct) break;
      }
      // Age: "Khan, 71, said", "Ko Wen-je, 64, took" (the name's last part may follow a hyphen)
      if (!n.seat_noun && n.first > s.first && is_punct(n.first - 1, ',') && n.last < s.last && is_punct(n.last, ',') &&
          n.first >= s.first + 2 && tok(n.first - 2).kind == TokKind::word && !mention_at(ms, n.first - 2)) {
        std::size_t w = n.first - 2;
        while (w > s.first && tok(w).hyphen_before && tok(w - 1).kind == TokKind::word) --w;
        // (or a lower-case particle ends it: "Fazl ur-Rehman")
        if (!tok(w).cap && w > s.first && tok(w - 1).kind == TokKind::word && tok(w - 1).cap) --w;
        if (tok(w).cap && !mention_at(ms, w)) n.excluded = true;
      }
    }
    // "the CDU/CSU at 29 percent, the AfD at 19.5, the SPD at 16": when one "at N" of a sentence is a share
    // (a percentage or a decimal), a bare "at N" beside it is a share too
    bool share_at = false;
    for (const auto& n : out) {
      if (n.first <= s.first || !is_word(n.first - 1, "at")) continue;
      const Token& t = tok(n.first);
      bool percent = n.last < s.last && (is_word(n.last, "per") || is_word(n.last, "percent") || is_punct(n.last, '%') ||
                                         is_word(n.last, "pc") || is_word(n.last, "pct"));
      if ((!n.words && t.decimal) || percent) share_at = true;
    }
    if (share_at) {
      for (auto& n : out) {
        if (!n.seat_noun && n.first > s.first && is_word(n.first - 1, "at")) n.excluded = true;
      }
    }
    return out;
  }

  /// "for 157 out of 265 seats", "results of 224 constituencies out of 265 were declared", "212 of 265 seats
  /// counted", "all 650 seats declared". Marks the numbers used.
  std::optional<Coverage> find_coverage(const detail::Sentence& s, std::vector<NumberItem>& nums,
                                        const std::vector<const Mention*>& ms, std::optional<int>& total_for_tally,
                                        std::size_t& tally_index) {
    tally_index = nums.size();
    for (std::size_t a = 0; a + 1 < nums.size(); ++a) {
      NumberItem& n1 = nums[a];
      NumberItem& n2 = nums[a + 1];
      if (n1.value <= 0 || n2.value <= 0 || n2.value > kMaxSeats) continue;
      std::size_t k = n1.head_end;
      // "N out of M" / "N of M" / "N of the M"
      bool linked = false;
      if (is_word(k, "out") && is_word(k + 1, "of")) k += 2;
      else if (is_word(k, "of")) k += 1;
      // "251/265 seats declared": a fraction written without spaces
      else if (k == n1.last && k == n2.first && fraction(n1.first, n2.first)) {
      }
      else continue;
      if (is_word(k, "the") || is_word(k, "a") || is_word(k, "total")) ++k;
      // "of Uttar Pradesh's 80 seats": a place's seats
      while (k < n2.first && k < s.last && (tok(k).cap || tok(k).possessive) && tok(k).kind == TokKind::word && k + 3 > n2.first) ++k;
      if (is_word(k, "total") && is_word(k + 1, "of")) k += 2;
      linked = k == n2.first;
      if (!linked) continue;
      // "won in 21 of the 22 districts", "two of the five provinces": places or things, not seats
      if (n2.other_noun) {
        n1.excluded = true;
        continue;
      }
      if (n1.value > n2.value) {
        n1.excluded = n2.excluded = true;  // "300 of the 272 seats": a part bigger than the whole is a typo
        continue;
      }
      // "for 157 out of 265 seats", "with 641 of 650 seats declared": coverage. "winning 230 of the 288 seats",
      // "has won 20 of the state's 21": a tally, the M being the chamber's (or region's) size.
      bool results_before = false, win_verb = false;
      for (std::size_t back = n1.first, steps = 0; back > s.first && steps < 4; ++steps) {
        --back;
        std::string_view w = norm(back);
        if (tok(back).kind == TokKind::punct) break;
        // "formed the government after taking 240 of the 543 seats": the verb nearer the count decides
        if (win_verb && !results_before) break;
        if (w == "results" || w == "result" || w == "for" || w == "counted" || w == "declared" || w == "counting" ||
            w == "from" || w == "after" || w == "count" || w == "returns" || w == "tallied" || w == "covers" ||
            w == "covering" || w == "cover" || w == "covered")
          results_before = true;
        if (steps == 0 && w == "with" && (back == s.first || tok(back - 1).kind == TokKind::punct)) results_before = true;
        if (detail::in_set<detail::kWonList>(w) || detail::in_set<detail::kLeadingList>(w) || w == "has" || w == "had" || w == "holds" ||
            w == "hold" || w == "stood" || w == "stands" || w == "finished" || w == "ended" || w == "got" ||
            w == "gets" || w == "keeping" || w == "kept" || w == "retained" || w == "taking" || w == "with" ||
            w == "at" || w == "on" || w == "took" || w == "securing" || w == "capturing" || w == "bagging" ||
            w == "sweeping" || w == "claiming" || w == "grabbing" || w == "clinching" || w == "picking")
          win_verb = true;
      }
      bool declared_after = false;
      for (std::size_t j = n2.seat_noun ? n2.head_end : n2.last; j < std::min(s.last, n2.head_end + 4); ++j) {
        std::string_view w = norm(j);
        if (tok(j).kind == TokKind::punct) break;
        // "37 of the state's 80 seats when the final results were announced": a clause of its own
        if (w == "when" || w == "as" || w == "after" || w == "once" || w == "before" || w == "since") break;
        if (w == "declared" || w == "counted" || w == "called" || w == "announced" || w == "reported" ||
            w == "results" || w == "tallied" || w == "decided")
          declared_after = true;
      }
      bool holder_before = false;
      for (std::size_t back = n1.first; back > s.first;) {
        --back;
        if (tok(back).kind == TokKind::punct && tok(back).punct != ',' && tok(back).punct != '%') break;
        if (const Mention* m = mention_at(ms, back); m && party_of_const(*m) >= 0) holder_before = true;
      }
      if (!results_before && !declared_after && (win_verb || holder_before)) {
        total_for_tally = static_cast<int>(n2.value);
        n2.used = true;
        tally_index = a;
        continue;
      }
      n1.used = n2.used = true;
      return Coverage{static_cast<int>(n1.value), static_cast<int>(n2.value)};
    }
    // "all 650 seats declared", "results of all 543 constituencies"
    for (auto& n : nums) {
      if (n.used || n.excluded || !n.seat_noun) continue;
      bool all = n.first > s.first && is_word(n.first - 1, "all");
      bool declared_after = false, pending = false;
      for (std::size_t k = n.head_end; k < std::min(s.last, n.head_end + 4); ++k) {
        std::string_view w = norm(k);
        // "The ANC took 159 seats, Reuters reported.": a clause after a comma reports the sentence, it does not
        // say the seats were declared
        if (tok(k).kind == TokKind::punct) break;
        if (w == "declared" || w == "counted" || w == "announced" || w == "called" || w == "reported" || w == "tallied")
          declared_after = true;
        // "nine races still to be called", "12 seats yet to be declared": what is not declared
        if (w == "still" || w == "yet" || w == "be" || w == "not" || w == "remaining" || w == "pending" || w == "left" ||
            w == "outstanding" || w == "uncalled" || w == "undeclared")
          pending = true;
      }
      if (pending) {
        n.excluded = true;
        continue;
      }
      bool results_before = n.first >= s.first + 2 &&
                            (is_word(n.first - 1, "of") || is_word(n.first - 1, "for") || is_word(n.first - 1, "in") ||
                             (all && (is_word(n.first - 2, "of") || is_word(n.first - 2, "for") || is_word(n.first - 2, "in")))) &&
                            (is_word(n.first - 2, "results") || is_word(n.first - 3, "results") || is_word(n.first - 2, "counting"));
      if (declared_after || results_before) {
        n.used = true;
        return Coverage{static_cast<int>(n.value), all ? std::optional<int>(static_cast<int>(n.value)) : std::nullopt};
      }
    }
    return std::nullopt;
  }

  bool is_independents(const Mention& m) const {
    return std::any_of(m.entries.begin(), m.entries.end(), [&](const AliasEntry* e) {
      return e->kind == EntityKind::party && lex_.tables.parties[static_cast<std::size_t>(e->index)].canonical == "Independents";
    });
  }

  /// The role a descriptive party word names: "ruling" (also governing, incumbent) or "opposition"; empty for
  /// any other word.
  static std::string_view role_word(std::string_view w) {
    if (w == "ruling" || w == "governing" || w == "incumbent") return "ruling";
    if (w == "opposition") return "opposition";
    return {};
  }
  /// "the ruling party" -> "ruling"; "the party", "the largest party" -> empty.
  std::string_view label_of_anaphor(const Mention& m) const {
    if (m.name_last != m.first + 3) return {};
    return role_word(norm(m.first + 1));
  }
  /// "the ruling Awami League", "the main opposition BNP", "the opposition Jatiya Party": records the party
  /// each role names, for "the ruling party" later in the article. One look at each mention of the sentence.
  void record_labels(const std::vector<const Mention*>& ms) {
    for (auto* m : ms) {
      if (m->anaphor || !m->person.empty() || m->first == 0 || !has_kind(*m, EntityKind::party)) continue;
      std::string_view role = role_word(norm(m->first - 1));
      if (role.empty() || tok(m->first - 1).cap) continue;
      int p = party_of(*m);
      if (p < 0) continue;
      auto [it, inserted] = labels_.try_emplace(std::string(role), p);
      if (!inserted && it->second != p) it->second = p;  // the latest label wins ("the new ruling party")
      party_labels_.insert(p);
    }
  }

  int party_of_const(const Mention& m) const {
    if (m.local_party >= 0) return m.local_party;
    for (const AliasEntry* e : m.entries) {
      if (e->kind == EntityKind::party) return 0;
    }
    return -1;
  }

  /// Marks mentions that cannot hold seats in this sentence.
  void mark_holders(const detail::Sentence& s, std::vector<const Mention*>& ms) {
    for (auto* cm : ms) {
      auto* m = const_cast<Mention*>(cm);
      m->holder = has_kind(*m, EntityKind::party);
      m->source_context = false;
      std::size_t b = m->first;
      // look past determiners and owners: "backed by the PTI", "led by Rahul Gandhi's Congress party"
      while (b > s.first && (is_word(b - 1, "the") || is_word(b - 1, "its") || is_word(b - 1, "their") ||
                             (tok(b - 1).possessive && tok(b - 1).cap) ||
                             (tok(b - 1).cap && b < m->first && tok(b).possessive)))
        --b;
      std::string_view w1 = b > s.first ? norm(b - 1) : std::string_view();
      std::string_view w2 = b > s.first + 1 ? norm(b - 2) : std::string_view();
      if (w1 == "told" || w1 == "via" || w2 == "told" || w1 == "agency" || w1 == "cited" || w1 == "citing") {
        m->source_context = true;
      }
      bool has_source = has_kind(*m, EntityKind::source);
      if (has_source && b > s.first && (w1 == "to" && w2 == "according")) m->source_context = true;
      if (has_source && m->last < s.last) {
        std::string_view a = norm(m->last);
        if (a == "reported" || a == "said" || a == "news" || a == "quoted" || a == "reports") m->source_context = true;
      }
      if (m->source_context) m->holder = false;
      // "backed by PTI", "supported by X", "allied with X", "PTI-backed"
      bool by_modifier = w1 == "by" && (w2 == "backed" || w2 == "supported" || w2 == "led" || w2 == "fielded" ||
                                        w2 == "endorsed" || w2 == "sponsored" || w2 == "nominated" || w2 == "headed" ||
                                        w2 == "founded" || w2 == "affiliated" || w2 == "defeated" || w2 == "beaten" ||
                                        w2 == "ousted" || w2 == "replaced" || w2 == "opposed");
      bool with_modifier = w1 == "with" && (w2 == "allied" || w2 == "aligned" || w2 == "affiliated" || w2 == "along" ||
                                            w2 == "together" || w2 == "alliance" || w2 == "coalition" || w2 == "ties" ||
                                            w2 == "talks" || w2 == "merged");
      m->weak = false;
      if (by_modifier || with_modifier || w1 == "from" || w1 == "against" || w1 == "than" || w1 == "behind" ||
          w1 == "over" || w1 == "like" || w1 == "including" || w1 == "to" || w1 == "joined" || w1 == "left" ||
          w1 == "quit" || w1 == "defeated" || w1 == "beat" || w1 == "rival" || w1 == "rivals" || w1 == "in" ||
          w1 == "of" || w1 == "into" || w1 == "within" || w1 == "among" || w1 == "trounced" || w1 == "routed" ||
          w1 == "crushed" || w1 == "thrashed" || w1 == "ousted" || w1 == "overtook" || w1 == "outpaced" ||
          w1 == "humbled" || w1 == "stunned" || w1 == "upset" || w1 == "unseated" || w1 == "toppled" || w1 == "swept" ||
          w1 == "cost" || w1 == "costing" || w1 == "denied" || w1 == "deprived" || w1 == "majority" || w2 == "majority") {
        m->weak = m->holder && !m->source_context && !by_modifier && !with_modifier &&
                  (w1 == "behind" || (w1 == "of" && w2 == "ahead") || w1 == "than" || w1 == "against" || w1 == "over" ||
                   w1 == "like" ||
                   // "365 seats to Labour's 202": a possessive with its own count after "to"
                   (w1 == "to" && tok(m->name_last - 1).possessive && m->last < s.last &&
                    tok(m->last).kind == TokKind::number));
        m->holder = false;
      }
      // "Awami League members who ran ...": the party name qualifies a noun
      if (m->last < s.last && tok(m->last).kind == TokKind::word) {
        static constexpr std::string_view adjunct[] = {
            "members", "member", "leaders", "leader", "supporters", "workers", "officials", "activists", "chief",
            "spokesperson", "spokesman", "spokeswoman", "chairman", "chairperson", "president", "founder",
            "government", "governments", "manifesto", "ticket", "tickets", "symbol", "camp", "voters", "loyalists",
            "rebels", "rebel", "dissidents", "stalwart", "stalwarts", "veteran", "veterans", "heavyweight",
            "heavyweights", "secretary", "general", "minister", "ministers", "mp", "mla", "mna", "senator",
            "lawmaker", "legislator", "nominee", "candidate", "patron", "head", "wing", "office", "headquarters",
            "rally", "rallies", "stronghold", "strongholds", "bastion", "vote", "votes", "share", "chairwoman",
            "ally", "allies", "partner", "partners"};
        if (detail::in(adjunct, norm(m->last)) && !tok(m->last).cap) {
          m->holder = false;
          m->weak = false;
        }
      }
      if (m->last < s.last && tok(m->last).hyphen_before) {
        std::string_view a = norm(m->last);
        if (a == "backed" || a == "led" || a == "supported" || a == "affiliated" || a == "aligned" || a == "allied")
          m->holder = false;
      }
      if (inside_brackets(s, m->first)) m->holder = false;
      // "PDP-Laban, the former president's party, and its partners": the name restated holds the count
      if (!m->person.empty() && m->apposition >= 0) m->holder = false;
      // "113 Khyber Pakhtunkhwa (KP) seats": a name right after a number describes the number
      // (a year is not: "In 2024 PTI won 90 seats")
      if (m->first > s.first && tok(m->first - 1).kind == TokKind::number) {
        const Token& before = tok(m->first - 1);
        bool year = !before.decimal && !before.grouped && before.value >= 1900 && before.value <= 2100;
        // ("62 independents were returned": the number counts the independents themselves)
        if (!year && !is_independents(*m)) m->holder = false;
      }
      // "the PTI's troubles": a possessive names the party as an owner, not a holder of seats, unless what
      // it owns is a count ("the BJP's 240", "the PTI's tally")
      if (tok(m->name_last - 1).possessive && m->last < s.last) {
        const Token& next = tok(m->last);
        std::string_view a = norm(m->last);
        long ignored = 0;
        bool count = next.kind == TokKind::number || detail::number_words(tokens_, m->last, s.last, ignored) > 0 ||
                     a == "tally" || a == "count" || a == "total" || a == "haul" || a == "strength" || a == "seat" ||
                     a == "seats" || a == "share" || a == "candidates" || a == "nominees" || a == "lead" ||
                     a == "own" || a == "final" || a == "latest" || a == "provisional" || a == "overall" || a == "number" ||
                     (a == "to" && m->last + 1 < s.last &&
                      (tok(m->last + 1).kind == TokKind::number || detail::number_words(tokens_, m->last + 1, s.last, ignored) > 0));  // "the SJB's to 40"
        if (!count) m->holder = false;
      }
    }
    // "the Sigamos Haciendo Historia coalition of Morena, the Green Party (PVEM) and the Labor Party (PT) is on
    // course to win 346": the members listed after "coalition of" do not hold the coalition's count
    bool members = false;
    for (std::size_t i = 0; i < ms.size(); ++i) {
      auto* m = const_cast<Mention*>(ms[i]);
      std::size_t b = m->first;
      while (b > s.first && is_word(b - 1, "the")) --b;
      std::string_view w1 = b > s.first ? norm(b - 1) : std::string_view();
      std::string_view w2 = b > s.first + 1 ? norm(b - 2) : std::string_view();
      if ((w1 == "of" && (w2 == "coalition" || w2 == "alliance" || w2 == "bloc" || w2 == "grouping" || w2 == "front" ||
                          w2 == "consisting" || w2 == "comprised" || w2 == "composed" || w2 == "made")) ||
          w1 == "comprising" || w1 == "including") {
        members = true;
      } else if (members && i > 0) {
        // the list goes on only through commas, "and", "or", "the" and bracketed acronyms
        bool list = b > ms[i - 1]->last;
        for (std::size_t k = ms[i - 1]->last; k < b && list; ++k) {
          list = is_punct(k, ',') || is_punct(k, '(') || is_punct(k, ')') || is_word(k, "and") || is_word(k, "or") ||
                 is_word(k, "the") || inside_brackets(s, k);
        }
        members = list;
      } else {
        members = false;
      }
      if (members) {
        m->holder = false;
        m->weak = false;
      }
    }
  }

  Qualifier qualifier_before(std::size_t k, std::size_t first, std::size_t& qual_first) const {
    qual_first = k;
    auto w = [&](std::size_t back) -> std::string_view { return k >= first + back ? norm(k - back) : std::string_view(); };
    auto set = [&](std::size_t n, Qualifier q) {
      qual_first = k - n;
      return q;
    };
    if (w(2) == "at" && w(1) == "least") return set(2, Qualifier::at_least);
    if (w(3) == "no" && w(2) == "fewer" && w(1) == "than") return set(3, Qualifier::at_least);
    if (w(3) == "no" && w(2) == "less" && w(1) == "than") return set(3, Qualifier::at_least);
    if (w(3) == "not" && w(2) == "less" && w(1) == "than") return set(3, Qualifier::at_least);
    if (w(2) == "more" && w(1) == "than") return set(2, Qualifier::more_than);
    if (w(2) == "upwards" && w(1) == "of") return set(2, Qualifier::more_than);
    if (w(1) == "over" || w(1) == "above") return set(1, Qualifier::more_than);
    if (w(2) == "up" && w(1) == "to") return set(2, Qualifier::at_most);
    if (w(3) == "as" && w(2) == "many" && w(1) == "as") return set(3, Qualifier::at_most);
    if (w(2) == "at" && w(1) == "most") return set(2, Qualifier::at_most);
    if (w(3) == "no" && w(2) == "more" && w(1) == "than") return set(3, Qualifier::at_most);
    if (w(2) == "fewer" && w(1) == "than") return set(2, Qualifier::less_than);
    if (w(2) == "less" && w(1) == "than") return set(2, Qualifier::less_than);
    if (w(1) == "under" || w(1) == "below") return set(1, Qualifier::less_than);
    if (w(2) == "close" && w(1) == "to") return set(2, Qualifier::about);
    if (w(2) == "an" && w(1) == "estimated") return set(2, Qualifier::about);
    if (w(1) == "nearly" || w(1) == "almost" || w(1) == "around" || w(1) == "about" || w(1) == "roughly" ||
        w(1) == "approximately" || w(1) == "some" || w(1) == "approx" || w(1) == "circa" || w(1) == "estimated")
      return set(1, Qualifier::about);
    if (w(1) == "between") return set(1, Qualifier::range);
    return Qualifier::exact;
  }

  struct Link {
    const Mention* party;
    NumberItem* number;
    Qualifier qualifier;
    std::optional<int> seats_max;
    std::size_t qual_first;
  };

  /// Coordinated parties ending just before k: "A, B and C" / "A and B". Returns them in order.
  std::vector<const Mention*> party_list_before(std::size_t k, std::size_t first, const std::vector<const Mention*>& ms) const {
    std::vector<const Mention*> out;
    std::size_t pos = k;
    while (pos > first) {
      const Mention* m = nullptr;
      for (auto* c : ms) {
        if (c->last == pos && c->holder) m = c;
      }
      if (!m) break;
      out.insert(out.begin(), m);
      pos = m->first;
      if (pos > first && is_word(pos - 1, "the")) --pos;
      if (pos > first && is_word(pos - 1, "and") && pos >= first + 2 && is_punct(pos - 2, ',')) pos -= 2;
      else if (pos > first && (is_word(pos - 1, "and") || is_word(pos - 1, "&") || is_punct(pos - 1, ',') || is_punct(pos - 1, '&'))) pos -= 1;
      else break;
      // "the Telugu Desam Party of Andhra Pradesh and the Janata Dal (United) of Bihar"
      std::size_t q = pos;
      while (q > first && tok(q - 1).cap && tok(q - 1).kind == TokKind::word && !mention_at(ms, q - 1)) --q;
      if (q < pos && q > first + 1 && is_word(q - 1, "of")) pos = q - 1;
    }
    return out;
  }

  /// True when, between a party and a count, a new list item starts with a name the tables do not know:
  /// "the New Popular Front won 182 seats, Ensemble 168 and the National Rally and its allies 143".
  bool new_item_between(const detail::Sentence& s, std::size_t from, std::size_t to, const std::vector<NumberItem>& nums) const {
    std::size_t start = from;
    for (std::size_t k = from; k < to; ++k) {
      if (is_punct(k, ',') || is_punct(k, ';')) start = k + 1;
      for (const auto& n : nums) {
        if (n.last == k + 1 && n.first >= from) start = k + 1;
      }
    }
    if (start == from) return false;  // no list boundary: "the ANC in KwaZulu-Natal won 14"
    std::size_t k = start;
    while (k < to && (is_word(k, "and") || is_word(k, "while") || is_word(k, "with") || is_word(k, "the") || is_punct(k, ','))) ++k;
    if (k >= to || tok(k).kind != TokKind::word || !tok(k).cap || mention_at_any(k)) return false;
    std::string_view w = norm(k);
    static constexpr std::string_view not_names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    return !detail::in_set<detail::kMonthList>(w) && !detail::in(not_names, w) && (void(s), true);
  }

  /// True when a capitalised word that names nothing known stands right before the count at qf ("the
  /// CPN-UML 78", "Rise 12", "Sumar on 31"), not at the start of the sentence.
  bool unknown_name_before(const detail::Sentence& s, std::size_t qf, const std::vector<const Mention*>& ms) const {
    std::size_t end = qf;
    if (end > s.first && (is_word(end - 1, "on") || is_word(end - 1, "at") || is_word(end - 1, "with") || is_punct(end - 1, ':')))
      --end;
    // "ITAK's to eight"
    if (end > s.first + 1 && is_word(end - 1, "to") && tok(end - 2).possessive) --end;
    if (end <= s.first + 1) return false;
    const Token& t = tok(end - 1);
    if (t.kind != TokKind::word || !t.cap || t.sentence_start || mention_at(ms, end - 1)) return false;
    std::string_view w = norm(end - 1);
    if (detail::in_set<detail::kMonthList>(w)) return false;
    // "the Shiv Sena of Chief Minister Eknath Shinde at about 48": a person who qualifies the party
    std::size_t run = end - 1;
    while (run > s.first && tok(run - 1).kind == TokKind::word && tok(run - 1).cap && !mention_at(ms, run - 1) &&
           end - run < 5)
      --run;
    if (run > s.first) {
      std::string_view before = norm(run - 1);
      if (before == "of" || before == "by" || before == "under" || tok(run - 1).possessive) return false;
    }
    static constexpr std::string_view common[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                  "sunday", "i", "we", "he", "she", "they", "it", "this", "that"};
    return !detail::in(common, w);
  }

  /// A party the tables do not know, named right before its count in a list: "and Komeito 24",
  /// "Reiwa Shinsengumi 9", "partner Komeito on 21". Only after a list separator, never at a sentence start.
  /// A coordinated list of names right before token k, names the tables do not know included when they end
  /// in a party word: "the Workers Party of Bangladesh, the Jatiya Samajtantrik Dal-JSD and the Kalyan Party
  /// (won one each)". Empty unless it has two names or more joined by "and".
  std::vector<const Mention*> named_list_before(std::size_t k, const detail::Sentence& s, const std::vector<const Mention*>& ms) {
    std::vector<std::pair<std::size_t, std::size_t>> names;  // [first, last) of each name, last to first
    std::vector<const Mention*> known;
    std::size_t p = k;
    bool joined = false, glued = false;
    while (p > s.first && names.size() < 12) {
      const Mention* m = mention_at(ms, p - 1);
      const Mention* inner = nullptr;
      // "the Jatiya Samajtantrik Dal-JSD": a known acronym glued to a longer name is part of that name
      if (m && tok(m->first).hyphen_before && m->first > s.first && tok(m->first - 1).cap) {
        const Mention* whole = mention_at(ms, m->first - 1);
        if (whole && has_kind(*whole, EntityKind::party)) {
          names.push_back({whole->first, p});
          known.push_back(whole);
          p = whole->first;
          m = nullptr;
          glued = true;
        } else {
          m = nullptr;
        }
      }
      // "the Workers Party of Bangladesh": a place closing a longer name
      if (m && !has_kind(*m, EntityKind::party) && m->first > s.first && is_word(m->first - 1, "of")) m = nullptr;
      // "the Coastal People's Party": a known name inside a longer one
      if (m && m->first > s.first && tok(m->first - 1).kind == TokKind::word && tok(m->first - 1).cap &&
          !mention_at(ms, m->first - 1)) {
        inner = m;
        m = nullptr;
      }
      if (glued) {
        glued = false;
      } else if (m) {
        if (!has_kind(*m, EntityKind::party)) break;
        names.push_back({m->first, p});
        known.push_back(m);
        p = m->first;
      } else {
        std::size_t st = p;
        while (st > s.first && tok(st - 1).kind == TokKind::word &&
               (st == p || !mention_at(ms, st - 1) || mention_at(ms, st - 1) == inner || tok(st).hyphen_before) &&
               (tok(st - 1).cap || tok(st - 1).hyphen_before ||
                ((is_word(st - 1, "of") || is_word(st - 1, "for")) && st - 1 > s.first && tok(st - 2).cap)))
          --st;
        bool keyword = false;
        for (std::size_t j = st; j < p; ++j) keyword |= detail::in_set<detail::kPartyKeywordList>(norm(j));
        if (st == p || !keyword || tok(st).sentence_start || is_word(st, "of") || is_word(st, "for")) break;
        names.push_back({st, p});
        known.push_back(nullptr);
        p = st;
      }
      if (p > s.first && is_word(p - 1, "the")) --p;
      if (p > s.first && is_word(p - 1, "and")) {
        joined = true;
        --p;
        if (p > s.first && is_punct(p - 1, ',')) --p;
        continue;
      }
      if (p > s.first && is_punct(p - 1, ',') && joined) {  // walking back through 'A, B and C'
        --p;
        continue;
      }
      break;
    }
    std::vector<const Mention*> out;
    if (!joined || names.size() < 2) return out;
    for (std::size_t i = names.size(); i-- > 0;) {
      if (known[i]) {
        out.push_back(known[i]);
        continue;
      }
      Mention m;
      m.first = names[i].first;
      m.name_last = m.last = names[i].second;
      m.local_party = add_party(std::string(slice(m.first, m.last)), "");
      adhoc_.push_back(m);
      out.push_back(&adhoc_.back());
    }
    return out;
  }

  const Mention* adhoc_party(const detail::Sentence& s, std::size_t qf, const std::vector<const Mention*>& ms) {
    std::size_t end = qf;
    if (end > s.first && (is_word(end - 1, "on") || is_word(end - 1, "at") || is_word(end - 1, "with") || is_punct(end - 1, ':')))
      --end;
    std::size_t start = end;
    while (start > s.first && tok(start - 1).kind == TokKind::word && (tok(start - 1).cap || tok(start - 1).hyphen_before) &&
           !mention_at(ms, start - 1) && end - start < 4)
      --start;
    if (start == end || start == s.first || tok(start).sentence_start) return nullptr;
    if (in_set<detail::kMonthList>(norm(start)) || tok(start).possessive) return nullptr;
    for (std::size_t k = start; k < end; ++k) {
      if (tok(k).possessive || lex_.match(tokens_, k, end).length > 0) return nullptr;
    }
    std::size_t before = start - 1;
    if (is_word(before, "the") && before > s.first) --before;  // ", the Moderates 68"
    bool separator = is_punct(before, ',') || is_word(before, "and") || is_word(before, "while") ||
                     is_word(before, "partner") || is_word(before, "ally") || is_punct(before, ':');
    if (!separator) return nullptr;
    // the list must already hold a known party followed by its count
    bool list = false;
    for (auto* m : ms) list |= m->last <= start && m->holder;
    if (!list) return nullptr;
    Mention m;
    m.first = start;
    m.name_last = m.last = end;
    m.local_party = add_party(std::string(slice(start, end)), "");
    adhoc_.push_back(m);
    return &adhoc_.back();
  }

  /// Runs of numbers joined by commas and "and" ("15, 3 and 2 seats") pair with a list of parties of the same
  /// length: the one before "respectively", or the one right before the verb. A run that pairs with nothing is
  /// nobody's count ("ANP won 5, 6, 7 seats" says no one number), so step 3 never hands it to one party.
  void link_parallel_lists(const detail::Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                           std::vector<Link>& links) {
    std::size_t i = 0;
    while (i < nums.size()) {
      // the run starting at i
      std::vector<NumberItem*> run;
      std::size_t j = i;
      for (; j < nums.size(); ++j) {
        NumberItem& n = nums[j];
        if (n.used || n.excluded) break;
        if (!run.empty()) {
          const NumberItem& prev = *run.back();
          if (prev.seat_noun) break;  // "93 seats and 9 of them": a count, then something about it
          std::size_t k = prev.last;
          if (is_punct(k, ',') && is_word(k + 1, "and")) k += 2;
          else if (is_punct(k, ',') || is_word(k, "and")) k += 1;
          else break;
          if (n.first != k) break;
        }
        if (mention_at(ms, n.seat_noun ? n.head_end : n.last)) break;  // "17 independents": a count for them
        if (n.last < s.last && detail::in_set<detail::kChangeAfterList>(norm(n.last))) break;  // "six, two more than"
        run.push_back(&n);
      }
      if (run.size() < 2 || (run.size() == 2 && run.front()->first > s.first && is_word(run.front()->first - 1, "between"))) {
        i = std::max(j, i + 1);
        continue;
      }
      i = j;
      std::size_t end = run.back()->seat_noun ? run.back()->head_end : run.back()->last;
      if (is_punct(end, ',')) ++end;
      bool respectively = is_word(end, "respectively");
      std::vector<const Mention*> parties;
      if (respectively) {
        // the last coordinated list of holders before the numbers
        for (std::size_t p = run.front()->first; p > s.first && parties.empty(); --p) {
          if (!mention_at(ms, p - 1)) continue;
          auto candidate = party_list_before(p, s.first, ms);
          if (candidate.size() == run.size()) parties = candidate;
        }
      } else {
        // the list right before the verb: "PTI, PML-N and PPP won 90, 75 and 54 seats"
        std::size_t p = run.front()->first;
        for (std::size_t steps = 0; steps < 4 && p > s.first && tok(p - 1).kind == TokKind::word && !mention_at(ms, p - 1); ++steps) --p;
        if (p < run.front()->first) parties = party_list_before(p, s.first, ms);
      }
      if (parties.size() == run.size()) {
        for (std::size_t k = 0; k < run.size(); ++k) {
          std::size_t qf;
          Qualifier q = qualifier_before(run[k]->first, s.first, qf);
          links.push_back({parties[k], run[k], q == Qualifier::range ? Qualifier::exact : q, std::nullopt, qf});
        }
      }
      for (auto* n : run) n->used = true;
    }
  }

  void link_sentence(const detail::Sentence& s, std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                     std::vector<Link>& links, bool tally_context) {
    bool sentence_blocked = false;
    // 1. parallel lists: "A, B and C won 15, 3 and 2 seats respectively", "A and B won 90 and 54 seats"
    link_parallel_lists(s, ms, nums, links);
    // 2. "X and Y got two seats each"
    for (auto& n : nums) {
      if (n.used || n.excluded) continue;
      std::size_t after = n.seat_noun ? n.head_end : n.last;
      if (!(is_word(after, "each") || is_word(after, "apiece"))) continue;
      // walk back over the verb to the party list
      std::size_t k = n.first;
      std::size_t guard = 0;
      while (k > s.first && guard < 4 && tok(k - 1).kind == TokKind::word && !mention_at(ms, k - 1)) {
        --k;
        ++guard;
      }
      // "Three smaller parties - A, B and C - won one seat each": the list between dashes
      if (k > s.first + 1 && is_punct(k - 1, '-') && mention_at(ms, k - 2)) --k;
      auto parties = party_list_before(k, s.first, ms);
      if (auto named = named_list_before(k, s, ms); named.size() > parties.size()) parties = std::move(named);
      n.used = true;  // "three parties with one seat each": a share, not one party's count
      if (parties.size() < 2) continue;
      for (auto* p : parties) links.push_back({p, &n, Qualifier::exact, std::nullopt, n.first});
    }
    // 3. one party per number
    for (auto& n : nums) {
      if (n.used || n.excluded) continue;
      std::size_t qf;
      Qualifier q = qualifier_before(n.first, s.first, qf);
      std::optional<int> seats_max;
      bool hyphen_range = n.last < s.last && tok(n.last).kind == TokKind::number && tok(n.last).hyphen_before;
      // "from 43 to 54" is a change, not a range
      bool from_before = n.first > s.first && is_word(n.first - 1, "from");
      if (q == Qualifier::exact && !n.seat_noun && ((is_word(n.last, "to") && !from_before) || hyphen_range)) {
        for (auto& m : nums) {
          bool next = m.first == n.last + 1 || (hyphen_range && m.first == n.last);
          if (next && !m.excluded && !m.used && m.value > n.value && m.value < 2 * n.value + 10) {
            q = Qualifier::range;
            qf = n.first;
          }
        }
      }
      if (q == Qualifier::range) {
        // "between 230 and 250 seats", "131 to 166"
        NumberItem* upper = nullptr;
        for (auto& m : nums) {
          if (m.first == n.last + 1 && (is_word(n.last, "and") || is_word(n.last, "to")) && !m.excluded) upper = &m;
          if (hyphen_range && m.first == n.last && !m.excluded) upper = &m;
        }
        if (upper && upper->value < n.value) {
          upper->used = n.used = true;  // "between 900 and 10 seats": neither is a count
          continue;
        }
        if (!upper) {
          q = Qualifier::exact;
        } else {
          seats_max = static_cast<int>(upper->value);
          upper->used = true;
          n.seat_noun = n.seat_noun || upper->seat_noun;
          n.head_end = upper->head_end;
          if (n.chamber.empty()) n.chamber = upper->chamber;
        }
      }
      // a change, not a tally: "gained 20 seats", "up 12", "20 more seats"
      if (qf > s.first) {
        std::string_view before = norm(qf - 1);
        if (detail::in_set<detail::kChangeBeforeList>(before)) continue;
        if (before == "in" && qf >= s.first + 2 &&
            (is_word(qf - 2, "second") || is_word(qf - 2, "third") || is_word(qf - 2, "fourth") || is_word(qf - 2, "up")))
          continue;  // "second in 98 of them": places, not seats won
        if (before == "to" && qf >= s.first + 2 && detail::in_set<detail::kChangeToList>(norm(qf - 2))) {
          // "rose to 120": the new level, a tally
        }
      }
      if (n.last < s.last && detail::in_set<detail::kChangeAfterList>(norm(n.last))) continue;
      if (n.first > s.first && (is_punct(n.first - 1, '+') || is_punct(n.first - 1, '-')) && !tok(n.first).space_before) continue;

      const Mention* holder = nullptr;
      // forward: "N seats went to X", "with 240 seats, the BJP ..."
      const Mention* forward = nullptr;
      bool points_elsewhere = false;  // "16 seats held by parties outside", "121 for the Mahayuti"
      {
        std::size_t k = n.seat_noun ? n.head_end : n.last;
        if (seats_max) {
          for (auto& m2 : nums) {
            if (m2.used && static_cast<int>(m2.value) == *seats_max && m2.first >= n.last) k = std::max(k, m2.seat_noun ? m2.head_end : m2.last);
          }
        }
        std::size_t steps = 0;
        std::size_t first_cap = 0;  // the first capitalised word walked over
        bool explicit_to = false;
        while (k < s.last && steps < 5) {
          if (const Mention* m = mention_at(ms, k)) {
            if (has_kind(*m, EntityKind::party) && !m->source_context && !inside_brackets(s, m->first)) forward = m;
            break;
          }
          std::string_view w = norm(k);
          if (tok(k).cap && tok(k).kind == TokKind::word && steps > 0) {  // a person's name: "won by Eknath Shinde's Shiv Sena"
            if (first_cap == 0) first_cap = k;
            ++k;
            continue;
          }
          if (w == "went" || w == "go" || w == "goes" || w == "going" || w == "gone" || w == "to" || w == "for" ||
              w == "by" || w == "were" || w == "was" || w == "won" || w == "have" || w == "has" || w == "in" ||
              w == "favour" || w == "favor" || w == "of" || w == "the" || w == "taken" || w == "bagged" ||
              w == "secured" || w == "claimed" || w == "captured" || w == "shared" || w == "split" || w == "divided" ||
              w == "among" || w == "between" || w == "are" || w == "went" || w == "held" || w == "controlled" ||
              ((w == "opposition" || w == "ruling" || w == "governing" || w == "incumbent" || w == "rival" ||
                w == "main") && k > s.first && is_word(k - 1, "the"))) {
            explicit_to |= w == "to" || w == "by" || w == "for" || w == "among" || w == "between";
          } else if (!(is_punct(k, ',') && steps == 0)) {
            break;
          }
          ++k;
          ++steps;
        }
        // "218 seats to the Democrats' 211", "365 seats to Labour's 202": the possessive name owns the number
        // after it, not the one before
        if (forward && tok(forward->name_last - 1).possessive && forward->last < s.last &&
            tok(forward->last).kind == TokKind::number)
          forward = nullptr;
        // "62 independents were returned", "113 independent candidates": the number counts the people named
        bool counted_people = forward && forward->first == n.last && is_independents(*forward);
        if (counted_people) {
          // ... when a verb of winning follows: "62 independents were returned", "two independents also won seats"
          bool won = false;
          for (std::size_t j = forward->last; j < std::min(s.last, forward->last + 12) && !won; ++j) {
            std::string_view w = norm(j);
            if (is_punct(j, ';') || is_punct(j, '.') || w == "and" || w == "but" || w == "while" || w == "whereas") break;
            won = detail::in_set<detail::kWonList>(w) || detail::in_set<detail::kLeadingList>(w) || w == "returned" ||
                  w == "elected";
          }
          counted_people = won;
        }
        if (forward && !explicit_to && !n.seat_noun && !counted_people) forward = nullptr;
        // without "to/for/by", only a count that opens its sentence points forward: "With 240 seats, the BJP ..."
        if (forward && !explicit_to && qf > s.first + 1 && !counted_people) forward = nullptr;
        points_elsewhere = !forward && explicit_to && steps > 0 && k < s.last && !mention_at(ms, k) &&
                           (tok(k).kind == TokKind::word);
        // "35 seats for the PVV and 25 for GroenLinks": a name the tables do not know, after "for" or "to"
        if (!forward && explicit_to && first_cap > 0 && (k >= s.last || !mention_at(ms, k))) {
          k = first_cap;
          points_elsewhere = true;
        }
        if (points_elsewhere && tok(k).cap && !tok(k).sentence_start && (n.seat_noun || tally_context)) {
          std::size_t len = capitalised_run(k, s.last);
          std::size_t end = k + len;
          bool closed = end >= s.last || tok(end).kind == TokKind::punct || is_word(end, "and") || is_word(end, "while") ||
                        is_word(end, "with") || is_word(end, "against");
          bool plain = len >= 1 && len <= 4 && !detail::in_set<detail::kMonthList>(norm(k));
          for (std::size_t j = k; j < end && plain; ++j) plain = !tok(j).possessive && !mention_at(ms, j);
          if (closed && plain && source_kind_of(k, end) == SourceKind::unknown) {
            Mention m;
            m.first = k;
            m.name_last = m.last = end;
            m.local_party = add_party(std::string(slice(k, end)), "");
            adhoc_.push_back(m);
            forward = &adhoc_.back();
            points_elsewhere = false;
          }
        }
      }
      if (points_elsewhere) continue;
      if (forward) {
        holder = forward;
      } else {
        // backward: the nearest party before the number that can hold seats
        std::size_t gap_tokens = 0;
        for (std::size_t b = qf; b > s.first && gap_tokens <= kMaxLinkGap;) {
          --b;
          ++gap_tokens;
          if (is_punct(b, ';') || (is_punct(b, ':') && b + 1 != qf)) break;
          const Mention* m = mention_at(ms, b);
          if (!m) continue;
          if (m->holder) {
            holder = m;
            break;
          }
          // "... including the PAC, which holds one seat": a relative clause on the name right before it
          if (has_kind(*m, EntityKind::party) && !m->source_context && !inside_brackets(s, m->first) &&
              is_punct(m->last, ',') && (is_word(m->last + 1, "which") || is_word(m->last + 1, "who")) &&
              qf - m->last <= 6) {
            bool close = true;
            for (std::size_t k = m->last + 2; k < qf && close; ++k) {
              std::string_view w = norm(k);
              close = w == "has" || w == "had" || w == "holds" || w == "held" || w == "won" || w == "took" ||
                      w == "got" || w == "now" || w == "only" || w == "just" || w == "still" || w == "also" ||
                      w == "currently";
            }
            if (close) {
              holder = m;
              break;
            }
          }
          if (m->weak && qf - m->last <= 3) {
            // "behind the ANC, which has 230", "ahead of the PML-N on 60"
            bool close = true;
            for (std::size_t k = m->last; k < qf && close; ++k) {
              std::string_view w = norm(k);
              close = is_punct(k, ',') || w == "which" || w == "who" || w == "has" || w == "had" || w == "holds" ||
                      w == "with" || w == "on" || w == "at" || w == "won" || w == "took" || w == "got" || w == "now";
            }
            if (close) {
              holder = m;
              break;
            }
          }
          b = m->first;
        }
        // "Labour only 22, after the election in which the nationalists won 64": another subject wins it
        for (std::size_t k = holder ? holder->last : qf; k + 3 < qf && holder; ++k) {
          if ((is_word(k, "which") || is_word(k, "where") || is_word(k, "when")) && is_word(k + 1, "the") &&
              tok(k + 2).kind == TokKind::word && !tok(k + 2).cap && !mention_at(ms, k + 2) &&
              (detail::in_set<detail::kWonList>(norm(k + 3)) || is_word(k + 3, "had") || is_word(k + 3, "has") ||
               is_word(k + 3, "held") || is_word(k + 3, "holds")))
            holder = nullptr;
        }
        if (holder && !gap_allows(holder->last, qf, nums)) {
          holder = nullptr;
          sentence_blocked = true;
        } else if (holder && sentence_blocked &&
                   (holder->last == qf || (holder->last + 1 == qf && (is_word(qf - 1, "with") || is_word(qf - 1, "on") ||
                                                                        is_word(qf - 1, "at"))))) {
          holder = nullptr;  // "The BJP contested 441 seats and the Congress 328": the verb carries over
        }
        // "... and Komeito 24", "Reiwa Shinsengumi 9": a capitalised name right before a count in a list
        if (const Mention* named = adhoc_party(s, qf, ms); named && (!holder || holder->last < named->first)) {
          holder = named;
        } else if (holder && holder->last < qf && (unknown_name_before(s, qf, ms) || new_item_between(s, holder->last, qf, nums))) {
          holder = nullptr;  // "the UML 78": a name the tables do not know holds this count, not a party further back
        }
      }
      if (!holder) continue;
      bool direct = holder->last == qf || (holder->last + 1 == qf && (is_punct(holder->last, ':') || is_punct(holder->last, '(') ||
                                                                      is_word(holder->last, "on") || is_word(holder->last, "at") ||
                                                                      is_word(holder->last, "with")));
      std::size_t after_number = n.last;
      if (seats_max) {
        for (auto& m2 : nums) {
          if (m2.used && static_cast<int>(m2.value) == *seats_max && m2.first >= n.last) after_number = std::max(after_number, m2.last);
        }
      }
      bool bare = after_number >= s.last || tok(after_number).kind == TokKind::punct || is_word(after_number, "and") ||
                   is_word(after_number, "while") || is_word(after_number, "this") || is_word(after_number, "in") ||
                   is_word(after_number, "so");
      if (!n.seat_noun && !tally_context && !direct && !(doc_seat_context_ && bare)) continue;
      if (!n.seat_noun && n.words && !direct && !tally_context) continue;
      if (n.plus && q == Qualifier::exact) q = Qualifier::at_least;
      links.push_back({holder, &n, q, seats_max, qf});
      n.used = true;
    }
    // 4. "the remaining seven seats are shared among five smaller parties", "the remaining three were split
    // among three parties": what is left over after the named parties goes to the others together
    for (auto& n : nums) {
      bool linked = std::any_of(links.begin(), links.end(), [&](const Link& l) { return l.number == &n; });
      if (n.excluded || (n.used && !linked) || n.first == s.first) continue;
      std::size_t b = n.first;
      if (!(is_word(b - 1, "remaining") || (is_word(b - 1, "other") && b > s.first + 1 && is_word(b - 2, "the")))) continue;
      bool shared = false, parties_word = false, named = false;
      for (std::size_t k = s.first; k < s.last; ++k) {
        std::string_view w = norm(k);
        shared |= w == "shared" || w == "sharing" || w == "share" || w == "split" || w == "splitting" || w == "divided" ||
                  w == "dividing" || w == "distributed" || w == "spread" || w == "went" || w == "go" || w == "going";
        // "five smaller parties", "the other parties" (not "shared among parties in proportion to the vote")
        if ((w == "parties" || w == "groups" || w == "outfits") && k > s.first) {
          std::string_view a = norm(k - 1);
          long ignored = 0;
          parties_word |= a == "smaller" || a == "small" || a == "minor" || a == "other" || a == "several" ||
                          a == "various" || tok(k - 1).kind == TokKind::number ||
                          detail::number_words(tokens_, k - 1, s.last, ignored) > 0;
        }
        if (const Mention* m = mention_at(ms, k); m && k == m->first && k > n.last && is_independents(*m)) named = true;
      }
      if (!shared || !parties_word || named) continue;
      Mention m;
      m.first = b - 1;
      m.name_last = m.last = b;
      m.local_party = add_party(others_name(), "*");
      adhoc_.push_back(m);
      links.push_back({&adhoc_.back(), &n, Qualifier::exact, std::nullopt, n.first});
      n.used = true;
      for (auto& l : links) {
        // "A and B were among the smaller parties sharing the remaining seven seats": not theirs
        if (l.number == &n && l.party != &adhoc_.back()) l.number = nullptr;
      }
      std::erase_if(links, [](const Link& l) { return l.number == nullptr; });
    }
  }

  /// The canonical name of the group of other parties in the tables ("Others").
  std::string others_name() const {
    for (const auto& p : lex_.tables.parties) {
      if (p.country == "*" && p.canonical != "Independents") return p.canonical;
    }
    return "Others";
  }

  /// 4. "down from 303 in 2019", "went from 43 to 54", "fell to nine from 48", "compared with 64 in 2018": a
  /// number after "from" or "compared with" is the earlier level of the count just before it, and a number
  /// after "from N to" its new level; both belong to that count's party.
  void link_changes(const detail::Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                    std::vector<Link>& links) {
    for (auto& n : nums) {
      if (n.used || n.excluded) continue;
      std::size_t q = n.first;
      while (q > s.first && (is_word(q - 1, "just") || is_word(q - 1, "only") || is_word(q - 1, "the"))) --q;
      if (q < s.first + 2) continue;
      std::string_view b1 = norm(q - 1), b2 = norm(q - 2);
      bool earlier = b1 == "from" || ((b1 == "with" || b1 == "to") && (b2 == "compared" || b2 == "compares"));
      bool new_level = b1 == "to";
      // "down from the 303 seats the BJP won five years ago": the clause after the seats names whose they were
      if ((earlier || is_word(n.first - 1, "the")) && n.seat_noun && n.head_end + 1 < s.last) {
        std::size_t p = n.head_end;
        if (is_word(p, "the") || is_word(p, "that")) ++p;
        const Mention* owner = mention_at(ms, p);
        if (owner && owner->first == p && has_kind(*owner, EntityKind::party) && owner->last < s.last &&
            (detail::in_set<detail::kWonList>(norm(owner->last)) || is_word(owner->last, "had") ||
             is_word(owner->last, "held"))) {
          links.push_back({owner, &n, Qualifier::exact, std::nullopt, q});
          n.used = true;
          continue;
        }
      }
      if (!earlier && !new_level) continue;
      // "from 43 to 54" with 54 counted: 43 is the same party's earlier level
      if (b1 == "from" && is_word(n.last, "to")) {
        const Link* next = nullptr;
        for (const auto& l : links) {
          if (l.number->first == n.last + 1) next = &l;
        }
        if (next) {
          links.push_back({next->party, &n, Qualifier::exact, std::nullopt, q});
          n.used = true;
          continue;
        }
      }
      std::size_t cue = (b1 == "from") ? q - 1 : (earlier ? q - 2 : q - 1);
      // the nearest count before the cue
      const Link* prev = nullptr;
      for (const auto& l : links) {
        if (l.number->last <= cue && (!prev || l.number->first > prev->number->first)) prev = &l;
      }
      if (!prev) continue;
      std::size_t prev_end = prev->number->seat_noun ? prev->number->head_end : prev->number->last;
      if (new_level) {
        // only "from N to M", N being the earlier level of the same count
        if (prev_end != cue || prev->number->first == s.first || !is_word(prev->number->first - 1, "from")) continue;
      } else {
        // between the count and the cue: no other party, no other count, not too far ("down from" and "up
        // from" say whose level it was from further away)
        bool change = b1 == "from" && (b2 == "down" || b2 == "up");
        if (cue - prev_end > (change ? 40U : 14U)) continue;
        bool clean = true;
        for (std::size_t k = prev_end; k < cue && clean; ++k) {
          if (const Mention* m = mention_at(ms, k); m && has_kind(*m, EntityKind::party)) clean = false;
          if (is_punct(k, ';') || is_punct(k, ':')) clean = false;
          for (const auto& other : nums) {
            if (other.used && other.first == k) clean = false;
          }
        }
        if (!clean) continue;
      }
      links.push_back({prev->party, &n, Qualifier::exact, std::nullopt, q});
      n.used = true;
    }
  }

  /// "would have", "could have", "might have" in [from, to): what follows did not happen.
  bool counterfactual(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k + 1 < to; ++k) {
      if ((is_word(k, "would") || is_word(k, "could") || is_word(k, "might")) && is_word(k + 1, "have")) return true;
    }
    return false;
  }

  /// The words between a party and its number (after the last comma) must not make the number a size, a
  /// need, a vote count or a date.
  bool gap_allows(std::size_t from, std::size_t to, const std::vector<NumberItem>& nums) const {
    std::size_t start = from;
    for (std::size_t k = from; k < to; ++k) {
      if (is_punct(k, ',') || is_punct(k, '-') || is_punct(k, '(') || is_punct(k, ')')) start = k + 1;
      // "won a two-thirds majority in the assembly with 66 seats": "with N" is the count, whatever came before
      // (but "would have ended up with 79" never happened)
      if (is_word(k, "with") && k + 1 == to && !counterfactual(start, k)) start = k + 1;
      // "formed the government after taking 240 of the 543 seats", "... by winning 411": the clause of the
      // winning verb is the one that says what the number is
      if (k > from && (is_word(k - 1, "after") || is_word(k - 1, "by") || is_word(k - 1, "upon")) &&
          (is_word(k, "taking") || is_word(k, "winning") || is_word(k, "securing") || is_word(k, "capturing") ||
           is_word(k, "bagging") || is_word(k, "sweeping") || is_word(k, "clinching") || is_word(k, "grabbing")))
        start = k + 1;
      for (auto& n : nums) {
        if (n.last == k + 1 && n.first >= from) start = k + 1;
      }
    }
    for (std::size_t k = start; k < to; ++k) {
      std::string_view w = norm(k);
      // "would win" is a projection; "would have won" never happened
      if ((w == "would" || w == "could" || w == "might") && !is_word(k + 1, "have")) continue;
      if (detail::in_set<detail::kBlockingGapList>(w) && !tok(k).hyphen_before) return false;
      // "would challenge results in 18 constituencies": seats disputed, not held
      // (not "disputes that and claims 171": a verb of holding after it says what it holds)
      if (w == "challenge" || w == "challenges" || w == "challenged" || w == "challenging" || w == "dispute" || w == "disputes" ||
          w == "disputing" || w == "recount" || w == "recounts") {
        bool holds = false;
        for (std::size_t j = k + 1; j < to && !holds; ++j) {
          std::string_view v = norm(j);
          holds = detail::in_set<detail::kWonList>(v) || v == "claims" || v == "has" || v == "holds" || v == "had";
        }
        if (!holds) return false;
      }
      if (detail::in_set<detail::kMonthList>(w) && tok(k).cap) return false;
    }
    return true;
  }

  /// True when tokens [first, last) hold a marker of the past: a year before the article's, "five years
  /// ago", "last time", "in the previous election", "outgoing House".
  bool mention_at_any(std::size_t k) const {
    auto it = std::upper_bound(mentions_.begin(), mentions_.end(), k, [](std::size_t v, const Mention& m) { return v < m.first; });
    if (it == mentions_.begin()) return false;
    --it;
    return k >= it->first && k < it->last;
  }

  /// Token k ends a count of years back: "five years ago", "a decade ago", "four years earlier" (not "two
  /// days ago", which is this election).
  bool counts_back(std::size_t k) const {
    if (k == 0) return false;
    std::string_view before = norm(k - 1);
    bool years = before == "years" || before == "year";
    return (is_word(k, "ago") && (years || before == "decade" || before == "decades")) || (is_word(k, "earlier") && years);
  }

  /// "Four years ago", "Two years earlier": a phrase that dates what follows by counting back.
  bool ago_phrase(std::size_t first, std::size_t last) const {
    for (std::size_t k = first + 1; k < last; ++k) {
      if (counts_back(k)) return true;
    }
    return false;
  }

  /// Words that bring a sentence back to the present: "now", "this time", "this year", "so far", "today".
  bool present_marker(const detail::Sentence& s) const {
    for (std::size_t k = s.first; k < s.last; ++k) {
      std::string_view w = norm(k);
      std::string_view next = k + 1 < s.last ? norm(k + 1) : std::string_view();
      if (w == "now" || w == "today" || w == "currently" || w == "latest" || w == "tonight") return true;
      if (w == "this" && (next == "time" || next == "year" || next == "week" || next == "election" || next == "month" ||
                          next == "weekend" || next == "morning" || next == "evening" || next == "round" ||
                          next == "vote" || next == "poll" || next == "contest"))
        return true;
      if (w == "so" && next == "far") return true;
    }
    return false;
  }

  bool past_marker(std::size_t first, std::size_t last, const detail::Sentence& s) const {
    int ref_year = out_.date ? out_.date->year : 0;
    auto w = [&](std::size_t k) -> std::string_view { return k < s.last ? norm(k) : std::string_view(); };
    for (std::size_t k = first; k < last; ++k) {
      const Token& t = tok(k);
      if (t.kind == TokKind::number && !t.decimal && !t.grouped && t.value >= 1900 && t.value <= 2100) {
        int year = static_cast<int>(t.value);
        if (ref_year ? year < ref_year : year < max_year_) return true;
      }
      std::string_view x = w(k);
      if ((x == "last" || x == "previous" || x == "preceding" || x == "prior" || x == "outgoing" || x == "past") &&
          (w(k + 1) == "time" || w(k + 1) == "election" || w(k + 1) == "elections" || w(k + 1) == "poll" ||
           w(k + 1) == "polls" || w(k + 1) == "general" || w(k + 1) == "parliament" || w(k + 1) == "vote" ||
           w(k + 1) == "house" || w(k + 1) == "assembly" || w(k + 1) == "contest" || w(k + 1) == "lok" ||
           w(k + 1) == "chamber" || w(k + 1) == "legislature" || w(k + 1) == "congress" || w(k + 1) == "senate" ||
           w(k + 1) == "term"))
        return true;
      if (k > first && counts_back(k)) return true;
      // "from 103 seats in 2011 to 44 four years later": later than a past year may still be past
      if (x == "later" && k > first && (w(k - 1) == "years" || w(k - 1) == "year") && k > s.first &&
          past_marker(s.first, k - 1, s))
        return true;
      if (x == "previously" || x == "formerly") return true;
      if (x == "before" && (w(k + 1) == "the" || w(k + 1) == "this") &&
          (w(k + 2) == "election" || w(k + 2) == "elections" || w(k + 2) == "vote" || w(k + 2) == "polls" || w(k + 2) == "poll"))
        return true;
    }
    return false;
  }

  bool historical(std::size_t holder_first, std::size_t holder_last, std::size_t number_first,
                  std::size_t number_last, const detail::Sentence& s, std::size_t qual_first, bool brackets) const {
    if (brackets) return true;
    if (past_frame_ && !present_marker(s)) return true;
    // "In 2013, the PML-N won 126 seats, while the PTI managed 28": the whole sentence is about the past
    if (is_word(s.first, "in") && s.first + 1 < s.last && past_marker(s.first + 1, s.first + 2, s)) return true;
    // (also after a live blog's stamp or a lead-in: "9:00pm - A reminder: in 2018, BN won 79 seats")
    for (std::size_t k = s.first + 1; k + 2 < s.last && k < s.first + 12; ++k) {
      if (is_word(k, "in") && (is_punct(k - 1, ':') || is_punct(k - 1, '-')) && past_marker(k + 1, k + 2, s) &&
          is_punct(k + 2, ','))
        return true;
    }
    // "up from 116", "down from 303", "compared with 303"
    std::size_t q = qual_first;
    while (q > s.first && (is_word(q - 1, "the") || is_word(q - 1, "just") || is_word(q - 1, "only"))) --q;
    if (q > s.first) {
      std::string_view b1 = norm(q - 1);
      std::string_view b2 = q > s.first + 1 ? norm(q - 2) : std::string_view();
      if (b1 == "from" || ((b1 == "with" || b1 == "to") && b2 == "compared")) return true;
    }
    bool forward = holder_first > number_first;
    // after the number, up to the next comma or conjunction: "116 in 2018", "303 five years ago"
    std::size_t after_end = forward ? holder_last : number_last;
    for (std::size_t k = after_end; k < s.last; ++k) {
      const Token& t = tok(k);
      std::string_view x = norm(k);
      if (t.kind == TokKind::punct || x == "and" || x == "while" || x == "but" || x == "whereas" || x == "compared" ||
          x == "compares" || x == "compare" || x == "against" || x == "versus" || x == "vs" || x == "once" ||
          x == "when" || x == "since" || x == "which" || x == "who" || x == "than" || x == "it" || x == "they" ||
          x == "that" || (x == "from" && k + 1 < s.last && tok(k + 1).kind == TokKind::number)) {
        if (past_marker(after_end, k, s)) return true;
        // a relative clause on the number: "tripling the 33 it won in 2018", "the 17 that it held in 2021"
        if (k == after_end && (x == "it" || x == "they" || x == "that" || x == "which")) {
          std::size_t end = k + 1;
          while (end < s.last && tok(end).kind != TokKind::punct && end < k + 10) ++end;
          if (past_marker(k + 1, end, s)) return true;
        }
        break;
      }
      if (k + 1 == s.last && past_marker(after_end, s.last, s)) return true;
    }
    // between the party and the number, after the last comma (a relative clause in between is skipped)
    std::size_t gap_first = forward ? number_last : holder_last;
    std::size_t gap_last = forward ? holder_first : number_first;
    std::size_t start = gap_first;
    for (std::size_t k = gap_first; k < gap_last; ++k) {
      if (is_punct(k, ',') || is_punct(k, '-') || is_punct(k, '(') || is_punct(k, ')') || is_word(k, "and") ||
          tok(k).kind == TokKind::number)
        start = k + 1;
    }
    if (past_marker(start, gap_last, s)) return true;
    // the clause before the party: "in 2017 the poll predicted the Tories would get 314"
    {
      std::size_t b = std::min(holder_first, number_first);
      std::size_t clause = b;
      while (clause > s.first && !is_punct(clause - 1, ';') && !is_punct(clause - 1, ':') && !is_punct(clause - 1, ',') &&
             !is_punct(clause - 1, '-') && !(tok(clause - 1).kind == TokKind::number && tok(clause - 1).value < 1900) &&
             !mention_at_any(clause - 1))
        --clause;
      if (clause < b && !is_word(clause, "compared") && past_marker(clause, b, s)) return true;
    }
    // an opening phrase about the past: "In 2018, ...", "Five years ago, ..."
    std::size_t lead = std::min(holder_first, number_first);
    std::size_t comma = lead;
    while (comma > s.first && !is_punct(comma - 1, ',')) --comma;
    if (comma > s.first && past_marker(s.first, comma, s)) {
      bool clean = true;
      // (a quotation is no opening phrase: "\"Polls were wrong in 2013,\" said X, adding ...")
      for (std::size_t k = s.first; k < comma && clean; ++k)
        clean = (tok(k).kind != TokKind::number || tok(k).value >= 1900) && !is_punct(k, '"');
      if (clean) return true;
    }
    if (comma == s.first && lead > s.first && is_word(s.first, "in") && past_marker(s.first, lead, s)) return true;
    // ", when ...": the clause shares the time of the clause it hangs on ("Labor won 77 in 2022, when the
    // Coalition was reduced to 58")
    // (also past an apposition: ", when Labour, then led by Jeremy Corbyn, slumped to 202")
    for (std::size_t c = std::min(holder_first, number_first); c > s.first + 1 && c + 16 > number_first; --c) {
      if (is_punct(c - 1, ';') || is_punct(c - 1, ':')) break;
      if (is_word(c - 1, "when") && is_punct(c - 2, ',')) {
        if (past_marker(s.first, c - 2, s)) return true;
        break;
      }
    }
    std::size_t clause = number_first;
    while (clause > s.first && !is_punct(clause - 1, ',')) --clause;
    if (clause > s.first && is_word(clause, "when") && past_marker(s.first, clause - 1, s)) return true;
    return false;
  }

  /// Wording that makes a count an expectation: "is expected to win", "could take", "on course to win",
  /// "set to win", "likely to get", "tipped to win" ("would have won" is a counterfactual, not a forecast).
  bool forecast_wording(const detail::Sentence& s, std::size_t k) const {
    static constexpr std::string_view win[] = {"win", "take", "get", "secure", "capture", "bag", "grab", "claim",
                                               "finish", "end", "emerge", "land", "retain", "keep", "hold"};
    auto at = [&](std::size_t j) { return j < s.last ? norm(j) : std::string_view(); };
    std::string_view w = norm(k);
    if ((w == "could" || w == "would" || w == "may" || w == "might" || w == "will") && detail::in(win, at(k + 1))) return true;
    if ((w == "expected" || w == "likely" || w == "tipped" || w == "set" || w == "poised") && at(k + 1) == "to" &&
        detail::in(win, at(k + 2)))
      return true;
    if ((w == "course" || w == "track") && k > s.first && is_word(k - 1, "on") && at(k + 1) == "to" && detail::in(win, at(k + 2)))
      return true;
    // "on course for 169 seats", "set for 87 seats", "heading for about 40" (not "heading for a clear win, leading
    // in 125 seats": the number must follow)
    if (at(k + 1) == "for" && (((w == "course" || w == "track") && k > s.first && is_word(k - 1, "on")) || w == "set" ||
                               w == "heading" || w == "headed")) {
      for (std::size_t j = k + 2; j < s.last && j <= k + 4; ++j) {
        if (tok(j).kind == TokKind::number) return true;
        if (tok(j).kind == TokKind::punct) break;
      }
    }
    return false;
  }

  /// True when the forecast word at k is what the count is compared with, not what it is: "far more than exit
  /// polls had predicted", "well above what most exit polls had predicted", "confounding polls that had
  /// predicted", "which exit polls had tipped to win".
  bool compared_forecast(const detail::Sentence& s, std::size_t k) const {
    bool pluperfect = (k > s.first && is_word(k - 1, "had")) || is_word(k + 2, "had") || is_word(k + 1, "had");
    for (std::size_t j = k, steps = 0; j > s.first && steps < 5; ++steps) {
      --j;
      if (tok(j).kind == TokKind::punct) break;
      std::string_view w = norm(j);
      if (w == "than" || w == "what" || w == "confounding" || w == "defying" || w == "unlike" || w == "contrary" ||
          w == "despite")
        return true;
      if ((w == "which" || w == "that" || w == "who") && pluperfect) return true;
    }
    return false;
  }

  Status status_in(const detail::Sentence& s) const {
    Status status = Status::unknown;
    auto near_result = [&](std::size_t k) {
      for (std::size_t j = k + 1; j < std::min(s.last, k + 4); ++j) {
        if (detail::in_set<detail::kResultWordList>(norm(j))) return true;
        // "the final allocation of all 400 seats", "the final seat allocation", "the official gazette"
        std::string_view w = norm(j);
        if (w == "allocation" || w == "allocations" || w == "distribution" || w == "gazette" || w == "standings" ||
            w == "outcome" || w == "declaration" || w == "declarations")
          return true;
      }
      return false;
    };
    for (std::size_t k = s.first; k < s.last; ++k) {
      std::string_view w = norm(k);
      Status found = Status::unknown;
      if (w == "provisional" || w == "preliminary" || (w == "initial" && near_result(k))) found = Status::provisional;
      else if (w == "unofficial") found = Status::unofficial;
      else if ((w == "official" && near_result(k)) || w == "officially") found = Status::official;
      else if ((w == "final" && near_result(k)) || (w == "all" && near_result(k) && false)) found = Status::final;
      else if (w == "exit" && (norm(k + 1 < s.last ? k + 1 : k) == "poll" || norm(k + 1 < s.last ? k + 1 : k) == "polls")) found = Status::projected;
      else if (forecast_wording(s, k)) found = Status::projected;
      else if (w == "projected" || w == "projection" || w == "projections" || w == "projects" || w == "forecast" ||
               w == "forecasts" || w == "predicted" || w == "predicts" || w == "predict" || w == "poised" || w == "estimates")
        found = Status::projected;
      if (found == Status::projected && compared_forecast(s, k)) found = Status::unknown;
      if (found != Status::unknown && (status == Status::unknown || status_rank(found) < status_rank(status) ||
                                       found == Status::projected)) {
        status = found;
      }
    }
    return status;
  }

  /// True when the words before token b attribute what follows to it: "according to", "as per",
  /// "released by", "called by", "received from", "citing".
  bool attributed_before(std::size_t b, const detail::Sentence& s) const {
    auto w = [&](std::size_t back) -> std::string_view { return b >= s.first + back ? norm(b - back) : std::string_view(); };
    // skip "the", "the latest", "its" between the cue and the name
    std::size_t skip = 0;
    while (skip < 3 && (w(skip + 1) == "the" || w(skip + 1) == "latest" || w(skip + 1) == "an" || w(skip + 1) == "a")) ++skip;
    std::string_view w1 = w(skip + 1), w2 = w(skip + 2);
    if (w1 == "to" && w2 == "according") return true;
    if (w1 == ":" && (w2 == "source" || w2 == "sources")) return true;
    if (w1 == "per") return true;
    if (w1 == "citing" || w1 == "cited" || w1 == "quoting" || w1 == "quoted") return true;
    if (w1 == "by" || w1 == "from") {
      static constexpr std::string_view verbs[] = {
          "released", "called", "compiled", "reported", "received", "published", "announced", "issued", "tallied",
          "projected", "declared", "shared", "provided", "gathered", "collected", "given", "put", "made",
          "results", "figures", "data", "count", "tally", "numbers", "projections", "projection", "updates",
          "counts", "trends", "estimates", "forecast", "calculations", "analysis", "showed", "shown", "conducted",
          "commissioned"};
      return detail::in(verbs, w2) || (w2 == "out" && (w(skip + 3) == "put" || w(skip + 3) == "carried"));
    }
    return false;
  }

  /// The source a sentence attributes its count to, if it names one.
  std::optional<DocSource> source_in(const detail::Sentence& s, const std::vector<const Mention*>& ms) const {
    std::optional<DocSource> weak, framed, after_only;
    for (auto* m : ms) {
      if (!has_kind(*m, EntityKind::source)) continue;
      auto source = source_of(*m);
      if (!source) continue;
      // "ISLAMABAD, Feb 9 (Reuters) -": the agency that wrote the story, not the source of its figures
      if (source->kind == SourceKind::media && inside_brackets(s, m->first) && !attributed_before(m->first, s)) continue;
      std::size_t b = m->first;
      std::string_view w1 = b > s.first ? norm(b - 1) : std::string_view();
      if (w1 == "told" || w1 == "via") continue;
      // "far more than exit polls had predicted", "which exit polls had tipped to win": a comparison with the
      // source, not what the count is attributed to
      if (w1 == "than" || w1 == "which" || w1 == "unlike" || compared_forecast(s, b)) continue;
      // "state broadcaster SABC reported": the name in apposition is the source, not the kind of outlet
      if (std::any_of(ms.begin(), ms.end(), [&](const Mention* o) {
            return o->first == m->last && has_kind(*o, EntityKind::source) && !has_kind(*o, EntityKind::party);
          }))
        continue;
      // "an exit poll by Ipsos", "the projection from Infratest": the generic noun gives way to the name after it
      if (!tok(m->name_last - 1).cap && m->last + 1 < s.last &&
          (is_word(m->last, "by") || is_word(m->last, "from") || is_word(m->last, "for")) &&
          std::any_of(ms.begin(), ms.end(), [&](const Mention* o) {
            std::size_t at = is_word(m->last + 1, "the") ? m->last + 2 : m->last + 1;
            return o->first == at && has_kind(*o, EntityKind::source) && !has_kind(*o, EntityKind::party);
          }))
        continue;
      if (m->last < s.last && !tok(m->name_last - 1).cap && tok(m->last).cap && tok(m->last).kind == TokKind::word &&
          !mention_at(ms, m->last)) {
        if (std::size_t len = capitalised_run(m->last, s.last); len > 0 && !names_person(s, m->last, m->last + len))
          source = DocSource{strip_possessive(slice(m->last, m->last + len)), source->kind};
      }
      // a party and a source by the same name ("PTI") is a source only when the wording says so
      bool party_too = has_kind(*m, EntityKind::party);
      bool strong = attributed_before(b, s);
      bool after = false;
      for (std::size_t k = m->last; k < std::min(s.last, m->last + 4); ++k) {
        if (detail::in_set<detail::kAttributionAfterList>(norm(k))) after = true;
        if (tok(k).kind == TokKind::punct && tok(k).punct != '"') break;
      }
      if (tok(m->name_last - 1).possessive) after = true;
      // "Somoy TV, quoting returning officers, says": the one quoting is the source
      if (is_punct(m->last, ',') && (is_word(m->last + 1, "quoting") || is_word(m->last + 1, "citing"))) after = true;
      if (party_too && !strong) continue;
      // "With results from 16 of 22 districts released by the Election Commission, the NPP has 107, according
      // to the Daily Mirror's count": the opening "With ..." phrase says where the coverage came from; an
      // attribution of the main clause wins over it
      // (a live blog's time stamp may come first: "8:30 am: With results from ...")
      std::size_t open = opening_word(s);
      bool opening = is_word(open, "with") && b > open;
      for (std::size_t k = open; k < b && opening; ++k) opening = !is_punct(k, ',');
      // ("X, quoting returning officers, says": X is the source, when the tables do not know X)
      bool quoted = strong && b > s.first + 1 && (is_word(b - 1, "quoting") || is_word(b - 1, "citing") ||
                                                  ((is_word(b - 1, "the") || tok(b - 1).possessive) &&
                                                   (is_word(b - 2, "quoting") || is_word(b - 2, "citing"))));
      if ((strong || after) && (opening || quoted)) {
        if (!framed) framed = source;
        continue;
      }
      // a source named after "according to", "released by" ... wins over one only followed by "said", "had"
      if (strong) return source;
      if (after && !after_only) after_only = source;
      if (!after && !weak) weak = source;
    }
    // "according to the Daily Star", "trends on Odisha TV", "Ekattor TV reported": a name the tables do not know,
    // recognised by a word such as News, TV, Times, Commission, Watch or Poll
    for (std::size_t k = s.first; k < s.last; ++k) {
      if (!tok(k).cap || tok(k).kind != TokKind::word || mention_at(ms, k)) continue;
      if (k > s.first && tok(k - 1).cap && tok(k - 1).kind == TokKind::word && !tok(k - 1).sentence_start) continue;
      std::size_t start = k;
      if (is_word(k, "the")) ++start;
      // "Later the Electoral Board ...": a capitalised opening word before "the" is not part of the name
      else if (tok(k).sentence_start && is_word(k + 1, "the") && k + 2 < s.last && tok(k + 2).cap) start = k + 2;
      std::size_t len = capitalised_run(start, s.last);
      if (len == 0) continue;
      // "The REB said ..." before "the Ruritanian Electoral Board (REB)" is written out later: an acronym the
      // article defines anywhere names that source
      std::optional<DocSource> defined;
      if (const LocalAlias* alias = nullptr; match_local(start, s.last, alias) > 0 && alias && alias->source >= 0) {
        defined = sources_[static_cast<std::size_t>(alias->source)];
        len = alias->tokens.size();
      }
      SourceKind kind = defined ? defined->kind : source_kind_of(start, start + len);
      // "the broadcaster NTV", "the news agency Bernama", "pollster Ipsos": a kind of outlet written before the
      // name says what the name is
      if (kind == SourceKind::unknown && k > s.first) kind = outlet_noun(norm(k - 1));
      if (kind == SourceKind::unknown && forecaster(s, k, start + len)) kind = SourceKind::pollster;
      // "according to Matrize", "according to the Daily Mirror's count": named as the source outright
      if (kind == SourceKind::unknown && attributed_before(k, s) && !is_word(k - 1, "by") && !is_word(k - 1, "from") &&
          !names_person(s, start, start + len))
        kind = status_in(s) == Status::projected ? SourceKind::pollster : SourceKind::media;
      if (kind == SourceKind::unknown) {
        k = start + len - 1;
        continue;
      }
      bool before = attributed_before(k, s) || (k > s.first && (is_word(k - 1, "on") || is_word(k - 1, "from")));
      bool after = false;
      // "the Malawi Electoral Commission (MEC) said": the acronym it defines is part of the name
      std::size_t name_end = start + len, acr_end = 0;
      if (is_punct(name_end, '(') && acronym_at(name_end + 1, s.last, acr_end)) name_end = acr_end;
      for (std::size_t j = name_end; j < std::min(s.last, name_end + 3); ++j) {
        if (in_set<detail::kAttributionAfterList>(norm(j))) after = true;
      }
      if (tok(start + len - 1).possessive) after = true;
      // "Somoy TV, quoting returning officers, says ...": the one quoting is the source
      if (is_punct(start + len, ',') && (is_word(start + len + 1, "quoting") || is_word(start + len + 1, "citing"))) after = true;
      if (before || ((after || is_punct(start + len, ':')) && !after_only))
        return defined ? *defined : DocSource{strip_possessive(slice(start, start + len)), kind};
      k = start + len - 1;
    }
    if (after_only) return after_only;
    return framed ? framed : weak;
  }

  /// The kind of source a common noun for an outlet names ("broadcaster", "agency", "pollster"), else unknown.
  static SourceKind outlet_noun(std::string_view w) {
    static constexpr std::string_view media[] = {"broadcaster", "agency", "newspaper", "daily", "channel", "network",
                                                  "station", "outlet", "tabloid", "magazine", "website", "portal",
                                                  "weekly", "broadsheet", "wire", "broadcasters", "newspapers"};
    static constexpr std::string_view polls[] = {"pollster", "pollsters", "firm", "institute"};
    if (detail::in(media, w)) return SourceKind::media;
    if (detail::in(polls, w)) return SourceKind::pollster;
    return SourceKind::unknown;
  }

  /// The first word of a sentence after a live blog's time stamp ("8:30 am:", "11:50pm -").
  std::size_t opening_word(const detail::Sentence& s) const {
    std::size_t k = s.first;
    while (k < s.last && k < s.first + 6 &&
           (tok(k).kind == TokKind::number || tok(k).kind == TokKind::punct || is_word(k, "am") || is_word(k, "pm") ||
            is_word(k, "ist") || is_word(k, "gmt") || is_word(k, "bst") || is_word(k, "pkt")))
      ++k;
    return k < s.last ? k : s.first;
  }

  /// A name the tables do not know that makes a forecast: "Matrize projected 150-170 seats", "Only one
  /// agency, Electoral Edge, predicted a win", "People's Pulse, which put the Mahayuti at 175", "eNCA
  /// projection: ...". [first, last) is the name (first may be "the"); people ("Mr", "leader X") are not.
  /// A person's name: preceded by a title ("Mr", "leader") or tied to a party earlier in the article.
  static bool is_title(std::string_view w) {
    static constexpr std::string_view titles[] = {"mr", "mrs", "ms", "dr", "leader", "minister", "president", "chief",
                                                  "spokesman", "spokeswoman", "spokesperson", "candidate", "chairman",
                                                  "secretary", "premier", "governor", "senator", "mp", "mla", "analyst",
                                                  "mayor", "chairwoman", "speaker"};
    return detail::in(titles, w);
  }

  bool names_person(const detail::Sentence& s, std::size_t first, std::size_t last) const {
    for (std::size_t k = first; k < last; ++k) {
      if (is_title(norm(k)) || person_party_.count(std::string(norm(k)))) return true;
    }
    return first > s.first && is_title(norm(first - 1));
  }

  bool forecaster(const detail::Sentence& s, std::size_t first, std::size_t last) const {
    static constexpr std::string_view verbs[] = {"projected", "projects", "predicted", "predicts", "forecast", "forecasts",
                                                 "estimated", "estimates", "gave", "gives", "put", "puts"};
    if (last >= s.last || mention_at_any(first) || names_person(s, first, last)) return false;
    // a capitalised first word of a sentence is no name: "Updated projection:", "Latest forecast:"
    bool opening = true;
    for (std::size_t k = s.first; k < first && opening; ++k) opening = tok(k).kind != TokKind::word;
    if (last == first + 1 && opening) {
      static constexpr std::string_view common[] = {"latest", "first", "final", "new", "revised", "early", "another",
                                                    "our", "this", "second", "third", "official", "exit", "seat", "live",
                                                    "it", "they", "he", "she", "we", "that", "there", "which", "one"};
      std::string_view w = norm(first);
      auto ends = [&](std::string_view suffix) { return w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix; };
      if (detail::in(common, w) || ends("ed") || ends("ing") || ends("ly")) return false;
    }
    // "Pulsewise's survey", "Datawise's exit poll"
    if (tok(last - 1).possessive) {
      std::size_t n = is_word(last, "exit") ? last + 1 : last;
      std::string_view w = n < s.last ? norm(n) : std::string_view();
      if (w == "survey" || w == "poll" || w == "projection" || w == "forecast" || w == "model" || w == "projections")
        return true;
    }
    std::size_t v = last;
    if (is_punct(v, ',') && is_word(v + 1, "which")) v += 2;  // "People's Pulse, which put ..."
    else if (is_punct(v, ',') && first > s.first && is_punct(first - 1, ',')) v += 1;  // ", Electoral Edge, predicted"
    if (v < s.last && detail::in(verbs, norm(v))) return true;
    // "eNCA projection:", "Ipsos forecast:"
    return (is_word(last, "projection") || is_word(last, "forecast") || is_word(last, "projections")) && is_punct(last + 1, ':');
  }

  /// "Nationally, ...", "nationwide", "the national tally": the sentence is about the whole country's chamber.
  bool national_marker(const detail::Sentence& s) const {
    for (std::size_t k = s.first; k < s.last; ++k) {
      std::string_view w = norm(k);
      if (w == "nationally" || w == "nationwide") return true;
      if (w == "national" && k + 1 < s.last) {
        std::string_view n = norm(k + 1);
        if (n == "tally" || n == "count" || n == "results" || n == "result" || n == "level" || n == "picture") return true;
      }
    }
    return false;
  }

  /// True when a sentence has a verb of its own (then it is no continuation of a list before it).
  bool has_own_verb(const detail::Sentence& s) const {
    for (std::size_t k = s.first; k < s.last; ++k) {
      std::string_view w = norm(k);
      if (detail::in_set<detail::kWonList>(w) || detail::in_set<detail::kLeadingList>(w) || w == "has" || w == "have" ||
          w == "had" || w == "is" || w == "are" || w == "was" || w == "were")
        return true;
    }
    return false;
  }

  /// "It projects ...", "The agency put ...", "..., the newspaper said": the sentence's source is named
  /// only by a pronoun or a generic noun before a verb of reporting.
  bool source_anaphor(const detail::Sentence& s) const {
    static constexpr std::string_view nouns[] = {"agency", "poll", "survey", "newspaper", "paper", "daily", "broadcaster",
                                                 "channel", "network", "pollster", "firm", "projection", "forecast",
                                                 "institute", "website", "station", "outlet", "tabloid", "magazine"};
    static constexpr std::string_view verbs[] = {"projects", "projected", "puts", "put", "gives", "gave", "said", "says",
                                                 "showed", "shows", "predicted", "predicts", "estimated", "estimates",
                                                 "forecast", "forecasts", "reported", "reports", "added", "has", "had",
                                                 "expects", "expected", "sees", "saw"};
    if (is_word(s.first, "it") && s.first + 1 < s.last && detail::in(verbs, norm(s.first + 1))) return true;
    for (std::size_t k = s.first; k + 2 < s.last; ++k) {
      if (!is_word(k, "the") || !(k == s.first || is_punct(k - 1, ',') || is_word(k - 1, "and"))) continue;
      std::size_t n = k + 1;
      if (n + 1 < s.last && !detail::in(nouns, norm(n))) ++n;  // "the exit poll", "the Bengali daily"
      if (detail::in(nouns, norm(n)) && n + 1 < s.last && detail::in(verbs, norm(n + 1))) return true;
    }
    return false;
  }

  /// True when a sentence attributes results outright to a source it names ("final results published by the
  /// IEC show", "according to the commission").
  bool attribution_strong(const detail::Sentence& s, const std::vector<const Mention*>& ms) const {
    return std::any_of(ms.begin(), ms.end(), [&](const Mention* m) {
      return has_kind(*m, EntityKind::source) && !has_kind(*m, EntityKind::party) && attributed_before(m->first, s);
    });
  }

  /// "..., the Federal Returning Officer announced.", "The commission said ...": an electoral body with a
  /// verb that reports what it found.
  bool body_reports(const detail::Sentence& s, const std::vector<const Mention*>& ms) const {
    static constexpr std::string_view verbs[] = {"announced", "announces", "declared", "declares", "said", "says",
                                                 "confirmed", "confirms", "reported", "reports", "published"};
    for (auto* m : ms) {
      if (!has_kind(*m, EntityKind::source) || has_kind(*m, EntityKind::party)) continue;
      for (std::size_t k = m->last; k < s.last && k < m->last + 2; ++k) {
        if (detail::in(verbs, norm(k))) return true;
      }
    }
    return false;
  }

  bool heading_like(const detail::Sentence& s) const {
    return s.last - s.first <= 14 && !is_punct(s.last - 1, '.') && !is_punct(s.last - 1, '!') && !is_punct(s.last - 1, '?');
  }

  bool attribution_cue(const detail::Sentence& s) const {
    for (std::size_t k = s.first; k + 1 < s.last; ++k) {
      if ((is_word(k, "according") && is_word(k + 1, "to")) || (is_word(k, "as") && is_word(k + 1, "per"))) return true;
    }
    return false;
  }

  /// "official results showed", "the final count shows", "provisional figures released on Monday": results
  /// named with a verb that reports them.
  bool results_reported(const detail::Sentence& s) const {
    static constexpr std::string_view verbs[] = {"showed", "show", "shows", "indicated", "indicate", "indicates",
                                                 "released", "published", "announced", "confirmed", "suggest",
                                                 "suggested", "suggests"};
    for (std::size_t k = s.first; k + 1 < s.last; ++k) {
      std::string_view w = norm(k);
      if (w != "results" && w != "result" && w != "count" && w != "figures" && w != "tally" && w != "returns") continue;
      for (std::size_t j = k + 1; j < s.last && j <= k + 3; ++j) {
        if (detail::in(verbs, norm(j))) return true;
      }
    }
    return false;
  }

  bool has_result_words(const detail::Sentence& s) const {
    for (std::size_t k = s.first; k < s.last; ++k) {
      if (detail::in_set<detail::kResultWordList>(norm(k)) || detail::in_set<detail::kTallyCueList>(norm(k))) return true;
    }
    return false;
  }

  void do_sentence(const detail::Sentence& s) {
    // A new paragraph starts a new passage: the attribution of the one before does not carry over, unless it
    // opens by continuing it ("On the other hand", "Meanwhile", "Similarly").
    if (tok(s.first).blank_line_before && s.first > 0) {
      static constexpr std::string_view continuing[] = {"meanwhile", "similarly", "likewise", "also", "besides",
                                                        "moreover", "furthermore", "further", "separately",
                                                        "additionally", "however", "in", "on", "while", "and"};
      bool continues = detail::in(continuing, norm(s.first)) &&
                       (norm(s.first) != "on" || is_word(s.first + 2, "other")) &&
                       (norm(s.first) != "in" || is_word(s.first + 1, "addition"));
      continues |= attribution_cue(s);  // "According to the unofficial results ...": the same results go on
      if (!continues) {
        std::string chamber = context_.chamber;
        context_ = Attribution{};
        context_.chamber = chamber;
        context_age_ = 100;
      }
    }
    // "In 1993, the Progressive Conservatives ... were reduced to two. The Reform Party took 52 seats": a
    // paragraph that opens in a past year tells of that year until the paragraph ends or a sentence comes back
    // to the present; so does a sentence within it that opens in the past ("In 2018 the Awami League won 257
    // seats ...", "Four years ago, ...", "At the last election, ...")
    if (tok(s.first).blank_line_before || s.first == 0) past_frame_ = false;
    {
      std::size_t comma = s.first;
      while (comma < s.last && comma < s.first + 6 && !is_punct(comma, ',')) ++comma;
      bool opener = is_word(s.first, "in") || is_word(s.first, "back") || is_word(s.first, "at") ||
                    is_word(s.first, "during");
      bool opens_past = (comma < s.last && comma < s.first + 6 && past_marker(s.first, comma, s) &&
                         (opener || ago_phrase(s.first, comma))) ||
                        (is_word(s.first, "in") && s.first + 1 < s.last && past_marker(s.first + 1, s.first + 2, s));
      if (opens_past) {
        past_frame_ = true;
      } else if (past_frame_ && present_marker(s)) {
        past_frame_ = false;
      }
    }
    auto ms = mentions_in(s);
    record_labels(ms);
    mark_holders(s, ms);
    std::vector<NumberItem> nums = numbers_in(s, ms);
    std::optional<int> chamber_total;
    std::size_t total_index = 0;
    std::optional<Coverage> coverage = find_coverage(s, nums, ms, chamber_total, total_index);
    bool tally_context = false;
    bool seat_word = false;
    // (a sentence with neither a number nor a name needs none of this)
    for (std::size_t k = s.first; k < s.last && (!nums.empty() || !ms.empty()); ++k) {
      if (tok(k).kind != TokKind::word) continue;
      std::string_view w = norm(k);
      if (detail::in_set<detail::kSeatNounList>(w)) seat_word = true;
      if (detail::in_set<detail::kWonList>(w) || detail::in_set<detail::kLeadingList>(w) || w == "tally" || w == "got" || w == "secure" ||
          w == "followed" || w == "managed" || w == "respectively" || w == "each")
        tally_context = true;
    }
    tally_context |= seat_word;
    // In an article about seats, a level after a verb of change or an end state is a count: "rose to eight",
    // "slumped to 202", "was restricted to 12", "were left with four", "held steady on 31".
    if (doc_seat_context_ && !ms.empty()) {
      for (std::size_t k = s.first; k + 1 < s.last && !tally_context; ++k) {
        std::string_view w = norm(k), next = norm(k + 1);
        if (next == "to" && (detail::in_set<detail::kChangeToList>(w) || w == "restricted" || w == "limited" ||
                             w == "confined" || w == "reduced" || w == "cut" || w == "rising" || w == "falling" ||
                             w == "slid" || w == "sank" || w == "sunk" || w == "tumbled" || w == "crashed" ||
                             w == "plummeted" || w == "shrunk" || w == "soared" || w == "recovered" ||
                             w == "bounced" || w == "collapsed" || w == "sliding" || w == "dropping"))
          tally_context = true;
        if ((next == "with" || next == "on") &&
            (w == "left" || w == "ended" || w == "finished" || w == "steady" || w == "stuck" || w == "stayed"))
          tally_context = true;
      }
    }
    // Gapping: "The JUI-F has five and the MQM-P three": a party followed right by a number after "and" or a
    // comma repeats the verb of a count, so the sentence is about counts.
    for (std::size_t i = 0; i < nums.size() && !tally_context; ++i) {
      const NumberItem& n = nums[i];
      if (n.excluded || n.first == s.first) continue;
      const Mention* m = mention_at(ms, n.first - 1);
      if (!m || !m->holder || m->last != n.first) continue;
      std::size_t b = m->first;
      if (b > s.first && is_word(b - 1, "the")) --b;
      if (b > s.first && (is_word(b - 1, "and") || is_punct(b - 1, ',') || is_word(b - 1, "while"))) tally_context = true;
    }
    // In an article about seats, a bare number after a party ("the JUI-F has five") is a seat count too.
    doc_seat_context_ |= seat_word && !ms.empty();
    // A line that is just "Party: N" or "Party N, Party M" (a table or a headline) is a tally too.
    bool list_line = !ms.empty() && s.last - s.first <= 3 * ms.size() + 4;
    if (!list_line && ms.size() >= 3) {
      // long names ("United Torah Judaism 7, Religious Zionism 14"): count the words outside names and numbers
      std::size_t other = 0;
      for (std::size_t k = s.first; k < s.last; ++k) {
        if (tok(k).kind == TokKind::word && !mention_at(ms, k)) ++other;
      }
      list_line = other <= 2;
    }
    tally_context |= list_line && recent_tally_;

    std::vector<Link> links;
    link_sentence(s, ms, nums, links, tally_context || list_line);
    link_changes(s, ms, nums, links);
    drop_hypothetical(s, links);

    // attribution is read only where there is something to attribute
    bool relevant = !links.empty() || coverage || !ms.empty();
    // "The alliance won a two-thirds majority, official results showed.": no count, but the status of the
    // counts that follow
    bool reports_results = links.empty() && !coverage && results_reported(s);
    Status status = relevant || reports_results ? status_in(s) : Status::unknown;
    // "Status: final." under a "Source:" line
    if ((is_word(s.first, "status") || is_word(s.first, "results")) && is_punct(s.first + 1, ':') && s.first + 2 < s.last) {
      auto named = parse_status(norm(s.first + 2));
      if (named) status = *named;
    }
    std::optional<DocSource> source = relevant ? source_in(s, ms) : std::nullopt;
    // "The exit poll is out. It projects Labour on 410", "..., the newspaper said": a pronoun or a generic
    // noun for the source named in the last two sentences
    if (!source && !links.empty() && seen_source_ && seen_source_age_ <= 2 && source_anaphor(s)) source = seen_source_;
    if (source) {
      seen_source_ = source;
      seen_source_age_ = 0;
    } else {
      ++seen_source_age_;
    }
    std::string chamber;
    for (auto* m : ms) {
      std::string c = chamber_of(*m);
      if (!c.empty() && !has_kind(*m, EntityKind::party)) {
        chamber = c;
        break;
      }
    }
    // "In the KwaZulu-Natal Legislature the MK party won 37 seats, and the IFP took 15 in the National
    // Assembly": when a sentence names two chambers or more, each count goes to the nearest one
    std::vector<std::pair<std::size_t, std::string>> chamber_at;  // (token, chamber), in text order
    for (auto* m : ms) {
      if (has_kind(*m, EntityKind::party)) continue;
      std::string c = chamber_of(*m);
      if (!c.empty()) chamber_at.emplace_back(m->first, std::move(c));
    }
    bool several_chambers = false;
    for (std::size_t i = 1; i < chamber_at.size(); ++i) several_chambers |= chamber_at[i].second != chamber_at[0].second;
    auto nearest_chamber = [&](std::size_t k) -> const std::string& {
      auto it = std::lower_bound(chamber_at.begin(), chamber_at.end(), k,
                                 [](const std::pair<std::size_t, std::string>& c, std::size_t v) { return c.first < v; });
      if (it == chamber_at.end()) return std::prev(it)->second;
      if (it == chamber_at.begin()) return it->second;
      auto before = std::prev(it);
      return k - before->first <= it->first - k ? before->second : it->second;
    };
    // "Nationally, the ANC had won 159 seats": back from a province to the national chamber
    bool national = chamber.empty() && national_marker(s);
    if (national) chamber = default_chamber_;
    // "Source: PA Media." above a table names the source of what follows
    bool label = source && (is_word(s.first, "source") || is_word(s.first, "sources")) && is_punct(s.first + 1, ':');
    bool status_line = status != Status::unknown && ms.empty() && links.empty() && context_age_ <= 1 && !heading_like(s);
    bool updates = !links.empty() || coverage || label || status_line || (source && has_result_words(s) && (seat_word || (doc_counts_seats_ && attribution_strong(s, ms))));
    // "The conservative bloc came first, the Federal Returning Officer announced.": an electoral body
    // reporting the result, in an article about seats, attributes the counts that follow
    updates |= source && source->kind == SourceKind::electoral_body && doc_counts_seats_ && links.empty() &&
               body_reports(s, ms);
    // "according to the latest official results": attributed, but to no one named
    bool unnamed = !source && attribution_cue(s);
    Attribution here;
    if (updates) {
      if (source) {
        here.source = source;
        here.status = status;
        here.coverage = coverage;
        if (!coverage && context_age_ == 0 && context_.coverage) here.coverage = context_.coverage;
        // the same source again ("..., the commission said"): what it said before still holds
        bool same = context_age_ <= 3 && context_.source && context_.source->canonical == source->canonical;
        if (same && status == Status::unknown) here.status = context_.status;
        // ("... official results showed. The NPP bagged 159 seats, the commission said.")
        if (!same && status == Status::unknown && context_age_ == 0 && !context_.source) here.status = context_.status;
        if (same && !coverage) here.coverage = context_.coverage;
        here.chamber = chamber.empty() ? context_.chamber : chamber;
      } else if (unnamed) {
        here.status = status;
        here.coverage = coverage;
        here.chamber = chamber.empty() ? context_.chamber : chamber;
      } else {
        here = context_age_ <= 3 ? context_ : Attribution{};
        // a bare list right after a forecast continues it: "Channel 12's survey gives the bloc 62 seats.
        // Likud 30, Yesh Atid 24, ..."
        if (forecast_ && forecast_age_ == 0 && ((list_line && !has_own_verb(s)) || (status == Status::projected && !tok(s.first).blank_line_before)))
          here = *forecast_;  // (or a forecast right after one: "Labour was forecast to fall to 191")
        here.chamber = context_.chamber;  // the scene (which chamber) lasts longer than an attribution
        if (status != Status::unknown) here.status = status;
        if (coverage) here.coverage = coverage;
        if (!chamber.empty()) here.chamber = chamber;
      }
    }
    // Gapping repeats the verb and its time: "Before the election the LDP held 247 seats and Komeito 32"
    std::vector<char> past(links.size());
    for (std::size_t i = 0; i < links.size(); ++i) {
      const Link& link = links[i];
      past[i] = historical(link.party->first, link.party->last, link.number->first,
                           link.number->seat_noun ? link.number->head_end : link.number->last, s, link.qual_first,
                           link.number->in_previous_brackets);
    }
    for (std::size_t i = 0; i < links.size(); ++i) {
      const Link& link = links[i];
      if (past[i] || link.party->last != link.number->first) continue;
      std::size_t b = link.party->first;
      if (b > s.first && is_word(b - 1, "the")) --b;
      if (!(b > s.first && (is_word(b - 1, "and") || is_punct(b - 1, ',')))) continue;
      const Link* before = nullptr;
      std::size_t before_index = 0;
      for (std::size_t j = 0; j < links.size(); ++j) {
        if (links[j].number->last <= b && (!before || links[j].number->first > before->number->first)) {
          before = &links[j];
          before_index = j;
        }
      }
      if (before && past[before_index]) past[i] = 1;
    }
    for (std::size_t li = 0; li < links.size(); ++li) {
      const Link& link = links[li];
      Observation o;
      int party = party_of(*link.party);
      // "the ruling party" with no party the article labels so: say what was done with it
      if (link.party->anaphor && link.party->apposition < 0 && !label_of_anaphor(*link.party).empty() &&
          !labels_.count(label_of_anaphor(*link.party))) {
        std::string phrase(slice(link.party->first, link.party->name_last));
        std::string warning = party < 0 ? "'" + phrase + "' names no party the article labels so; its counts were dropped"
                                        : "'" + phrase + "' names no party the article labels so; taken to be " +
                                              parties_[static_cast<std::size_t>(party)].canonical + ", the party last named";
        if (role_warnings_.insert(warning).second) out_.warnings.push_back(std::move(warning));
      }
      if (party < 0) continue;
      o.party = parties_[static_cast<std::size_t>(party)].canonical;
      o.party_text = std::string(slice(link.party->first, link.party->name_last));
      o.seats = static_cast<int>(link.number->value);
      o.seats_max = link.seats_max;
      o.qualifier = link.qualifier;
      o.chamber = !link.number->chamber.empty() ? link.number->chamber
                  : several_chambers              ? nearest_chamber(link.number->first)
                  : !here.chamber.empty()         ? here.chamber
                                                  : default_chamber_;
      bool defaulted = link.number->chamber.empty() && here.chamber.empty() && !several_chambers;
      o.historical = past[li];
      if (!o.historical) {
        o.source = here.source ? std::optional<std::string>(here.source->canonical) : std::nullopt;
        o.source_kind = here.source ? here.source->kind : SourceKind::unknown;
        o.status = here.status;
        o.coverage = here.coverage;
        settle_status(o);
      } else {
        o.status = Status::unknown;
      }
      if (link.number == &nums[std::min(total_index, nums.size() - 1)] && chamber_total && total_index < nums.size())
        o.chamber_seats = chamber_total;
      o.basis = basis_of(link.party->last, link.number->first, s);
      std::size_t first = std::min(link.party->first, link.number->first);
      std::size_t last = std::max(link.party->name_last, link.number->head_end > link.number->last ? link.number->head_end : link.number->last);
      o.span = {byte(tok(first).begin), byte(tok(last - 1).end)};
      o.evidence = sentence_text(s);
      out_.observations.push_back(std::move(o));
      defaulted_.push_back(defaulted);
    }
    // "Source: Election Commission of India" right under a table ("BJP — 303" lines): the source of the
    // table's unattributed rows above it
    // (a few footer lines a table: each looks at the rows again, so a text of footers stays linear)
    if (label && links.empty() && table_rows_ > 0 && table_footers_ < 4) {
      for (std::size_t j = table_first_obs_; j < out_.observations.size(); ++j) {
        Observation& o = out_.observations[j];
        if (o.source || o.historical) continue;
        o.source = source->canonical;
        o.source_kind = source->kind;
        if (o.status == Status::unknown) o.status = status;
        settle_status(o);
      }
      ++table_footers_;
    }
    // "Seats declared: 251/265" under the table: its coverage
    if (!label && links.empty() && coverage && table_rows_ > 0 && table_footers_ < 4) {
      for (std::size_t j = table_first_obs_; j < out_.observations.size(); ++j) {
        Observation& o = out_.observations[j];
        if (!o.coverage && !o.historical && o.status != Status::projected) o.coverage = coverage;
      }
      ++table_footers_;
    }
    if (!links.empty() && list_line && !has_own_verb(s)) {
      if (table_rows_ == 0) {
        table_first_obs_ = out_.observations.size() - links.size();
        table_footers_ = 0;
      }
      ++table_rows_;
    } else if (!links.empty() || s.last - s.first > 14) {
      table_rows_ = 0;  // prose ends the table
    }
    // A heading ("11:15 PKT | National Assembly", "KHYBER PAKHTUNKHWA ASSEMBLY (112 of 113 declared)") starts
    // a new passage: what came before no longer attributes what follows, and a chamber it names applies.
    bool heading = links.empty() && s.last - s.first <= 14 && !is_punct(s.last - 1, '.') && !is_punct(s.last - 1, '!') &&
                   !is_punct(s.last - 1, '?') && !is_punct(s.last - 1, '"') &&
                   (s.last >= tokens_.items.size() || tok(s.last).newlines_before >= 1);
    std::size_t chambers_named = 0;
    for (auto* m : ms) chambers_named += has_kind(*m, EntityKind::chamber) && !has_kind(*m, EntityKind::party);
    chambers_named += national;
    if (heading && !label && tok(s.first).blank_line_before) {
      Attribution fresh;
      fresh.chamber = chambers_named == 1 ? chamber : std::string();
      if (updates) {
        fresh.source = here.source;
        fresh.status = here.status;
        fresh.coverage = here.coverage;
      }
      context_ = fresh;
      context_age_ = 0;
    } else if (updates && here.status != Status::projected) {
      context_ = here;
      context_age_ = 0;
      forecast_.reset();
    } else if (chambers_named == 1 && links.empty() && !source) {
      context_.chamber = chamber;  // a sentence about one chamber sets the scene
      ++context_age_;
    } else {
      ++context_age_;
    }
    if (reports_results && !updates && !source && status != Status::unknown && status != Status::projected) {
      Attribution reported;
      reported.status = status;
      reported.chamber = context_.chamber;
      context_ = reported;
      context_age_ = 0;
    }
    if (updates && here.status == Status::projected && here.source) {
      forecast_ = here;
      forecast_age_ = 0;
    } else {
      ++forecast_age_;
    }
    recent_tally_ = !links.empty() || (recent_tally_ && list_line);
    // what "the party" in a later sentence refers to: the first party this sentence names as a holder
    for (auto* m : ms) {
      if (m->holder && !m->anaphor) {
        int p = party_of(*m);
        if (p >= 0) {
          last_party_ = p;
          break;
        }
      }
    }
    (void)total_index;
  }

  /// What a count's source implies for its status: an electoral body with seats still to declare gives
  /// provisional figures, a pollster projections, and a projection covers no declared seats.
  static void settle_status(Observation& o) {
    if (o.status == Status::unknown && o.source_kind == SourceKind::electoral_body && o.coverage &&
        o.coverage->total && o.coverage->declared < *o.coverage->total)
      o.status = Status::provisional;
    if (o.source_kind == SourceKind::pollster) o.status = Status::projected;
    if (o.status == Status::projected) o.coverage.reset();
  }

  /// A count inside a condition is no tally: "if the party wins 150 seats", "unless X takes 40", "Suppose X
  /// wins 30", and the inverted conditions that open a sentence: "Had X won 20 seats, ...", "Were X to win
  /// 17 seats, ...", "Should X take 90 seats, ...". The condition runs to the next comma, semicolon or dash
  /// (or to the end of the sentence). One pass over the sentence's tokens.
  void drop_hypothetical(const detail::Sentence& s, std::vector<Link>& links) const {
    if (links.empty()) return;
    static constexpr std::string_view openers[] = {"if", "unless", "suppose", "supposing", "assuming", "provided",
                                                   "providing"};
    std::vector<char> inside;  // per token of the sentence, filled only when it has a condition
    std::size_t open = opening_word(s);
    for (std::size_t k = s.first; k < s.last; ++k) {
      if (tok(k).kind != TokKind::word) continue;
      std::string_view w = norm(k);
      bool cond = detail::in(openers, w);
      // "provided that", "assuming that" only; "provided by the commission" is attribution
      if ((w == "provided" || w == "providing" || w == "assuming") && !is_word(k + 1, "that")) cond = false;
      // "even if", "only if" are conditions too; "as if" is a comparison
      if (w == "if" && k > s.first && is_word(k - 1, "as")) cond = false;
      // "in the event that X wins 30 seats", "in case X takes 40"
      if ((w == "event" && k >= s.first + 2 && is_word(k - 1, "the") && is_word(k - 2, "in")) ||
          (w == "case" && k > s.first && is_word(k - 1, "in") && !is_word(k + 1, "of")))
        cond = true;
      // inversion at the opening: "Had the MK won", "Were the IFP to win", "Should the DA take"
      if (k == open && (w == "had" || w == "were" || w == "should") && k + 1 < s.last && !is_punct(k + 1, ',')) cond = true;
      if (!cond) continue;
      std::size_t end = k + 1;
      while (end < s.last && !is_punct(end, ',') && !is_punct(end, ';') && !is_punct(end, '-') && !is_punct(end, ':'))
        ++end;
      if (inside.empty()) inside.assign(s.last - s.first, 0);
      for (std::size_t j = k + 1; j < end; ++j) inside[j - s.first] = 1;
      k = end;
    }
    if (inside.empty()) return;
    links.erase(std::remove_if(links.begin(), links.end(),
                               [&](const Link& link) {
                                 std::size_t at = link.number->first;
                                 return at >= s.first && at < s.last && inside[at - s.first];
                               }),
                links.end());
  }

  /// "BJP on 48" in a headline, "the BJP won 48 of the 70 seats in the Delhi Assembly" in the story: a count
  /// whose chamber is only the article's default takes the chamber the same count names elsewhere in it.
  void adopt_named_chambers() {
    auto& obs = out_.observations;
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
      if (defaulted_[j]) {
        any_defaulted = true;
        continue;
      }
      auto& chambers = named_chambers[key_of(obs[j])];
      if (chambers.size() < 3 && std::find(chambers.begin(), chambers.end(), obs[j].chamber) == chambers.end())
        chambers.push_back(obs[j].chamber);
    }
    if (!any_defaulted) return;
    for (std::size_t i = 0; i < obs.size(); ++i) {
      if (!defaulted_[i]) continue;
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

  Basis basis_of(std::size_t from, std::size_t to, const detail::Sentence& s) const {
    for (std::size_t k = from; k < to && k < s.last; ++k) {
      std::string_view w = norm(k);
      if (detail::in_set<detail::kLeadingList>(w)) return Basis::leading;
      if (detail::in_set<detail::kWonList>(w)) return Basis::won;
    }
    for (std::size_t k = s.first; k < s.last; ++k) {
      if (detail::in_set<detail::kLeadingList>(norm(k))) return Basis::leading;
      if (detail::in_set<detail::kWonList>(norm(k))) return Basis::won;
    }
    return Basis::unknown;
  }

  std::string sentence_text(const detail::Sentence& s) const {
    std::string out(slice(s.first, s.last));
    // one line: newlines inside a sentence become spaces
    std::replace(out.begin(), out.end(), '\n', ' ');
    if (out.size() > 2000) {
      std::size_t cut = 1997;  // do not cut a UTF-8 sequence
      while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
      out = out.substr(0, cut) + "...";
    }
    return out;
  }

  std::string_view text_;
  const Lexicon::Impl& lex_;
  DocumentResult& out_;
  std::size_t body_offset_ = 0;
  Tokens tokens_;
  std::vector<Mention> mentions_;
  std::vector<char> defaulted_;  // per observation: its chamber is only the article's default
  std::deque<Mention> adhoc_;  // parties named only by their place in a list
  std::vector<DocParty> parties_;
  std::vector<DocSource> sources_;
  std::vector<LocalAlias> local_;
  std::unordered_map<std::string, std::vector<std::size_t>> local_by_first_;  // first token -> local_ indexes
  std::unordered_map<std::string, int> party_index_, source_index_;           // canonical -> index
  std::unordered_map<std::string, int> suffix_index_;  // word suffix of a local party name -> first such party
  std::map<std::string, int> person_party_;
  std::map<std::string, std::string> defined_names_;  // "Awami League" -> "AL"
  std::string country_;
  std::string default_chamber_;
  Attribution context_;
  int context_age_ = 100;
  bool past_frame_ = false;  ///< the paragraph opened with a past year ("In 1993, ...")
  std::optional<Attribution> forecast_;  ///< the attribution of a forecast in the sentence before
  int forecast_age_ = 100;
  std::optional<DocSource> seen_source_;  ///< the last source named, whether or not it gave a count
  int seen_source_age_ = 100;
  bool recent_tally_ = false;
  std::size_t table_rows_ = 0;       ///< table lines ("BJP — 303") in a row just before this sentence
  std::size_t table_first_obs_ = 0;  ///< the first observation of those lines
  int table_footers_ = 0;            ///< "Source:" and coverage lines read under them so far
  bool doc_seat_context_ = false;
  bool doc_counts_seats_ = false;  // the article mentions seats somewhere
  bool country_chosen_ = false;
  int last_party_ = -1;
  std::map<std::string, int, std::less<>> labels_;  // "ruling" -> party (two keys at most)
  std::set<std::string> role_warnings_;               // each said once
  std::set<int> party_labels_;                         // parties the article gave a role label
  int max_year_ = 0;
};

}  // namespace

DocumentResult extract_document(std::string_view path, std::string_view text, const Lexicon& lexicon,
                                const ExtractOptions& options) {
  DocumentResult result;
  result.path = std::string(path);
  Extractor extractor(text, lexicon.impl(), options, result);
  extractor.run();
  std::stable_sort(result.observations.begin(), result.observations.end(),
                   [](const Observation& a, const Observation& b) { return a.span.begin < b.span.begin; });
  // The same count repeated in one article (a headline and its story) is one observation; the first
  // keeps the attribution the repeats add.
  // Candidates are looked up by (party, seats, historical, chamber, seats_max), so a document with very many
  // counts is not compared pair by pair.
  std::vector<Observation> unique;
  std::unordered_map<std::string, std::vector<std::size_t>> by_key;
  for (auto& o : result.observations) {
    std::string key = o.party + '\x1f' + std::to_string(o.seats) + '\x1f' + (o.historical ? "h" : "c") + '\x1f' + o.chamber +
                      '\x1f' + (o.seats_max ? std::to_string(*o.seats_max) : std::string());
    auto& candidates = by_key[key];
    Observation* same = nullptr;
    for (std::size_t i : candidates) {
      const Observation& u = unique[i];
      if ((u.status == o.status || u.status == Status::unknown || o.status == Status::unknown) &&
          (u.status == Status::projected) == (o.status == Status::projected) &&
          (!u.source || !o.source || u.source == o.source) && (!u.coverage || !o.coverage || u.coverage == o.coverage)) {
        same = &unique[i];
        break;
      }
    }
    if (!same) {
      candidates.push_back(unique.size());
      unique.push_back(std::move(o));
      continue;
    }
    if (!same->source && o.source) {
      same->source = o.source;
      same->source_kind = o.source_kind;
    }
    if (same->status == Status::unknown) same->status = o.status;
    if (!same->coverage) same->coverage = o.coverage;
    if (!same->chamber_seats) same->chamber_seats = o.chamber_seats;
  }
  result.observations = std::move(unique);
  std::string year = result.date ? std::to_string(result.date->year) : "undated";
  std::string country = result.country.empty() ? "XX" : result.country;
  for (auto& o : result.observations) o.election = country + "-" + year;
  return result;
}

}  // namespace tally
