#include "base/utf8.h"

#include <utf8proc.h>

namespace claimcheck {

void append_utf8(std::string& out, char32_t code_point) {
  const auto value = static_cast<utf8proc_int32_t>(code_point);
  utf8proc_uint8_t bytes[4];
  const utf8proc_ssize_t length =
      utf8proc_codepoint_valid(value) ? utf8proc_encode_char(value, bytes) : utf8proc_encode_char(0xFFFD, bytes);
  out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
}

}  // namespace claimcheck
