// claimcheck extract DOC... [-o OUT] [--force] [--format text|markdown]
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <optional>

#include "base/error.h"
#include "base/file_io.h"
#include "base/file_update.h"
#include "claims/claims_files.h"
#include "claims/claims_reader.h"
#include "claims/claims_writer.h"
#include "cli.h"
#include "command.h"
#include "extract/extractor.h"
#include "extract/merge.h"
#include "text/source_text.h"

namespace claimcheck::cli {

namespace fs = std::filesystem;

namespace {

constexpr const char* kSchemaRelativePath = "schemas/claims.schema.yaml";


fs::path executable_directory() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

// Where editors find the schema, relative to the claims file's directory:
// the nearest schemas/claims.schema.yaml in an enclosing directory (a
// checkout of this project), else the one installed beside the binary.
std::string schema_reference(const fs::path& output_directory) {
  std::error_code ec;
  const fs::path from = fs::weakly_canonical(fs::absolute(output_directory), ec);
  if (ec) return {};
  for (fs::path dir = from;; dir = dir.parent_path()) {
    if (fs::exists(dir / kSchemaRelativePath, ec)) {
      return (dir / kSchemaRelativePath).lexically_relative(from).generic_string();
    }
    if (dir == dir.root_path() || dir.empty()) break;
  }
  const fs::path exe_dir = executable_directory();
  for (const fs::path& candidate : {exe_dir / "../share/claimcheck/claims.schema.yaml",
                                    exe_dir / "../.." / kSchemaRelativePath}) {
    if (!exe_dir.empty() && fs::exists(candidate, ec)) {
      return fs::weakly_canonical(candidate, ec).lexically_relative(from).generic_string();
    }
  }
  return {};
}

// The claims file `existing` (the bytes at `output`), to merge into. One that
// cannot be read as a claims file may still hold reviews, so extract refuses
// to replace it (--force replaces it anyway).
ClaimsFile parse_previous_claims(const std::string& output, const std::string& existing) {
  try {
    return read_claims_file(output, existing);
  } catch (const InputError&) {
    throw InputError(output,
                     "exists and is not a valid claims file; refusing to overwrite it (it may hold "
                     "reviews). Fix it (`claimcheck validate` says how), move it away, or pass "
                     "--force to replace it");
  }
}

// --dry-run: what a merge would do, one line per claim that changes.
void print_merge_plan(const std::string& output, const MergeReport& report) {
  for (const ClaimMergeOutcome& outcome : report.outcomes) {
    if (outcome.outcome == MergeOutcome::kept) continue;
    std::cout << "  " << merge_outcome_name(outcome.outcome) << ' ' << outcome.id << ": "
              << outcome.text << '\n';
  }
  std::cout << output << ": " << merge_summary(report) << " (dry run; nothing written)\n";
}

// The format given with --format, else the one the document's extension names.
DocumentFormat format_for(const std::string& document, const std::optional<DocumentFormat>& given) {
  return given ? *given : document_format_for_path(document);
}

void extract_one(const std::string& document, const std::string& output, bool force, bool dry_run,
                 const std::string& time, DocumentFormat format) {
  const bool to_stdout = output == "-";
  std::error_code ec;
  // Only a regular file can hold claims to merge; a device such as /dev/stdout is written to.
  const bool merging = !to_stdout && !force && fs::is_regular_file(output, ec);
  // Check the previous file first: one extract would refuse to replace stops
  // it before any work. The parse is kept: under the lock the file is
  // normally still these bytes, and parsing a large claims file costs more
  // than extracting its document.
  std::optional<std::string> checked_bytes;
  ClaimsFile checked;
  if (merging) {
    checked_bytes = read_file(output);
    checked = parse_previous_claims(output, *checked_bytes);
  }
  const SourceText source(document, read_file(document));

  const fs::path output_directory =
      to_stdout ? fs::path(".") : fs::path(output).parent_path().empty()
                                      ? fs::path(".")
                                      : fs::path(output).parent_path();
  ExtractOptions options;
  options.extracted_time = time;
  options.format = format;
  options.document_path =
      fs::weakly_canonical(fs::absolute(document), ec)
          .lexically_relative(fs::weakly_canonical(fs::absolute(output_directory), ec))
          .generic_string();
  std::optional<ClaimsFile> extracted = extract_claims(source, options);
  WriteOptions write_options;
  write_options.schema_reference = schema_reference(output_directory);

  // Merges into `previous_bytes` (none: every claim is new) and renders the
  // result. May run more than once when the file changes under us.
  MergeResult merged;
  auto merge_with = [&](const std::optional<std::string>& previous_bytes) {
    MergeOptions merge_options;
    merge_options.claims_path = output;
    merge_options.detected_time = time;
    // The extraction is moved into the first merge rather than copied (a
    // copy of every claim cost as much as writing them); a second round,
    // rare, extracts again.
    ClaimsFile fresh = extracted ? std::move(*extracted) : extract_claims(source, options);
    extracted.reset();
    if (!previous_bytes) {
      merged = merge_claims(ClaimsFile{}, std::move(fresh), source, merge_options);
    } else if (checked_bytes && *previous_bytes == *checked_bytes) {
      merged = merge_claims(checked, std::move(fresh), source, merge_options);
    } else {
      merged = merge_claims(parse_previous_claims(output, *previous_bytes), std::move(fresh),
                            source, merge_options);
    }
    return write_claims_file(merged.merged, write_options);
  };

  if (dry_run) {
    merge_with(merging ? std::optional<std::string>(read_file(output)) : std::nullopt);
    print_diagnostics(merged.warnings, std::cerr);
    print_merge_plan(to_stdout ? std::string("-") : output, merged.report);
    return;
  }
  if (to_stdout) {
    std::cout << merge_with(std::nullopt) << std::flush;
  } else if (merging) {
    // Under the same lock `review` takes: a review saved while we extract is
    // merged, not lost.
    update_file_locked(output, [&](const std::string& existing) { return merge_with(existing); });
  } else {
    write_file_atomically(output, merge_with(std::nullopt));
  }
  print_diagnostics(merged.warnings, std::cerr);

  std::size_t checkworthy = 0;
  for (const Claim& claim : merged.merged.claims) checkworthy += claim.checkworthy ? 1 : 0;
  const std::size_t count = merged.merged.claims.size();
  std::cerr << (to_stdout ? std::string("extracted") : "wrote " + output) << ": " << count
            << (count == 1 ? " claim, " : " claims, ") << checkworthy << " check-worthy";
  if (merging) std::cerr << "; merged: " << merge_summary(merged.report);
  std::cerr << '\n';
}

}  // namespace

int run_extract(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()
      ("output,o", po::value<std::string>()->value_name("OUT"),
       "write the claims file to OUT ('-' = standard output); only with one DOC. "
       "Default: DOC's name with its extension replaced by .claims.yaml, beside DOC")
      ("force", po::bool_switch(),
       "replace an existing claims file instead of merging into it, losing its reviews")
      ("dry-run", po::bool_switch(),
       "print what re-extraction would keep, move, mark stale, orphan and add; write nothing")
      ("format", po::value<std::string>()->value_name("FORMAT"),
       "read DOC as 'text' or 'markdown'. Default: markdown for .md and .markdown files, "
       "text otherwise");
  po::options_description hidden;
  hidden.add_options()("document", po::value<std::vector<std::string>>(), "");
  po::positional_options_description positional;
  positional.add("document", -1);
  po::variables_map vm;
  if (!parse_arguments(args,
                       "extract DOC... [-o OUT] [--force] [--dry-run] [--format text|markdown]",
                       "Splits each UTF-8 text or Markdown document DOC into sentences and claims "
                       "and writes a\nclaims file (YAML) for reviewers: each claim with its exact "
                       "position, section and check-worthiness.\nIf the claims file exists, the "
                       "claims are merged into it: every review stays on its claim,\na reworded "
                       "claim is marked stale, and a reviewed claim whose text is gone moves to "
                       "`orphaned`.\nSOURCE_DATE_EPOCH, if set, pins the "
                       "extraction time so output is reproducible.",
                       options, hidden, positional, vm)) {
    return kExitOk;
  }
  if (!vm.count("document")) throw UsageError("no document given");
  const auto documents = vm["document"].as<std::vector<std::string>>();
  const bool force = vm["force"].as<bool>();
  const bool dry_run = vm["dry-run"].as<bool>();
  if (vm.count("output") && documents.size() != 1) {
    throw UsageError("-o/--output takes exactly one DOC; got " + std::to_string(documents.size()));
  }
  std::optional<DocumentFormat> format;
  if (vm.count("format")) {
    const std::string name = vm["format"].as<std::string>();
    format = parse_document_format(name);
    if (!format) throw UsageError("--format must be 'text' or 'markdown', got '" + name + "'");
  }
  const std::string time = utc_timestamp(current_time());

  // Each document is independent: one bad input does not stop the others,
  // but it does make the exit code 2.
  bool failed = false;
  for (const std::string& document : documents) {
    const std::string output =
        vm.count("output") ? vm["output"].as<std::string>() : claims_path_for_document(document);
    try {
      if (output == document) {
        throw InputError(document, "is already named like a claims file; pass -o OUT");
      }
      extract_one(document, output, force, dry_run, time, format_for(document, format));
    } catch (const InputError& error) {
      print_diagnostics(error.diagnostics(), std::cerr);
      failed = true;
    }
  }
  return failed ? kExitInputError : kExitOk;
}

}  // namespace claimcheck::cli
