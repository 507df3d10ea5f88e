// Compact storage of documents and observations (see tally/store.h).
#include "tally/store.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace tally {

/// Bytes in blocks of 256 KiB (larger strings get a block of their own); what is copied never moves.
struct DocumentStore::Arena {
  static constexpr std::size_t kBlock = 256 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks;
  char* next = nullptr;
  std::size_t left = 0;

  std::string_view copy(std::string_view s) {
    if (s.empty()) return {};
    if (s.size() > kBlock / 4) {
      blocks.push_back(std::make_unique<char[]>(s.size()));
      std::memcpy(blocks.back().get(), s.data(), s.size());
      return {blocks.back().get(), s.size()};  // the block being filled stays current
    }
    if (s.size() > left) {
      blocks.push_back(std::make_unique<char[]>(kBlock));
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

void DocumentStore::add(const DocumentResult& doc, std::uint32_t seq) {
  PackedDocument d;
  d.path = copy(doc.path);
  d.first = obs_.size();
  d.count = static_cast<std::uint32_t>(doc.observations.size());
  d.first_warning = warnings_.size();
  d.warnings = static_cast<std::uint32_t>(doc.warnings.size());
  d.country = intern(doc.country);
  d.seq = seq;
  d.date = doc.date;
  d.date_source = doc.date_source;
  for (auto& w : doc.warnings) warnings_.push_back(intern(w));
  // Several counts of one sentence share its text: look back over the last few distinct sentences.
  std::vector<std::string_view> recent;
  for (const Observation& o : doc.observations) {
    PackedObservation p;
    auto same = std::find(recent.begin(), recent.end(), std::string_view(o.evidence));
    if (same != recent.end()) {
      p.evidence = *same;
    } else {
      p.evidence = copy(o.evidence);
      if (recent.size() == 8) recent.erase(recent.begin());
      recent.push_back(p.evidence);
    }
    p.span_begin = o.span.begin;
    p.span_end = o.span.end;
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
    p.qualifier = static_cast<std::uint8_t>(o.qualifier);
    p.basis = static_cast<std::uint8_t>(o.basis);
    p.source_kind = static_cast<std::uint8_t>(o.source_kind);
    p.status = static_cast<std::uint8_t>(o.status);
    obs_.push_back(p);
  }
  order_.push_back(static_cast<std::uint32_t>(docs_.size()));
  docs_.push_back(d);
}

void DocumentStore::normalize() {
  std::sort(order_.begin(), order_.end(), [&](std::uint32_t a, std::uint32_t b) {
    const PackedDocument& x = docs_[a];
    const PackedDocument& y = docs_[b];
    if (x.path != y.path) return x.path < y.path;
    return x.seq < y.seq;
  });
  order_.erase(std::unique(order_.begin(), order_.end(),
                           [&](std::uint32_t a, std::uint32_t b) { return docs_[a].path == docs_[b].path; }),
               order_.end());
  order_.shrink_to_fit();
}

Observation DocumentStore::unpack(const PackedObservation& p) const {
  Observation o;
  o.party = std::string(text(p.party));
  o.party_text = std::string(text(p.party_text));
  o.seats = p.seats;
  if (p.flags & PackedObservation::has_seats_max) o.seats_max = p.seats_max;
  o.qualifier = static_cast<Qualifier>(p.qualifier);
  o.basis = static_cast<Basis>(p.basis);
  o.chamber = std::string(text(p.chamber));
  o.election = std::string(text(p.election));
  if (p.flags & PackedObservation::has_source) o.source = std::string(text(p.source));
  o.source_kind = static_cast<SourceKind>(p.source_kind);
  o.status = static_cast<Status>(p.status);
  if (p.flags & PackedObservation::has_coverage) {
    o.coverage = Coverage{p.declared, std::nullopt};
    if (p.flags & PackedObservation::has_total) o.coverage->total = p.total;
  }
  if (p.flags & PackedObservation::has_chamber_seats) o.chamber_seats = p.chamber_seats;
  o.historical = (p.flags & PackedObservation::is_historical) != 0;
  o.span = {static_cast<std::size_t>(p.span_begin), static_cast<std::size_t>(p.span_end)};
  o.evidence = std::string(p.evidence);
  return o;
}

DocumentResult DocumentStore::document(std::size_t i) const {
  const PackedDocument& d = doc(i);
  DocumentResult r;
  r.path = std::string(d.path);
  r.date = d.date;
  r.date_source = d.date_source;
  r.country = std::string(text(d.country));
  r.observations.reserve(d.count);
  for (std::size_t k = 0; k < d.count; ++k) r.observations.push_back(unpack(observation(d, k)));
  r.warnings.reserve(d.warnings);
  for (std::size_t k = 0; k < d.warnings; ++k) r.warnings.emplace_back(warning(d, k));
  return r;
}

}  // namespace tally
