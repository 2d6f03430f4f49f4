// The one diagnostic type. Every message claimcheck shows a user -- an input
// error, a schema violation, a checker finding -- is a Diagnostic, and every
// output format (text, JSON, later SARIF/JUnit/annotations) renders these.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace claimcheck {

enum class Severity { note, warning, error };

// "note", "warning", "error".
const char* severity_name(Severity severity);

// A position in a file. `offset` is the byte offset into the original bytes;
// `line` and `column` are 1-based and derived from the offset (column counts
// Unicode code points from the start of the line). line == 0 means "the whole
// file" (no position known).
struct Position {
  std::size_t offset = 0;
  std::size_t line = 0;
  std::size_t column = 0;
};

struct Diagnostic {
  std::string path;       // file the position refers to, as the user named it
  Position position;
  Severity severity = Severity::error;
  std::string message;
  // Set for checker findings; empty for input errors.
  std::string rule;       // e.g. "unreviewed"
  std::string claim_id;   // e.g. "c-1a2b3c4d"
  std::string claim_text;

  static Diagnostic error(std::string path, Position position, std::string message) {
    Diagnostic d;
    d.path = std::move(path);
    d.position = position;
    d.message = std::move(message);
    return d;
  }
};

// "path:line:col: severity: message" (or "path: severity: message" when no
// position is known). This is the compiler-style form editors and CI parse.
std::string to_string(const Diagnostic& diagnostic);

using Diagnostics = std::vector<Diagnostic>;

bool has_errors(const Diagnostics& diagnostics);

}  // namespace claimcheck
