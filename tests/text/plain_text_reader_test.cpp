#include "text/plain_text_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claimcheck {
namespace {

struct Seen {
  BlockKind kind;
  std::string text;
  friend bool operator==(const Seen&, const Seen&) = default;
};

std::ostream& operator<<(std::ostream& out, const Seen& seen) {
  const char* kind = seen.kind == BlockKind::heading     ? "heading"
                     : seen.kind == BlockKind::paragraph ? "paragraph"
                                                         : "list_item";
  return out << kind << ": \"" << seen.text << '"';
}

std::vector<Seen> blocks_of(const std::string& text) {
  const SourceText source("doc.txt", text);
  std::vector<Seen> seen;
  for (const Block& block : read_plain_text(source)) {
    seen.push_back({block.kind, std::string(source.slice(block.span.start, block.span.end))});
  }
  return seen;
}

constexpr BlockKind H = BlockKind::heading;
constexpr BlockKind P = BlockKind::paragraph;
constexpr BlockKind L = BlockKind::list_item;

TEST(PlainTextReader, OneParagraphPerLineWithColonHeadingsAndTitle) {
  const std::string text =
      "Budget Talks Collapse: What Comes Next for the City\n"
      "Background:\n"
      "The council met on Monday. It voted 7 to 2.\n"
      "The mayor objected.\n"
      "Outlook:\n"
      "A new vote is due in May.\n";
  EXPECT_EQ(blocks_of(text), (std::vector<Seen>{
                                 {H, "Budget Talks Collapse: What Comes Next for the City"},
                                 {H, "Background:"},
                                 {P, "The council met on Monday. It voted 7 to 2."},
                                 {P, "The mayor objected."},
                                 {H, "Outlook:"},
                                 {P, "A new vote is due in May."},
                             }));
}

TEST(PlainTextReader, JoinsHardWrappedParagraphs) {
  const std::string text =
      "The agency said on Tuesday that exports rose\n"
      "by 4 percent in the third quarter, the fastest\n"
      "pace since 2019.\n"
      "\n"
      "Imports fell.\n";
  EXPECT_EQ(blocks_of(text),
            (std::vector<Seen>{{P,
                                "The agency said on Tuesday that exports rose\n"
                                "by 4 percent in the third quarter, the fastest\n"
                                "pace since 2019."},
                               {P, "Imports fell."}}));
}

TEST(PlainTextReader, TitleAbbreviationAtLineEndDoesNotEndParagraph) {
  const std::string text = "The report was written by Dr.\nJane Smith of the institute.\n";
  EXPECT_EQ(blocks_of(text),
            (std::vector<Seen>{{P, "The report was written by Dr.\nJane Smith of the institute."}}));
}

TEST(PlainTextReader, UnderlinedAndMarkdownStyleHeadings) {
  const std::string text =
      "Annual Report\n"
      "=============\n"
      "\n"
      "## Revenue\n"
      "Revenue grew.\n"
      "\n"
      "Costs\n"
      "-----\n"
      "Costs fell.\n";
  EXPECT_EQ(blocks_of(text), (std::vector<Seen>{{H, "Annual Report"},
                                                {H, "Revenue"},
                                                {P, "Revenue grew."},
                                                {H, "Costs"},
                                                {P, "Costs fell."}}));
}

TEST(PlainTextReader, NumberedSectionTitles) {
  EXPECT_EQ(blocks_of("2.1 Study Design\nWe enrolled 40 patients.\n"),
            (std::vector<Seen>{{H, "2.1 Study Design"}, {P, "We enrolled 40 patients."}}));
}

TEST(PlainTextReader, ListItemsExcludeTheirMarkers) {
  const std::string text =
      "Key facts:\n"
      "- Unemployment fell to 3.9 percent.\n"
      "* Wages rose\n"
      "  by 2 percent.\n"
      "1. Inflation eased.\n"
      "2) Rates held.\n";
  EXPECT_EQ(blocks_of(text), (std::vector<Seen>{{H, "Key facts:"},
                                                {L, "Unemployment fell to 3.9 percent."},
                                                {L, "Wages rose\n  by 2 percent."},
                                                {L, "Inflation eased."},
                                                {L, "Rates held."}}));
}

TEST(PlainTextReader, ShortSentenceWithoutPunctuationIsNotAHeading) {
  EXPECT_EQ(blocks_of("Prices went up\n"), (std::vector<Seen>{{P, "Prices went up"}}));
}

TEST(PlainTextReader, SpansPointIntoOriginalBytesWithBomAndCrLf) {
  const std::string text = "\xEF\xBB\xBFTitle Of The Piece\r\nFirst line here.\r\n";
  const SourceText source("doc.txt", text);
  const std::vector<Block> blocks = read_plain_text(source);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].span.start, 3u);
  EXPECT_EQ(source.slice(blocks[0].span.start, blocks[0].span.end), "Title Of The Piece");
  EXPECT_EQ(source.slice(blocks[1].span.start, blocks[1].span.end), "First line here.");
  EXPECT_EQ(source.position(blocks[1].span.start).line, 2u);
}

TEST(PlainTextReader, EmptyAndBlankDocumentsHaveNoBlocks) {
  EXPECT_TRUE(blocks_of("").empty());
  EXPECT_TRUE(blocks_of("\n \n\t\n").empty());
}

}  // namespace
}  // namespace claimcheck
