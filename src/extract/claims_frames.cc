// Stage (claims): the constructions of one sentence, linking each party to its number.
#include "extract/claims_frames.h"

#include "extract/claims_common.h"
#include "extract/claims_items.h"
#include "extract/claims_lists.h"
#include "extract/cues.h"
#include "extract/entities.h"
#include "extract/names.h"

namespace tally::extract {

namespace {

/// "the centre-left New Future Party": a lower-case word between "the" and a capitalised name.
bool describes(Doc& d, std::size_t j) {
  if (d.tok(j).cap || d.tok(j).kind != TokKind::word) return false;
  std::size_t k = j + 1;
  while (k < d.tokens.items.size() && k < j + 3 && d.tok(k).kind == TokKind::word && !d.tok(k).cap) ++k;
  if (k >= d.tokens.items.size() || !d.tok(k).cap) return false;
  return (j > 0 && d.is_word(j - 1, "the")) || (j > 1 && d.is_word(j - 2, "the") && !d.tok(j - 1).cap);
}

}  // namespace

void link_sentence(Doc& d, const detail::Sentence& s, std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                   std::vector<Link>& links, bool tally_context, bool seat_context, bool item_line) {
  bool sentence_blocked = false;
  // 0. a list line: "ND – 158", "Groen, Open Vld and PVDA: 9 each"
  if (item_line && link_list_line(d, s, ms, nums, links)) return;
  // "with two each by the GDA and the BAP": a count each and the names after it
  link_each_after(d, s, ms, nums, links);
  // "The Coalition and Labor are each on 57 seats": "each" before the count
  link_each_before(d, s, ms, nums, links);
  // "... 119 in the Chamber and 65 in the Senate, with the League on 66 and 29": a pair a chamber each
  link_chamber_pairs(d, s, ms, nums, links);
  // 1. parallel lists: "A, B and C won 15, 3 and 2 seats respectively", "A and B won 90 and 54 seats"
  link_parallel_lists(d, s, ms, nums, links);
  // 2. "X and Y got two seats each"
  for (auto& n : nums) {
    if (n.used || n.excluded) continue;
    std::size_t after = n.seat_noun ? n.head_end : n.last;
    if (!(d.is_word(after, "each") || d.is_word(after, "apiece"))) continue;
    // walk back over the verb to the party list
    std::size_t k = n.first;
    std::size_t guard = 0;
    while (k > s.first && guard < 4 && d.tok(k - 1).kind == TokKind::word && !d.mention_at(ms, k - 1)) {
      --k;
      ++guard;
    }
    // "Three smaller parties - A, B and C - won one seat each": the list between dashes
    if (k > s.first + 1 && d.is_punct(k - 1, '-') && d.mention_at(ms, k - 2)) --k;
    auto parties = party_list_before(d, k, s.first, ms);
    if (auto named = named_list_before(d, k, s, ms); named.size() > parties.size()) parties = std::move(named);
    {
      // "Tehreek-e-Labbaik, the PML-Zia and the MWM have one seat each": "each" says the names are parties
      // (also those the tables do not know among known ones: "UTJ, Yamina, Labor and Yisrael Beiteinu")
      std::size_t start = k;
      while (start > s.first) {
        std::size_t j = start - 1;
        const Token& t = d.tok(j);
        bool part = d.mention_at(ms, j) || (t.kind == TokKind::word && (t.cap || t.hyphen_before || d.is_word(j, "and") ||
                                                                          d.is_word(j, "the") || d.is_word(j, "of") ||
                                                                          describes(d, j))) ||
                    d.is_punct(j, ',') || d.is_punct(j, '(') || d.is_punct(j, ')') || d.is_punct(j, '&');
        if (!part) break;
        start = j;
      }
      // "In Balochistan, the PPP and the JUI-F won 11 seats each": the place before the list is no name of it
      if (d.is_word(start, "in") || d.is_word(start, "at") || d.is_word(start, "across") || d.is_word(start, "on") ||
          d.is_word(start, "throughout")) {
        std::size_t comma = start;
        while (comma < k && !d.is_punct(comma, ',')) ++comma;
        if (comma < k) start = comma + 1;
      }
      if (auto listed = list_names(d, start, k, ms); listed.size() >= 2 && listed.size() > parties.size())
        parties = std::move(listed);
    }
    n.used = true;  // "three parties with one seat each": a share, not one party's count
    if (parties.size() < 2) continue;
    for (auto* p : parties) links.push_back({p, &n, Qualifier::exact, std::nullopt, n.first, "each"});
  }
  // 3. one party per number
  for (auto& n : nums) {
    if (n.used || n.excluded) continue;
    std::size_t qf;
    Qualifier q = qualifier_before(d, n.first, s.first, qf);
    std::optional<int> seats_max;
    bool hyphen_range = n.last < s.last && d.tok(n.last).kind == TokKind::number && d.tok(n.last).hyphen_before;
    // "from 43 to 54" is a change, not a range
    bool from_before = n.first > s.first && d.is_word(n.first - 1, "from");
    if (q == Qualifier::exact && !n.seat_noun && ((d.is_word(n.last, "to") && !from_before) || hyphen_range)) {
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
        if (m.first == n.last + 1 && (d.is_word(n.last, "and") || d.is_word(n.last, "to")) && !m.excluded) upper = &m;
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
    // (but "leading in 67 more", "ahead in a further 125": more leads, a count of leads)
    bool leads = false;
    for (std::size_t b = qf; b > s.first && b + 5 > qf && !leads;) {
      --b;
      leads = d.is_word(b, "in") && b > s.first && detail::in_set<detail::kLeadingList>(d.norm(b - 1));
    }
    if (qf > s.first) {
      std::string_view before = d.norm(qf - 1);
      if (detail::in_set<detail::kChangeBeforeList>(before) && !(leads && (before == "further" || before == "another")))
        continue;
      if (before == "in" && qf >= s.first + 2 &&
          (d.is_word(qf - 2, "second") || d.is_word(qf - 2, "third") || d.is_word(qf - 2, "fourth") || d.is_word(qf - 2, "up")))
        continue;  // "second in 98 of them": places, not seats won
      if (before == "to" && qf >= s.first + 2 && detail::in_set<detail::kChangeToList>(d.norm(qf - 2))) {
        // "rose to 120": the new level, a tally
      }
    }
    if (n.last < s.last && detail::in_set<detail::kChangeAfterList>(d.norm(n.last)) && !(leads && d.is_word(n.last, "more")))
      continue;
    if (n.first > s.first && (d.is_punct(n.first - 1, '+') || d.is_punct(n.first - 1, '-')) && !d.tok(n.first).space_before) continue;

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
        if (const Mention* m = d.mention_at(ms, k)) {
          if (d.has_kind(*m, EntityKind::party) && !m->source_context && !d.inside_brackets(s, m->first)) forward = m;
          break;
        }
        std::string_view w = d.norm(k);
        if (d.tok(k).cap && d.tok(k).kind == TokKind::word && steps > 0) {  // a person's name: "won by Eknath Shinde's Shiv Sena"
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
              w == "main") && k > s.first && d.is_word(k - 1, "the"))) {
          explicit_to |= w == "to" || w == "by" || w == "for" || w == "among" || w == "between";
        } else if (!(d.is_punct(k, ',') && steps == 0)) {
          break;
        }
        ++k;
        ++steps;
      }
      // "Coalition 70 seats, Labor 62": a name after a comma with a count of its own starts the next item
      if (forward && !explicit_to && forward->last < s.last &&
          (d.tok(forward->last).kind == TokKind::number ||
           (d.is_punct(forward->last, ':') && forward->last + 1 < s.last && d.tok(forward->last + 1).kind == TokKind::number)))
        forward = nullptr;
      // "218 seats to the Democrats' 211", "365 seats to Labour's 202": the possessive name owns the number
      // after it, not the one before
      // ("winning 58 seats to its 39": the possessive pronoun too)
      if (forward &&
          (d.tok(forward->name_last - 1).possessive ||
           (forward->anaphor && (d.is_word(forward->name_last - 1, "its") || d.is_word(forward->name_last - 1, "their")))) &&
          forward->last < s.last &&
          (d.tok(forward->last).kind == TokKind::number ||
           std::any_of(nums.begin(), nums.end(), [&](const NumberItem& m2) { return m2.first == forward->last; })))
        forward = nullptr;  // ("... to the SLP's six": a number word too)
      // "62 independents were returned", "113 independent candidates": the number counts the people named
      bool counted_people = forward && forward->first == n.last && is_independents(d, *forward);
      if (counted_people) {
        // ... when a verb of winning follows: "62 independents were returned", "two independents also won seats"
        bool won = false;
        for (std::size_t j = forward->last; j < std::min(s.last, forward->last + 12) && !won; ++j) {
          std::string_view w = d.norm(j);
          if (d.is_punct(j, ';') || d.is_punct(j, '.') || w == "and" || w == "but" || w == "while" || w == "whereas") break;
          won = detail::in_set<detail::kWonList>(w) || detail::in_set<detail::kLeadingList>(w) || w == "returned" ||
                w == "elected";
        }
        counted_people = won;
      }
      if (forward && !explicit_to && !n.seat_noun && !counted_people) forward = nullptr;
      // without "to/for/by", only a count that opens its sentence points forward: "With 240 seats, the BJP ..."
      if (forward && !explicit_to && qf > s.first + 1 && !counted_people) forward = nullptr;
      points_elsewhere = !forward && explicit_to && steps > 0 && k < s.last && !d.mention_at(ms, k) &&
                         (d.tok(k).kind == TokKind::word);
      // "35 seats for the PVV and 25 for GroenLinks": a name the tables do not know, after "for" or "to"
      if (!forward && explicit_to && first_cap > 0 && (k >= s.last || !d.mention_at(ms, k))) {
        k = first_cap;
        points_elsewhere = true;
      }
      if (points_elsewhere && d.tok(k).cap && !d.tok(k).sentence_start && (n.seat_noun || tally_context)) {
        std::size_t len = capitalised_run(d, k, s.last);
        std::size_t end = k + len;
        bool closed = end >= s.last || d.tok(end).kind == TokKind::punct || d.is_word(end, "and") || d.is_word(end, "while") ||
                      d.is_word(end, "with") || d.is_word(end, "against");
        bool plain = len >= 1 && len <= 4 && !detail::in_set<detail::kMonthList>(d.norm(k));
        for (std::size_t j = k; j < end && plain; ++j) plain = !d.tok(j).possessive && !d.mention_at(ms, j);
        if (closed && plain && source_kind_of(d, k, end) == SourceKind::unknown) {
          Mention m;
          m.first = k;
          m.name_last = m.last = end;
          m.local_party = add_party(d, std::string(d.slice(k, end)), "");
          d.adhoc.push_back(m);
          forward = &d.adhoc.back();
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
        if (d.is_punct(b, ';') || (d.is_punct(b, ':') && b + 1 != qf)) break;
        const Mention* m = d.mention_at(ms, b);
        if (!m) continue;
        // "... lifted the INDIA bloc's spirits in Uttar Pradesh with 37 seats": a place or a chamber holds no
        // seats; the search goes on past it
        if (party_of_const(*m) < 0 && !m->anaphor && m->person.empty() && m->apposition < 0 &&
            !d.has_kind(*m, EntityKind::party)) {
          b = m->first;
          continue;
        }
        // "the SLP's six", "the Conservatives' 44": a possessive party right before the count holds it
        if (m->holder || (m->last == qf && d.has_kind(*m, EntityKind::party) && !m->anaphor &&
                          d.tok(m->name_last - 1).possessive)) {
          holder = m;
          break;
        }
        // "... including the PAC, which holds one seat": a relative clause on the name right before it
        if (d.has_kind(*m, EntityKind::party) && !m->source_context && !d.inside_brackets(s, m->first) &&
            d.is_punct(m->last, ',') && (d.is_word(m->last + 1, "which") || d.is_word(m->last + 1, "who")) &&
            qf - m->last <= 6) {
          bool close = true;
          for (std::size_t k = m->last + 2; k < qf && close; ++k) {
            std::string_view w = d.norm(k);
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
            std::string_view w = d.norm(k);
            close = d.is_punct(k, ',') || w == "which" || w == "who" || w == "has" || w == "had" || w == "holds" ||
                    w == "with" || w == "on" || w == "at" || w == "won" || w == "took" || w == "got" || w == "now" ||
                    w == "ahead" || w == "leading" || w == "trailing" || w == "only" || w == "just";
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
        if ((d.is_word(k, "which") || d.is_word(k, "where") || d.is_word(k, "when")) && d.is_word(k + 1, "the") &&
            d.tok(k + 2).kind == TokKind::word && !d.tok(k + 2).cap && !d.mention_at(ms, k + 2) &&
            (detail::in_set<detail::kWonList>(d.norm(k + 3)) || d.is_word(k + 3, "had") || d.is_word(k + 3, "has") ||
             d.is_word(k + 3, "held") || d.is_word(k + 3, "holds")))
          holder = nullptr;
      }
      if (holder && !gap_allows(d, holder->last, qf, nums)) {
        holder = nullptr;
        sentence_blocked = true;
      } else if (holder && sentence_blocked &&
                 (holder->last == qf || (holder->last + 1 == qf && (d.is_word(qf - 1, "with") || d.is_word(qf - 1, "on") ||
                                                                      d.is_word(qf - 1, "at"))))) {
        holder = nullptr;  // "The BJP contested 441 seats and the Congress 328": the verb carries over
      }
      // "... and Komeito 24", "Reiwa Shinsengumi 9": a capitalised name right before a count in a list
      if (const Mention* named = adhoc_party(d, s, qf, ms); named && (!holder || holder->last < named->first)) {
        holder = named;
      } else if (holder && holder->last < qf && (unknown_name_before(d, s, qf, ms) || new_item_between(d, s, holder->last, qf, nums))) {
        holder = nullptr;  // "the UML 78": a name the tables do not know holds this count, not a party further back
      }
    }
    if (!holder) continue;
    bool direct = holder->last == qf || (holder->last + 1 == qf && (d.is_punct(holder->last, ':') || d.is_punct(holder->last, '(') ||
                                                                    d.is_word(holder->last, "on") || d.is_word(holder->last, "at") ||
                                                                    d.is_word(holder->last, "with")));
    std::size_t after_number = n.last;
    if (seats_max) {
      for (auto& m2 : nums) {
        if (m2.used && static_cast<int>(m2.value) == *seats_max && m2.first >= n.last) after_number = std::max(after_number, m2.last);
      }
    }
    bool bare = after_number >= s.last || d.tok(after_number).kind == TokKind::punct || d.is_word(after_number, "and") ||
                 d.is_word(after_number, "while") || d.is_word(after_number, "this") || d.is_word(after_number, "in") ||
                 d.is_word(after_number, "so");
    if (!n.seat_noun && !tally_context && !direct && !(seat_context && bare)) continue;
    if (!n.seat_noun && n.words && !direct && !tally_context) continue;
    if (n.plus && q == Qualifier::exact) q = Qualifier::at_least;
    std::string_view rule = holder == forward ? "number_to_party"
                            : holder->first >= qf ? "number_to_party"
                            : direct           ? (seats_max ? "party_range" : "party_number")
                                               : (seats_max ? "party_verb_range" : "party_verb_number");
    links.push_back({holder, &n, q, seats_max, qf, rule});
    n.used = true;
  }
  // "has 32: 18 from FPTP and 14 from PR": the parts and the total of one party's count
  link_components(d, s, ms, nums, links);
  // 4. "the remaining seven seats are shared among five smaller parties", "the remaining three were split
  // among three parties": what is left over after the named parties goes to the others together
  for (auto& n : nums) {
    bool linked = std::any_of(links.begin(), links.end(), [&](const Link& l) { return l.number == &n; });
    if (n.excluded || (n.used && !linked) || n.first == s.first) continue;
    std::size_t b = n.first;
    if (!(d.is_word(b - 1, "remaining") || (d.is_word(b - 1, "other") && b > s.first + 1 && d.is_word(b - 2, "the")))) continue;
    bool shared = false, parties_word = false, named = false;
    for (std::size_t k = s.first; k < s.last; ++k) {
      std::string_view w = d.norm(k);
      shared |= w == "shared" || w == "sharing" || w == "share" || w == "split" || w == "splitting" || w == "divided" ||
                w == "dividing" || w == "distributed" || w == "spread" || w == "went" || w == "go" || w == "going";
      // "five smaller parties", "the other parties" (not "shared among parties in proportion to the vote")
      if ((w == "parties" || w == "groups" || w == "outfits") && k > s.first) {
        std::string_view a = d.norm(k - 1);
        long ignored = 0;
        parties_word |= a == "smaller" || a == "small" || a == "minor" || a == "other" || a == "several" ||
                        a == "various" || d.tok(k - 1).kind == TokKind::number ||
                        detail::number_words(d.tokens, k - 1, s.last, ignored) > 0;
      }
      if (const Mention* m = d.mention_at(ms, k); m && k == m->first && k > n.last && is_independents(d, *m)) named = true;
    }
    if (!shared || !parties_word || named) continue;
    Mention m;
    m.first = b - 1;
    m.name_last = m.last = b;
    m.local_party = add_party(d, others_name(d), "*");
    d.adhoc.push_back(m);
    links.push_back({&d.adhoc.back(), &n, Qualifier::exact, std::nullopt, n.first, "remaining_to_others"});
    n.used = true;
    for (auto& l : links) {
      // "A and B were among the smaller parties sharing the remaining seven seats": not theirs
      if (l.number == &n && l.party != &d.adhoc.back()) l.number = nullptr;
    }
    std::erase_if(links, [](const Link& l) { return l.number == nullptr; });
  }
}

}  // namespace tally::extract
