// Stage: qualifiers of a count: historical, hypothetical.
#include "extract/qualifiers.h"

#include "extract/cues.h"

namespace tally::extract {

void qualify(Doc& d, SentenceReading& r, QualifierState& st) {
  const Sentence& s = r.s;
  // "In 1993, the Progressive Conservatives ... were reduced to two. The Reform Party took 52 seats": a
  // paragraph that opens in a past year tells of that year until the paragraph ends or a sentence comes back
  // to the present; so does a sentence within it that opens in the past ("In 2018 the Awami League won 257
  // seats ...", "Four years ago, ...", "At the last election, ...")
  if (d.tok(s.first).blank_line_before || s.first == 0) st.past_frame = false;
  // (so does a live blog's entry: the first sentence under its stamp, "16:45 BST" / "Bristol City Council,
  // full result:")
  if (r.index < d.sentence_block.size()) {
    std::size_t b = d.sentence_block[r.index];
    bool first_of_block = r.index == 0 || d.sentence_block[r.index - 1] != b;
    if (first_of_block && d.opens_entry(b)) st.past_frame = false;
  }
  {
    std::size_t open = d.opening_word(s);
    std::size_t comma = open;
    while (comma < s.last && comma < open + 8 && !d.is_punct(comma, ',')) ++comma;
    bool opener = d.is_word(open, "in") || d.is_word(open, "back") || d.is_word(open, "at") ||
                  d.is_word(open, "during");
    // (a lead-in first: "A reminder: in 2017 the UML won 80")
    for (std::size_t k = open; k + 1 < s.last && k < open + 4; ++k) {
      if (d.is_punct(k, ':') && d.tok(k + 1).kind == TokKind::word) {
        open = k + 1;
        break;
      }
    }
    bool opens_past = (comma < s.last && comma < open + 8 && past_marker(d, open, comma, s) &&
                       (opener || ago_phrase(d, open, comma))) ||
                      (d.is_word(open, "in") && open + 1 < s.last && past_marker(d, open + 1, open + 2, s)) ||
                      // "Four years ago the DPP won 61 seats ...", "Going into the election the LDP held 247 ..."
                      ago_phrase(d, open, std::min(s.last, open + 4)) ||
                      (d.is_word(open, "going") && past_marker(d, open, std::min(s.last, open + 4), s)) ||
                      // "2021 GENERAL ELECTION (SEPTEMBER 20)" opening a table of an article about a later one
                      (d.tok(s.first).kind == TokKind::number && past_marker(d, s.first, s.first + 1, s) &&
                       (d.is_word(s.first + 1, "election") || d.is_word(s.first + 1, "elections") ||
                        ((d.is_word(s.first + 1, "general") || d.is_word(s.first + 1, "federal") ||
                          d.is_word(s.first + 1, "national")) &&
                         (d.is_word(s.first + 2, "election") || d.is_word(s.first + 2, "elections")))));
    // (a sentence that opens in the past is about the past in every clause: "..., while the TPP took five")
    r.opens_past = opens_past;
    if (opens_past) {
      st.past_frame = true;
    } else if (st.past_frame && present_marker(d, s)) {
      st.past_frame = false;
    }
  }
  drop_hypothetical(d, s, r.links);
  auto& links = r.links;
  auto& past = r.past;
  past.assign(links.size(), 0);
  for (std::size_t i = 0; i < links.size(); ++i) {
    const Link& link = links[i];
    if (link.row) {
      past[i] = link.row->historical;  // a table's column says which election
      continue;
    }
    past[i] = historical(d, link.party->first, link.party->last, link.number->first,
                         link.number->seat_noun ? link.number->head_end : link.number->last, s, link.qual_first,
                         link.number->in_previous_brackets, st.past_frame || r.opens_past);
    // "in 2017 the poll predicted the Tories would get 314; they won 317": a pronoun takes the time of the
    // clause it follows
    if (!past[i] && link.party->anaphor && (d.is_word(link.party->first, "it") || d.is_word(link.party->first, "they")) &&
        past_marker(d, s.first, link.party->first, s))
      past[i] = 1;
  }
  // Gapping repeats the verb and its time: "Before the election the LDP held 247 seats and Komeito 32"
  for (std::size_t i = 0; i < links.size(); ++i) {
    const Link& link = links[i];
    // ("and the NC just 23": a word of degree between them)
    std::size_t between = link.party->last;
    while (between < link.number->first && (d.is_word(between, "just") || d.is_word(between, "only") || d.is_word(between, "a") ||
                                            d.is_word(between, "mere") || d.is_word(between, "on")))
      ++between;
    if (past[i] || link.row || between != link.number->first) continue;
    std::size_t b = link.party->first;
    if (b > s.first && d.is_word(b - 1, "the")) --b;
    // ("..., and its ally the RND 100": a noun in apposition before the name)
    if (b > s.first + 2 && (d.is_word(b - 1, "ally") || d.is_word(b - 1, "allies") || d.is_word(b - 1, "partner") ||
                            d.is_word(b - 1, "partners") || d.is_word(b - 1, "rival") || d.is_word(b - 1, "rivals")) &&
        (d.is_word(b - 2, "its") || d.is_word(b - 2, "their") || d.is_word(b - 2, "the")))
      b -= 2;
    if (!(b > s.first && (d.is_word(b - 1, "and") || d.is_punct(b - 1, ',')))) continue;
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
  // "The SDF had 18 seats in the outgoing assembly, while the CPDM held 148": a clause of having in the past
  // after "while" shares the time of the count before it
  for (std::size_t i = 1; i < links.size(); ++i) {
    const Link& link = links[i];
    if (past[i] || link.row || link.party->first >= link.number->first) continue;
    std::size_t b = link.party->first;
    if (b > s.first && d.is_word(b - 1, "the")) --b;
    if (!(b > s.first && (d.is_word(b - 1, "while") || d.is_word(b - 1, "whereas")))) continue;
    std::size_t v = link.party->last;
    if (!(d.is_word(v, "held") || d.is_word(v, "had"))) continue;
    for (std::size_t j = 0; j < links.size(); ++j)
      if (past[j] && links[j].number->last <= b) past[i] = 1;
  }
}

bool historical(Doc& d, std::size_t holder_first, std::size_t holder_last, std::size_t number_first,
                std::size_t number_last, const detail::Sentence& s, std::size_t qual_first, bool brackets, bool past_frame) {
  if (brackets) return true;
  if (past_frame && !present_marker(d, s)) return true;
  // "In 2013, the PML-N won 126 seats, while the PTI managed 28": the whole sentence is about the past
  if (d.is_word(s.first, "in") && s.first + 1 < s.last && past_marker(d, s.first + 1, s.first + 2, s)) return true;
  // (also after a live blog's stamp or a lead-in: "9:00pm - A reminder: in 2018, BN won 79 seats")
  // ("A reminder of where things stood five years ago: in 2017 the UML won 80 ...": the comma may be left out)
  for (std::size_t k = s.first + 1; k + 2 < s.last && k < s.first + 16; ++k) {
    if (d.is_word(k, "in") && (d.is_punct(k - 1, ':') || d.is_punct(k - 1, '-')) && past_marker(d, k + 1, k + 2, s) &&
        (d.is_punct(k + 2, ',') || d.tok(k + 2).kind == TokKind::word))
      return true;
  }
  // "How it looked in 2018: FijiFirst won 27 seats, SODELPA 21 ...": a lead-in about the past before a colon
  for (std::size_t k = s.first + 2; k < s.last && k < s.first + 10; ++k) {
    if (!d.is_punct(k, ':')) continue;
    if (number_first > k && past_marker(d, s.first, k, s)) return true;
    break;
  }
  // "up from 116", "down from 303", "compared with 303"
  std::size_t q = qual_first;
  while (q > s.first && (d.is_word(q - 1, "the") || d.is_word(q - 1, "just") || d.is_word(q - 1, "only"))) --q;
  if (q > s.first) {
    std::string_view b1 = d.norm(q - 1);
    std::string_view b2 = q > s.first + 1 ? d.norm(q - 2) : std::string_view();
    if (b1 == "from" || ((b1 == "with" || b1 == "to") && b2 == "compared")) return true;
    // "up from its 2020 tally of 137", "their 2021 result of 160 seats": a count named by an earlier year
    static constexpr std::string_view tally_nouns[] = {"tally", "total", "result", "haul", "count", "showing",
                                                       "score", "figure", "strength", "share"};
    if (b1 == "of" && detail::in(tally_nouns, b2) && q > s.first + 2) {
      std::size_t from = q - 2 > s.first + 3 ? q - 5 : s.first;
      if (past_marker(d, from, q - 2, s)) return true;
    }
    // "lost all but one of their 12 seats", "kept three of its nine seats": the seats held before
    static constexpr std::string_view keep_or_lose[] = {"lost", "lose", "loses", "losing", "kept", "retained",
                                                        "retains", "defended", "held"};
    if ((b1 == "its" || b1 == "their") && b2 == "of") {
      for (std::size_t k = q - 2; k > s.first && k + 6 > q; --k)
        if (detail::in(keep_or_lose, d.norm(k - 1))) return true;
    }
  }
  bool forward = holder_first > number_first;
  // after the number, up to the next comma or conjunction: "116 in 2018", "303 five years ago"
  std::size_t after_end = forward ? holder_last : number_last;
  for (std::size_t k = after_end; k < s.last; ++k) {
    const Token& t = d.tok(k);
    std::string_view x = d.norm(k);
    if (t.kind == TokKind::punct || x == "and" || x == "while" || x == "but" || x == "whereas" || x == "compared" ||
        x == "compares" || x == "compare" || x == "against" || x == "versus" || x == "vs" || x == "once" ||
        x == "when" || x == "since" || x == "which" || x == "who" || x == "than" || x == "it" || x == "they" ||
        // ("69 in that election": a determiner, no clause)
        (x == "that" && !(k + 1 < s.last && (d.is_word(k + 1, "election") || d.is_word(k + 1, "vote") ||
                                             d.is_word(k + 1, "poll") || d.is_word(k + 1, "polls")))) ||
        (x == "from" && k + 1 < s.last && d.tok(k + 1).kind == TokKind::number)) {
      if (past_marker(d, after_end, k, s)) return true;
      // a relative clause on the number: "tripling the 33 it won in 2018", "the 17 that it held in 2021"
      if (k == after_end && (x == "it" || x == "they" || x == "that" || x == "which")) {
        std::size_t end = k + 1;
        while (end < s.last && d.tok(end).kind != TokKind::punct && end < k + 10) ++end;
        if (past_marker(d, k + 1, end, s)) return true;
      }
      break;
    }
    if (k + 1 == s.last && past_marker(d, after_end, s.last, s)) return true;
  }
  // between the party and the number, after the last comma (a relative clause in between is skipped)
  std::size_t gap_first = forward ? number_last : holder_last;
  std::size_t gap_last = forward ? holder_first : number_first;
  std::size_t start = gap_first;
  for (std::size_t k = gap_first; k < gap_last; ++k) {
    // (a year is no count: "which came first in 2014 with 86 seats")
    const Token& t = d.tok(k);
    bool year = t.kind == TokKind::number && !t.decimal && !t.grouped && t.value >= 1900 && t.value <= 2100;
    if (d.is_punct(k, ',') || d.is_punct(k, '-') || d.is_punct(k, '(') || d.is_punct(k, ')') || d.is_word(k, "and") ||
        (t.kind == TokKind::number && !year))
      start = k + 1;
  }
  if (past_marker(d, start, gap_last, s)) return true;
  // "the Left Front, which had 32, drew a blank", "The List of Marjan Šarec, which had 13 seats after that
  // election, merged ...": a relative clause in the past perfect or past of having is the count before
  if (!forward && start > gap_first && d.is_punct(start - 1, ',') &&
      (d.is_word(start, "which") || d.is_word(start, "who") || d.is_word(start, "that")) &&
      (d.is_word(start + 1, "had") || d.is_word(start + 1, "held")) &&
      (start + 2 == gap_last || (start + 3 == gap_last && (d.is_word(start + 2, "won") || d.is_word(start + 2, "held")))))
    return true;
  // the clause before the party: "in 2017 the poll predicted the Tories would get 314"
  {
    std::size_t b = std::min(holder_first, number_first);
    std::size_t clause = b;
    while (clause > s.first && !d.is_punct(clause - 1, ';') && !d.is_punct(clause - 1, ':') && !d.is_punct(clause - 1, ',') &&
           !d.is_punct(clause - 1, '-') && !(d.tok(clause - 1).kind == TokKind::number && d.tok(clause - 1).value < 1900) &&
           !d.mention_at_any(clause - 1))
      --clause;
    if (clause < b && !d.is_word(clause, "compared") && past_marker(d, clause, b, s)) return true;
  }
  // an opening phrase about the past: "In 2018, ...", "Five years ago, ..."
  std::size_t lead = std::min(holder_first, number_first);
  std::size_t comma = lead;
  std::size_t opening = std::min(d.opening_word(s), lead);
  while (comma > opening && !d.is_punct(comma - 1, ',')) --comma;
  if (comma > opening && past_marker(d, opening, comma, s)) {
    bool clean = true;
    // (a quotation is no opening phrase: "\"Polls were wrong in 2013,\" said X, adding ...")
    for (std::size_t k = opening; k < comma && clean; ++k) {
      bool day = k > opening && (detail::in_set<detail::kMonthList>(d.norm(k - 1)) || d.is_word(k - 1, "may"));  // "May 21"
      clean = (d.tok(k).kind != TokKind::number || d.tok(k).value >= 1900 || day) && !d.is_punct(k, '"');
    }
    if (clean) return true;
  }
  if (comma == s.first && lead > s.first && d.is_word(s.first, "in") && past_marker(d, s.first, lead, s)) return true;
  // ", when ...": the clause shares the time of the clause it hangs on ("Labor won 77 in 2022, when the
  // Coalition was reduced to 58")
  // (also past an apposition: ", when Labour, then led by Jeremy Corbyn, slumped to 202")
  for (std::size_t c = std::min(holder_first, number_first); c > s.first + 1 && c + 16 > number_first; --c) {
    if (d.is_punct(c - 1, ';') || d.is_punct(c - 1, ':')) break;
    if (d.is_word(c - 1, "when") && d.is_punct(c - 2, ',')) {
      if (past_marker(d, s.first, c - 2, s)) return true;
      break;
    }
  }
  std::size_t clause = number_first;
  while (clause > s.first && !d.is_punct(clause - 1, ',')) --clause;
  if (clause > s.first && d.is_word(clause, "when") && past_marker(d, s.first, clause - 1, s)) return true;
  return false;
}


/// A count inside a condition is no tally: "if the party wins 150 seats", "unless X takes 40", "Suppose X
/// wins 30", and the inverted conditions that open a sentence: "Had X won 20 seats, ...", "Were X to win
/// 17 seats, ...", "Should X take 90 seats, ...". The condition runs to the next comma, semicolon or dash
/// (or to the end of the sentence). One pass over the sentence's tokens.
void drop_hypothetical(Doc& d, const detail::Sentence& s, std::vector<Link>& links) {
  if (links.empty()) return;
  static constexpr std::string_view openers[] = {"if", "unless", "suppose", "supposing", "assuming", "provided",
                                                 "providing"};
  std::vector<char> inside;  // per token of the sentence, filled only when it has a condition
  std::size_t open = d.opening_word(s);
  for (std::size_t k = s.first; k < s.last; ++k) {
    if (d.tok(k).kind != TokKind::word) continue;
    std::string_view w = d.norm(k);
    bool cond = detail::in(openers, w);
    // "provided that", "assuming that" only; "provided by the commission" is attribution
    if ((w == "provided" || w == "providing" || w == "assuming") && !d.is_word(k + 1, "that")) cond = false;
    // "even if", "only if" are conditions too; "as if" is a comparison
    if (w == "if" && k > s.first && d.is_word(k - 1, "as")) cond = false;
    // "in the event that X wins 30 seats", "in case X takes 40"
    if ((w == "event" && k >= s.first + 2 && d.is_word(k - 1, "the") && d.is_word(k - 2, "in")) ||
        (w == "case" && k > s.first && d.is_word(k - 1, "in") && !d.is_word(k + 1, "of")))
      cond = true;
    // inversion at the opening: "Had the MK won", "Were the IFP to win", "Should the DA take"
    if (k == open && (w == "had" || w == "were" || w == "should") && k + 1 < s.last && !d.is_punct(k + 1, ',')) cond = true;
    if (!cond) continue;
    std::size_t end = k + 1;
    while (end < s.last && !d.is_punct(end, ',') && !d.is_punct(end, ';') && !d.is_punct(end, '-') && !d.is_punct(end, ':'))
      ++end;
    if (inside.empty()) inside.assign(s.last - s.first, 0);
    for (std::size_t j = k + 1; j < end; ++j) inside[j - s.first] = 1;
    k = end;
  }
  // "Should Warnock prevail, the party would in such a scenario hold 51 seats": the main clause of a condition,
  // with "would", "could" or "might" before its count, is no more than the condition
  bool scenario = !inside.empty();
  for (std::size_t k = s.first; k + 2 < s.last && !scenario; ++k) {
    scenario = d.is_word(k, "in") && ((d.is_word(k + 1, "such") && d.is_word(k + 2, "a")) ||
                                      (d.is_word(k + 1, "that") && (d.is_word(k + 2, "case") || d.is_word(k + 2, "event") ||
                                                                    d.is_word(k + 2, "scenario"))) ||
                                      (d.is_word(k + 1, "this") && d.is_word(k + 2, "scenario")));
  }
  auto conditional = [&](const Link& link) {
    if (!scenario) return false;
    std::size_t from = std::min(link.party->last, link.number->first);
    for (std::size_t k = from; k < link.number->first; ++k) {
      if ((d.is_word(k, "would") || d.is_word(k, "could") || d.is_word(k, "might")) && !d.is_word(k + 1, "have")) return true;
    }
    return false;
  };
  if (!scenario) return;
  links.erase(std::remove_if(links.begin(), links.end(),
                             [&](const Link& link) {
                               std::size_t at = link.number->first;
                               return (at >= s.first && at < s.last && !inside.empty() && inside[at - s.first]) ||
                                      conditional(link);
                             }),
              links.end());
}

}  // namespace tally::extract
