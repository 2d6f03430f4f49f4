#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "extract/extractor.h"
#include "text/source_text.h"

namespace claimcheck {
namespace {

ClaimsFile extract_markdown(const SourceText& source) {
  ExtractOptions options;
  options.format = DocumentFormat::markdown;
  return extract_claims(source, options);
}

// Every claim's span reproduces its quote and its line/column.
void expect_faithful_spans(const SourceText& source, const ClaimsFile& file) {
  for (const Claim& claim : file.claims) {
    EXPECT_EQ(source.slice(claim.start, claim.end), claim.quote) << claim.text;
    const Position position = source.position(claim.start);
    EXPECT_EQ(position.line, claim.line) << claim.text;
    EXPECT_EQ(position.column, claim.column) << claim.text;
  }
}

TEST(MarkdownExtract, FormatFromExtension) {
  EXPECT_EQ(document_format_for_path("a/b.md"), DocumentFormat::markdown);
  EXPECT_EQ(document_format_for_path("b.MarkDown"), DocumentFormat::markdown);
  EXPECT_EQ(document_format_for_path("b.txt"), DocumentFormat::text);
  EXPECT_EQ(document_format_for_path("md"), DocumentFormat::text);
  EXPECT_EQ(parse_document_format("markdown"), DocumentFormat::markdown);
  EXPECT_FALSE(parse_document_format("html"));
}

TEST(MarkdownExtract, ListItemsCompleteTheLeadInBeforeThem) {
  const SourceText source("a.md",
                          "To balance the books, the council will cut:\n\n"
                          "- £4.2 million from library services\n"
                          "- 11 bus routes in September\n\n"
                          "The plan has two conditions:\n\n"
                          "- The depot must stay open.\n");
  const ClaimsFile file = extract_markdown(source);
  expect_faithful_spans(source, file);
  std::vector<std::string> texts;
  for (const Claim& claim : file.claims) texts.push_back(claim.text);
  // Each item reads as the lead-in completed; the lead-in alone says
  // nothing, so it gives no claim. Items that open with a capital are
  // sentences of their own, and their lead-in keeps its claim.
  EXPECT_EQ(texts, (std::vector<std::string>{"To balance the books, the council will cut £4.2 million from library services",
                                             "To balance the books, the council will cut 11 bus routes in September",
                                             "The plan has two conditions.", "The depot must stay open."}));
  ASSERT_GE(file.claims.size(), 2u);
  EXPECT_EQ(file.claims[1].quote, "11 bus routes in September");
  // The words come from the lead-in and the item, never from the colon,
  // the list markers or the item in between.
  std::string supplied;
  for (const Claim::SourceSpan& span : file.claims[1].source_spans) {
    supplied += std::string(source.slice(span.start, span.end)) + "|";
  }
  EXPECT_EQ(supplied, "To balance the books, the council will cut|11 bus routes in September|");
}

TEST(MarkdownExtract, ALabelBeforeAListGivesNoClaim) {
  const SourceText source("a.md",
                          "Key changes:\n\n- Council tax rises by 4.99 percent.\n\n"
                          "Some reasons for this include:\n\n- Five libraries will close.\n\n"
                          "Marsh attached 14 conditions, the most significant of which are:\n\n"
                          "- The depot must stay open.\n");
  const ClaimsFile file = extract_markdown(source);
  std::vector<std::string> texts;
  for (const Claim& claim : file.claims) texts.push_back(claim.text);
  // A clause before the comma still states something.
  EXPECT_EQ(texts, (std::vector<std::string>{"Council tax rises by 4.99 percent.", "Five libraries will close.",
                                             "Marsh attached 14 conditions.", "The depot must stay open."}));
}

TEST(MarkdownExtract, ClaimTextDropsSyntaxQuoteKeepsIt) {
  const SourceText source("a.md",
                          "# Budget\n\n"
                          "Spending rose **12%** in 2024, said [the office](https://o.gov).\n"
                          "> It will rise again.\n");
  const ClaimsFile file = extract_markdown(source);
  EXPECT_EQ(file.document.format, "markdown");
  ASSERT_EQ(file.claims.size(), 2u);
  // The trailing ", said the office" is the claim's attribution.
  EXPECT_EQ(file.claims[0].text, "Spending rose 12% in 2024.");
  ASSERT_TRUE(file.claims[0].attribution.has_value());
  EXPECT_EQ(file.claims[0].attribution->who, "the office");
  EXPECT_EQ(file.claims[0].quote,
            "Spending rose **12%** in 2024, said [the office](https://o.gov).");
  EXPECT_EQ(file.claims[0].line, 3u);
  EXPECT_EQ(file.claims[0].column, 1u);
  EXPECT_EQ(file.claims[0].section, "Budget");
  ASSERT_EQ(file.claims[0].citations.size(), 1u);
  EXPECT_EQ(file.claims[0].citations[0].url, "https://o.gov");
  EXPECT_EQ(file.claims[0].citations[0].text, "the office");
  EXPECT_FALSE(file.claims[0].quoted);
  EXPECT_EQ(file.claims[1].text, "It will rise again.");
  EXPECT_TRUE(file.claims[1].quoted);
  EXPECT_EQ(file.claims[1].column, 3u);
  expect_faithful_spans(source, file);
}

TEST(MarkdownExtract, CitationsBelongToTheSentenceHoldingTheLink) {
  const SourceText source("a.md",
                          "First claim in 2020. Second [source](https://s.example) in 2021.\n");
  const ClaimsFile file = extract_markdown(source);
  ASSERT_EQ(file.claims.size(), 2u);
  EXPECT_TRUE(file.claims[0].citations.empty());
  ASSERT_EQ(file.claims[1].citations.size(), 1u);
  EXPECT_EQ(file.claims[1].citations[0].url, "https://s.example");
  expect_faithful_spans(source, file);
}

TEST(MarkdownExtract, SampleArticleSpansAreFaithful) {
  const std::filesystem::path path = std::filesystem::path(CLAIMCHECK_SOURCE_DIR) /
                                     "tests/cli/cases/extract-markdown/input/water.md";
  const SourceText source(path.string(), read_file(path.string()));
  const ClaimsFile file = extract_markdown(source);
  ASSERT_GE(file.claims.size(), 10u);
  expect_faithful_spans(source, file);
  for (const Claim& claim : file.claims) {
    // Nothing from code, HTML, front matter or switched-off text.
    EXPECT_EQ(claim.text.find("1999"), std::string::npos);
    EXPECT_EQ(claim.text.find("bottled"), std::string::npos);
    EXPECT_EQ(claim.text.find("1987"), std::string::npos);
    EXPECT_EQ(claim.text.find("rumour"), std::string::npos);
    EXPECT_EQ(claim.text.find("drought]"), std::string::npos);
    EXPECT_EQ(claim.text.find("**"), std::string::npos);
  }
}

TEST(MarkdownExtract, PlainTextIsUnchangedByTheMap) {
  const SourceText source("a.txt", "Title\n\nThe **rate** rose in 2020.\n");
  const ClaimsFile file = extract_claims(source, ExtractOptions{});
  ASSERT_EQ(file.claims.size(), 1u);
  EXPECT_EQ(file.claims[0].text, "The **rate** rose in 2020.");
  EXPECT_EQ(file.document.format, "text");
  expect_faithful_spans(source, file);
}

}  // namespace
}  // namespace claimcheck
