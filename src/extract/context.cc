// Stage: what is in force from sentence to sentence (source, status, coverage, chamber); makes the observations.
#include "extract/context.h"

#include "extract/attribution.h"
#include "extract/claims.h"
#include "extract/claims_frames.h"
#include "extract/claims_lists.h"
#include "extract/cues.h"
#include "extract/entities.h"
#include "extract/mentions.h"
#include "extract/numbers.h"
#include "extract/qualifiers.h"

namespace tally::extract {

void do_sentence(Doc& d, ReadingState& st, const detail::Sentence& s) {
  // A new paragraph starts a new passage: the attribution of the one before does not carry over, unless it
  // opens by continuing it ("On the other hand", "Meanwhile", "Similarly").
  if (d.tok(s.first).blank_line_before && s.first > 0) {
    static constexpr std::string_view continuing[] = {"meanwhile", "similarly", "likewise", "also", "besides",
                                                      "moreover", "furthermore", "further", "separately",
                                                      "additionally", "however", "in", "on", "while", "and"};
    bool continues = detail::in(continuing, d.norm(s.first)) &&
                     (d.norm(s.first) != "on" || d.is_word(s.first + 2, "other")) &&
                     (d.norm(s.first) != "in" || d.is_word(s.first + 1, "addition"));
    continues |= attribution_cue(d, s);  // "According to the unofficial results ...": the same results go on
    if (!continues) {
      std::string chamber = st.context.chamber;
      st.context = Attribution{};
      st.context.chamber = chamber;
      st.context_age = 100;
    }
  }
  // "In 1993, the Progressive Conservatives ... were reduced to two. The Reform Party took 52 seats": a
  // paragraph that opens in a past year tells of that year until the paragraph ends or a sentence comes back
  // to the present; so does a sentence within it that opens in the past ("In 2018 the Awami League won 257
  // seats ...", "Four years ago, ...", "At the last election, ...")
  if (d.tok(s.first).blank_line_before || s.first == 0) st.past_frame = false;
  {
    std::size_t comma = s.first;
    while (comma < s.last && comma < s.first + 6 && !d.is_punct(comma, ',')) ++comma;
    bool opener = d.is_word(s.first, "in") || d.is_word(s.first, "back") || d.is_word(s.first, "at") ||
                  d.is_word(s.first, "during");
    bool opens_past = (comma < s.last && comma < s.first + 6 && past_marker(d, s.first, comma, s) &&
                       (opener || ago_phrase(d, s.first, comma))) ||
                      (d.is_word(s.first, "in") && s.first + 1 < s.last && past_marker(d, s.first + 1, s.first + 2, s));
    if (opens_past) {
      st.past_frame = true;
    } else if (st.past_frame && present_marker(d, s)) {
      st.past_frame = false;
    }
  }
  auto ms = d.mentions_in(s);
  record_labels(d, ms);
  mark_holders(d, s, ms);
  std::vector<NumberItem> nums = numbers_in(d, s, ms);
  std::optional<int> chamber_total;
  std::size_t total_index = 0;
  std::optional<Coverage> coverage = find_coverage(d, s, nums, ms, chamber_total, total_index);
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

  std::vector<Link> links;
  link_sentence(d, s, ms, nums, links, tally_context || list_line, st.seat_context);
  link_changes(d, s, ms, nums, links);
  drop_hypothetical(d, s, links);

  // attribution is read only where there is something to attribute
  bool relevant = !links.empty() || coverage || !ms.empty();
  // "The alliance won a two-thirds majority, official results showed.": no count, but the status of the
  // counts that follow
  bool reports_results = links.empty() && !coverage && results_reported(d, s);
  Status status = relevant || reports_results ? status_in(d, s) : Status::unknown;
  // "Status: final." under a "Source:" line
  if ((d.is_word(s.first, "status") || d.is_word(s.first, "results")) && d.is_punct(s.first + 1, ':') && s.first + 2 < s.last) {
    auto named = parse_status(d.norm(s.first + 2));
    if (named) status = *named;
  }
  std::optional<DocSource> source = relevant ? source_in(d, s, ms) : std::nullopt;
  // "The exit poll is out. It projects Labour on 410", "..., the newspaper said": a pronoun or a generic
  // noun for the source named in the last two sentences
  if (!source && !links.empty() && st.seen_source && st.seen_source_age <= 2 && source_anaphor(d, s)) source = st.seen_source;
  if (source) {
    st.seen_source = source;
    st.seen_source_age = 0;
  } else {
    ++st.seen_source_age;
  }
  std::string chamber;
  for (auto* m : ms) {
    std::string c = chamber_of(d, *m);
    if (!c.empty() && !d.has_kind(*m, EntityKind::party)) {
      chamber = c;
      break;
    }
  }
  // "In the KwaZulu-Natal Legislature the MK party won 37 seats, and the IFP took 15 in the National
  // Assembly": when a sentence names two chambers or more, each count goes to the nearest one
  std::vector<std::pair<std::size_t, std::string>> chamber_at;  // (token, chamber), in text order
  for (auto* m : ms) {
    if (d.has_kind(*m, EntityKind::party)) continue;
    std::string c = chamber_of(d, *m);
    if (!c.empty()) chamber_at.emplace_back(m->first, std::move(c));
  }
  bool several_chambers = false;
  for (std::size_t i = 1; i < chamber_at.size(); ++i) several_chambers |= chamber_at[i].second != chamber_at[0].second;
  auto nearest_chamber = [&](std::size_t k) -> const std::string& {
    auto it = std::lower_bound(chamber_at.begin(), chamber_at.end(), k,
                               [](const std::pair<std::size_t, std::string>& c, std::size_t v) { return c.first < v; });
    if (it == chamber_at.end()) return std::prev(it)->second;
    if (it == chamber_at.begin()) return it->second;
    auto before = std::prev(it);
    return k - before->first <= it->first - k ? before->second : it->second;
  };
  // "Nationally, the ANC had won 159 seats": back from a province to the national chamber
  bool national = chamber.empty() && national_marker(d, s);
  if (national) chamber = d.default_chamber;
  // "Source: PA Media." above a table names the source of what follows
  bool label = source && (d.is_word(s.first, "source") || d.is_word(s.first, "sources")) && d.is_punct(s.first + 1, ':');
  bool status_line = status != Status::unknown && ms.empty() && links.empty() && st.context_age <= 1 && !heading_like(d, s);
  bool updates = !links.empty() || coverage || label || status_line || (source && has_result_words(d, s) && (seat_word || (d.doc_counts_seats && attribution_strong(d, s, ms))));
  // "The conservative bloc came first, the Federal Returning Officer announced.": an electoral body
  // reporting the result, in an article about seats, attributes the counts that follow
  updates |= source && source->kind == SourceKind::electoral_body && d.doc_counts_seats && links.empty() &&
             body_reports(d, s, ms);
  // "according to the latest official results": attributed, but to no one named
  bool unnamed = !source && attribution_cue(d, s);
  Attribution here;
  if (updates) {
    if (source) {
      here.source = source;
      here.status = status;
      here.coverage = coverage;
      if (!coverage && st.context_age == 0 && st.context.coverage) here.coverage = st.context.coverage;
      // the same source again ("..., the commission said"): what it said before still holds
      bool same = st.context_age <= 3 && st.context.source && st.context.source->canonical == source->canonical;
      if (same && status == Status::unknown) here.status = st.context.status;
      // ("... official results showed. The NPP bagged 159 seats, the commission said.")
      if (!same && status == Status::unknown && st.context_age == 0 && !st.context.source) here.status = st.context.status;
      if (same && !coverage) here.coverage = st.context.coverage;
      here.chamber = chamber.empty() ? st.context.chamber : chamber;
    } else if (unnamed) {
      here.status = status;
      here.coverage = coverage;
      here.chamber = chamber.empty() ? st.context.chamber : chamber;
    } else {
      here = st.context_age <= 3 ? st.context : Attribution{};
      // a bare list right after a forecast continues it: "Channel 12's survey gives the bloc 62 seats.
      // Likud 30, Yesh Atid 24, ..."
      if (st.forecast && st.forecast_age == 0 && ((list_line && !has_own_verb(d, s)) || (status == Status::projected && !d.tok(s.first).blank_line_before)))
        here = *st.forecast;  // (or a forecast right after one: "Labour was forecast to fall to 191")
      here.chamber = st.context.chamber;  // the scene (which chamber) lasts longer than an attribution
      if (status != Status::unknown) here.status = status;
      if (coverage) here.coverage = coverage;
      if (!chamber.empty()) here.chamber = chamber;
    }
  }
  // Gapping repeats the verb and its time: "Before the election the LDP held 247 seats and Komeito 32"
  std::vector<char> past(links.size());
  for (std::size_t i = 0; i < links.size(); ++i) {
    const Link& link = links[i];
    past[i] = historical(d, link.party->first, link.party->last, link.number->first,
                         link.number->seat_noun ? link.number->head_end : link.number->last, s, link.qual_first,
                         link.number->in_previous_brackets, st.past_frame);
  }
  for (std::size_t i = 0; i < links.size(); ++i) {
    const Link& link = links[i];
    if (past[i] || link.party->last != link.number->first) continue;
    std::size_t b = link.party->first;
    if (b > s.first && d.is_word(b - 1, "the")) --b;
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
  for (std::size_t li = 0; li < links.size(); ++li) {
    const Link& link = links[li];
    Observation o;
    int party = party_of(d, *link.party);
    // "the ruling party" with no party the article labels so: say what was done with it
    if (link.party->anaphor && link.party->apposition < 0 && !label_of_anaphor(d, *link.party).empty() &&
        !d.labels.count(label_of_anaphor(d, *link.party))) {
      std::string phrase(d.slice(link.party->first, link.party->name_last));
      std::string warning = party < 0 ? "'" + phrase + "' names no party the article labels so; its counts were dropped"
                                      : "'" + phrase + "' names no party the article labels so; taken to be " +
                                            d.parties[static_cast<std::size_t>(party)].canonical + ", the party last named";
      if (d.role_warnings.insert(warning).second) d.out.warnings.push_back(std::move(warning));
    }
    if (party < 0) continue;
    o.party = d.parties[static_cast<std::size_t>(party)].canonical;
    o.party_text = std::string(d.slice(link.party->first, link.party->name_last));
    o.seats = static_cast<int>(link.number->value);
    o.seats_max = link.seats_max;
    o.qualifier = link.qualifier;
    o.chamber = !link.number->chamber.empty() ? link.number->chamber
                : several_chambers              ? nearest_chamber(link.number->first)
                : !here.chamber.empty()         ? here.chamber
                                                : d.default_chamber;
    bool defaulted = link.number->chamber.empty() && here.chamber.empty() && !several_chambers;
    o.historical = past[li];
    if (!o.historical) {
      o.source = here.source ? std::optional<std::string>(here.source->canonical) : std::nullopt;
      o.source_kind = here.source ? here.source->kind : SourceKind::unknown;
      o.status = here.status;
      o.coverage = here.coverage;
      settle_status(o);
    } else {
      o.status = Status::unknown;
    }
    if (link.number == &nums[std::min(total_index, nums.size() - 1)] && chamber_total && total_index < nums.size())
      o.chamber_seats = chamber_total;
    o.basis = basis_of(d, link.party->last, link.number->first, s);
    std::size_t first = std::min(link.party->first, link.number->first);
    std::size_t last = std::max(link.party->name_last, link.number->head_end > link.number->last ? link.number->head_end : link.number->last);
    o.span = {d.byte(d.tok(first).begin), d.byte(d.tok(last - 1).end)};
    o.evidence = d.sentence_text(s);
    d.out.observations.push_back(std::move(o));
    st.defaulted.push_back(defaulted);
  }
  // "Source: Election Commission of India" right under a table ("BJP — 303" lines): the source of the
  // table's unattributed rows above it
  // (a few footer lines a table: each looks at the rows again, so a text of footers stays linear)
  if (label && links.empty() && st.table_rows > 0 && st.table_footers < 4) {
    for (std::size_t j = st.table_first_obs; j < d.out.observations.size(); ++j) {
      Observation& o = d.out.observations[j];
      if (o.source || o.historical) continue;
      o.source = source->canonical;
      o.source_kind = source->kind;
      if (o.status == Status::unknown) o.status = status;
      settle_status(o);
    }
    ++st.table_footers;
  }
  // "Seats declared: 251/265" under the table: its coverage
  if (!label && links.empty() && coverage && st.table_rows > 0 && st.table_footers < 4) {
    for (std::size_t j = st.table_first_obs; j < d.out.observations.size(); ++j) {
      Observation& o = d.out.observations[j];
      if (!o.coverage && !o.historical && o.status != Status::projected) o.coverage = coverage;
    }
    ++st.table_footers;
  }
  if (!links.empty() && list_line && !has_own_verb(d, s)) {
    if (st.table_rows == 0) {
      st.table_first_obs = d.out.observations.size() - links.size();
      st.table_footers = 0;
    }
    ++st.table_rows;
  } else if (!links.empty() || s.last - s.first > 14) {
    st.table_rows = 0;  // prose ends the table
  }
  // A heading ("11:15 PKT | National Assembly", "KHYBER PAKHTUNKHWA ASSEMBLY (112 of 113 declared)") starts
  // a new passage: what came before no longer attributes what follows, and a chamber it names applies.
  bool heading = links.empty() && s.last - s.first <= 14 && !d.is_punct(s.last - 1, '.') && !d.is_punct(s.last - 1, '!') &&
                 !d.is_punct(s.last - 1, '?') && !d.is_punct(s.last - 1, '"') &&
                 (s.last >= d.tokens.items.size() || d.tok(s.last).newlines_before >= 1);
  std::size_t chambers_named = 0;
  for (auto* m : ms) chambers_named += d.has_kind(*m, EntityKind::chamber) && !d.has_kind(*m, EntityKind::party);
  chambers_named += national;
  if (heading && !label && d.tok(s.first).blank_line_before) {
    Attribution fresh;
    fresh.chamber = chambers_named == 1 ? chamber : std::string();
    if (updates) {
      fresh.source = here.source;
      fresh.status = here.status;
      fresh.coverage = here.coverage;
    }
    st.context = fresh;
    st.context_age = 0;
  } else if (updates && here.status != Status::projected) {
    st.context = here;
    st.context_age = 0;
    st.forecast.reset();
  } else if (chambers_named == 1 && links.empty() && !source) {
    st.context.chamber = chamber;  // a sentence about one chamber sets the scene
    ++st.context_age;
  } else {
    ++st.context_age;
  }
  if (reports_results && !updates && !source && status != Status::unknown && status != Status::projected) {
    Attribution reported;
    reported.status = status;
    reported.chamber = st.context.chamber;
    st.context = reported;
    st.context_age = 0;
  }
  if (updates && here.status == Status::projected && here.source) {
    st.forecast = here;
    st.forecast_age = 0;
  } else {
    ++st.forecast_age;
  }
  st.recent_tally = !links.empty() || (st.recent_tally && list_line);
  // what "the party" in a later sentence refers to: the first party this sentence names as a holder
  for (auto* m : ms) {
    if (m->holder && !m->anaphor) {
      int p = party_of(d, *m);
      if (p >= 0) {
        d.last_party = p;
        break;
      }
    }
  }
  (void)total_index;
}

/// "BJP on 48" in a headline, "the BJP won 48 of the 70 seats in the Delhi Assembly" in the story: a count
/// whose chamber is only the article's default takes the chamber the same count names elsewhere in it.
void adopt_named_chambers(Doc& d, ReadingState& st) {
  auto& obs = d.out.observations;
  // The counts with a named chamber, grouped by what makes two counts "the same" (party, seats, range,
  // historical), with up to three distinct chambers each: one look-up per defaulted count, not a scan of
  // every count (an article with thousands of counts stays linear).
  using Key = std::tuple<std::string_view, int, int, bool>;
  auto key_of = [](const Observation& o) {
    return Key{o.party, o.seats, o.seats_max.value_or(-1), o.historical};
  };
  std::map<Key, std::vector<std::string_view>> named_chambers;
  bool any_defaulted = false;
  for (std::size_t j = 0; j < obs.size(); ++j) {
    if (st.defaulted[j]) {
      any_defaulted = true;
      continue;
    }
    auto& chambers = named_chambers[key_of(obs[j])];
    if (chambers.size() < 3 && std::find(chambers.begin(), chambers.end(), obs[j].chamber) == chambers.end())
      chambers.push_back(obs[j].chamber);
  }
  if (!any_defaulted) return;
  for (std::size_t i = 0; i < obs.size(); ++i) {
    if (!st.defaulted[i]) continue;
    auto it = named_chambers.find(key_of(obs[i]));
    if (it == named_chambers.end()) continue;
    // unique: exactly one chamber other than the count's own (three distinct leave at least two others)
    std::string_view named;
    int others = 0;
    for (std::string_view c : it->second) {
      if (c == obs[i].chamber) continue;
      named = c;
      ++others;
    }
    if (others == 1 && !named.empty()) obs[i].chamber = std::string(named);
  }
}

}  // namespace tally::extract
