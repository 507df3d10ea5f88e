#pragma once
// Internal: the document model that every extraction stage reads and adds to, in order: the text and its
// tokens and sentences, the names it mentions and the parties, sources and aliases they resolve to, with
// the small queries every rule uses. A stage is a set of free functions over a Doc; no stage calls another.
#include <algorithm>
#include <array>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon.h"
#include "tally/document.h"
#include "text.h"
#include "words.h"

namespace tally::extract {

using detail::in;
using detail::in_set;
using detail::Sentence;
using detail::Token;
using detail::Tokens;
using detail::TokKind;

constexpr int kMaxSeats = 1000;          ///< no chamber has more; bigger numbers are never seat counts
constexpr std::size_t kMaxLinkGap = 24;  ///< tokens between a party and its number

/// What a block of lines is.
enum class BlockKind : std::uint8_t {
  headline,   ///< the page's title, the first line that is not junk
  repeat,     ///< the headline again ("Title", "Title - Outlet", "Title | Outlet"): read once, so dropped
  heading,    ///< a short line over a section ("Punjab Assembly:", "Allies hold the key")
  paragraph,  ///< prose, one or more lines
  item,       ///< a list line: a bullet, or "Party – N", "Party: N", "Party (ABBR): N"
  table,      ///< a table row: cells split by '|' or tabs, or a name followed by several numbers
  stamp,      ///< a live blog's time stamp on a line of its own ("11:58pm AEST")
  junk,       ///< captions, credits, "Also read", "Advertisement", bylines, share and cookie lines
};

/// One block: lines [line, line + lines) of the text, bytes [begin, end).
struct Block {
  BlockKind kind = BlockKind::paragraph;
  std::size_t begin = 0, end = 0;  ///< bytes of the text, the last line's newline excluded
  std::uint32_t line = 1;          ///< 1-based line of its first line
  std::uint32_t lines = 1;
  bool blank_before = true;  ///< a blank line (or the start of the text) precedes it
  bool intro = false;        ///< ends with ':': introduces the list, table or sections that follow
  bool stamped = false;      ///< opens with a live blog's time stamp ("02:15 Nearly all votes are in.")
  std::uint32_t stamp = 0;   ///< bytes of that stamp (with the mark after it)
  bool joined = false;       ///< a name on one line and its count on the next ("Con" / "318"): one entry
};

/// A party, source or chamber named in the text.
struct Mention {
  std::size_t first = 0, last = 0;    ///< tokens [first, last), including an "(ACRONYM)" that follows
  std::size_t name_last = 0;          ///< end of the name itself
  std::vector<const AliasEntry*> entries;  ///< table candidates
  int local_party = -1;               ///< index into Doc::parties
  int local_source = -1;              ///< index into Doc::sources
  std::string local_chamber;          ///< a chamber the tables do not know ("Maharashtra Assembly")
  bool holder = true;                 ///< may hold seats (not a modifier "backed by X", not in brackets)
  bool weak = false;                  ///< not a holder only because of a preposition before it ("behind the ANC")
  bool anaphor = false;               ///< "the party": the party the article was just talking about
  int apposition = -1;                ///< "Gerindra, the party of ...": index in Doc::mentions of the name it restates
  bool source_context = false;        ///< "told PTI", "via AP"
  bool qualified = false;             ///< "Janata Dal (Secular)": a bracketed word that is part of the name
  std::string person;                 ///< "Sharif's party", "the party of Nawaz Sharif": the person whose party it is
};

/// A party the article names, by its canonical name.
struct DocParty {
  std::string canonical;
  std::string country;
};

/// A source the article names.
struct DocSource {
  std::string canonical;
  SourceKind kind = SourceKind::unknown;
};

/// A name the article itself defines ("Full Name (ACR)"): the acronym names the same party or source.
struct LocalAlias {
  std::vector<std::string> tokens;
  int party = -1;
  int source = -1;
  std::vector<const AliasEntry*> entries;
};

/// A number in a sentence and what the words around it make of it.
struct NumberItem {
  std::size_t first = 0, last = 0;  ///< tokens
  long value = 0;
  bool words = false;
  bool seat_noun = false;   ///< followed by "seats" or the like
  bool other_noun = false;  ///< followed by "votes", "percent" ...
  bool excluded = false;
  bool used = false;
  bool plus = false;                  ///< "280-plus": at least
  bool in_previous_brackets = false;  ///< "411 (202)": the 202
  std::size_t head_end = 0;  ///< token after the noun phrase
  std::string chamber;       ///< chamber named in the noun phrase ("eight NA seats")
};

/// A numeric column of a table, as its header names it.
struct TableColumn {
  enum class Kind : std::uint8_t { seats, change, votes, share };
  Kind kind = Kind::seats;
  std::string chamber;              ///< "NA", "Punjab": the chamber the column counts
  std::optional<DocSource> source;  ///< "Exit poll"
  Status status = Status::unknown;  ///< "Preliminary", "Official", "Projection"
  bool historical = false;          ///< "2019 Seats" in a later election's table
};

/// A party linked to a number of its sentence by a construction.
struct Link {
  const Mention* party;
  NumberItem* number;
  Qualifier qualifier;
  std::optional<int> seats_max;
  std::size_t qual_first;
  std::string_view rule;  ///< the construction's name ("party_number", "respectively", ...)
  /// A count read from a table row: the column's source, status and election, and the row's tokens.
  struct Row {
    std::optional<DocSource> source;
    Status status = Status::unknown;
    bool historical = false;
    std::size_t first = 0, last = 0;
  };
  std::optional<Row> row = std::nullopt;
};

/// What the stages read in one sentence, stage by stage: the claims stage its mentions, numbers, coverage
/// and links; the qualifiers stage which links are historical; the attribution stage what the sentence
/// itself says about who reports its counts. The context stage then decides what is in force.
struct SentenceReading {
  std::size_t index = 0;  ///< of the sentence in Doc::tokens.sentences
  Sentence s;
  // claims
  std::vector<const Mention*> ms;
  std::vector<NumberItem> nums;
  std::vector<Link> links;
  std::optional<Coverage> coverage;
  std::optional<int> chamber_total;  ///< "105 of the 272 seats": the 272, for the count at total_index
  std::size_t total_index = 0;
  bool seat_word = false;      ///< names seats
  bool tally_context = false;  ///< speaks of counts (a verb of winning, "respectively", a seat noun)
  bool list_line = false;      ///< "Party: N", "Party N, Party M": names and numbers only
  // qualifiers
  std::vector<char> past;  ///< per link: a count of an earlier election
  bool opens_past = false;  ///< opens in the past ("Four years ago ...", "In 2018, ..."): all of it is
  // attribution
  bool relevant = false;         ///< has something to attribute (links, coverage or names)
  bool reports_results = false;  ///< "official results showed": results reported without a count
  Status status = Status::unknown;
  std::optional<DocSource> source;
  std::string chamber;  ///< the first chamber it names (or the national one after "nationally")
  std::vector<std::pair<std::size_t, std::string>> chamber_at;  ///< (token, chamber) of each chamber named
  bool several_chambers = false;
  std::size_t chambers_named = 0;
  bool national = false;      ///< "nationally", "the national tally"
  bool label = false;         ///< "Source: X"
  bool unnamed = false;       ///< "according to the latest official results": attributed to no one named
  bool strong = false;        ///< results attributed outright to a source it names
  bool result_words = false;  ///< names results, counts, tallies
  bool body_reports = false;  ///< an electoral body with a verb of reporting
  bool own_verb = false;      ///< has a verb of its own (then it continues no list)
  std::string place;          ///< "In Wales, ...", "Gauteng: ...": the region the sentence's counts are of
  bool leads = false;         ///< speaks of leads or trends ("leading in 91"): provisional counts
};

/// One article being read: what the stages found so far.
struct Doc {
  Doc(std::string_view text_in, const Lexicon::Impl& lex_in, DocumentResult& out_in) : text(text_in), lex(lex_in), out(out_in) {}

