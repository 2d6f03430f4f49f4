#include "text/line_index.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

namespace claimcheck {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  const auto has_zero_byte = [](std::uint64_t x) { return ((x - kOnes) & ~x & kHigh) != 0; };
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Lines are tens of bytes long: skip eight bytes at a time while they
    // hold neither '\n' nor '\r'.
    while (i + 8 <= text.size()) {
      std::uint64_t v;
      std::memcpy(&v, text.data() + i, sizeof v);
      if (has_zero_byte(v ^ (kOnes * '\n')) || has_zero_byte(v ^ (kOnes * '\r'))) break;
      i += 8;
    }
    if (i == text.size()) break;
    if (text[i] == '\n') {
      line_starts_.push_back(i + 1);
    } else if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) {
      line_starts_.push_back(i + 1);
    }
  }
}

Position LineIndex::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(after - line_starts_.begin());
  std::size_t start = *(after - 1);
  if (start == 0 && text_.substr(0, 3) == "\xEF\xBB\xBF" && offset >= 3) start = 3;
  // Count every byte that is not a UTF-8 continuation byte (10xxxxxx): one
  // per code point. Eight bytes at a time: a paragraph without hard wraps
  // is one long line, and every sentence in it asks for its column.
  std::size_t column = 1;
  std::size_t i = start;
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  for (; i + 8 <= offset; i += 8) {
    std::uint64_t v;
    std::memcpy(&v, text_.data() + i, sizeof v);
    // Per byte, 1 unless its top bits are 10.
    column += static_cast<std::size_t>(std::popcount(((~v >> 7) | (v >> 6)) & kOnes));
  }
  for (; i < offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return Position{offset, line, column};
}

}  // namespace claimcheck
