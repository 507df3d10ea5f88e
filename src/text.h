#pragma once
// Internal: tokens and sentences of a document's text, with byte offsets.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tally::detail {

enum class TokKind : std::uint8_t { word, number, punct };

/// One token; words and numbers carry a normalized (lower-case, apostrophe-free) form.
struct Token {
  // 32 bytes a token: offsets are 32-bit (tokenize() refuses no text, but input.cc reads no file over
  // kMaxTextBytes), flags are bit fields. Punctuation-dense text has a token a byte, so this is most of the
  // memory an article takes.
  std::uint32_t begin = 0, end = 0;  ///< byte offsets in the text
  std::uint32_t norm_begin = 0;      ///< offset of the normalized form in Tokens::norms
  std::uint32_t norm_len = 0;
  double value = 0;           ///< numeric value of a number token (huge values saturate)
  TokKind kind = TokKind::punct;
  char punct = 0;             ///< for punct: ( ) , . ; : ! ? " - % & / + or '*' for other symbols
  std::uint8_t newlines_before = 0;  ///< line breaks between this token and the previous (capped at 2)
  bool cap : 1 = false;           ///< starts with an upper-case letter
  bool upper : 1 = false;         ///< every letter upper case (at least one letter)
  bool hyphen_before : 1 = false; ///< joined to the previous token by a hyphen or slash
  bool space_before : 1 = true;   ///< white space (or start of text) before it
  bool possessive : 1 = false;    ///< had a trailing 's or '
  bool sentence_start : 1 = false;///< first token of a sentence
  bool ordinal : 1 = false;       ///< number with st/nd/rd/th
  bool blank_line_before : 1 = false;  ///< a blank line (or the start of the text) precedes it
  bool decimal : 1 = false;       ///< number with a decimal point
  bool grouped : 1 = false;       ///< number with thousands separators
  bool grouping_ok : 1 = true;    ///< separators are Western (1,234,567) or Indian (12,34,567)
};
static_assert(sizeof(Token) <= 32, "Token is the bulk of an article's memory");

/// The largest text tokenize() is given: token offsets are 32-bit.
inline constexpr std::size_t kMaxTextBytes = std::size_t{3} << 30;  // 3 GiB

/// A sentence: tokens [first, last).
struct Sentence {
  std::size_t first = 0, last = 0;
};

/// The tokens of a text and the arena of their normalized forms.
struct Tokens {
  std::vector<Token> items;
  std::string norms;
  std::vector<Sentence> sentences;
  std::string_view norm(const Token& t) const { return std::string_view(norms).substr(t.norm_begin, t.norm_len); }
  std::string_view norm(std::size_t i) const { return norm(items[i]); }
};

/// Splits text into tokens and sentences in one linear pass.
Tokens tokenize(std::string_view text);

/// s with its ASCII capitals in lower case (other bytes as they are).
std::string lower_ascii(std::string_view s);

/// Lower case of ASCII letters and of the Latin-1 letters written in UTF-8 ("BOGOTÁ" -> "bogotá").
std::string lower_latin(std::string_view s);

/// Normalizes a table alias into the token norms the matcher compares with.
std::vector<std::string> alias_tokens(std::string_view alias);

}  // namespace tally::detail