  std::string_view text;
  const Lexicon::Impl& lex;
  DocumentResult& out;
  std::size_t body_offset = 0;  ///< where the body starts (after a date header)
  Tokens tokens;
  int max_year = 0;  ///< the latest year the text names
  std::optional<Date> month_first_date;  ///< a stamp's date read month-first ("08/10/2018"), for some countries
  std::uint32_t first_line = 1;  ///< the line of the text where the body starts

  // Layout: the blocks of the body and the block of each sentence (sentences never cross a block's edge).
  std::vector<Block> blocks;
  std::vector<std::uint32_t> sentence_block;
  std::vector<std::uint32_t> sentence_line;  ///< the line where each sentence starts (counted once, in order)

  // Mentions, in text order, and the parties named only by their place in a list (stable addresses).
  std::vector<Mention> mentions;
  std::deque<Mention> adhoc;
  bool doc_counts_seats = false;  ///< the article mentions seats somewhere
  int speaks_of_regions = -1;     ///< the article speaks of regional chambers ("provincial", "state assembly"); -1 unread
  bool local_election = false;    ///< the headline is about local elections ("Local elections 2021: ...")
  std::unordered_map<std::string, std::string> regional_chambers;  ///< regional_chamber()'s answers, by place
  /// chamber_of()'s answers for another country's chamber name, by the words written
  std::unordered_map<std::string, std::string> written_chambers;
  /// member_chamber()'s answers: the chamber of senators, of deputies, of a "House"
  std::array<std::optional<std::string>, 3> member_chambers;
  std::unordered_map<std::string, std::optional<DocSource>> country_bodies;  ///< country_body_named()'s, by name

