// Stable claim ids.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace claimcheck {

// Hands out ids of the form "c-" + 8 lower-case hex digits, derived from the
// SHA-256 of the claim's normalised text (ASCII case folded, runs of white
// space collapsed), so the same sentence gets the same id in every run and
// after unrelated edits elsewhere in the document. Ids are unique within one
// allocator: a repeated sentence (or a hash collision) gets the hash of its
// text plus an occurrence number.
class ClaimIdAllocator {
 public:
  // Reserves ids already in use (e.g. from an existing claims file), so new
  // claims never reuse them.
  // An id not of the allocator's form cannot collide with one it hands
  // out, so it is not recorded.
  void reserve(std::string_view id);
  std::string allocate(std::string_view claim_text);

 private:
  // Ids as the 32-bit number their 8 hex digits spell, and texts as the
  // first 64 bits of their SHA-256: a document has hundreds of thousands of
  // claims, and tables keyed by whole claim texts cost more than the hashing.
  std::unordered_set<std::uint32_t> used_;
  // Next occurrence number to try per normalised text, so the k-th repeat of
  // a sentence costs one hash, not k (documents repeat boilerplate a lot).
  std::unordered_map<std::uint64_t, int> next_occurrence_;
};

std::string normalise_claim_text(std::string_view text);

}  // namespace claimcheck
