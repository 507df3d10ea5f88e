#pragma once
/// JUnit XML for `tally eval`: one test case per gold document, a <failure> per miss, false find or wrong
/// attribute (source, coverage, status, chamber, date), with the sentence; the format CI servers show.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "tally/document.h"
#include "tally/eval.h"

namespace tally {

/// A threshold given on the command line (--min-f1, --min-source), reported as a test case of its own.
struct JUnitCheck {
  std::string name;     ///< e.g. "F1 >= 0.95"
  bool passed = false;
  std::string message;  ///< e.g. "F1 0.9312 is below 0.95"
};

/// What the report covers.
struct JUnitSuite {
  std::string name = "tally eval";     ///< the <testsuite> name (the gold file, say)
  std::vector<std::string> gold_files;  ///< base names of the gold documents: one test case each
  std::vector<std::string> evaluated;   ///< the gold documents found among the inputs; the others are skipped
  std::vector<JUnitCheck> checks;       ///< thresholds: one test case each, in a second <testsuite>
};

/// The suite of an evaluation: every gold document, and which of them the inputs gave.
JUnitSuite junit_suite(std::string name, const std::vector<GoldDocument>& gold,
                       const std::vector<DocumentResult>& documents);

/// Writes the report: <testsuites> with a <testsuite> of the gold documents (and one of the thresholds when
/// there are any); totals count test cases, as JUnit readers expect.
void write_junit(std::ostream& out, const EvalResult& result, const JUnitSuite& suite);

/// Text made safe for XML 1.0 character data and attribute values: &, <, >, " and ' escaped, control
/// characters other than tab, line feed and carriage return replaced by U+FFFD.
std::string xml_escape(std::string_view text);

}  // namespace tally
