#include "lexicon.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace tally {

Lexicon::Lexicon(const Tables& tables) : impl_(std::make_unique<Impl>(tables)) {}
Lexicon::~Lexicon() = default;

Lexicon::Impl::Impl(const Tables& t) : tables(t) {
  auto add = [&](std::string_view alias, EntityKind kind, int index) {
    AliasEntry entry;
    entry.kind = kind;
    entry.index = index;
    if (!alias.empty() && alias.front() == '~') {
      entry.any_case = true;
      alias.remove_prefix(1);
    }
    entry.tokens = detail::alias_tokens(alias);
    if (entry.tokens.empty()) return;
    // An acronym alias (all capitals, at least two letters) must be written in capitals.
    detail::Tokens tok = detail::tokenize(alias);
    entry.needs_upper = !entry.any_case && !tok.items.empty() && tok.items[0].upper && tok.items[0].norm_len >= 2;
    entries.push_back(std::move(entry));
  };
  for (std::size_t i = 0; i < tables.parties.size(); ++i) {
    for (auto& a : tables.parties[i].aliases) add(a, EntityKind::party, static_cast<int>(i));
  }
  for (std::size_t i = 0; i < tables.sources.size(); ++i) {
    for (auto& a : tables.sources[i].aliases) add(a, EntityKind::source, static_cast<int>(i));
  }
  for (std::size_t i = 0; i < tables.chambers.size(); ++i) {
    for (auto& a : tables.chambers[i].aliases) add(a, EntityKind::chamber, static_cast<int>(i));
    if (tables.chambers[i].national) continue;
    for (auto& a : tables.chambers[i].aliases) {
      if (a.empty()) continue;
      std::vector<std::string> words = detail::alias_tokens(a.front() == '~' ? std::string_view(a).substr(1) : std::string_view(a));
      if (words.empty()) continue;
      auto& countries = regional_first_words[words.front()];
      if (std::find(countries.begin(), countries.end(), tables.chambers[i].country) == countries.end())
        countries.push_back(tables.chambers[i].country);
    }
  }
  // Duplicate aliases of one entry are harmless but wasteful.
  std::sort(entries.begin(), entries.end(), [](const AliasEntry& a, const AliasEntry& b) {
    // the least demanding duplicate sorts first and is the one kept: lower-case-friendly ('~'), then one that
    // need not be in capitals ("Rise Mzansi" beside "RISE Mzansi")
    return std::tie(a.kind, a.index, a.tokens, b.any_case, a.needs_upper) <
           std::tie(b.kind, b.index, b.tokens, a.any_case, b.needs_upper);
  });
  entries.erase(std::unique(entries.begin(), entries.end(),
                            [](const AliasEntry& a, const AliasEntry& b) {
                              return a.kind == b.kind && a.index == b.index && a.tokens == b.tokens;
                            }),
                entries.end());
  // an entry into the bucket of its key, a bucket made for a key seen first
  auto add_to = [](detail::WordTable& keys, std::vector<std::vector<std::size_t>>& buckets, std::string_view key,
                   std::size_t entry) {
    std::int64_t slot = keys.find(key);
    if (slot < 0) {
      slot = static_cast<std::int64_t>(buckets.size());
      keys.add(key, static_cast<std::uint32_t>(slot));
      buckets.emplace_back();
    }
    buckets[static_cast<std::size_t>(slot)].push_back(entry);
  };
  for (std::size_t i = 0; i < entries.size(); ++i) add_to(first_words, by_first, entries[i].tokens.front(), i);
  for (std::size_t i = 0; i < tables.sources.size(); ++i) {
    const SourceEntry& source = tables.sources[i];
    if (source.kind != SourceKind::electoral_body) continue;
    CountryBody body{i, {detail::lower_ascii(source.canonical)}};
    for (const auto& alias : source.aliases) body.lower_names.push_back(detail::lower_ascii(alias));
    bodies_by_country[source.country].push_back(std::move(body));
  }
  singles_by_first.resize(by_first.size());
  std::string key;
  for (std::size_t slot = 0; slot < by_first.size(); ++slot) {
    for (std::size_t i : by_first[slot]) {
      const auto& words = entries[i].tokens;
      if (words.size() == 1) {
        singles_by_first[slot].push_back(i);
        continue;
      }
      pair_key(key, words[0], words[1]);
      add_to(first_pairs, by_pair, key, i);
    }
  }
}

AliasMatch Lexicon::Impl::match(const detail::Tokens& tokens, std::size_t i, std::size_t limit) const {
  AliasMatch best;
  std::int64_t slot = first_words.find(tokens.norm(i));
  if (slot < 0) return best;
  // The entries of two tokens or more whose second token is the next one, then those of one token: the
  // longest that fit are the match, in the order of by_first (an entry of the other group could not be one).
  if (i + 1 < limit) {
    thread_local std::string key;
    pair_key(key, tokens.norm(i), tokens.norm(i + 1));
    if (std::int64_t pair = first_pairs.find(key); pair >= 0) add_matches(best, by_pair[static_cast<std::size_t>(pair)], tokens, i, limit);
  }
  if (best.length == 0) add_matches(best, singles_by_first[static_cast<std::size_t>(slot)], tokens, i, limit);
  return best;
}

