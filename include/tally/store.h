#pragma once
/// Compact storage of many documents' results: what a run keeps between extraction and output.
/// Strings that repeat (party, chamber, election, source, country, warnings) are stored once and referred
/// to by number; paths and evidence sentences are copied into large blocks (an evidence sentence shared by
/// several observations of one document is stored once). Nothing grows by doubling. Observation::document
/// and Observation::date are not kept: a stored observation belongs to its document.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tally/document.h"

namespace tally {

namespace spill {
class Runs;
}

/// Bytes a store holds before it spills its documents to a temporary file (set_spill_budget).
constexpr std::size_t kSpillBudget = std::size_t{16} << 20;
/// kSpillBudget, or the number of bytes in the environment variable TALLY_SPILL_BYTES when it is set (tests
/// force the spill path with a small one).
std::size_t spill_budget();

/// A vector in fixed-size chunks: no reallocation, no doubling, stable references.
template <class T, std::size_t ChunkSize = 4096>
class ChunkedVector {
 public:
  void push_back(const T& value) {
    if (size_ % ChunkSize == 0) chunks_.push_back(std::make_unique<T[]>(ChunkSize));
    chunks_.back()[size_ % ChunkSize] = value;
    ++size_;
  }
  T& operator[](std::size_t i) { return chunks_[i / ChunkSize][i % ChunkSize]; }
  const T& operator[](std::size_t i) const { return chunks_[i / ChunkSize][i % ChunkSize]; }
  std::size_t size() const { return size_; }
  /// Bytes allocated.
  std::size_t bytes() const { return chunks_.capacity() * sizeof(void*) + chunks_.size() * ChunkSize * sizeof(T); }

 private:
  std::vector<std::unique_ptr<T[]>> chunks_;
  std::size_t size_ = 0;
};

/// An observation packed into 96 bytes: interned strings by number, optional values by flag.
struct PackedObservation {
  const char* evidence_data = nullptr;
  std::uint32_t evidence_size = 0;
  std::uint32_t span_begin = 0, span_end = 0;  ///< with big_span: span_begin indexes the store's large spans
  std::uint32_t party = 0, party_text = 0, chamber = 0, election = 0, source = 0, rule = 0, scope = 0;
  std::int32_t seats = 0, seats_max = 0, declared = 0, total = 0, chamber_seats = 0;
  std::uint32_t context_lines[4] = {};  ///< source, status, coverage, chamber
  std::uint16_t context_from = 0;       ///< the four ContextFrom values, 4 bits each, source lowest
  std::uint8_t kinds = 0;   ///< qualifier | source_kind << 4
  std::uint8_t states = 0;  ///< status | basis << 4
  std::uint8_t flags = 0;
  enum : std::uint8_t {
    has_source = 1, has_seats_max = 2, has_coverage = 4, has_total = 8, has_chamber_seats = 16, is_historical = 32,
    big_span = 64, has_scope = 128
  };
  std::string_view evidence() const { return {evidence_data, evidence_size}; }
  Qualifier qualifier() const { return static_cast<Qualifier>(kinds & 15); }
  SourceKind source_kind() const { return static_cast<SourceKind>(kinds >> 4); }
  Status status() const { return static_cast<Status>(states & 15); }
  Basis basis() const { return static_cast<Basis>(states >> 4); }
  // The optional values, decoded from their flags (one place for both unpackers).
  std::optional<int> max_seats() const { return flags & has_seats_max ? std::optional<int>(seats_max) : std::nullopt; }
  std::optional<int> size_of_chamber() const {
    return flags & has_chamber_seats ? std::optional<int>(chamber_seats) : std::nullopt;
  }
  std::optional<Coverage> coverage() const {
    if (!(flags & has_coverage)) return std::nullopt;
    return Coverage{declared, flags & has_total ? std::optional<int>(total) : std::nullopt};
  }
};
static_assert(sizeof(PackedObservation) <= 96);

/// What a reader found for a document beside its text (copied into the store's blocks).
struct PackedMeta {
  std::string_view url, title, id;
};

/// A document packed into 72 bytes: its path as an interned directory and a file name; its observations
/// are a range of the store's observations.
struct PackedDocument {
  const char* name = nullptr;  ///< the path after its last '/'
  std::uint64_t first = 0;     ///< first observation
  std::uint32_t name_size = 0;
  std::uint32_t dir = 0;       ///< interned: the path up to and including its last '/'
  std::uint32_t first_warning = 0;  ///< first warning (in the store's warning list)
  std::uint32_t count = 0;          ///< observations
  std::uint32_t warnings = 0;
  std::uint32_t country = 0;
  std::uint32_t seq = 0;  ///< order of arrival among inputs: the first of two documents with one path is kept
  std::uint32_t meta = 0;  ///< 1 + its url, title and id in the store's list; 0 when it has none
  std::optional<Date> date;
  DateSource date_source = DateSource::none;
  DateConfidence date_confidence = DateConfidence::none;
};
static_assert(sizeof(PackedDocument) <= 72);

class DocumentStore {
 public:
  DocumentStore();
  ~DocumentStore();
  DocumentStore(DocumentStore&&) noexcept;
  DocumentStore& operator=(DocumentStore&&) noexcept;

