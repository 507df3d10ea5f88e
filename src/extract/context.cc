// Stage: what is in force from sentence to sentence (source, status, coverage, chamber); makes the observations.
#include "extract/context.h"
#include "extract/context_places.h"

#include <algorithm>
#include <tuple>

#include "extract/cues.h"
#include "extract/entities.h"

namespace tally::extract {

namespace {

/// Where a value stated by sentence `at` comes from, for a count of sentence `here`.
ContextOrigin origin_of(const Doc& d, std::size_t at, std::size_t here) {
  if (at == kNoSentence) return {};
  ContextFrom from = at == here                                          ? ContextFrom::sentence
                     : d.block_of(at).kind == BlockKind::heading          ? ContextFrom::heading
                     : d.block_of(at).kind == BlockKind::headline         ? ContextFrom::article
                                                                          : ContextFrom::paragraph;
  return {from, d.line_of(at)};
}

/// True when the scope's report may give its status and coverage to a count attributed to `source`.
bool same_report(const Scope& scope, const std::optional<std::string>& source) {
  return !scope.said.source || !source || scope.said.source->canonical == *source;
}

/// True when the sentence is in the article's opening: its headline and first paragraph of prose.
bool in_opening(const Doc& d, std::size_t sentence) {
  if (sentence == kNoSentence || sentence >= d.sentence_block.size()) return false;
  std::size_t block = d.sentence_block[sentence];
  for (std::size_t b = 0; b < block; ++b) {
    if (d.blocks[b].kind == BlockKind::paragraph) return false;
  }
  return true;
}

/// True when the sentence speaks of results as such ("published its final figures", "according to preliminary
/// results"), not only of seats or polls.
bool names_results(const Doc& d, const detail::Sentence& s) {
  static constexpr std::string_view words[] = {"results", "result", "figures", "count", "counts", "tally",
                                               "tallies", "returns", "trends", "data", "projection", "projections"};
  for (std::size_t k = s.first; k < s.last; ++k) {
    if (detail::in(words, d.norm(k))) return true;
  }
  return false;
}

/// Fills what the count still lacks from a wider scope: a source; then the status and coverage of the same
/// report (coverage only for the chamber it was stated for).
void fill_from(Observation& o, const Scope& scope) {
  ContextOrigin origin{scope.from, scope.line};
  const Attribution& a = scope.said;
  // "How the TV exit polls compared with the final result:" over "Party | Channel 12 | Kan 11 | Final": the
  // broadcasters' columns are their projections; the final column is no broadcaster's
  if (a.status == Status::projected && o.status == Status::unknown && o.context.source.from == ContextFrom::column &&
      (o.source_kind == SourceKind::media || o.source_kind == SourceKind::pollster)) {
    o.status = Status::projected;
    o.context.status = origin;
  }
  if (a.status == Status::projected && o.context.status.from == ContextFrom::column &&
      (o.status == Status::final || o.status == Status::official))
    return;
  if (!o.source && a.source) {
    o.source = a.source->canonical;
    o.source_kind = a.source->kind;
    o.context.source = origin;
  }
  if (!same_report(scope, o.source)) return;
  if (o.status == Status::unknown && a.status != Status::unknown) {
    o.status = a.status;
    o.context.status = origin;
  }
  bool chamber_fits = a.chamber.empty() || a.chamber == o.chamber;
  // (a count its own sentence attributes to someone is that report's, not the one a heading or intro with
  // no source states: "Geo News's unofficial tally had put the PTI on 119" under "(50 of 51 seats)")
  bool own_report = !a.source && o.source && o.context.source.from == ContextFrom::sentence;
  if (!o.coverage && a.coverage && chamber_fits && o.status != Status::projected && !own_report) {
    o.coverage = a.coverage;
    o.context.coverage = origin;
  }
}

/// "Change", "Net change", "Seats" between the rows of a results widget: a column's label, no heading of a
/// section.
bool column_label(const Doc& d, std::size_t block) {
  const Block& b = d.blocks[block];
  if (b.kind != BlockKind::heading || b.end - b.begin > 16) return false;
  std::string text = detail::lower_ascii(d.text.substr(b.begin, b.end - b.begin));
  while (!text.empty() && (text.back() == ' ' || text.back() == ':' || text.back() == '\r')) text.pop_back();
  static constexpr std::string_view labels[] = {"change", "net change", "seats", "votes", "share", "vote share",
                                                "+/-", "gain", "loss", "seats won", "won", "leading", "total"};
  return detail::in(labels, std::string_view(text));
}

/// A new block: a new live-blog entry ends the intro and the passage; prose after the rows of a list ends
/// the intro; a heading ends the section before it.
void enter_block(const Doc& d, std::size_t block, ReadingState& st) {
  const Block& b = d.blocks[block];
  if (d.opens_entry(block)) {
    st.intro.reset();
    st.section.reset();
    st.table_rows = 0;  // (a footer is under its table, not in the next entry)
    st.opening.reset();  // (a live blog's first entry is no opening for the others)
  }
  if (st.intro && st.intro->rows && b.kind == BlockKind::paragraph && b.blank_before) st.intro.reset();
  // (so does a heading's section: "SENATE (PKW, official)" over its row, then prose after a blank line)
  if (st.section && st.section->rows && b.kind == BlockKind::paragraph && b.blank_before) {
    // (and the chamber it named gives way to the one before it: "Law and Justice's 194 seats" after the
    // Senate's row is the Sejm's again)
    if (!st.section->said.chamber.empty() && st.section->chamber_before == d.default_chamber &&
        st.context.chamber == st.section->said.chamber) {
      st.context.chamber = st.section->chamber_before;
      st.context.chamber_at = st.section->chamber_before_at;
    }
    st.section.reset();
  }
  if (b.kind == BlockKind::heading && !column_label(d, block)) st.section.reset();
  if (st.intro && (b.kind == BlockKind::item || b.kind == BlockKind::table)) st.intro->rows = true;
  if (st.section && (b.kind == BlockKind::item || b.kind == BlockKind::table)) st.section->rows = true;
  // "... according to preliminary results released by the IHEC." then, after a blank line, "▪ Sadrist
  // Movement: 73 seats": rows right after the opening paragraph that named the electoral body's results are
  // those results
  if (!st.intro && !st.section && st.opening && (b.kind == BlockKind::item || b.kind == BlockKind::table) && block > 0) {
    std::size_t prev = block - 1;
    while (prev > 0 && d.blocks[prev].kind == BlockKind::junk) --prev;
    // (or with a heading of their own between: "... its final allocation of seats in the General Assembly
    // confirms ..." then "Chamber of Representatives (99 seats)" over "- Frente Amplio: 48")
    if (prev > 0 && d.blocks[prev].kind == BlockKind::heading && !(st.section && st.section->said.source)) {
      --prev;
      while (prev > 0 && d.blocks[prev].kind == BlockKind::junk) --prev;
    }
    std::size_t opening_block = d.sentence_block[st.opening->source_at];
    if (prev == opening_block && d.blocks[prev].kind == BlockKind::paragraph) {
      Scope scope;
      scope.from = ContextFrom::article;
      scope.line = d.line_of(st.opening->source_at);
      scope.said = *st.opening;
      scope.rows = true;
      st.intro = scope;
    }
  }
}

}  // namespace

void attribute(Doc& d, SentenceReading& r, ReadingState& st) {
  const Sentence& s = r.s;
  const auto& links = r.links;
  std::size_t block = d.sentence_block[r.index];
  bool new_block = block != st.block;
  if (new_block) enter_block(d, block, st);
  st.block = block;
  const Block& here_block = d.blocks[block];
  // A new paragraph (or live-blog entry) starts a new passage: the attribution of the one before does not
  // carry over, unless it opens by continuing it ("On the other hand", "Meanwhile", "The same count gives").
  bool entry = new_block && (here_block.stamped || (block > 0 && d.blocks[block - 1].kind == BlockKind::stamp));
  if ((d.tok(s.first).blank_line_before && s.first > 0) || entry) {
    static constexpr std::string_view continuing[] = {"meanwhile", "similarly", "likewise", "also", "besides",
                                                      "moreover", "furthermore", "further", "separately",
                                                      "additionally", "however", "in", "on", "while", "and"};
    bool continues = detail::in(continuing, d.norm(s.first)) &&
                     (d.norm(s.first) != "on" || d.is_word(s.first + 2, "other")) &&
                     (d.norm(s.first) != "in" || d.is_word(s.first + 1, "addition"));
    continues |= attribution_cue(d, s);  // "According to the unofficial results ...": the same results go on
    continues |= refers_back(d, s);      // "On those figures ...", "The same ECP count gives ..."
    if (!continues || entry) {
      // (kept for a heading right after it that only names a chamber: see below)
      st.before_break = st.context_age <= 1 && !entry ? std::optional<Attribution>(st.context) : std::nullopt;
      std::string chamber = st.context.chamber;
      std::size_t chamber_at = st.context.chamber_at;
      st.context = Attribution{};
      // the chamber is the scene, and lasts, except into a new live-blog entry when an earlier entry named it
      // ("[12.55am] Selangor state assembly: PH 51, BN 4" says nothing of the entry after it)
      if (!entry || in_opening(d, chamber_at)) {
        st.context.chamber = chamber;
        st.context.chamber_at = chamber_at;
      }
      st.context_age = 100;
    } else {
      st.context_age = std::min(st.context_age, 1);
    }
  }
  std::optional<DocSource> source = r.source;
  Status status = r.status;
  const std::optional<Coverage>& coverage = r.coverage;
  const std::string& chamber = r.chamber;
  const std::size_t at = r.index;
  // "The exit poll is out. It projects Labour on 410", "..., the newspaper said": a pronoun or a generic
  // noun for the source named in the last two sentences
  if (!source && !links.empty() && st.seen_source) {
    bool body = false;
    if (source_anaphor(d, s, body)) {
      if (body && st.seen_body) source = st.seen_body;
      else if (st.seen_source_age <= 2) source = st.seen_source;
    }
  }
  if (source && st.opening && st.opening->source->canonical != source->canonical) st.opening.reset();
  if (source && in_opening(d, at) && !st.opening && source->kind == SourceKind::electoral_body && names_results(d, s)) {
    st.opening = Attribution{};
    st.opening->source = source;
    st.opening->source_at = at;
    st.opening->status = status;
    st.opening->status_at = status != Status::unknown ? at : kNoSentence;
  }
  if (source && source->kind == SourceKind::electoral_body) st.seen_body = source;
  if (coverage) st.seen_coverage = coverage, st.seen_coverage_at = at;
  if (source) {
    st.seen_source = source;
    st.seen_source_at = at;
    st.seen_source_status = status;
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
  auto stated = [&](Attribution& a) {  // what this sentence states itself
    if (a.source) a.source_at = at;
    if (a.status != Status::unknown) a.status_at = at;
    if (a.coverage) a.coverage_at = at;
  };
  if (updates) {
    if (source) {
      here.source = source;
      here.status = status;
      here.coverage = coverage;
      stated(here);
      if (!coverage && st.context_age == 0 && st.context.coverage) {
        here.coverage = st.context.coverage;
        here.coverage_at = st.context.coverage_at;
      }
      // the same source again ("..., the commission said"): what it said before still holds
      bool same = st.context_age <= 3 && st.context.source && st.context.source->canonical == source->canonical;
      if (same && status == Status::unknown) {
        here.status = st.context.status;
        here.status_at = st.context.status_at;
      }
      // ("... official results showed. The NPP bagged 159 seats, the commission said.")
      if (!same && status == Status::unknown && st.context_age == 0 && !st.context.source) {
        here.status = st.context.status;
        here.status_at = st.context.status_at;
      }
      if (same && !coverage) {
        here.coverage = st.context.coverage;
        here.coverage_at = st.context.coverage_at;
      }
      here.chamber = chamber.empty() ? st.context.chamber : chamber;
      here.chamber_at = chamber.empty() ? st.context.chamber_at : at;
    } else if (unnamed) {
      here.status = status;
      here.coverage = coverage;
      stated(here);
      here.chamber = chamber.empty() ? st.context.chamber : chamber;
      here.chamber_at = chamber.empty() ? st.context.chamber_at : at;
    } else {
      here = st.context_age <= 3 ? st.context : Attribution{};
      // a bare list right after a forecast continues it: "Channel 12's survey gives the bloc 62 seats.
      // Likud 30, Yesh Atid 24, ..."
      if (st.forecast && st.forecast_age == 0 && ((r.list_line && !r.own_verb) || (status == Status::projected && !d.tok(s.first).blank_line_before)))
        here = *st.forecast;  // (or a forecast right after one: "Labour was forecast to fall to 191")
      here.chamber = st.context.chamber;  // the scene (which chamber) lasts longer than an attribution
      here.chamber_at = st.context.chamber_at;
      if (status != Status::unknown) {
        here.status = status;
        here.status_at = at;
      }
      if (coverage) {
        here.coverage = coverage;
        here.coverage_at = at;
      }
      if (!chamber.empty()) {
        here.chamber = chamber;
        here.chamber_at = at;
      }
    }
  }
  // the wider scopes, closest first: the one opened last
  std::vector<const Scope*> scopes;
  if (st.intro) scopes.push_back(&*st.intro);
  if (st.section) scopes.push_back(&*st.section);
  std::sort(scopes.begin(), scopes.end(), [](const Scope* a, const Scope* b) { return a->line > b->line; });
  const std::string by_place = links.empty() || !r.chamber.empty() ? std::string() : chamber_by_place(d, s);
  std::string last_trailing;
  // the outlets and pollsters the sentence names as subjects of clauses of their own (not an agency's dateline
  // in brackets)
  std::vector<std::pair<std::size_t, DocSource>> sources_here;
  if (!links.empty() && source) {
    for (const Mention* m : r.ms) {
      if (!d.has_kind(*m, EntityKind::source) || d.has_kind(*m, EntityKind::party) || d.inside_brackets(s, m->first)) continue;
      // (outlets and pollsters only: an electoral body's names are resolved to the country's own elsewhere)
      // (each the subject of a clause of its own: "..., while Matrize predicted ...")
      std::size_t b = m->first;
      if (b > s.first && d.is_word(b - 1, "the")) --b;
      bool clause = b == s.first || d.is_punct(b - 1, ',') || d.is_punct(b - 1, ';') || d.is_punct(b - 1, ':') ||
                    d.is_punct(b - 1, '-') || d.is_word(b - 1, "while") ||
                    d.is_word(b - 1, "whereas") || d.is_word(b - 1, "but");
      static constexpr std::string_view verbs[] = {"predicted", "predicts", "projected", "projects", "gave", "gives",
                                                   "put", "puts", "forecast", "forecasts", "showed", "shows", "had", "has"};
      bool subject = m->last < s.last && detail::in(verbs, d.norm(m->last));
      if (!clause || !subject) continue;
      if (auto named = source_of(d, *m); named && (named->kind == SourceKind::media || named->kind == SourceKind::pollster))
        sources_here.emplace_back(m->first, std::move(*named));
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
    if (!link.number->chamber.empty()) {
      o.chamber = link.number->chamber;
      o.context.chamber = {ContextFrom::sentence, d.line_of(at)};
    } else if (r.several_chambers) {
      o.chamber = nearest_chamber(link.number->first);
      o.context.chamber = {ContextFrom::sentence, d.line_of(at)};
    } else if (!by_place.empty()) {
      o.chamber = by_place;
      o.context.chamber = {ContextFrom::sentence, d.line_of(at)};
    } else if (!here.chamber.empty()) {
      o.chamber = here.chamber;
      o.context.chamber = origin_of(d, here.chamber_at, at);
    } else {
      o.chamber = d.default_chamber;
      o.context.chamber = {ContextFrom::fallback, 0};
    }
    bool defaulted = link.number->chamber.empty() && here.chamber.empty() && !r.several_chambers;
    // "In Wales, Labour held 18 of the 32 seats", "Gauteng: ANC 28, ...": a count of one region. It is a scope
    // of the chamber in force when one is named (the sentence, or the heading over it); else, when the
    // region has a legislature of its own in the tables, it is that chamber's count.
    // ("the SP won 37 seats in Uttar Pradesh", "... in Uttar Pradesh with 37 seats": a region with a
    // legislature of its own named right after the count or right before "with" it)
    std::string trailing = r.place.empty() ? place_of_count(d, s, *link.number) : std::string();
    // ("won 44 seats in KwaZulu-Natal and the IFP 13": a count gapped after it is of the same place)
    if (trailing.empty() && r.place.empty() && li > 0 && !link.number->seat_noun && links[li - 1].number->last <= link.number->first)
      trailing = last_trailing;
    last_trailing = trailing;
    const std::string& place = !r.place.empty() ? r.place : !trailing.empty() ? trailing : !st.section ? r.place : st.section->place;
    if (!place.empty() && (!r.place.empty() || !trailing.empty() || !r.past[li])) {
      // (a section's chamber names the chamber unless it is another region's own: "In Gauteng, the ANC had 37"
      // under "WESTERN CAPE PROVINCIAL PARLIAMENT (42 seats)")
      bool section_named = st.section && !st.section->said.chamber.empty() &&
                           (st.section->said.chamber == d.default_chamber || regional_chamber(d, place).empty());
      bool named = !link.number->chamber.empty() || !r.chamber.empty() || section_named;
      // "In Kelantan, PAS won 9 of the 14 parliamentary seats": the seats say the national chamber
      for (std::size_t k = link.number->last; k < link.number->head_end && !named; ++k)
        named = d.is_word(k, "parliamentary") || d.is_word(k, "federal") || d.is_word(k, "national");
      std::string own = named ? std::string() : regional_chamber(d, place);
      if (!own.empty() && !regional_count(d, s, *link.number, own)) own.clear();
      if (!own.empty()) {
        o.chamber = own;
        o.context.chamber = {ContextFrom::sentence, d.line_of(at)};
        defaulted = false;
      } else if (detail::lower_latin(o.chamber).find(detail::lower_latin(place)) == std::string::npos) {
        // (not "In São Paulo, ..." in a count of São Paulo's own council: that is the whole)
        o.scope = place;
        // in a story of local elections, a place's count is its council's ("Tshwane: the CSIR projects the ANC on 75")
        if (d.local_election && !named && o.chamber == d.default_chamber) {
          o.chamber = place + " council";
          o.scope.reset();
          o.context.chamber = {ContextFrom::sentence, d.line_of(at)};
          defaulted = false;
        }
      }
    }
    o.historical = r.past[li];
    if (!o.historical) {
      o.source = here.source ? std::optional<std::string>(here.source->canonical) : std::nullopt;
      o.source_kind = here.source ? here.source->kind : SourceKind::unknown;
      o.status = here.status;
      o.coverage = here.coverage;
      if (o.source) o.context.source = origin_of(d, here.source_at, at);
      if (o.status != Status::unknown) o.context.status = origin_of(d, here.status_at, at);
      if (o.coverage) o.context.coverage = origin_of(d, here.coverage_at, at);
      if (link.row && link.row->source && !o.source) {
        o.source = link.row->source->canonical;
        o.source_kind = link.row->source->kind;
        o.context.source = {ContextFrom::column, d.line_of(at)};
      }
      if (link.row && link.row->status != Status::unknown) {
        o.status = link.row->status;
        o.context.status = {ContextFrom::column, d.line_of(at)};
        if (o.status == Status::projected) o.coverage.reset();
      }
      // "Axis My India had given the NDA 17-27, while Matrize predicted 42-47 seats for the NDA": in a sentence
      // of two sources, a count after the second is the second's
      if (o.source && here.source_at == at && !sources_here.empty()) {
        const DocSource* nearest = nullptr;
        for (const auto& [pos, src] : sources_here)
          if (pos < link.number->first) nearest = &src;
        if (nearest && nearest->canonical != *o.source &&
            (o.source_kind == SourceKind::media || o.source_kind == SourceKind::pollster)) {
          o.source = nearest->canonical;
          o.source_kind = nearest->kind;
        }
      }
      for (const Scope* scope : scopes) fill_from(o, *scope);
      if (o.status == Status::unknown && r.leads && o.source_kind != SourceKind::media && o.source_kind != SourceKind::pollster) {
        o.status = Status::provisional;
        o.context.status = {ContextFrom::sentence, d.line_of(at)};
      }
      // the coverage an intro states for the whole chamber is not a region's
      if (o.scope && o.coverage && (o.context.coverage.from == ContextFrom::intro || o.context.coverage.from == ContextFrom::article)) {
        o.coverage.reset();
        o.context.coverage = {};
      }
      Status before = o.status;
      settle_status(o);
      if (o.status != before) o.context.status = o.context.source;  // what the source implies
      if (!o.coverage) o.context.coverage = {};
    } else {
      o.status = Status::unknown;
    }
    if (link.number == &r.nums[std::min(r.total_index, r.nums.size() - 1)] && r.chamber_total && r.total_index < r.nums.size())
      o.chamber_seats = r.chamber_total;
    o.basis = basis_of(d, link.party->last, link.number->first, s);
    std::size_t first = std::min(link.party->first, link.number->first);
    std::size_t last = std::max(link.party->name_last, link.number->head_end > link.number->last ? link.number->head_end : link.number->last);
    o.span = {d.byte(d.tok(first).begin), d.byte(d.tok(last - 1).end)};
    o.evidence = link.row ? d.sentence_text({link.row->first, link.row->last}) : d.sentence_text(s);
    d.out.observations.push_back(std::move(o));
    st.defaulted.push_back(defaulted);
  }
  ContextOrigin footer{ContextFrom::footer, d.line_of(at)};
  // "Source: Election Commission of India" right under a table ("BJP — 303" lines): the source of the
  // table's unattributed rows above it
  // (a few footer lines a table: each looks at the rows again, so a text of footers stays linear)
  if (label && links.empty() && st.table_rows > 0 && st.table_footers < 4) {
    for (std::size_t j = st.table_first_obs; j < d.out.observations.size(); ++j) {
      Observation& o = d.out.observations[j];
      if (o.source || o.historical) continue;
      o.source = source->canonical;
      o.source_kind = source->kind;
      o.context.source = footer;
      if (o.status == Status::unknown && status != Status::unknown) {
        o.status = status;
        o.context.status = footer;
      }
      Status before = o.status;
      settle_status(o);
      if (o.status != before) o.context.status = footer;
      if (!o.coverage) o.context.coverage = {};
    }
    ++st.table_footers;
  }
  // "Seats declared: 251/265" under the table: its coverage (a heading over the next table is no footer)
  // (not a line about another chamber: "- 18 of the 46 seats in the Council of States go to second rounds"
  // under a bullet of the National Council's)
  bool other_chamber = !chamber.empty() && st.table_first_obs < d.out.observations.size() &&
                       d.out.observations[st.table_first_obs].chamber != chamber;
  if (!label && links.empty() && coverage && st.table_rows > 0 && st.table_footers < 4 &&
      here_block.kind != BlockKind::heading && !here_block.intro && !other_chamber) {
    for (std::size_t j = st.table_first_obs; j < d.out.observations.size(); ++j) {
      Observation& o = d.out.observations[j];
      if (!o.coverage && !o.historical && o.status != Status::projected) {
        o.coverage = coverage;
        o.context.coverage = footer;
      }
    }
    ++st.table_footers;
  }
  // (a list or table line of a name the tables do not know is a row too: "Spartans – 12")
  bool row_line = r.list_line || here_block.kind == BlockKind::item || here_block.kind == BlockKind::table;
  if (!links.empty() && row_line && !r.own_verb) {
    if (st.table_rows == 0) {
      st.table_first_obs = d.out.observations.size() - links.size();
      st.table_footers = 0;
    }
    ++st.table_rows;
  } else if (!links.empty() || s.last - s.first > 14) {
    st.table_rows = 0;  // prose ends the table
  }
  // a heading of a region: the chamber of the region's own legislature when the tables know one ("Sindh
  // Province"), else a scope of the chamber in force for the counts under it ("Copperbelt Province")
  std::string place_heading, place_chamber;
  if (here_block.kind == BlockKind::heading && links.empty() && r.chambers_named == 0 && !source) {
    place_heading = heading_place(d, s, r.ms);
    if (!place_heading.empty()) {
      place_chamber = regional_chamber(d, place_heading);
      std::size_t space = place_heading.find_last_of(' ');
      if (place_chamber.empty() && space != std::string::npos) place_chamber = regional_chamber(d, place_heading.substr(0, space));
    }
  }
  // A heading ("11:15 PKT | National Assembly", "KHYBER PAKHTUNKHWA ASSEMBLY (112 of 113 declared)") starts
  // a new passage: what came before no longer attributes what follows, and a chamber it names applies.
  bool heading = links.empty() && s.last - s.first <= 14 && !d.is_punct(s.last - 1, '.') && !d.is_punct(s.last - 1, '!') &&
                 !d.is_punct(s.last - 1, '?') && !d.is_punct(s.last - 1, '"') &&
                 (s.last >= d.tokens.items.size() || d.tok(s.last).newlines_before >= 1);
  std::string chamber_before;
  std::size_t chamber_before_at = kNoSentence;
  if (heading && !label && d.tok(s.first).blank_line_before) {
    if (here_block.kind == BlockKind::heading) {
      chamber_before = st.context.chamber;
      chamber_before_at = st.context.chamber_at;
    }
    Attribution fresh;
    if (r.chambers_named == 1) {
      fresh.chamber = chamber;
      fresh.chamber_at = at;
    } else if (!place_chamber.empty()) {
      fresh.chamber = place_chamber;
      fresh.chamber_at = at;
    } else if (r.chambers_named == 0 && in_opening(d, st.context.chamber_at)) {
      fresh.chamber = st.context.chamber;  // ("Overall Results" names no chamber: the article's stays)
      fresh.chamber_at = st.context.chamber_at;
    }
    if (updates) {
      fresh.source = here.source;
      fresh.status = here.status;
      fresh.coverage = here.coverage;
      fresh.source_at = here.source_at;
      fresh.status_at = here.status_at;
      fresh.coverage_at = here.coverage_at;
    } else if (r.chambers_named <= 1 && !here_block.stamped && !source && status == Status::unknown &&
               st.before_break && st.before_break->source) {
      // "The Registraduría's preliminary count gives ... / SENATE / Pacto Histórico 17": a heading that only
      // names a chamber, right after a paragraph of counts attributed to a source, is a section of that
      // source's count (not its coverage, which was of another chamber)
      fresh.source = st.before_break->source;
      fresh.status = st.before_break->status;
      fresh.source_at = st.before_break->source_at;
      fresh.status_at = st.before_break->status_at;
    }
    st.context = fresh;
    st.context_age = 0;
  } else if (updates && here.status != Status::projected) {
    st.context = here;
    st.context_age = 0;
    st.forecast.reset();
  } else if (r.chambers_named == 1 && links.empty()) {
    st.context.chamber = chamber;  // a sentence about one chamber sets the scene
    st.context.chamber_at = at;
    ++st.context_age;
  } else if (r.chambers_named == 0 && !r.place.empty() && links.empty() && !source &&
             !(st.section && !st.section->said.chamber.empty())) {
    // "In Balochistan, no party came close to a majority.": a region with a legislature of its own sets
    // the scene for the counts after it
    std::string own = regional_chamber(d, r.place);
    if (!own.empty()) {
      st.context.chamber = own;
      st.context.chamber_at = at;
    }
    ++st.context_age;
  } else {
    ++st.context_age;
  }
  if (r.reports_results && !updates && !source && status != Status::unknown && status != Status::projected) {
    Attribution reported;
    reported.status = status;
    reported.status_at = at;
    reported.chamber = st.context.chamber;
    reported.chamber_at = st.context.chamber_at;
    st.context = reported;
    st.context_age = 0;
  }
  if (updates && here.status == Status::projected && here.source) {
    st.forecast = here;
    st.forecast_age = 0;
  } else {
    ++st.forecast_age;
  }
  // A heading opens a section: what it states (a chamber, a source, a status, coverage) holds for the
  // blocks under it until the next heading.
  if (here_block.kind == BlockKind::heading && links.empty() && !column_label(d, block)) {
    Scope section;
    section.from = ContextFrom::heading;
    section.line = d.line_of(at);
    section.said.source = source;
    section.said.status = status;
    section.said.coverage = coverage;
    if (r.chambers_named == 1) section.said.chamber = chamber;
    if (!place_chamber.empty()) section.said.chamber = place_chamber;
    else section.place = place_heading;
    stated(section.said);
    section.chamber_before = std::move(chamber_before);
    section.chamber_before_at = chamber_before_at;
    if (!st.section || st.section->line != section.line) st.section = section;
  }
  // An intro ("The official results, as released by the ECP:", "Here are the IEC's results", "Below is
  // YouTrend's projection") opens a scope over the list, table or sections it introduces; in the article's
  // opening it introduces the article's results.
  bool last_of_block = at + 1 >= d.tokens.sentences.size() || d.sentence_block[at + 1] != block;
  // ("All 125 seats have now been allocated." right over the rows: what it says holds for them too)
  bool over_rows = last_of_block && block + 1 < d.blocks.size() && !d.blocks[block + 1].blank_before &&
                   (d.blocks[block + 1].kind == BlockKind::item || d.blocks[block + 1].kind == BlockKind::table);
  bool intro = links.empty() && (presents(d, s) || (here_block.intro && last_of_block));
  if (links.empty() && !intro && over_rows && !source && st.intro) {
    // (under an intro already in force, it adds what that one did not say)
    if (st.intro->said.status == Status::unknown && status != Status::unknown) st.intro->said.status = status;
    if (!st.intro->said.coverage && coverage) st.intro->said.coverage = coverage;
  } else if (links.empty() && !intro && over_rows && !source) {
    intro = true;
  }
  // (an intro that names no source, under an opening that named the electoral body's results: those results)
  // (also after a sibling intro that took the same opening's results: "Maharashtra Assembly (288 of 288
  // seats):" ... "Jharkhand Assembly (81 of 81 seats):")
  bool sibling = st.opening && st.intro && st.intro->said.source && st.intro->said.source_at == st.opening->source_at;
  bool from_opening = intro && !source && st.opening && (!st.intro || sibling) && !in_opening(d, at) &&
                      (status == Status::unknown || st.opening->status == Status::unknown || st.opening->status == status);
  // "The Electoral Commission of Namibia on Tuesday announced the final results ... Final seat allocation:":
  // an intro that names no source, in the paragraph of the one that did, introduces that source's results
  bool paragraph_source = intro && !source && st.seen_source && st.seen_source_at < at &&
                          d.sentence_block[st.seen_source_at] == block &&
                          // ("according to the provisional count of the ANP news agency ... Seats in the House:")
                          (st.seen_source->kind == SourceKind::electoral_body || st.seen_source->kind == SourceKind::media);
  if (intro && (source || status != Status::unknown || coverage || from_opening || paragraph_source)) {
    Scope scope;
    std::size_t first_text = 0;
    while (first_text < d.blocks.size() && (d.blocks[first_text].kind == BlockKind::junk || d.blocks[first_text].kind == BlockKind::repeat))
      ++first_text;
    scope.from = block <= first_text + 1 ? ContextFrom::article : ContextFrom::intro;
    scope.line = d.line_of(at);
    scope.said.source = source;
    scope.said.status = status;
    scope.said.coverage = coverage;
    scope.said.chamber = chamber.empty() ? st.context.chamber : chamber;
    stated(scope.said);
    // "That's it: all 650 results are now in. The final House of Commons tally, according to the PA news agency:"
    if (!coverage && st.seen_coverage && st.seen_coverage_at < at && d.sentence_block[st.seen_coverage_at] == block &&
        status != Status::projected) {
      scope.said.coverage = st.seen_coverage;
      scope.said.coverage_at = st.seen_coverage_at;
    }
    if (paragraph_source) {
      scope.said.source = st.seen_source;
      scope.said.source_at = st.seen_source_at;
      // ("The IEC on Sunday night declared final results ... Seat allocations in the three provinces:")
      if (scope.said.status == Status::unknown && st.seen_source_status != Status::unknown) {
        scope.said.status = st.seen_source_status;
        scope.said.status_at = st.seen_source_at;
      }
    }
    // ("... according to preliminary results announced by the ISIE." then "ISIE president Nabil Baffoun read
    // out the seat distribution:": the same body's results, with the status the opening gave them)
    if (source && st.opening && st.opening->source && st.opening->source->canonical == source->canonical &&
        scope.said.status == Status::unknown && st.opening->status != Status::unknown) {
      scope.said.status = st.opening->status;
      scope.said.status_at = st.opening->status_at;
    }
    if (from_opening) {
      scope.from = ContextFrom::article;
      scope.said.source = st.opening->source;
      scope.said.source_at = st.opening->source_at;
      // ("... final Interior Ministry results showed." over "CHAMBER OF DEPUTIES" and its list: their status too)
      if (scope.said.status == Status::unknown && st.opening->status != Status::unknown) {
        scope.said.status = st.opening->status;
        scope.said.status_at = st.opening->status_at;
      }
    }
    st.intro = scope;
  } else if (st.intro && source && !links.empty() && st.intro->said.source &&
             st.intro->said.source->canonical != source->canonical) {
    st.intro.reset();  // a count from another source ends the intro's
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

}  // namespace tally::extract
