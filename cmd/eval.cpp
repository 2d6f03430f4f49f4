// claimcheck eval GOLD... [--format text|json] [--verbose]
#include <iostream>

#include "base/error.h"
#include "cli.h"
#include "command.h"
#include "eval/eval_report.h"
#include "eval/evaluation.h"

namespace claimcheck::cli {

int run_eval(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()
      ("format", po::value<std::string>()->default_value("text")->value_name("FORMAT"),
       "'text' (an aligned table) or 'json'")
      ("verbose,v", po::bool_switch(),
       "also list unmatched gold claims, unmatched extracted claims, sentences with the wrong "
       "check-worthiness and unfaithful claims (with --format json they are always included)");
  po::options_description hidden;
  hidden.add_options()("gold", po::value<std::vector<std::string>>(), "");
  po::positional_options_description positional;
  positional.add("gold", -1);
  po::variables_map vm;
  if (!parse_arguments(
          args, "eval GOLD... [--format text|json] [--verbose]",
          "Measures the extractor against hand-written gold files (*.gold.yaml: 'document',\n"
          "'headings', 'sentences', 'claims', 'not_checkworthy', 'vague_attribution'). Extracts\n"
          "each gold file's document (named relative to the gold file) and reports, per file\n"
          "and in total: headings found; exact sentence recall and precision; claim recall and\n"
          "precision (gold claims paired one-to-one with check-worthy extracted claims by\n"
          "shared content words, a pair matching at content-word F1 >= 0.75); check-worthiness\n"
          "accuracy over labelled sentences and the not-check-worthy sentences marked\n"
          "check-worthy; vague-attribution recall; and faithfulness (claims using only words\n"
          "of their sentence or source spans, plus articles, copulas, auxiliaries and a few\n"
          "joining words). It reports and does not gate: exit 0 when it ran, 2 on bad input.",
          options, hidden, positional, vm)) {
    return kExitOk;
  }
  const std::string format = vm["format"].as<std::string>();
  if (format != "text" && format != "json") {
    throw UsageError("unknown --format '" + format + "'; expected text or json");
  }
  if (!vm.count("gold")) throw UsageError("no gold file given");
  const bool verbose = vm["verbose"].as<bool>();

  // Every gold file is evaluated, good or bad, so one run reports every
  // broken file; the figures cover the good ones.
  std::vector<eval::Evaluation> evaluations;
  bool failed = false;
  for (const std::string& path : vm["gold"].as<std::vector<std::string>>()) {
    try {
      evaluations.push_back(eval::evaluate_gold_file(path));
    } catch (const InputError& error) {
      print_diagnostics(error.diagnostics(), std::cerr);
      failed = true;
    }
  }
  if (format == "json") {
    std::cout << eval::to_json(evaluations).dump(2, ' ', false,
                                                 nlohmann::json::error_handler_t::replace)
              << '\n';
  } else if (!evaluations.empty()) {
    std::cout << eval::format_table(evaluations);
    if (verbose) {
      for (const eval::Evaluation& evaluation : evaluations) {
        std::cout << '\n' << eval::format_details(evaluation);
      }
    }
  }
  return failed ? kExitInputError : kExitOk;
}

}  // namespace claimcheck::cli