void Lexicon::Impl::add_matches(AliasMatch& best, const std::vector<std::size_t>& list, const detail::Tokens& tokens,
                                std::size_t i, std::size_t limit) const {
  const auto& first = tokens.items[i];
  for (std::size_t e : list) {
    const AliasEntry& entry = entries[e];
    if (!entry.any_case && !first.cap && first.kind == detail::TokKind::word) continue;
    if (entry.needs_upper && !first.upper) continue;
    std::size_t n = entry.tokens.size();
    if (i + n > limit || n < best.length) continue;
    bool ok = true;
    for (std::size_t k = 1; k < n && ok; ++k) ok = tokens.norm(i + k) == entry.tokens[k];
    // A word alias must not stop inside a hyphenated word ("PML" in "PML-N").
    if (ok && i + n < limit && tokens.items[i + n].hyphen_before && tokens.items[i + n].kind == detail::TokKind::word &&
        tokens.items[i + n].norm_len <= 2) {
      ok = false;
    }
    if (!ok) continue;
    if (n > best.length) {
      best.length = n;
      best.entries.clear();
    }
    best.entries.push_back(&entry);
  }
}

namespace detail {
namespace {

struct WordValue {
  std::string_view word;
  long value;
};

constexpr std::array<WordValue, 28> kSmall{{
    {"zero", 0},      {"one", 1},        {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},      {"six", 6},        {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},      {"eleven", 11},    {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},   {"thirty", 30},    {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70},  {"eighty", 80},    {"ninety", 90},
}};

long small_value(std::string_view w) {
  if (w.size() < 3 || w.size() > 9) return -1;
  auto c = static_cast<unsigned>(static_cast<unsigned char>(w.front()) - 'a');
  if (c >= 26) return -1;
  // the words by first letter and length, built once: three at most share both ("twelve", "twenty", "thirty")
  using Bucket = std::array<std::int8_t, 4>;
  static const std::array<Bucket, 26 * 10> buckets = [] {
    std::array<Bucket, 26 * 10> b;
    for (auto& x : b) x.fill(-1);
    for (std::size_t i = 0; i < kSmall.size(); ++i) {
      Bucket& x = b[static_cast<std::size_t>(kSmall[i].word.front() - 'a') * 10 + kSmall[i].word.size()];
      *std::find(x.begin(), x.end(), -1) = static_cast<std::int8_t>(i);
    }
    return b;
  }();
  for (std::int8_t i : buckets[c * 10 + w.size()]) {
    if (i < 0) break;
    const WordValue& wv = kSmall[static_cast<std::size_t>(i)];
    if (std::memcmp(wv.word.data() + 1, w.data() + 1, w.size() - 1) == 0) return wv.value;
  }
  return -1;
}

}  // namespace

std::size_t number_words(const Tokens& tokens, std::size_t i, std::size_t limit, long& value) {
  auto word = [&](std::size_t k) -> std::string_view {
    return k < limit && tokens.items[k].kind == TokKind::word ? tokens.norm(k) : std::string_view();
  };
  if (i >= limit || tokens.items[i].kind != TokKind::word) return 0;
  if (word(i) == "a" && word(i + 1) == "dozen") {
    value = 12;
    return 2;
  }
  if (word(i) == "dozen" ) {
    value = 12;
    return 1;
  }
  long total = 0, current = 0;
  std::size_t k = i;
  bool any = false;
  while (k < limit) {
    std::string_view w = word(k);
    long v = small_value(w);
    if (v >= 0) {
      if (v < 10 && current % 10 != 0) break;          // "two three"
      if (v >= 10 && current % 100 != 0) break;        // "twenty thirty"
      current += v;
      any = true;
      ++k;
      continue;
    }
    if (any && w == "hundred" && current > 0 && current < 10) {
      current *= 100;
      ++k;
      continue;
    }
    if (any && w == "thousand" && current > 0) {
      total += current * 1000;
      current = 0;
      ++k;
      continue;
    }
    // "ninety-nine quintillion": far beyond any chamber; read whole so that no part of it counts
    static constexpr std::string_view kBigScales[] = {"million", "billion", "trillion", "quadrillion", "quintillion",
                                                      "sextillion", "septillion", "octillion", "nonillion", "decillion",
                                                      "lakh", "lakhs", "crore", "crores", "zillion", "gazillion"};
    if (any && current > 0 && std::find(std::begin(kBigScales), std::end(kBigScales), w) != std::end(kBigScales)) {
      value = 1'000'000'000;
      return k + 1 - i;
    }
    // "two hundred and forty"
    if (any && w == "and" && current % 100 == 0 && current >= 100 && small_value(word(k + 1)) > 0) {
      ++k;
      continue;
    }
    break;
  }
  if (!any) return 0;
  value = total + current;
  return k - i;
}

}  // namespace detail
}  // namespace tally
