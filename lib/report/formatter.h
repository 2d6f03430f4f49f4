// Report formats for checker findings. Each format is one Formatter subclass in
// its own file; the CLI picks one by name with make_formatter().
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "check/checker.h"

namespace claimcheck {

class Formatter {
 public:
  virtual ~Formatter() = default;
  // Renders findings (from one or more files, in the order given) and the
  // summary. Output is complete (ends with a newline) and depends only on the
  // arguments.
  virtual void write(const Diagnostics& findings, const CheckSummary& summary,
                     std::ostream& out) const = 0;
};

// "text" or "json"; nullptr for any other name.
std::unique_ptr<Formatter> make_formatter(std::string_view name);

// The names make_formatter accepts, for --help and error messages.
const std::vector<std::string>& formatter_names();

}  // namespace claimcheck
