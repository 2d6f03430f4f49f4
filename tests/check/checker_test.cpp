#include "check/checker.h"

#include <gtest/gtest.h>

namespace claimcheck {
namespace {

constexpr const char* kHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

Claim make_claim(std::string id, std::size_t start, bool checkworthy = true) {
  Claim claim;
  claim.id = std::move(id);
  claim.text = "Claim " + claim.id + " says something.";
  claim.quote = claim.text;
  claim.start = start;
  claim.end = start + claim.quote.size();
  claim.line = start / 10 + 1;
  claim.column = start % 10 + 1;
  claim.checkworthy = checkworthy;
  return claim;
}

Review sourced_review(Verdict verdict, double confidence = 0.9) {
  Review review;
  review.verdict = verdict;
  review.confidence = confidence;
  review.sources.push_back(Source{"https://example.org/evidence", "", "", "", "", std::nullopt});
  return review;
}

struct Fixture {
  ClaimsFile file;
  CheckTarget target;
  CheckSummary summary;

  Fixture() {
    file.document.path = "article.txt";
    file.document.sha256 = kHash;
    file.document.sha256_position = Position{60, 5, 11};
    target.claims_path = "docs/article.claims.yaml";
    target.document_path = "docs/article.txt";
    target.document_sha256 = kHash;
    target.claims = &file;
  }

