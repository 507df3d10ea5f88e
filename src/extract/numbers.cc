// Stage: the numbers of a sentence, what each counts, and the coverage the sentence states.
#include "extract/numbers.h"

#include "extract/entities.h"

namespace tally::extract {

/// The national chamber of the article's country that members so named sit in (member_chamber()).
std::string member_chamber_of(const Doc& d, bool senate, bool deputies) {
  const std::string* found = nullptr;
  for (const auto& c : d.lex.tables.chambers) {
    if (c.country != d.country || !c.national) continue;
    bool named = senate ? c.canonical.rfind("Senate", 0) == 0
                        : deputies ? c.canonical.find("Deputies") != std::string::npos : c.canonical.rfind("House of ", 0) == 0;
    if (!named) continue;
    if (senate) return c.canonical;
    if (found) return {};  // (two: "House of Representatives" and "House of Councillors")
    found = &c.canonical;
  }
  return found ? *found : std::string();
}

/// "four senators", "25 deputies", "175 House seats": the national chamber of the article's country that the
/// members' name says (a Senate; a chamber of Deputies; a House of ..., when the country has one alone), else
/// empty.
std::string member_chamber(Doc& d, std::string_view w) {
  if (d.country.empty()) return {};
  bool senate = w == "senators" || w == "senator", deputies = w == "deputies", house = w == "house";
  if (!senate && !deputies && !house) return {};
  // (asked for every such word: the answer is kept for the article)
  auto& known = d.member_chambers[senate ? 0 : deputies ? 1 : 2];
  if (!known) known = member_chamber_of(d, senate, deputies);
  return *known;
}

/// Reads the noun phrase after a number: "seats", "NA seats", "National Assembly seats", "votes" ...
void classify_head(Doc& d, NumberItem& n, std::size_t limit, const std::vector<const Mention*>& ms) {
  std::size_t k = n.last;
  std::size_t steps = 0;
  n.head_end = k;
  while (k < limit && steps < 5) {
    const Token& t = d.tok(k);
    if (t.kind == TokKind::punct) {
      if (t.punct == '%') n.other_noun = true;
      break;
    }
    if (const Mention* m = d.mention_at(ms, k)) {
      std::string chamber = chamber_of(d, *m);
      if (chamber.empty()) break;
      n.chamber = chamber;
      k = m->last;
      ++steps;
      if (detail::in_set<detail::kSeatNounList>(d.norm(k - 1))) {  // the alias itself ends in "seats": "NA seats"
        n.seat_noun = true;
        n.head_end = k;
        return;
      }
      continue;
    }
    std::string_view w = d.norm(k);
    if (detail::in_set<detail::kSeatNounList>(w)) {
      n.seat_noun = true;
      n.head_end = k + 1;
      // "four senators", "25 deputies": the chamber they sit in, when the tables know it
      if (n.chamber.empty()) n.chamber = member_chamber(d, w);
      // "one constituency seat each": a seat noun that only says which seats, before the seat noun
      if (k + 1 < limit && (d.is_word(k + 1, "seat") || d.is_word(k + 1, "seats"))) n.head_end = k + 2;
      return;
    }
    // "254 legislative districts", "435 congressional districts": single-member seats
    if ((w == "legislative" || w == "congressional" || w == "parliamentary") && k + 1 < limit &&
        (d.is_word(k + 1, "districts") || d.is_word(k + 1, "district"))) {
      n.seat_noun = true;
      n.head_end = k + 2;
      return;
    }
    // "27 district seats", "12 list seats": a noun before the seat noun only says which seats
    bool modifier = t.kind == TokKind::word && k + 1 < limit && detail::in_set<detail::kSeatNounList>(d.norm(k + 1));
    if ((detail::in_set<detail::kOtherNounList>(w) && !modifier) || t.kind == TokKind::number) {
      n.other_noun = t.kind == TokKind::word;
      return;
    }
    // "303 five years ago": another number starts the next phrase
    if (long ignored = 0; detail::number_words(d.tokens, k, limit, ignored) > 0) return;
    if (w == "and" || w == "or" || w == "to" || w == "of" || w == "in" || w == "for" || w == "while" ||
        w == "respectively" || w == "each" || w == "apiece" || w == "out" || w == "with" || w == "at" ||
        w == "on" || w == "so" || w == "seats" ||
        // "seven before the election", "five since 2019": a preposition ends the noun phrase
        w == "before" || w == "after" || w == "since" || w == "from" || w == "by" || w == "under" || w == "than" ||
        w == "when" || w == "into" || w == "against" || w == "during" || w == "until" || w == "as") {
      break;
    }
    // adjectives and other modifiers: "directly-elected", "general", "more"; a capitalised one only right
    // before the seat noun ("17 National List seats", "13 PR seats")
    if (t.cap && !t.hyphen_before) {
      bool seat_after = false;
      for (std::size_t j = k + 1; j < limit && j <= k + 2 && !seat_after; ++j)
        seat_after = detail::in_set<detail::kSeatNounList>(d.norm(j));
      if (!seat_after) break;
      if (w == "house" && n.chamber.empty()) n.chamber = member_chamber(d, w);  // "175 House seats"
    }
    ++k;
    ++steps;
  }
}

std::vector<NumberItem> numbers_in(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms) {
  std::vector<NumberItem> out;
  for (std::size_t k = s.first; k < s.last; ++k) {
    if (d.mention_at(ms, k)) continue;
    NumberItem n;
    const Token& t = d.tok(k);
    if (t.kind == TokKind::number) {
      n.first = k;
      n.last = k + 1;
      n.value = t.value > kMaxSeats * 1000.0 ? kMaxSeats * 1000 : static_cast<long>(t.value);
      bool bad = t.decimal || t.ordinal || !t.grouping_ok || t.value > kMaxSeats || t.value <= 0;
      // "3 060 706 list votes", "35 000 votes": digits grouped by spaces (a group of three that starts with 0,
      // or two groups) are one large number, no count
      if (d.space_grouped(k) && (d.text[d.byte(d.tok(k + 1).begin)] == '0' || d.space_grouped(k + 1) ||
                                 (k + 2 < s.last && (d.is_word(k + 2, "votes") || d.is_word(k + 2, "voters"))))) {
        std::size_t last = k + 1;
        while (d.space_grouped(last)) ++last;
        k = last;  // (the groups are skipped with it)
        continue;
      }
      // "NA-130", "PP-12": a constituency code.
      if (t.hyphen_before && k > s.first && d.tok(k - 1).kind == TokKind::word && d.tok(k - 1).cap) bad = true;
      // "45s", "5pm", "10km": a number glued to letters
      if (k + 1 < s.last && d.tok(k + 1).kind == TokKind::word && !d.tok(k + 1).space_before && !d.tok(k + 1).hyphen_before) bad = true;
      // "2024-02-09", "9/11", "10:30", "12.5"
      auto range_pair = [&](std::size_t a, std::size_t b) {
        return !d.fraction(a, b) && d.tok(a).value >= 1 && d.tok(b).value > d.tok(a).value && d.tok(b).value <= kMaxSeats && d.tok(a).value < 1900 &&
               !d.tok(a).decimal && !d.tok(b).decimal;
      };
      if (k + 1 < s.last && (d.tok(k + 1).hyphen_before && d.tok(k + 1).kind == TokKind::number) && !range_pair(k, k + 1)) bad = true;
      if (t.hyphen_before && k > s.first && d.tok(k - 1).kind == TokKind::number && !range_pair(k - 1, k) &&
          !d.fraction(k - 1, k))
        bad = true;
      if (k + 1 < s.last && d.fraction(k, k + 1) && !t.hyphen_before) bad = false;  // "251/265": a part and its whole
      if (k + 1 < s.last && d.is_punct(k + 1, ':') && !d.tok(k + 1).space_before && k + 2 < s.last &&
          d.tok(k + 2).kind == TokKind::number && !d.tok(k + 2).space_before)
        bad = true;
      if (k + 1 < s.last && d.is_punct(k + 1, '/') && k + 2 < s.last && d.tok(k + 2).kind == TokKind::number) bad = true;
      if (k > s.first && (d.is_punct(k - 1, '#') || d.is_punct(k - 1, '*') || d.is_punct(k - 1, '+')) && !t.space_before) bad = true;
      n.excluded = bad;
      out.push_back(n);
    } else if (t.kind == TokKind::word && d.is_word(k, "a") && d.is_word(k + 1, "seat") &&
               (d.is_word(k + 2, "each") || d.is_word(k + 2, "apiece"))) {
      // "won a seat each"
      n.first = k;
      n.last = k + 1;
      n.value = 1;
      n.words = true;
      out.push_back(n);
    } else if (t.kind == TokKind::word) {
      long value = 0;
      std::size_t len = detail::number_words(d.tokens, k, s.last, value);
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
    classify_head(d, n, s.last, ms);
    const Token& t = d.tok(n.first);
    // Dates and times: "February 8", "8 February", "in 2018", "5 pm".
    bool month_before = n.first > s.first && detail::in_set<detail::kMonthList>(d.norm(n.first - 1));
    // ("on 30 May": May only capitalised, after a day)
    bool month_after = n.last < s.last && (detail::in_set<detail::kMonthList>(d.norm(n.last)) ||
                                           (d.is_word(n.last, "may") && d.tok(n.last).cap && !n.words && t.value >= 1 && t.value <= 31));
    if (month_before || month_after) n.excluded = true;
    if (!n.words && t.value >= 1900 && t.value <= 2100 && !n.seat_noun) n.excluded = true;
    if (n.other_noun) n.excluded = true;
    // "12-seat majority", "336-member house", "five-year term"
    if (n.last < s.last && d.tok(n.last).hyphen_before) {
      std::string_view w = d.norm(n.last);
      if (w == "plus" || w == "odd") {
        n.plus = true;
      } else if (w != "seats" && d.tok(n.last).kind != TokKind::number) {
        n.excluded = true;
      }
    }
    // a number word like "one" needs a seat noun to count.
    // ("won two and one respectively" pairs it like any other number)
    bool respectively = false;
    for (std::size_t k = n.last; k < std::min(s.last, n.last + 3) && !respectively; ++k)
      respectively = d.is_word(k, "respectively");
    if (n.words && n.value == 1 && !n.seat_noun && !d.is_word(n.last, "each") && !d.is_word(n.last, "apiece") &&
        !respectively) {
      std::size_t b = n.first;
      if (b > s.first && (d.is_word(b - 1, "just") || d.is_word(b - 1, "only") || d.is_word(b - 1, "a"))) --b;
      if (b > s.first + 1 && d.is_word(b - 1, "for") && d.mention_at(ms, b - 2)) --b;  // "and the CPM for one"
      bool of_them = d.is_word(n.last, "of") && d.is_word(n.last + 1, "them");          // "one of them from the list"
      if (!(b > s.first && d.mention_at(ms, b - 1)) && !of_them) n.excluded = true;
    }
    // "two in three voters", "one out of five"
    if ((d.is_word(n.last, "in") || d.is_word(n.last, "out")) && n.last + 1 < s.last) {
      long ignored = 0;
      std::size_t after = d.is_word(n.last, "out") ? n.last + 2 : n.last + 1;
      bool small = after < s.last && ((d.tok(after).kind == TokKind::number && d.tok(after).value <= 20) ||
                                      detail::number_words(d.tokens, after, s.last, ignored) > 0);
      if (small) n.excluded = true;
    }
    // "(202)" right after a count: the previous result, in a results table
    if (n.first >= s.first + 2 && d.is_punct(n.first - 1, '(') && d.tok(n.first - 2).kind == TokKind::number &&
        d.is_punct(n.last, ')'))
      n.in_previous_brackets = true;
    // "Of the region's 18 seats", "elections to 12 seats": a size, not a tally
    {
      std::size_t b = n.first;
      while (b > s.first && (d.is_word(b - 1, "the") || (d.tok(b - 1).possessive && d.tok(b - 1).kind == TokKind::word))) --b;
      if (b > s.first && d.is_word(b - 1, "of") && !(b > s.first + 1 && (d.is_word(b - 2, "total") || d.is_word(b - 2, "tally"))) &&
          n.seat_noun && (b - 1 == s.first || d.is_punct(b - 2, ',') || d.tok(b - 1).sentence_start))
        n.excluded = true;
      if (b > s.first + 1 && (d.is_word(b - 1, "to") || d.is_word(b - 1, "for"))) {
        std::string_view v = d.norm(b - 2);
        if (v == "elections" || v == "election" || v == "polls" || v == "poll" || v == "bypolls" || v == "contest" ||
            v == "race" || v == "vote" || v == "voting")
          n.excluded = true;
      }
    }
    // adjectives that make the seats not held: "six nominated members", "30 vacant seats"
    for (std::size_t k = n.last; k < n.head_end; ++k) {
      std::string_view w = d.norm(k);
      if (w == "nominated" || w == "reserved" || w == "vacant" || w == "vacated" ||
          w == "undeclared" || w == "pending" || (w == "contested" && !d.is_word(k - 1, "directly")) ||
          w == "disputed")
        n.excluded = true;  // ("161 directly contested constituency seats" are won)
    }
    // "percent", "per cent"
    if (n.last < s.last && (d.is_word(n.last, "per") || d.is_word(n.last, "percent"))) n.excluded = true;
    // "40 and 17 respectively, together 57", "together have 59 seats", "between them 61": a sum of the parties
    // named before it, no one's count (not a named group's: "The GNU comprises 10 parties that together hold 287")
    std::size_t parties_before = 0;
    for (const Mention* m : ms) parties_before += m->last <= n.first && d.has_kind(*m, EntityKind::party);
    for (std::size_t k = s.first; k < n.first && parties_before < 2; ++k) parties_before += d.is_word(k, "respectively") ? 2 : 0;
    for (std::size_t k = n.first, steps = 0; parties_before >= 2 && k > s.first && steps < 3; --k, ++steps) {
      if (d.tok(k - 1).kind != TokKind::word || d.mention_at(ms, k - 1)) break;
      if ((d.is_word(k - 1, "together") && !d.is_word(k, "with")) || d.is_word(k - 1, "combined") ||
          d.is_word(k - 1, "jointly") || (k >= s.first + 2 && d.is_word(k - 1, "them") && d.is_word(k - 2, "between"))) {
        n.excluded = true;
        break;
      }
    }
    // "lost control of 48", "in control of 12": councils or chambers controlled, not seats
    if (!n.seat_noun && n.first >= s.first + 2 && d.is_word(n.first - 1, "of") && d.is_word(n.first - 2, "control"))
      n.excluded = true;
    // "DPP heads for biggest bloc as MEC declares 227 seats": the seats a body has declared, no party's
    if (n.first >= s.first + 2) {
      std::string_view v = d.norm(n.first - 1);
      if (v == "declares" || v == "declared" || v == "declaring" || v == "certifies" || v == "certified") {
        const Mention* m = d.mention_at(ms, n.first - 2);
        if (m && d.has_kind(*m, EntityKind::source) && !d.has_kind(*m, EntityKind::party)) n.excluded = true;
      }
    }
    // "a gain of three for the GOP", "a net loss of 12": a change
    if (n.first >= s.first + 2 && d.is_word(n.first - 1, "of")) {
      std::string_view w = d.norm(n.first - 2);
      if (w == "gain" || w == "gains" || w == "loss" || w == "losses" || w == "swing") n.excluded = true;
    }
    // "to become the clear number two", "the No. 3 party": a rank
    if (!n.seat_noun && n.first > s.first && (d.is_word(n.first - 1, "number") || d.is_word(n.first - 1, "no")))
      n.excluded = true;
    // "the FTSE 100 index", "the Nikkei 225 index": the name of a stock index
    if (d.is_word(n.last, "index") || d.is_word(n.last, "indices")) n.excluded = true;
    // Words after the noun phrase that make it a need or a size: "seats needed for a majority"
    for (std::size_t k = n.head_end; k < std::min(s.last, n.head_end + 4); ++k) {
      std::string_view w = d.norm(k);
      if (d.tok(k).kind == TokKind::number || w == "of" || w == "and" || w == "while") break;
      // "the ANC 71 seats down", "Labour 209 seats up": a change
      if ((w == "down" || w == "up") && k == n.head_end && n.seat_noun && !d.is_word(k + 1, "for")) n.excluded = true;
      // "ended one seat below the 33", "two seats behind Labour": how far from another count
      if ((w == "below" || w == "behind" || w == "above") && k == n.head_end && n.seat_noun) n.excluded = true;
      if (w == "majority" || w == "needed" || w == "required" || w == "short" || w == "threshold" ||
          w == "mark" || w == "needs" || w == "contested" || w == "up" || w == "vacant" || w == "reserved" ||
          w == "doubt" || w == "undecided" || w == "uncalled" || w == "outstanding" || w == "unresolved" ||
          w == "postponed" || w == "remaining" || w == "left" || w == "undeclared" || w == "pending")
        n.excluded = true;
      if (d.tok(k).kind == TokKind::punct) break;
    }
    // Age: "Khan, 71, said", "Ko Wen-je, 64, took" (the name's last part may follow a hyphen)
    if (!n.seat_noun && n.first > s.first && d.is_punct(n.first - 1, ',') && n.last < s.last && d.is_punct(n.last, ',') &&
        n.first >= s.first + 2 && d.tok(n.first - 2).kind == TokKind::word && !d.mention_at(ms, n.first - 2)) {
      std::size_t w = n.first - 2;
      while (w > s.first && d.tok(w).hyphen_before && d.tok(w - 1).kind == TokKind::word) --w;
      // (or a lower-case particle ends it: "Fazl ur-Rehman")
      if (!d.tok(w).cap && w > s.first && d.tok(w - 1).kind == TokKind::word && d.tok(w - 1).cap) --w;
      if (d.tok(w).cap && !d.mention_at(ms, w)) n.excluded = true;
    }
  }
  // "Of the 113 special seats reserved for women, the commission allotted 94 to CCM": every count of the
  // sentence is of those seats
  if (d.is_word(s.first, "of") && d.is_word(s.first + 1, "the") && s.first + 2 < s.last &&
      d.tok(s.first + 2).kind == TokKind::number) {
    bool reserved = false;
    for (std::size_t k = s.first + 3; k < std::min(s.last, s.first + 9) && !d.is_punct(k, ','); ++k) {
      std::string_view w = d.norm(k);
      reserved |= w == "reserved" || w == "special" || w == "nominated" || w == "appointed" || w == "indirectly";
    }
    if (reserved)
      for (auto& n : out) n.excluded = true;
  }
  // "laws need 129 votes in the Chamber and 37 in the Senate": what is needed, said twice
  for (std::size_t i = 1; i < out.size(); ++i) {
    NumberItem& n = out[i];
    if (n.seat_noun || n.excluded || n.first <= s.first || !d.is_word(n.first - 1, "and")) continue;
    bool need = false;
    for (std::size_t j = 0; j < i && !need; ++j) {
      const NumberItem& p = out[j];
      if (!p.other_noun) continue;
      for (std::size_t k = p.first; k > s.first && k + 3 > p.first; --k)
        need |= d.is_word(k - 1, "need") || d.is_word(k - 1, "needs") || d.is_word(k - 1, "needed") || d.is_word(k - 1, "requires");
    }
    if (need) n.excluded = true;
  }
  // "The LDP has put up 336 candidates and the CDP 240": a count gapped after a party takes the noun of the count
  // before it (candidates, votes), so it is no count of seats either
  for (std::size_t i = 1; i < out.size(); ++i) {
    NumberItem& n = out[i];
    if (n.seat_noun || n.other_noun || n.excluded || n.first <= s.first) continue;
    const Mention* m = d.mention_at(ms, n.first - 1);
    if (!m) continue;
    std::size_t b = m->first;
    if (b > s.first && d.is_word(b - 1, "the")) --b;
    if (!(b > s.first && (d.is_word(b - 1, "and") || d.is_punct(b - 1, ',') || d.is_word(b - 1, "while")))) continue;
    const NumberItem& p = out[i - 1];
    bool adjective = p.last < s.last && d.tok(p.last).hyphen_before;  // "the 275-member House"
    if (p.other_noun && !adjective && p.last <= b) n.excluded = true;
  }
  // "the CDU/CSU at 29 percent, the AfD at 19.5, the SPD at 16", "the Greens on 15 percent, the FDP on 11":
  // when one "at N" or "on N" of a sentence is a share (a percentage or a decimal), a bare one beside it is a
  // share too
  bool share_at = false;
  for (const auto& n : out) {
    if (n.first <= s.first || !(d.is_word(n.first - 1, "at") || d.is_word(n.first - 1, "on"))) continue;
    const Token& t = d.tok(n.first);
    bool percent = n.last < s.last && (d.is_word(n.last, "per") || d.is_word(n.last, "percent") || d.is_punct(n.last, '%') ||
                                       d.is_word(n.last, "pc") || d.is_word(n.last, "pct"));
    if ((!n.words && t.decimal) || percent) share_at = true;
  }
  if (share_at) {
    for (auto& n : out) {
      if (!n.seat_noun && n.first > s.first && (d.is_word(n.first - 1, "at") || d.is_word(n.first - 1, "on"))) n.excluded = true;
    }
  }
  // "18 of the state's 24 House seats": the count is of the chamber its total names; "202 seats in the
  // House": a chamber named by its members' word after the count
  for (std::size_t i = 0; i < out.size(); ++i) {
    NumberItem& n = out[i];
    if (!n.chamber.empty()) continue;
    std::size_t k = n.head_end;
    if (n.seat_noun && d.is_word(k, "in") && d.is_word(k + 1, "the") && k + 2 < s.last && d.tok(k + 2).cap &&
        !(k + 3 < s.last && d.tok(k + 3).kind == TokKind::word && d.tok(k + 3).cap)) {
      n.chamber = member_chamber(d, d.norm(k + 2));
      continue;
    }
    // ("... 24 House seats and the LP six": a count gapped after a party is of the chamber of the one before)
    if (i > 0 && !n.seat_noun && !out[i - 1].chamber.empty() && n.first > s.first) {
      if (const Mention* m = d.mention_at(ms, n.first - 1)) {
        std::size_t b = m->first;
        if (b > s.first && d.is_word(b - 1, "the")) --b;
        if (b > s.first && (d.is_word(b - 1, "and") || d.is_punct(b - 1, ',')) && out[i - 1].last <= b) {
          n.chamber = out[i - 1].chamber;
          continue;
        }
      }
    }
    if (i + 1 >= out.size() || !d.is_word(n.last, "of")) continue;
    k = n.last + 1;
    while (k < out[i + 1].first && (d.is_word(k, "the") || d.tok(k).possessive)) ++k;
    if (k == out[i + 1].first) n.chamber = out[i + 1].chamber;
  }
  return out;
}

/// "for 157 out of 265 seats", "results of 224 constituencies out of 265 were declared", "212 of 265 seats
/// counted", "all 650 seats declared". Marks the numbers used.
std::optional<int> chamber_size_in(Doc& d, const detail::Sentence& s) {
  static constexpr std::string_view sizes[] = {"member", "seat", "strong"};
  for (std::size_t k = s.first; k + 1 < s.last; ++k) {
    const Token& t = d.tok(k);
    if (t.kind != TokKind::number || t.decimal || t.value <= 0 || t.value > kMaxSeats) continue;
    if (d.tok(k + 1).hyphen_before && detail::in(sizes, d.norm(k + 1))) return static_cast<int>(t.value);
  }
  return std::nullopt;
}

std::optional<Coverage> find_coverage(Doc& d, const detail::Sentence& s, std::vector<NumberItem>& nums,
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
    if (d.is_word(k, "out") && d.is_word(k + 1, "of")) k += 2;
    else if (d.is_word(k, "of")) k += 1;
    // "251/265 seats declared": a fraction written without spaces
    else if (k == n1.last && k == n2.first && d.fraction(n1.first, n2.first)) {
    }
    else continue;
    if (d.is_word(k, "the") || d.is_word(k, "a") || d.is_word(k, "total")) ++k;
    // "of Uttar Pradesh's 80 seats": a place's seats
    while (k < n2.first && k < s.last && (d.tok(k).cap || d.tok(k).possessive) && d.tok(k).kind == TokKind::word && k + 3 > n2.first) ++k;
    // "of the capital province's 14 seats", "of the state's 21": a place in lower case, with its possessive
    if (k < n2.first && n2.first <= k + 3 && d.tok(n2.first - 1).possessive && d.tok(n2.first - 1).kind == TokKind::word) {
      bool words = true;
      for (std::size_t j = k; j < n2.first; ++j) words &= d.tok(j).kind == TokKind::word;
      if (words) k = n2.first;
    }
    if (d.is_word(k, "total") && d.is_word(k + 1, "of")) k += 2;
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
    // "results for every one of the 543 constituencies": all of them
    if (n1.words && n1.value == 1 && n1.first > s.first && d.is_word(n1.first - 1, "every")) {
      n1.used = n2.used = true;
      return Coverage{static_cast<int>(n2.value), static_cast<int>(n2.value)};
    }
    // "a majority needs 170 of the 338 seats": the mark a majority needs, no count and no coverage
    bool need = false;
    for (std::size_t back = n1.first; back > s.first && back + 4 > n1.first;) {
      --back;
      std::string_view w = d.norm(back);
      need |= w == "needs" || w == "need" || w == "needed" || w == "requires" || w == "required" || w == "majority";
    }
    if (need) {
      n1.excluded = n2.excluded = true;
      continue;
    }
    // "for 157 out of 265 seats", "with 641 of 650 seats declared": coverage. "winning 230 of the 288 seats",
    // "has won 20 of the state's 21": a tally, the M being the chamber's (or region's) size.
    bool results_before = false, win_verb = false, weak_verb = false;
    for (std::size_t back = n1.first, steps = 0; back > s.first && steps < 4; ++steps) {
      --back;
      std::string_view w = d.norm(back);
      if (d.tok(back).kind == TokKind::punct) break;
      // "formed the government after taking 240 of the 543 seats": the verb nearer the count decides
      if ((win_verb || weak_verb) && !results_before) break;
      if (w == "results" || w == "result" || w == "for" || w == "counted" || w == "declared" || w == "counting" ||
          w == "from" || w == "after" || w == "count" || w == "returns" || w == "tallied" || w == "covers" ||
          w == "covering" || w == "cover" || w == "covered")
        results_before = true;
      if (steps == 0 && w == "with" && (back == s.first || d.tok(back - 1).kind == TokKind::punct)) results_before = true;
      if (detail::in_set<detail::kWonList>(w) || detail::in_set<detail::kLeadingList>(w) || w == "has" || w == "had" || w == "holds" ||
          w == "hold" || w == "stood" || w == "stands" || w == "finished" || w == "ended" || w == "got" ||
          w == "gets" || w == "keeping" || w == "kept" || w == "retained" || w == "taking" ||
          w == "took" || w == "securing" || w == "capturing" || w == "bagging" ||
          w == "sweeping" || w == "claiming" || w == "grabbing" || w == "clinching" || w == "picking")
        win_verb = true;
      // ("Labour on 410 of 650", "with 230 of the 288": a preposition is a holder's count only after a holder;
      // "the party position on 270 of the 272 general seats" is coverage)
      if (w == "with" || w == "at" || w == "on") weak_verb = true;
    }
    bool declared_after = false;
    for (std::size_t j = n2.seat_noun ? n2.head_end : n2.last; j < std::min(s.last, n2.head_end + 4); ++j) {
      std::string_view w = d.norm(j);
      if (d.tok(j).kind == TokKind::punct) break;
      // "37 of the state's 80 seats when the final results were announced": a clause of its own
      if (w == "when" || w == "as" || w == "after" || w == "once" || w == "before" || w == "since") break;
      if (w == "declared" || w == "counted" || w == "called" || w == "announced" || w == "reported" ||
          w == "results" || w == "tallied" || w == "decided")
        declared_after = true;
    }
    bool holder_before = false;
    for (std::size_t back = n1.first; back > s.first;) {
      --back;
      if (const Mention* m = d.mention_at(ms, back); m && party_of_const(*m) >= 0) holder_before = true;
      // (a party's defined acronym closes a bracket: "the United Party for National Development (UPND) had won")
      if (d.tok(back).kind == TokKind::punct && d.tok(back).punct != ',' && d.tok(back).punct != '%' &&
          !(d.tok(back).punct == ')' && d.mention_at(ms, back)))
        break;
    }
    // "KHYBER PAKHTUNKHWA (110 of 113)", "Punjab Assembly (295 of 297 seats)": a part and its whole in brackets
    // after a name is the coverage of what follows
    bool bracketed = n1.first > s.first && d.is_punct(n1.first - 1, '(') &&
                     d.is_punct(n2.seat_noun ? n2.head_end : n2.last, ')') && !win_verb && !weak_verb;
    if (bracketed) results_before = true;
    if (!results_before && !declared_after && (win_verb || holder_before || (weak_verb && std::any_of(ms.begin(), ms.end(), [](const Mention* m) { return party_of_const(*m) >= 0; })))) {
      total_for_tally = static_cast<int>(n2.value);
      n2.used = true;
      tally_index = a;
      continue;
    }
    // "the NDC had won 178 of the 267 seats declared so far": 178 is the count, the 267 declared its coverage
    // (of the chamber's size when the sentence gives it: "in the 276-member house")
    if (!results_before && declared_after && holder_before) {
      n2.used = true;
      std::optional<int> size = chamber_size_in(d, s);
      if (size && *size < n2.value) size.reset();
      // "... of the 140 seats declared so far, out of 156 elected seats": the whole
      for (std::size_t b = a + 2; b < nums.size() && nums[b].first <= n2.head_end + 8; ++b) {
        NumberItem& m = nums[b];
        if (m.first >= 2 && d.is_word(m.first - 1, "of") && d.is_word(m.first - 2, "out") && m.value > n2.value &&
            m.value <= kMaxSeats) {
          m.used = true;
          size = static_cast<int>(m.value);
          break;
        }
      }
      return Coverage{static_cast<int>(n2.value), size};
    }
    n1.used = n2.used = true;
    return Coverage{static_cast<int>(n1.value), static_cast<int>(n2.value)};
  }
  // "with 470 results in", "with 212 declarations": results declared so far, of a whole the sentence does not give
  for (auto& n : nums) {
    // (also "Party standings after 108 declarations:")
    if (n.used || n.excluded || n.first < s.first + 1 || !(d.is_word(n.first - 1, "with") || d.is_word(n.first - 1, "after")))
      continue;
    std::size_t k = n.last;
    bool in = d.is_word(k, "results") && (d.is_word(k + 1, "in") || d.is_word(k + 1, "declared")) &&
              (k + 2 >= s.last || d.tok(k + 2).kind == TokKind::punct || d.is_word(k + 2, "so"));
    bool declarations = d.is_word(k, "declarations") && (k + 1 >= s.last || d.tok(k + 1).kind == TokKind::punct);
    if (!in && !declarations) continue;
    n.used = true;
    return Coverage{static_cast<int>(n.value), std::nullopt};
  }
  // "all 265 results in", "all 650 results now in", "all 85 ward results now in": every result declared
  for (auto& n : nums) {
    if (n.used || n.excluded || n.first == s.first || !d.is_word(n.first - 1, "all")) continue;
    std::size_t k = n.last;
    if (k + 1 < s.last && d.tok(k).kind == TokKind::word && !d.tok(k).cap &&
        (detail::in_set<detail::kSeatNounList>(d.norm(k)) || d.is_word(k, "ward") || d.is_word(k, "constituency") ||
         d.is_word(k, "seat") || d.is_word(k, "district") || d.is_word(k, "riding") || d.is_word(k, "electorate")))
      ++k;
    if (!(d.is_word(k, "results") || d.is_word(k, "returns"))) continue;
    ++k;
    while (k < s.last && (d.is_word(k, "are") || d.is_word(k, "now") || d.is_word(k, "have") || d.is_word(k, "been"))) ++k;
    // (also "... now in for Rushmoor Borough Council")
    if (d.is_word(k, "in") && (k + 1 >= s.last || d.tok(k + 1).kind == TokKind::punct || d.is_word(k + 1, "from") ||
                               d.is_word(k + 1, "for"))) {
      n.used = true;
      return Coverage{static_cast<int>(n.value), static_cast<int>(n.value)};
    }
  }
  // "all 650 seats declared", "results of all 543 constituencies"
  for (auto& n : nums) {
    bool all = n.first > s.first && d.is_word(n.first - 1, "all");
    // ("All 125 seats contested ... have now been allocated": contested seats, every one of them declared)
    if (n.used || (n.excluded && !all) || !n.seat_noun) continue;
    bool declared_after = false, pending = false;
    for (std::size_t k = n.head_end; k < std::min(s.last, n.head_end + (all ? 12 : 4)); ++k) {
      std::string_view w = d.norm(k);
      // "The ANC took 159 seats, Reuters reported.": a clause after a comma reports the sentence, it does not
      // say the seats were declared
      if (d.tok(k).kind == TokKind::punct) break;
      if (detail::in(detail::kDeclaringList, w) || w == "reported") declared_after = true;
      // "nine races still to be called", "12 seats yet to be declared": what is not declared
      if (w == "still" || w == "yet" || w == "be" || w == "not" || w == "remaining" || w == "pending" || w == "left" ||
          w == "outstanding" || w == "uncalled" || w == "undeclared")
        pending = true;
    }
    if (pending) {
      n.excluded = true;
      continue;
    }
    // "LANCASHIRE COUNTY COUNCIL (84 seats, all declared)": every one of them
    if (d.is_punct(n.head_end, ',') && d.is_word(n.head_end + 1, "all") && n.head_end + 2 < s.last) {
      std::string_view w = d.norm(n.head_end + 2);
      if (detail::in(detail::kDeclaringList, w) || w == "in") {
        n.used = true;
        return Coverage{static_cast<int>(n.value), static_cast<int>(n.value)};
      }
    }
    // "results of all 543 constituencies", "the final allocation of all 400 seats", "counting in 650 seats"
    auto result_noun = [&](std::size_t k) {
      return k >= s.first && k < s.last &&
             (d.is_word(k, "results") || d.is_word(k, "allocation") || d.is_word(k, "distribution"));
    };
    // ("based on results from all 276 constituencies", "with results in from all 61 constituencies")
    auto of = [&](std::size_t k) {
      return d.is_word(k, "of") || d.is_word(k, "for") || d.is_word(k, "in") || (all && d.is_word(k, "from"));
    };
    bool results_before = n.first >= s.first + 2 &&
                          (of(n.first - 1) || (all && of(n.first - 2))) &&
                          (d.is_word(n.first - 2, "results") || result_noun(n.first - 3) || d.is_word(n.first - 2, "counting") ||
                           (all && n.first >= s.first + 4 && d.is_word(n.first - 3, "in") && d.is_word(n.first - 2, "from") &&
                            result_noun(n.first - 4)));
    // "has declared all 50 constituencies", "have now counted all 225 seats"
    // ("with results declared for all 250 wards")
    std::size_t verb = n.first >= s.first + 3 && (d.is_word(n.first - 2, "for") || d.is_word(n.first - 2, "in"))
                           ? n.first - 3 : n.first - 2;
    // ("have now declared winners in all 47 counties", "declared results for all 290 seats")
    if (verb > s.first && verb + 3 == n.first && (d.is_word(verb, "winners") || d.is_word(verb, "results"))) --verb;
    bool declared_before = all && n.first >= s.first + 2 && d.tok(verb).kind == TokKind::word && detail::in(detail::kDeclaringList, d.norm(verb));
    if (declared_after || results_before || declared_before) {
      n.used = true;
      std::optional<int> total = all ? std::optional<int>(static_cast<int>(n.value)) : std::nullopt;
      // "results for all 542 constituencies that voted, out of 543": every one that voted, of a larger whole
      for (auto& m : nums) {
        if (m.first <= n.first || m.first > n.head_end + 8 || m.used || m.value <= n.value || m.value > kMaxSeats) continue;
        if (m.first >= 2 && d.is_word(m.first - 1, "of") && d.is_word(m.first - 2, "out")) {
          m.used = true;
          total = static_cast<int>(m.value);
        }
        break;
      }
      return Coverage{static_cast<int>(n.value), total};
    }
  }
  return std::nullopt;
}

}  // namespace tally::extract
