// Shared helpers for the fuzz targets and their plain regression runner.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tally/error.h"
#include "tally/extract.h"
#include "tally/tables.h"

#ifndef TALLY_SOURCE_DIR
#error "TALLY_SOURCE_DIR must name the source tree (for data/tables)"
#endif

#ifdef TALLY_LIBFUZZER
// Every UBSan report is a crash (UBSan is built recoverable only so that known bugs can be suppressed
// with UBSAN_OPTIONS=suppressions=..., as scripts/fuzz.sh does).
extern "C" const char* __ubsan_default_options() { return "halt_on_error=1:print_stacktrace=1"; }
#endif

namespace tally_fuzz {

/// The lexicon of the default tables, built once ($TALLY_DATA_DIR overrides the source tree's).
inline const tally::Lexicon& lexicon() {
  static const tally::Lexicon* lex = [] {
    std::filesystem::path dir = std::filesystem::path(TALLY_SOURCE_DIR) / "data" / "tables";
    if (const char* env = std::getenv("TALLY_DATA_DIR"); env && *env) dir = env;
    std::vector<tally::TableError> errors;
    try {
      tally::Tables tables = tally::load_tables(dir, errors);
      return new tally::Lexicon(tables);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "fuzz: cannot load the tables from %s: %s\n", dir.string().c_str(), e.what());
      std::abort();
    }
  }();
  return *lex;
}

/// Stops the run with a message: the fuzzer records the input as a crash.
/// True when s is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    char32_t c = len == 1 ? b : b & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
      auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      c = (c << 6) | (d & 0x3F);
    }
    static constexpr char32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < min[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

[[noreturn]] inline void fail(const char* what, const std::string& detail = {}) {
  std::fprintf(stderr, "fuzz: invariant broken: %s\n%s\n", what, detail.substr(0, 20000).c_str());
  std::abort();
}

}  // namespace tally_fuzz
