#include "report/json_formatter.h"

#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace claimcheck {
namespace {

std::string render(const Diagnostics& findings, const CheckSummary& summary) {
  std::ostringstream out;
  JsonFormatter().write(findings, summary, out);
  return out.str();
}

TEST(JsonFormatter, WritesFindingsAndSummaryThatParseBack) {
  Diagnostic claim;
  claim.path = "docs/article.txt";
  claim.position = Position{90, 3, 7};
  claim.severity = Severity::warning;
  claim.rule = "low-confidence";
  claim.claim_id = "c-0a1b2c3d";
  claim.claim_text = "Caf\u00e9 \"quoted\" claim.";
  claim.message = "review confidence 0.5 is below 0.7";
  Diagnostic document;
  document.path = "docs/article.claims.yaml";
  document.position = Position{60, 5, 11};
  document.rule = "document-missing";
  document.message = "document docs/article.txt not found";

  const std::string text = render({claim, document}, CheckSummary{2, 10, 8, 3, 1, 1});
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  EXPECT_EQ(text.rfind("{\n  \"findings\": [\n", 0), 0u) << text;

  const nlohmann::json report = nlohmann::json::parse(text);
  const nlohmann::json& findings = report.at("findings");
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].at("rule"), "low-confidence");
  EXPECT_EQ(findings[0].at("severity"), "warning");
  EXPECT_EQ(findings[0].at("path"), "docs/article.txt");
  EXPECT_EQ(findings[0].at("line"), 3);
  EXPECT_EQ(findings[0].at("column"), 7);
  EXPECT_EQ(findings[0].at("offset"), 90);
  EXPECT_EQ(findings[0].at("claim_id"), "c-0a1b2c3d");
  EXPECT_EQ(findings[0].at("claim_text"), "Caf\u00e9 \"quoted\" claim.");
  EXPECT_EQ(findings[0].at("message"), "review confidence 0.5 is below 0.7");
  EXPECT_EQ(findings[1].at("rule"), "document-missing");
  EXPECT_EQ(findings[1].at("severity"), "error");
  EXPECT_TRUE(findings[1].at("claim_id").is_null());
  EXPECT_TRUE(findings[1].at("claim_text").is_null());

  const nlohmann::json& summary = report.at("summary");
  EXPECT_EQ(summary.at("files"), 2);
  EXPECT_EQ(summary.at("claims"), 10);
  EXPECT_EQ(summary.at("checkworthy"), 8);
  EXPECT_EQ(summary.at("reviewed"), 3);
  EXPECT_EQ(summary.at("errors"), 1);
  EXPECT_EQ(summary.at("warnings"), 1);
}

TEST(JsonFormatter, EmptyReportHasAnEmptyFindingsArray) {
  const nlohmann::json report = nlohmann::json::parse(render({}, CheckSummary{}));
  EXPECT_TRUE(report.at("findings").is_array());
  EXPECT_TRUE(report.at("findings").empty());
  EXPECT_EQ(report.at("summary").at("claims"), 0);
}

TEST(JsonFormatter, InvalidUtf8InClaimTextDoesNotFailTheReport) {
  Diagnostic d;
  d.path = "a.txt";
  d.rule = "unreviewed";
  d.claim_id = "c-00000001";
  d.claim_text = "bad \xff byte";
  std::string text;
  ASSERT_NO_THROW(text = render({d}, CheckSummary{}));
  const nlohmann::json report = nlohmann::json::parse(text);
  EXPECT_EQ(report.at("findings")[0].at("claim_text"), "bad \ufffd byte");
}

}  // namespace
}  // namespace claimcheck
