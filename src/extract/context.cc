// Stage: what is in force from sentence to sentence (source, status, coverage, chamber); makes the observations.
#include "extract/context.h"

#include <algorithm>
#include <tuple>

#include "extract/attribution.h"
#include "extract/cues.h"
#include "extract/entities.h"

namespace tally::extract {

void attribute(Doc& d, SentenceReading& r, ReadingState& st) {
  const Sentence& s = r.s;
  const auto& links = r.links;
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
  std::optional<DocSource> source = r.source;
  Status status = r.status;
  const std::optional<Coverage>& coverage = r.coverage;
  const std::string& chamber = r.chamber;
  // "The exit poll is out. It projects Labour on 410", "..., the newspaper said": a pronoun or a generic
  // noun for the source named in the last two sentences
  if (!source && !links.empty() && st.seen_source && st.seen_source_age <= 2 && source_anaphor(d, s)) source = st.seen_source;
  if (source) {
    st.seen_source = source;
    st.seen_source_age = 0;
  } else {
    ++st.seen_source_age;
  }
  auto nearest_chamber = [&](std::size_t k) -> const std::string& {
    auto it = std::lower_bound(r.chamber_at.begin(), r.chamber_at.end(), k,
                               [](const std::pair<std::size_t, std::string>& c, std::size_t v) { return c.first < v; });
    if (it == r.chamber_at.end()) return std::prev(it)->second;
    if (it == r.chamber_at.begin()) return it->second;
    auto before = std::prev(it);
    return k - before->first <= it->first - k ? before->second : it->second;
  };
  bool label = r.label;
  bool status_line = status != Status::unknown && r.ms.empty() && links.empty() && st.context_age <= 1 && !heading_like(d, s);
  bool updates = !links.empty() || coverage || label || status_line || (r.result_words && (r.seat_word || r.strong));
  // "The conservative bloc came first, the Federal Returning Officer announced.": an electoral body
  // reporting the result, in an article about seats, attributes the counts that follow
  updates |= r.body_reports && d.doc_counts_seats && links.empty();
  bool unnamed = r.unnamed;
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
      if (st.forecast && st.forecast_age == 0 && ((r.list_line && !r.own_verb) || (status == Status::projected && !d.tok(s.first).blank_line_before)))
        here = *st.forecast;  // (or a forecast right after one: "Labour was forecast to fall to 191")
      here.chamber = st.context.chamber;  // the scene (which chamber) lasts longer than an attribution
      if (status != Status::unknown) here.status = status;
      if (coverage) here.coverage = coverage;
      if (!chamber.empty()) here.chamber = chamber;
    }
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
    o.rule = std::string(link.rule);
    o.chamber = !link.number->chamber.empty() ? link.number->chamber
                : r.several_chambers            ? nearest_chamber(link.number->first)
                : !here.chamber.empty()         ? here.chamber
                                                : d.default_chamber;
    bool defaulted = link.number->chamber.empty() && here.chamber.empty() && !r.several_chambers;
    o.historical = r.past[li];
    if (!o.historical) {
      o.source = here.source ? std::optional<std::string>(here.source->canonical) : std::nullopt;
      o.source_kind = here.source ? here.source->kind : SourceKind::unknown;
      o.status = here.status;
      o.coverage = here.coverage;
      settle_status(o);
    } else {
      o.status = Status::unknown;
    }
    if (link.number == &r.nums[std::min(r.total_index, r.nums.size() - 1)] && r.chamber_total && r.total_index < r.nums.size())
      o.chamber_seats = r.chamber_total;
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
  if (!links.empty() && r.list_line && !r.own_verb) {
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
  if (heading && !label && d.tok(s.first).blank_line_before) {
    Attribution fresh;
    fresh.chamber = r.chambers_named == 1 ? chamber : std::string();
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
  } else if (r.chambers_named == 1 && links.empty() && !source) {
    st.context.chamber = chamber;  // a sentence about one chamber sets the scene
    ++st.context_age;
  } else {
    ++st.context_age;
  }
  if (r.reports_results && !updates && !source && status != Status::unknown && status != Status::projected) {
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
  // what "the party" in a later sentence refers to: the first party this sentence names as a holder
  for (auto* m : r.ms) {
    if (m->holder && !m->anaphor) {
      int p = party_of(d, *m);
      if (p >= 0) {
        d.last_party = p;
        break;
      }
    }
  }
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
