// JSON Lines article feeds (see feed_reader.h).
#include "feed_reader.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>
#include <optional>

#include "published_date.h"
#include "tally/input.h"

namespace tally {

FeedReader::~FeedReader() {
  if (file_ && file_ != stdin) std::fclose(file_);
}

bool FeedReader::open(const std::string& path, InputError& error) {
  path_ = path;
  if (path == "-") {
    file_ = stdin;
    return true;
  }
  file_ = std::fopen(path.c_str(), "rb");
  if (!file_) {
    error = {path, std::strerror(errno)};
    return false;
  }
  return true;
}

void FeedReader::open(std::FILE* file, const std::string& path) {
  path_ = path;
  file_ = file;
}

bool FeedReader::fill() {
  if (eof_ || !file_) return false;
  buffer_.erase(0, at_);
  at_ = 0;
  char chunk[65536];
  std::size_t n = std::fread(chunk, 1, sizeof chunk, file_);
  if (n == 0) {
    eof_ = true;
    if (std::ferror(file_)) {
      error_ = file_ == stdin ? std::string("cannot read standard input") : std::string("read failed: ") + std::strerror(errno);
    }
    return false;
  }
  buffer_.append(chunk, n);
  return true;
}

bool FeedReader::next(FeedLine& line) {
  for (;;) {
    line.text.clear();
    line.too_long = false;
    bool any = false;  // bytes of this line seen (it exists even when empty)
    for (;;) {
      std::size_t nl = buffer_.find('\n', at_);
      std::size_t end = nl == std::string::npos ? buffer_.size() : nl;
      if (end > at_) any = true;
      if (!line.too_long) {
        if (line.text.size() + (end - at_) > max_line_) {
          line.too_long = true;
          line.text.clear();
          line.text.shrink_to_fit();
        } else {
          line.text.append(buffer_, at_, end - at_);
        }
      }
      if (nl != std::string::npos) {
        at_ = nl + 1;
        any = true;
        break;
      }
      at_ = buffer_.size();
      if (!fill()) break;
    }
    if (!any) return false;  // the end of the feed
    line.number = ++number_;
    if (number_ == 1) {
      if (line.text.compare(0, 3, "\xEF\xBB\xBF") == 0) line.text.erase(0, 3);
      if (line.text.compare(0, 2, "\xFF\xFE") == 0 || line.text.compare(0, 2, "\xFE\xFF") == 0) {
        error_ = "a JSON Lines feed must be UTF-8; this one is UTF-16";
        eof_ = true;
        return false;
      }
    }
    if (line.too_long) return true;
    if (line.text.find_first_not_of(" \t\r\f\v") != std::string::npos) return true;
  }
}

bool FeedReader::failed(InputError& error) const {
  if (error_.empty()) return false;
  error = {path_, error_};
  return true;
}

std::string feed_line_name(const std::string& path, long line) { return path + ":" + std::to_string(line); }

namespace {

constexpr std::array<std::string_view, 3> kTextKeys{"text", "content", "body"};
constexpr std::array<std::string_view, 3> kDateKeys{"date", "published", "published_at"};
constexpr std::size_t kMaxField = 4096;  // url, title, id

template <std::size_t N>
int rank_of(const std::array<std::string_view, N>& keys, std::string_view key) {
  for (std::size_t i = 0; i < N; ++i) {
    if (keys[i] == key) return static_cast<int>(i);
  }
  return -1;
}

/// The length of the valid UTF-8 character at s[i], or 0 when the byte there starts none.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char b = p[i];
  if (b < 0x80) return 1;
  std::size_t len = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
  if (len == 0 || s.size() - i < len) return 0;
  char32_t c = b & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    if ((p[i + k] & 0xC0) != 0x80) return 0;
    c = (c << 6) | (p[i + k] & 0x3F);
  }
  static constexpr char32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < min[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  return len;
}

/// True when the bytes are UTF-8 without NUL: nothing for decode_text to change before parsing.
bool clean_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = s[i] == '\0' ? 0 : utf8_length(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

/// The text with every byte that starts no valid UTF-8 character replaced by U+FFFD.
std::string repair_utf8(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = utf8_length(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s, i, len);
      i += len;
    }
  }
  return out;
}

