#pragma once
/// The whole map step over many inputs: expand paths, read, decode, extract, in parallel.
#include <functional>
#include <string>
#include <vector>

#include "tally/extract.h"
#include "tally/report.h"
#include "tally/store.h"

namespace tally {

/// Options for processing a set of inputs.
struct PipelineOptions {
  ExtractOptions extract;
  unsigned threads = 0;  ///< 0: all cores
  std::function<void(std::size_t done, std::size_t total)> progress;  ///< called now and then (from the calling thread) and once at the end
};

/// What a run keeps: the documents, compactly, sorted by path (one per path), and the inputs that could not be read.
struct StoredReport {
  DocumentStore documents;
  std::vector<InputError> errors;  ///< sorted by path
};

/// Reads and extracts every input into a compact store; the documents and errors are sorted by path.
/// The result is the same for any number of threads.
StoredReport extract_stored(const std::vector<std::string>& paths, const Lexicon& lexicon, const PipelineOptions& options);

/// Reads and extracts every input; the documents and errors come back sorted by path.
/// The result is the same for any number of threads.
Report extract_inputs(const std::vector<std::string>& paths, const Lexicon& lexicon, const PipelineOptions& options);

}  // namespace tally
