#include "eval/matching.h"

#include <algorithm>

namespace claimcheck::eval {

std::vector<ClaimPair> pair_claims(const std::vector<ContentWords>& gold,
                                   const std::vector<ContentWords>& extracted) {
  std::vector<ClaimPair> candidates;
  for (std::size_t g = 0; g < gold.size(); ++g) {
    for (std::size_t e = 0; e < extracted.size(); ++e) {
      const std::size_t shared = shared_count(gold[g], extracted[e]);
      if (shared == 0) continue;
      const double f1 = content_word_f1(gold[g], extracted[e]);
      candidates.push_back({g, e, shared, f1, f1 >= kMatchF1});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const ClaimPair& a, const ClaimPair& b) {
    if (a.shared != b.shared) return a.shared > b.shared;
    if (a.f1 != b.f1) return a.f1 > b.f1;
    if (a.gold != b.gold) return a.gold < b.gold;
    return a.extracted < b.extracted;
  });
  std::vector<bool> gold_taken(gold.size()), extracted_taken(extracted.size());
  std::vector<ClaimPair> pairs;
  for (const ClaimPair& pair : candidates) {
    if (gold_taken[pair.gold] || extracted_taken[pair.extracted]) continue;
    gold_taken[pair.gold] = extracted_taken[pair.extracted] = true;
    pairs.push_back(pair);
  }
  std::sort(pairs.begin(), pairs.end(),
            [](const ClaimPair& a, const ClaimPair& b) { return a.gold < b.gold; });
  return pairs;
}

}  // namespace claimcheck::eval
