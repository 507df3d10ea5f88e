#include "text.h"

#include <algorithm>
#include <array>

namespace tally::detail {
namespace {

bool ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
char lower(unsigned char c) { return ascii_upper(c) ? static_cast<char>(c | 0x20) : static_cast<char>(c); }

enum class Special { none, space, apostrophe, quote, dash, ellipsis, symbol };

/// Classifies a multi-byte punctuation or space sequence at p; len receives its byte length.
Special special_at(std::string_view s, std::size_t i, std::size_t& len) {
  auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  len = 1;
  if (b(0) == 0xC2 && b(1) == 0xA0) return len = 2, Special::space;
  if (b(0) == 0xC2 && (b(1) == 0xAB || b(1) == 0xBB)) return len = 2, Special::quote;
  if (b(0) == 0xC2 && b(1) == 0xB7) return len = 2, Special::symbol;  // middle dot, a list bullet
  if (b(0) == 0xE2 && b(1) == 0x80) {
    unsigned char c = static_cast<unsigned char>(b(2));
    len = 3;
    if ((c >= 0x80 && c <= 0x8A) || c == 0xAF || c == 0xA8 || c == 0xA9) return Special::space;
    if (c == 0x98 || c == 0x99 || c == 0xB2) return Special::apostrophe;
    if (c == 0x9C || c == 0x9D || c == 0x9E) return Special::quote;
    if (c == 0x90 || c == 0x91 || c == 0x92 || c == 0x93 || c == 0x94 || c == 0x95) return Special::dash;
    if (c == 0xA6) return Special::ellipsis;
    if (c == 0xA2 || c == 0xA3) return Special::symbol;  // bullets
    len = 1;
    return Special::none;
  }
  // bullets, arrows, shapes, stars and check marks that open list lines ("▪", "▽", "●", "→", "✓"), the
  // minus sign of a change ("57−8"), and the lenticular brackets of a Japanese page ("【", "】")
  if (b(0) == 0xE2 && (b(1) == 0x96 || b(1) == 0x97 || b(1) == 0x86 || b(1) == 0x98 || b(1) == 0x9C || b(1) == 0x9E ||
                       (b(1) == 0x88 && b(2) == 0x92)))
    return len = 3, Special::symbol;
  if (b(0) == 0xE3 && b(1) == 0x80 && (b(2) == 0x90 || b(2) == 0x91)) return len = 3, Special::symbol;
  if (b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) return len = 3, Special::space;
  return Special::none;
}

bool is_space_byte(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v'; }

/// True when the byte at i starts a word character (letter, or a non-punctuation UTF-8 sequence).
bool word_char_at(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (ascii_alpha(c)) return true;
  if (c < 0x80) return false;
  std::size_t len;
  return special_at(s, i, len) == Special::none && c >= 0xC0;
}

std::size_t utf8_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

constexpr std::array<std::string_view, 40> kAbbreviations{
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "gen", "lt", "col", "sen", "rep", "gov",
    "prof", "inc", "ltd", "co", "vs", "v", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mt", "ft", "capt", "maj", "sgt", "hon", "rev"};

bool is_abbreviation(std::string_view norm) {
  if (norm.size() == 1) return true;
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), norm) != kAbbreviations.end();
}

/// True when the digits at i end a word that is a name glued to a count ("Japan223", "Komeito9"): at least
/// three letters before, the last in lower case, and nothing but digits up to the next space or mark.
bool glued_count(std::string_view s, std::size_t i, std::string_view so_far) {
  if (so_far.size() < 3 || i == 0 || !(s[i - 1] >= 'a' && s[i - 1] <= 'z')) return false;
  if (!std::all_of(so_far.begin(), so_far.end(), [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }))
    return false;
  std::size_t j = i;
  while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
  return j == s.size() || !((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') || s[j] == '_');
}

/// True when the digits at i start a name written with them: up to four digits and then three capital
/// letters or more, or a capital and lower-case letters, up to the next space or mark ("50PLUS", "50Plus",
/// "5STAR"); not "2024" or "18th" or "3D".
bool digit_led_name(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && j < i + 5 && ascii_digit(static_cast<unsigned char>(s[j]))) ++j;
  if (j == i || j - i > 4) return false;
  std::size_t k = j;
  while (k < s.size() && ascii_upper(static_cast<unsigned char>(s[k]))) ++k;
  // ("50Plus": a capital, then lower-case letters)
  if (k == j + 1)
    while (k < s.size() && s[k] >= 'a' && s[k] <= 'z') ++k;
  return k - j >= 3 && (k == s.size() || !(ascii_alpha(static_cast<unsigned char>(s[k])) || ascii_digit(static_cast<unsigned char>(s[k]))));
}

}  // namespace

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

Tokens tokenize(std::string_view s) {
  if (s.size() > kMaxTextBytes) s = s.substr(0, kMaxTextBytes);  // 32-bit token offsets; input.cc refuses such files
  Tokens out;
  // Reserve an upper bound once instead of doubling (a doubling copy holds 1.5x the final size at its peak):
  // a token is a run of word bytes or one other byte, so there are at most 2 x (other bytes) + 1 of them.
  // Pages reserved and never written cost address space, not memory.
  std::size_t other_bytes = 0;
  for (unsigned char c : s) other_bytes += !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80);
  out.items.reserve(std::min(s.size(), 2 * other_bytes) + 1);
  out.norms.reserve(s.size() + 1);
  std::size_t i = 0;
  int newlines = 0;
  bool space = true;
  bool hyphen = false;
  std::size_t line_start = 0;
  std::size_t last_line_length = 1000;
  bool last_line_closed = false;  // previous line ended with sentence punctuation

