// One-to-one matching of gold claims with extracted claims by content words.
#pragma once

#include <cstddef>
#include <vector>

#include "eval/content_words.h"

namespace claimcheck::eval {

// A pair counts as a match when its content-word F1 is at least this.
inline constexpr double kMatchF1 = 0.75;

struct ClaimPair {
  std::size_t gold = 0;       // index into the gold claims
  std::size_t extracted = 0;  // index into the extracted claims
  std::size_t shared = 0;     // content words in common (multiset)
  double f1 = 0.0;
  bool matched = false;  // f1 >= kMatchF1
};

// Pairs each gold claim with at most one extracted claim and vice versa,
// greedily: every (gold, extracted) pair sharing at least one content word
// is sorted by shared count (most first), ties by F1 (higher first), then by
// gold index, then by extracted index (lower first), so the result never
// depends on anything but the inputs' order; pairs are taken in that order
// when neither side is taken yet. Every pair taken is returned (sorted by
// gold index), matched or not: a pair below the F1 threshold still uses up
// both claims, as "the extracted claim closest to this gold claim is not
// close enough".
std::vector<ClaimPair> pair_claims(const std::vector<ContentWords>& gold,
                                   const std::vector<ContentWords>& extracted);

}  // namespace claimcheck::eval
