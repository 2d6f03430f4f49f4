// claimcheck validate FILE...
#include <iostream>

#include "base/error.h"
#include "base/file_io.h"
#include "claims/claims_files.h"
#include "claims/claims_reader.h"
#include "cli.h"
#include "command.h"

namespace claimcheck::cli {

int run_validate(const std::vector<std::string>& args) {
  po::options_description options("Options");
  po::options_description hidden;
  hidden.add_options()("file", po::value<std::vector<std::string>>(), "");
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  if (!parse_arguments(args, "validate FILE|DIR...",
                       "Checks claims files against the claims schema (the one in "
                       "schemas/claims.schema.yaml,\nbuilt into this binary), and for duplicate "
                       "keys and duplicate claim ids. Directories are\nsearched for *.claims.yaml. "
                       "Every problem is reported as file:line:col: error: message.\nExit 0 if all "
                       "files are valid, 2 otherwise.",
                       options, hidden, positional, vm)) {
    return kExitOk;
  }
  if (!vm.count("file")) throw UsageError("no claims file given");
  const std::vector<std::string> files =
      find_claims_files(vm["file"].as<std::vector<std::string>>());

  std::size_t invalid = 0;
  for (const std::string& file : files) {
    Diagnostics diagnostics;
    try {
      diagnostics = validate_claims_text(file, read_file(file));
    } catch (const InputError& error) {
      diagnostics = error.diagnostics();
    }
    print_diagnostics(diagnostics, std::cerr);
    if (has_errors(diagnostics)) ++invalid;
  }
  if (invalid > 0) {
    std::cerr << invalid << " of " << files.size() << " claims file(s) invalid\n";
    return kExitInputError;
  }
  std::cerr << files.size() << " claims file(s) valid\n";
  return kExitOk;
}

}  // namespace claimcheck::cli
