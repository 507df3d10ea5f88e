#pragma once
/// Evaluation against gold annotations: precision, recall and F1 of the claims, and the accuracy of
/// source, coverage, status, chamber and date, with every miss and false find.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/document.h"
#include "tally/reconcile.h"

namespace tally {

/// One annotated claim (see tests/corpus/README.md for the format).
struct GoldClaim {
  std::string file;  ///< base name of the article
  std::string party;
  std::string party_text;  ///< the words the article uses (optional in the file)
  int seats = 0;
  bool historical = false;
  std::optional<std::string> source;
  std::optional<Coverage> coverage;
  std::string chamber;
  std::optional<std::string> scope;  ///< a region within the chamber (optional key "scope")
  Status status = Status::unknown;
};

/// The gold annotations of one article.
struct GoldDocument {
  std::string file;
  std::optional<Date> date;
  std::string country;  ///< ISO code (optional key "country"); names the country's chamber spellings
  std::vector<GoldClaim> claims;
};

/// A claim that was missed or found falsely, or found with a wrong attribute.
struct EvalItem {
  std::string file;
  std::string what;      ///< "miss", "false", "source", "coverage", "status", "chamber", "date", "summary"
  std::string expected;  ///< the gold value
  std::string found;     ///< what tally found
  std::string evidence;  ///< the sentence (for false finds and attribute errors)
};

/// Figures of one evaluation.
struct EvalResult {
  int documents = 0;
  int gold_claims = 0;
  int found_claims = 0;
  int matched = 0;
  int source_right = 0, coverage_right = 0, status_right = 0, chamber_right = 0;
  int dated = 0, date_right = 0;
  int tally_free_documents = 0, tally_free_with_finds = 0;
  /// The summary a reader sees: its rows (a party and figure in a group's parties, breakdown or projections)
  /// that some non-historical gold claim of the group's documents supports, and its groups whose rows all are.
  int summary_rows = 0, summary_rows_supported = 0;
  int summary_groups = 0, summary_groups_right = 0;
  /// The scored groups by name ("2024-02-09 National Assembly (PK-2024)", the file of their "summary" items).
  std::vector<std::string> summary_group_names;
  double precision() const { return found_claims ? double(matched) / found_claims : 1.0; }
  double recall() const { return gold_claims ? double(matched) / gold_claims : 1.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  std::vector<EvalItem> items;
  std::vector<std::string> unannotated;  ///< inputs with no gold document line
  /// The canonical party of the found claim matched to each gold claim, by file and the claim's place in it:
  /// a summary row is that gold claim's party too ("Conservative Party" for a gold "Conservative").
  std::map<std::pair<std::string, std::size_t>, std::string> found_party;
};

/// Reads gold JSON Lines ("document" and "claim" records). Throws tally::Error naming the line on bad input.
std::vector<GoldDocument> read_gold(std::string_view text, const std::string& path);

/// Compares what was extracted with the gold annotations of the same files (matched by base name).
EvalResult evaluate(const std::vector<DocumentResult>& documents, const std::vector<GoldDocument>& gold);

/// Scores the summary against the gold annotations of its groups' documents (adds to result's summary_* figures
/// and lists every unsupported row as a "summary" item). Groups without annotated documents are left out. Call
/// after evaluate(), whose matches name the gold claims' parties as tally does.
void score_summary(const Summary& summary, const std::vector<GoldDocument>& gold, EvalResult& result);

/// Writes the figures and every item for people, or as one JSON object.
void write_eval(std::ostream& out, const EvalResult& result, bool json);

}  // namespace tally
