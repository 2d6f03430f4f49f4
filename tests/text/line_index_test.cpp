#include "text/line_index.h"

#include <gtest/gtest.h>

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
