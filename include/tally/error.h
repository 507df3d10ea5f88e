#pragma once
/// The one exception type for real failures; caught once in main.
#include <stdexcept>
#include <string>

namespace tally {

/// Exit statuses of the tally command.
enum class ExitCode : int { ok = 0, input_error = 1, usage = 2, failure = 3 };

/// A failure that stops the run (unreadable tables, failed write).
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message, ExitCode code = ExitCode::failure)
      : std::runtime_error(message), code_(code) {}
  ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

}  // namespace tally
