#include "tally/tables.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "tally/error.h"

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
