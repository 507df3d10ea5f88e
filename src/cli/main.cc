// The tally command: CLI11 wiring only; the work is in tally::core.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "tally/chart.h"
#include "tally/error.h"
#include "tally/eval.h"
#include "tally/input.h"
#include "tally/junit.h"
#include "tally/pipeline.h"
#include "tally/reconcile.h"
#include "tally/report.h"
#include "tally/tables.h"
#include "tally/timeline.h"

namespace {

using namespace tally;

struct InputOptions {
  std::vector<std::string> files;
  std::string files_from;
  std::vector<std::string> aliases;
  std::string date;
  unsigned threads = 0;
  bool quiet = false;
  std::string progress = "auto";
  std::string input_format = "auto";
};

struct OutputOptions {
  std::string format = "table";
  std::string color = "auto";
  std::string as_of;
};

/// The flags of every subcommand: threads, quiet, progress.
void add_run_options(CLI::App& app, unsigned& threads, bool& quiet, std::string& progress) {
  app.add_option("-j,--threads", threads, "Worker threads (default: all cores)");
  app.add_flag("-q,--quiet", quiet, "Do not print per-file warnings on standard error (they stay in JSON)");
  app.add_option("--progress", progress, "Progress line on standard error: auto (on a terminal), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
}

bool show_progress(const std::string& progress) {
  return progress == "always" || (progress == "auto" && isatty(STDERR_FILENO) == 1);
}

void add_input_options(CLI::App& app, InputOptions& o, bool with_date = true) {
  app.add_option("files", o.files,
                 "Articles: text, web pages (.html, .htm), JSON Lines feeds (.jsonl); directories (walked for those) "
                 "or - for standard input");
  app.add_option("--files-from", o.files_from, "Read input paths from FILE, one per line (- for standard input)");
  app.add_option("--aliases", o.aliases, "Add a party (or #kind: sources / chambers) alias table; repeatable")
      ->allow_extra_args(false);  // "--aliases t.tsv x.txt": x.txt is an input
  if (with_date) app.add_option("--date", o.date, "Date (YYYY-MM-DD) for articles that give none");
  add_run_options(app, o.threads, o.quiet, o.progress);
  app.add_option("--input-format", o.input_format,
                 "How to read every input: auto (by extension; standard input is text), text, html or jsonl")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl"}));
}

void add_output_options(CLI::App& app, OutputOptions& o) {
  app.add_option("-f,--format", o.format, "Output format: table, json, jsonl or csv")
      ->check(CLI::IsMember({"table", "json", "jsonl", "csv"}));
  app.add_option("--color", o.color, "Colour: auto (on a terminal, unless NO_COLOR is set), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--as-of", o.as_of, "Use only articles dated on or before YYYY-MM-DD: what was known then");
}

std::optional<Date> parse_date_option(const std::string& text, const char* name) {
  if (text.empty()) return std::nullopt;
  auto date = parse_iso_date(text);
  if (!date) throw Error(std::string(name) + " must be a real date written YYYY-MM-DD, not '" + text + "'", ExitCode::usage);
  return date;
}

/// --as-of: the summary is made of the documents dated on or before it (all when not given).
std::optional<Date> as_of_date(const OutputOptions& o) { return parse_date_option(o.as_of, "--as-of"); }

Color pick_color(const OutputOptions& o) {
  if (o.color == "always") return Color::always;
  if (o.color == "never") return Color::never;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  bool tty = isatty(STDOUT_FILENO) == 1;
  bool dumb = term && std::string_view(term) == "dumb";
  return tty && !dumb && !(no_color && *no_color) ? Color::always : Color::never;
}

std::filesystem::path g_executable;

Tables load_all_tables(const InputOptions& o) {
  auto dir = find_data_dir(g_executable);
  if (dir.empty()) {
    throw Error("cannot find the alias tables (parties.tsv); set TALLY_DATA_DIR to the folder that holds them");
  }
  std::vector<TableError> errors;
  Tables tables = load_tables(dir, errors);
  for (auto& file : o.aliases) load_user_table(file, tables, errors);
  for (auto& e : errors) std::cerr << "tally: warning: " << e.path << ":" << e.line << ": " << e.message << '\n';
  return tables;
}

/// The tables (for the reconciler's chamber names and sizes) and the lexicon compiled from them.
struct Names {
  Tables tables;
  std::unique_ptr<Lexicon> lexicon;
};

Names load_names(const InputOptions& o) {
  Names names;
  names.tables = load_all_tables(o);
  names.lexicon = std::make_unique<Lexicon>(names.tables);
  return names;
}

/// The command-line paths, then those of --files-from, given one at a time (a list of millions of paths is
/// never held); a usage error when there are none.
class InputPaths {
 public:
  explicit InputPaths(const InputOptions& o) : files_(o.files) {
    if (!o.files_from.empty()) {
      if (o.files_from == "-") {
        list_ = &std::cin;
      } else {
        file_.open(o.files_from);
        if (!file_) throw Error("cannot read --files-from list '" + o.files_from + "': " + std::strerror(errno), ExitCode::usage);
        list_ = &file_;
      }
    }
    // Look at the first path now, so that a run without input fails before any work.
    if (!take(first_)) {
      throw Error("no input: give article files or directories, '-' for standard input, or --files-from LIST",
                  ExitCode::usage);
    }
    have_first_ = true;
  }
  bool operator()(std::string& path) {
    if (have_first_) {
      have_first_ = false;
      path = std::move(first_);
      return true;
    }
    return take(path);
  }

 private:
  bool take(std::string& path) {
    if (next_ < files_.size()) {
      path = files_[next_++];
      return true;
    }
    while (list_ && std::getline(*list_, path)) {
      if (!path.empty() && path.back() == '\r') path.pop_back();
      if (!path.empty()) return true;
    }
    return false;
  }

  const std::vector<std::string>& files_;
  std::size_t next_ = 0;
  std::istream* list_ = nullptr;
  std::ifstream file_;
  std::string first_;
  bool have_first_ = false;
};

PipelineOptions pipeline_options(const InputOptions& o) {
  PipelineOptions p;
  p.threads = o.threads;
  p.format = parse_input_format(o.input_format).value_or(InputFormat::automatic);
  if (!o.date.empty()) {
    p.extract.default_date = parse_iso_date(o.date);
    if (!p.extract.default_date) throw Error("--date must be a real date written YYYY-MM-DD, not '" + o.date + "'", ExitCode::usage);
  }
  return p;
}

/// Reads and extracts the inputs; per-file warnings (binary file skipped, decoding, bad date header,
/// ambiguous names) go to standard error as "tally: warning: PATH: message" unless --quiet.
StoredReport extract_all(const InputOptions& in, const Lexicon& lexicon) {
  PipelineOptions options = pipeline_options(in);
  if (show_progress(in.progress)) {
    // Nothing for runs under a second; then a line rewritten in place, ended when all files are done.
    options.progress = [start = std::chrono::steady_clock::now(), shown = false](std::size_t done,
                                                                                std::size_t total) mutable {
      if (!shown && std::chrono::steady_clock::now() - start < std::chrono::seconds(1)) return;
      shown = true;
      // The total is known once the directories have been walked, near the end.
      if (total == 0 && done > 0) {
        std::cerr << "\rtally: " << done << " documents" << std::flush;
      } else {
        std::cerr << "\rtally: " << done << "/" << total << " documents" << (done == total ? "\n" : "") << std::flush;
      }
    };
  }
  InputPaths paths(in);
  StoredReport report = extract_stored(std::ref(paths), lexicon, options);
  if (!in.quiet && report.documents.spilled()) {
    report.documents.each_document([](const DocumentResult& d) {
      for (auto& w : d.warnings) std::cerr << "tally: warning: " << d.path << ": " << w << '\n';
    });
  } else if (!in.quiet) {
    const DocumentStore& store = report.documents;
    for (std::size_t i = 0; i < store.size(); ++i) {
      const PackedDocument& d = store.doc(i);
      for (std::size_t k = 0; k < d.warnings; ++k) {
        std::cerr << "tally: warning: " << store.dir(d) << store.name(d) << ": " << store.warning(d, k) << '\n';
      }
    }
  }
  return report;
}

int finish(const std::vector<InputError>& errors) {
  for (auto& e : errors) std::cerr << "tally: error: " << e.path << ": " << e.message << '\n';
  std::cout.flush();
  if (!std::cout) {
    if (errno == EPIPE) return 141;
    throw Error(std::string("cannot write the output: ") + std::strerror(errno));
  }
  return errors.empty() ? 0 : 1;
}

int run_summary(const InputOptions& in, const OutputOptions& out) {
  Names names = load_names(in);
  StoredReport report = extract_all(in, *names.lexicon);
  auto date = as_of_date(out);
  // Documents are unpacked and groups reconciled one at a time as the report is written; with two threads or
  // more, the JSON summary is written by a second thread while the documents are written, and each group is
  // reconciled by a third while the one before it is written (the reconciler is the longest serial step).
  unsigned threads = in.threads ? in.threads : std::max(1u, std::thread::hardware_concurrency());
  ReportStream stream = threads >= 2 ? reconcile_ahead(report.documents, report.errors, date, &names.tables)
                                     : stream_of(report.documents, report.errors, date, &names.tables);
  write_report(std::cout, stream, *parse_format(out.format), pick_color(out), threads);
  return finish(report.errors);
}

int run_timeline(const InputOptions& in, const OutputOptions& out) {
  Names names = load_names(in);
  StoredReport report = extract_all(in, *names.lexicon);
  auto date = as_of_date(out);
  Summary summary = reconcile(report.documents, date, &names.tables);
  write_timelines(std::cout, build_timelines(summary), *parse_format(out.format), pick_color(out));
  return finish(report.errors);
}

struct ChartOptions {
  InputOptions in;
  OutputOptions out;
  std::string kind = "hemicycle";
  std::string date;
  std::string chamber;
  std::string election;
  std::string scope;
  int seats = 0;
  std::string output;
};

int run_chart(const ChartOptions& o) {
  auto date = parse_date_option(o.date, "--date");
  Tables tables = load_all_tables(o.in);
  Lexicon lexicon(tables);
  StoredReport report = extract_all(o.in, lexicon);
  auto known = as_of_date(o.out);
  Summary summary = reconcile(report.documents, known, &tables);
  // Without --scope, the whole chamber's count; with it, that region's.
  auto wanted = [&](const std::string& election, const std::string& chamber, const std::optional<std::string>& scope) {
    return (o.chamber.empty() || chamber == o.chamber) && (o.election.empty() || election == o.election) &&
           scope.value_or("") == o.scope;
  };
  std::string svg;
  if (o.kind == "timeline") {
    for (const auto& t : build_timelines(summary)) {
      if (!wanted(t.election, t.chamber, t.scope)) continue;
      svg = timeline_svg(timeline_points(t, true), tables, t.chamber + " (" + t.election + ")");  // the last match wins
    }
  } else {
    const SummaryGroup* chosen = nullptr;
    for (const auto& g : summary.groups) {
      if (g.parties.empty() || !g.date || !wanted(g.election, g.chamber, g.scope) || (date && g.date != date)) continue;
      chosen = &g;  // groups are sorted by date: the latest that matches
    }
    if (chosen) svg = hemicycle_svg(*chosen, tables, o.seats);
  }
  if (svg.empty()) {
    std::cerr << "tally: error: no reconciled count matches" << (date ? " --date " + format_date(*date) : "")
              << (o.chamber.empty() ? "" : " --chamber '" + o.chamber + "'")
              << (o.election.empty() ? "" : " --election " + o.election) << (o.scope.empty() ? "" : " --scope '" + o.scope + "'")
              << "; run 'tally FILES' to see what was found\n";
    finish(report.errors);
    return 1;
  }
  if (o.output.empty() || o.output == "-") {
    std::cout << svg;
  } else {
    std::ofstream file(o.output, std::ios::binary);
    file << svg;
    file.close();
    if (!file) throw Error("cannot write '" + o.output + "': " + std::strerror(errno));
  }
  return finish(report.errors);
}

struct ExplainOptions {
  std::string party;
  std::string date;
  InputOptions in;
  OutputOptions out;
};

int run_explain(const ExplainOptions& o) {
  auto date = parse_date_option(o.date, "--date");
  Names names = load_names(o.in);
  StoredReport report = extract_all(o.in, *names.lexicon);
  auto known = as_of_date(o.out);
  Summary summary = reconcile(report.documents, known, &names.tables);
  int found = write_explain(std::cout, summary, o.party, date);
  int status = finish(report.errors);
  if (found == 0) {
    std::cerr << "tally: error: no figure for '" << o.party << "'" << (date ? " on " + format_date(*date) : "")
              << "; run 'tally FILES' to see the parties and dates found\n";
    return std::max(status, 1);
  }
  return status;
}

int run_extract(const InputOptions& in) {
  Names names = load_names(in);
  StoredReport report = extract_all(in, *names.lexicon);
  write_extract(std::cout, stream_of(report.documents, report.errors, std::nullopt));
  return finish(report.errors);
}

struct ReconcileOptions {
  std::vector<std::string> files;
  std::vector<std::string> aliases;
  unsigned threads = 0;
  bool quiet = false;  ///< accepted like every subcommand's; reconcile prints no per-file warnings
  std::string progress = "auto";
};

int run_reconcile(const ReconcileOptions& in, const OutputOptions& out) {
  // The chamber tables name and size the chambers (observations written by older versions included).
  InputOptions table_options;
  table_options.aliases = in.aliases;
  Tables tables = load_all_tables(table_options);
  Report report;
  std::vector<std::string> files = in.files.empty() ? std::vector<std::string>{"-"} : in.files;
  std::vector<LineError> line_errors;
  bool progress = show_progress(in.progress);
  long total_lines = 0;
  for (auto& path : files) {
    InputError error;
    long lines = 0;
    // In pieces of whole lines: the input is never held whole.
    auto consume = [&](std::string_view piece) {
      read_extract(piece, path, report.documents, report.errors, line_errors, lines);
      long n = static_cast<long>(std::count(piece.begin(), piece.end(), '\n'));
      lines += n;
      total_lines += n;
      if (progress) std::cerr << "\rtally: " << total_lines << " lines" << std::flush;
    };
    if (!read_lines(path, consume, error)) report.errors.push_back(error);  // printed by finish()
  }
  if (progress) std::cerr << "\rtally: " << total_lines << " lines\n" << std::flush;
  // malformed lines are errors in the output too, named FILE:LINE (printed by finish())
  for (auto& e : line_errors) report.errors.push_back({e.path + ":" + std::to_string(e.line), e.message});
  normalize(report);
  auto date = as_of_date(out);
  // Packed, the documents take a fraction of their unpacked size; the summary is written group by group.
  DocumentStore store;
  store.set_spill_budget(spill_budget());
  for (std::size_t i = 0; i < report.documents.size(); ++i) store.add(report.documents[i], static_cast<std::uint32_t>(i));
  std::vector<DocumentResult>().swap(report.documents);
  store.normalize();  // already sorted: writes what is left when the store spilled
  unsigned threads = in.threads ? in.threads : std::max(1u, std::thread::hardware_concurrency());
  write_report(std::cout, stream_of(store, report.errors, date, &tables), *parse_format(out.format), pick_color(out), threads);
  int status = finish(report.errors);
  return line_errors.empty() ? status : std::max(status, 1);
}

struct EvalOptions {
  InputOptions in;
  std::string gold;
  double min_f1 = -1;
  double min_source = -1;
  std::string junit;
  bool json = false;
};

/// The thresholds given, each passed or not (a failed one makes the exit status 4).
std::vector<JUnitCheck> eval_checks(const EvalOptions& o, const EvalResult& r) {
  std::vector<JUnitCheck> checks;
  auto check = [&](const char* option, const char* what, double value, double min) {
    if (min < 0) return;
    std::ostringstream name, message;
    name << what << " >= " << min;
    message << what << ' ' << value << " is below " << option << ' ' << min;
    checks.push_back({name.str(), value >= min, message.str()});
  };
  check("--min-f1", "F1", r.f1(), o.min_f1);
  check("--min-source", "source accuracy", r.matched ? double(r.source_right) / r.matched : 1.0, o.min_source);
  return checks;
}

int run_eval(const EvalOptions& o) {
  std::ifstream file(o.gold, std::ios::binary);
  if (!file) throw Error("cannot read the gold file '" + o.gold + "': " + std::strerror(errno), ExitCode::usage);
  std::ostringstream buffer;
  buffer << file.rdbuf();
  auto gold = read_gold(buffer.str(), o.gold);
  Names names = load_names(o.in);
  // a gold file need not know tally's canonical names: a chamber or source is compared by the name the tables
  // give its spelling in the article's country, as tally names the ones it finds
  for (auto& d : gold)
    for (auto& c : d.claims) {
      if (!c.chamber.empty()) c.chamber = canonical_chamber(names.tables, c.chamber, d.country);
      if (c.source) c.source = canonical_source(names.tables, *c.source, d.country);
    }
  StoredReport report = extract_all(o.in, *names.lexicon);
  std::vector<DocumentResult> documents;
  report.documents.each_document([&](const DocumentResult& d) { documents.push_back(d); });
  EvalResult result = evaluate(documents, gold);
  score_summary(reconcile(report.documents, std::nullopt, &names.tables), gold, result);
  write_eval(std::cout, result, o.json);
  auto checks = eval_checks(o, result);
  if (!o.junit.empty()) {
    JUnitSuite suite = junit_suite(o.gold, gold, documents);
    suite.checks = checks;
    std::ofstream junit(o.junit, std::ios::binary);
    write_junit(junit, result, suite);
    junit.close();
    if (!junit) throw Error("cannot write the JUnit report '" + o.junit + "': " + std::strerror(errno));
  }
  int status = finish(report.errors);
  bool below = false;
  for (const auto& c : checks) {
    if (!c.passed) std::cerr << "tally: error: " << c.message << '\n';
    below = below || !c.passed;
  }
  return below ? 4 : status;
}

constexpr const char* kFooter = R"(Examples:
  tally data/*.txt                        summary table of the sample articles
  tally --format json data/ > out.json    the same as JSON (documents, summary, errors)
  tally extract data/*.txt > obs.jsonl    observations, one JSON object a line (map step)
  tally reconcile obs.jsonl               summary from observations (reduce step)
  tally timeline data/*.txt               counts per date, per election and chamber
  tally explain Independents data/*.txt   why each figure was chosen, with its rivals
  tally eval --gold gold.jsonl articles/  precision, recall and F1 against annotations
  tally chart data/*.txt -o seats.svg     parliament hemicycle of the latest count (SVG)
  tally pages/ feed.jsonl                 saved web pages and JSON Lines feeds (one article a line)
  tally --input-format html - < page.php  a web page from standard input
  find archive -name '*.txt' | tally --files-from - --format csv

Exit status: 0 all inputs read, 1 some input could not be read (see stderr), 2 usage error,
3 failure (tables missing, output not writable).)";

}  // namespace

int main(int argc, char** argv) {
#if defined(__GLIBC__)
  // Blocks of 128 KiB and more (spill buffers, the records of a large group) get their own mapping and go back
  // to the system when freed. By default glibc raises this threshold after the first such block is freed, and
  // the freed buffers of one phase then stay resident through the next, adding to the peak (at 100,000
  // articles, median of 3: 48.0 MB instead of 38.8 with 2 threads, 43.1 instead of 30.8 with 1; bench/RESULTS.md).
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
  g_executable = argc > 0 ? argv[0] : "tally";
  CLI::App app{"tally: extract party seat tallies from election news articles and reconcile them per date"};
  app.footer(kFooter);
  app.set_version_flag("--version", std::string("tally ") + std::string(tally::version()));
  InputOptions summary_in;
  OutputOptions summary_out;
  add_input_options(app, summary_in);
  add_output_options(app, summary_out);

  auto* extract = app.add_subcommand("extract", "Print every seat tally found, one JSON object a line (the map step)");
  extract->footer("Example:\n  tally extract data/*.txt | tally reconcile -");
  InputOptions extract_in;
  add_input_options(*extract, extract_in);

  auto* reconcile_cmd = app.add_subcommand("reconcile", "Summarise observations from 'tally extract' (the reduce step)");
  reconcile_cmd->footer("Examples:\n  tally reconcile part1.jsonl part2.jsonl\n  tally extract data/*.txt | tally reconcile --format json -");
  ReconcileOptions reconcile_in;
  OutputOptions reconcile_out;
  reconcile_cmd->add_option("files", reconcile_in.files, "JSON Lines files from 'tally extract' (- or none: standard input)");
  reconcile_cmd->add_option("--aliases", reconcile_in.aliases, "Add a chamber (#kind: chambers) or other alias table; repeatable")
      ->allow_extra_args(false);
  add_run_options(*reconcile_cmd, reconcile_in.threads, reconcile_in.quiet, reconcile_in.progress);
  add_output_options(*reconcile_cmd, reconcile_out);
  auto* eval_cmd = app.add_subcommand("eval", "Compare extraction with gold annotations: precision, recall, F1, accuracy");
  eval_cmd->footer("Example:\n  tally eval --gold tests/corpus/gold.jsonl --min-f1 0.95 tests/corpus/articles/\n"
                   "  tally eval --gold gold.jsonl --min-f1 0.9 --min-source 0.8 --junit report.xml articles/\n"
                   "Exit status 4 when F1 is below --min-f1 or source accuracy below --min-source.");
  EvalOptions eval_opts;
  add_input_options(*eval_cmd, eval_opts.in);
  eval_cmd->add_option("--gold", eval_opts.gold, "Gold annotations (JSON Lines, see tests/corpus/README.md)")->required();
  eval_cmd->add_option("--min-f1", eval_opts.min_f1, "Exit with status 4 when F1 is below this");
  eval_cmd->add_option("--min-source", eval_opts.min_source, "Exit with status 4 when source accuracy is below this");
  eval_cmd->add_option("--junit", eval_opts.junit, "Also write a JUnit XML report here: a test case per gold document");
  eval_cmd->add_flag("--json", eval_opts.json, "Print the figures and items as JSON");
  auto* timeline_cmd = app.add_subcommand("timeline", "Counts per date for each election and chamber, and the latest known as of each date");
  timeline_cmd->footer("Examples:\n  tally timeline data/*.txt\n  tally timeline --format csv --as-of 2024-02-09 data/");
  InputOptions timeline_in;
  OutputOptions timeline_out;
  add_input_options(*timeline_cmd, timeline_in);
  add_output_options(*timeline_cmd, timeline_out);

  auto* explain_cmd = app.add_subcommand("explain", "Why a party's figure was chosen: the rule that decided and every rival");
  explain_cmd->footer("Examples:\n  tally explain Independents data/*.txt\n  tally explain PML-N --date 2024-02-09 data/");
  ExplainOptions explain_opts;
  explain_cmd->add_option("party", explain_opts.party, "Party (canonical name, e.g. PML-N, Independents)")->required();
  add_input_options(*explain_cmd, explain_opts.in, false);
  explain_cmd->add_option("--date", explain_opts.date, "Only this date (YYYY-MM-DD)");
  explain_cmd->add_option("--as-of", explain_opts.out.as_of, "Use only articles dated on or before YYYY-MM-DD");
  auto* chart_cmd = app.add_subcommand("chart", "Draw an SVG chart: a parliament hemicycle of a count, or counts over time");
  chart_cmd->footer("Examples:\n  tally chart data/*.txt -o seats.svg                  hemicycle of the latest count\n"
                    "  tally chart --date 2024-02-09 --chamber 'National Assembly' data/ -o na.svg\n"
                    "  tally chart --kind timeline data/ -o timeline.svg");
  ChartOptions chart_opts;
  add_input_options(*chart_cmd, chart_opts.in, false);
  chart_cmd->add_option("--kind", chart_opts.kind, "hemicycle (default) or timeline")->check(CLI::IsMember({"hemicycle", "timeline"}));
  chart_cmd->add_option("--date", chart_opts.date, "The date of the count to draw (default: the latest)");
  chart_cmd->add_option("--chamber", chart_opts.chamber, "Chamber, e.g. 'National Assembly'");
  chart_cmd->add_option("--election", chart_opts.election, "Election, e.g. PK-2024");
  chart_cmd->add_option("--scope", chart_opts.scope, "A region's sub-table, e.g. Wales (default: the whole chamber)");
  chart_cmd->add_option("--seats", chart_opts.seats, "Chamber size to draw (default: the coverage total, else the chamber table)");
  chart_cmd->add_option("-o,--output", chart_opts.output, "Write the SVG here (default: standard output)");
  chart_cmd->add_option("--as-of", chart_opts.out.as_of, "Use only articles dated on or before YYYY-MM-DD");
  app.require_subcommand(0, 1);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : static_cast<int>(ExitCode::usage);
  }
  try {
    if (*extract) return run_extract(extract_in);
    if (*reconcile_cmd) return run_reconcile(reconcile_in, reconcile_out);
    if (*eval_cmd) return run_eval(eval_opts);
    if (*timeline_cmd) return run_timeline(timeline_in, timeline_out);
    if (*explain_cmd) return run_explain(explain_opts);
    if (*chart_cmd) return run_chart(chart_opts);
    return run_summary(summary_in, summary_out);
  } catch (const tally::Error& e) {
    std::cerr << "tally: error: " << e.what() << '\n';
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    std::cerr << "tally: error: " << e.what() << '\n';
    return static_cast<int>(ExitCode::failure);
  }
}
