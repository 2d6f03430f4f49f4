// Maps byte offsets to 1-based line and column numbers. Positions are stored
// as byte offsets everywhere; lines and columns are derived here, only for
// display, never by searching for text again.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace claimcheck {

class LineIndex {
 public:
  // `text` must outlive the index. Line breaks are "\n", "\r\n" and a lone
  // "\r". A UTF-8 byte-order mark at offset 0 is not counted as a column.
  explicit LineIndex(std::string_view text);

  // 1-based line; column counts Unicode code points from the line start, plus
  // one. Offsets past the end clamp to the end of the text.
  Position position(std::size_t offset) const;

  std::size_t line_count() const { return line_starts_.size(); }

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace claimcheck
