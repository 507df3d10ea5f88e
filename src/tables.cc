#include "tally/tables.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "tally/error.h"
#include "text.h"

#ifndef TALLY_INSTALL_DATA_DIR
#define TALLY_INSTALL_DATA_DIR ""
#endif
#ifndef TALLY_SOURCE_DATA_DIR
#define TALLY_SOURCE_DATA_DIR ""
#endif

namespace tally {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t at = s.find(sep, start);
    std::string_view piece = trim(s.substr(start, at == std::string_view::npos ? s.npos : at - start));
    out.emplace_back(piece);
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

std::vector<std::string> aliases_of(const std::string& field) {
  std::vector<std::string> out;
  for (auto& alias : split(field, '|')) {
    if (!alias.empty() && alias != "~") out.push_back(alias);
  }
  return out;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read table " + path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

bool has_tables(const std::filesystem::path& dir) {
  std::error_code ec;
  return !dir.empty() && std::filesystem::is_regular_file(dir / "parties.tsv", ec);
}

}  // namespace

void parse_table(std::string_view kind, std::string_view text, const std::string& path, Tables& into,
                 std::vector<TableError>& errors) {
  int line_number = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty() || trim(line).front() == '#') {
      if (end == text.size()) break;
      continue;
    }
    auto fields = split(line, '\t');
    auto fail = [&](std::string message) { errors.push_back({path, line_number, std::move(message)}); };
    if (kind == "parties") {
      if (fields.size() < 5) {
        fail("expected 5 tab-separated fields: canonical, country, colour, full name, aliases");
      } else if (fields[0].empty()) {
        fail("empty canonical name");
      } else {
        // Only the listed aliases match: a canonical name such as "Green" is not a safe alias on its own.
        PartyEntry entry{fields[0], fields[1], fields[2], fields[3], aliases_of(fields[4])};
        into.parties.push_back(std::move(entry));
      }
    } else if (kind == "sources") {
      auto source_kind = fields.size() >= 4 ? parse_source_kind(fields[1]) : std::nullopt;
      if (fields.size() < 4) {
        fail("expected 4 tab-separated fields: canonical, kind, country, aliases");
      } else if (!source_kind || *source_kind == SourceKind::unknown) {
        fail("unknown source kind '" + fields[1] + "' (electoral_body, observer, pollster or media)");
      } else {
        SourceEntry entry{fields[0], *source_kind, fields[2], aliases_of(fields[3])};
        entry.aliases.push_back(entry.canonical);
        into.sources.push_back(std::move(entry));
      }
    } else if (kind == "chambers") {
      int seats = 0;
      bool seats_ok = fields.size() >= 5 && !fields[3].empty() && fields[3].size() < 6 &&
                      fields[3].find_first_not_of("0123456789") == std::string::npos;
      if (seats_ok) seats = std::stoi(fields[3]);
      if (fields.size() < 5) {
        fail("expected 5 tab-separated fields: canonical, country, level, seats, aliases");
      } else if (fields[2] != "national" && fields[2] != "regional") {
        fail("level must be national or regional, not '" + fields[2] + "'");
      } else if (!seats_ok) {
        fail("seats must be a whole number, not '" + fields[3] + "'");
      } else {
        ChamberEntry entry{fields[0], fields[1], fields[2] == "national", seats, aliases_of(fields[4])};
        into.chambers.push_back(std::move(entry));
      }
    }
    if (end == text.size()) break;
  }
}

Tables load_tables(const std::filesystem::path& dir, std::vector<TableError>& errors) {
  if (!has_tables(dir)) {
    throw Error("cannot find the alias tables (parties.tsv) in '" + dir.string() +
                "'; set TALLY_DATA_DIR to the folder that holds them");
  }
  Tables tables;
  for (std::string_view kind : {"parties", "sources", "chambers"}) {
    auto path = dir / (std::string(kind) + ".tsv");
    parse_table(kind, read_file(path), path.string(), tables, errors);
  }
  return tables;
}

void load_user_table(const std::filesystem::path& file, Tables& into, std::vector<TableError>& errors) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    throw Error("cannot read alias table '" + file.string() + "': not a readable file", ExitCode::usage);
  }
  std::string text = read_file(file);
  std::string kind = "parties";
  for (std::string_view candidate : {"sources", "chambers", "parties"}) {
    if (text.find("#kind: " + std::string(candidate)) != std::string::npos) kind = candidate;
  }
  parse_table(kind, text, file.string(), into, errors);
}

