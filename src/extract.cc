// Extraction: runs the stages over one article's document model, in order (mentions, then sentence by
// sentence: numbers, claims, qualifiers, attribution and context), then merges repeated counts.
#include "tally/extract.h"

#include <algorithm>
#include <unordered_map>

#include "extract/attribution.h"
#include "extract/claims.h"
#include "extract/context.h"
#include "extract/context_places.h"
#include "extract/country.h"
#include "extract/doc.h"
#include "extract/entities.h"
#include "extract/layout.h"
#include "extract/mentions.h"
#include "extract/prefilter.h"
#include "extract/qualifiers.h"
#include "tally/dating.h"
#include "url_date.h"

namespace tally {
namespace {

/// Reads the date and tokenizes the body.
void prepare(extract::Doc& d, const ExtractOptions& options) {
  DateFinding found = find_date(d.text, options.default_date);
  rank_outside_dates(found, options.metadata_date, date_from_url(options.url));  // metadata, URL: docs/inputs.md
  d.out.date = found.date;
  d.out.date_source = found.source;
  d.out.date_confidence = found.confidence;
  if (found.bad_header) d.out.warnings.push_back("the date header names an impossible date; ignored");
  if (found.malformed_header) d.out.warnings.push_back("the date header is not written YYYY-MM-DD; ignored");
  d.body_offset = found.body_offset;
  if (found.source == DateSource::stamp && d.out.date_source == DateSource::stamp) d.month_first_date = found.month_first;
  d.tokens = detail::tokenize(d.text.substr(d.body_offset));
  for (const auto& t : d.tokens.items) {
    if (t.kind == detail::TokKind::number && !t.decimal && !t.grouped && t.value >= 1900 && t.value <= 2100)
      d.max_year = std::max(d.max_year, static_cast<int>(t.value));
  }
  extract::lay_out(d);
}

void run_stages(extract::Doc& d) {
  extract::find_mentions(d);
  extract::unify_defined_names(d);
  extract::choose_country(d);
  // "08/10/2018" on a page stamp: month-first in the countries that write dates so, day-first elsewhere
  static constexpr std::string_view month_first_countries[] = {"US", "PH", "FM", "MH", "PW", "GU", "PR", "AS"};
  if (d.month_first_date && std::find(std::begin(month_first_countries), std::end(month_first_countries), d.country) !=
                                std::end(month_first_countries))
    d.out.date = d.month_first_date;
  // sentence by sentence: each stage reads what the ones before it found
  extract::ClaimState claims;
  extract::QualifierState qualifiers;
  extract::ReadingState context;
  // (the first pass: an article that can hold no tally skips the sentence stages, which would find nothing)
  bool read = !extract::first_pass_enabled() || extract::prefilter(d).may_change_result();
  if (!read) extract::count_first_pass_skip();
  for (std::size_t i = 0; read && i < d.tokens.sentences.size(); ++i) {
    if (d.skipped(i)) continue;
    extract::SentenceReading r;
    r.index = i;
    r.s = d.tokens.sentences[i];
    extract::read_claims(d, r, claims);
    extract::qualify(d, r, qualifiers);
    extract::note_claims(r, claims);
    extract::read_cues(d, r);
    extract::attribute(d, r, context);
  }
  extract::adopt_named_chambers(d, context);
  extract::complete_chamber_names(d);
  if (!d.out.date && !d.tokens.items.empty())
    d.out.warnings.push_back("no date found; use a ' date YYYY-MM-DD' header or --date");
}

}  // namespace

DocumentResult extract_document(std::string_view path, std::string_view text, const Lexicon& lexicon,
                                const ExtractOptions& options) {
  DocumentResult result;
  result.path = std::string(path);
  extract::Doc doc(text, lexicon.impl(), result);
  prepare(doc, options);
  run_stages(doc);
  std::stable_sort(result.observations.begin(), result.observations.end(),
                   [](const Observation& a, const Observation& b) { return a.span.begin < b.span.begin; });
  // The same count repeated in one article (a headline and its story) is one observation; the first
  // keeps the attribution the repeats add.
  // Candidates are looked up by (party, seats, historical, chamber, seats_max, scope: a region's count is not
  // the chamber's), so a document with very many
  // counts is not compared pair by pair.
  std::vector<Observation> unique;
  std::unordered_map<std::string, std::vector<std::size_t>> by_key;
  for (auto& o : result.observations) {
    std::string key = o.party + '\x1f' + std::to_string(o.seats) + '\x1f' + (o.historical ? "h" : "c") + '\x1f' + o.chamber +
                      '\x1f' + (o.seats_max ? std::to_string(*o.seats_max) : std::string()) + '\x1f' + o.scope.value_or(std::string());
    auto& candidates = by_key[key];
    Observation* same = nullptr;
    for (std::size_t i : candidates) {
      const Observation& u = unique[i];
      // (a count said twice is one: the bare one, as in a headline, takes the attribution of the other; two
      // attributed ones are one only when they agree)
      bool bare = (!u.source && u.status == Status::unknown) || (!o.source && o.status == Status::unknown);
      if ((u.status == o.status || u.status == Status::unknown || o.status == Status::unknown) &&
          ((u.status == Status::projected) == (o.status == Status::projected) || bare) &&
          (!u.source || !o.source || u.source == o.source) && (!u.coverage || !o.coverage || u.coverage == o.coverage)) {
        same = &unique[i];
        break;
      }
    }
    if (!same) {
      candidates.push_back(unique.size());
      unique.push_back(std::move(o));
      continue;
    }
    if (!same->source && o.source) {
      same->source = o.source;
      same->source_kind = o.source_kind;
      same->context.source = o.context.source;
    }
    if (same->status == Status::unknown && o.status != Status::unknown) {
      same->status = o.status;
      same->context.status = o.context.status;
    }
    if (!same->coverage && o.coverage && same->status != Status::projected) {
      same->coverage = o.coverage;
      same->context.coverage = o.context.coverage;
    }
    if (same->status == Status::projected && same->coverage) {
      same->coverage.reset();
      same->context.coverage = {};
    }
    if (!same->chamber_seats) same->chamber_seats = o.chamber_seats;
  }
  result.observations = std::move(unique);
  std::string year = result.date ? std::to_string(result.date->year) : "undated";
  std::string country = result.country.empty() ? "XX" : result.country;
  for (auto& o : result.observations) o.election = country + "-" + year;
  return result;
}

}  // namespace tally