  Diagnostics check(const CheckOptions& options = CheckOptions{}) {
    return check_claims(target, options, summary);
  }
};

std::vector<std::string> rules(const Diagnostics& findings) {
  std::vector<std::string> out;
  for (const Diagnostic& d : findings) out.push_back(d.rule);
  return out;
}

TEST(Checker, ReportsUnreviewedCheckworthyClaimAtItsPlaceInTheDocument) {
  Fixture f;
  f.file.claims.push_back(make_claim("c-00000001", 42));
  const Diagnostics findings = f.check();
  ASSERT_EQ(findings.size(), 1u);
  const Diagnostic& d = findings[0];
  EXPECT_EQ(d.rule, "unreviewed");
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_EQ(d.path, "docs/article.txt");
  EXPECT_EQ(d.position.offset, 42u);
  EXPECT_EQ(d.position.line, 5u);
  EXPECT_EQ(d.position.column, 3u);
  EXPECT_EQ(d.claim_id, "c-00000001");
  EXPECT_EQ(d.claim_text, "Claim c-00000001 says something.");
  EXPECT_NE(d.message.find("unreviewed claim: Claim c-00000001 says something."),
            std::string::npos)
      << d.message;
}

TEST(Checker, IgnoresUnreviewedClaimThatIsNotCheckworthy) {
  Fixture f;
  f.file.claims.push_back(make_claim("c-00000001", 0, /*checkworthy=*/false));
  EXPECT_TRUE(f.check().empty());
}

TEST(Checker, ReviewWithoutVerdictIsStillUnreviewed) {
  Fixture f;
  Claim claim = make_claim("c-00000001", 0);
  claim.review = Review{};
  claim.review->note = "started, not finished";
  f.file.claims.push_back(claim);
  EXPECT_EQ(rules(f.check()), std::vector<std::string>{"unreviewed"});
  EXPECT_EQ(f.summary.reviewed, 0u);
}

TEST(Checker, SourcedConfidentTrueVerdictPasses) {
  Fixture f;
  Claim claim = make_claim("c-00000001", 0);
  claim.review = sourced_review(Verdict::true_);
  f.file.claims.push_back(claim);
  EXPECT_TRUE(f.check().empty());
}

TEST(Checker, RefutingVerdictsAreErrors) {
  for (Verdict verdict : {Verdict::false_, Verdict::mostly_false, Verdict::misleading}) {
    Fixture f;
    Claim claim = make_claim("c-00000001", 0);
    claim.review = sourced_review(verdict);
    f.file.claims.push_back(claim);
    const Diagnostics findings = f.check();
    ASSERT_EQ(rules(findings), std::vector<std::string>{"refuted"}) << verdict_name(verdict);
    EXPECT_EQ(findings[0].severity, Severity::error);
    EXPECT_NE(findings[0].message.find(verdict_name(verdict)), std::string::npos);
  }
  for (Verdict verdict : {Verdict::true_, Verdict::mostly_true, Verdict::mixed,
                          Verdict::outdated}) {
    Fixture f;
    Claim claim = make_claim("c-00000001", 0);
    claim.review = sourced_review(verdict);
    f.file.claims.push_back(claim);
    EXPECT_TRUE(f.check().empty()) << verdict_name(verdict);
  }
}

TEST(Checker, FactualVerdictWithoutSourceIsUnsourced) {
  Fixture f;
  Claim claim = make_claim("c-00000001", 0);
  claim.review = sourced_review(Verdict::mostly_true);
  claim.review->sources.clear();
  f.file.claims.push_back(claim);
  EXPECT_EQ(rules(f.check()), std::vector<std::string>{"unsourced"});
}

TEST(Checker, UnprovenAndOpinionNeedNoSource) {
  for (Verdict verdict : {Verdict::unproven, Verdict::opinion}) {
    Fixture f;
    Claim claim = make_claim("c-00000001", 0);
    claim.review = sourced_review(verdict);
    claim.review->sources.clear();
    f.file.claims.push_back(claim);
    EXPECT_TRUE(f.check().empty()) << verdict_name(verdict);
  }
}

TEST(Checker, LowOrMissingConfidenceIsAWarningAgainstTheConfiguredThreshold) {
  Fixture f;
  Claim low = make_claim("c-00000001", 0);
  low.review = sourced_review(Verdict::true_, 0.5);
  Claim missing = make_claim("c-00000002", 10);
  missing.review = sourced_review(Verdict::true_);
  missing.review->confidence.reset();
  Claim at_threshold = make_claim("c-00000003", 20);
  at_threshold.review = sourced_review(Verdict::true_, 0.7);
  f.file.claims = {low, missing, at_threshold};

  const Diagnostics findings = f.check();
  ASSERT_EQ(rules(findings), (std::vector<std::string>{"low-confidence", "low-confidence"}));
  EXPECT_EQ(findings[0].severity, Severity::warning);
  EXPECT_EQ(findings[0].claim_id, "c-00000001");
  EXPECT_NE(findings[0].message.find("0.5"), std::string::npos) << findings[0].message;
  EXPECT_EQ(findings[1].claim_id, "c-00000002");
  EXPECT_EQ(f.summary.warnings, 2u);
  EXPECT_EQ(f.summary.errors, 0u);

  CheckSummary stricter;
  const Diagnostics strict = check_claims(f.target, CheckOptions{0.95}, stricter);
  EXPECT_EQ(strict.size(), 3u);
  CheckSummary lenient;
  const Diagnostics loose = check_claims(f.target, CheckOptions{0.4}, lenient);
  EXPECT_EQ(loose.size(), 1u);  // only the missing confidence
}

TEST(Checker, OneClaimCanHaveSeveralFindings) {
  Fixture f;
  Claim claim = make_claim("c-00000001", 0);
  claim.review = sourced_review(Verdict::false_, 0.2);
  claim.review->sources.clear();
  f.file.claims.push_back(claim);
  EXPECT_EQ(rules(f.check()),
            (std::vector<std::string>{"refuted", "unsourced", "low-confidence"}));
  EXPECT_EQ(f.summary.errors, 2u);
  EXPECT_EQ(f.summary.warnings, 1u);
}

TEST(Checker, ChangedDocumentIsReportedOnceAtTheHashInTheClaimsFile) {
  Fixture f;
  f.target.document_sha256 = std::string(64, '0');
  f.file.claims.push_back(make_claim("c-00000001", 30));
  const Diagnostics findings = f.check();
  ASSERT_EQ(rules(findings), (std::vector<std::string>{"document-changed", "unreviewed"}));
  const Diagnostic& d = findings[0];
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_EQ(d.path, "docs/article.claims.yaml");
  EXPECT_EQ(d.position.line, 5u);
  EXPECT_EQ(d.position.column, 11u);
  EXPECT_EQ(d.position.offset, 60u);
  EXPECT_TRUE(d.claim_id.empty());
  EXPECT_NE(d.message.find("claimcheck extract"), std::string::npos) << d.message;
}

TEST(Checker, MissingDocumentIsReportedNamingItsPath) {
  Fixture f;
  f.target.document_sha256.reset();
  const Diagnostics findings = f.check();
  ASSERT_EQ(rules(findings), std::vector<std::string>{"document-missing"});
  EXPECT_EQ(findings[0].path, "docs/article.claims.yaml");
  EXPECT_EQ(findings[0].position.line, 5u);
  EXPECT_NE(findings[0].message.find("docs/article.txt"), std::string::npos);
}

TEST(Checker, StaleReviewIsAnErrorAtTheClaimInTheDocument) {
  Fixture f;
  Claim claim = make_claim("c-00000001", 42);
  claim.review = sourced_review(Verdict::true_);
  f.file.claims.push_back(claim);
  EXPECT_TRUE(f.check().empty());

  f.file.claims[0].stale = Claim::Stale{"The old wording.", "2026-01-02T00:00:00Z"};
  const Diagnostics findings = f.check();
  ASSERT_EQ(rules(findings), (std::vector<std::string>{"stale"}));
  EXPECT_EQ(findings[0].severity, Severity::error);
  EXPECT_EQ(findings[0].path, "docs/article.txt");
  EXPECT_EQ(findings[0].position.offset, 42u);
  EXPECT_EQ(findings[0].claim_id, "c-00000001");
}

TEST(Checker, OrphanedReviewIsAWarningAtItsEntryInTheClaimsFile) {
  Fixture f;
  Claim orphan = make_claim("c-00000009", 42);
  orphan.review = sourced_review(Verdict::false_);
  orphan.file_position = Position{300, 20, 5};
  f.file.orphaned.push_back(orphan);
  const Diagnostics findings = f.check();
  // The orphan's text is no longer in the document: neither refuted nor
  // unreviewed there, only a reminder that a review was left behind.
  ASSERT_EQ(rules(findings), (std::vector<std::string>{"orphaned"}));
  EXPECT_EQ(findings[0].severity, Severity::warning);
  EXPECT_EQ(findings[0].path, "docs/article.claims.yaml");
  EXPECT_EQ(findings[0].position.line, 20u);
  EXPECT_FALSE(has_errors(findings));
}

TEST(Checker, FindingsFollowDocumentOrderWhateverTheFileOrder) {
  Fixture f;
  f.file.claims = {make_claim("c-00000003", 300), make_claim("c-00000001", 100),
                   make_claim("c-00000002", 200)};
  const Diagnostics findings = f.check();
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].claim_id, "c-00000001");
  EXPECT_EQ(findings[1].claim_id, "c-00000002");
  EXPECT_EQ(findings[2].claim_id, "c-00000003");
}

TEST(Checker, SummaryAddsUpAcrossFiles) {
  Fixture first;
  Claim reviewed = make_claim("c-00000001", 0);
  reviewed.review = sourced_review(Verdict::true_);
  first.file.claims = {reviewed, make_claim("c-00000002", 10),
                       make_claim("c-00000003", 20, /*checkworthy=*/false)};
  Fixture second;
  second.file.claims = {make_claim("c-00000004", 0)};
  second.target.document_sha256 = std::string(64, '1');

  CheckSummary summary;
  check_claims(first.target, CheckOptions{}, summary);
  check_claims(second.target, CheckOptions{}, summary);
  EXPECT_EQ(summary.files, 2u);
  EXPECT_EQ(summary.claims, 4u);
  EXPECT_EQ(summary.checkworthy, 3u);
  EXPECT_EQ(summary.reviewed, 1u);
  EXPECT_EQ(summary.errors, 3u);  // two unreviewed, one document-changed
  EXPECT_EQ(summary.warnings, 0u);
}

}  // namespace
}  // namespace claimcheck
