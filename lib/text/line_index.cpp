#include "text/line_index.h"

#include <algorithm>

namespace claimcheck {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
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
  std::size_t column = 1;
  for (std::size_t i = start; i < offset; ++i) {
    // Count every byte that is not a UTF-8 continuation byte: one per code point.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return Position{offset, line, column};
}

}  // namespace claimcheck
