#include "text/source_text.h"

#include <gtest/gtest.h>

#include <string>

#include "base/error.h"

namespace claimcheck {
namespace {

Diagnostic expect_input_error(const std::string& bytes) {
  try {
    SourceText source("doc.txt", bytes);
  } catch (const InputError& error) {
    EXPECT_EQ(error.diagnostics().size(), 1u);
    return error.diagnostics().front();
  }
  ADD_FAILURE() << "expected InputError";
  return {};
}

TEST(SourceText, AcceptsEmptyDocument) {
  SourceText source("doc.txt", "");
  EXPECT_TRUE(source.bytes().empty());
  EXPECT_EQ(source.content_start(), 0u);
}

TEST(SourceText, SkipsBomButKeepsOriginalBytes) {
  SourceText source("doc.txt", "\xEF\xBB\xBFHi.");
  EXPECT_EQ(source.content_start(), 3u);
  EXPECT_EQ(source.bytes().size(), 6u);
  EXPECT_EQ(source.slice(3, 6), "Hi.");
}

TEST(SourceText, ReportsInvalidUtf8WithLineColumnAndOffset) {
  const Diagnostic d = expect_input_error("Fine line.\nCaf\xE9 au lait.\n");
  EXPECT_EQ(d.path, "doc.txt");
  EXPECT_EQ(d.position.line, 2u);
  EXPECT_EQ(d.position.column, 4u);
  EXPECT_EQ(d.position.offset, 14u);
  EXPECT_NE(d.message.find("invalid UTF-8 at byte offset 14"), std::string::npos) << d.message;
}

TEST(SourceText, RejectsOverlongAndSurrogateEncodings) {
  EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0u);          // overlong '/'
  EXPECT_EQ(find_invalid_utf8("ab\xED\xA0\x80"), 2u);    // UTF-16 surrogate
  EXPECT_EQ(find_invalid_utf8("ok \xE2\x80"), 3u);       // truncated sequence
  EXPECT_EQ(find_invalid_utf8("\xE2\x80\x94 dash"), std::string_view::npos);
}

// The first bad byte is found wherever it falls in the eight-byte blocks
// that plain ASCII is skipped in, and a good sequence there is accepted.
TEST(SourceText, FindsInvalidUtf8AtEveryOffsetInAsciiText) {
  for (std::size_t at = 0; at < 40; ++at) {
    std::string text(40, 'a');
    text.insert(at, "\xE2\x80\x94");
    EXPECT_EQ(find_invalid_utf8(text), std::string_view::npos) << at;
    text[at + 2] = 'x';  // cuts the sequence short
    EXPECT_EQ(find_invalid_utf8(text), at) << at;
  }
}

TEST(SourceText, ReportsNulByteAsBinaryData) {
  const Diagnostic d = expect_input_error(std::string("ab\ncd\0ef", 8));
  EXPECT_EQ(d.position.line, 2u);
  EXPECT_EQ(d.position.column, 3u);
  EXPECT_NE(d.message.find("binary data"), std::string::npos) << d.message;
}

}  // namespace
}  // namespace claimcheck
