// The claims stage for lists of names: list lines and counts given "each" to the names after them.
#include "extract/claims_items.h"

#include "extract/entities.h"

namespace tally::extract {
namespace {

/// Words that name no party when a list line starts with them ("Total: 400", "Majority: 326").
constexpr std::string_view kNotParties[] = {
    "total", "totals", "majority", "turnout", "seats", "seat", "vacant", "declared", "counted", "remaining",
    "undeclared", "invalid", "valid", "registered", "electorate", "votes", "vote", "result", "results", "source",
    "sources", "status", "updated", "note", "change", "swing", "margin", "lead", "leads", "won", "leading",
    "contested", "candidates", "women", "men", "reserved", "general", "needed", "required", "elected", "leads",
    "declared", "projected", "gain", "gains", "loss", "losses", "net",
    // communities a chamber's seats are shared between: "split equally between Christians and Muslims, 64 each"
    "christians", "muslims", "sunnis", "shias", "shiites", "druze", "maronites", "minorities", "hindus", "buddhists"};

/// Lower-case words that may stand inside a name ("Party of the Regions", "Peasants and Workers Party").
constexpr std::string_view kConnectors[] = {"of", "the", "for", "de", "del", "la", "e", "i", "y", "du", "des",
                                            "van", "von", "and", "al", "ul", "el", "ak"};

/// True when token k splits a list of names: ',', ';', '&', '/', "and", "or" (not inside a mention).
bool splits(Doc& d, std::size_t k, const std::vector<const Mention*>& ms) {
  if (d.mention_at(ms, k)) return false;
  return d.is_punct(k, ',') || d.is_punct(k, ';') || d.is_punct(k, '&') || d.is_word(k, "and") || d.is_word(k, "or");
}

/// The party one name of a list names, or null.
const Mention* name_party(Doc& d, std::size_t a, std::size_t b, const std::vector<const Mention*>& ms) {
  // "2) Finns Party 46", "3. Centre Party 23": the number of a numbered list is no part of the name
  if (a + 2 < b && d.tok(a).kind == TokKind::number && (d.is_punct(a + 1, ')') || d.is_punct(a + 1, '.')) &&
      (d.tok(a).sentence_start || d.tok(a).newlines_before > 0))
    a += 2;
  // "Constituencies: DP 163": a label before the name is no part of it ("Majority: Labour 174" is no count)
  for (std::size_t k = a; k + 1 < b; ++k) {
    if (!d.is_punct(k, ':')) continue;
    if (detail::in(kNotParties, d.norm(a)) || d.is_word(a, "majority")) return nullptr;
    a = k + 1;
  }
  while (a < b && (d.is_word(a, "the") || d.is_word(a, "an") || d.is_word(a, "a") || d.tok(a).kind == TokKind::punct)) ++a;
  // "the centre-left New Future Party", "the leftist Progressive Party": words describing the party first
  if (a > 0 && d.is_word(a - 1, "the")) {
    std::size_t c = a;
    while (c < b && c < a + 3 && d.tok(c).kind == TokKind::word && !d.tok(c).cap && !detail::in(kConnectors, d.norm(c))) ++c;
    if (c < b && c > a && d.tok(c).cap) a = c;
  }
  while (b > a && d.tok(b - 1).kind == TokKind::punct && !d.is_punct(b - 1, ')')) --b;
  // "(one each by the ANP, AML and JWP)": a bracket that closes one opened before the name is no part of it
  if (b > a && d.is_punct(b - 1, ')')) {
    bool opened = false;
    for (std::size_t k = a; k + 1 < b && !opened; ++k) opened = d.is_punct(k, '(');
    if (!opened) --b;
  }
  if (a >= b) return nullptr;
  // "Rob Jetten's D66": the owner before a party's name is no part of it
  for (std::size_t k = a; k + 1 < b; ++k) {
    if (!d.tok(k).possessive || d.is_word(k, "people")) continue;
    const Mention* after = d.mention_at(ms, k + 1);
    if (after && after->first == k + 1 && after->name_last == b && d.has_kind(*after, EntityKind::party)) a = k + 1;
  }
  // a mention that is the whole name (an acronym it defines may follow: "Coalición Canaria (CC)")
  for (const Mention* m : ms) {
    if (m->first != a || m->name_last > b) continue;
    if (m->last < b && !(d.is_punct(m->name_last, '(') && d.is_punct(b - 1, ')'))) continue;
    if (d.has_kind(*m, EntityKind::party)) return m;
    return nullptr;  // a chamber, a body or a place: no party
  }
  // a name the tables do not know: capitalised words (lower-case connectors inside), no mention inside
  if (!(d.tok(a).cap || d.tok(a).kind == TokKind::number)) return nullptr;
  if (detail::in(kNotParties, d.norm(a))) return nullptr;
  std::size_t words = 0;
  for (std::size_t k = a; k < b; ++k) {
    // "Chile Podemos Más": a known party's name inside a longer name is part of it; a body or a chamber is not
    // ("ACT Teachers": a known name that capitalised words run on past is a name of its own)
    if (const Mention* inner = d.mention_at(ms, k);
        inner && (!d.has_kind(*inner, EntityKind::party) ||
                  (inner->first == a && !(inner->last < b && d.tok(inner->last).cap && d.tok(inner->last).kind == TokKind::word))))
      return nullptr;
    const Token& t = d.tok(k);
    if (t.kind == TokKind::word && !t.cap && !detail::in(kConnectors, d.norm(k)) && !t.hyphen_before) return nullptr;
    if (detail::in_set<detail::kMonthList>(d.norm(k)) && t.cap) return nullptr;
    words += t.kind == TokKind::word;
  }
  if (words == 0 || words > 7) return nullptr;
  // "the Majlis Wahdat (MWM)": a name with the acronym it defines is that acronym, as the article uses it
  std::string canonical(d.slice(a, b));
  // ("(UzLiDeP)": a word of two capitals or more is an acronym too)
  if (b >= a + 4 && d.is_punct(b - 1, ')') && d.is_punct(b - 3, '(') && (d.tok(b - 2).upper || d.capitals(b - 2) >= 2) &&
      d.tok(b - 2).norm_len >= 2)
    canonical = std::string(d.slice(b - 2, b - 1));
  Mention m;
  m.first = a;
  m.name_last = m.last = b;
  m.local_party = add_party(d, canonical, "");
  d.adhoc.push_back(m);
  return &d.adhoc.back();
}

/// The first token after a count: past its seat noun and an "each".
std::size_t after_count(Doc& d, const NumberItem& n, bool& each) {
  std::size_t k = n.seat_noun ? n.head_end : n.last;
  each = d.is_word(k, "each") || d.is_word(k, "apiece");
  if (each) ++k;
  if (!n.seat_noun && k < d.tokens.items.size() && detail::in_set<detail::kSeatNounList>(d.norm(k))) ++k;
  return k;
}

}  // namespace

std::vector<const Mention*> list_names(Doc& d, std::size_t first, std::size_t last, const std::vector<const Mention*>& ms) {
  std::vector<const Mention*> out;
  std::size_t start = first;
  int depth = 0;
  for (std::size_t k = first; k <= last; ++k) {
    if (k < last && d.is_punct(k, '(')) ++depth;
    if (k < last && d.is_punct(k, ')') && depth > 0) --depth;
    if (k < last && (depth > 0 || !splits(d, k, ms))) continue;
    if (k > start) {
      const Mention* m = name_party(d, start, k, ms);
      if (!m) return {};
      out.push_back(m);
    }
    start = k + 1;
  }
  return out;
}

bool link_list_line(Doc& d, const Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                    std::vector<Link>& links) {
  std::size_t a = s.first;
  while (a < s.last && d.tok(a).kind == TokKind::punct) ++a;  // a bullet
  // the count: the first number, after the names and a separator
  NumberItem* count = nullptr;
  for (auto& n : nums) {
    if (n.used || n.excluded || n.first <= a) continue;
    count = &n;
    break;
  }
  if (!count) return false;
  std::size_t names_end = count->first;
  while (names_end > a && (d.is_punct(names_end - 1, ':') || d.is_punct(names_end - 1, '-'))) --names_end;
  if (names_end == a) return false;
  // "Nation | 23/08/2021 21:10", "Updated 14:05": a clock time or a page stamp, not a name and its count
  if (names_end < count->first && d.tok(names_end - 1).kind == TokKind::number) return false;
  for (std::size_t k = a; k + 1 < names_end; ++k)  // ("Vamos | 39": a bar before the count is a separator)
    if (d.is_punct(k, '|')) return false;
  // after it: "each", a seat noun, brackets ("(+26)", "(41)", "(new)"), a full stop; nothing else
  bool each = false;
  std::size_t k = after_count(d, *count, each);
  NumberItem* previous = nullptr;
  std::vector<std::pair<const Mention*, NumberItem*>> members;
  std::vector<NumberItem*> sums;
  while (k < s.last) {
    if (d.is_punct(k, '(')) {
      std::size_t close = k + 1;
      while (close < s.last && !d.is_punct(close, ')')) ++close;
      if (close == s.last) return false;
      // "People's Alliance – 323 (AKP 268, MHP 50, New Welfare Party 5)": the members' counts, a name and a
      // number each, separated by commas
      for (std::size_t from = k + 1; from < close && close > k + 3;) {
        std::size_t to = from;
        while (to < close && !d.is_punct(to, ',') && !d.is_punct(to, ';')) ++to;
        NumberItem* member = nullptr;
        for (auto& n : nums)
          if (n.first > from && n.last == to && !n.used && !n.excluded) member = &n;
        const Mention* party = member ? name_party(d, from, member->first, ms) : nullptr;
        if (!party) {
          members.clear();
          break;
        }
        members.push_back({party, member});
        from = to + 1;
      }
      // "National 48 (43 + 5)": the tiers that make the count, under "(electorate + list)"
      if (close == k + 4 && d.tok(k + 1).kind == TokKind::number && d.is_punct(k + 2, '+') &&
          d.tok(k + 3).kind == TokKind::number && d.tok(k + 1).value + d.tok(k + 3).value == count->value) {
        for (auto& n : nums) {
          if ((n.first == k + 1 || n.first == k + 3) && n.value > 0 && !n.used) sums.push_back(&n);
        }
        k = close + 1;
        continue;
      }
      // "(41)": the count of the election before, an unsigned number alone in brackets
      if (close == k + 2 && d.tok(k + 1).kind == TokKind::number && !previous) {
        for (auto& n : nums) {
          if (n.first == k + 1 && !n.excluded && !n.used) previous = &n;
        }
      }
      k = close + 1;
      continue;
    }
    // "Palang Pracharath: 97 + 19 = 116": the tiers and their total, each a count of the party
    if (d.is_punct(k, '+') && k + 2 < s.last && d.tok(k + 1).kind == TokKind::number) {
      std::size_t total = d.is_punct(k + 2, '*') ? k + 3 : k + 2;  // ("=" is an other-symbol token)
      if (total < s.last && d.tok(total).kind == TokKind::number && d.tok(total).value == count->value + d.tok(k + 1).value &&
          d.tok(k + 1).space_before) {
        for (auto& n : nums) {
          if ((n.first == k + 1 || n.first == total) && n.value > 0 && !n.used) sums.push_back(&n);
        }
        k = total + 1;
        continue;
      }
    }
    // "57 −8", "94 +17": a change after the count
    if ((d.tok(k).kind == TokKind::punct && (d.tok(k).punct == '+' || d.tok(k).punct == '-' || d.tok(k).punct == '*')) &&
        k + 1 < s.last && d.tok(k + 1).kind == TokKind::number) {
      k += 2;
      continue;
    }
    if (d.is_punct(k, '.') && k + 1 == s.last) break;
    return false;
  }
  auto names = list_names(d, a, names_end, ms);
  if (names.empty() || (names.size() > 1 && !each)) return false;
  for (const Mention* m : names) {
    links.push_back({m, count, Qualifier::exact, std::nullopt, count->first, each ? "list_line_each" : "list_line"});
  }
  count->used = true;
  for (auto& [party, member] : members) {
    links.push_back({party, member, Qualifier::exact, std::nullopt, member->first, "list_line_members"});
    member->used = true;
  }
  for (NumberItem* n : sums) {
    if (names.size() != 1) break;
    n->excluded = false;
    n->used = true;
    links.push_back({names[0], n, Qualifier::exact, std::nullopt, n->first, "list_line"});
  }
  if (previous && names.size() == 1) {
    previous->in_previous_brackets = true;
    previous->used = true;
    links.push_back({names[0], previous, Qualifier::exact, std::nullopt, previous->first, "list_line_previous"});
  }
  return true;
}

void link_chamber_pairs(Doc& d, const Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                        std::vector<Link>& links) {
  // the chambers the sentence names, in order, each once
  std::vector<std::pair<std::size_t, std::string>> chambers;
  for (const Mention* m : ms) {
    if (!d.has_kind(*m, EntityKind::chamber) || d.has_kind(*m, EntityKind::party)) continue;
    std::string name = chamber_of(d, *m);
    if (name.empty()) continue;
    if (std::none_of(chambers.begin(), chambers.end(), [&](const auto& c) { return c.second == name; }))
      chambers.emplace_back(m->last, name);
  }
  if (chambers.size() != 2) return;
  for (std::size_t i = 0; i + 1 < nums.size(); ++i) {
    NumberItem& a = nums[i];
    NumberItem& b = nums[i + 1];
    if (a.used || a.excluded || b.used || b.excluded || a.first < chambers[1].first) continue;
    if (!(a.last + 1 == b.first && d.is_word(a.last, "and"))) continue;
    // the party right before: "the League on 66 and 29", "Forza Italia 45 and 18"
    std::size_t k = a.first;
    if (k > s.first && (d.is_word(k - 1, "on") || d.is_word(k - 1, "with") || d.is_word(k - 1, "at"))) --k;
    const Mention* party = k > s.first ? d.mention_at(ms, k - 1) : nullptr;
    if (!party || party->last != k || party_of_const(*party) < 0) continue;
    a.chamber = chambers[0].second;
    b.chamber = chambers[1].second;
    a.used = b.used = true;
    links.push_back({party, &a, Qualifier::exact, std::nullopt, a.first, "chamber_pairs"});
    links.push_back({party, &b, Qualifier::exact, std::nullopt, b.first, "chamber_pairs"});
  }
}

void link_each_after(Doc& d, const Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                     std::vector<Link>& links) {
  for (auto& n : nums) {
    if (n.used || n.excluded) continue;
    bool each = false;
    std::size_t k = after_count(d, n, each);
    if (!each) continue;
    // "two each by", "one each for", "17 each went to", "one each going to", "112 seats each have gone to",
    // "13 seats each were won by"
    while (d.is_word(k, "have") || d.is_word(k, "has") || d.is_word(k, "had") || d.is_word(k, "were") ||
           d.is_word(k, "was") || d.is_word(k, "been"))
      ++k;
    if (d.is_word(k, "went") || d.is_word(k, "go") || d.is_word(k, "going") || d.is_word(k, "gone") || d.is_word(k, "fell") ||
        d.is_word(k, "fall"))
      ++k;
    if (d.is_word(k, "won") || d.is_word(k, "taken") || d.is_word(k, "allocated") || d.is_word(k, "awarded") ||
        d.is_word(k, "claimed") || d.is_word(k, "captured"))
      ++k;
    // ("Two seats each – 1-Rider, 4Ps, Ako Bicol": a dash or a colon before the names, on a list line)
    bool mark = (d.is_punct(k, '-') || d.is_punct(k, ':')) && n.first <= s.first + 1;
    if (!(d.is_word(k, "by") || d.is_word(k, "for") || d.is_word(k, "to") || mark)) continue;
    std::size_t first = k + 1;
    // the list ends at the sentence's end, a clause mark, or a comma before lower-case words
    std::size_t last = first;
    while (last < s.last) {
      if (d.is_punct(last, '.') || d.is_punct(last, ';') || d.is_punct(last, ':') || d.is_word(last, "while") ||
          d.is_word(last, "whereas") || d.is_word(last, "but") || d.is_word(last, "with") ||
          (d.is_word(last, "so") && d.is_word(last + 1, "far")) || d.is_word(last, "according"))
        break;
      if (d.is_punct(last, ',')) {
        std::size_t next = last + 1;
        if (d.is_word(next, "the") || d.is_word(next, "and")) ++next;
        if (next < s.last && d.tok(next).kind == TokKind::word && !d.tok(next).cap && !d.mention_at(ms, next)) break;
      }
      ++last;
    }
    auto names = list_names(d, first, last, ms);
    if (names.size() < 2) continue;
    for (const Mention* m : names) links.push_back({m, &n, Qualifier::exact, std::nullopt, n.first, "each_to_list"});
    n.used = true;
  }
}

void link_each_before(Doc& d, const Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                      std::vector<Link>& links) {
  for (auto& n : nums) {
    if (n.used || n.excluded) continue;
    // "are each on 57", "each won one seat", "have each taken 12"
    std::size_t e = n.first;
    bool found = false;
    for (std::size_t steps = 0; e > s.first && steps < 4 && !found; ++steps) {
      --e;
      found = d.is_word(e, "each");
      if (d.tok(e).kind == TokKind::punct) break;
    }
    if (!found) continue;
    std::size_t end = e;
    while (end > s.first && (d.is_word(end - 1, "are") || d.is_word(end - 1, "have") || d.is_word(end - 1, "were") ||
                             d.is_word(end - 1, "had")))
      --end;
    std::size_t start = end;
    while (start > s.first) {
      std::size_t j = start - 1;
      const Token& t = d.tok(j);
      bool part = d.mention_at(ms, j) || (t.kind == TokKind::word && (t.cap || t.hyphen_before || d.is_word(j, "and") ||
                                                                        d.is_word(j, "the") || d.is_word(j, "of"))) ||
                  d.is_punct(j, ',') || d.is_punct(j, '(') || d.is_punct(j, ')') || d.is_punct(j, '&');
      if (!part) break;
      start = j;
    }
    auto names = list_names(d, start, end, ms);
    if (names.size() < 2) continue;
    for (const Mention* m : names) links.push_back({m, &n, Qualifier::exact, std::nullopt, n.first, "each_before_count"});
    n.used = true;
  }
}

void link_components(Doc& d, const Sentence& s, const std::vector<const Mention*>& ms, std::vector<NumberItem>& nums,
                     std::vector<Link>& links) {
  if (links.empty()) return;
  // one party only: every link so far, and every party mention, names it
  int party = -1;
  const Mention* holder = nullptr;
  for (const Link& l : links) {
    int p = party_of(d, *l.party);
    if (p < 0 || (party >= 0 && p != party)) return;
    party = p;
    if (!holder) holder = l.party;
  }
  for (const Mention* m : ms) {
    if (!d.has_kind(*m, EntityKind::party) || !m->holder) continue;
    int p = party_of(d, *m);
    if (p >= 0 && p != party) return;
  }
  for (auto& n : nums) {
    if (n.used || n.excluded) continue;
    // "the 22 electoral districts": a description, no part
    if (n.first > s.first && d.is_word(n.first - 1, "the")) continue;
    std::size_t after = n.seat_noun ? n.head_end : n.last;
    auto at = [&](std::size_t k, std::string_view w) { return k < s.last && d.is_word(k, w); };
    bool part = at(after, "from") || at(after, "under") || at(after, "through") || at(after, "came") ||
                (at(after, "were") && at(after + 1, "won")) || (at(after, "in") && (at(after + 1, "total") || at(after + 1, "all"))) ||
                at(after, "altogether") || (at(after, "of") && at(after + 1, "them"));
    bool total = n.first >= s.first + 2 && d.is_word(n.first - 1, "of") && d.is_word(n.first - 2, "total");
    // "27 district seats and 12 proportional seats": seats of another kind, coordinated with a count of its own
    bool coordinated = n.seat_noun && n.first > s.first && (d.is_word(n.first - 1, "and") || d.is_punct(n.first - 1, ','));
    part |= coordinated;
    bool plus = n.first > s.first && d.is_word(n.first - 1, "plus") && n.seat_noun;
    if (!part && !total && !plus) continue;
    // (no change: "up 12 seats", "20 more seats"; no size: "of the 275 seats")
    if (n.first > s.first && detail::in_set<detail::kChangeBeforeList>(d.norm(n.first - 1)) && !plus) continue;
    if (after < s.last && detail::in_set<detail::kChangeAfterList>(d.norm(n.last))) continue;
    links.push_back({holder, &n, Qualifier::exact, std::nullopt, n.first, "components"});
    n.used = true;
  }
}

}  // namespace tally::extract
