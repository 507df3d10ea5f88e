#pragma once
/// Reading inputs: paths to files, directory walks, standard input, and decoding to UTF-8.
#include <functional>
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

/// Expands the command-line paths: files as given, directories walked for *.txt in sorted order,
/// "-" as standard input. Paths that do not exist are reported through on_error and skipped.
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

/// Reads and decodes one input ("-" is standard input). On failure returns false and fills error.
bool read_input(const std::string& path, SourceText& out, InputError& error);

}  // namespace tally
