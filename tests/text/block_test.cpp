#include "text/block.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace claimcheck {
namespace {

TEST(FoldWhiteSpace, FoldsRunsAndTrimsTheEnds) {
  EXPECT_EQ(fold_white_space(""), "");
  EXPECT_EQ(fold_white_space(" \t\r\n"), "");
  EXPECT_EQ(fold_white_space("Prices rose."), "Prices rose.");
  EXPECT_EQ(fold_white_space("  Prices\r\n  rose\tsharply. "), "Prices rose sharply.");
  EXPECT_EQ(fold_white_space("a\vb\fc"), "a b c");
  // Only the C locale's white space: NUL, other controls and non-ASCII
  // spaces (U+00A0) are kept.
  EXPECT_EQ(fold_white_space(std::string("a\0b", 3)), std::string("a\0b", 3));
  EXPECT_EQ(fold_white_space("a\x01 \xC2\xA0 b"), "a\x01 \xC2\xA0 b");
  // Double spaces straddling the eight-byte blocks the fast check reads.
  EXPECT_EQ(fold_white_space("abcdefg  hijklmnop"), "abcdefg hijklmnop");
  EXPECT_EQ(fold_white_space("abcdefgh ijklmno  p"), "abcdefgh ijklmno p");
}

// Against the definition, byte by byte, on random strings of words and
// white space of every length around the eight-byte blocks.
TEST(FoldWhiteSpace, MatchesTheDefinitionOnRandomStrings) {
  const auto reference = [](const std::string& text) {
    std::string out;
    bool pending = false;
    for (char c : text) {
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        pending = !out.empty();
        continue;
      }
      if (pending) out += ' ';
      pending = false;
      out += c;
    }
    return out;
  };
  static constexpr char kBytes[] = "  \t\n\r\v\fabcXYZ.\x01\x08\x0e\x1f\x80\xff";
  const std::string bytes(kBytes, sizeof kBytes - 1);  // the literal's 20 bytes, without its NUL
  std::uint64_t state = 7;
  for (int round = 0; round < 50000; ++round) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    std::string text;
    const std::size_t length = (state >> 33) % 40;
    for (std::size_t i = 0; i < length; ++i) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      // Mostly letters and single spaces, so already folded text is common.
      const std::size_t pick = (state >> 33) % 64;
      text += pick < 40 ? 'a' : pick < 52 ? ' ' : bytes[pick % bytes.size()];
    }
    EXPECT_EQ(fold_white_space(text), reference(text)) << '"' << text << '"';
  }
}

}  // namespace
}  // namespace claimcheck
