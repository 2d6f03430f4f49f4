#pragma once

#include <array>
#include <string>
#include <string_view>

namespace claimcheck {

// SHA-256 of `bytes`.
std::array<unsigned char, 32> sha256_digest(std::string_view bytes);

// Lower-case hex SHA-256 of `bytes` (64 characters).
std::string sha256_hex(std::string_view bytes);

}  // namespace claimcheck
