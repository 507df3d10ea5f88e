#include "tally/pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <thread>

#include "tally/input.h"

namespace tally {

StoredReport extract_stored(const std::vector<std::string>& paths, const Lexicon& lexicon, const PipelineOptions& options) {
  StoredReport report;
  // Past its budget the store spills to a temporary file: memory does not grow with the corpus.
  report.documents.set_spill_budget(spill_budget());
  std::vector<std::string> files = expand_inputs(paths, [&](InputError e) { report.errors.push_back(std::move(e)); });
  // Each document goes into the compact store as soon as it is extracted; its text and its full-size
  // observations are freed at once, so memory holds only the store.
  std::mutex lock;
  std::atomic<std::size_t> next{0}, done{0};
  // Progress is reported by the calling thread only, at most a few times a second.
  using Clock = std::chrono::steady_clock;
  auto last_progress = Clock::now();
  const std::size_t total = files.size();
  auto work = [&](bool reporter) {
    SourceText source;
    InputError error;
    for (std::size_t i = next++; i < total; i = next++) {
      if (read_input(files[i], source, error)) {
        DocumentResult result = extract_document(files[i], source.text, lexicon, options.extract);
        result.warnings.insert(result.warnings.begin(), source.warnings.begin(), source.warnings.end());
        source.text.clear();
        source.text.shrink_to_fit();
        std::lock_guard<std::mutex> guard(lock);
        report.documents.add(result, static_cast<std::uint32_t>(i));
      } else {
        source.text.clear();
        source.text.shrink_to_fit();
        std::lock_guard<std::mutex> guard(lock);
        report.errors.push_back(error);
      }
      std::string().swap(files[i]);  // the store has its own copy of the path
      ++done;
      if (reporter && options.progress && Clock::now() - last_progress > std::chrono::milliseconds(250)) {
        last_progress = Clock::now();
        options.progress(done.load(), total);
      }
    }
  };
  // A failure in a thread (the store cannot write its spill file) stops every thread and is thrown here.
  std::exception_ptr failure;
  auto guarded = [&](bool reporter) {
    try {
      work(reporter);
    } catch (...) {
      std::lock_guard<std::mutex> guard(lock);
      if (!failure) failure = std::current_exception();
      next = total;  // the others stop after their current file
    }
  };
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(total, 1)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(guarded, false);
  guarded(true);
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  if (options.progress) options.progress(done.load(), total);
  report.documents.normalize();
  normalize_errors(report.errors);
  return report;
}

Report extract_inputs(const std::vector<std::string>& paths, const Lexicon& lexicon, const PipelineOptions& options) {
  StoredReport stored = extract_stored(paths, lexicon, options);
  Report report;
  report.documents.reserve(stored.documents.size());
  for (std::size_t i = 0; i < stored.documents.size(); ++i) report.documents.push_back(stored.documents.document(i));
  report.errors = std::move(stored.errors);
  return report;
}

}  // namespace tally
