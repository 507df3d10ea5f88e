// Stage (claims): list constructions: parallel lists, "each", names in a list, changes of a count.
#include "extract/claims_lists.h"

#include "extract/claims_common.h"
#include "extract/entities.h"

namespace tally::extract {

/// A party the tables do not know, named right before its count in a list: "and Komeito 24",
/// "Reiwa Shinsengumi 9", "partner Komeito on 21". Only after a list separator, never at a sentence start.
/// A coordinated list of names right before token k, names the tables do not know included when they end
/// in a party word: "the Workers Party of Bangladesh, the Jatiya Samajtantrik Dal-JSD and the Kalyan Party
/// (won one each)". Empty unless it has two names or more joined by "and".
std::vector<const Mention*> named_list_before(Doc& d, std::size_t k, const detail::Sentence& s, const std::vector<const Mention*>& ms) {
  std::vector<std::pair<std::size_t, std::size_t>> names;  // [first, last) of each name, last to first
  std::vector<const Mention*> known;
  std::size_t p = k;
  bool joined = false, glued = false;
  while (p > s.first && names.size() < 12) {
    const Mention* m = d.mention_at(ms, p - 1);
    const Mention* inner = nullptr;
    // "the Jatiya Samajtantrik Dal-JSD": a known acronym glued to a longer name is part of that name
    if (m && d.tok(m->first).hyphen_before && m->first > s.first && d.tok(m->first - 1).cap) {
      const Mention* whole = d.mention_at(ms, m->first - 1);
      if (whole && d.has_kind(*whole, EntityKind::party)) {
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
    if (m && !d.has_kind(*m, EntityKind::party) && m->first > s.first && d.is_word(m->first - 1, "of")) m = nullptr;
    // "the Coastal People's Party": a known name inside a longer one
    if (m && m->first > s.first && d.tok(m->first - 1).kind == TokKind::word && d.tok(m->first - 1).cap &&
        !d.mention_at(ms, m->first - 1)) {
      inner = m;
      m = nullptr;
    }
    if (glued) {
      glued = false;
    } else if (m) {
      if (!d.has_kind(*m, EntityKind::party)) break;
      names.push_back({m->first, p});
      known.push_back(m);
      p = m->first;
    } else {
      std::size_t st = p;
      while (st > s.first && d.tok(st - 1).kind == TokKind::word &&
             (st == p || !d.mention_at(ms, st - 1) || d.mention_at(ms, st - 1) == inner || d.tok(st).hyphen_before) &&
             (d.tok(st - 1).cap || d.tok(st - 1).hyphen_before ||
              ((d.is_word(st - 1, "of") || d.is_word(st - 1, "for")) && st - 1 > s.first && d.tok(st - 2).cap)))
        --st;
      bool keyword = false;
      for (std::size_t j = st; j < p; ++j) keyword |= detail::in_set<detail::kPartyKeywordList>(d.norm(j));
      if (st == p || !keyword || d.tok(st).sentence_start || d.is_word(st, "of") || d.is_word(st, "for")) break;
      names.push_back({st, p});
      known.push_back(nullptr);
      p = st;
    }
    if (p > s.first && d.is_word(p - 1, "the")) --p;
    if (p > s.first && d.is_word(p - 1, "and")) {
      joined = true;
      --p;
      if (p > s.first && d.is_punct(p - 1, ',')) --p;
      continue;
    }
    if (p > s.first && d.is_punct(p - 1, ',') && joined) {  // walking back through 'A, B and C'
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
    m.local_party = add_party(d, std::string(d.slice(m.first, m.last)), "");
    d.adhoc.push_back(m);
    out.push_back(&d.adhoc.back());
  }
  return out;
}

const Mention* adhoc_party(Doc& d, const detail::Sentence& s, std::size_t qf, const std::vector<const Mention*>& ms) {
  std::size_t end = qf;
  if (end > s.first && (d.is_word(end - 1, "on") || d.is_word(end - 1, "at") || d.is_word(end - 1, "with") || d.is_punct(end - 1, ':')))
    --end;
  std::size_t start = end;
  while (start > s.first && d.tok(start - 1).kind == TokKind::word && (d.tok(start - 1).cap || d.tok(start - 1).hyphen_before) &&
         !d.mention_at(ms, start - 1) && end - start < 4)
    --start;
  while (start < end && !d.tok(start).cap) ++start;  // ("left-wing Meretz": the name is capitalised)
  if (start == end || start == s.first || d.tok(start).sentence_start) return nullptr;
  if (in_set<detail::kMonthList>(d.norm(start)) || d.tok(start).possessive) return nullptr;
  for (std::size_t k = start; k < end; ++k) {
    if (d.tok(k).possessive || d.lex.match(d.tokens, k, end).length > 0) return nullptr;
  }
  std::size_t before = start - 1;
  // "and left-wing Meretz 5", "and the leftist Meretz 5": words describing the party after the separator
  // (a word of four letters or more, or one joined by a hyphen: not "is", "won", "got")
  for (std::size_t n = 0; n < 3 && before > s.first && d.tok(before).kind == TokKind::word && !d.tok(before).cap &&
                          !d.is_word(before, "the") && !d.is_word(before, "and") && !d.is_word(before, "while") &&
                          !d.mention_at(ms, before) && (d.norm(before).size() > 3 || d.tok(before + 1).hyphen_before);
       ++n)
    --before;
  if (d.is_word(before, "the") && before > s.first) --before;  // ", the Moderates 68"
  bool separator = d.is_punct(before, ',') || d.is_word(before, "and") || d.is_word(before, "while") ||
                   d.is_word(before, "partner") || d.is_word(before, "ally") || d.is_punct(before, ':') ||
                   // "followed by Pacto Histórico on 27"
                   (d.is_word(before, "by") && before > s.first && d.is_word(before - 1, "followed"));
  if (!separator) return nullptr;
  // the list must already hold a known party followed by its count
  bool list = false;
  for (auto* m : ms) list |= m->last <= start && m->holder;
  if (!list) return nullptr;
  Mention m;
  m.first = start;
  m.name_last = m.last = end;
  m.local_party = add_party(d, std::string(d.slice(start, end)), "");
  d.adhoc.push_back(m);
  return &d.adhoc.back();
}

/// Runs of numbers joined by commas and "and" ("15, 3 and 2 seats") pair with a list of parties of the same
/// length: the one before "respectively", or the one right before the verb. A run that pairs with nothing is
/// nobody's count ("ANP won 5, 6, 7 seats" says no one number), so step 3 never hands it to one party.
void link_parallel_lists(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
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
        if (d.is_punct(k, ',') && d.is_word(k + 1, "and")) k += 2;
        else if (d.is_punct(k, ',') || d.is_word(k, "and")) k += 1;
        else break;
        if (n.first != k) break;
      }
      if (d.mention_at(ms, n.seat_noun ? n.head_end : n.last)) break;  // "17 independents": a count for them
      if (n.last < s.last && detail::in_set<detail::kChangeAfterList>(d.norm(n.last))) break;  // "six, two more than"
      run.push_back(&n);
    }
    if (run.size() < 2 || (run.size() == 2 && run.front()->first > s.first && d.is_word(run.front()->first - 1, "between"))) {
      i = std::max(j, i + 1);
      continue;
    }
    i = j;
    std::size_t end = run.back()->seat_noun ? run.back()->head_end : run.back()->last;
    // ("hold 89, 32 and 10 of the seats respectively")
    for (std::size_t k = end; k < end + 4 && k < s.last; ++k) {
      if (!(d.is_word(k, "of") || d.is_word(k, "the") || d.is_word(k, "these") || d.is_word(k, "them") ||
            in_set<detail::kSeatNounList>(d.norm(k)))) {
        if (d.is_word(k, "respectively")) end = k;
        break;
      }
    }
    if (d.is_punct(end, ',')) ++end;
    bool respectively = d.is_word(end, "respectively");
    std::vector<const Mention*> parties;
    if (respectively) {
      // the last coordinated list of holders before the numbers
      bool nearest = true;
      for (std::size_t p = run.front()->first; p > s.first && parties.empty(); --p) {
        if (!d.mention_at(ms, p - 1)) continue;
        auto candidate = party_list_before(d, p, s.first, ms);
        // ("Inside the alliance NUPES, France Unbowed and the Socialists won 72 and 26 respectively": the
        // nearest list's last names, joined by "and", when it holds more names than there are counts)
        if (nearest && candidate.size() > run.size() && run.size() == 2) {
          const Mention* a = candidate[candidate.size() - 2];
          std::size_t between = a->last;
          if (d.is_word(between, "and") || (d.is_word(between, "&"))) candidate.erase(candidate.begin(), candidate.end() - 2);
        }
        nearest = false;
        if (candidate.size() == run.size()) parties = candidate;
      }
    } else {
      // the list right before the verb: "PTI, PML-N and PPP won 90, 75 and 54 seats"
      std::size_t p = run.front()->first;
      for (std::size_t steps = 0; steps < 4 && p > s.first && d.tok(p - 1).kind == TokKind::word && !d.mention_at(ms, p - 1); ++steps) --p;
      if (p < run.front()->first) parties = party_list_before(d, p, s.first, ms);
    }
    if (parties.size() == run.size()) {
      for (std::size_t k = 0; k < run.size(); ++k) {
        std::size_t qf;
        Qualifier q = qualifier_before(d, run[k]->first, s.first, qf);
        links.push_back({parties[k], run[k], q == Qualifier::range ? Qualifier::exact : q, std::nullopt, qf,
                         respectively ? "respectively" : "parallel_lists"});
      }
    }
    for (auto* n : run) n->used = true;
  }
}

namespace {

/// "Vox ... from 24 MPs in April to 50", "with its seats cut from 57 to 10": a change of one party's count
/// that no other rule linked. `from` (at q - 1) is followed by N, its seat noun, a time ("in April", "in
/// 2019") and "to" M: M is the party's count, N its earlier level, the party the nearest one before "from"
/// (no count, clause break or other party between). True when it linked both.
bool link_from_to(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms,
                  std::vector<NumberItem>& nums, NumberItem& n, std::size_t q, std::vector<Link>& links) {
  std::size_t k = n.seat_noun ? n.head_end : n.last;
  if ((d.is_word(k, "in") || d.is_word(k, "at")) && k + 2 < s.last) {
    std::size_t t = k + 1;
    if (d.is_word(t, "the")) ++t;
    if (d.tok(t).kind == TokKind::number || detail::in_set<detail::kMonthList>(d.norm(t)) || d.is_word(t, "may") ||
        d.is_word(t, "outgoing") || d.is_word(t, "previous") || d.is_word(t, "last"))
      k = t + 1;
    while (k < s.last && k < t + 3 && d.tok(k).kind == TokKind::word && !d.is_word(k, "to")) ++k;  // "the outgoing house"
  }
  if (!d.is_word(k, "to") || k + 1 >= s.last) return false;
  NumberItem* m = nullptr;
  for (auto& x : nums) {
    if (x.first == k + 1 && !x.excluded) m = &x;
  }
  if (!m || m->used || m->value == n.value) return false;
  // the party: the nearest before "from", with no count, clause break or other party between
  const Mention* party = nullptr;
  for (std::size_t j = q - 1; j-- > s.first;) {
    if (d.is_punct(j, ';') || d.is_punct(j, ':') || d.tok(j).kind == TokKind::number) return false;
    const Mention* p = d.mention_at(ms, j);
    if (p && d.has_kind(*p, EntityKind::party) && !p->anaphor) {
      party = p;
      break;
    }
    if (q - 1 - j > 16) return false;
  }
  if (!party) return false;
  for (const auto& l : links) {
    if (l.party == party) return false;  // the party's count in this sentence is already read
  }
  links.push_back({party, m, Qualifier::exact, std::nullopt, m->first, "change_from_to"});
  links.push_back({party, &n, Qualifier::exact, std::nullopt, q, "change_from_to"});
  m->used = n.used = true;
  return true;
}

}  // namespace

/// 4. "down from 303 in 2019", "went from 43 to 54", "fell to nine from 48", "compared with 64 in 2018": a
/// number after "from" or "compared with" is the earlier level of the count just before it, and a number
/// after "from N to" its new level; both belong to that count's party.
void link_changes(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                  std::vector<Link>& links) {
  for (auto& n : nums) {
    if (n.used || n.excluded) continue;
    std::size_t q = n.first;
    while (q > s.first && (d.is_word(q - 1, "just") || d.is_word(q - 1, "only") || d.is_word(q - 1, "the"))) --q;
    if (q < s.first + 2) continue;
    std::string_view b1 = d.norm(q - 1), b2 = d.norm(q - 2);
    bool earlier = b1 == "from" || ((b1 == "with" || b1 == "to") && (b2 == "compared" || b2 == "compares"));
    bool new_level = b1 == "to";
    // "down from the 303 seats the BJP won five years ago": the clause after the seats names whose they were
    if ((earlier || d.is_word(n.first - 1, "the")) && n.seat_noun && n.head_end + 1 < s.last) {
      std::size_t p = n.head_end;
      if (d.is_word(p, "the") || d.is_word(p, "that")) ++p;
      const Mention* owner = d.mention_at(ms, p);
      if (owner && owner->first == p && d.has_kind(*owner, EntityKind::party) && owner->last < s.last &&
          (detail::in_set<detail::kWonList>(d.norm(owner->last)) || d.is_word(owner->last, "had") ||
           d.is_word(owner->last, "held"))) {
        links.push_back({owner, &n, Qualifier::exact, std::nullopt, q, "seats_the_party_won"});
        n.used = true;
        continue;
      }
    }
    if (!earlier && !new_level) continue;
    if (b1 == "from" && link_from_to(d, s, ms, nums, n, q, links)) continue;
    // "from 43 to 54" with 54 counted: 43 is the same party's earlier level
    if (b1 == "from" && d.is_word(n.last, "to")) {
      const Link* next = nullptr;
      for (const auto& l : links) {
        if (l.number->first == n.last + 1) next = &l;
      }
      if (next) {
        links.push_back({next->party, &n, Qualifier::exact, std::nullopt, q, "change_from_to"});
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
      if (prev_end != cue || prev->number->first == s.first || !d.is_word(prev->number->first - 1, "from")) continue;
    } else {
      // between the count and the cue: no other party, no other count, not too far ("down from" and "up
      // from" say whose level it was from further away)
      bool change = b1 == "from" && (b2 == "down" || b2 == "up");
      if (cue - prev_end > (change ? 40U : 14U)) continue;
      bool clean = true;
      for (std::size_t k = prev_end; k < cue && clean; ++k) {
        if (const Mention* m = d.mention_at(ms, k); m && d.has_kind(*m, EntityKind::party)) clean = false;
        if (d.is_punct(k, ';') || d.is_punct(k, ':')) clean = false;
        for (const auto& other : nums) {
          if (other.used && other.first == k) clean = false;
        }
      }
      if (!clean) continue;
    }
    links.push_back({prev->party, &n, Qualifier::exact, std::nullopt, q, "earlier_level"});
    n.used = true;
  }
}

}  // namespace tally::extract