  // What the names resolve to. Hash indexes keep an article naming thousands of parties linear.
  std::vector<DocParty> parties;
  std::vector<DocSource> sources;
  /// People who spoke for a source ("CEC chairwoman Chang Po-ya said"): their last name -> the source, so that
  /// "Chang told reporters" later is that source too.
  std::vector<std::pair<std::string, DocSource>> spokespeople;
  std::vector<LocalAlias> local;
  std::unordered_map<std::string, std::vector<std::size_t>> local_by_first;  ///< first token -> local indexes
  std::unordered_map<std::string, int> party_index, source_index;            ///< canonical -> index
  std::unordered_map<std::string, int> suffix_index;  ///< word suffix of a local party name -> first such party
  std::map<std::string, int> person_party;
  std::map<std::string, std::string> defined_names;  ///< "Awami League" -> "AL"
  std::string country;
  std::string default_chamber;
  bool country_chosen = false;
  // What the article has said so far, in reading order: the party "the party" refers to, role labels.
  int last_party = -1;
  std::map<std::string, int, std::less<>> labels;  ///< "ruling" -> party (two keys at most)
  std::set<std::string> role_warnings;             ///< each said once
  std::set<int> party_labels;                      ///< parties the article gave a role label

  // ---- tokens ----
  /// Token i, its normalized form, and tests on it (false past the end).
  const Token& tok(std::size_t i) const { return tokens.items[i]; }
  std::string_view norm(std::size_t i) const { return tokens.norm(i); }
  bool is_word(std::size_t i, std::string_view w) const {
    return i < tokens.items.size() && tok(i).kind == TokKind::word && norm(i) == w;
  }
  bool is_punct(std::size_t i, char c) const {
    return i < tokens.items.size() && tok(i).kind == TokKind::punct && tok(i).punct == c;
  }
  /// The byte offset in the document of an offset in the body (the text after the date header).
  std::size_t byte(std::size_t offset) const { return body_offset + offset; }
  /// "251/265": two numbers joined by a slash, a part and its whole (not a date: "9/2/2024" has a third part).
  bool fraction(std::size_t a, std::size_t b) const {
    if (b != a + 1 || b >= tokens.items.size() || tok(a).kind != TokKind::number || tok(b).kind != TokKind::number ||
        !tok(b).hyphen_before || byte(tok(a).end) >= text.size() || text[byte(tok(a).end)] != '/')
      return false;
    bool third = b + 1 < tokens.items.size() && tok(b + 1).hyphen_before && tok(b + 1).kind == TokKind::number;
    bool second = a > 0 && tok(a).hyphen_before && tok(a - 1).kind == TokKind::number;
    return !third && !second && tok(a).value <= tok(b).value && !tok(a).decimal && !tok(b).decimal;
  }
  /// "71 402": number a (one to three digits), one space and number a + 1 (three digits): digits grouped by
  /// a space, one number.
  bool space_grouped(std::size_t a) const {
    if (a + 1 >= tokens.items.size() || tok(a).kind != TokKind::number || tok(a + 1).kind != TokKind::number) return false;
    const Token& x = tok(a);
    const Token& y = tok(a + 1);
    if (x.decimal || y.decimal || x.end - x.begin > 3 || y.end - y.begin != 3 || y.begin != x.end + 1) return false;
    return text[byte(x.end)] == ' ';
  }
  /// The text of tokens [first, last).
  std::string_view slice(std::size_t first, std::size_t last) const {
    if (first >= last) return {};
    return text.substr(byte(tok(first).begin), tok(last - 1).end - tok(first).begin);
  }
  /// The number of ASCII capitals in token i.
  std::size_t capitals(std::size_t i) const {
    std::string_view raw = text.substr(byte(tok(i).begin), tok(i).end - tok(i).begin);
    return static_cast<std::size_t>(std::count_if(raw.begin(), raw.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
  }
  /// The block of sentence index i.
  const Block& block_of(std::size_t sentence) const { return blocks[sentence_block[sentence]]; }
  /// True when block opens a live blog's entry: its time stamp, a line opening with one, or the line under one.
  bool opens_entry(std::size_t block) const {
    return blocks[block].kind == BlockKind::stamp || blocks[block].stamped ||
           (block > 0 && blocks[block - 1].kind == BlockKind::stamp);
  }
  /// The line (1-based, in the whole text) where sentence i starts.
  std::uint32_t line_of(std::size_t sentence) const {
    if (sentence < sentence_line.size()) return sentence_line[sentence];
    const Block& b = block_of(sentence);
    std::size_t at = tokens.items[tokens.sentences[sentence].first].begin;
    std::size_t from = std::min(b.begin, at);
    return b.line + static_cast<std::uint32_t>(std::count(text.begin() + static_cast<long>(body_offset + from),
                                                          text.begin() + static_cast<long>(body_offset + at), '\n'));
  }
  /// True when sentence i is in a block that holds no tally (junk, a repeated headline, a time stamp).
  bool skipped(std::size_t sentence) const {
    BlockKind k = block_of(sentence).kind;
    return k == BlockKind::junk || k == BlockKind::repeat || k == BlockKind::stamp;
  }

  // ---- mentions ----
  /// The mentions that start inside sentence s, in text order.
  std::vector<const Mention*> mentions_in(const detail::Sentence& s) const {
    std::vector<const Mention*> found;
    auto it = std::lower_bound(mentions.begin(), mentions.end(), s.first,
                               [](const Mention& m, std::size_t first) { return m.first < first; });
    for (; it != mentions.end() && it->first < s.last; ++it) found.push_back(&*it);
    return found;
  }
  /// The mention of ms that covers token k, or null.
  const Mention* mention_at(const std::vector<const Mention*>& ms, std::size_t k) const {
    for (auto* m : ms) {
      if (k >= m->first && k < m->last) return m;
    }
    return nullptr;
  }
  /// True when token k is inside any mention of the document.
  bool mention_at_any(std::size_t k) const {
    auto it = std::upper_bound(mentions.begin(), mentions.end(), k, [](std::size_t v, const Mention& m) { return v < m.first; });
    if (it == mentions.begin()) return false;
    --it;
    return k >= it->first && k < it->last;
  }
  /// True when token k of sentence s is inside brackets.
  bool inside_brackets(const detail::Sentence& s, std::size_t k) const {
    int depth = 0;
    for (std::size_t j = s.first; j < k; ++j) {
      if (is_punct(j, '(')) ++depth;
      if (is_punct(j, ')') && depth > 0) --depth;
    }
    return depth > 0;
  }
  /// The first word of a sentence after a live blog's time stamp ("8:30 am:", "11:50pm -").
  std::size_t opening_word(const detail::Sentence& s, bool past_label = true) const {
    std::size_t k = s.first;
    // past a live blog's stamp ("Feb 8, 10:20pm — Reminder: ...")
    if (!blocks.empty() && !sentence_block.empty()) {
      auto si = std::lower_bound(tokens.sentences.begin(), tokens.sentences.end(), s.first,
                                 [](const Sentence& x, std::size_t f) { return x.first < f; });
      if (si != tokens.sentences.end() && si->first == s.first) {
        const Block& b = blocks[sentence_block[static_cast<std::size_t>(si - tokens.sentences.begin())]];
        while (b.stamp && k < s.last && tokens.items[k].begin < b.begin + b.stamp) ++k;
        // and a label ("Reminder:", "Background:")
        if (past_label && k + 2 < s.last && tok(k).kind == TokKind::word && is_punct(k + 1, ':') && k + 2 < s.first + 12)
          k += 2;
        if (k > s.first && k < s.last) return k;
        k = s.first;
      }
    }
    while (k < s.last && k < s.first + 6 &&
           (tok(k).kind == TokKind::number || tok(k).kind == TokKind::punct || is_word(k, "am") || is_word(k, "pm") ||
            is_word(k, "ist") || is_word(k, "gmt") || is_word(k, "bst") || is_word(k, "pkt")))
      ++k;
    return k < s.last ? k : s.first;
  }
  /// The text of sentence s on one line, cut at 2000 bytes: an observation's evidence.
  std::string sentence_text(const detail::Sentence& s) const {
    std::string line(slice(s.first, s.last));
    // one line: newlines inside a sentence become spaces
    std::replace(line.begin(), line.end(), '\n', ' ');
    if (line.size() > 2000) {
      std::size_t cut = 1997;  // do not cut a UTF-8 sequence
      while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
      line = line.substr(0, cut) + "...";
    }
    return line;
  }
  /// True when a mention of a party covers a token of [first, last).
  bool has_kind_any_party(std::size_t first, std::size_t last) const {
    for (std::size_t k = first; k < last; ++k) {
      if (mention_at_any(k)) {
        auto it = std::upper_bound(mentions.begin(), mentions.end(), k, [](std::size_t v, const Mention& m) { return v < m.first; });
        if (it != mentions.begin() && has_kind(*std::prev(it), EntityKind::party)) return true;
      }
    }
    return false;
  }
  /// True when the mention may name a party, source or chamber (by the tables or by the article).
  bool has_kind(const Mention& m, EntityKind kind) const {
    if (kind == EntityKind::party && (m.local_party >= 0 || m.anaphor || !m.person.empty())) return true;
    if (kind == EntityKind::source && m.local_source >= 0) return true;
    if (kind == EntityKind::chamber && !m.local_chamber.empty()) return true;
    return std::any_of(m.entries.begin(), m.entries.end(), [&](const AliasEntry* e) { return e->kind == kind; });
  }
};

}  // namespace tally::extract
