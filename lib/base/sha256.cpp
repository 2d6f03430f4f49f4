#include "base/sha256.h"

#include <openssl/sha.h>

#include <array>

namespace claimcheck {

std::array<unsigned char, 32> sha256_digest(std::string_view bytes) {
  // OpenSSL's low-level SHA-256 calls: the EVP interface looks the algorithm
  // up through its provider on every digest, which costs more than hashing a
  // sentence, and claim ids hash every claim. OpenSSL 3 marks these calls
  // deprecated but keeps them; they compute the same digest.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  SHA256_CTX context;
  SHA256_Init(&context);
  SHA256_Update(&context, bytes.data(), bytes.size());
  std::array<unsigned char, 32> digest{};
  SHA256_Final(digest.data(), &context);
#pragma GCC diagnostic pop
  return digest;
}

std::string sha256_hex(std::string_view bytes) {
  const std::array<unsigned char, 32> digest = sha256_digest(bytes);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(digest.size() * 2, '\0');
  for (std::size_t i = 0; i < digest.size(); ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 0xf];
  }
  return out;
}

}  // namespace claimcheck
