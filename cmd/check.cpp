// claimcheck check [PATH...] [--format text|json] [--min-confidence X]
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include "base/error.h"
#include "base/file_io.h"
#include "base/sha256.h"
#include "check/checker.h"
#include "claims/claims_files.h"
#include "claims/claims_reader.h"
#include "cli.h"
#include "command.h"
#include "report/formatter.h"

namespace claimcheck::cli {

namespace {

std::string joined_formatter_names() {
  std::string out;
  for (const std::string& name : formatter_names()) out += (out.empty() ? "" : "|") + name;
  return out;
}

// The document's current SHA-256, or nullopt if it cannot be read.
std::optional<std::string> current_document_hash(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  try {
    return sha256_hex(read_file(path));
  } catch (const InputError&) {
    return std::nullopt;
  }
}

}  // namespace

int run_check(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()
      ("format", po::value<std::string>()->default_value("text")->value_name("FORMAT"),
       ("output format: " + joined_formatter_names()).c_str())
      ("min-confidence", po::value<double>()->default_value(0.7, "0.7")->value_name("X"),
       "reviews with a confidence below X (0..1) are reported as low-confidence");
  po::options_description hidden;
  hidden.add_options()("path", po::value<std::vector<std::string>>(), "");
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  if (!parse_arguments(
          args, "check [PATH...] [--format FORMAT] [--min-confidence X]",
          "Checks claims files (PATH: files, or directories searched for *.claims.yaml; default "
          "'.')\nand reports, at the claim's line and column in its document:\n"
          "  unreviewed       (error)   a check-worthy claim has no verdict\n"
          "  refuted          (error)   the verdict is false, mostly-false or misleading\n"
          "  unsourced        (error)   a factual verdict cites no source\n"
          "  low-confidence   (warning) the review's confidence is below --min-confidence\n"
          "  stale            (error)   the claim was reworded since its review\n"
          "  orphaned         (warning) a reviewed claim's text is gone (at its entry in the "
          "claims file)\n"
          "  document-changed (error)   the document no longer matches the claims file\n"
          "  document-missing (error)   the document cannot be found\n"
          "Exit 0 if there is no error, 1 if there are findings with severity error, 2 on bad "
          "input.",
          options, hidden, positional, vm)) {
    return kExitOk;
  }
  const std::string format = vm["format"].as<std::string>();
  const std::unique_ptr<Formatter> formatter = make_formatter(format);
  if (!formatter) {
    throw UsageError("unknown format '" + format + "'; expected " + joined_formatter_names());
  }
  CheckOptions check_options;
  check_options.min_confidence = vm["min-confidence"].as<double>();
  if (!(check_options.min_confidence >= 0.0 && check_options.min_confidence <= 1.0)) {
    throw UsageError("--min-confidence must be between 0 and 1");
  }
  const std::vector<std::string> paths =
      vm.count("path") ? vm["path"].as<std::vector<std::string>>() : std::vector<std::string>{"."};
  const std::vector<std::string> files = find_claims_files(paths);
  if (files.empty()) {
    std::string where;
    for (const std::string& path : paths) where += (where.empty() ? "" : ", ") + path;
    throw InputError(where, "no *.claims.yaml files found; run 'claimcheck extract DOC' first");
  }

  Diagnostics findings;
  Diagnostics input_errors;
  CheckSummary summary;
  for (const std::string& file : files) {
    try {
      const ClaimsFile claims = read_claims_file(file, read_file(file));
      CheckTarget target;
      target.claims_path = file;
      target.document_path = document_path_for_claims(file, claims.document.path);
      target.document_sha256 = current_document_hash(target.document_path);
      target.claims = &claims;
      Diagnostics file_findings = check_claims(target, check_options, summary);
      findings.insert(findings.end(), std::make_move_iterator(file_findings.begin()),
                      std::make_move_iterator(file_findings.end()));
    } catch (const InputError& error) {
      input_errors.insert(input_errors.end(), error.diagnostics().begin(),
                          error.diagnostics().end());
    }
  }
  // Bad files are reported first; the report then covers the files that
  // could be read (none: no report, rather than a misleading "no findings").
  print_diagnostics(input_errors, std::cerr);
  if (summary.files > 0) formatter->write(findings, summary, std::cout);
  std::cout.flush();
  if (!input_errors.empty()) {
    std::cerr << "claimcheck check: " << files.size() - summary.files << " of " << files.size()
              << " claims file(s) could not be checked; run 'claimcheck validate' on them\n";
    return kExitInputError;
  }
  return has_errors(findings) ? kExitFindings : kExitOk;
}

}  // namespace claimcheck::cli
