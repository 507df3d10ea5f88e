#pragma once
/// JSON Lines article feeds: one article a line, as scrapers and news APIs write them. Internal to tally_core
/// (the pipeline reads feeds with it).
#include <cstdio>
#include <string>
#include <string_view>

#include "tally/document.h"

namespace tally {

/// One line of a feed.
struct FeedLine {
  std::string text;
  long number = 0;        ///< 1-based
  bool too_long = false;  ///< longer than the reader's limit (FeedReader::kMaxLine): text holds none of it
};

/// Reads a feed line by line ("-" is standard input): memory holds one line, never the feed. Blank lines are
/// skipped (and counted); a UTF-8 byte-order mark before the first line is dropped. Not thread-safe.
class FeedReader {
 public:
  /// Longer lines are skipped, each an error of its own.
  static constexpr std::size_t kMaxLine = std::size_t{256} << 20;

  explicit FeedReader(std::size_t max_line = kMaxLine) : max_line_(max_line) {}
  ~FeedReader();
  FeedReader(const FeedReader&) = delete;
  FeedReader& operator=(const FeedReader&) = delete;

  /// Opens a feed; false (and error filled) when it cannot be read.
  bool open(const std::string& path, InputError& error);
  /// Reads an open stream, named path in messages; the reader closes it (unless it is stdin).
  void open(std::FILE* file, const std::string& path);
  /// The next line that is not blank; false at the end of the feed or when reading failed (see failed()).
  bool next(FeedLine& line);
  /// True (and error filled) when the feed could not be read to its end.
  bool failed(InputError& error) const;
  const std::string& path() const { return path_; }

 private:
  bool fill();
  std::size_t max_line_;
  std::string path_;
  std::FILE* file_ = nullptr;
  std::string buffer_;
  std::size_t at_ = 0;
  long number_ = 0;
  bool eof_ = false;
  std::string error_;
};

/// The name of a feed's line as a document: FILE:LINE.
std::string feed_line_name(const std::string& path, long line);

/// Reads one line of a feed (a JSON object) as an article named `name`: its text from "text", "content" or
/// "body" (the first that is a string), its date from "date", "published" or "published_at" (a date string
/// or Unix time), and "url", "title" and "id" when present; other fields are ignored. Bytes that are not
/// UTF-8 are read as Latin-1 (with a warning), as in text files. False (and error filled, naming `name`)
/// when the line is not a JSON object or has no text.
bool read_feed_line(std::string_view line, const std::string& name, SourceText& out, InputError& error);

}  // namespace tally
