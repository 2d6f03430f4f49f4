#include "report/text_formatter.h"

#include <sstream>

#include <gtest/gtest.h>

#include "text/source_text.h"

namespace claimcheck {
namespace {

Diagnostic claim_finding(std::string rule, Severity severity, std::string text) {
  Diagnostic d;
  d.path = "docs/article.txt";
  d.position = Position{90, 3, 7};
  d.severity = severity;
  d.rule = std::move(rule);
  d.claim_id = "c-0a1b2c3d";
  d.claim_text = std::move(text);
  d.message = "message for " + d.rule;
  return d;
}

std::string render(const Diagnostics& findings, const CheckSummary& summary) {
  std::ostringstream out;
  TextFormatter().write(findings, summary, out);
  return out.str();
}

std::size_t count_code_points(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char byte : text) n += (byte & 0xC0) != 0x80;
  return n;
}

TEST(TextFormatter, WritesOneCompilerStyleLinePerFindingThenTheSummary) {
  Diagnostic document_finding;
  document_finding.path = "docs/article.claims.yaml";
  document_finding.position = Position{60, 5, 11};
  document_finding.rule = "document-changed";
  document_finding.message = "document docs/article.txt changed: re-run `claimcheck extract`";
  const Diagnostics findings = {
      document_finding,
      claim_finding("unreviewed", Severity::error, "Iran aligned with the Soviet Union."),
      claim_finding("low-confidence", Severity::warning, "Iran aligned with the Soviet Union."),
  };
  CheckSummary summary{1, 12, 9, 4, 2, 1};
  EXPECT_EQ(render(findings, summary),
            "docs/article.claims.yaml:5:11: error: [document-changed] document "
            "docs/article.txt changed: re-run `claimcheck extract`\n"
            "docs/article.txt:3:7: error: [unreviewed] c-0a1b2c3d: "
            "Iran aligned with the Soviet Union.\n"
            "docs/article.txt:3:7: warning: [low-confidence] c-0a1b2c3d: "
            "Iran aligned with the Soviet Union.\n"
            "12 claims in 1 file: 9 check-worthy, 4 reviewed; 2 errors, 1 warning\n");
}

TEST(TextFormatter, SummarySaysNoFindingsWhenClean) {
  EXPECT_EQ(render({}, CheckSummary{3, 1, 1, 1, 0, 0}),
            "1 claim in 3 files: 1 check-worthy, 1 reviewed; no findings\n");
}

TEST(TextFormatter, FindingWithoutPositionOmitsLineAndColumn) {
  Diagnostic d = claim_finding("unreviewed", Severity::error, "Text.");
  d.position = Position{};
  const std::string text = render({d}, CheckSummary{1, 1, 1, 0, 1, 0});
  EXPECT_EQ(text.rfind("docs/article.txt: error: [unreviewed] c-0a1b2c3d: Text.\n", 0), 0u)
      << text;
}

TEST(TextFormatter, ShortensLongClaimTextOnACodePointBoundary) {
  std::string long_text;
  for (int i = 0; i < 150; ++i) long_text += "\u00e9\u5317";  // 2- and 3-byte code points
  const std::string text =
      render({claim_finding("unreviewed", Severity::error, long_text)}, CheckSummary{});
  const std::string line = text.substr(0, text.find('\n'));
  const std::string shown = line.substr(line.find("c-0a1b2c3d: ") + 12);
  EXPECT_EQ(count_code_points(shown), TextFormatter::kMaxClaimTextLength);
  EXPECT_TRUE(shown.ends_with("\u2026")) << shown;
  EXPECT_EQ(find_invalid_utf8(shown), std::string::npos);
  EXPECT_TRUE(long_text.starts_with(shown.substr(0, shown.size() - 3)));
}

TEST(TextFormatter, LeavesShortTextAloneAndKeepsOneLinePerFinding) {
  EXPECT_EQ(shorten_for_display("Short claim.", 100), "Short claim.");
  const std::string exact(100, 'x');
  EXPECT_EQ(shorten_for_display(exact, 100), exact);
  EXPECT_EQ(shorten_for_display(exact + "y", 100), std::string(99, 'x') + "\u2026");
  EXPECT_EQ(shorten_for_display("two\nlines\tand tab", 100), "two lines and tab");
  EXPECT_EQ(shorten_for_display("word then space and more", 10), "word then\u2026");
}

}  // namespace
}  // namespace claimcheck
