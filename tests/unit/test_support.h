#pragma once
// Shared by the unit tests: the shipped tables, compiled once.
#include <string>

#include "tally/extract.h"
#include "tally/tables.h"

namespace tally::test {

/// The shipped tables, loaded once.
inline const Tables& tables() {
  static const Tables loaded = [] {
    std::vector<TableError> errors;
    Tables t = load_tables(std::string(TALLY_SOURCE_DIR) + "/data/tables", errors);
    if (!errors.empty()) throw std::runtime_error(errors.front().message);
    return t;
  }();
  return loaded;
}

inline const Lexicon& lexicon() {
  static const Lexicon lex(tables());
  return lex;
}

inline DocumentResult extract(std::string_view text) { return extract_document("test.txt", text, lexicon()); }

/// A National Assembly (PK-2024) count of seats for a party, with evidence of its own.
inline Observation seat_count(const std::string& party, int seats) {
  Observation o;
  o.party = party;
  o.party_text = party;
  o.seats = seats;
  o.chamber = "National Assembly";
  o.election = "PK-2024";
  o.evidence = party + " has " + std::to_string(seats) + " seats.";
  return o;
}

/// "Party=seats" for each observation, in order.
inline std::vector<std::string> pairs(const DocumentResult& d) {
  std::vector<std::string> out;
  for (auto& o : d.observations) out.push_back(o.party + "=" + std::to_string(o.seats) + (o.historical ? "(h)" : ""));
  return out;
}

}  // namespace tally::test
