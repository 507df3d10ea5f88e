#include "tally/input.h"

#include "html_reader.h"
#include "text.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>
#include <iostream>

namespace tally {
namespace {

void put_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

/// Length of a valid UTF-8 sequence at p, or 0 when invalid.
std::size_t utf8_sequence(const unsigned char* p, std::size_t left) {
  unsigned char b = p[0];
  if (b < 0x80) return 1;
  std::size_t len;
  char32_t min;
  if ((b & 0xE0) == 0xC0) { len = 2; min = 0x80; }
  else if ((b & 0xF0) == 0xE0) { len = 3; min = 0x800; }
  else if ((b & 0xF8) == 0xF0) { len = 4; min = 0x10000; }
  else return 0;
  if (left < len) return 0;
  char32_t c = b & (0x7F >> len);
  for (std::size_t i = 1; i < len; ++i) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    c = (c << 6) | (p[i] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  return len;
}

bool has_magic(std::string_view bytes) {
  static constexpr std::string_view magics[] = {"%PDF", "\x89PNG", "PK\x03\x04", "\x1f\x8b", "\x7f" "ELF",
                                                "GIF8", "\xff\xd8\xff"};
  return std::any_of(std::begin(magics), std::end(magics),
                     [&](std::string_view m) { return bytes.substr(0, m.size()) == m; });
}

bool looks_binary(std::string_view bytes) {
  if (has_magic(bytes)) return true;
  std::size_t sample = std::min<std::size_t>(bytes.size(), 65536);
  if (sample == 0) return false;
  std::size_t control = 0;
  for (std::size_t i = 0; i < sample; ++i) {
    auto b = static_cast<unsigned char>(bytes[i]);
    if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v') || b == 0x7F) ++control;
  }
  return control * 10 > sample;  // more than 10% control bytes: not text
}

void append_normalized(std::string& out, char32_t c, bool& last_cr, std::size_t& nuls) {
  if (c == '\r') {
    out.push_back('\n');
    last_cr = true;
    return;
  }
  if (c == '\n' && last_cr) {
    last_cr = false;
    return;
  }
  last_cr = false;
  if (c == 0) {
    ++nuls;
    c = ' ';
  }
  put_utf8(out, c);
}

Decoded decode_utf16(std::string_view bytes, bool little_endian) {
  Decoded result;
  result.warnings.push_back(little_endian ? "decoded from UTF-16LE" : "decoded from UTF-16BE");
  bool last_cr = false;
  std::size_t nuls = 0, bad = 0;
  auto unit = [&](std::size_t i) -> char32_t {
    auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? static_cast<char32_t>(a | (b << 8)) : static_cast<char32_t>((a << 8) | b);
  };
  result.text.reserve(bytes.size() / 2);
  std::size_t i = 2;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t c = unit(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 3 < bytes.size()) {
      char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      } else {
        c = 0xFFFD;
        ++bad;
      }
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
      ++bad;
    }
    append_normalized(result.text, c, last_cr, nuls);
  }
  if (i < bytes.size()) result.warnings.push_back("odd trailing byte dropped from UTF-16 text");
  if (bad) result.warnings.push_back(std::to_string(bad) + " unpaired UTF-16 surrogates replaced");
  if (nuls) result.warnings.push_back(std::to_string(nuls) + " NUL characters read as spaces");
  return result;
}

/// True when decode_text would return bytes unchanged and warn of nothing: no byte-order mark, not binary,
/// valid UTF-8 without CR or NUL.
bool plain_text(std::string_view bytes) {
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
    return false;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF" || looks_binary(bytes)) return false;
  auto data = reinterpret_cast<const unsigned char*>(bytes.data());
  for (std::size_t i = 0; i < bytes.size();) {
    unsigned char c = data[i];
    if (c < 0x80) {
      if (c == '\r' || c == 0) return false;
      ++i;
      continue;
    }
    std::size_t len = utf8_sequence(data + i, bytes.size() - i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

}  // namespace

Decoded decode_text(std::string_view bytes) {
  if (bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE') return decode_utf16(bytes, true);
  if (bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF') return decode_utf16(bytes, false);
  Decoded result;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (looks_binary(bytes)) {
    result.binary = true;
    return result;
  }
  result.text.reserve(bytes.size());
  bool last_cr = false;
  std::size_t nuls = 0, invalid = 0;
  auto data = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t i = 0;
  while (i < bytes.size()) {
    // Fast path: a run of plain ASCII bytes other than CR and NUL.
    std::size_t run = i;
    while (run < bytes.size() && data[run] < 0x80 && data[run] != '\r' && data[run] != 0) ++run;
    if (run > i) {
      if (last_cr && data[i] == '\n') ++i;
      last_cr = false;
      result.text.append(bytes.data() + i, run - i);
      i = run;
      continue;
    }
    std::size_t len = utf8_sequence(data + i, bytes.size() - i);
    if (len == 0) {
      ++invalid;  // not UTF-8: read the byte as Latin-1
      append_normalized(result.text, data[i], last_cr, nuls);
      i += 1;
    } else if (len == 1) {
      append_normalized(result.text, data[i], last_cr, nuls);
      i += 1;
    } else {
      last_cr = false;
      result.text.append(bytes.data() + i, len);
      i += len;
    }
  }
  if (invalid) result.warnings.push_back(std::to_string(invalid) + " bytes of invalid UTF-8 read as Latin-1");
  if (nuls) result.warnings.push_back(std::to_string(nuls) + " NUL characters read as spaces");
  return result;
}

std::string_view to_string(InputFormat format) {
  switch (format) {
    case InputFormat::automatic: return "auto";
    case InputFormat::text: return "text";
    case InputFormat::html: return "html";
    case InputFormat::jsonl: return "jsonl";
  }
  return "auto";
}

std::optional<InputFormat> parse_input_format(std::string_view text) {
  for (auto f : {InputFormat::automatic, InputFormat::text, InputFormat::html, InputFormat::jsonl}) {
    if (to_string(f) == text) return f;
  }
  return std::nullopt;
}

namespace {

/// True when path ends with ext (a lower-case ".xyz"), in any case.
bool has_extension(std::string_view path, std::string_view ext) {
  if (path.size() <= ext.size()) return false;
  std::string_view tail = path.substr(path.size() - ext.size());
  for (std::size_t i = 0; i < ext.size(); ++i) {
    char c = tail[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    if (c != ext[i]) return false;
  }
  return true;
}

/// A file a directory walk takes.
bool walked_extension(std::string_view name) {
  return has_extension(name, ".txt") || has_extension(name, ".html") || has_extension(name, ".htm") ||
         has_extension(name, ".jsonl");
}

}  // namespace

InputFormat format_of(std::string_view path, InputFormat chosen) {
  if (chosen != InputFormat::automatic) return chosen;
  if (has_extension(path, ".html") || has_extension(path, ".htm")) return InputFormat::html;
  if (has_extension(path, ".jsonl")) return InputFormat::jsonl;
  return InputFormat::text;
}

InputWalk::InputWalk(std::function<bool(std::string&)> roots, std::function<void(InputError)> on_error)
    : roots_(std::move(roots)), on_error_(std::move(on_error)) {}

void InputWalk::open(std::filesystem::path dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    on_error_({dir.string(), "cannot read directory: " + ec.message()});
    return;
  }
  Level level;
  for (; it != end; it.increment(ec)) {
    if (ec) {
      on_error_({dir.string(), "error while reading directory: " + ec.message()});
      break;
    }
    std::error_code entry_ec;
    auto entry_status = it->status(entry_ec);
    if (entry_ec) continue;  // a dangling link
    if (fs::is_directory(entry_status)) {
      if (!it->is_symlink(entry_ec)) level.entries.push_back(it->path().filename().string() + '/');  // no link loops
    } else if (walked_extension(it->path().filename().string()) && fs::is_regular_file(entry_status)) {
      level.entries.push_back(it->path().filename().string());
    }
  }
  // Sorted by key (the name, with a '/' after it for a directory): the order of sorting the full paths, where
  // "a/x.txt" comes after "a-b.txt" and "a.txt".
  std::sort(level.entries.begin(), level.entries.end());
  level.dir = std::move(dir);
  levels_.push_back(std::move(level));
}

bool InputWalk::next(std::string& path) {
  namespace fs = std::filesystem;
  for (;;) {
    while (!levels_.empty()) {
      Level& level = levels_.back();
      if (level.at == level.entries.size()) {
        levels_.pop_back();
        continue;
      }
      std::string key = std::move(level.entries[level.at++]);
      if (key.back() == '/') {
        key.pop_back();
        open(level.dir / key);  // may invalidate level
        continue;
      }
      path = (level.dir / key).string();
      return true;
    }
    std::string root;
    if (!roots_(root)) return false;
    if (root == "-") {
      path = root;
      return true;
    }
    std::error_code ec;
    auto status = fs::status(root, ec);
    if (ec || !fs::exists(status)) {
      // "Permission denied" for a file in an unreadable directory, not "No such file"
      on_error_({root, ec && ec != std::errc::no_such_file_or_directory ? ec.message() : "No such file or directory"});
      continue;
    }
    if (!fs::is_directory(status)) {
      path = root;
      return true;
    }
    open(fs::path(root));
  }
}

std::function<bool(std::string&)> roots_of(const std::vector<std::string>& paths) {
  return [&paths, i = std::size_t{0}](std::string& root) mutable {
    if (i == paths.size()) return false;
    root = paths[i++];
    return true;
  };
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths,
                                       const std::function<void(InputError)>& on_error) {
  InputWalk walk(roots_of(paths), on_error);
  std::vector<std::string> out;
  for (std::string path; walk.next(path);) out.push_back(path);
  return out;
}

namespace {

/// Opens an input for reading ("-": standard input); a directory is an error.
std::FILE* open_input(const std::string& path, InputError& error) {
  if (path == "-") return stdin;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = {path, "Is a directory"};
    return nullptr;
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) error = {path, std::strerror(errno)};
  return file;
}

/// Closes an input; false (and error filled) when reading had failed.
bool close_input(const std::string& path, std::FILE* file, InputError& error) {
  bool failed = std::ferror(file);
  int saved = errno;
  const bool standard_input = file == stdin;
  if (!standard_input) std::fclose(file);
  if (failed) {
    error = {path, standard_input ? std::string("cannot read standard input") : std::string("read failed: ") + std::strerror(saved)};
    return false;
  }
  return true;
}

}  // namespace

bool read_bytes(const std::string& path, std::string& bytes, InputError& error, std::size_t limit) {
  bytes.clear();
  if (path == "-") {
    std::FILE* file = stdin;
    char buffer[65536];
    std::size_t n;
    while (bytes.size() <= limit && (n = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, n);
    return close_input(path, file, error);
  }
  // A file: open, fstat, read straight into the string (two reads when the size is known), close.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat st {};
  if (fd < 0) {
    int saved = errno;
    error = {path, ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode) ? "Is a directory" : std::strerror(saved)};
    return false;
  }
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    error = {path, "Is a directory"};
    return false;
  }
  // One byte more than the size, so that the read that finds the end needs no growth; at most limit + 1.
  std::size_t want = S_ISREG(st.st_mode) && st.st_size >= 0 ? static_cast<std::size_t>(st.st_size) + 1 : 65536;
  bytes.resize(std::min(want, limit + 1));
  std::size_t have = 0;
  while (have <= limit) {
    if (have == bytes.size()) bytes.resize(std::min(std::max<std::size_t>(2 * bytes.size(), 65536), limit + 1));
    ssize_t n = ::read(fd, bytes.data() + have, bytes.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int saved = errno;
      ::close(fd);
      bytes.resize(have);
      error = {path, std::string("read failed: ") + std::strerror(saved)};
      return false;
    }
    if (n == 0) break;
    have += static_cast<std::size_t>(n);
  }
  bytes.resize(have);
  ::close(fd);
  return true;
}

bool read_lines(const std::string& path, const std::function<void(std::string_view)>& consume, InputError& error,
                std::size_t chunk) {
  std::FILE* file = open_input(path, error);
  if (!file) return false;
  std::string bytes;
  char buffer[65536];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
    bytes.append(buffer, n);
    if (bytes.size() < chunk) continue;
    std::size_t cut = bytes.rfind('\n');
    if (cut == std::string::npos) continue;  // one long line: keep reading
    consume(std::string_view(bytes).substr(0, cut + 1));
    bytes.erase(0, cut + 1);
  }
  if (!bytes.empty()) consume(bytes);
  return close_input(path, file, error);
}

bool read_input(const std::string& path, SourceText& out, InputError& error, InputFormat format) {
  out.path = path;
  out.meta = {};
  std::string bytes;
  if (!read_bytes(path, bytes, error, detail::kMaxTextBytes)) return false;
  // An article is read whole and its tokens carry 32-bit offsets.
  auto too_large = [&] {
    error = {path, "file too large: an article may have at most " + std::to_string(detail::kMaxTextBytes >> 30) + " GiB"};
    return false;
  };
  if (bytes.size() > detail::kMaxTextBytes) return too_large();
  if (plain_text(bytes)) {  // decoding would copy it unchanged, with no warning
    out.text = std::move(bytes);
    out.warnings.clear();
  } else {
    Decoded decoded = decode_text(bytes);
    if (decoded.text.size() > detail::kMaxTextBytes) return too_large();
    if (decoded.binary) {
      out.text.clear();
      out.warnings = {"binary file skipped"};
      return true;
    }
    out.text = std::move(decoded.text);
    out.warnings = std::move(decoded.warnings);
  }
  if (format == InputFormat::html) {
    std::string().swap(bytes);
    HtmlPage page = read_html(out.text);
    out.text = std::move(page.text);
    out.meta = std::move(page.meta);
    out.warnings.insert(out.warnings.end(), page.warnings.begin(), page.warnings.end());
  }
  return true;
}

}  // namespace tally
