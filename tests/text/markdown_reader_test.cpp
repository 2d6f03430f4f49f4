#include "text/markdown_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/source_text.h"

namespace claimcheck {
namespace {

std::vector<Block> read(const SourceText& source) { return read_markdown(source); }

std::string original(const SourceText& source, const Block& block, std::size_t start,
                     std::size_t end) {
  const Span span = block.source_span({start, end});
  return std::string(source.slice(span.start, span.end));
}

TEST(MarkdownReader, RemovesInlineSyntaxButMapsBackToOriginalBytes) {
  const SourceText source("a.md",
                          "Rates rose **5%** in *2023* and ~~fell~~ [stalled](https://x.org).\n");
  const auto blocks = read(source);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].text, "Rates rose 5% in 2023 and fell stalled.");
  EXPECT_EQ(blocks[0].kind, BlockKind::paragraph);
  // Visible "5% in 2023" maps to the marked-up bytes that show it.
  const std::size_t at = blocks[0].text.find("5%");
  EXPECT_EQ(original(source, blocks[0], at, at + 10), "5%** in *2023");
  ASSERT_EQ(blocks[0].links.size(), 1u);
  EXPECT_EQ(blocks[0].links[0].url, "https://x.org");
  EXPECT_EQ(blocks[0].links[0].text, "stalled");
}

TEST(MarkdownReader, EntitiesDecodeAndMapToTheirWholeSource) {
  const SourceText source("a.md", "Fish &amp; chips cost &#163;5.\n");
  const auto blocks = read(source);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].text, "Fish & chips cost \xC2\xA3" "5.");
  const std::size_t amp = blocks[0].text.find('&');
  EXPECT_EQ(original(source, blocks[0], amp, amp + 1), "&amp;");
}

TEST(MarkdownReader, HeadingsListItemsQuotesAndTableCells) {
  const SourceText source("a.md",
                          "# Title\n\n- one item.\n- two\n\n> Quoted words.\n\n"
                          "| H1 | H2 |\n|----|----|\n| cell a | cell b |\n");
  const auto blocks = read(source);
  ASSERT_EQ(blocks.size(), 8u);
  EXPECT_EQ(blocks[0].kind, BlockKind::heading);
  EXPECT_EQ(blocks[0].text, "Title");
  EXPECT_EQ(blocks[1].kind, BlockKind::list_item);
  EXPECT_EQ(blocks[1].text, "one item.");
  EXPECT_EQ(blocks[2].text, "two");
  EXPECT_TRUE(blocks[3].quoted);
  EXPECT_FALSE(blocks[2].quoted);
  EXPECT_EQ(blocks[3].text, "Quoted words.");
  // Header cells are column labels, body cells prose; each knows its place.
  EXPECT_EQ(blocks[4].kind, BlockKind::table_header);
  EXPECT_EQ(blocks[4].text, "H1");
  EXPECT_EQ(blocks[5].kind, BlockKind::table_header);
  EXPECT_EQ(blocks[6].kind, BlockKind::table_cell);
  EXPECT_EQ(blocks[6].text, "cell a");
  EXPECT_EQ(blocks[7].text, "cell b");
  EXPECT_EQ(source.slice(blocks[7].span.start, blocks[7].span.end), "cell b");
  ASSERT_TRUE(blocks[5].cell && blocks[7].cell);
  EXPECT_EQ(blocks[5].cell->row, 0u);
  EXPECT_EQ(blocks[5].cell->column, 1u);
  EXPECT_EQ(blocks[7].cell->table_index, 0u);
  EXPECT_EQ(blocks[7].cell->row, 1u);
  EXPECT_EQ(blocks[7].cell->column, 1u);
  EXPECT_FALSE(blocks[3].cell);
}

TEST(MarkdownReader, CellPositionsCountTablesRowsAndEmptyCells) {
  const SourceText source("a.md", "| A | B |\n|---|---|\n| | x |\n| y | z |\n\nText.\n\n| C |\n|---|\n| w |\n");
  const auto blocks = read(source);
  std::vector<std::string> places;
  for (const Block& block : blocks) {
    if (!block.cell) continue;
    places.push_back(block.text + "@" + std::to_string(block.cell->table_index) + "," +
                     std::to_string(block.cell->row) + "," + std::to_string(block.cell->column));
  }
  EXPECT_EQ(places, (std::vector<std::string>{"A@0,0,0", "B@0,0,1", "x@0,1,1", "y@0,2,0", "z@0,2,1", "C@1,0,0",
                                              "w@1,1,0"}));
}

TEST(MarkdownReader, CodeHtmlFrontMatterAndSwitchedOffTextYieldNothing) {
  const SourceText source("a.md",
                          "---\ntitle: Front matter.\n---\n"
                          "```\nfenced code.\n```\n\n    indented code.\n\n`whole line code`\n\n"
                          "<div>\nHTML block.\n</div>\n\n<!-- a comment. -->\n\n"
                          "<!-- claimcheck off -->\nHidden.\n<!-- claimcheck on -->\n\n"
                          "Kept <!-- claimcheck off -->gone<!-- claimcheck on --> too.\n");
  const auto blocks = read(source);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].text, "Kept ");
  EXPECT_EQ(blocks[1].text, " too.");
}

TEST(MarkdownReader, InlineCodeInsideProseStays) {
  const SourceText source("a.md", "Run `make` twice.\n`alone`\nEnd.\n");
  const auto blocks = read(source);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].text, "Run make twice.\n\nEnd.");
}

TEST(MarkdownReader, ReferenceLinksAndAutolinksAreRecorded) {
  const SourceText source("a.md",
                          "See [the report][r], <https://a.example> and https://b.example/x.\n\n"
                          "[r]: https://r.example/report\n");
  const auto blocks = read(source);
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(blocks[0].links.size(), 3u);
  EXPECT_EQ(blocks[0].links[0].url, "https://r.example/report");
  EXPECT_EQ(blocks[0].links[0].text, "the report");
  EXPECT_EQ(blocks[0].links[1].url, "https://a.example");
  EXPECT_EQ(blocks[0].links[2].url, "https://b.example/x");
}

TEST(MarkdownReader, UnclosedFrontMatterIsAThematicBreak) {
  EXPECT_EQ(skip_front_matter("---\ntext\n", 0), 0u);
  EXPECT_EQ(skip_front_matter("---\na: 1\n...\nBody", 0), 13u);
  EXPECT_EQ(skip_front_matter("Body\n---\n", 0), 0u);
}

TEST(MarkdownReader, NeverThrowsOnOddInput) {
  for (const char* text : {"", "\n", "[", "*", "> ", "|a|\n|-|\n", "<!--", "&#xFFFFFFFF;", "```"}) {
    const SourceText source("a.md", text);
    EXPECT_NO_THROW(read(source)) << text;
  }
}

}  // namespace
}  // namespace claimcheck