namespace {

/// Lower case, apostrophes dropped, hyphens and runs of blanks as one space: how two spellings are compared.
std::string comparable(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\'' || c == '`') continue;
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x98 || static_cast<unsigned char>(s[i + 2]) == 0x99)) {
      i += 2;  // ‘ ’
      continue;
    }
    if (c == '-' || c == ' ' || c == '\t' || c == '_') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

/// comparable() without a leading "the": "the lower house" is "lower house".
std::string spelling_key(std::string_view s) {
  std::string out = comparable(s);
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

/// Words that come before a chamber's name without being part of it, longest first; compared as comparable().
constexpr std::string_view kLeading[] = {
    "final election results for", "final election results of", "final election results in",
    "election results for", "election results of", "election results in", "election result for",
    "election result of", "official results of", "official results for", "final results of", "final results for",
    "results of", "results for", "results in", "result of", "result for", "elections to", "election to",
    "elections for", "election for", "polls for", "seats in", "seat in", "seats of", "in", "at", "for", "of",
    "on", "to", "into", "from", "within", "inside", "across", "the", "a", "an"};
/// Words that come after a chamber's name without being part of it.
constexpr std::string_view kTrailing[] = {"election results", "election result", "elections", "election", "results",
                                          "result", "polls", "poll", "vote", "seats", "seat", "race", "tally"};

/// Blanks and punctuation that never begin or end a name.
bool edge_junk(char c) {
  return c == ' ' || c == '\t' || c == ':' || c == ',' || c == ';' || c == '.' || c == '"' || c == '*' || c == '|' ||
         c == '-' || c == '\n' || c == '\r';
}

std::string_view trim_junk(std::string_view s) {
  while (!s.empty() && edge_junk(s.front())) s.remove_prefix(1);
  while (!s.empty() && edge_junk(s.back())) s.remove_suffix(1);
  return s;
}

/// Removes one leading or trailing phrase of the lists from written, matching whole words, case-insensitively.
bool strip_once(std::string_view& written) {
  std::string low = comparable(written);
  for (std::string_view lead : kLeading) {
    if (low.size() > lead.size() && low.compare(0, lead.size(), lead) == 0 && low[lead.size()] == ' ') {
      // skip as many words of written as the phrase has
      std::size_t words = static_cast<std::size_t>(std::count(lead.begin(), lead.end(), ' ')) + 1;
      std::size_t at = 0;
      for (std::size_t w = 0; w < words; ++w) {
        at = written.find_first_of(" \t-", at);
        if (at == std::string_view::npos) return false;
        while (at < written.size() && (written[at] == ' ' || written[at] == '\t' || written[at] == '-')) ++at;
      }
      written = trim_junk(written.substr(at));
      return true;
    }
  }
  for (std::string_view tail : kTrailing) {
    if (low.size() > tail.size() && low.compare(low.size() - tail.size(), tail.size(), tail) == 0 &&
        low[low.size() - tail.size() - 1] == ' ') {
      std::size_t words = static_cast<std::size_t>(std::count(tail.begin(), tail.end(), ' ')) + 1;
      std::size_t at = written.size();
      for (std::size_t w = 0; w < words; ++w) {
        at = written.find_last_of(" \t-", at - 1);
        if (at == std::string_view::npos || at == 0) return false;
        while (at > 0 && (written[at - 1] == ' ' || written[at - 1] == '\t' || written[at - 1] == '-')) --at;
      }
      written = trim_junk(written.substr(0, at));
      return true;
    }
  }
  return false;
}

/// The words of a name as a name: runs of blanks as one space, each word's first letter capitalised unless the
/// word is a small joining word ("of", "the", "and").
std::string as_name(std::string_view s) {
  static constexpr std::string_view small[] = {"of", "the", "and", "for", "de", "la", "del", "des", "du", "van"};
  // a name written in capitals ("BOGOTÁ CITY COUNCIL", a heading) is written as a name: "Bogotá City Council"
  // (words of three letters or fewer stay as they are: "KP ASSEMBLY" is "KP Assembly")
  bool capitals = std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                  std::count(s.begin(), s.end(), ' ') >= 1;
  std::string recased;
  if (capitals) {
    std::size_t i = 0;
    while (i < s.size()) {
      std::size_t end = s.find(' ', i);
      if (end == std::string_view::npos) end = s.size();
      std::string word(s.substr(i, end - i));
      std::string lower = detail::lower_latin(word);
      if (std::find(std::begin(small), std::end(small), lower) != std::end(small)) word = lower;
      else if (word.size() > 3) word = word.substr(0, 1) + lower.substr(1);
      if (!recased.empty()) recased += ' ';
      recased += word;
      i = end + 1;
    }
    s = recased;
  }
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    std::size_t end = i;
    while (end < s.size() && s[end] != ' ' && s[end] != '\t') ++end;
    if (end == i) break;
    std::string word(s.substr(i, end - i));
    bool joining = !out.empty() && std::find(std::begin(small), std::end(small), word) != std::end(small);
    if (!joining && std::islower(static_cast<unsigned char>(word[0]))) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    if (!out.empty()) out += ' ';
    out += word;
    i = end;
  }
  return out;
}