/// At most max bytes of valid UTF-8, cut on a character boundary.
std::string cut(std::string s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t at = max;
  while (at > 0 && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
  s.resize(at);
  return s;
}

/// nlohmann SAX handler that keeps the top-level fields a feed line may have.
struct Fields {
  using number_integer_t = nlohmann::json::number_integer_t;
  using number_unsigned_t = nlohmann::json::number_unsigned_t;
  using number_float_t = nlohmann::json::number_float_t;
  using string_t = nlohmann::json::string_t;
  using binary_t = nlohmann::json::binary_t;

  int depth = 0;
  bool started = false, object = false;
  std::string current;  ///< the last key at depth 1
  std::array<std::optional<std::string>, 3> text;  ///< by kTextKeys
  std::string wrong_text;                          ///< a text key whose value is not a string
  std::array<std::optional<std::string>, 3> date;  ///< by kDateKeys, as written (a number as its digits)
  std::optional<std::string> url, title, id;
  bool record = false;  ///< a "record" field: a line of 'tally extract' output
  std::string error;

  bool begin(bool is_object) {
    if (!started) {
      started = true;
      object = is_object;
      if (!object) return false;
    }
    return true;
  }
  /// A scalar value; s is its text when it is a string or a number.
  bool value(const std::string* s, bool is_string) {
    if (!begin(false)) return false;
    if (depth != 1) return true;
    if (int t = rank_of(kTextKeys, current); t >= 0) {
      if (is_string && !text[t]) {
        text[t] = *s;
      } else if (!is_string && wrong_text.empty()) {
        wrong_text = current;
      }
    } else if (int d = rank_of(kDateKeys, current); d >= 0 && s && !date[d]) {
      date[d] = *s;
    } else if (s && current == "url" && is_string && !url) {
      url = cut(*s, kMaxField);
    } else if (s && current == "title" && is_string && !title) {
      title = cut(*s, kMaxField);
    } else if (s && current == "id" && !id) {
      id = cut(*s, kMaxField);
    } else if (current == "record") {
      record = true;
    }
    return true;
  }
  bool null() { return value(nullptr, false); }
  bool boolean(bool) { return value(nullptr, false); }
  bool number_integer(number_integer_t v) {
    std::string s = std::to_string(v);
    return value(&s, false);
  }
  bool number_unsigned(number_unsigned_t v) {
    std::string s = std::to_string(v);
    return value(&s, false);
  }
  bool number_float(number_float_t, const string_t& s) { return value(&s, false); }
  bool string(string_t& s) { return value(&s, true); }
  bool binary(binary_t&) { return value(nullptr, false); }
  bool nested(bool is_object) {
    if (!begin(is_object)) return false;
    if (depth == 1 && rank_of(kTextKeys, current) >= 0 && wrong_text.empty()) wrong_text = current;
    ++depth;
    return true;
  }
  bool start_object(std::size_t) { return nested(true); }
  bool start_array(std::size_t) { return nested(false); }
  bool end_object() { return --depth, true; }
  bool end_array() { return --depth, true; }
  bool key(string_t& k) {
    if (depth == 1) current = k;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    error = e.what();
    return false;
  }
};

/// CR and CRLF as LF, NUL as a space, in place; returns the number of NULs.
std::size_t normalize_breaks(std::string& s) {
  if (s.find_first_of(std::string_view("\r\0", 2)) == std::string::npos) return 0;
  std::size_t nuls = 0, out = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\r') {
      c = '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else if (c == '\0') {
      c = ' ';
      ++nuls;
    }
    s[out++] = c;
  }
  s.resize(out);
  return nuls;
}

/// nlohmann's message without its exception tag, and without "line 1" (a feed line is one line); valid UTF-8
/// (the bytes it last read may end inside a character) of at most 200 bytes.
std::string json_message(std::string m) {
  if (m.rfind("[json.exception.", 0) == 0) {
    std::size_t close = m.find("] ");
    if (close != std::string::npos) m.erase(0, close + 2);
  }
  if (std::size_t at = m.find("at line 1, column"); at != std::string::npos) m.replace(at, 17, "at column");
  return cut(repair_utf8(m), 200);
}

}  // namespace

bool read_feed_line(std::string_view line, const std::string& name, SourceText& out, InputError& error) {
  out = SourceText{};
  out.path = name;
  // Bytes that are not UTF-8 are read as Latin-1 and NUL as a space, as in text files, with a warning.
  std::string decoded;
  if (!clean_utf8(line)) {
    Decoded d = decode_text(line);
    if (d.binary) {
      error = {name, "binary data, not a JSON object"};
      return false;
    }
    decoded = std::move(d.text);
    line = decoded;
    out.warnings = std::move(d.warnings);
  }
  Fields f;
  bool parsed = nlohmann::json::sax_parse(line, &f, nlohmann::json::input_format_t::json, true);
  if (!f.error.empty()) {
    error = {name, "malformed JSON: " + json_message(f.error)};
    return false;
  }
  if (!parsed || !f.object) {
    error = {name, "not a JSON object"};
    return false;
  }
  const std::optional<std::string>* text = nullptr;
  for (auto& t : f.text) {
    if (t && !text) text = &t;
  }
  if (!text) {
    if (!f.wrong_text.empty()) {
      error = {name, "field '" + f.wrong_text + "' is not a string"};
    } else if (f.record) {
      error = {name, "a 'tally extract' record, not an article: read such lines with 'tally reconcile'"};
    } else {
      error = {name, "no text: an article line needs a \"text\", \"content\" or \"body\" string"};
    }
    return false;
  }
  // The text as a text file's: CR and CRLF as LF, NUL as a space (escapes may have put them there).
  out.text = std::move(**text);
  std::size_t nuls = normalize_breaks(out.text);
  if (nuls) out.warnings.push_back(std::to_string(nuls) + " NUL characters read as spaces");
  for (std::size_t i = 0; i < f.date.size(); ++i) {
    if (!f.date[i]) continue;
    if (auto d = parse_published_date(*f.date[i])) {
      out.meta.date = d;
      out.meta.date_from = "field '" + std::string(kDateKeys[i]) + "'";
      break;
    }
    out.warnings.push_back("field '" + std::string(kDateKeys[i]) + "' is not a date ('" + cut(*f.date[i], 60) +
                           "'); ignored");
  }
  if (f.url) out.meta.url = std::move(*f.url);
  if (f.title) out.meta.title = std::move(*f.title);
  if (f.id) out.meta.id = std::move(*f.id);
  return true;
}

}  // namespace tally
