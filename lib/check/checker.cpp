#include "check/checker.h"

#include <algorithm>
#include <charconv>
#include <vector>

namespace claimcheck {
namespace {

// Locale-independent and as short as the value allows ("0.5", not "0.500000").
std::string format_number(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

Diagnostic claim_finding(const CheckTarget& target, const Claim& claim, Severity severity,
                         const char* rule, std::string message) {
  Diagnostic d;
  d.path = target.document_path;
  d.position = Position{claim.start, claim.line, claim.column};
  d.severity = severity;
  d.message = std::move(message);
  d.rule = rule;
  d.claim_id = claim.id;
  d.claim_text = claim.text;
  return d;
}

std::optional<Diagnostic> check_document(const CheckTarget& target) {
  const DocumentInfo& document = target.claims->document;
  Diagnostic d;
  d.path = target.claims_path;
  d.position = document.sha256_position;
  d.severity = Severity::error;
  if (!target.document_sha256) {
    d.rule = "document-missing";
    d.message = "document " + target.document_path +
                " not found: restore it, or fix document.path in this claims file";
    return d;
  }
  if (*target.document_sha256 != document.sha256) {
    d.rule = "document-changed";
    d.message = "document " + target.document_path +
                " changed since its claims were extracted: re-run `claimcheck extract` and "
                "review the claims that changed";
    return d;
  }
  return std::nullopt;
}

void check_claim(const CheckTarget& target, const Claim& claim, const CheckOptions& options,
                 Diagnostics& findings) {
  if (claim.stale) {
    findings.push_back(claim_finding(
        target, claim, Severity::error, "stale",
        "claim reworded since its review (it said: " + claim.stale->previous_text +
            "): re-review the new wording, then delete its `stale` block"));
  }
  const std::optional<Verdict> verdict =
      claim.review ? claim.review->verdict : std::optional<Verdict>();
  if (!verdict) {
    // A claim marked not check-worthy needs no review; the others all do.
    if (claim.checkworthy) {
      findings.push_back(claim_finding(
          target, claim, Severity::error, "unreviewed",
          "unreviewed claim: " + claim.text + " (add a review with a verdict and sources)"));
    }
    return;
  }
  const Review& review = *claim.review;
  const std::string rating = verdict_name(*verdict);
  if (is_refuting(*verdict)) {
    findings.push_back(claim_finding(
        target, claim, Severity::error, "refuted",
        "claim rated " + rating + ": " + claim.text + " (correct the article, then re-extract)"));
  }
  if (is_factual(*verdict) && review.sources.empty()) {
    findings.push_back(claim_finding(
        target, claim, Severity::error, "unsourced",
        "claim rated " + rating + " has no source: add the evidence under review.sources"));
  }
  if (!review.confidence) {
    findings.push_back(claim_finding(target, claim, Severity::warning, "low-confidence",
                                     "review has no confidence: set review.confidence (at least " +
                                         format_number(options.min_confidence) + ")"));
  } else if (*review.confidence < options.min_confidence) {
    findings.push_back(claim_finding(
        target, claim, Severity::warning, "low-confidence",
        "review confidence " + format_number(*review.confidence) + " is below " +
            format_number(options.min_confidence) + ": find stronger evidence"));
  }
}

}  // namespace

Diagnostics check_claims(const CheckTarget& target, const CheckOptions& options,
                         CheckSummary& summary) {
  Diagnostics findings;
  if (target.claims == nullptr) return findings;
  const ClaimsFile& file = *target.claims;

  if (std::optional<Diagnostic> finding = check_document(target)) {
    findings.push_back(std::move(*finding));
  }

  // Reviewers may reorder entries; findings follow the document regardless.
  std::vector<const Claim*> in_document_order;
  in_document_order.reserve(file.claims.size());
  for (const Claim& claim : file.claims) in_document_order.push_back(&claim);
  std::stable_sort(in_document_order.begin(), in_document_order.end(),
                   [](const Claim* a, const Claim* b) { return a->start < b->start; });
  for (const Claim* claim : in_document_order) check_claim(target, *claim, options, findings);

  // An orphan has no place in the document; the finding points at its entry
  // in the claims file, where a reviewer deletes it or sees what it said.
  for (const Claim& orphan : file.orphaned) {
    Diagnostic d;
    d.path = target.claims_path;
    d.position = orphan.file_position;
    d.severity = Severity::warning;
    d.rule = "orphaned";
    d.message = "reviewed claim no longer in the document: " + orphan.text +
                " (restore the sentence, or delete this entry from `orphaned`)";
    d.claim_id = orphan.id;
    d.claim_text = orphan.text;
    findings.push_back(std::move(d));
  }

  summary.files += 1;
  summary.claims += file.claims.size();
  for (const Claim& claim : file.claims) {
    if (claim.checkworthy) ++summary.checkworthy;
    if (claim.review && claim.review->verdict) ++summary.reviewed;
  }
  for (const Diagnostic& finding : findings) {
    if (finding.severity == Severity::error) ++summary.errors;
    if (finding.severity == Severity::warning) ++summary.warnings;
  }
  return findings;
}

}  // namespace claimcheck
