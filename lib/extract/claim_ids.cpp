#include "extract/claim_ids.h"

#include <array>

#include "base/sha256.h"
#include "text/block.h"

namespace claimcheck {

std::string normalise_claim_text(std::string_view text) {
  std::string out = fold_white_space(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

namespace {

std::uint32_t id_number(const std::array<unsigned char, 32>& digest) {
  return (std::uint32_t{digest[0]} << 24) | (std::uint32_t{digest[1]} << 16) | (std::uint32_t{digest[2]} << 8) |
         std::uint32_t{digest[3]};
}

std::string id_text(std::uint32_t number) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id = "c-00000000";
  for (int i = 9; i >= 2; --i, number >>= 4) id[static_cast<std::size_t>(i)] = kHex[number & 0xf];
  return id;
}

}  // namespace

void ClaimIdAllocator::reserve(std::string_view id) {
  if (id.size() != 10 || !id.starts_with("c-")) return;
  std::uint32_t number = 0;
  for (char c : id.substr(2)) {
    const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (digit < 0) return;
    number = (number << 4) | static_cast<std::uint32_t>(digit);
  }
  used_.insert(number);
}

std::string ClaimIdAllocator::allocate(std::string_view claim_text) {
  const std::string normalised = normalise_claim_text(claim_text);
  const std::array<unsigned char, 32> first = sha256_digest(normalised);
  std::uint64_t text_key = 0;
  for (int i = 0; i < 8; ++i) text_key = (text_key << 8) | first[static_cast<std::size_t>(i)];
  int& next = next_occurrence_.try_emplace(text_key, 1).first->second;
  for (int occurrence = next;; ++occurrence) {
    const std::uint32_t number =
        occurrence == 1 ? id_number(first)
                        : id_number(sha256_digest(normalised + "\n#" + std::to_string(occurrence)));
    if (used_.insert(number).second) {
      next = occurrence + 1;
      return id_text(number);
    }
  }
}

}  // namespace claimcheck
