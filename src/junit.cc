#include "tally/junit.h"

#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

namespace tally {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// Length of the UTF-8 sequence at s[i] and its code point; 0 when the bytes are not UTF-8.
std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& cp) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  return cp < kMin[n] || cp > 0x10FFFF ? 0 : n;  // overlong forms and values past Unicode are not UTF-8
}

/// Characters XML 1.0 allows.
bool xml_char(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

std::string base_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

std::string fixed(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4f", value);
  return text;
}

/// The kind of an evaluation item: "miss", "false", "date", or the attribute of "source: PARTY N".
std::string kind_of(const EvalItem& item) { return item.what.substr(0, item.what.find(':')); }

/// One <failure> for an item: the message says what is wrong; the body adds the sentence.
void write_failure(std::ostream& out, const EvalItem& item) {
  std::string kind = kind_of(item);
  std::string message, body;
  if (kind == "miss") {
    message = "missed: " + item.expected;
    body = "expected (gold): " + item.expected + "\nfound: nothing with this party, seat count and historical flag";
  } else if (kind == "false") {
    message = "false find: " + item.found;
    body = "found: " + item.found + "\nexpected (gold): no such claim";
  } else if (kind == "summary") {
    message = "unsupported summary row: " + item.found;
    body = "found: " + item.found + "\nexpected (gold): a claim of the group's documents with this party and seat count";
  } else {
    std::string claim = item.what.size() > kind.size() + 2 ? item.what.substr(kind.size() + 2) : "";
    message = kind + (claim.empty() ? "" : " of " + claim) + ": expected " + item.expected + ", found " + item.found;
    body = "expected (gold): " + item.expected + "\nfound: " + item.found;
  }
  if (!item.evidence.empty()) body += "\nevidence: " + item.evidence;
  out << "      <failure type=\"" << xml_escape(kind) << "\" message=\"" << xml_escape(message) << "\">"
      << xml_escape(body) << "</failure>\n";
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    std::size_t n = utf8_sequence(text, i, cp);
    if (n == 0 || !xml_char(cp)) {
      out += kReplacement;
      i += n ? n : 1;
      continue;
    }
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\r': out += "&#13;"; break;  // kept: a raw CR in XML text is read as a line feed
      default: out.append(text.substr(i, n));
    }
    i += n;
  }
  return out;
}

JUnitSuite junit_suite(std::string name, const std::vector<GoldDocument>& gold,
                       const std::vector<DocumentResult>& documents) {
  JUnitSuite suite;
  suite.name = std::move(name);
  std::set<std::string> inputs;
  for (const auto& d : documents) inputs.insert(base_name(d.path));
  for (const auto& g : gold) {
    suite.gold_files.push_back(g.file);
    if (inputs.count(g.file)) suite.evaluated.push_back(g.file);
  }
  return suite;
}

void write_junit(std::ostream& out, const EvalResult& result, const JUnitSuite& suite) {
  std::map<std::string, std::vector<const EvalItem*>> items;
  for (const auto& item : result.items) items[item.file].push_back(&item);
  std::set<std::string> evaluated(suite.evaluated.begin(), suite.evaluated.end());
  int failed = 0, skipped = 0;
  for (const auto& file : suite.gold_files) {
    if (!evaluated.count(file)) ++skipped;
    else if (items.count(file)) ++failed;
  }
  // the summary a reader sees: a test case per group scored, failing on each row no gold claim supports
  int groups_failed = 0;
  for (const auto& group : result.summary_group_names) groups_failed += items.count(group) > 0;
  int checks_failed = 0;
  for (const auto& c : suite.checks) checks_failed += !c.passed;
  int tests = static_cast<int>(suite.gold_files.size() + result.summary_group_names.size() + suite.checks.size());

  auto ratio = [](int a, int b) { return b ? double(a) / b : 1.0; };
  const std::string name = xml_escape(suite.name);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"tally eval\" tests=\"" << tests << "\" failures=\"" << failed + groups_failed + checks_failed
      << "\" errors=\"0\" skipped=\"" << skipped << "\">\n";
  out << "  <testsuite name=\"" << name << "\" tests=\"" << suite.gold_files.size() << "\" failures=\"" << failed
      << "\" errors=\"0\" skipped=\"" << skipped << "\">\n";
  out << "    <properties>\n";
  const std::pair<const char*, std::string> properties[] = {
      {"documents", std::to_string(result.documents)},
      {"gold_claims", std::to_string(result.gold_claims)},
      {"found_claims", std::to_string(result.found_claims)},
      {"matched", std::to_string(result.matched)},
      {"precision", fixed(result.precision())},
      {"recall", fixed(result.recall())},
      {"f1", fixed(result.f1())},
      {"source_accuracy", fixed(ratio(result.source_right, result.matched))},
      {"coverage_accuracy", fixed(ratio(result.coverage_right, result.matched))},
      {"status_accuracy", fixed(ratio(result.status_right, result.matched))},
      {"chamber_accuracy", fixed(ratio(result.chamber_right, result.matched))},
      {"date_accuracy", fixed(ratio(result.date_right, result.dated))},
  };
  for (const auto& [key, value] : properties) {
    out << "      <property name=\"" << key << "\" value=\"" << value << "\"/>\n";
  }
  out << "    </properties>\n";
  for (const auto& file : suite.gold_files) {
    out << "    <testcase classname=\"tally.eval.documents\" name=\"" << xml_escape(file) << "\"";
    auto it = items.find(file);
    if (!evaluated.count(file)) {
      out << ">\n      <skipped message=\"not among the inputs\"/>\n    </testcase>\n";
    } else if (it == items.end()) {
      out << "/>\n";
    } else {
      out << ">\n";
      for (const EvalItem* item : it->second) write_failure(out, *item);
      out << "    </testcase>\n";
    }
  }
  if (!result.unannotated.empty()) {
    out << "    <system-out>";
    for (const auto& path : result.unannotated) out << xml_escape("not in the gold file (skipped): " + path) << '\n';
    out << "</system-out>\n";
  }
  out << "  </testsuite>\n";
  if (!result.summary_group_names.empty()) {
    out << "  <testsuite name=\"" << name << ": summary\" tests=\"" << result.summary_group_names.size()
        << "\" failures=\"" << groups_failed << "\" errors=\"0\" skipped=\"0\">\n";
    for (const auto& group : result.summary_group_names) {
      out << "    <testcase classname=\"tally.eval.summary\" name=\"" << xml_escape(group) << "\"";
      auto it = items.find(group);
      if (it == items.end()) {
        out << "/>\n";
      } else {
        out << ">\n";
        for (const EvalItem* item : it->second) write_failure(out, *item);
        out << "    </testcase>\n";
      }
    }
    out << "  </testsuite>\n";
  }
  if (!suite.checks.empty()) {
    out << "  <testsuite name=\"" << name << ": thresholds\" tests=\"" << suite.checks.size() << "\" failures=\""
        << checks_failed << "\" errors=\"0\" skipped=\"0\">\n";
    for (const auto& c : suite.checks) {
      out << "    <testcase classname=\"tally.eval.thresholds\" name=\"" << xml_escape(c.name) << "\"";
      if (c.passed) {
        out << "/>\n";
      } else {
        out << ">\n      <failure type=\"threshold\" message=\"" << xml_escape(c.message) << "\"/>\n    </testcase>\n";
      }
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace tally
