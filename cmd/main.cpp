// claimcheck: the command-line entry point and the one error boundary.
#include <boost/program_options/errors.hpp>
#include <iostream>
#include <string>
#include <vector>

#include "base/error.h"
#include "claimcheck/version.h"
#include "cli.h"
#include "command.h"

namespace claimcheck::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> kCommands = {
      {"extract", "extract claims from documents into claims files", run_extract},
      {"validate", "validate claims files against the schema", run_validate},
      {"check", "report claims that still need verification (for CI)", run_check},
      {"review", "record a reviewer's verdict and sources for a claim", run_review},
      {"list", "list the claims of a claims file, by status", run_list},
      {"show", "show everything about one claim", run_show},
      {"segment", "print a document's sentences, one per line", run_segment},
      {"eval", "measure the extractor against hand-written gold files", run_eval},
  };
  return kCommands;
}

namespace {

void print_usage(std::ostream& out) {
  out << "Usage: claimcheck <command> [options] [arguments]\n\n"
         "Turns articles into reviewable lists of factual claims and checks that every\n"
         "check-worthy claim has been verified.\n\nCommands:\n";
  for (const Command& command : commands()) {
    out << "  " << command.name << std::string(12 - std::string(command.name).size(), ' ')
        << command.summary << '\n';
  }
  out << "\nRun 'claimcheck <command> --help' for a command's options.\n"
         "Exit codes: 0 ok, 1 findings, 2 usage or input error, 3 internal failure.\n";
}

int run(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    print_usage(std::cerr);
    return kExitInputError;
  }
  const std::string& name = args.front();
  if (name == "--help" || name == "-h" || name == "help") {
    print_usage(std::cout);
    return kExitOk;
  }
  if (name == "--version") {
    std::cout << "claimcheck " << kVersion << '\n';
    return kExitOk;
  }
  std::vector<std::string> names;
  for (const Command& command : commands()) {
    if (name == command.name) {
      const std::vector<std::string> rest(args.begin() + 1, args.end());
      try {
        return command.run(rest);
      } catch (const boost::program_options::error& error) {
        std::cerr << "claimcheck " << name << ": " << error.what() << "\n"
                  << "Try 'claimcheck " << name << " --help'.\n";
        return kExitInputError;
      } catch (const UsageError& error) {
        std::cerr << "claimcheck " << name << ": " << error.what() << "\n"
                  << "Try 'claimcheck " << name << " --help'.\n";
        return kExitInputError;
      }
    }
    names.emplace_back(command.name);
  }
  std::cerr << "claimcheck: '" << name << "' is not a claimcheck command.";
  if (const std::string suggestion = closest_match(name, names); !suggestion.empty()) {
    std::cerr << " Did you mean '" << suggestion << "'?";
  }
  std::cerr << "\nRun 'claimcheck --help' for the list of commands.\n";
  return kExitInputError;
}

}  // namespace
}  // namespace claimcheck::cli

int main(int argc, char** argv) {
  using namespace claimcheck;
  try {
    return cli::run(argc, argv);
  } catch (const InputError& error) {
    cli::print_diagnostics(error.diagnostics(), std::cerr);
    return cli::kExitInputError;
  } catch (const std::exception& error) {
    std::cerr << "claimcheck: internal error: " << error.what() << '\n';
    return cli::kExitInternalError;
  } catch (...) {
    std::cerr << "claimcheck: internal error\n";
    return cli::kExitInternalError;
  }
}
