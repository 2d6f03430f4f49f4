// UTF-8 encoding of single code points, for the readers and writers that
// build text one character at a time.
#pragma once

#include <string>

namespace claimcheck {

// Appends `code_point` to `out` as UTF-8. A value that is not a Unicode
// scalar value (a surrogate, or above U+10FFFF) is appended as U+FFFD.
void append_utf8(std::string& out, char32_t code_point);

}  // namespace claimcheck