/// The canonical name of the table entry that lists this spelling (spelling_key()), preferring the country's own
/// entries (and, for sources, those of every country, "*"); empty when none or when entries of other countries
/// disagree.
template <typename Entry>
std::string table_name(const std::vector<Entry>& entries, const std::string& spelling, std::string_view country) {
  auto names = [&](const Entry& e) {
    if (spelling_key(e.canonical) == spelling) return true;
    // "National Assembly" in a Zambian article is "National Assembly (ZM)"
    std::string_view bare = e.canonical;
    if (bare.size() > 5 && bare.substr(bare.size() - 5, 2) == " (" && bare.back() == ')') bare.remove_suffix(5);
    if (e.country == country && bare.size() != e.canonical.size() && spelling_key(bare) == spelling) return true;
    return std::any_of(e.aliases.begin(), e.aliases.end(), [&](const std::string& a) {
      std::string_view alias = a;
      if (!alias.empty() && alias.front() == '~') alias.remove_prefix(1);
      return spelling_key(alias) == spelling;
    });
  };
  for (const Entry& e : entries) {
    if ((e.country == country || e.country == "*") && names(e)) return e.canonical;
  }
  // a canonical name is itself wherever it is found ("National Assembly (ZA)")
  for (const Entry& e : entries) {
    if (spelling_key(e.canonical) == spelling && e.canonical.find(" (") != std::string::npos) return e.canonical;
  }
  if (!country.empty() && country != "XX") return "";
  std::string found;
  for (const Entry& e : entries) {
    if (!names(e)) continue;
    if (!found.empty() && found != e.canonical) return "";
    found = e.canonical;
  }
  return found;
}

}  // namespace

std::string canonical_chamber(const Tables& tables, std::string_view written, std::string_view country) {
  std::string_view name = trim_junk(written);
  if (name.empty()) return "";
  // The whole spelling first: some aliases begin with a stripped word ("the lower house").
  if (std::string known = table_name(tables.chambers, spelling_key(name), country); !known.empty()) return known;
  for (int rounds = 0; rounds < 8 && strip_once(name); ++rounds) {
    if (std::string known = table_name(tables.chambers, spelling_key(name), country); !known.empty()) return known;
  }
  if (name.empty()) return std::string(trim_junk(written));
  return as_name(name);
}

std::string canonical_source(const Tables& tables, std::string_view written, std::string_view country) {
  std::string_view name = trim_junk(written);
  if (std::string known = table_name(tables.sources, spelling_key(name), country); !known.empty()) return known;
  return std::string(name);
}

std::filesystem::path find_data_dir(const std::filesystem::path& executable) {
  if (const char* env = std::getenv("TALLY_DATA_DIR"); env && *env) {
    return has_tables(env) ? std::filesystem::path(env) : std::filesystem::path();
  }
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::canonical("/proc/self/exe", ec);
  if (ec) exe = executable;
  std::vector<std::filesystem::path> candidates;
  if (!exe.empty()) {
    candidates.push_back(exe.parent_path().parent_path() / "share" / "tally");
    candidates.push_back(exe.parent_path() / "data" / "tables");
  }
  candidates.emplace_back(TALLY_INSTALL_DATA_DIR);
  candidates.emplace_back(TALLY_SOURCE_DATA_DIR);
  for (auto& dir : candidates) {
    if (has_tables(dir)) return dir;
  }
  return {};
}

}  // namespace tally
