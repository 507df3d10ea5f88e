#pragma once
/// The whole map step over many inputs: expand paths, read, decode, extract, in parallel.
#include <functional>
#include <string>
#include <vector>

#include "tally/extract.h"
#include "tally/input.h"
#include "tally/report.h"
#include "tally/store.h"

namespace tally {

/// Options for processing a set of inputs.
struct PipelineOptions {
  ExtractOptions extract;
  InputFormat format = InputFormat::automatic;  ///< --input-format: how every input is read
  unsigned threads = 0;  ///< 0: all cores
  /// Called now and then (from the calling thread) and once at the end with done == total. total is 0 while
  /// directories are still being walked (the number of inputs is not known before the walk ends).
  std::function<void(std::size_t done, std::size_t total)> progress;
};

/// What a run keeps: the documents, compactly, sorted by path (one per path), and the inputs that could not be read.
/// A feed's lines are documents (and errors) of their own, named FILE:LINE.
struct StoredReport {
  DocumentStore documents;
  std::vector<InputError> errors;  ///< sorted by path
};

/// Reads and extracts every input into a compact store; the documents and errors are sorted by path.
/// The result is the same for any number of threads.
StoredReport extract_stored(const std::vector<std::string>& paths, const Lexicon& lexicon, const PipelineOptions& options);

/// The same over command-line paths given one at a time: roots(path) gives the next and returns true, or
/// returns false when there are no more (so that a list of millions of paths need not be held). Called from
/// one thread at a time.
StoredReport extract_stored(const std::function<bool(std::string&)>& roots, const Lexicon& lexicon,
                            const PipelineOptions& options);

/// stream_of(store, errors, as_of) with each group reconciled ahead on a thread of its own: while the caller
/// writes one group, the next ones are reconciled (at most `ahead` wait, moved, never copied). Same groups,
/// same order; an exception in either thread stops both and is thrown from groups().
ReportStream reconcile_ahead(const DocumentStore& store, const std::vector<InputError>& errors,
                             std::optional<Date> as_of, const Tables* tables = nullptr, std::size_t ahead = 8);

/// Reads and extracts every input; the documents and errors come back sorted by path.
/// The result is the same for any number of threads.
Report extract_inputs(const std::vector<std::string>& paths, const Lexicon& lexicon, const PipelineOptions& options);

}  // namespace tally