  /// Adds a document (seq: its input order, for normalize()). Not thread-safe.
  void add(const DocumentResult& doc, std::uint32_t seq);
  /// Sorts documents by path and keeps the first (lowest seq) of each path, as normalize(Report&) does.
  void normalize();

  /// Past this many bytes, add() writes the documents held, sorted by path, to a temporary file (deleted
  /// when the store goes, or the process ends) and starts afresh; normalize() writes the rest. Documents are
  /// then read back with each_document(), merged in the order normalize() gives. Default: no limit.
  void set_spill_budget(std::size_t bytes) { budget_ = bytes; }
  /// True once documents went to the file: size(), doc() and document() then see none of them.
  bool spilled() const { return runs_ != nullptr; }
  /// Every document in order, unpacked (from the file when spilled; call normalize() first then).
  void each_document(const std::function<void(const DocumentResult&)>& f) const;

  /// Documents in order (insertion order until normalize()); none once spilled.
  std::size_t size() const { return order_.size(); }
  const PackedDocument& doc(std::size_t i) const { return docs_[order_[i]]; }
  const PackedObservation& observation(const PackedDocument& d, std::size_t k) const { return obs_[d.first + k]; }
  std::string path(const PackedDocument& d) const;
  /// The directory and the file name of the path.
  std::string_view dir(const PackedDocument& d) const { return text(d.dir); }
  std::string_view name(const PackedDocument& d) const { return {d.name, d.name_size}; }
  Span span(const PackedObservation& o) const;
  std::string_view warning(const PackedDocument& d, std::size_t k) const { return text(warnings_[d.first_warning + k]); }
  /// The url, title and id of a document (empty when it has none).
  PackedMeta meta(const PackedDocument& d) const { return d.meta ? metas_[d.meta - 1] : PackedMeta{}; }
  /// An interned string by number.
  std::string_view text(std::uint32_t id) const { return strings_[id]; }

  /// Document i unpacked.
  DocumentResult document(std::size_t i) const;
  Observation unpack(const PackedObservation& o) const;

 private:
  std::uint32_t intern(std::string_view s);
  std::string_view copy(std::string_view s);

  struct Arena;
  std::unique_ptr<Arena> arena_;
  std::unordered_map<std::string_view, std::uint32_t> ids_;
  std::vector<std::string_view> strings_;
  ChunkedVector<PackedObservation, 2048> obs_;
  ChunkedVector<PackedDocument, 2048> docs_;
  ChunkedVector<std::uint32_t> warnings_;
  ChunkedVector<PackedMeta, 1024> metas_;
  std::vector<std::uint32_t> order_;
  std::vector<Span> big_spans_;  // spans past 4 GiB (only from JSON Lines input)

  void spill();
  void sort_order();
  std::size_t bytes() const;
  std::size_t budget_ = SIZE_MAX;
  std::unique_ptr<spill::Runs> runs_;
};

}  // namespace tally
