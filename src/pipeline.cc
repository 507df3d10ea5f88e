#include "tally/pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

#include "feed_reader.h"
#include "tally/input.h"

namespace tally {

namespace {

/// One unit of work: a file, or a line of a feed.
struct Item {
  std::string path;
  InputFormat format = InputFormat::text;
  bool feed_line = false;
  FeedLine line;  ///< for a feed's line
};

/// Reads and extracts one item: a document, or an error.
void process(Item& item, const Lexicon& lexicon, const PipelineOptions& options, SourceText& source,
             std::optional<DocumentResult>& result, InputError& error) {
  bool read = false;
  if (item.feed_line) {
    std::string name = feed_line_name(item.path, item.line.number);
    if (item.line.too_long) {
      error = {name, "line longer than " + std::to_string(FeedReader::kMaxLine >> 20) + " MiB: not read"};
    } else {
      read = read_feed_line(item.line.text, name, source, error);
    }
    std::string().swap(item.line.text);
  } else {
    read = read_input(item.path, source, error, item.format);
  }
  if (read) {
    ExtractOptions extract = options.extract;
    extract.metadata_date = source.meta.date;
    extract.url = source.meta.url;
    result = extract_document(source.path, source.text, lexicon, extract);
    result->warnings.insert(result->warnings.begin(), source.warnings.begin(), source.warnings.end());
    result->url = std::move(source.meta.url);
    result->title = std::move(source.meta.title);
    result->id = std::move(source.meta.id);
  }
  source.text.clear();
  source.text.shrink_to_fit();
}

}  // namespace

StoredReport extract_stored(const std::function<bool(std::string&)>& roots, const Lexicon& lexicon,
                            const PipelineOptions& options) {
  StoredReport report;
  // Past its budget the store spills to a temporary file: memory does not grow with the corpus.
  report.documents.set_spill_budget(spill_budget());
  // Directories are walked as the threads take their paths: no list of every input is built first.
  InputWalk walk(roots, [&](InputError e) { report.errors.push_back(std::move(e)); });
  // A feed is read a line at a time by the thread that takes the next item; its lines are extracted by all.
  std::optional<FeedReader> feed;
  // Each document goes into the compact store as soon as it is extracted; its text and its full-size
  // observations are freed at once, so memory holds only the store.
  std::mutex lock;
  std::size_t taken = 0;  // items handed out (under lock): an item's number is its input order
  bool walked = false;    // the walk has ended or a thread failed: no more paths (under lock)
  std::atomic<std::size_t> done{0};
  // Progress is reported by the calling thread only, at most a few times a second.
  using Clock = std::chrono::steady_clock;
  auto last_progress = Clock::now();
  auto take = [&](Item& item, std::size_t& number) {
    std::lock_guard<std::mutex> guard(lock);
    while (!walked) {
      if (feed) {
        if (feed->next(item.line)) {
          item.path = feed->path();
          item.feed_line = true;
          number = taken++;
          return true;
        }
        InputError error;
        if (feed->failed(error)) report.errors.push_back(std::move(error));
        feed.reset();
      }
      if (!walk.next(item.path)) {
        walked = true;
        break;
      }
      item.format = format_of(item.path, options.format);
      if (item.format == InputFormat::jsonl) {
        InputError error;
        feed.emplace();
        if (!feed->open(item.path, error)) {
          report.errors.push_back(std::move(error));
          feed.reset();
        }
        continue;
      }
      item.feed_line = false;
      number = taken++;
      return true;
    }
    return false;
  };
  auto work = [&](bool reporter) {
    SourceText source;
    InputError error;
    Item item;
    std::size_t i = 0;
    while (take(item, i)) {
      std::optional<DocumentResult> result;
      process(item, lexicon, options, source, result, error);
      {
        std::lock_guard<std::mutex> guard(lock);
        if (result) {
          report.documents.add(*result, static_cast<std::uint32_t>(i));
        } else {
          report.errors.push_back(error);
        }
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

namespace {

/// Groups handed from the reconciling thread to the writing one; push() waits while `ahead` are waiting.
class GroupQueue {
 public:
  explicit GroupQueue(std::size_t ahead) : ahead_(std::max<std::size_t>(ahead, 1)) {}
  /// False when the reader has stopped: the producer should give up.
  bool push(SummaryGroup&& g) {
    std::unique_lock<std::mutex> guard(lock_);
    room_.wait(guard, [&] { return groups_.size() < ahead_ || stopped_; });
    if (stopped_) return false;
    groups_.push_back(std::move(g));
    ready_.notify_one();
    return true;
  }
  /// The next group; false once the producer has finished and every group was taken.
  bool pop(SummaryGroup& g) {
    std::unique_lock<std::mutex> guard(lock_);
    ready_.wait(guard, [&] { return !groups_.empty() || finished_; });
    if (groups_.empty()) return false;
    g = std::move(groups_.front());
    groups_.pop_front();
    room_.notify_one();
    return true;
  }
  void finish(std::exception_ptr failure) {
    std::lock_guard<std::mutex> guard(lock_);
    finished_ = true;
    failure_ = failure;
    ready_.notify_all();
  }
  void stop() {
    std::lock_guard<std::mutex> guard(lock_);
    stopped_ = true;
    room_.notify_all();
  }
  std::exception_ptr failure() {
    std::lock_guard<std::mutex> guard(lock_);
    return failure_;
  }

 private:
  std::size_t ahead_;
  std::mutex lock_;
  std::condition_variable ready_, room_;
  std::deque<SummaryGroup> groups_;
  bool finished_ = false, stopped_ = false;
  std::exception_ptr failure_;
};

/// Thrown into reconcile_each by the producer when the writer has stopped.
struct WriterStopped {};

}  // namespace

ReportStream reconcile_ahead(const DocumentStore& store, const std::vector<InputError>& errors,
                             std::optional<Date> as_of, const Tables* tables, std::size_t ahead) {
  ReportStream s = stream_of(store, errors, as_of, tables);
  s.groups = [&store, as_of, tables, ahead](const std::function<void(const SummaryGroup&)>& write) {
    GroupQueue queue(ahead);
    std::thread producer([&] {
      std::exception_ptr failure;
      try {
        reconcile_each(store, as_of, [&](SummaryGroup&& g) {
          if (!queue.push(std::move(g))) throw WriterStopped{};
        }, tables);
      } catch (const WriterStopped&) {
      } catch (...) {
        failure = std::current_exception();
      }
      queue.finish(failure);
    });
    try {
      for (SummaryGroup g; queue.pop(g);) write(g);
    } catch (...) {
      queue.stop();
      producer.join();
      throw;
    }
    producer.join();
    if (auto failure = queue.failure()) std::rethrow_exception(failure);
  };
  return s;
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
