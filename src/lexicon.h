#pragma once
// Internal: the compiled alias tables and word lists used by extraction.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tally/extract.h"
#include "text.h"
#include "words.h"

namespace tally {

enum class EntityKind : std::uint8_t { party, source, chamber };

/// One alias of one table entry, as normalized tokens.
struct AliasEntry {
  std::vector<std::string> tokens;
  EntityKind kind = EntityKind::party;
  int index = 0;             ///< into Tables::parties, sources or chambers
  bool any_case = false;     ///< '~' alias: lower case allowed
  bool needs_upper = false;  ///< acronym: the text must be upper case too
};

/// A table match at a token position: every entry whose alias covers [first, first + length).
struct AliasMatch {
  std::size_t length = 0;
  std::vector<const AliasEntry*> entries;
};

struct Lexicon::Impl {
  Tables tables;
  std::vector<AliasEntry> entries;
  detail::WordTable first_words{std::size_t{1} << 16};  ///< first token of an alias -> index into by_first
  std::vector<std::vector<std::size_t>> by_first;  ///< entries (indexes into entries) by first token
  /// The same entries split for match(): those of one token by first token (parallel to by_first), and
  /// those of two tokens or more by their first two (pair_key), each list in the order of by_first.
  std::vector<std::vector<std::size_t>> singles_by_first;
  detail::WordTable first_pairs{std::size_t{1} << 16};  ///< pair_key -> index into by_pair
  std::vector<std::vector<std::size_t>> by_pair;
  /// The electoral bodies of each country (indexes into tables.sources, in table order), with their
  /// canonical name and aliases in lower case: country_body_named() reads these instead of every source.
  struct CountryBody {
    std::size_t source = 0;
    std::vector<std::string> lower_names;
  };
  std::unordered_map<std::string, std::vector<CountryBody>> bodies_by_country;
  /// The countries with a regional chamber an alias of which opens with a word (its norm): a place whose first
  /// word opens none of the article country's is no region with a legislature (regional_chamber()).
  std::unordered_map<std::string, std::vector<std::string>> regional_first_words;

  explicit Impl(const Tables& t);
  /// Longest alias match starting at token i of the given tokens.
  AliasMatch match(const detail::Tokens& tokens, std::size_t i, std::size_t limit) const;

 private:
  /// Adds to best the entries of list that the tokens from i match, keeping only the longest.
  void add_matches(AliasMatch& best, const std::vector<std::size_t>& list, const detail::Tokens& tokens, std::size_t i,
                   std::size_t limit) const;
  static void pair_key(std::string& key, std::string_view a, std::string_view b) {
    key.assign(a);
    key += '\x1f';
    key += b;
  }
};

namespace detail {

/// Parses number words at token i ("eight", "twenty-one", "two hundred and forty", "a dozen").
/// Returns the number of tokens used (0 when none) and sets value.
std::size_t number_words(const Tokens& tokens, std::size_t i, std::size_t limit, long& value);

}  // namespace detail
}  // namespace tally
