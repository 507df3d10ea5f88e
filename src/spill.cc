// External sort in a temporary file (see spill.h).
#include "spill.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "tally/error.h"

namespace tally::spill {

// ---- encodings

void put_key(std::string& key, std::string_view s) {
  for (char c : s) {
    key += c;
    if (c == '\0') key += '\xff';
  }
  key += '\0';
  key += '\0';
}

void put_key(std::string& key, std::uint64_t n) {
  for (int shift = 56; shift >= 0; shift -= 8) key += static_cast<char>((n >> shift) & 0xff);
}

void put_key8(std::string& key, std::uint8_t n) { key += static_cast<char>(n); }

namespace {
[[noreturn]] void corrupt() { throw Error("the temporary spill file is corrupt"); }
}  // namespace

std::string get_key_string(std::string_view& in) {
  std::string out;
  for (std::size_t i = 0;; ++i) {
    if (i + 1 >= in.size()) corrupt();
    if (in[i] != '\0') {
      out += in[i];
      continue;
    }
    if (in[i + 1] == '\0') {
      in.remove_prefix(i + 2);
      return out;
    }
    out += '\0';  // escaped: 0 0xff
    ++i;
  }
}

std::uint64_t get_key_u64(std::string_view& in) {
  if (in.size() < 8) corrupt();
  std::uint64_t n = 0;
  for (int i = 0; i < 8; ++i) n = n << 8 | static_cast<unsigned char>(in[i]);
  in.remove_prefix(8);
  return n;
}

std::uint8_t get_key_u8(std::string_view& in) {
  if (in.empty()) corrupt();
  auto n = static_cast<std::uint8_t>(in[0]);
  in.remove_prefix(1);
  return n;
}

namespace {
template <class T>
void put_raw(std::string& body, T n) {
  body.append(reinterpret_cast<const char*>(&n), sizeof n);
}
template <class T>
T get_raw(std::string_view& in) {
  if (in.size() < sizeof(T)) corrupt();
  T n;
  std::memcpy(&n, in.data(), sizeof n);
  in.remove_prefix(sizeof n);
  return n;
}
}  // namespace

void put(std::string& body, std::string_view s) {
  put_raw<std::uint64_t>(body, s.size());
  body.append(s);
}
void put(std::string& body, std::uint64_t n) { put_raw(body, n); }
void put(std::string& body, std::int32_t n) { put_raw(body, n); }
void put(std::string& body, std::uint8_t n) { put_raw(body, n); }
void put(std::string& body, const std::optional<int>& n) {
  put(body, static_cast<std::uint8_t>(n ? 1 : 0));
  if (n) put(body, static_cast<std::int32_t>(*n));
}
void put(std::string& body, const std::optional<Date>& d) {
  put(body, static_cast<std::uint8_t>(d ? 1 : 0));
  if (!d) return;
  put(body, static_cast<std::int32_t>(d->year));
  put(body, static_cast<std::int32_t>(d->month));
  put(body, static_cast<std::int32_t>(d->day));
}

std::string_view get_string(std::string_view& in) {
  auto n = get_raw<std::uint64_t>(in);
  if (in.size() < n) corrupt();
  std::string_view s = in.substr(0, n);
  in.remove_prefix(n);
  return s;
}
std::uint64_t get_u64(std::string_view& in) { return get_raw<std::uint64_t>(in); }
std::int32_t get_i32(std::string_view& in) { return get_raw<std::int32_t>(in); }
std::uint8_t get_u8(std::string_view& in) { return get_raw<std::uint8_t>(in); }
std::optional<int> get_optional_int(std::string_view& in) {
  if (!get_u8(in)) return std::nullopt;
  return get_i32(in);
}
std::optional<Date> get_date(std::string_view& in) {
  if (!get_u8(in)) return std::nullopt;
  Date d;
  d.year = get_i32(in);
  d.month = get_i32(in);
  d.day = get_i32(in);
  return d;
}

void put(std::string& body, const Observation& o) {
  put(body, std::string_view(o.party));
  put(body, std::string_view(o.party_text));
  put(body, std::string_view(o.chamber));
  put(body, std::string_view(o.election));
  put(body, std::string_view(o.evidence));
  put(body, static_cast<std::uint8_t>(o.source ? 1 : 0));
  if (o.source) put(body, std::string_view(*o.source));
  put(body, static_cast<std::int32_t>(o.seats));
  put(body, o.seats_max);
  put(body, static_cast<std::uint8_t>(o.qualifier));
  put(body, static_cast<std::uint8_t>(o.basis));
  put(body, static_cast<std::uint8_t>(o.source_kind));
  put(body, static_cast<std::uint8_t>(o.status));
  put(body, static_cast<std::uint8_t>(o.coverage ? 1 : 0));
  if (o.coverage) {
    put(body, static_cast<std::int32_t>(o.coverage->declared));
    put(body, o.coverage->total);
  }
  put(body, o.chamber_seats);
  put(body, static_cast<std::uint8_t>(o.historical ? 1 : 0));
  put(body, static_cast<std::uint8_t>(o.scope ? 1 : 0));
  if (o.scope) put(body, std::string_view(*o.scope));
  put(body, std::string_view(o.rule));
  for (const ContextOrigin* c : {&o.context.source, &o.context.status, &o.context.coverage, &o.context.chamber}) {
    put(body, static_cast<std::uint8_t>(c->from));
    put(body, static_cast<std::int32_t>(c->line));
  }
  put(body, static_cast<std::uint64_t>(o.span.begin));
  put(body, static_cast<std::uint64_t>(o.span.end));
}

ObservationView get_observation(std::string_view& in) {
  ObservationView o;
  o.party = get_string(in);
  o.party_text = get_string(in);
  o.chamber = get_string(in);
  o.election = get_string(in);
  o.evidence = get_string(in);
  if (get_u8(in)) o.source = get_string(in);
  o.seats = get_i32(in);
  o.seats_max = get_optional_int(in);
  o.qualifier = static_cast<Qualifier>(get_u8(in));
  o.basis = static_cast<Basis>(get_u8(in));
  o.source_kind = static_cast<SourceKind>(get_u8(in));
  o.status = static_cast<Status>(get_u8(in));
  if (get_u8(in)) {
    Coverage c;
    c.declared = get_i32(in);
    c.total = get_optional_int(in);
    o.coverage = c;
  }
  o.chamber_seats = get_optional_int(in);
  o.historical = get_u8(in) != 0;
  if (get_u8(in)) o.scope = get_string(in);
  o.rule = get_string(in);
  for (ContextOrigin* c : {&o.context.source, &o.context.status, &o.context.coverage, &o.context.chamber}) {
    c->from = static_cast<ContextFrom>(get_u8(in));
    c->line = static_cast<std::uint32_t>(get_i32(in));
  }
  o.span.begin = static_cast<std::size_t>(get_u64(in));
  o.span.end = static_cast<std::size_t>(get_u64(in));
  return o;
}

Observation ObservationView::observation() const {
  Observation o;
  o.party = std::string(party);
  o.party_text = std::string(party_text);
  o.seats = seats;
  o.seats_max = seats_max;
  o.qualifier = qualifier;
  o.basis = basis;
  o.chamber = std::string(chamber);
  o.election = std::string(election);
  if (source) o.source = std::string(*source);
  o.source_kind = source_kind;
  o.status = status;
  o.coverage = coverage;
  o.chamber_seats = chamber_seats;
  o.historical = historical;
  if (scope) o.scope = std::string(*scope);
  o.rule = std::string(rule);
  o.context = context;
  o.span = span;
  o.evidence = std::string(evidence);
  return o;
}

// ---- the file

TempFile::TempFile() {
  const char* dir = std::getenv("TMPDIR");
  std::string name = std::string(dir && *dir ? dir : "/tmp") + "/tally-spill.XXXXXX";
  fd_ = mkostemp(name.data(), O_CLOEXEC);
  if (fd_ < 0) throw Error("cannot create a temporary file in " + name.substr(0, name.rfind('/')) + ": " + std::strerror(errno));
  unlink(name.c_str());  // gone when closed, whatever happens
}

TempFile::~TempFile() {
  if (fd_ >= 0) close(fd_);
}

void TempFile::append(const char* data, std::size_t size) {
  while (size > 0) {
    ssize_t n = pwrite(fd_, data, size, static_cast<off_t>(size_));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw Error(std::string("cannot write the temporary spill file: ") + std::strerror(n < 0 ? errno : ENOSPC));
    data += n;
    size -= static_cast<std::size_t>(n);
    size_ += static_cast<std::uint64_t>(n);
  }
}

void TempFile::read(std::uint64_t offset, char* data, std::size_t size) const {
  while (size > 0) {
    ssize_t n = pread(fd_, data, size, static_cast<off_t>(offset));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw Error(std::string("cannot read the temporary spill file: ") + std::strerror(errno));
    if (n == 0) corrupt();
    data += n;
    size -= static_cast<std::size_t>(n);
    offset += static_cast<std::uint64_t>(n);
  }
}

// ---- runs

namespace {

constexpr std::size_t kHeader = 8;  // key size and body size, 4 bytes each

void append_record(std::string& out, std::string_view key, std::string_view body) {
  if (key.size() > UINT32_MAX || body.size() > UINT32_MAX) throw Error("a record too large for the spill file");
  auto k = static_cast<std::uint32_t>(key.size()), b = static_cast<std::uint32_t>(body.size());
  out.append(reinterpret_cast<const char*>(&k), 4);
  out.append(reinterpret_cast<const char*>(&b), 4);
  out.append(key);
  out.append(body);
}

/// Splits the record at the start of data (which holds at least its header) into its sizes.
void sizes(const char* data, std::uint32_t& key, std::uint32_t& body) {
  std::memcpy(&key, data, 4);
  std::memcpy(&body, data + 4, 4);
}

/// Reads a run's records one at a time through a buffer.
class Reader {
 public:
  Reader(const TempFile& file, std::uint64_t begin, std::uint64_t end) : file_(file), next_(begin), end_(end) {
    buffer_.resize(Runs::kReadBuffer);
    advance();
  }
  bool done() const { return done_; }
  std::string_view key() const { return key_; }
  std::string_view body() const { return body_; }
  void advance() {
    pos_ += used_;
    used_ = 0;
    if (!fill(kHeader)) {
      done_ = true;
      return;
    }
    std::uint32_t k, b;
    sizes(buffer_.data() + pos_, k, b);
    std::size_t whole = kHeader + std::size_t{k} + b;
    if (!fill(whole)) corrupt();
    key_ = std::string_view(buffer_.data() + pos_ + kHeader, k);
    body_ = std::string_view(buffer_.data() + pos_ + kHeader + k, b);
    used_ = whole;
  }

