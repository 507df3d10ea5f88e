// The claims stage: mentions, numbers and coverage of a sentence, and the links its constructions make.
#include "extract/claims.h"

#include "extract/claims_common.h"
#include "extract/claims_frames.h"
#include "extract/claims_lists.h"
#include "extract/entities.h"
#include "extract/numbers.h"

namespace tally::extract {

void read_claims(Doc& d, SentenceReading& r, ClaimState& st) {
  const Sentence& s = r.s;
  auto& ms = r.ms;
  auto& nums = r.nums;
  ms = d.mentions_in(s);
  record_labels(d, ms);
  // a table block is read whole, from its first sentence, against its columns
  std::size_t block = d.sentence_block[r.index];
  if (d.blocks[block].kind == BlockKind::table) {
    if (r.index == 0 || d.sentence_block[r.index - 1] != block) read_table(d, r, st.table);
    // ("Results 650 of 650" over a widget's rows: a caption with the coverage of what follows)
    if (r.links.empty() && block + 1 < d.blocks.size() && !d.blocks[block + 1].blank_before &&
        coverage_caption(d, s.first, s.last)) {
      nums = numbers_in(d, s, ms);
      r.coverage = find_coverage(d, s, nums, ms, r.chamber_total, r.total_index);
    }
    return;
  }
  // "... as published by the Election Commission. Party | Seats | Total | Awami League | 104 | 231 | ...": a
  // table run into a paragraph, read on its own when it opens with a column of names
  std::size_t bars = 0;
  for (std::size_t k = s.first; k < s.last; ++k) bars += d.is_punct(k, '|');
  if (bars >= 4 && d.tok(s.first).kind == TokKind::word && d.is_punct(s.first + 1, '|')) {
    read_table(d, r, st.table, false);
    if (!r.links.empty()) return;
  }
  mark_holders(d, s, ms);
  nums = numbers_in(d, s, ms);
  r.coverage = find_coverage(d, s, nums, ms, r.chamber_total, r.total_index);
  bool tally_context = false;
  bool seat_word = false;
  // (a sentence with neither a number nor a name needs none of this)
  for (std::size_t k = s.first; k < s.last && (!nums.empty() || !ms.empty()); ++k) {
    if (d.tok(k).kind != TokKind::word) continue;
    std::string_view w = d.norm(k);
    if (detail::in_set<detail::kSeatNounList>(w)) seat_word = true;
    if (detail::in_set<detail::kWonList>(w) || detail::in_set<detail::kLeadingList>(w) || w == "tally" || w == "got" || w == "secure" ||
        w == "followed" || w == "managed" || w == "respectively" || w == "each")
      tally_context = true;
  }
  tally_context |= seat_word;
  // In an article about seats, a level after a verb of change or an end state is a count: "rose to eight",
  // "slumped to 202", "was restricted to 12", "were left with four", "held steady on 31".
  if (st.seat_context && !ms.empty()) {
    for (std::size_t k = s.first; k + 1 < s.last && !tally_context; ++k) {
      std::string_view w = d.norm(k), next = d.norm(k + 1);
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
    const Mention* m = d.mention_at(ms, n.first - 1);
    if (!m || !m->holder || m->last != n.first) continue;
    std::size_t b = m->first;
    if (b > s.first && d.is_word(b - 1, "the")) --b;
    if (b > s.first && (d.is_word(b - 1, "and") || d.is_punct(b - 1, ',') || d.is_word(b - 1, "while"))) tally_context = true;
  }
  // In an article about seats, a bare number after a party ("the JUI-F has five") is a seat count too.
  st.seat_context |= seat_word && !ms.empty();
  // A line that is just "Party: N" or "Party N, Party M" (a table or a headline) is a tally too.
  bool list_line = !ms.empty() && s.last - s.first <= 3 * ms.size() + 4;
  if (!list_line && ms.size() >= 3) {
    // long names ("United Torah Judaism 7, Religious Zionism 14"): count the words outside names and numbers
    std::size_t other = 0;
    for (std::size_t k = s.first; k < s.last; ++k) {
      if (d.tok(k).kind == TokKind::word && !d.mention_at(ms, k)) ++other;
    }
    list_line = other <= 2;
  }
  tally_context |= list_line && st.recent_tally;
  r.seat_word = seat_word;
  r.tally_context = tally_context;
  r.list_line = list_line;
  link_sentence(d, s, ms, nums, r.links, tally_context || list_line, st.seat_context,
                d.blocks[block].kind == BlockKind::item);
  link_changes(d, s, ms, nums, r.links);
}

void note_claims(const SentenceReading& r, ClaimState& st) {
  st.recent_tally = !r.links.empty() || (st.recent_tally && r.list_line);
}

}  // namespace tally::extract
