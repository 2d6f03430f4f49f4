// Stable claim ids.
#pragma once

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
  void reserve(const std::string& id) { used_.insert(id); }
  std::string allocate(std::string_view claim_text);

 private:
  // Hashed, not ordered: ids all start with "c-", so an ordered set spent
  // much of its time comparing that prefix.
  std::unordered_set<std::string> used_;
  // Next occurrence number to try per normalised text, so the k-th repeat of
  // a sentence costs one hash, not k (documents repeat boilerplate a lot).
  std::unordered_map<std::string, int> next_occurrence_;
};

std::string normalise_claim_text(std::string_view text);

}  // namespace claimcheck
