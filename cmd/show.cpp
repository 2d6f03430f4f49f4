// claimcheck show CLAIMS_FILE ID
#include <cstdio>
#include <iostream>

#include "base/error.h"
#include "base/file_io.h"
#include "claims/claims_files.h"
#include "claims/claims_reader.h"
#include "claims/review_edit.h"
#include "cli.h"
#include "command.h"

namespace claimcheck::cli {

namespace {

std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

void field(const char* name, const std::string& value, const char* indent = "") {
  if (value.empty()) return;
  const std::size_t length = std::string(name).size();
  std::cout << indent << name << ": " << std::string(length < 12 ? 12 - length : 0, ' ') << value
            << '\n';
}

void show_review(const Review& review) {
  std::cout << "review:\n";
  field("verdict", review.verdict ? verdict_name(*review.verdict) : "(none)", "  ");
  if (review.confidence) field("confidence", number_text(*review.confidence), "  ");
  field("reviewer", review.reviewer, "  ");
  field("reviewed", review.reviewed, "  ");
  field("note", review.note, "  ");
  for (std::size_t i = 0; i < review.sources.size(); ++i) {
    const Source& source = review.sources[i];
    std::cout << "  source " << i + 1 << ":   " << source.url << '\n';
    field("title", source.title, "    ");
    field("publisher", source.publisher, "    ");
    field("accessed", source.accessed, "    ");
    field("quote", source.quote, "    ");
    if (source.stance) field("stance", stance_name(*source.stance), "    ");
  }
}

}  // namespace

int run_show(const std::vector<std::string>& args) {
  po::options_description options("Options");
  po::options_description hidden;
  hidden.add_options()("claims-file", po::value<std::string>(), "")("id", po::value<std::string>(),
                                                                    "");
  po::positional_options_description positional;
  positional.add("claims-file", 1).add("id", 1);
  po::variables_map vm;
  if (!parse_arguments(args, "show CLAIMS_FILE ID",
                       "Prints everything the claims file says about claim ID: its text, where it "
                       "stands in the\ndocument (with the surrounding text, if the document is "
                       "unchanged), its status and review.",
                       options, hidden, positional, vm)) {
    return kExitOk;
  }
  if (!vm.count("claims-file")) throw UsageError("no claims file given");
  if (!vm.count("id")) throw UsageError("no claim ID given");
  const std::string path = vm["claims-file"].as<std::string>();
  const std::string id = vm["id"].as<std::string>();

  const ClaimsFile file = read_claims_file(path, read_file(path));
  const Claim* claim = find_claim(file, id);
  if (!claim) {
    std::string message = "no claim with id '" + id + "'";
    if (const auto close = closest_claim_ids(file, id); !close.empty()) {
      message += "; did you mean ";
      for (std::size_t i = 0; i < close.size(); ++i) message += (i ? ", " : "") + close[i];
      message += "?";
    }
    throw InputError(path, message);
  }
  const bool orphaned = claim >= file.orphaned.data() &&
                        claim < file.orphaned.data() + file.orphaned.size();
  const std::string document_path = document_path_for_claims(path, file.document.path);

  field("id", claim->id);
  field("status", claim_status_name(claim_status(*claim, orphaned)));
  field("text", claim->text);
  if (claim->quote != claim->text) field("quote", claim->quote);
  field("position", document_path + ":" + std::to_string(claim->line) + ":" +
                        std::to_string(claim->column) + " (bytes " + std::to_string(claim->start) +
                        "-" + std::to_string(claim->end) + ")" +
                        (orphaned ? ", where it last stood" : ""));
  field("section", claim->section);
  if (!orphaned) {
    if (const auto document = read_unchanged_document(path, file.document)) {
      field("context", context_line(claim_context(*document, *claim)));
    } else {
      field("context", "(document missing or changed since extraction)");
    }
  }
  std::string signals;
  for (const std::string& signal : claim->signals) signals += (signals.empty() ? "" : ", ") + signal;
  field("checkworthy", std::string(claim->checkworthy ? "yes" : "no") + " (score " +
                           number_text(claim->score) +
                           (signals.empty() ? "" : "; " + signals) + ")");
  if (claim->attribution) {
    field("attributed", claim->attribution->who +
                            (claim->attribution->vague ? " (unnamed source: ask who)" : ""));
  }
  auto joined = [](const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& word : words) out += (out.empty() ? "" : ", ") + word;
    return out;
  };
  if (!claim->hedges.empty()) field("hedged", joined(claim->hedges));
  if (!claim->ambiguous.empty()) field("unresolved", joined(claim->ambiguous) + " (the extractor could not tell who)");
  if (claim->stale) {
    field("stale", "the text changed since the review (detected " + claim->stale->detected + ")");
    field("was", claim->stale->previous_text);
  }
  if (claim->review) {
    show_review(*claim->review);
  } else {
    field("review", "(none)");
  }
  return kExitOk;
}

}  // namespace claimcheck::cli
