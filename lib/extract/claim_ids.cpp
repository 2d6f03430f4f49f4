#include "extract/claim_ids.h"

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
