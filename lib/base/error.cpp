#include "base/error.h"

#include <utility>

namespace claimcheck {

namespace {
std::string first_message(const Diagnostics& diagnostics) {
  return diagnostics.empty() ? std::string("input error") : to_string(diagnostics.front());
}
}  // namespace

InputError::InputError(Diagnostics diagnostics)
    : std::runtime_error(first_message(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(std::string path, std::string message)
    : InputError(Diagnostics{Diagnostic::error(std::move(path), {}, std::move(message))}) {}

InputError::InputError(std::string path, Position position, std::string message)
    : InputError(Diagnostics{Diagnostic::error(std::move(path), position, std::move(message))}) {}

}  // namespace claimcheck
