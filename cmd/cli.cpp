#include "cli.h"

#include <algorithm>
#include <iostream>
#include <numeric>

namespace claimcheck::cli {

bool parse_arguments(const std::vector<std::string>& args, const std::string& usage,
                     const std::string& description, const po::options_description& options,
                     const po::options_description& hidden,
                     const po::positional_options_description& positional, po::variables_map& vm) {
  po::options_description visible;
  visible.add(options);
  po::options_description help_option;
  help_option.add_options()("help,h", "show this help and exit");
  visible.add(help_option);
  po::options_description all;
  all.add(visible).add(hidden);
  po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << "Usage: claimcheck " << usage << "\n\n" << description << "\n\n" << visible;
    return false;
  }
  po::notify(vm);
  return true;
}

void print_diagnostics(const Diagnostics& diagnostics, std::ostream& out) {
  for (const Diagnostic& diagnostic : diagnostics) out << to_string(diagnostic) << '\n';
}

namespace {
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}
}  // namespace

std::string closest_match(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (const std::string& candidate : candidates) {
    // A prefix ("val" for "validate") is as good a hint as a typo.
    const std::size_t distance =
        candidate.starts_with(word) && word.size() >= 2 ? 1 : edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

}  // namespace claimcheck::cli