 private:
  /// Makes n bytes available at pos_; false at the end of the run.
  bool fill(std::size_t n) {
    if (filled_ - pos_ >= n) return true;
    if (filled_ - pos_ == 0 && next_ == end_) return false;
    std::size_t have = filled_ - pos_;
    std::memmove(buffer_.data(), buffer_.data() + pos_, have);
    pos_ = 0;
    filled_ = have;
    if (buffer_.size() < n) buffer_.resize(n);  // a record larger than the buffer
    std::size_t want = std::min<std::uint64_t>(buffer_.size() - filled_, end_ - next_);
    file_.read(next_, buffer_.data() + filled_, want);
    next_ += want;
    filled_ += want;
    if (filled_ < n) {
      if (next_ == end_) corrupt();
      return fill(n);
    }
    return true;
  }

  const TempFile& file_;
  std::uint64_t next_, end_;
  std::string buffer_;
  std::size_t pos_ = 0, filled_ = 0, used_ = 0;
  std::string_view key_, body_;
  bool done_ = false;
};

}  // namespace

Runs::Runs() = default;
Runs::~Runs() = default;

void Runs::begin_run() {
  if (!file_) file_ = std::make_unique<TempFile>();
  run_begin_ = file_->size();
  buffer_.clear();
  open_ = true;
}

void Runs::write(std::string_view key, std::string_view body) {
  append_record(buffer_, key, body);
  if (buffer_.size() >= kReadBuffer) {
    file_->append(buffer_.data(), buffer_.size());
    buffer_.clear();
  }
}

void Runs::end_run() {
  file_->append(buffer_.data(), buffer_.size());
  std::string().swap(buffer_);
  open_ = false;
  if (file_->size() > run_begin_) runs_.push_back({run_begin_, file_->size()});
}

void Runs::merge_runs(const std::vector<Run>& runs, const Visit& visit) const {
  std::vector<std::unique_ptr<Reader>> readers;
  for (auto& r : runs) readers.push_back(std::make_unique<Reader>(*file_, r.begin, r.end));
  for (;;) {
    Reader* best = nullptr;
    for (auto& r : readers) {
      if (!r->done() && (!best || r->key() < best->key())) best = r.get();
    }
    if (!best) return;
    visit(best->key(), best->body());
    best->advance();
  }
}

void Runs::merge(const Visit& visit) {
  compact();
  if (!runs_.empty()) merge_runs(runs_, visit);
}

void Runs::compact() {
  while (runs_.size() > kFanIn) {
    std::vector<Run> merged;
    for (std::size_t i = 0; i < runs_.size(); i += kFanIn) {
      std::vector<Run> part(runs_.begin() + static_cast<std::ptrdiff_t>(i),
                            runs_.begin() + static_cast<std::ptrdiff_t>(std::min(i + kFanIn, runs_.size())));
      if (part.size() == 1) {
        merged.push_back(part.front());
        continue;
      }
      begin_run();
      merge_runs(part, [&](std::string_view key, std::string_view body) { write(key, body); });
      end_run();
      merged.push_back(runs_.back());
      runs_.pop_back();
    }
    runs_ = std::move(merged);
  }
}

// ---- the sorter

void Sorter::add(std::string_view key, std::string_view body) {
  if (records_.empty()) data_.reserve(std::min<std::size_t>(budget_, 256u << 20));  // no doubling past the budget
  records_.push_back(data_.size());
  append_record(data_, key, body);
  if (data_.size() + records_.size() * sizeof(std::uint64_t) >= budget_) flush();
}

void Sorter::sort_records() {
  auto key_at = [&](std::uint64_t at) {
    std::uint32_t k, b;
    sizes(data_.data() + at, k, b);
    return std::string_view(data_.data() + at + kHeader, k);
  };
  std::stable_sort(records_.begin(), records_.end(),
                   [&](std::uint64_t a, std::uint64_t b) { return key_at(a) < key_at(b); });
}

void Sorter::flush() {
  if (records_.empty()) return;
  sort_records();
  runs_.begin_run();
  for (auto at : records_) {
    std::uint32_t k, b;
    sizes(data_.data() + at, k, b);
    runs_.write(std::string_view(data_.data() + at + kHeader, k), std::string_view(data_.data() + at + kHeader + k, b));
  }
  runs_.end_run();
  std::string().swap(data_);
  std::vector<std::uint64_t>().swap(records_);
}

void Sorter::merge(const Runs::Visit& visit) {
  if (runs_.count() == 0) {
    // Everything fitted: sorted in memory, no file.
    sort_records();
    for (auto at : records_) {
      std::uint32_t k, b;
      sizes(data_.data() + at, k, b);
      visit(std::string_view(data_.data() + at + kHeader, k), std::string_view(data_.data() + at + kHeader + k, b));
    }
    std::string().swap(data_);
    std::vector<std::uint64_t>().swap(records_);
    return;
  }
  flush();
  runs_.merge(visit);
}

}  // namespace tally::spill
