// Stage (claims): which mentions may hold seats, and the small tests the constructions share.
#include "extract/claims_common.h"

#include "extract/cues.h"
#include "extract/entities.h"
#include "extract/names.h"

namespace tally::extract {


/// Marks mentions that cannot hold seats in this sentence.
void mark_holders(Doc& d, const detail::Sentence& s, std::vector<const Mention*>& ms) {
  for (auto* cm : ms) {
    auto* m = const_cast<Mention*>(cm);
    m->holder = d.has_kind(*m, EntityKind::party);
    m->source_context = false;
    std::size_t b = m->first;
    // look past determiners and owners: "backed by the PTI", "led by Rahul Gandhi's Congress party"
    while (b > s.first && (d.is_word(b - 1, "the") || d.is_word(b - 1, "its") || d.is_word(b - 1, "their") ||
                           (d.tok(b - 1).possessive && d.tok(b - 1).cap) ||
                           (d.tok(b - 1).cap && b < m->first && d.tok(b).possessive)))
      --b;
    std::string_view w1 = b > s.first ? d.norm(b - 1) : std::string_view();
    std::string_view w2 = b > s.first + 1 ? d.norm(b - 2) : std::string_view();
    if (w1 == "told" || w1 == "via" || w2 == "told" || w1 == "agency" || w1 == "cited" || w1 == "citing") {
      m->source_context = true;
    }
    bool has_source = d.has_kind(*m, EntityKind::source);
    if (has_source && b > s.first && (w1 == "to" && w2 == "according")) m->source_context = true;
    if (has_source && m->last < s.last) {
      std::string_view a = d.norm(m->last);
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
        w1 == "cost" || w1 == "costing" || w1 == "denied" || w1 == "deprived" || w1 == "majority" || w2 == "majority" ||
        w1 == "past") {
      m->weak = m->holder && !m->source_context && !by_modifier && !with_modifier &&
                (w1 == "behind" || w1 == "past" || (w1 == "of" && w2 == "ahead") || w1 == "than" || w1 == "against" || w1 == "over" ||
                 w1 == "like" ||
                 // "365 seats to Labour's 202": a possessive with its own count after "to"
                 (w1 == "to" && (d.tok(m->name_last - 1).possessive || (m->anaphor && (d.is_word(m->first, "its") || d.is_word(m->first, "their")))) &&
                  m->last < s.last && d.tok(m->last).kind == TokKind::number));
      m->holder = false;
    }
    // "Awami League members who ran ...": the party name qualifies a noun
    if (m->last < s.last && d.tok(m->last).kind == TokKind::word) {
      static constexpr std::string_view adjunct[] = {
          "members", "member", "leaders", "leader", "supporters", "workers", "officials", "activists", "chief",
          "spokesperson", "spokesman", "spokeswoman", "chairman", "chairperson", "president", "founder",
          "government", "governments", "manifesto", "ticket", "tickets", "symbol", "camp", "voters", "loyalists",
          "rebels", "rebel", "dissidents", "stalwart", "stalwarts", "veteran", "veterans", "heavyweight",
          "heavyweights", "secretary", "general", "minister", "ministers", "mp", "mla", "mna", "senator",
          "lawmaker", "legislator", "nominee", "candidate", "patron", "head", "wing", "office", "headquarters",
          "rally", "rallies", "stronghold", "strongholds", "bastion", "vote", "votes", "share", "chairwoman",
          "ally", "allies", "partner", "partners"};
      if (detail::in(adjunct, d.norm(m->last)) && !d.tok(m->last).cap) {
        m->holder = false;
        m->weak = false;
      }
    }
    if (m->last < s.last && d.tok(m->last).hyphen_before) {
      std::string_view a = d.norm(m->last);
      if (a == "backed" || a == "led" || a == "supported" || a == "affiliated" || a == "aligned" || a == "allied")
        m->holder = false;
    }
    if (d.inside_brackets(s, m->first)) m->holder = false;
    // "analyst Antony Green says", "Mr Tom Labour said": a party's name as a person's surname
    if (m->first >= s.first + 1 && m->name_last == m->first + 1 && d.tok(m->first - 1).kind == TokKind::word &&
        d.tok(m->first - 1).cap && !d.tok(m->first - 1).sentence_start && !d.tok(m->first - 1).upper &&
        !d.mention_at(ms, m->first - 1) && !d.is_word(m->first - 1, "the")) {
      bool title = m->first >= s.first + 2 && is_title(d.norm(m->first - 2));
      bool speaks = m->last < s.last && (d.is_word(m->last, "says") || d.is_word(m->last, "said") ||
                                         d.is_word(m->last, "told") || d.is_word(m->last, "added"));
      if (title || speaks) {
        m->holder = false;
        m->weak = false;
      }
    }
    // "PDP-Laban, the former president's party, and its partners": the name restated holds the count
    if (!m->person.empty() && m->apposition >= 0) m->holder = false;
    // "113 Khyber Pakhtunkhwa (KP) seats": a name right after a number describes the number
    // (a year is not: "In 2024 PTI won 90 seats")
    if (m->first > s.first && d.tok(m->first - 1).kind == TokKind::number) {
      const Token& before = d.tok(m->first - 1);
      bool year = !before.decimal && !before.grouped && before.value >= 1900 && before.value <= 2100;
      // ("62 independents were returned": the number counts the independents themselves)
      if (!year && !is_independents(d, *m)) m->holder = false;
    }
    // "the PTI's troubles": a possessive names the party as an owner, not a holder of seats, unless what
    // it owns is a count ("the BJP's 240", "the PTI's tally")
    if (d.tok(m->name_last - 1).possessive && m->last < s.last) {
      const Token& next = d.tok(m->last);
      std::string_view a = d.norm(m->last);
      long ignored = 0;
      bool count = next.kind == TokKind::number || detail::number_words(d.tokens, m->last, s.last, ignored) > 0 ||
                   a == "tally" || a == "count" || a == "total" || a == "haul" || a == "strength" || a == "seat" ||
                   a == "seats" || a == "share" || a == "candidates" || a == "nominees" || a == "lead" ||
                   a == "own" || a == "final" || a == "latest" || a == "provisional" || a == "overall" || a == "number" ||
                   (a == "to" && m->last + 1 < s.last &&
                    (d.tok(m->last + 1).kind == TokKind::number || detail::number_words(d.tokens, m->last + 1, s.last, ignored) > 0));  // "the SJB's to 40"
      if (!count) m->holder = false;
    }
  }
  // "the Sigamos Haciendo Historia coalition of Morena, the Green Party (PVEM) and the Labor Party (PT) is on
  // course to win 346": the members listed after "coalition of" do not hold the coalition's count
  bool members = false;
  for (std::size_t i = 0; i < ms.size(); ++i) {
    auto* m = const_cast<Mention*>(ms[i]);
    std::size_t b = m->first;
    while (b > s.first && d.is_word(b - 1, "the")) --b;
    std::string_view w1 = b > s.first ? d.norm(b - 1) : std::string_view();
    std::string_view w2 = b > s.first + 1 ? d.norm(b - 2) : std::string_view();
    if ((w1 == "of" && (w2 == "coalition" || w2 == "alliance" || w2 == "bloc" || w2 == "grouping" || w2 == "front" ||
                        w2 == "consisting" || w2 == "comprised" || w2 == "composed" || w2 == "made")) ||
        w1 == "comprising" || w1 == "including") {
      members = true;
    } else if (members && i > 0) {
      // the list goes on only through commas, "and", "or", "the" and bracketed acronyms
      bool list = b > ms[i - 1]->last;
      for (std::size_t k = ms[i - 1]->last; k < b && list; ++k) {
        list = d.is_punct(k, ',') || d.is_punct(k, '(') || d.is_punct(k, ')') || d.is_word(k, "and") || d.is_word(k, "or") ||
               d.is_word(k, "the") || d.inside_brackets(s, k);
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

Qualifier qualifier_before(Doc& d, std::size_t k, std::size_t first, std::size_t& qual_first) {
  qual_first = k;
  auto w = [&](std::size_t back) -> std::string_view { return k >= first + back ? d.norm(k - back) : std::string_view(); };
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

/// Coordinated parties ending just before k: "A, B and C" / "A and B". Returns them in order.
std::vector<const Mention*> party_list_before(Doc& d, std::size_t k, std::size_t first, const std::vector<const Mention*>& ms) {
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
    // "the centre-left New Future Party and the leftist Progressive Party": words describing the party
    // between "the" and its name
    std::size_t a = pos;
    while (a > first && pos - a < 3 && d.tok(a - 1).kind == TokKind::word && !d.tok(a - 1).cap &&
           !d.is_word(a - 1, "the") && !d.is_word(a - 1, "and") && !d.mention_at(ms, a - 1))
      --a;
    if (a < pos && a > first && d.is_word(a - 1, "the")) pos = a;
    if (pos > first && d.is_word(pos - 1, "the")) --pos;
    if (pos > first && d.is_word(pos - 1, "and") && pos >= first + 2 && d.is_punct(pos - 2, ',')) pos -= 2;
    else if (pos > first && (d.is_word(pos - 1, "and") || d.is_word(pos - 1, "&") || d.is_punct(pos - 1, ',') || d.is_punct(pos - 1, '&'))) pos -= 1;
    else break;
    // "the Telugu Desam Party of Andhra Pradesh and the Janata Dal (United) of Bihar"
    std::size_t q = pos;
    while (q > first && d.tok(q - 1).cap && d.tok(q - 1).kind == TokKind::word && !d.mention_at(ms, q - 1)) --q;
    if (q < pos && q > first + 1 && d.is_word(q - 1, "of")) pos = q - 1;
  }
  return out;
}

/// True when, between a party and a count, a new list item starts with a name the tables do not know:
/// "the New Popular Front won 182 seats, Ensemble 168 and the National Rally and its allies 143".
bool new_item_between(Doc& d, const detail::Sentence& s, std::size_t from, std::size_t to, const std::vector<NumberItem>& nums) {
  std::size_t start = from;
  for (std::size_t k = from; k < to; ++k) {
    if (d.is_punct(k, ',') || d.is_punct(k, ';')) start = k + 1;
    for (const auto& n : nums) {
      if (n.last == k + 1 && n.first >= from) start = k + 1;
    }
  }
  if (start == from) return false;  // no list boundary: "the ANC in KwaZulu-Natal won 14"
  std::size_t k = start;
  while (k < to && (d.is_word(k, "and") || d.is_word(k, "while") || d.is_word(k, "with") || d.is_word(k, "the") || d.is_punct(k, ','))) ++k;
  if (k >= to || d.tok(k).kind != TokKind::word || !d.tok(k).cap || d.mention_at_any(k)) return false;
  std::string_view w = d.norm(k);
  static constexpr std::string_view not_names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  return !detail::in_set<detail::kMonthList>(w) && !detail::in(not_names, w) && (void(s), true);
}

/// True when a capitalised word that names nothing known stands right before the count at qf ("the
/// CPN-UML 78", "Rise 12", "Sumar on 31"), not at the start of the sentence.
bool unknown_name_before(Doc& d, const detail::Sentence& s, std::size_t qf, const std::vector<const Mention*>& ms) {
  std::size_t end = qf;
  if (end > s.first && (d.is_word(end - 1, "on") || d.is_word(end - 1, "at") || d.is_word(end - 1, "with") || d.is_punct(end - 1, ':')))
    --end;
  // "ITAK's to eight"
  if (end > s.first + 1 && d.is_word(end - 1, "to") && d.tok(end - 2).possessive) --end;
  if (end <= s.first + 1) return false;
  const Token& t = d.tok(end - 1);
  if (t.kind != TokKind::word || !t.cap || t.sentence_start || d.mention_at(ms, end - 1)) return false;
  std::string_view w = d.norm(end - 1);
  if (detail::in_set<detail::kMonthList>(w)) return false;
  // "the Shiv Sena of Chief Minister Eknath Shinde at about 48": a person who qualifies the party
  std::size_t run = end - 1;
  while (run > s.first && d.tok(run - 1).kind == TokKind::word && d.tok(run - 1).cap && !d.mention_at(ms, run - 1) &&
         end - run < 5)
    --run;
  if (run > s.first) {
    std::string_view before = d.norm(run - 1);
    if (before == "of" || before == "by" || before == "under" || d.tok(run - 1).possessive) return false;
    // "won in Kerala with 37 seats", "swept across Punjab with 13": a place after a preposition
    if (before == "in" || before == "across" || before == "throughout") return false;
  }
  static constexpr std::string_view common[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                "sunday", "i", "we", "he", "she", "they", "it", "this", "that"};
  return !detail::in(common, w);
}

/// The words between a party and its number (after the last comma) must not make the number a size, a
/// need, a vote count or a date.
bool gap_allows(Doc& d, std::size_t from, std::size_t to, const std::vector<NumberItem>& nums) {
  std::size_t start = from;
  for (std::size_t k = from; k < to; ++k) {
    if (d.is_punct(k, ',') || d.is_punct(k, '-') || d.is_punct(k, '(') || d.is_punct(k, ')')) start = k + 1;
    // "won a two-thirds majority in the assembly with 66 seats": "with N" is the count, whatever came before
    // (but "would have ended up with 79" never happened)
    if (d.is_word(k, "with") && k + 1 == to && !counterfactual(d, start, k)) start = k + 1;
    // "formed the government after taking 240 of the 543 seats", "... by winning 411": the clause of the
    // winning verb is the one that says what the number is
    if (k > from && (d.is_word(k - 1, "after") || d.is_word(k - 1, "by") || d.is_word(k - 1, "upon")) &&
        (d.is_word(k, "taking") || d.is_word(k, "winning") || d.is_word(k, "securing") || d.is_word(k, "capturing") ||
         d.is_word(k, "bagging") || d.is_word(k, "sweeping") || d.is_word(k, "clinching") || d.is_word(k, "grabbing")))
      start = k + 1;
    for (auto& n : nums) {
      if (n.last == k + 1 && n.first >= from) start = k + 1;
    }
  }
  for (std::size_t k = start; k < to; ++k) {
    std::string_view w = d.norm(k);
    // "would win" is a projection; "would have won" never happened
    if ((w == "would" || w == "could" || w == "might") && !d.is_word(k + 1, "have")) continue;
    if (detail::in_set<detail::kBlockingGapList>(w) && !d.tok(k).hyphen_before) return false;
    // "would challenge results in 18 constituencies": seats disputed, not held
    // (not "disputes that and claims 171": a verb of holding after it says what it holds)
    if (w == "challenge" || w == "challenges" || w == "challenged" || w == "challenging" || w == "dispute" || w == "disputes" ||
        w == "disputing" || w == "recount" || w == "recounts") {
      bool holds = false;
      for (std::size_t j = k + 1; j < to && !holds; ++j) {
        std::string_view v = d.norm(j);
        holds = detail::in_set<detail::kWonList>(v) || v == "claims" || v == "has" || v == "holds" || v == "had";
      }
      if (!holds) return false;
    }
    if (detail::in_set<detail::kMonthList>(w) && d.tok(k).cap) return false;
  }
  return true;
}


}  // namespace tally::extract
