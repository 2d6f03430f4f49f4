#include "cli.h"

#include <cerrno>
#include <cstdlib>
#include <iostream>

#include "base/error.h"
#include "base/suggestions.h"

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

std::time_t current_time() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch || !*epoch) return std::time(nullptr);
  char* end = nullptr;
  errno = 0;
  const long long value = std::strtoll(epoch, &end, 10);
  if (*end != '\0' || errno != 0 || value < 0) {
    throw UsageError("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got '" +
                     std::string(epoch) + "'");
  }
  return static_cast<std::time_t>(value);
}

namespace {
std::string format_utc(std::time_t time, const char* format) {
  std::tm utc{};
  gmtime_r(&time, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, format, &utc);
  return buffer;
}
}  // namespace

std::string utc_date(std::time_t time) { return format_utc(time, "%Y-%m-%d"); }

std::string utc_timestamp(std::time_t time) { return format_utc(time, "%Y-%m-%dT%H:%M:%SZ"); }

std::string closest_match(const std::string& word, const std::vector<std::string>& candidates) {
  const std::vector<std::string> matches = closest_matches(word, candidates, 1);
  return matches.empty() ? std::string() : matches.front();
}

}  // namespace claimcheck::cli
