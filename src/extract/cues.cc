// Cue-word queries on a stretch of a sentence that several stages ask: past and present, forecasts, reporting.
#include "extract/cues.h"
#include "extract/entities.h"

#include <unordered_map>



namespace tally::extract {

/// Token k ends a count of years back: "five years ago", "a decade ago", "four years earlier" (not "two
/// days ago", which is this election).
bool counts_back(Doc& d, std::size_t k) {
  if (k == 0) return false;
  std::string_view before = d.norm(k - 1);
  bool years = before == "years" || before == "year";
  return (d.is_word(k, "ago") && (years || before == "decade" || before == "decades")) || (d.is_word(k, "earlier") && years);
}

/// "Four years ago", "Two years earlier": a phrase that dates what follows by counting back.
bool ago_phrase(Doc& d, std::size_t first, std::size_t last) {
  for (std::size_t k = first + 1; k < last; ++k) {
    if (counts_back(d, k)) return true;
  }
  return false;
}

/// Words that bring a sentence back to the present: "now", "this time", "this year", "so far", "today".
bool present_marker(Doc& d, const detail::Sentence& s) {
  for (std::size_t k = s.first; k < s.last; ++k) {
    std::string_view w = d.norm(k);
    std::string_view next = k + 1 < s.last ? d.norm(k + 1) : std::string_view();
    if (w == "now" || w == "today" || w == "currently" || w == "latest" || w == "tonight") return true;
    if (w == "this" && (next == "time" || next == "year" || next == "week" || next == "election" || next == "month" ||
                        next == "weekend" || next == "morning" || next == "evening" || next == "round" ||
                        next == "vote" || next == "poll" || next == "contest"))
      return true;
    if (w == "so" && next == "far") return true;
  }
  return false;
}

bool past_marker(Doc& d, std::size_t first, std::size_t last, const detail::Sentence& s) {
  int ref_year = d.out.date ? d.out.date->year : 0;
  auto w = [&](std::size_t k) -> std::string_view { return k < s.last ? d.norm(k) : std::string_view(); };
  for (std::size_t k = first; k < last; ++k) {
    const Token& t = d.tok(k);
    if (t.kind == TokKind::number && !t.decimal && !t.grouped && t.value >= 1900 && t.value <= 2100) {
      int year = static_cast<int>(t.value);
      if (ref_year ? year < ref_year : year < d.max_year) return true;
    }
    std::string_view x = w(k);
    // "In GE2020, ...", "LS2019": an election named by its year glued to letters
    if (t.kind == TokKind::word && x.size() >= 6 && x.size() <= 8 &&
        std::all_of(x.end() - 4, x.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        std::all_of(x.begin(), x.end() - 4, [](char c) { return c >= 'a' && c <= 'z'; })) {
      int year = (x[x.size() - 4] - '0') * 1000 + (x[x.size() - 3] - '0') * 100 + (x[x.size() - 2] - '0') * 10 + (x.back() - '0');
      if (year >= 1900 && (ref_year ? year < ref_year : year < d.max_year)) return true;
    }
    if ((x == "last" || x == "previous" || x == "preceding" || x == "prior" || x == "outgoing" || x == "past") &&
        (w(k + 1) == "time" || w(k + 1) == "election" || w(k + 1) == "elections" || w(k + 1) == "poll" ||
         w(k + 1) == "polls" || w(k + 1) == "general" || w(k + 1) == "parliament" || w(k + 1) == "vote" ||
         w(k + 1) == "house" || w(k + 1) == "assembly" || w(k + 1) == "contest" || w(k + 1) == "lok" ||
         w(k + 1) == "chamber" || w(k + 1) == "legislature" || w(k + 1) == "congress" || w(k + 1) == "senate" ||
         w(k + 1) == "term" || w(k + 1) == "council" || w(k + 1) == "councils" || w(k + 1) == "diet" ||
         w(k + 1) == "sabha"))
      return true;
    // "in the outgoing Bundestag", "the outgoing Knesset": the house before this election (not "the outgoing
    // prime minister's party")
    // ("In the outgoing Gelderland council the VVD had nine seats": a chamber the tables do not know)
    if (x == "outgoing") {
      for (std::size_t j = k + 1; j < std::min(s.last, k + 4); ++j) {
        std::string_view c = w(j);
        if (c == "council" || c == "assembly" || c == "parliament" || c == "legislature" || c == "house" || c == "chamber" ||
            c == "senate")
          return true;
        if (!d.tok(j).cap) break;
      }
    }
    if (x == "outgoing" && k + 1 < s.last && d.tok(k + 1).cap) {
      for (const Mention* m : d.mentions_in(s)) {
        if (m->first == k + 1 && d.has_kind(*m, EntityKind::chamber) && !d.has_kind(*m, EntityKind::party)) return true;
      }
    }
    // "Going into the vote, the LDP held 56 seats"
    if (x == "going" && w(k + 1) == "into" && w(k + 2) == "the" &&
        (w(k + 3) == "vote" || w(k + 3) == "election" || w(k + 3) == "elections" || w(k + 3) == "polls"))
      return true;
    if (k > first && counts_back(d, k)) return true;
    // "from 103 seats in 2011 to 44 four years later": later than a past year may still be past
    if (x == "later" && k > first && (w(k - 1) == "years" || w(k - 1) == "year") && k > s.first &&
        past_marker(d, s.first, k - 1, s))
      return true;
    if (x == "previously" || x == "formerly") return true;
    // "the 87.9 percent of 2018. In that election, PH won 51": an election named before, not this one
    if (x == "that" && (w(k + 1) == "election" || w(k + 1) == "vote" || w(k + 1) == "poll" || w(k + 1) == "polls" ||
                        w(k + 1) == "contest"))
      return true;
    // "In the inconclusive May 21 vote, ..." in an article of June 26: an opening phrase on a day weeks before
    // the article's, with no year
    std::size_t open = d.opening_word(s);
    bool opening_phrase = k < open + 6 && (d.is_word(open, "in") || d.is_word(open, "at") || d.is_word(open, "during"));
    bool month_word = detail::in_set<detail::kMonthList>(x) || x == "may";  // (May only capitalised, before a day)
    if (opening_phrase && d.out.date && t.kind == TokKind::word && month_word && t.cap && k + 1 < s.last &&
        d.tok(k + 1).kind == TokKind::number && !d.tok(k + 1).decimal && d.tok(k + 1).value >= 1 &&
        d.tok(k + 1).value <= 31 && !(k + 2 < s.last && d.tok(k + 2).kind == TokKind::number)) {
      static constexpr std::string_view months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                    "jul", "aug", "sep", "oct", "nov", "dec"};
      int month = 0;
      for (int m = 0; m < 12; ++m) {
        if (x.substr(0, 3) == months[m]) month = m + 1;
      }
      Date then{d.out.date->year, month, static_cast<int>(d.tok(k + 1).value)};
      if (month && is_valid_date(then.year, then.month, then.day)) {
        long gap = days_from_civil(*d.out.date) - days_from_civil(then);
        if (gap > 14 && gap < 300) return true;
      }
    }
    // "before the election", "Before Wednesday's vote", "Before that defeat"
    if (x == "before" && (w(k + 1) == "the" || w(k + 1) == "this" || w(k + 1) == "that" || w(k + 1) == "last" ||
                          (k + 1 < s.last && d.tok(k + 1).possessive))) {
      std::string_view noun = w(k + 2);
      // ("Before the biennial polls": an adjective first)
      if (k + 3 < s.last && (noun == "biennial" || noun == "general" || noun == "snap" || noun == "recent" ||
                             noun == "latest" || noun == "parliamentary" || noun == "local" || noun == "state" ||
                             noun == "provincial" || noun == "national" || noun == "federal" || noun == "municipal"))
        noun = w(k + 3);
      if (noun == "election" || noun == "elections" || noun == "vote" || noun == "polls" || noun == "poll" ||
          noun == "defeat" || noun == "dissolution")
        return true;
    }
  }
  return false;
}

/// Wording that makes a count an expectation: "is expected to win", "could take", "on course to win",
/// "set to win", "likely to get", "tipped to win" ("would have won" is a counterfactual, not a forecast).
bool forecast_wording(Doc& d, const detail::Sentence& s, std::size_t k) {
  static constexpr std::string_view win[] = {"win", "take", "get", "secure", "capture", "bag", "grab", "claim",
                                             "finish", "end", "emerge", "land", "retain", "keep", "hold"};
  auto at = [&](std::size_t j) { return j < s.last ? d.norm(j) : std::string_view(); };
  std::string_view w = d.norm(k);
  if ((w == "could" || w == "would" || w == "may" || w == "might" || w == "will") && detail::in(win, at(k + 1))) return true;
  if ((w == "expected" || w == "likely" || w == "tipped" || w == "set" || w == "poised") && at(k + 1) == "to" &&
      detail::in(win, at(k + 2)))
    return true;
  if ((w == "course" || w == "track") && k > s.first && d.is_word(k - 1, "on") && at(k + 1) == "to" && detail::in(win, at(k + 2)))
    return true;
  // "on course for 169 seats", "set for 87 seats", "heading for about 40" (not "heading for a clear win, leading
  // in 125 seats": the number must follow)
  if (at(k + 1) == "for" && (((w == "course" || w == "track") && k > s.first && d.is_word(k - 1, "on")) || w == "set" ||
                             w == "heading" || w == "headed")) {
    for (std::size_t j = k + 2; j < s.last && j <= k + 4; ++j) {
      if (d.tok(j).kind == TokKind::number) return true;
      if (d.tok(j).kind == TokKind::punct) break;
    }
  }
  return false;
}

/// True when the words before token b attribute what follows to it: "according to", "as per",
/// "released by", "called by", "received from", "citing".
bool attributed_before(Doc& d, std::size_t b, const detail::Sentence& s) {
  auto w = [&](std::size_t back) -> std::string_view { return b >= s.first + back ? d.norm(b - back) : std::string_view(); };
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

/// "Nationally, ...", "nationwide", "the national tally": the sentence is about the whole country's chamber.
bool national_marker(Doc& d, const detail::Sentence& s) {
  for (std::size_t k = s.first; k < s.last; ++k) {
    std::string_view w = d.norm(k);
    if (w == "nationally" || w == "nationwide") return true;
    if (w == "national" && k + 1 < s.last) {
      std::string_view n = d.norm(k + 1);
      if (n == "tally" || n == "count" || n == "results" || n == "result" || n == "level" || n == "picture") return true;
    }
  }
  return false;
}

/// True when a sentence has a verb of its own (then it is no continuation of a list before it).
bool has_own_verb(Doc& d, const detail::Sentence& s) {
  for (std::size_t k = s.first; k < s.last; ++k) {
    std::string_view w = d.norm(k);
    if (detail::in_set<detail::kWonList>(w) || detail::in_set<detail::kLeadingList>(w) || w == "has" || w == "have" ||
        w == "had" || w == "is" || w == "are" || w == "was" || w == "were")
      return true;
  }
  return false;
}

bool heading_like(Doc& d, const detail::Sentence& s) {
  return s.last - s.first <= 14 && !d.is_punct(s.last - 1, '.') && !d.is_punct(s.last - 1, '!') && !d.is_punct(s.last - 1, '?');
}

bool attribution_cue(Doc& d, const detail::Sentence& s) {
  for (std::size_t k = s.first; k + 1 < s.last; ++k) {
    if ((d.is_word(k, "according") && d.is_word(k + 1, "to")) || (d.is_word(k, "as") && d.is_word(k + 1, "per"))) return true;
  }
  return false;
}

/// "official results showed", "the final count shows", "provisional figures released on Monday": results
/// named with a verb that reports them.
bool results_reported(Doc& d, const detail::Sentence& s) {
  static constexpr std::string_view verbs[] = {"showed", "show", "shows", "indicated", "indicate", "indicates",
                                               "released", "published", "announced", "confirmed", "suggest",
                                               "suggested", "suggests"};
  for (std::size_t k = s.first; k + 1 < s.last; ++k) {
    std::string_view w = d.norm(k);
    if (w != "results" && w != "result" && w != "count" && w != "figures" && w != "tally" && w != "returns") continue;
    for (std::size_t j = k + 1; j < s.last && j <= k + 3; ++j) {
      if (detail::in(verbs, d.norm(j))) return true;
    }
  }
  return false;
}

bool has_result_words(Doc& d, const detail::Sentence& s) {
  for (std::size_t k = s.first; k < s.last; ++k) {
    if (detail::in_set<detail::kResultWordList>(d.norm(k)) || detail::in_set<detail::kTallyCueList>(d.norm(k))) return true;
  }
  return false;
}

/// "would have", "could have", "might have" in [from, to): what follows did not happen.
bool counterfactual(Doc& d, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k + 1 < to; ++k) {
    if ((d.is_word(k, "would") || d.is_word(k, "could") || d.is_word(k, "might")) && d.is_word(k + 1, "have")) return true;
  }
  return false;
}

/// True when the forecast word at k is what the count is compared with, not what it is: "far more than exit
/// polls had predicted", "well above what most exit polls had predicted", "confounding polls that had
/// predicted", "which exit polls had tipped to win".
bool compared_forecast(Doc& d, const detail::Sentence& s, std::size_t k) {
  bool pluperfect = (k > s.first && d.is_word(k - 1, "had")) || d.is_word(k + 2, "had") || d.is_word(k + 1, "had");
  for (std::size_t j = k, steps = 0; j > s.first && steps < 7; ++steps) {
    --j;
    if (d.tok(j).kind == TokKind::punct) break;
    std::string_view w = d.norm(j);
    if (steps < 5 && (w == "than" || w == "what" || w == "confounding" || w == "defying" || w == "unlike" ||
                      w == "contrary" || w == "despite"))
      return true;
    // "well below the figure announced by the National Elections Commission": another count, compared
    if ((w == "below" || w == "above") && d.is_word(j + 1, "the") &&
        (d.is_word(j + 2, "figure") || d.is_word(j + 2, "figures") || d.is_word(j + 2, "count") ||
         d.is_word(j + 2, "tally") || d.is_word(j + 2, "number") || d.is_word(j + 2, "total")))
      return true;
    if ((w == "which" || w == "that" || w == "who") && pluperfect) return true;
  }
  return false;
}

Basis basis_of(Doc& d, std::size_t from, std::size_t to, const detail::Sentence& s) {
  for (std::size_t k = from; k < to && k < s.last; ++k) {
    std::string_view w = d.norm(k);
    if (detail::in_set<detail::kLeadingList>(w)) return Basis::leading;
    if (detail::in_set<detail::kWonList>(w)) return Basis::won;
  }
  for (std::size_t k = s.first; k < s.last; ++k) {
    if (detail::in_set<detail::kLeadingList>(d.norm(k))) return Basis::leading;
    if (detail::in_set<detail::kWonList>(d.norm(k))) return Basis::won;
  }
  return Basis::unknown;
}

bool presents(Doc& d, const detail::Sentence& s) {
  // the last token is a colon (after closing brackets): "..., as released by the ECP:"
  std::size_t last = s.last;
  while (last > s.first && (d.is_punct(last - 1, ')') || d.is_punct(last - 1, '-'))) --last;
  if (last > s.first && d.is_punct(last - 1, ':')) return true;
  for (std::size_t k = s.first; k + 1 < s.last; ++k) {
    std::string_view w = d.norm(k), next = d.norm(k + 1);
    if ((w == "here" || w == "below") && (next == "is" || next == "are" || next == "s")) return true;
    if (w == "heres") return true;
    if (w == "as" && next == "follows") return true;
    if ((w == "following" || w == "table" || w == "chart" || w == "graphic" || w == "breakdown") &&
        (next == "shows" || next == "show" || next == "are" || next == "is" || next == "gives" || next == "below"))
      return true;
    // "The tallies below were released by ...", "the results below", "the figures that follow"
    static constexpr std::string_view results[] = {"tally", "tallies", "results", "figures", "numbers", "count",
                                                   "counts", "breakdown", "distribution", "allocation", "standings"};
    if (detail::in(results, w) && (next == "below" || (next == "that" && k + 2 < s.last && d.is_word(k + 2, "follow"))))
      return true;
  }
  return false;
}

bool refers_back(Doc& d, const detail::Sentence& s) {
  static constexpr std::string_view pointers[] = {"same", "those", "these", "that"};
  static constexpr std::string_view results[] = {"count", "counts", "tally", "tallies", "figures", "results", "result",
                                                 "trends", "poll", "polls", "survey", "projection", "projections",
                                                 "numbers", "data", "estimate", "estimates", "forecast", "returns"};
  std::size_t open = d.opening_word(s);
  for (std::size_t k = open; k < s.last && k < open + 5; ++k) {
    if (!detail::in(pointers, d.norm(k))) continue;
    for (std::size_t j = k + 1; j < s.last && j <= k + 3; ++j) {
      if (detail::in(results, d.norm(j))) return true;
    }
  }
  return false;
}

std::string place_of(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms) {
  std::size_t k = d.opening_word(s, false);
  bool label = false;
  if (d.is_word(k, "in")) {
    ++k;
  } else {
    label = true;  // "Gauteng: ANC 28, ..."
  }
  if (d.is_word(k, "the") && k + 1 < s.last && d.tok(k + 1).cap) ++k;
  std::size_t start = k;
  while (k < s.last && k < start + 5 && d.tok(k).kind == TokKind::word &&
         (d.tok(k).cap || d.tok(k).hyphen_before || (k > start && (d.is_word(k, "of") || d.is_word(k, "and")) && k + 1 < s.last && d.tok(k + 1).cap)))
    ++k;
  if (k == start || k >= s.last) return {};
  // what follows the place: a comma or a pronoun after "In X"; a colon after a label
  if (label ? !d.is_punct(k, ':') : !(d.is_punct(k, ',') || d.is_word(k, "it") || d.is_word(k, "they") || d.is_word(k, "the")))
    return {};
  // a label is a place when parties the article names follow it ("Gauteng: ANC 28, DA 22"), not a party of a
  // list line itself ("Apruebo Dignidad: 37")
  if (label) {
    bool party_after = false;
    for (const Mention* m : ms) party_after |= m->first > k && d.has_kind(*m, EntityKind::party) && !m->anaphor;
    if (!party_after) return {};
    // "KARACHI: The PPP won 84 seats": a dateline in capitals over prose is where the story was filed; so is
    // "Kolkata: The Trinamool Congress ..." opening the article's first paragraph
    bool capitals = true;
    for (std::size_t j = start; j < k && capitals; ++j) capitals = d.tok(j).upper || d.is_word(j, "of") || d.is_word(j, "and");
    if (!capitals) {
      std::size_t at = d.byte(d.tok(s.first).begin);
      int paragraphs = 0;
      for (const Block& b : d.blocks) {
        if (b.kind != BlockKind::paragraph) continue;
        capitals = b.begin == at;  // (the first two paragraphs only: a headline may come first as one)
        if (capitals || ++paragraphs == 2) break;
      }
    }
    if (capitals) {
      for (std::size_t j = k + 1; j < s.last && d.tok(j).kind != TokKind::number; ++j) {
        if (d.tok(j).kind == TokKind::word && !d.tok(j).cap) return {};
      }
    }
  }
  // (a lower-case word after the place is no place name: "In the end,")
  for (std::size_t j = start; j < k; ++j) {
    // a party, a body or a chamber; but a label the tables know as a region with a legislature ("KZN: MK 37, ...")
    // is that region even when the article's names took it for a name of its own
    if (const Mention* m = d.mention_at(ms, j);
        m && !(label && m->entries.empty() && !regional_chamber(d, d.slice(start, k)).empty()))
      return {};
    std::string_view w = d.norm(j);
    if (detail::in_set<detail::kMonthList>(w) || w == "may" || w == "monday" || w == "tuesday" || w == "wednesday" ||
        w == "thursday" || w == "friday" || w == "saturday" || w == "sunday" || d.tok(j).possessive)
      return {};
  }
  // the article's own country is the whole, not a part ("In Pakistan, ...")
  static const std::unordered_map<std::string_view, std::string_view> countries(std::begin(detail::kCountryNameList),
                                                                              std::end(detail::kCountryNameList));
  // ("Sierra Leone: SLPP wins 81", "In South Africa, ...": a name of two words, its last the country's)
  if (k == start + 1 || (k == start + 2 && d.tok(start).cap)) {
    if (auto it = countries.find(d.norm(k - 1)); it != countries.end() && it->second == d.country &&
        !detail::in(detail::kPlaceWithinList, d.norm(k - 1)))
      return {};
  }
  static constexpr std::string_view not_places[] = {"total", "overall", "all", "results", "result", "update", "note",
                                                    "source", "status", "turnout", "seats", "final", "latest", "breaking",
                                                    "live", "summary", "majority", "others", "independents", "nationally",
                                                    "elsewhere", "meanwhile", "contrast", "addition", "short", "brief",
                                                    "projection", "forecast", "exit", "count", "counting", "vote", "votes",
                                                    // tiers of seats: "FPTP: UML 80 ...", "PR: UML 41 ..."
                                                    "fptp", "pr", "smd", "constituency", "constituencies", "list", "lists",
                                                    "proportional", "district", "districts", "direct", "directly",
                                                    "compensatory", "bonus", "tier", "mandates", "elected", "won",
                                                    "leading", "leads",
                                                    // "Party-wise: LDF 99, UDF 41": a heading word, no place
                                                    "party", "partywise", "parties", "alliance", "alliances"};
  if (detail::in(not_places, d.norm(start))) return {};
  if (label && k - start > 3) return {};
  return std::string(d.slice(start, k));
}

/// What a count's source implies for its status: an electoral body with seats still to declare gives
/// provisional figures, a pollster projections, and a projection covers no declared seats.
void settle_status(Observation& o) {
  if (o.status == Status::unknown && o.source_kind == SourceKind::electoral_body && o.coverage &&
      o.coverage->total && o.coverage->declared < *o.coverage->total)
    o.status = Status::provisional;
  // every seat declared, and no word for it: the final result ("all 650 seats declared", "with all 17
  // constituencies counted")
  if (o.status == Status::unknown && o.coverage && o.coverage->total && o.coverage->declared == *o.coverage->total)
    o.status = Status::final;
  if (o.source_kind == SourceKind::pollster) o.status = Status::projected;
  if (o.status == Status::projected) o.coverage.reset();
}

/// "It projects ...", "The agency put ...", "..., the newspaper said": the sentence's source is named
/// only by a pronoun or a generic noun before a verb of reporting.
bool source_anaphor(Doc& d, const detail::Sentence& s, bool& body) {
  body = false;
  static constexpr std::string_view nouns[] = {"agency", "poll", "survey", "newspaper", "paper", "daily", "broadcaster",
                                               "channel", "network", "pollster", "firm", "projection", "forecast",
                                               "institute", "website", "station", "outlet", "tabloid", "magazine",
                                               "commission", "directorate", "ministry", "board", "tribunal", "authority",
                                               "registrar", "office"};
  static constexpr std::string_view bodies[] = {"commission", "directorate", "ministry", "board", "tribunal", "authority",
                                                "registrar", "office"};
  static constexpr std::string_view figures[] = {"figures", "results", "count", "tally", "data", "numbers", "projection",
                                                 "estimate", "tallies", "returns"};
  static constexpr std::string_view verbs[] = {"projects", "projected", "puts", "put", "gives", "gave", "said", "says",
                                               "showed", "shows", "predicted", "predicts", "estimated", "estimates",
                                               "forecast", "forecasts", "reported", "reports", "added", "has", "had",
                                               "expects", "expected", "sees", "saw"};
  if (d.is_word(s.first, "it") && s.first + 1 < s.last && detail::in(verbs, d.norm(s.first + 1))) return true;
  // "Its preliminary results give the seats ...": the figures of the source named before
  if (d.is_word(s.first, "its") || d.is_word(s.first, "their")) {
    for (std::size_t k = s.first + 1; k < s.last && k < s.first + 4; ++k) {
      if (detail::in(figures, d.norm(k))) return true;
      if (d.tok(k).kind != TokKind::word) break;
    }
  }
  for (std::size_t k = s.first; k + 2 < s.last; ++k) {
    if (!d.is_word(k, "the") || !(k == s.first || d.is_punct(k - 1, ',') || d.is_word(k - 1, "and"))) continue;
    std::size_t n = k + 1;
    if (n + 1 < s.last && !detail::in(nouns, d.norm(n))) ++n;  // "the exit poll", "the Bengali daily"
    bool said = n + 1 < s.last && (detail::in(verbs, d.norm(n + 1)) ||
                                   // "the directorate's figures give Labour 54 seats", "the commission's count shows"
                                   (d.tok(n).possessive && detail::in(figures, d.norm(n + 1))));
    if (detail::in(nouns, d.norm(n)) && said) {
      body = detail::in(bodies, d.norm(n));
      return true;
    }
  }
  return false;
}

}  // namespace tally::extract
