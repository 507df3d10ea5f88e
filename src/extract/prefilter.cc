// The first pass: can an article hold a tally? See prefilter.h and docs/extraction-speed.md.
#include "extract/prefilter.h"

#include <atomic>
#include <cstdlib>
#include <cstring>

#include "extract/layout.h"
#include "extract/numbers.h"

namespace tally::extract {
namespace {

/// True when the number token k of sentence s may become a count that numbers_in() does not exclude: a
/// whole number from 1 to kMaxSeats, or a number joined to the next by a slash or hyphen ("251/265": a
/// part and its whole is kept whatever else it is). Anything numbers_in() might keep passes: this only
/// spares most sentences the call.
bool may_count(const Doc& d, std::size_t k, const Sentence& s) {
  const Token& t = d.tok(k);
  if (!t.decimal && !t.ordinal && t.grouping_ok && t.value > 0 && t.value <= kMaxSeats) return true;
  return k + 1 < s.last && d.tok(k + 1).kind == TokKind::number && d.tok(k + 1).hyphen_before;
}

/// True when reading a name with these table entries may warn that it is ambiguous: party_of() warns when
/// the parties they name, narrowed to the article's country (or to none), have two canonical names or
/// more. (This is the same narrowing, without party_of()'s other exits: it may say yes where party_of()
/// would not warn, never the reverse.)
bool may_be_ambiguous(const Doc& d, const std::vector<const AliasEntry*>& entries) {
  const PartyEntry* first = nullptr;
  bool here = false, other_name = false;
  for (const AliasEntry* e : entries) {
    if (e->kind != EntityKind::party) continue;
    const PartyEntry& p = d.lex.tables.parties[static_cast<std::size_t>(e->index)];
    here |= !d.country.empty() && (p.country == d.country || p.country == "*");
  }
  for (const AliasEntry* e : entries) {
    if (e->kind != EntityKind::party) continue;
    const PartyEntry& p = d.lex.tables.parties[static_cast<std::size_t>(e->index)];
    if (here && p.country != d.country && p.country != "*") continue;
    if (!first) first = &p;
    other_name |= p.canonical != first->canonical;
  }
  return other_name;
}

}  // namespace

Prefilter prefilter(Doc& d) {
  Prefilter p;
  for (const Block& b : d.blocks) p.table |= b.kind == BlockKind::table;
  for (std::size_t si = 0; si < d.tokens.sentences.size() && !p.may_change_result(); ++si) {
    if (d.skipped(si)) continue;  // the stages never read it
    const Sentence& s = d.tokens.sentences[si];
    std::size_t bars = 0;
    bool number = false;
    for (std::size_t k = s.first; k < s.last; ++k) {
      const Token& t = d.tok(k);
      if (t.kind == TokKind::number) {
        number |= may_count(d, k, s);
      } else if (t.kind == TokKind::word) {
        // number words ("eight", "a dozen") and "a seat each"
        long value = 0;
        number |= detail::number_words(d.tokens, k, s.last, value) > 0 || (d.norm(k) == "a" && d.is_word(k + 1, "seat"));
      } else {
        bars += t.punct == '|';
      }
    }
    p.table |= bars >= 4;
    // the numbers the claims stage will read in it (the same call on the same mentions): every link it
    // makes is to one of them that is not excluded
    if (number && !p.table) {
      for (const NumberItem& n : numbers_in(d, s, d.mentions_in(s))) p.number |= !n.excluded;
    }
  }
  // (asked only when nothing above was found)
  for (std::size_t i = 0; i < d.mentions.size() && !p.may_change_result(); ++i) p.ambiguous = may_be_ambiguous(d, d.mentions[i].entries);
  for (std::size_t i = 0; i < d.local.size() && !p.may_change_result(); ++i) p.ambiguous = may_be_ambiguous(d, d.local[i].entries);
  return p;
}

namespace {
std::atomic<bool> first_pass_on{[] {
  const char* v = std::getenv("TALLY_FIRST_PASS");
  return !(v && std::strcmp(v, "0") == 0);
}()};
std::atomic<std::size_t> skipped{0};
}  // namespace

bool first_pass_enabled() { return first_pass_on.load(std::memory_order_relaxed); }
void set_first_pass(bool on) { first_pass_on.store(on); }
std::size_t first_pass_skipped() { return skipped.load(); }
void count_first_pass_skip() { skipped.fetch_add(1, std::memory_order_relaxed); }

}  // namespace tally::extract
