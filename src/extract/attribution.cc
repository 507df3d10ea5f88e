// Stage: what a sentence says about who reports its counts and their standing.
#include "extract/attribution.h"

#include "extract/cues.h"
#include "extract/entities.h"
#include "extract/names.h"

namespace tally::extract {

void read_cues(Doc& d, SentenceReading& r) {
  const Sentence& s = r.s;
  const auto& ms = r.ms;
  // attribution is read only where there is something to attribute
  // (an intro introduces counts; a "Source:" line names the source of those above it)
  r.relevant = !r.links.empty() || r.coverage || !ms.empty() || presents(d, s) ||
               ((d.is_word(s.first, "source") || d.is_word(s.first, "sources")) && d.is_punct(s.first + 1, ':'));
  // "The alliance won a two-thirds majority, official results showed.": no count, but the status of the
  // counts that follow
  r.reports_results = r.links.empty() && !r.coverage && results_reported(d, s);
  r.status = r.relevant || r.reports_results ? status_in(d, s) : Status::unknown;
  // "Status: final." under a "Source:" line
  if ((d.is_word(s.first, "status") || d.is_word(s.first, "results")) && d.is_punct(s.first + 1, ':') && s.first + 2 < s.last) {
    auto named = parse_status(d.norm(s.first + 2));
    if (named) r.status = *named;
  }
  // "Final: The Statistical Office has published the results ...", "Preliminary: ...": a status label opening
  // a live-blog entry
  if (r.status == Status::unknown && d.is_punct(s.first + 1, ':') && s.first + 2 < s.last && d.tok(s.first).cap) {
    if (auto named = parse_status(d.norm(s.first)); named && *named != Status::projected) r.status = *named;
  }
  r.source = r.relevant ? source_in(d, s, ms) : std::nullopt;
  // "..., together have 292 seats, but the next prime minister needs 376 votes in a joint sitting with the
  // junta-appointed Senate": a chamber named in another clause after the counts is not theirs
  std::size_t counts_end = s.first;
  for (const auto& link : r.links) counts_end = std::max(counts_end, link.number->last);
  auto own_clause = [&](const Mention& m) {
    if (r.links.empty() || m.first < counts_end) return true;
    for (std::size_t k = counts_end; k < m.first; ++k) {
      if (d.is_punct(k, ';') || d.is_word(k, "but") || d.is_word(k, "while") || d.is_word(k, "although") ||
          d.is_word(k, "though") || d.is_word(k, "whereas"))
        return false;
    }
    return true;
  };
  for (auto* m : ms) {
    std::string c = chamber_of(d, *m);
    if (!c.empty() && !d.has_kind(*m, EntityKind::party) && own_clause(*m)) {
      r.chamber = c;
      break;
    }
  }
  // "In the KwaZulu-Natal Legislature the MK party won 37 seats, and the IFP took 15 in the National
  // Assembly": when a sentence names two chambers or more, each count goes to the nearest one
  for (auto* m : ms) {
    if (d.has_kind(*m, EntityKind::party) || !own_clause(*m)) continue;
    std::string c = chamber_of(d, *m);
    if (!c.empty()) r.chamber_at.emplace_back(m->first, std::move(c));
  }
  for (std::size_t i = 1; i < r.chamber_at.size(); ++i) r.several_chambers |= r.chamber_at[i].second != r.chamber_at[0].second;
  // "Nationally, the ANC had won 159 seats": back from a province to the national chamber
  r.national = r.chamber.empty() && national_marker(d, s);
  if (r.national) r.chamber = d.default_chamber;
  for (auto* m : ms) r.chambers_named += d.has_kind(*m, EntityKind::chamber) && !d.has_kind(*m, EntityKind::party) && own_clause(*m);
  r.chambers_named += r.national;
  // "Source: PA Media." above a table names the source of what follows
  r.label = r.source && (d.is_word(s.first, "source") || d.is_word(s.first, "sources")) && d.is_punct(s.first + 1, ':');
  // "according to the latest official results": attributed, but to no one named
  r.unnamed = !r.source && attribution_cue(d, s);
  r.result_words = r.source && has_result_words(d, s);
  r.strong = r.source && d.doc_counts_seats && attribution_strong(d, s, ms);
  r.body_reports = r.source && r.source->kind == SourceKind::electoral_body && body_reports(d, s, ms);
  r.own_verb = has_own_verb(d, s);
  r.place = place_of(d, s, ms);  // (a sentence without counts may name the region of those after it)
  r.leads = leads_in(d, s);
  // an intro or heading of leads ("Party position, as per the ECI website (won + leading):") states the
  // status of the list under it
  if (r.leads && r.links.empty() && r.status == Status::unknown) r.status = Status::provisional;
}

bool leads_in(Doc& d, const detail::Sentence& s) {
  for (std::size_t k = s.first; k < s.last; ++k) {
    std::string_view w = d.norm(k);
    bool in_on = k + 1 < s.last && (d.is_word(k + 1, "in") || d.is_word(k + 1, "on"));
    if (w == "leading" || w == "leads" || w == "trends" || (w == "lead" && in_on) || (w == "ahead" && in_on)) return true;
  }
  return false;
}

Status status_in(Doc& d, const detail::Sentence& s) {
  Status status = Status::unknown;
  auto near_result = [&](std::size_t k) {
    // within three words, or past more lower-case words ("the official provincial and regional results")
    for (std::size_t j = k + 1; j < std::min(s.last, k + 7); ++j) {
      if (j >= k + 4 && (d.tok(j).kind != TokKind::word || d.tok(j).cap)) break;
      if (detail::in_set<detail::kResultWordList>(d.norm(j))) return true;
      // "the final allocation of all 400 seats", "the final seat allocation", "the official gazette"
      std::string_view w = d.norm(j);
      if (w == "allocation" || w == "allocations" || w == "distribution" || w == "gazette" || w == "standings" ||
          w == "outcome" || w == "declaration" || w == "declarations" || w == "canvass" || w == "tabulation")
        return true;
    }
    return false;
  };
  // "Seats per party, official:", "Results, final:": the status word closing a caption, its results before it
  // (also in brackets closing a heading: "SENATE (PKW, official)")
  auto closes_caption = [&](std::size_t k) {
    if (!(k + 1 >= s.last || d.is_punct(k + 1, ':') || (d.is_punct(k + 1, ')') && k + 2 >= s.last))) return false;
    for (std::size_t j = k; j > s.first && j + 5 > k;) {
      --j;
      if (detail::in_set<detail::kResultWordList>(d.norm(j))) return true;
    }
    return false;
  };
  // (a future tense alone, "will keep", is weaker than results named with their status: "The PT will keep the
  // largest bench, but the PSL surged to 52, according to the TSE's final count")
  // "with 85% of the vote counted", "based on the count in 99% of municipalities", "with 97 percent of
  // precincts reporting": a share under 100 of a count still going on
  auto partial_count = [&](std::size_t k) {
    if (d.tok(k).kind != TokKind::number || d.tok(k).value >= 100 || d.tok(k).value <= 0) return false;
    std::size_t e = k + 1;
    if (d.is_punct(e, '%') || d.is_word(e, "percent")) ++e;
    else if (d.is_word(e, "per") && d.is_word(e + 1, "cent")) e += 2;
    else return false;
    for (std::size_t j = e; j < std::min(s.last, e + 6); ++j) {
      std::string_view w = d.norm(j);
      if (w == "counted" || w == "reporting" || w == "processed" || w == "tallied" || w == "tabulated") return true;
      if (d.tok(j).kind == TokKind::punct && !d.is_punct(j, '-')) break;
    }
    for (std::size_t j = k; j > s.first && j + 4 > k;) {
      --j;
      if (d.is_word(j, "count") || d.is_word(j, "counting")) return true;
    }
    return false;
  };
  bool weak = false;
  for (std::size_t k = s.first; k < s.last; ++k) {
    std::string_view w = d.norm(k);
    Status found = Status::unknown;
    bool wording = false;
    // ("20 of 31 seats filled so far": a count still going on)
    bool so_far = w == "so" && d.is_word(k + 1, "far") && k >= s.first + 2 &&
                  (detail::in(detail::kDeclaringList, d.norm(k - 1)) || d.is_word(k - 1, "reported"));
    if (w == "provisional" || w == "preliminary" || (w == "initial" && near_result(k)) || partial_count(k) || so_far)
      found = Status::provisional;
    else if (w == "unofficial") found = Status::unofficial;
    else if (((w == "official" && (near_result(k) || closes_caption(k))) || w == "officially") && !d.is_word(k + 1, "opposition"))
      found = Status::official;  // (not "the official opposition")
    else if (w == "final" && (near_result(k) || closes_caption(k))) found = Status::final;
    // "Bristol City Council, full result:", "complete results": every seat's result is in
    // (a caption only: a colon or comma after it, or opening the line or a part of it; "US looking forward
    // to timely, complete results" is a hope)
    else if ((w == "full" || w == "complete") && (d.is_word(k + 1, "result") || d.is_word(k + 1, "results")) &&
             (d.is_punct(k + 2, ':') || d.is_punct(k + 2, ',') || k == s.first || d.is_punct(k - 1, ':') ||
              d.is_punct(k - 1, '-') || d.is_punct(k - 1, '|')))
      found = Status::final;
    else if (w == "exit" && (d.norm(k + 1 < s.last ? k + 1 : k) == "poll" || d.norm(k + 1 < s.last ? k + 1 : k) == "polls")) found = Status::projected;
    else if (forecast_wording(d, s, k)) found = Status::projected, wording = true;
    else if (w == "projected" || w == "projection" || w == "projections" || w == "projects" || w == "forecast" ||
             w == "forecasts" || w == "predicted" || w == "predicts" || w == "predict" || w == "poised" || w == "estimates")
      found = Status::projected;
    if (found == Status::projected && compared_forecast(d, s, k)) found = Status::unknown;
    if (found == Status::unknown) continue;
    if (wording && status != Status::unknown && status != Status::projected) continue;
    if (status == Status::unknown || status_rank(found) < status_rank(status) || found == Status::projected ||
        (weak && status == Status::projected &&
         (found == Status::final || found == Status::official || found == Status::provisional || found == Status::unofficial))) {
      status = found;
      weak = wording;
    }
  }
  return status;
}

namespace {

/// "chairwoman Chang Po-ya (張博雅) said", "spokesman Ali Khan told": past an official's title and name
/// after a body's name, to the verb; k when there is none. The official's last name goes to `person`.
std::size_t past_official(Doc& d, const detail::Sentence& s, std::size_t k, std::string& person) {
  static constexpr std::string_view titles[] = {
      "chairwoman", "chairman", "chair", "chairperson", "chief", "head", "spokesman", "spokeswoman", "spokesperson",
      "official", "commissioner", "secretary", "president", "director", "member", "officer", "deputy"};
  std::size_t j = k;
  std::size_t words = 0;
  while (j < s.last && words < 3 && d.tok(j).kind == TokKind::word && !d.tok(j).cap) {
    if (detail::in(titles, d.norm(j))) {
      ++j;
      std::size_t name = j;
      while (j < s.last && j < name + 4 && d.tok(j).kind == TokKind::word && (d.tok(j).cap || d.tok(j).hyphen_before)) ++j;
      if (j == name) return k;
      // the family name: the last word ("Sy Mamabolo"), or the first before a hyphenated given name ("Chang
      // Po-ya")
      person = std::string(d.norm(d.tok(j - 1).hyphen_before ? name : j - 1));
      if (d.is_punct(j, '(')) {  // "(張博雅)"
        while (j < s.last && !d.is_punct(j, ')')) ++j;
        if (j < s.last) ++j;
      }
      if (d.is_punct(j, ',')) ++j;
      return j;
    }
    ++j;
    ++words;  // "chief electoral officer", "deputy election commissioner"
  }
  return k;
}

}  // namespace

namespace {
std::optional<DocSource> named_source(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms);
}  // namespace

/// The source a sentence attributes its count to, if it names one; a body named as the article writes it is
/// its country's body in the tables when their names hold it.
std::optional<DocSource> source_in(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms) {
  std::optional<DocSource> source = named_source(d, s, ms);
  if (source && source->kind == SourceKind::electoral_body) {
    if (auto body = country_body_named(d, source->canonical)) return body;
  }
  return source;
}

namespace {

std::optional<DocSource> named_source(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms) {
  std::optional<DocSource> weak, framed, after_only;
  for (auto* m : ms) {
    if (!d.has_kind(*m, EntityKind::source)) continue;
    auto source = source_of(d, *m);
    if (!source) continue;
    // "ISLAMABAD, Feb 9 (Reuters) -": the agency that wrote the story, not the source of its figures
    if (source->kind == SourceKind::media && d.inside_brackets(s, m->first) && !attributed_before(d, m->first, s)) continue;
    std::size_t b = m->first;
    std::string_view w1 = b > s.first ? d.norm(b - 1) : std::string_view();
    if (w1 == "told" || w1 == "via") continue;
    // "far more than exit polls had predicted", "which exit polls had tipped to win": a comparison with the
    // source, not what the count is attributed to
    if (w1 == "than" || w1 == "which" || w1 == "unlike" || compared_forecast(d, s, b)) continue;
    // "projection by gfs.bern for SRF", "Mediana's exit poll for TV Slovenija": the client after "for" gives way
    // to the one who made it, named before
    if (w1 == "for" && std::any_of(ms.begin(), ms.end(), [&](const Mention* o) {
          return o != m && o->last < b && o->last + 6 > b && d.has_kind(*o, EntityKind::source) && !d.has_kind(*o, EntityKind::party) &&
                 o->first > s.first && (d.is_word(o->first - 1, "by") || d.tok(o->name_last - 1).possessive);
        }))
      continue;
    // "state broadcaster SABC reported": the name in apposition is the source, not the kind of outlet
    if (std::any_of(ms.begin(), ms.end(), [&](const Mention* o) {
          return o->first == m->last && d.has_kind(*o, EntityKind::source) && !d.has_kind(*o, EntityKind::party);
        }))
      continue;
    // "an exit poll by Ipsos", "the projection from Infratest": the generic noun gives way to the name after it
    if (!d.tok(m->name_last - 1).cap && m->last + 1 < s.last &&
        (d.is_word(m->last, "by") || d.is_word(m->last, "from") || d.is_word(m->last, "for")) &&
        std::any_of(ms.begin(), ms.end(), [&](const Mention* o) {
          std::size_t at = d.is_word(m->last + 1, "the") ? m->last + 2 : m->last + 1;
          return o->first == at && d.has_kind(*o, EntityKind::source) && !d.has_kind(*o, EntityKind::party);
        }))
      continue;
    if (m->last < s.last && !d.tok(m->name_last - 1).cap && d.tok(m->last).cap && d.tok(m->last).kind == TokKind::word &&
        !d.mention_at(ms, m->last)) {
      if (std::size_t len = capitalised_run(d, m->last, s.last); len > 0 && !names_person(d, s, m->last, m->last + len))
        source = DocSource{strip_possessive(d.slice(m->last, m->last + len)), source->kind};
    }
    // a party and a source by the same name ("PTI") is a source only when the wording says so
    bool party_too = d.has_kind(*m, EntityKind::party);
    bool strong = attributed_before(d, b, s);
    bool after = false;
    std::string person;
    std::size_t from = past_official(d, s, m->last, person);
    for (std::size_t k = from; k < std::min(s.last, from + 4); ++k) {
      if (detail::in_set<detail::kAttributionAfterList>(d.norm(k))) after = true;
      if (d.tok(k).kind == TokKind::punct && d.tok(k).punct != '"') break;
    }
    if (after && !person.empty() && source) d.spokespeople.push_back({person, *source});
    if (d.tok(m->name_last - 1).possessive) after = true;
    // "Somoy TV, quoting returning officers, says": the one quoting is the source
    if (d.is_punct(m->last, ',') && (d.is_word(m->last + 1, "quoting") || d.is_word(m->last + 1, "citing"))) after = true;
    if (party_too && !strong) continue;
    // "With results from 16 of 22 districts released by the Election Commission, the NPP has 107, according
    // to the Daily Mirror's count": the opening "With ..." phrase says where the coverage came from; an
    // attribution of the main clause wins over it
    // (a live blog's time stamp may come first: "8:30 am: With results from ...")
    std::size_t open = d.opening_word(s);
    bool opening = d.is_word(open, "with") && b > open;
    for (std::size_t k = open; k < b && opening; ++k) opening = !d.is_punct(k, ',');
    // ("X, quoting returning officers, says": X is the source, when the tables do not know X)
    bool quoted = strong && b > s.first + 1 && (d.is_word(b - 1, "quoting") || d.is_word(b - 1, "citing") ||
                                                ((d.is_word(b - 1, "the") || d.tok(b - 1).possessive) &&
                                                 (d.is_word(b - 2, "quoting") || d.is_word(b - 2, "citing"))));
    if ((strong || after) && (opening || quoted)) {
      if (!framed) framed = source;
      continue;
    }
    // a source named after "according to", "released by" ... wins over one only followed by "said", "had"
    if (strong) return source;
    if (after && !after_only) after_only = source;
    if (!after && !weak) weak = source;
  }
  // "according to the Daily Star", "trends on Odisha TV", "Ekattor TV reported": a name the tables do not know,
  // recognised by a word such as News, TV, Times, Commission, Watch or Poll
  for (std::size_t k = s.first; k < s.last; ++k) {
    if (!d.tok(k).cap || d.tok(k).kind != TokKind::word || d.mention_at(ms, k)) continue;
    if (k > s.first && d.tok(k - 1).cap && d.tok(k - 1).kind == TokKind::word && !d.tok(k - 1).sentence_start) continue;
    std::size_t start = k;
    if (d.is_word(k, "the")) ++start;
    // "Later the Electoral Board ...": a capitalised opening word before "the" is not part of the name
    else if (d.tok(k).sentence_start && d.is_word(k + 1, "the") && k + 2 < s.last && d.tok(k + 2).cap) start = k + 2;
    std::size_t len = capitalised_run(d, start, s.last);
    if (len == 0) continue;
    // "Mozambique's Constitutional Council": the country that owns it is no part of the body's name
    if (len >= 3 && d.tok(start).possessive && country_word(d.norm(start))) ++start, --len;
    // "The REB said ..." before "the Ruritanian Electoral Board (REB)" is written out later: an acronym the
    // article defines anywhere names that source
    std::optional<DocSource> defined;
    if (const LocalAlias* alias = nullptr; match_local(d, start, s.last, alias) > 0 && alias && alias->source >= 0) {
      defined = d.sources[static_cast<std::size_t>(alias->source)];
      len = alias->tokens.size();
    }
    SourceKind kind = defined ? defined->kind : source_kind_of(d, start, start + len);
    // "the broadcaster NTV", "the news agency Bernama", "pollster Ipsos": a kind of outlet written before the
    // name says what the name is
    if (kind == SourceKind::unknown && k > s.first) kind = outlet_noun(d.norm(k - 1));
    if (kind == SourceKind::unknown && forecaster(d, s, k, start + len)) kind = SourceKind::pollster;
    // "according to Matrize", "according to the Daily Mirror's count": named as the source outright
    if (kind == SourceKind::unknown && attributed_before(d, k, s) && !d.is_word(k - 1, "by") && !d.is_word(k - 1, "from") &&
        !names_person(d, s, start, start + len))
      kind = status_in(d, s) == Status::projected ? SourceKind::pollster : SourceKind::media;
    // "The Registraduría's preliminary count", "Montsame's results": a name that owns the results
    if (kind == SourceKind::unknown && d.tok(start + len - 1).possessive && !names_person(d, s, start, start + len) &&
        !d.has_kind_any_party(start, start + len)) {
      static constexpr std::string_view counts[] = {"count", "results", "figures", "tally", "data", "numbers",
                                                    "allocation", "preliminary", "provisional", "official", "final",
                                                    "latest", "unofficial"};
      static constexpr std::string_view forecasts[] = {"projection", "projections", "estimate", "forecast", "survey",
                                                       "model", "exit"};
      std::size_t n = start + len;
      if (n < s.last && detail::in(counts, d.norm(n))) kind = SourceKind::media;
      if (n < s.last && detail::in(forecasts, d.norm(n))) kind = SourceKind::pollster;
    }
    if (kind == SourceKind::unknown) {
      k = start + len - 1;
      continue;
    }
    bool before = attributed_before(d, k, s) || (k > s.first && (d.is_word(k - 1, "on") || d.is_word(k - 1, "from")));
    // "All 350 seats allocated (Interior Ministry, 100% counted):": a body named in brackets after results
    before |= k > s.first && d.is_punct(k - 1, '(') && kind != SourceKind::media && kind != SourceKind::unknown;
    // "Source: Greek Interior Ministry" under a table
    before |= k >= s.first + 2 && d.is_punct(k - 1, ':') && (d.is_word(k - 2, "source") || d.is_word(k - 2, "sources"));
    bool after = false;
    // "the Malawi Electoral Commission (MEC) said": the acronym it defines is part of the name
    std::size_t name_end = start + len, acr_end = 0;
    if (d.is_punct(name_end, '(') && acronym_at(d, name_end + 1, s.last, acr_end)) name_end = acr_end;
    std::string person;
    name_end = past_official(d, s, name_end, person);
    for (std::size_t j = name_end; j < std::min(s.last, name_end + 3); ++j) {
      if (in_set<detail::kAttributionAfterList>(d.norm(j))) after = true;
    }
    if (after && !person.empty())
      d.spokespeople.push_back({person, defined ? *defined : DocSource{strip_possessive(d.slice(start, start + len)), kind}});
    if (d.tok(start + len - 1).possessive) after = true;
    // "Somoy TV, quoting returning officers, says ...": the one quoting is the source
    if (d.is_punct(start + len, ',') && (d.is_word(start + len + 1, "quoting") || d.is_word(start + len + 1, "citing"))) after = true;
    if (before || ((after || d.is_punct(start + len, ':')) && !after_only))
      return defined ? *defined : DocSource{strip_possessive(d.slice(start, start + len)), kind};
    // "Sweden's Election Authority finished counting ...": an electoral body the tables do not know by this
    // name, named with no word of attribution, is a weak source, as a body the tables know is
    if (kind == SourceKind::electoral_body && !weak && !names_person(d, s, start, start + len))
      weak = defined ? *defined : DocSource{strip_possessive(d.slice(start, start + len)), kind};
    k = start + len - 1;
  }
  if (after_only) return after_only;
  if (framed || weak) return framed ? framed : weak;
  // "Chang told reporters", "..., Mamabolo said": a person who spoke for a source earlier in the article
  for (std::size_t k = s.first; k + 1 < s.last && !d.spokespeople.empty(); ++k) {
    if (!d.tok(k).cap || d.tok(k).kind != TokKind::word) continue;
    std::string_view w = d.norm(k);
    for (const auto& [name, source] : d.spokespeople) {
      if (name != w) continue;
      std::size_t j = k + 1;
      while (j < s.last && d.tok(j).hyphen_before) ++j;
      if (j < s.last && (d.is_word(j, "said") || d.is_word(j, "says") || d.is_word(j, "told") || d.is_word(j, "announced") ||
                         d.is_word(j, "added")))
        return source;
    }
  }
  return std::nullopt;
}

}  // namespace

bool forecaster(Doc& d, const detail::Sentence& s, std::size_t first, std::size_t last) {
  static constexpr std::string_view verbs[] = {"projected", "projects", "predicted", "predicts", "forecast", "forecasts",
                                               "estimated", "estimates", "gave", "gives", "put", "puts"};
  if (last >= s.last || d.mention_at_any(first) || names_person(d, s, first, last)) return false;
  // a capitalised first word of a sentence is no name: "Updated projection:", "Latest forecast:"
  bool opening = true;
  for (std::size_t k = s.first; k < first && opening; ++k) opening = d.tok(k).kind != TokKind::word;
  if (last == first + 1 && opening) {
    static constexpr std::string_view common[] = {"latest", "first", "final", "new", "revised", "early", "another",
                                                  "our", "this", "second", "third", "official", "exit", "seat", "live",
                                                  "it", "they", "he", "she", "we", "that", "there", "which", "one"};
    std::string_view w = d.norm(first);
    auto ends = [&](std::string_view suffix) { return w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix; };
    if (detail::in(common, w) || ends("ed") || ends("ing") || ends("ly")) return false;
  }
  // "Pulsewise's survey", "Datawise's exit poll"
  if (d.tok(last - 1).possessive) {
    std::size_t n = d.is_word(last, "exit") ? last + 1 : last;
    std::string_view w = n < s.last ? d.norm(n) : std::string_view();
    if (w == "survey" || w == "poll" || w == "projection" || w == "forecast" || w == "model" || w == "projections")
      return true;
  }
  std::size_t v = last;
  if (d.is_punct(v, ',') && d.is_word(v + 1, "which")) v += 2;  // "People's Pulse, which put ..."
  else if (d.is_punct(v, ',') && first > s.first && d.is_punct(first - 1, ',')) v += 1;  // ", Electoral Edge, predicted"
  if (v < s.last && detail::in(verbs, d.norm(v))) return true;
  // "eNCA projection:", "Ipsos forecast:"
  return (d.is_word(last, "projection") || d.is_word(last, "forecast") || d.is_word(last, "projections")) && d.is_punct(last + 1, ':');
}


/// True when a sentence attributes results outright to a source it names ("final results published by the
/// IEC show", "according to the commission").
bool attribution_strong(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms) {
  return std::any_of(ms.begin(), ms.end(), [&](const Mention* m) {
    return d.has_kind(*m, EntityKind::source) && !d.has_kind(*m, EntityKind::party) && attributed_before(d, m->first, s);
  });
}

/// "..., the Federal Returning Officer announced.", "The commission said ...": an electoral body with a
/// verb that reports what it found.
bool body_reports(Doc& d, const detail::Sentence& s, const std::vector<const Mention*>& ms) {
  static constexpr std::string_view verbs[] = {"announced", "announces", "declared", "declares", "said", "says",
                                               "confirmed", "confirms", "reported", "reports", "published"};
  for (auto* m : ms) {
    if (!d.has_kind(*m, EntityKind::source) || d.has_kind(*m, EntityKind::party)) continue;
    for (std::size_t k = m->last; k < s.last && k < m->last + 2; ++k) {
      if (detail::in(verbs, d.norm(k))) return true;
    }
  }
  return false;
}


}  // namespace tally::extract
