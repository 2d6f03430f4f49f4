#include "extract/claim_ids.h"

#include <cctype>

#include "base/sha256.h"

namespace claimcheck {

std::string normalise_claim_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isspace(u)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += static_cast<char>(std::tolower(u));
  }
  return out;
}

std::string ClaimIdAllocator::allocate(std::string_view claim_text) {
  const std::string normalised = normalise_claim_text(claim_text);
  int& next = next_occurrence_.try_emplace(normalised, 1).first->second;
  for (int occurrence = next;; ++occurrence) {
    const std::string key =
        occurrence == 1 ? normalised : normalised + "\n#" + std::to_string(occurrence);
    std::string id = "c-" + sha256_hex(key).substr(0, 8);
    if (used_.insert(id).second) {
      next = occurrence + 1;
      return id;
    }
  }
}

}  // namespace claimcheck
