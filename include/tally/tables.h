#pragma once
/// Alias tables: parties, sources and chambers, loaded from data files at run time.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "tally/types.h"

namespace tally {

/// A party or group ("Independents", "Others") with the names it goes by.
struct PartyEntry {
  std::string canonical;
  std::string country;  ///< ISO code, or "*" for groups found everywhere
  std::string colour;   ///< "#rrggbb"
  std::string full_name;
  std::vector<std::string> aliases;  ///< a leading '~' allows a lower-case match
};

/// An electoral body, observer, pollster or news outlet.
struct SourceEntry {
  std::string canonical;
  SourceKind kind = SourceKind::unknown;
  std::string country;
  std::vector<std::string> aliases;
};

/// A legislative chamber.
struct ChamberEntry {
  std::string canonical;
  std::string country;
  bool national = true;
  int seats = 0;  ///< 0 when unknown
  std::vector<std::string> aliases;
};

/// Everything the extractor knows by name.
struct Tables {
  std::vector<PartyEntry> parties;
  std::vector<SourceEntry> sources;
  std::vector<ChamberEntry> chambers;
};

/// A problem in a table file, with its line number.
struct TableError {
  std::string path;
  int line = 0;
  std::string message;
};

/// Parses one table file's text; kind is "parties", "sources" or "chambers".
/// Bad lines are skipped and reported in errors.
void parse_table(std::string_view kind, std::string_view text, const std::string& path, Tables& into,
                 std::vector<TableError>& errors);

/// Loads parties.tsv, sources.tsv and chambers.tsv from dir. Throws tally::Error when dir lacks them.
Tables load_tables(const std::filesystem::path& dir, std::vector<TableError>& errors);

/// Adds a user's table (any kind, chosen by a "#kind: parties|sources|chambers" line; parties by default).
void load_user_table(const std::filesystem::path& file, Tables& into, std::vector<TableError>& errors);

/// One name for a chamber, however an article wrote it: leading prepositions, articles and results wording
/// ("In", "the", "Results of", "Election results for") and trailing results wording ("election results",
/// "seats") are no part of it; a spelling the chamber table lists for the country (an alias, or a canonical
/// name) gives that entry's canonical name; an unknown chamber keeps its own words (each capitalised).
/// country is an ISO code ("PK"); empty or "XX" when unknown (then only a spelling no two entries share maps).
std::string canonical_chamber(const Tables& tables, std::string_view written, std::string_view country);

/// The canonical name of the source table entry that lists this spelling for the country (or for every country);
/// else the spelling as written.
std::string canonical_source(const Tables& tables, std::string_view written, std::string_view country);

/// The directory holding the default tables: $TALLY_DATA_DIR, then next to the installed binary,
/// then the install prefix, then the source tree. Empty when none has them.
std::filesystem::path find_data_dir(const std::filesystem::path& executable);

}  // namespace tally
