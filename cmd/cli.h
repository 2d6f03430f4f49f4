// Helpers shared by the subcommands: option parsing conventions and
// printing diagnostics.
#pragma once

#include <boost/program_options.hpp>
#include <ctime>
#include <iosfwd>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace claimcheck::cli {

namespace po = boost::program_options;

// Parses `args` against `options` (shown in --help) plus `hidden` (the
// positional arguments' storage, not shown). Returns false if --help was
// given, after printing "Usage: claimcheck <usage>", `description` and the
// options to stdout.
bool parse_arguments(const std::vector<std::string>& args, const std::string& usage,
                     const std::string& description, const po::options_description& options,
                     const po::options_description& hidden,
                     const po::positional_options_description& positional, po::variables_map& vm);

// Prints each diagnostic on its own line ("path:line:col: severity: message").
void print_diagnostics(const Diagnostics& diagnostics, std::ostream& out);

// Now, or the time SOURCE_DATE_EPOCH pins (reproducible-builds.org), so runs
// give byte-identical output. Throws UsageError if it is not a whole number.
std::time_t current_time();

// "YYYY-MM-DD" of `time` in UTC.
std::string utc_date(std::time_t time);

// ISO 8601 "YYYY-MM-DDTHH:MM:SSZ" of `time` in UTC.
std::string utc_timestamp(std::time_t time);

// The candidate closest to `word` (see closest_matches in base/suggestions.h),
// or "" if none is close.
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace claimcheck::cli
