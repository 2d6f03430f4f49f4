// Exceptions that cross the library boundary. `main` is the one place that
// catches them and turns them into exit codes:
//   InputError -> 2 (bad input: unreadable, malformed, schema-invalid)
//   UsageError -> 2 (bad command line)
//   anything else -> 3 (internal failure)
#pragma once

#include <stdexcept>
#include <string>

#include "base/diagnostic.h"

namespace claimcheck {

// Bad input. Carries every diagnostic found (not only the first), so a user
// fixes all problems in one round.
class InputError : public std::runtime_error {
 public:
  explicit InputError(Diagnostics diagnostics);
  InputError(std::string path, std::string message);  // no position
  InputError(std::string path, Position position, std::string message);
  const Diagnostics& diagnostics() const { return diagnostics_; }

 private:
  Diagnostics diagnostics_;
};

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace claimcheck
