// The checker: turns claims files into findings a CI job can fail on. It reads
// nothing from disk; the caller (the CLI) reads the claims file and hashes the
// document, so the rules here are plain functions of the model.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "claims/model.h"

namespace claimcheck {

struct CheckOptions {
  // A review with a verdict but a confidence below this (or none) is a warning.
  double min_confidence = 0.7;
};

// One claims file to check, with what the caller found on disk.
struct CheckTarget {
  std::string claims_path;                     // as the user names it, for findings about the file
  std::string document_path;                   // claims dir + document.path, as shown in findings
  std::optional<std::string> document_sha256;  // current hash of the document; nullopt = missing
  const ClaimsFile* claims = nullptr;          // must be set; a null target yields nothing
};

// Totals over every file checked; check_claims adds to it.
struct CheckSummary {
  std::size_t files = 0;
  std::size_t claims = 0;
  std::size_t checkworthy = 0;
  std::size_t reviewed = 0;  // claims whose review has a verdict
  std::size_t errors = 0;    // findings of severity error
  std::size_t warnings = 0;
};

// Findings, each a Diagnostic with `rule` set:
//   document-missing  (error)   the document is gone (document_sha256 is nullopt)
//   document-changed  (error)   its hash differs from document.sha256
//   unreviewed        (error)   a check-worthy claim without a review verdict
//   refuted           (error)   verdict false, mostly-false or misleading
//   unsourced         (error)   a factual verdict (is_factual) without a source
//   low-confidence    (warning) a verdict with confidence below min_confidence, or none
//   stale             (error)   re-extraction re-anchored the claim to reworded text
//   orphaned          (warning) an entry of `orphaned`: a reviewed claim whose text is gone
// Document findings come first and point at document.sha256 in the claims file
// (path = claims_path). Claim findings follow in document order (by start
// offset), point at the claim in the document (path = document_path) and carry
// claim_id and claim_text; one claim may have several, stale first, then in the
// order above. Orphan findings come last, in file order, each at its entry in
// the claims file (path = claims_path).
// Adds this file's counts to `summary`.
Diagnostics check_claims(const CheckTarget& target, const CheckOptions& options,
                         CheckSummary& summary);

}  // namespace claimcheck
