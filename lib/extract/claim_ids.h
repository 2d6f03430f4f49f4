// Stable claim ids.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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
  // Both tables are open-addressed (linear probing, power-of-two sizes): one
  // allocation per doubling instead of one node per claim.
  // A used id n is stored as n + 2^32, so 0 marks an empty slot.
  std::vector<std::uint64_t> used_;
  std::size_t used_count_ = 0;
  // Next occurrence number to try per normalised text, so the k-th repeat of
  // a sentence costs one hash, not k (documents repeat boilerplate a lot).
  // A slot is empty when its occurrence is 0 (stored ones are at least 2).
  std::vector<std::uint64_t> text_keys_;
  std::vector<std::uint32_t> next_occurrences_;
  std::size_t text_count_ = 0;
  // The normalised text being hashed, kept to reuse its buffer.
  std::string normalised_;

  bool insert_used(std::uint32_t number);
  std::uint32_t& next_occurrence(std::uint64_t text_key);
};

// `text` with runs of white space folded to one space, none at either end,
// and ASCII letters lower-cased: what a claim's id is derived from.
std::string normalise_claim_text(std::string_view text);

}  // namespace claimcheck