  auto push = [&](Token t) {
    t.newlines_before = static_cast<std::uint8_t>(std::min(newlines, 2));
    t.blank_line_before = newlines >= 2 || out.items.empty();
    t.space_before = space;
    t.hyphen_before = hyphen;
    // A single line break ends a sentence after a short line (a headline, a table row) or after
    // sentence punctuation; hard-wrapped prose keeps going.
    if (newlines == 1 && (last_line_length < 60 || last_line_closed)) t.newlines_before = 2;
    out.items.push_back(t);
    newlines = 0;
    space = false;
    hyphen = false;
  };

  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = 1;
    Special sp = c >= 0x80 ? special_at(s, i, len) : Special::none;
    if (is_space_byte(c) || sp == Special::space) {
      if (c == '\n') {
        last_line_length = i - line_start;
        std::size_t k = i;
        while (k > line_start && (s[k - 1] == ' ' || s[k - 1] == '\t')) --k;
        char end = k > line_start ? s[k - 1] : '.';
        last_line_closed = end == '.' || end == '!' || end == '?' || end == ':' || end == '"' ||
                           (k >= 3 && static_cast<unsigned char>(s[k - 1]) == 0x9D);
        if (k == line_start) last_line_length = 0;
        line_start = i + 1;
        ++newlines;
      }
      space = true;
      hyphen = false;
      i += len;
      continue;
    }
    bool digit_name = ascii_digit(c) && digit_led_name(s, i);
    if (ascii_digit(c) && !digit_name) {
      Token t;
      t.kind = TokKind::number;
      t.begin = i;
      double value = 0, scale = 0;
      // the comma-separated groups of digits, as far as the two grouping styles need them: how many, the
      // first, the last, whether all after the first have 3 digits and whether all between the first and the
      // last have 2
      struct Groups {
        int n = 0, front = 0, back = 0;
        bool rest3 = true, middle2 = true;
        void add(int g) {
          if (n == 0) front = g;
          if (n >= 1) rest3 &= g == 3;
          if (n >= 2) middle2 &= back == 2;
          back = g;
          ++n;
        }
      } groups;
      int group = 0;
      bool saturated = false;
      while (i < s.size()) {
        auto d = static_cast<unsigned char>(s[i]);
        if (ascii_digit(d)) {
          if (scale > 0) {
            value += (d - '0') / scale;
            scale *= 10;
          } else if (!saturated) {
            value = value * 10 + (d - '0');
            if (value > 1e15) saturated = true;
          }
          ++group;
          ++i;
        } else if ((d == ',' || d == '.') && i + 1 < s.size() && ascii_digit(static_cast<unsigned char>(s[i + 1])) &&
                   scale == 0) {
          if (d == '.') {
            t.decimal = true;
            scale = 10;
          } else {
            t.grouped = true;
            groups.add(group);
            group = 0;
          }
          ++i;
        } else {
          break;
        }
      }
      if (t.grouped) {
        groups.add(group);
        bool western = groups.front >= 1 && groups.front <= 3 && groups.rest3;
        bool indian = groups.n >= 2 && groups.back == 3 && groups.front >= 1 && groups.front <= 2 && groups.middle2;
        t.grouping_ok = western || indian;
      }
      t.value = saturated ? 1e16 : value;
      // ordinal suffix
      if (i + 1 < s.size()) {
        char a = lower(static_cast<unsigned char>(s[i])), b = lower(static_cast<unsigned char>(s[i + 1]));
        bool suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
        if (suffix && (i + 2 >= s.size() || !ascii_alpha(static_cast<unsigned char>(s[i + 2])))) {
          t.ordinal = true;
          i += 2;
        }
      }
      t.end = i;
      t.norm_begin = out.norms.size();
      out.norms.append(s.substr(t.begin, t.end - t.begin));
      t.norm_len = static_cast<std::uint32_t>(t.end - t.begin);
      push(t);
      continue;
    }
    if (digit_name || word_char_at(s, i)) {
      Token t;
      t.kind = TokKind::word;
      t.begin = i;
      t.norm_begin = out.norms.size();
      t.cap = ascii_upper(c) || c >= 0x80 || digit_name;
      bool any_lower = false, any_letter = false;
      // "U.S." style initials
      if (ascii_alpha(c) && i + 3 < s.size() && s[i + 1] == '.' && ascii_alpha(static_cast<unsigned char>(s[i + 2])) &&
          s[i + 3] == '.') {
        while (i + 1 < s.size() && ascii_alpha(static_cast<unsigned char>(s[i])) && s[i + 1] == '.') {
          out.norms.push_back(lower(static_cast<unsigned char>(s[i])));
          any_letter = true;
          any_lower |= !ascii_upper(static_cast<unsigned char>(s[i]));
          i += 2;
        }
      } else {
        while (i < s.size()) {
          auto d = static_cast<unsigned char>(s[i]);
          if (d >= 'a' && d <= 'z') {
            // a run of lower-case letters, the common case: copied as it is (the general branch below would
            // take them one by one to the same effect)
            std::size_t j = i + 1;
            while (j < s.size() && s[j] >= 'a' && s[j] <= 'z') ++j;
            out.norms.append(s.data() + i, j - i);
            any_letter = any_lower = true;
            i = j;
            continue;
          }
          std::size_t dl = 1;
          Special ds = d >= 0x80 ? special_at(s, i, dl) : Special::none;
          if (ascii_alpha(d) || ascii_digit(d)) {
            std::string_view so_far(out.norms.data() + t.norm_begin, out.norms.size() - t.norm_begin);
            if (ascii_digit(d) && glued_count(s, i, so_far)) break;  // "Japan223 68 291": a name, then its count
            // "368 MPsLabour - 191 MPs": a unit glued to the next row's name
            if (ascii_upper(d) && any_lower && (so_far == "mps" || so_far == "seats" || so_far == "mp")) break;
            any_letter |= ascii_alpha(d);
            any_lower |= d >= 'a' && d <= 'z';
            out.norms.push_back(lower(d));
            ++i;
          } else if (d >= 0x80 && ds == Special::none) {
            std::size_t n = std::min(utf8_len(d), s.size() - i);
            out.norms.append(s.substr(i, n));
            any_letter = true;
            i += n;
          } else if (d == '\'' || ds == Special::apostrophe) {
            std::size_t after = i + dl;
            bool letter_after = after < s.size() && word_char_at(s, after);
            bool s_suffix = after < s.size() && (s[after] == 's' || s[after] == 'S') &&
                            (after + 1 >= s.size() || !word_char_at(s, after + 1));
            if (s_suffix) {
              t.possessive = true;
              i = after + 1;
              break;
            }
            if (letter_after) {
              i = after;  // internal apostrophe: dropped from the normalized form
              continue;
            }
            // trailing apostrophe ("Nawaz'", "Peoples'")
            std::size_t nl = out.norms.size();
            if (nl > t.norm_begin) t.possessive = true;
            i = after;
            break;
          } else {
            break;
          }
        }
      }
      t.upper = any_letter && !any_lower;
      t.end = i;
      // "uMkhonto weSizwe", "eThekwini": a word in lower case with a capital inside is written as a name
      if (!t.cap && t.end - t.begin >= 4)
        for (std::size_t k = t.begin + 1; k < t.end && !t.cap; ++k) t.cap = ascii_upper(static_cast<unsigned char>(s[k]));
      t.norm_len = static_cast<std::uint32_t>(out.norms.size() - t.norm_begin);
      push(t);
      continue;
    }
    // punctuation
    bool joined_dash = false;
    if (c == '-' || sp == Special::dash || (c == '/' )) {
      bool before_word = i > 0 && !out.items.empty() && !space && out.items.back().kind != TokKind::punct;
      std::size_t after = i + len;
      bool after_word = after < s.size() && (word_char_at(s, after) || ascii_digit(static_cast<unsigned char>(s[after])));
      joined_dash = before_word && after_word;
    }
    if (joined_dash) {
      hyphen = true;
      i += len;
      continue;
    }
    Token t;
    t.kind = TokKind::punct;
    t.begin = i;
    t.end = i + len;
    // "Nepali Congress ........ 37", "SYRIZA …… 47": dot leaders before a number are one separator, like a
    // dash (not three sentence ends)
    if ((c == '.' && i + 1 < s.size() && s[i + 1] == '.') || sp == Special::ellipsis) {
      std::size_t j = i, dots = 0;
      while (j < s.size()) {
        if (s[j] == '.') ++j, ++dots;
        else if (j + 2 < s.size() && static_cast<unsigned char>(s[j]) == 0xE2 && static_cast<unsigned char>(s[j + 1]) == 0x80 &&
                 static_cast<unsigned char>(s[j + 2]) == 0xA6) j += 3, dots += 3;
        else break;
      }
      std::size_t after = j;
      while (after < s.size() && s[after] == ' ') ++after;
      if (dots >= 4 && after < s.size() && ascii_digit(static_cast<unsigned char>(s[after]))) {
        t.end = j;
        t.punct = '-';
        t.norm_begin = out.norms.size();
        out.norms.push_back(t.punct);
        t.norm_len = 1;
        i = t.end;
        push(t);
        continue;
      }
    }
    switch (sp) {
      case Special::quote: t.punct = '"'; break;
      case Special::apostrophe: t.punct = '"'; break;
      case Special::dash: t.punct = '-'; break;
      case Special::ellipsis: t.punct = ','; break;
      default:
        switch (c) {
          case '(': case '[': case '{': t.punct = '('; break;
          case ')': case ']': case '}': t.punct = ')'; break;
          case '\'': t.punct = '"'; break;
          case ',': case '.': case ';': case ':': case '!': case '?': case '"': case '-': case '%':
          case '&': case '/': case '+': case '|': case '#': case '*':
            t.punct = static_cast<char>(c);
            break;
          default: t.punct = '*'; break;
        }
    }
    if (c >= 0x80 && sp == Special::none) t.end = i + std::min(utf8_len(c), s.size() - i);
    t.norm_begin = out.norms.size();
    out.norms.push_back(t.punct);
    t.norm_len = 1;
    i = t.end;
    bool keep_space = space;
    push(t);
    (void)keep_space;
  }

