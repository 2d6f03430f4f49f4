// The claimcheck subcommands. Each lives in its own file (cmd/<name>.cpp),
// parses its own options with Boost.Program_options and calls into lib/.
#pragma once

#include <string>
#include <vector>

namespace claimcheck::cli {

// Exit codes, the same for every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitInputError = 2;  // also usage errors
inline constexpr int kExitInternalError = 3;

struct Command {
  const char* name;
  const char* summary;
  // Receives the arguments after the subcommand's name. Returns an exit
  // code; throws UsageError, InputError or boost::program_options::error,
  // which main() turns into messages and exit code 2.
  int (*run)(const std::vector<std::string>& args);
};

const std::vector<Command>& commands();

int run_extract(const std::vector<std::string>& args);
int run_validate(const std::vector<std::string>& args);
int run_check(const std::vector<std::string>& args);
int run_review(const std::vector<std::string>& args);
int run_list(const std::vector<std::string>& args);
int run_show(const std::vector<std::string>& args);
int run_segment(const std::vector<std::string>& args);
int run_eval(const std::vector<std::string>& args);

}  // namespace claimcheck::cli
