// A document as read from disk: its original bytes, checked to be UTF-8 text,
// with a line index. Every later stage refers to it by byte offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "text/line_index.h"

namespace claimcheck {

class SourceText {
 public:
  // Validates `bytes` as UTF-8 text. Throws InputError naming `name` and the
  // line, column and byte offset of the first NUL byte ("binary data") or
  // invalid UTF-8 sequence. A leading BOM is accepted and skipped; CRLF is
  // accepted. Empty input is valid.
  SourceText(std::string name, std::string bytes);

  SourceText(const SourceText&) = delete;
  SourceText& operator=(const SourceText&) = delete;

  const std::string& name() const { return name_; }
  // The original bytes, BOM included.
  std::string_view bytes() const { return bytes_; }
  // Offset of the first byte after a BOM (0 or 3).
  std::size_t content_start() const { return content_start_; }
  Position position(std::size_t offset) const { return lines_.position(offset); }
  std::string_view slice(std::size_t start, std::size_t end) const {
    return std::string_view(bytes_).substr(start, end - start);
  }

 private:
  std::string name_;
  std::string bytes_;
  std::size_t content_start_ = 0;
  LineIndex lines_;
};

// Returns the byte offset of the first invalid UTF-8 sequence, or npos.
std::size_t find_invalid_utf8(std::string_view bytes);

}  // namespace claimcheck
