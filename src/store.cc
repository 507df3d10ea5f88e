// Compact storage of documents and observations (see tally/store.h).
#include "tally/store.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <cerrno>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <numeric>

#include "spill.h"

namespace tally {

std::size_t spill_budget() {
  const char* text = std::getenv("TALLY_SPILL_BYTES");
  if (!text || !*text) return kSpillBudget;
  char* end = nullptr;
  errno = 0;
  unsigned long long n = std::strtoull(text, &end, 10);
  if (*end || errno || text[0] == '-') return kSpillBudget;
  return static_cast<std::size_t>(n);
}

/// Bytes in blocks of 256 KiB (larger strings get a block of their own); what is copied never moves.
struct DocumentStore::Arena {
  static constexpr std::size_t kBlock = 256 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks;
  char* next = nullptr;
  std::size_t left = 0;
  std::size_t total = 0;  ///< bytes in blocks

  std::string_view copy(std::string_view s) {
    if (s.empty()) return {};
    if (s.size() > kBlock / 4) {
      blocks.push_back(std::make_unique<char[]>(s.size()));
      total += s.size();
      std::memcpy(blocks.back().get(), s.data(), s.size());
      return {blocks.back().get(), s.size()};  // the block being filled stays current
    }
    if (s.size() > left) {
      blocks.push_back(std::make_unique<char[]>(kBlock));
      total += kBlock;
      next = blocks.back().get();
      left = kBlock;
    }
    char* at = next;
    std::memcpy(at, s.data(), s.size());
    next += s.size();
    left -= s.size();
    return {at, s.size()};
  }
};

DocumentStore::DocumentStore() : arena_(std::make_unique<Arena>()) {}
DocumentStore::~DocumentStore() = default;
DocumentStore::DocumentStore(DocumentStore&&) noexcept = default;
DocumentStore& DocumentStore::operator=(DocumentStore&&) noexcept = default;

std::string_view DocumentStore::copy(std::string_view s) { return arena_->copy(s); }

std::uint32_t DocumentStore::intern(std::string_view s) {
  auto it = ids_.find(s);
  if (it != ids_.end()) return it->second;
  std::string_view kept = copy(s);
  auto id = static_cast<std::uint32_t>(strings_.size());
  strings_.push_back(kept);
  ids_.emplace(kept, id);
  return id;
}

namespace {

std::uint32_t narrow(std::size_t n, const char* what) {
  if (n > UINT32_MAX) throw std::length_error(std::string("too many ") + what + " for the document store");
  return static_cast<std::uint32_t>(n);
}

/// Compares the concatenations a1 a2 and b1 b2 as strings do.
int compare_joined(std::string_view a1, std::string_view a2, std::string_view b1, std::string_view b2) {
  std::string_view a = a1, b = b1;
  bool a_tail = false, b_tail = false;
  for (;;) {
    if (a.empty() && !a_tail) {
      a = a2;
      a_tail = true;
    }
    if (b.empty() && !b_tail) {
      b = b2;
      b_tail = true;
    }
    if (a.empty() || b.empty()) break;
    std::size_t n = std::min(a.size(), b.size());
    if (int c = a.substr(0, n).compare(b.substr(0, n))) return c;
    a.remove_prefix(n);
    b.remove_prefix(n);
  }
  std::size_t la = a1.size() + a2.size(), lb = b1.size() + b2.size();
  return la < lb ? -1 : la > lb ? 1 : 0;
}

}  // namespace

void DocumentStore::add(const DocumentResult& doc, std::uint32_t seq) {
  PackedDocument d;
  std::string_view path = doc.path;
  std::size_t slash = path.rfind('/');
  std::size_t cut = slash == std::string_view::npos ? 0 : slash + 1;
  d.dir = intern(path.substr(0, cut));
  std::string_view name = copy(path.substr(cut));
  d.name = name.data();
  d.name_size = narrow(name.size(), "path bytes");
  d.first = obs_.size();
  d.count = narrow(doc.observations.size(), "observations");
  d.first_warning = narrow(warnings_.size(), "warnings");
  d.warnings = narrow(doc.warnings.size(), "warnings");
  d.country = intern(doc.country);
  d.seq = seq;
  d.date = doc.date;
  d.date_source = doc.date_source;
  d.date_confidence = doc.date_confidence;
  if (!doc.url.empty() || !doc.title.empty() || !doc.id.empty()) {
    metas_.push_back({copy(doc.url), copy(doc.title), copy(doc.id)});
    d.meta = narrow(metas_.size(), "documents");
  }
  for (auto& w : doc.warnings) warnings_.push_back(intern(w));
  // Several counts of one sentence share its text: look back over the last few distinct sentences.
  std::vector<std::string_view> recent;
  for (const Observation& o : doc.observations) {
    PackedObservation p;
    std::string_view evidence;
    auto same = std::find(recent.begin(), recent.end(), std::string_view(o.evidence));
    if (same != recent.end()) {
      evidence = *same;
    } else {
      evidence = copy(o.evidence);
      if (recent.size() == 8) recent.erase(recent.begin());
      recent.push_back(evidence);
    }
    p.evidence_data = evidence.data();
    p.evidence_size = narrow(evidence.size(), "evidence bytes");
    if (o.span.begin <= UINT32_MAX && o.span.end <= UINT32_MAX) {
      p.span_begin = static_cast<std::uint32_t>(o.span.begin);
      p.span_end = static_cast<std::uint32_t>(o.span.end);
    } else {
      p.span_begin = narrow(big_spans_.size(), "large spans");
      big_spans_.push_back(o.span);
      p.flags |= PackedObservation::big_span;
    }
    p.party = intern(o.party);
    p.party_text = intern(o.party_text);
    p.chamber = intern(o.chamber);
    p.election = intern(o.election);
    if (o.source) {
      p.source = intern(*o.source);
      p.flags |= PackedObservation::has_source;
    }
    p.seats = o.seats;
    if (o.seats_max) {
      p.seats_max = *o.seats_max;
      p.flags |= PackedObservation::has_seats_max;
    }
    if (o.coverage) {
      p.declared = o.coverage->declared;
      p.flags |= PackedObservation::has_coverage;
      if (o.coverage->total) {
        p.total = *o.coverage->total;
        p.flags |= PackedObservation::has_total;
      }
    }
    if (o.chamber_seats) {
      p.chamber_seats = *o.chamber_seats;
      p.flags |= PackedObservation::has_chamber_seats;
    }
    if (o.historical) p.flags |= PackedObservation::is_historical;
    if (o.scope) {
      p.scope = intern(*o.scope);
      p.flags |= PackedObservation::has_scope;
    }
    p.rule = intern(o.rule);
    const ContextOrigin* origins[] = {&o.context.source, &o.context.status, &o.context.coverage, &o.context.chamber};
    for (unsigned k = 0; k < 4; ++k) {
      p.context_lines[k] = origins[k]->line;
      p.context_from = static_cast<std::uint16_t>(p.context_from | static_cast<unsigned>(origins[k]->from) << (4 * k));
    }
    p.kinds = static_cast<std::uint8_t>(static_cast<unsigned>(o.qualifier) | static_cast<unsigned>(o.source_kind) << 4);
    p.states = static_cast<std::uint8_t>(static_cast<unsigned>(o.status) | static_cast<unsigned>(o.basis) << 4);
    obs_.push_back(p);
  }
  order_.push_back(narrow(docs_.size(), "documents"));
  docs_.push_back(d);
  if (bytes() > budget_) spill();
}

std::size_t DocumentStore::bytes() const {
  return arena_->total + arena_->blocks.capacity() * sizeof(void*) + obs_.bytes() + docs_.bytes() + warnings_.bytes() + metas_.bytes() +
         order_.capacity() * sizeof(std::uint32_t) + strings_.capacity() * sizeof(std::string_view) +
         ids_.size() * 48 + ids_.bucket_count() * sizeof(void*) + big_spans_.capacity() * sizeof(Span);
}

// Spilled documents are records of the external sort (spill.h): the key is the path, then the order of
// arrival (so that a merge gives them in the order normalize() does, the first of a path first); the body is
// the document, whole.
void DocumentStore::spill() {
  if (order_.empty()) return;
  if (!runs_) runs_ = std::make_unique<spill::Runs>();
  sort_order();
  runs_->begin_run();
  std::string key, body;
  for (std::size_t i = 0; i < order_.size(); ++i) {
    const PackedDocument& d = doc(i);
    std::string whole = path(d);
    key.clear();
    spill::put_key(key, whole);
    spill::put_key(key, std::uint64_t{d.seq});
    body.clear();
    spill::put(body, std::string_view(whole));
    spill::put(body, d.date);
    spill::put(body, static_cast<std::uint8_t>(d.date_source));
    spill::put(body, static_cast<std::uint8_t>(d.date_confidence));
    spill::put(body, text(d.country));
    PackedMeta m = meta(d);
    spill::put(body, m.url);
    spill::put(body, m.title);
    spill::put(body, m.id);
    spill::put(body, std::uint64_t{d.warnings});
    for (std::size_t k = 0; k < d.warnings; ++k) spill::put(body, warning(d, k));
    spill::put(body, std::uint64_t{d.count});
    for (std::size_t k = 0; k < d.count; ++k) spill::put(body, unpack(observation(d, k)));
    runs_->write(key, body);
  }
  runs_->end_run();
  // Start afresh: nothing of these documents stays in memory.
  arena_ = std::make_unique<Arena>();
  ids_ = {};
  strings_ = {};
  obs_ = {};
  docs_ = {};
  warnings_ = {};
  metas_ = {};
  order_ = {};
  big_spans_ = {};
}

void DocumentStore::each_document(const std::function<void(const DocumentResult&)>& f) const {
  if (!runs_) {
    for (std::size_t i = 0; i < size(); ++i) f(document(i));
    return;
  }
  std::string last;
  bool any = false;
  runs_->merge([&](std::string_view, std::string_view body) {
    std::string_view in = body;
    std::string_view path = spill::get_string(in);
    if (any && path == last) return;  // a later document with the same path
    any = true;
    last.assign(path);
    DocumentResult d;
    d.path = std::string(path);
    d.date = spill::get_date(in);
    d.date_source = static_cast<DateSource>(spill::get_u8(in));
    d.date_confidence = static_cast<DateConfidence>(spill::get_u8(in));
    d.country = std::string(spill::get_string(in));
    d.url = std::string(spill::get_string(in));
    d.title = std::string(spill::get_string(in));
    d.id = std::string(spill::get_string(in));
    std::uint64_t n = spill::get_u64(in);
    for (std::uint64_t k = 0; k < n; ++k) d.warnings.emplace_back(spill::get_string(in));
    n = spill::get_u64(in);
    d.observations.reserve(n);
    for (std::uint64_t k = 0; k < n; ++k) d.observations.push_back(spill::get_observation(in).observation());
    f(d);
  });
}

std::string DocumentStore::path(const PackedDocument& d) const {
  std::string out;
  out.reserve(text(d.dir).size() + d.name_size);
  out += text(d.dir);
  out += name(d);
  return out;
}

Span DocumentStore::span(const PackedObservation& o) const {
  if (o.flags & PackedObservation::big_span) return big_spans_[o.span_begin];
  return {o.span_begin, o.span_end};
}

void DocumentStore::sort_order() {
  std::sort(order_.begin(), order_.end(), [&](std::uint32_t a, std::uint32_t b) {
    const PackedDocument& x = docs_[a];
    const PackedDocument& y = docs_[b];
    int c = x.dir == y.dir ? name(x).compare(name(y)) : compare_joined(dir(x), name(x), dir(y), name(y));
    if (c != 0) return c < 0;
    return x.seq < y.seq;
  });
}

void DocumentStore::normalize() {
  if (runs_) {
    spill();  // the rest; the merge sorts and drops later duplicates
    // The merge passes now, so that each_document only reads: a report written by two threads (the documents
    // and the summary) reads the file twice at once.
    runs_->compact();
    return;
  }
  sort_order();
  order_.erase(std::unique(order_.begin(), order_.end(),
                           [&](std::uint32_t a, std::uint32_t b) {
                             const PackedDocument& x = docs_[a];
                             const PackedDocument& y = docs_[b];
                             return x.dir == y.dir && name(x) == name(y);
                           }),
               order_.end());
  order_.shrink_to_fit();
}

Observation DocumentStore::unpack(const PackedObservation& p) const {
  Observation o;
  o.party = std::string(text(p.party));
  o.party_text = std::string(text(p.party_text));
  o.seats = p.seats;
  o.seats_max = p.max_seats();
  o.qualifier = p.qualifier();
  o.basis = p.basis();
  o.chamber = std::string(text(p.chamber));
  o.election = std::string(text(p.election));
  if (p.flags & PackedObservation::has_source) o.source = std::string(text(p.source));
  o.source_kind = p.source_kind();
  o.status = p.status();
  o.coverage = p.coverage();
  o.chamber_seats = p.size_of_chamber();
  o.historical = (p.flags & PackedObservation::is_historical) != 0;
  if (p.flags & PackedObservation::has_scope) o.scope = std::string(text(p.scope));
  o.rule = std::string(text(p.rule));
  ContextOrigin* origins[] = {&o.context.source, &o.context.status, &o.context.coverage, &o.context.chamber};
  for (unsigned k = 0; k < 4; ++k) {
    origins[k]->line = p.context_lines[k];
    origins[k]->from = static_cast<ContextFrom>((p.context_from >> (4 * k)) & 15);
  }
  o.span = span(p);
  o.evidence = std::string(p.evidence());
  return o;
}

DocumentResult DocumentStore::document(std::size_t i) const {
  const PackedDocument& d = doc(i);
  DocumentResult r;
  r.path = path(d);
  r.date = d.date;
  r.date_source = d.date_source;
  r.date_confidence = d.date_confidence;
  r.country = std::string(text(d.country));
  PackedMeta m = meta(d);
  r.url = std::string(m.url);
  r.title = std::string(m.title);
  r.id = std::string(m.id);
  r.observations.reserve(d.count);
  for (std::size_t k = 0; k < d.count; ++k) r.observations.push_back(unpack(observation(d, k)));
  r.warnings.reserve(d.warnings);
  for (std::size_t k = 0; k < d.warnings; ++k) r.warnings.emplace_back(warning(d, k));
  return r;
}

}  // namespace tally
