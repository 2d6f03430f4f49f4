// claimcheck list CLAIMS_FILE [--status S] [--format text|json]
#include <iostream>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "base/file_io.h"
#include "claims/claims_reader.h"
#include "claims/review_edit.h"
#include "cli.h"
#include "command.h"

namespace claimcheck::cli {

namespace {

constexpr std::size_t kTextWidth = 72;  // code points of claim text per line

// The first `width` code points of `text`, with "…" if it was cut.
std::string shortened(const std::string& text, std::size_t width) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (points++ == width) return text.substr(0, i) + "…";
  }
  return text;
}

// `text` and spaces to `width` columns, and at least one space.
std::string padded(const std::string& text, std::size_t width) {
  return text + std::string(text.size() < width ? width - text.size() : 1, ' ');
}

nlohmann::json claim_json(const Claim& claim, bool orphaned) {
  nlohmann::json out = {
      {"id", claim.id},
      {"status", claim_status_name(claim_status(claim, orphaned))},
      {"line", claim.line},
      {"column", claim.column},
      {"section", claim.section},
      {"checkworthy", claim.checkworthy},
      {"text", claim.text},
      {"verdict", nullptr},
      {"confidence", nullptr},
  };
  if (claim.review && claim.review->verdict) out["verdict"] = verdict_name(*claim.review->verdict);
  if (claim.review && claim.review->confidence) out["confidence"] = *claim.review->confidence;
  return out;
}

}  // namespace

int run_list(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()
      ("status", po::value<std::string>()->value_name("S"),
       "only claims that are unreviewed, reviewed, stale, orphaned or refuted")
      ("format", po::value<std::string>()->default_value("text")->value_name("F"),
       "text (one claim per line) or json");
  po::options_description hidden;
  hidden.add_options()("claims-file", po::value<std::vector<std::string>>(), "");
  po::positional_options_description positional;
  positional.add("claims-file", -1);
  po::variables_map vm;
  if (!parse_arguments(args, "list CLAIMS_FILE [--status S] [--format text|json]",
                       "Lists the claims of a claims file in document order, orphaned claims "
                       "last: id, line:column\nin the document, status, verdict and text.",
                       options, hidden, positional, vm)) {
    return kExitOk;
  }
  if (!vm.count("claims-file")) throw UsageError("no claims file given");
  const auto paths = vm["claims-file"].as<std::vector<std::string>>();
  if (paths.size() != 1) throw UsageError("list takes one claims file");
  std::optional<ClaimStatus> wanted;
  if (vm.count("status")) {
    const std::string status = vm["status"].as<std::string>();
    wanted = parse_claim_status(status);
    if (!wanted) {
      std::string names;
      for (const std::string& name : claim_status_names()) {
        names += (names.empty() ? "" : ", ") + name;
      }
      throw UsageError("unknown status '" + status + "'; expected one of: " + names);
    }
  }
  const std::string format = vm["format"].as<std::string>();
  if (format != "text" && format != "json") {
    throw UsageError("unknown format '" + format + "'; expected text or json");
  }

  const std::string& path = paths.front();
  const ClaimsFile file = read_claims_file(path, read_file(path));
  nlohmann::json listed = nlohmann::json::array();
  for (const bool orphaned : {false, true}) {
    for (const Claim& claim : orphaned ? file.orphaned : file.claims) {
      if (wanted && !has_status(claim, orphaned, *wanted)) continue;
      if (format == "json") {
        listed.push_back(claim_json(claim, orphaned));
        continue;
      }
      const std::string verdict = claim.review && claim.review->verdict
                                      ? verdict_name(*claim.review->verdict)
                                      : (claim.checkworthy ? "-" : "not checkworthy");
      std::cout << claim.id << "  "
                << padded(std::to_string(claim.line) + ":" + std::to_string(claim.column), 8)
                << padded(claim_status_name(claim_status(claim, orphaned)), 11)
                << padded(verdict, 16)
                << shortened(claim.text, kTextWidth) << '\n';
    }
  }
  if (format == "json") std::cout << nlohmann::json{{"claims", listed}}.dump(2) << '\n';
  return kExitOk;
}

}  // namespace claimcheck::cli
