#include "text/line_index.h"

#include <gtest/gtest.h>

#include <string>

namespace claimcheck {
namespace {

TEST(LineIndex, FirstByteIsLineOneColumnOne) {
  const LineIndex index("abc\ndef");
  const Position p = index.position(0);
  EXPECT_EQ(p.line, 1u);
  EXPECT_EQ(p.column, 1u);
}

TEST(LineIndex, CountsLfCrLfAndLoneCrAsLineBreaks) {
  const std::string text = "a\nb\r\nc\rd";
  const LineIndex index(text);
  EXPECT_EQ(index.line_count(), 4u);
  EXPECT_EQ(index.position(text.find('b')).line, 2u);
  EXPECT_EQ(index.position(text.find('c')).line, 3u);
  EXPECT_EQ(index.position(text.find('d')).line, 4u);
  EXPECT_EQ(index.position(text.find('d')).column, 1u);
}

TEST(LineIndex, ColumnsCountCodePointsNotBytes) {
  const std::string text = "caf\xC3\xA9 x";  // "café x"
  const LineIndex index(text);
  EXPECT_EQ(index.position(text.find('x')).column, 6u);
  EXPECT_EQ(index.position(text.find('x')).offset, text.find('x'));
}

// Columns on long lines of mixed ASCII and multi-byte characters, at every
// offset, against counting code points one byte at a time.
TEST(LineIndex, ColumnsOnLongMixedLinesCountCodePoints) {
  std::string text;
  const char* const pieces[] = {"a", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", " ", "bc"};
  for (int i = 0; i < 300; ++i) text += pieces[(i * 7 + i / 3) % 6];
  text += "\nsecond line \xC3\xA9";
  const LineIndex index(text);
  std::size_t line = 1, column = 1;
  for (std::size_t offset = 0; offset <= text.size(); ++offset) {
    if (offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80) {
      const Position p = index.position(offset);
      EXPECT_EQ(p.line, line) << offset;
      EXPECT_EQ(p.column, column) << offset;
    }
    if (offset < text.size()) {
      if (text[offset] == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80) {
        ++column;
      }
    }
  }
}

TEST(LineIndex, ByteOrderMarkIsNotAColumn) {
  const std::string text = "\xEF\xBB\xBFHello";
  const LineIndex index(text);
  EXPECT_EQ(index.position(3).column, 1u);
  EXPECT_EQ(index.position(4).column, 2u);
}

TEST(LineIndex, OffsetPastEndClampsToEnd) {
  const LineIndex index("ab\n");
  const Position p = index.position(100);
  EXPECT_EQ(p.offset, 3u);
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.column, 1u);
}

}  // namespace
}  // namespace claimcheck
