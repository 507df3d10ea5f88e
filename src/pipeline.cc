#include "tally/pipeline.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "tally/input.h"

namespace tally {

Report extract_inputs(const std::vector<std::string>& paths, const Lexicon& lexicon, const PipelineOptions& options) {
  Report report;
  std::vector<std::string> files = expand_inputs(paths, [&](InputError e) { report.errors.push_back(std::move(e)); });
  std::vector<DocumentResult> results(files.size());
  std::vector<std::optional<InputError>> failures(files.size());
  std::atomic<std::size_t> next{0}, done{0};
  // Progress is reported by the calling thread only, at most a few times a second.
  using Clock = std::chrono::steady_clock;
  auto last_progress = Clock::now();
  auto work = [&](bool reporter) {
    SourceText source;
    InputError error;
    for (std::size_t i = next++; i < files.size(); i = next++) {
      if (read_input(files[i], source, error)) {
        results[i] = extract_document(files[i], source.text, lexicon, options.extract);
        results[i].warnings.insert(results[i].warnings.begin(), source.warnings.begin(), source.warnings.end());
      } else {
        failures[i] = error;
      }
      source.text.clear();
      source.text.shrink_to_fit();
      ++done;
      if (reporter && options.progress && Clock::now() - last_progress > std::chrono::milliseconds(250)) {
        last_progress = Clock::now();
        options.progress(done.load(), files.size());
      }
    }
  };
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(files.size(), 1)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, false);
  work(true);
  for (auto& t : pool) t.join();
  if (options.progress) options.progress(done.load(), files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (failures[i]) {
      report.errors.push_back(*failures[i]);
    } else {
      report.documents.push_back(std::move(results[i]));
    }
  }
  normalize(report);
  return report;
}

}  // namespace tally
