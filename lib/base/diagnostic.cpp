#include "base/diagnostic.h"

#include <algorithm>

namespace claimcheck {

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::string to_string(const Diagnostic& diagnostic) {
  std::string out = diagnostic.path;
  if (diagnostic.position.line > 0) {
    out += ':' + std::to_string(diagnostic.position.line) + ':' +
           std::to_string(diagnostic.position.column);
  }
  out += ": ";
  out += severity_name(diagnostic.severity);
  out += ": ";
  out += diagnostic.message;
  return out;
}

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
    return d.severity == Severity::error;
  });
}

}  // namespace claimcheck