  // Sentences.
  constexpr std::size_t kLongSentence = 256;
  auto& items = out.items;
  std::size_t start = 0;
  for (std::size_t k = 0; k < items.size(); ++k) {
    bool boundary = false;
    if (k > 0) {
      if (items[k].newlines_before >= 2) {
        boundary = true;
      } else {
        // Skip closing quotes and brackets after the full stop.
        std::size_t p = k - 1;
        while (p > start && items[p].kind == TokKind::punct && (items[p].punct == '"' || items[p].punct == ')')) --p;
        const Token& prev = items[p];
        bool final = prev.kind == TokKind::punct && (prev.punct == '.' || prev.punct == '!' || prev.punct == '?');
        if (final && items[k].space_before) {
          const Token& next = items[k];
          bool opens = next.cap || next.kind == TokKind::number || (next.kind == TokKind::punct && (next.punct == '"' || next.punct == '('));
          bool abbreviation = prev.punct == '.' && p > 0 && items[p - 1].kind == TokKind::word &&
                              !items[p].space_before && is_abbreviation(out.norm(p - 1)) && items[p - 1].cap;
          boundary = opens && !abbreviation;
        }
      }
    }
    // No real sentence is this long: a run-on one is cut at a comma, a semicolon or a line break past
    // kLongSentence tokens, and anywhere past twice that, so that the work per sentence stays bounded.
    if (!boundary && k - start >= kLongSentence) {
      const Token& prev = items[k - 1];
      bool soft = items[k].newlines_before >= 1 ||
                  (prev.kind == TokKind::punct && (prev.punct == ',' || prev.punct == ';' || prev.punct == ':'));
      boundary = soft || k - start >= 2 * kLongSentence;
    }
    if (boundary && k > start) {
      out.sentences.push_back({start, k});
      start = k;
    }
    items[k].sentence_start = (k == start);
  }
  if (start < items.size()) out.sentences.push_back({start, items.size()});
  return out;
}

std::string lower_latin(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto c = static_cast<unsigned char>(out[i]);
    if (ascii_upper(c)) {
      out[i] = static_cast<char>(c | 0x20);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      auto n = static_cast<unsigned char>(out[i + 1]);
      if (n >= 0x80 && n <= 0x9E && n != 0x97) out[i + 1] = static_cast<char>(n + 0x20);  // À..Þ, not ×
      ++i;
    }
  }
  return out;
}

std::vector<std::string> alias_tokens(std::string_view alias) {
  Tokens t = tokenize(alias);
  std::vector<std::string> out;
  out.reserve(t.items.size());
  for (std::size_t k = 0; k < t.items.size(); ++k) {
    if (t.items[k].kind == TokKind::punct && t.items[k].punct == '.') continue;
    out.emplace_back(t.norm(k));
  }
  return out;
}

}  // namespace tally::detail
