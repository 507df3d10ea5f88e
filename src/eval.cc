#include "tally/eval.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

#include "tally/error.h"
#include "text.h"

namespace tally {
namespace {

using nlohmann::json;

std::string base_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

std::string coverage_text(const std::optional<Coverage>& c) {
  if (!c) return "none";
  return std::to_string(c->declared) + "/" + (c->total ? std::to_string(*c->total) : "?");
}

std::string claim_text(const std::string& party, int seats, bool historical) {
  return party + " " + std::to_string(seats) + (historical ? " (historical)" : "");
}

/// Names compared the way a person annotating would: case, a leading "the", runs of spaces and tally's
/// country suffix (" (ID)" in "House of Representatives (ID)") do not make two names different.
std::string loose_name(std::string_view s) {
  std::string out;
  for (char c : detail::lower_latin(s)) {
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  if (out.size() > 5 && out.compare(out.size() - 5, 2, " (") == 0 && out.back() == ')' &&
      std::isalpha(static_cast<unsigned char>(out[out.size() - 3])) && std::isalpha(static_cast<unsigned char>(out[out.size() - 2]))) {
    out.erase(out.size() - 5);
  }
  return out;
}

bool same_name(std::string_view a, std::string_view b) { return loose_name(a) == loose_name(b); }

/// Chambers also match when one name is the other with its country spelt out: "Parliament" is
/// "Parliament of Sri Lanka" in a Sri Lankan article.
bool same_chamber(std::string_view a, std::string_view b) {
  std::string x = loose_name(a), y = loose_name(b);
  if (x.size() > y.size()) std::swap(x, y);
  return x == y || (!x.empty() && y.rfind(x + " of ", 0) == 0);
}

bool same_source(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (!a || !b) return !a && !b;
  return same_name(*a, *b);
}

/// A found party is the gold party when the canonical names agree, or when either name is the other's
/// words as written: a user's gold file need not know tally's canonical names.
bool same_party(const GoldClaim& c, const Observation& o) {
  if (same_name(o.party, c.party) || same_name(o.party_text, c.party)) return true;
  return !c.party_text.empty() && (same_name(o.party, c.party_text) || same_name(o.party_text, c.party_text));
}

}  // namespace

std::vector<GoldDocument> read_gold(std::string_view text, const std::string& path) {
  std::map<std::string, GoldDocument> docs;
  long line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    try {
      json j = json::parse(line);
      std::string type = j.at("type").get<std::string>();
      std::string file = j.at("file").get<std::string>();
      GoldDocument& d = docs[file];
      d.file = file;
      if (type == "document") {
        if (!j.at("date").is_null()) {
          d.date = parse_iso_date(j.at("date").get<std::string>());
          if (!d.date) throw std::runtime_error("bad date");
        }
        if (j.contains("country") && j.at("country").is_string()) d.country = j.at("country").get<std::string>();
      } else if (type == "claim") {
        GoldClaim c;
        c.file = file;
        c.party = j.at("party").get<std::string>();
        if (j.contains("party_text") && j.at("party_text").is_string()) c.party_text = j.at("party_text").get<std::string>();
        c.seats = j.at("seats").get<int>();
        c.historical = j.value("historical", false);
        if (j.contains("source") && !j.at("source").is_null()) c.source = j.at("source").get<std::string>();
        if (j.contains("coverage") && !j.at("coverage").is_null()) {
          Coverage cov;
          cov.declared = j.at("coverage").at("declared").get<int>();
          if (!j.at("coverage").at("total").is_null()) cov.total = j.at("coverage").at("total").get<int>();
          c.coverage = cov;
        }
        c.chamber = j.value("chamber", std::string());
        if (j.contains("scope") && !j.at("scope").is_null()) c.scope = j.at("scope").get<std::string>();
        auto status = parse_status(j.value("status", std::string("unknown")));
        if (!status) throw std::runtime_error("unknown status");
        c.status = *status;
        d.claims.push_back(std::move(c));
      } else {
        throw std::runtime_error("unknown type '" + type + "'");
      }
    } catch (const std::exception& e) {
      throw Error(path + ":" + std::to_string(line_number) + ": " + e.what(), ExitCode::usage);
    }
  }
  std::vector<GoldDocument> out;
  for (auto& [file, d] : docs) out.push_back(std::move(d));
  return out;
}

EvalResult evaluate(const std::vector<DocumentResult>& documents, const std::vector<GoldDocument>& gold) {
  EvalResult r;
  std::map<std::string, const GoldDocument*> by_file;
  for (auto& g : gold) by_file[g.file] = &g;
  for (const auto& doc : documents) {
    std::string file = base_name(doc.path);
    auto it = by_file.find(file);
    if (it == by_file.end()) {
      r.unannotated.push_back(doc.path);
      continue;
    }
    const GoldDocument& g = *it->second;
    ++r.documents;
    // date
    if (g.date || doc.date) {
      ++r.dated;
      if (g.date == doc.date) {
        ++r.date_right;
      } else {
        r.items.push_back({file, "date", g.date ? format_date(*g.date) : "none",
                           doc.date ? format_date(*doc.date) + " (" + std::string(to_string(doc.date_source)) + ")" : "none", ""});
      }
    }
    if (g.claims.empty()) {
      ++r.tally_free_documents;
      if (!doc.observations.empty()) ++r.tally_free_with_finds;
    }
    r.gold_claims += static_cast<int>(g.claims.size());
    r.found_claims += static_cast<int>(doc.observations.size());
    // match by party, seats and the historical flag, each gold claim at most once; exact canonical names
    // first, so that a looser match never takes a found claim another gold claim names exactly
    std::vector<bool> used(doc.observations.size(), false);
    std::vector<const Observation*> matches(g.claims.size(), nullptr);
    for (int pass = 0; pass < 2; ++pass) {
      for (std::size_t k = 0; k < g.claims.size(); ++k) {
        const GoldClaim& c = g.claims[k];
        for (std::size_t i = 0; i < doc.observations.size() && !matches[k]; ++i) {
          const auto& o = doc.observations[i];
          bool party = pass == 0 ? o.party == c.party : same_party(c, o);
          if (!used[i] && party && o.seats == c.seats && o.historical == c.historical) {
            used[i] = true;
            matches[k] = &o;
          }
        }
      }
    }
    for (std::size_t k = 0; k < g.claims.size(); ++k) {
      const GoldClaim& c = g.claims[k];
      const Observation* match = matches[k];
      if (!match) {
        r.items.push_back({file, "miss", claim_text(c.party, c.seats, c.historical), "", ""});
        continue;
      }
      ++r.matched;
      r.found_party[{file, k}] = match->party;
      auto check = [&](bool right, int& counter, const char* what, std::string expected, std::string found) {
        if (right) {
          ++counter;
        } else {
          r.items.push_back({file, std::string(what) + ": " + claim_text(c.party, c.seats, c.historical),
                             std::move(expected), std::move(found), match->evidence});
        }
      };
      check(same_source(c.source, match->source), r.source_right, "source", c.source.value_or("none"), match->source.value_or("none"));
      check(c.coverage == match->coverage, r.coverage_right, "coverage", coverage_text(c.coverage), coverage_text(match->coverage));
      check(c.status == match->status, r.status_right, "status", std::string(to_string(c.status)), std::string(to_string(match->status)));
      check(same_chamber(c.chamber, match->chamber), r.chamber_right, "chamber", c.chamber, match->chamber);
    }
    for (std::size_t i = 0; i < doc.observations.size(); ++i) {
      if (used[i]) continue;
      const auto& o = doc.observations[i];
      r.items.push_back({file, "false", "", claim_text(o.party, o.seats, o.historical) + " [" + o.party_text + "]", o.evidence});
    }
  }
  return r;
}

void score_summary(const Summary& summary, const std::vector<GoldDocument>& gold, EvalResult& r) {
  std::map<std::string, const GoldDocument*> by_file;
  for (auto& g : gold) by_file[g.file] = &g;
  for (const SummaryGroup& g : summary.groups) {
    std::vector<std::pair<const GoldClaim*, std::string>> claims;  // with the party tally found for it
    bool annotated = false;
    for (const std::string& path : g.documents) {
      auto it = by_file.find(base_name(path));
      if (it == by_file.end()) continue;
      annotated = true;
      const auto& list = it->second->claims;
      for (std::size_t k = 0; k < list.size(); ++k) {
        const GoldClaim& c = list[k];
        if (c.historical || !same_chamber(c.chamber, g.chamber)) continue;
        if (c.scope && g.scope && !same_name(*c.scope, *g.scope)) continue;
        auto found = r.found_party.find({it->first, k});
        claims.push_back({&c, found == r.found_party.end() ? std::string() : found->second});
      }
    }
    if (!annotated) continue;
    int rows = 0, supported = 0;
    std::string where = (g.date ? format_date(*g.date) : std::string("undated")) + " " + g.chamber +
                        (g.scope ? " / " + *g.scope : std::string()) + " (" + g.election + ")";
    auto score = [&](const PartyTally& t, const char* list) {
      ++rows;
      bool found = std::any_of(claims.begin(), claims.end(), [&](const auto& claim) {
        const GoldClaim& c = *claim.first;
        return c.seats == t.seats && (same_name(t.party, c.party) || (!c.party_text.empty() && same_name(t.party, c.party_text)) ||
                                      t.party == claim.second);
      });
      if (found) {
        ++supported;
        return;
      }
      std::string documents;
      for (const std::string& path : g.documents) documents += (documents.empty() ? "documents: " : ", ") + base_name(path);
      r.items.push_back({where, "summary", "", t.party + " " + std::to_string(t.seats) + " (" + list + ", unsupported)",
                         documents});
    };
    for (const PartyTally& t : g.parties) score(t, "parties");
    for (const PartyTally& t : g.breakdown) score(t, "breakdown");
    for (const PartyTally& t : g.projections) score(t, "projections");
    if (rows == 0) continue;
    ++r.summary_groups;
    r.summary_group_names.push_back(where);
    r.summary_rows += rows;
    r.summary_rows_supported += supported;
    if (supported == rows) ++r.summary_groups_right;
  }
}

void write_eval(std::ostream& out, const EvalResult& r, bool as_json) {
  auto ratio = [](int a, int b) { return b ? double(a) / b : 1.0; };
  if (as_json) {
    json items = json::array();
    for (auto& i : r.items) {
      items.push_back({{"file", i.file}, {"what", i.what}, {"expected", i.expected}, {"found", i.found}, {"evidence", i.evidence}});
    }
    json j = {{"documents", r.documents},
              {"gold_claims", r.gold_claims},
              {"found_claims", r.found_claims},
              {"matched", r.matched},
              {"precision", r.precision()},
              {"recall", r.recall()},
              {"f1", r.f1()},
              {"source_accuracy", ratio(r.source_right, r.matched)},
              {"coverage_accuracy", ratio(r.coverage_right, r.matched)},
              {"status_accuracy", ratio(r.status_right, r.matched)},
              {"chamber_accuracy", ratio(r.chamber_right, r.matched)},
              {"date_accuracy", ratio(r.date_right, r.dated)},
              {"summary_rows", r.summary_rows},
              {"summary_rows_supported", r.summary_rows_supported},
              {"summary_row_accuracy", ratio(r.summary_rows_supported, r.summary_rows)},
              {"summary_groups", r.summary_groups},
              {"summary_groups_right", r.summary_groups_right},
              {"summary_group_accuracy", ratio(r.summary_groups_right, r.summary_groups)},
              {"tally_free_documents", r.tally_free_documents},
              {"tally_free_with_finds", r.tally_free_with_finds},
              {"unannotated", r.unannotated},
              {"items", items}};
    out << j.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
    return;
  }
  for (auto& i : r.items) {
    out << i.file << ": " << i.what;
    if (!i.expected.empty()) out << "  expected: " << i.expected;
    if (!i.found.empty()) out << "  found: " << i.found;
    out << '\n';
    if (!i.evidence.empty()) out << "    | " << i.evidence << '\n';
  }
  for (auto& p : r.unannotated) out << "not in the gold file (skipped): " << p << '\n';
  char line[768];
  std::snprintf(line, sizeof line,
                "documents %d, gold claims %d, found %d, matched %d\n"
                "precision %.4f  recall %.4f  F1 %.4f\n"
                "source %.4f  coverage %.4f  status %.4f  chamber %.4f  date %.4f (%d/%d)\n"
                "tally-free documents %d, with false finds %d\n"
                "summary rows supported %.4f (%d/%d), groups entirely right %.4f (%d/%d)\n",
                r.documents, r.gold_claims, r.found_claims, r.matched, r.precision(), r.recall(), r.f1(),
                ratio(r.source_right, r.matched), ratio(r.coverage_right, r.matched), ratio(r.status_right, r.matched),
                ratio(r.chamber_right, r.matched), ratio(r.date_right, r.dated), r.date_right, r.dated,
                r.tally_free_documents, r.tally_free_with_finds, ratio(r.summary_rows_supported, r.summary_rows),
                r.summary_rows_supported, r.summary_rows, ratio(r.summary_groups_right, r.summary_groups),
                r.summary_groups_right, r.summary_groups);
  out << line;
}

}  // namespace tally
