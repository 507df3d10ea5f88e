// Runs every construction's examples (src/extract/examples/<rule>.txt): each text must give exactly the counts
// listed, each made by the file's rule (or the rule named in brackets after it).
#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace fs = std::filesystem;
using namespace tally;

namespace {

struct Example {
  std::string text;
  std::vector<std::string> expected;  ///< "Party 93 [rule]", "Party 41 (h) [rule]"
  int line = 0;
};

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  std::size_t b = s.find_first_not_of(' ');
  return b == std::string::npos ? std::string() : s.substr(b);
}

/// "Party 93 (h) [rule]" with the file's rule when none is named.
std::string with_rule(std::string count, const std::string& rule) {
  count = trim(count);
  if (count.find('[') == std::string::npos) count += " [" + rule + "]";
  return count;
}

std::vector<Example> read_examples(const fs::path& file, const std::string& rule) {
  std::ifstream in(file);
  std::vector<Example> out;
  Example current;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.rfind("> ", 0) == 0 || line == ">") {
      if (current.text.empty()) current.line = number;
      current.text += (line.size() > 2 ? line.substr(2) : std::string()) + "\n";
    } else if (line.rfind("= ", 0) == 0) {
      std::string list = line.substr(2);
      if (trim(list) != "nothing") {
        std::size_t start = 0;
        while (start <= list.size()) {
          std::size_t end = list.find(';', start);
          if (end == std::string::npos) end = list.size();
          current.expected.push_back(with_rule(list.substr(start, end - start), rule));
          start = end + 1;
        }
      }
      out.push_back(current);
      current = Example{};
    }
  }
  return out;
}

std::vector<std::string> found(const DocumentResult& d) {
  std::vector<std::string> out;
  for (const auto& o : d.observations)
    out.push_back(o.party + " " + std::to_string(o.seats) + (o.historical ? " (h)" : "") + " [" + o.rule + "]");
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("construction examples: every file's texts give exactly the counts listed, by its rule") {
  fs::path dir = fs::path(TALLY_SOURCE_DIR) / "src" / "extract" / "examples";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 15);
  for (const auto& file : files) {
    std::string rule = file.stem().string();
    auto examples = read_examples(file, rule);
    CHECK(!examples.empty());
    for (const auto& example : examples) {
      INFO(file.filename().string() << ":" << example.line << "\n" << example.text);
      auto expected = example.expected;
      std::sort(expected.begin(), expected.end());
      CHECK(found(test::extract(" date 2024-06-01 \n" + example.text)) == expected);
    }
  }
}
