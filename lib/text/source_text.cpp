#include "text/source_text.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstring>
#include <utility>

#include "base/error.h"

namespace claimcheck {

std::size_t find_invalid_utf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    // Plain ASCII needs no decoding; it is nearly all of English prose, so
    // it is skipped eight bytes at a time.
    while (i + 8 <= bytes.size()) {
      std::uint64_t v;
      std::memcpy(&v, bytes.data() + i, sizeof v);
      if ((v & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    if (i == bytes.size()) break;
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t length =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + i),
                         static_cast<utf8proc_ssize_t>(bytes.size() - i), &code_point);
    if (length <= 0) return i;
    i += static_cast<std::size_t>(length);
  }
  return std::string_view::npos;
}

namespace {
std::size_t bom_length(std::string_view bytes) {
  return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}
}  // namespace

SourceText::SourceText(std::string name, std::string bytes)
    : name_(std::move(name)),
      bytes_(std::move(bytes)),
      content_start_(bom_length(bytes_)),
      lines_(bytes_) {
  if (const void* nul = std::memchr(bytes_.data(), '\0', bytes_.size())) {
    const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - bytes_.data());
    throw InputError(name_, position(offset),
                     "binary data: NUL byte at byte offset " + std::to_string(offset) +
                         "; expected a UTF-8 text document");
  }
  if (const std::size_t bad = find_invalid_utf8(bytes_); bad != std::string_view::npos) {
    throw InputError(name_, position(bad),
                     "invalid UTF-8 at byte offset " + std::to_string(bad) +
                         "; convert the document to UTF-8 (e.g. iconv -f latin1 -t utf-8)");
  }
}

}  // namespace claimcheck
