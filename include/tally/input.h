#pragma once
/// Reading inputs: paths to files, directory walks, standard input, and decoding to UTF-8.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/document.h"

namespace tally {

/// Result of decoding raw bytes.
struct Decoded {
  std::string text;  ///< UTF-8, BOM removed, CRLF and CR as LF, NUL as space
  std::vector<std::string> warnings;
  bool binary = false;  ///< looks like binary data: skip it
};

/// Decodes bytes: UTF-8 (BOM stripped), UTF-16 with a BOM, else Latin-1 where UTF-8 is invalid.
Decoded decode_text(std::string_view bytes);

/// How an input is read: automatic (by its name: .html and .htm are web pages, .jsonl a feed, anything else and
/// standard input text), plain text, a web page, or a JSON Lines feed of articles (one a line).
enum class InputFormat { automatic, text, html, jsonl };
std::string_view to_string(InputFormat format);
std::optional<InputFormat> parse_input_format(std::string_view text);
/// The format an input is read in: `chosen` (--input-format) unless automatic, else by the name's extension
/// (any case).
InputFormat format_of(std::string_view path, InputFormat chosen = InputFormat::automatic);

/// The inputs of a run, one path at a time: files as given, directories walked for *.txt, *.html, *.htm and
/// *.jsonl (any case) in sorted order,
/// "-" as standard input; paths that do not exist are reported through on_error and skipped. A tree is walked
/// as the paths are taken, holding the sorted entries of the directories on the current branch only, never
/// the list of every file; the order is that of sorting each tree's full paths. Not thread-safe.
class InputWalk {
 public:
  /// roots(path) gives the next command-line path and returns true, or returns false when there are no more.
  InputWalk(std::function<bool(std::string&)> roots, std::function<void(InputError)> on_error);
  /// The next input path; false when every root has been walked.
  bool next(std::string& path);

 private:
  struct Level {
    std::filesystem::path dir;
    std::vector<std::string> entries;  ///< names, with a '/' after a directory's, sorted
    std::size_t at = 0;
  };
  void open(std::filesystem::path dir);

  std::function<bool(std::string&)> roots_;
  std::function<void(InputError)> on_error_;
  std::vector<Level> levels_;
};

/// Roots for an InputWalk from a list, which must outlive the walk.
std::function<bool(std::string&)> roots_of(const std::vector<std::string>& paths);

/// Every path an InputWalk over `paths` gives, as a list.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths,
                                       const std::function<void(InputError)>& on_error);

/// Reads the raw bytes of one input ("-" is standard input); a directory is an error. Reading stops once more
/// than `limit` bytes are in. On failure returns false and fills error.
bool read_bytes(const std::string& path, std::string& bytes, InputError& error,
                std::size_t limit = static_cast<std::size_t>(-1));

/// Reads one input ("-" is standard input) in pieces of whole lines of about `chunk` bytes (the last may lack
/// its newline), each handed to consume: a large file is never held whole. On failure returns false and fills
/// error (pieces read before a read error have been consumed).
bool read_lines(const std::string& path, const std::function<void(std::string_view)>& consume, InputError& error,
                std::size_t chunk = std::size_t{1} << 24);

/// Reads and decodes one input ("-" is standard input) as text or, for InputFormat::html, as a web page (the
/// article's text and the page's metadata). A feed (jsonl) is read line by line elsewhere (the pipeline's
/// feed reader): here it is text. On failure returns false and fills error.
bool read_input(const std::string& path, SourceText& out, InputError& error,
                InputFormat format = InputFormat::text);

}  // namespace tally
