#pragma once
// Spilling to disk: an external sort of byte records in a temporary file (internal to tally_core).
//
// A record is a key and a body; records are ordered by their keys compared as bytes (unsigned). Keys are
// built with the encoders below so that byte order is the order wanted: a string is written with its 0 bytes
// escaped and a 0 0 terminator (so a shorter string sorts first and a string never runs into what follows),
// a number big-endian.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/observation.h"
#include "tally/types.h"

namespace tally::spill {

/// Appends order-preserving encodings to a key.
void put_key(std::string& key, std::string_view s);
void put_key(std::string& key, std::uint64_t n);
void put_key8(std::string& key, std::uint8_t n);
/// Reads back what put_key wrote (advancing in).
std::string get_key_string(std::string_view& in);
std::uint64_t get_key_u64(std::string_view& in);
std::uint8_t get_key_u8(std::string_view& in);

/// Appends plain encodings to a body (native byte order: bodies never leave the process).
void put(std::string& body, std::string_view s);
void put(std::string& body, std::uint64_t n);
void put(std::string& body, std::int32_t n);
void put(std::string& body, std::uint8_t n);
void put(std::string& body, const std::optional<int>& n);
void put(std::string& body, const std::optional<Date>& d);
/// Reads back what put wrote; strings are views into the body.
std::string_view get_string(std::string_view& in);
std::uint64_t get_u64(std::string_view& in);
std::int32_t get_i32(std::string_view& in);
std::uint8_t get_u8(std::string_view& in);
std::optional<int> get_optional_int(std::string_view& in);
std::optional<Date> get_date(std::string_view& in);

/// An observation in a body (not its document and date), and read back as views into the body.
struct ObservationView {
  std::string_view party, party_text, chamber, election, evidence;
  std::optional<std::string_view> source;
  int seats = 0;
  std::optional<int> seats_max;
  Qualifier qualifier = Qualifier::exact;
  Basis basis = Basis::unknown;
  SourceKind source_kind = SourceKind::unknown;
  Status status = Status::unknown;
  std::optional<Coverage> coverage;
  std::optional<int> chamber_seats;
  bool historical = false;
  std::optional<std::string_view> scope;
  std::string_view rule;
  ObservationContext context;
  Span span;
  Observation observation() const;  ///< copied out
};
void put(std::string& body, const Observation& o);
ObservationView get_observation(std::string_view& in);

/// A temporary file that nobody else can see: created in $TMPDIR (or /tmp) and unlinked at once, so that it
/// is gone when the process ends, however it ends. Written at its end, read anywhere.
class TempFile {
 public:
  TempFile();
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  void append(const char* data, std::size_t size);
  void read(std::uint64_t offset, char* data, std::size_t size) const;
  std::uint64_t size() const { return size_; }

 private:
  int fd_ = -1;
  std::uint64_t size_ = 0;
};

/// Sorted runs of records in a temporary file, and their merge.
class Runs {
 public:
  using Visit = std::function<void(std::string_view key, std::string_view body)>;
  Runs();
  ~Runs();
  /// Writes a run: records given in key order.
  void begin_run();
  void write(std::string_view key, std::string_view body);
  void end_run();
  std::size_t count() const { return runs_.size(); }
  /// Calls visit with every record of every run, in key order (records with equal keys: earlier run first).
  /// Memory: a read buffer per run; runs are first merged in passes so that at most kFanIn are read at once.
  void merge(const Visit& visit);
  /// Merges runs in passes (written to the file) until at most kFanIn are left; merge() then only reads, and
  /// may run in two threads at once.
  void compact();

  static constexpr std::size_t kFanIn = 16;
  static constexpr std::size_t kReadBuffer = 64 * 1024;

 private:
  struct Run {
    std::uint64_t begin = 0, end = 0;
  };
  void merge_runs(const std::vector<Run>& runs, const Visit& visit) const;
  std::unique_ptr<TempFile> file_;
  std::vector<Run> runs_;
  std::string buffer_;  // of the run being written
  std::uint64_t run_begin_ = 0;
  bool open_ = false;
};

/// Records added in any order, held until they pass a budget of bytes, then sorted and written as a run.
class Sorter {
 public:
  explicit Sorter(std::size_t budget) : budget_(budget) {}
  void add(std::string_view key, std::string_view body);
  /// Every record in key order (records with equal keys: in the order added). Ends the adding.
  void merge(const Runs::Visit& visit);

 private:
  void flush();
  /// Orders records_ by key (stable: equal keys keep their arrival order).
  void sort_records();
  std::size_t budget_;
  std::string data_;
  std::vector<std::uint64_t> records_;  // offsets in data_
  Runs runs_;
};

}  // namespace tally::spill
