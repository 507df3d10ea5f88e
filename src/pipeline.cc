#include "tally/pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <thread>

#include "tally/input.h"

namespace tally {

StoredReport extract_stored(const std::function<bool(std::string&)>& roots, const Lexicon& lexicon,
                            const PipelineOptions& options) {
  StoredReport report;
  // Past its budget the store spills to a temporary file: memory does not grow with the corpus.
  report.documents.set_spill_budget(spill_budget());
  // Directories are walked as the threads take their paths: no list of every input is built first.
  InputWalk walk(roots, [&](InputError e) { report.errors.push_back(std::move(e)); });
  // Each document goes into the compact store as soon as it is extracted; its text and its full-size
  // observations are freed at once, so memory holds only the store.
  std::mutex lock;
  std::size_t taken = 0;  // paths handed out (under lock): a path's number is its input order
  bool walked = false;    // the walk has ended or a thread failed: no more paths (under lock)
  std::atomic<std::size_t> done{0};
  // Progress is reported by the calling thread only, at most a few times a second.
  using Clock = std::chrono::steady_clock;
  auto last_progress = Clock::now();
  auto take = [&](std::string& path, std::size_t& number) {
    std::lock_guard<std::mutex> guard(lock);
    if (walked) return false;
    if (!walk.next(path)) {
      walked = true;
      return false;
    }
    number = taken++;
    return true;
  };
  auto work = [&](bool reporter) {
    SourceText source;
    InputError error;
    std::string path;
    std::size_t i = 0;
    while (take(path, i)) {
      if (read_input(path, source, error)) {
        DocumentResult result = extract_document(path, source.text, lexicon, options.extract);
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
      ++done;
      if (reporter && options.progress && Clock::now() - last_progress > std::chrono::milliseconds(250)) {
        last_progress = Clock::now();
        std::size_t total = 0;
        {
          std::lock_guard<std::mutex> guard(lock);
          if (walked) total = taken;
        }
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
      walked = true;  // the others stop after their current file
    }
  };
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min(threads, 256u);  // the number of inputs is not known in advance to bound it by
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(guarded, false);
  guarded(true);
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  if (options.progress) options.progress(done.load(), done.load());
  report.documents.normalize();
  normalize_errors(report.errors);
  return report;
}

StoredReport extract_stored(const std::vector<std::string>& paths, const Lexicon& lexicon, const PipelineOptions& options) {
  return extract_stored(roots_of(paths), lexicon, options);
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
