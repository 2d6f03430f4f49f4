#include "eval/matching.h"

#include <gtest/gtest.h>

namespace claimcheck::eval {
namespace {

std::vector<ContentWords> words(const std::vector<std::string>& texts) {
  std::vector<ContentWords> result;
  for (const std::string& text : texts) result.push_back(content_words(text));
  return result;
}

TEST(PairClaims, EachClaimIsUsedAtMostOnce) {
  // Both gold claims are closest to the first extracted claim; only one
  // may have it, the other gets the second.
  const auto gold = words({"Iran aligned with the Soviet Union during the Cold War.",
                           "North Korea aligned with the Soviet Union during the Cold War."});
  const auto extracted = words({"Iran aligned with the Soviet Union during the Cold War.",
                                "North Korea aligned with the Soviet Union."});
  const std::vector<ClaimPair> pairs = pair_claims(gold, extracted);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].gold, 0u);
  EXPECT_EQ(pairs[0].extracted, 0u);
  EXPECT_TRUE(pairs[0].matched);
  EXPECT_EQ(pairs[1].gold, 1u);
  EXPECT_EQ(pairs[1].extracted, 1u);
}

TEST(PairClaims, MatchesAtExactlyTheThreshold) {
  // 3 shared of 4 + 4 words: F1 = 6/8 = 0.75, a match.
  const auto at = pair_claims(words({"alpha beta gamma delta"}), words({"alpha beta gamma omega"}));
  ASSERT_EQ(at.size(), 1u);
  EXPECT_DOUBLE_EQ(at[0].f1, 0.75);
  EXPECT_TRUE(at[0].matched);
  // 3 shared of 4 + 5 words: F1 = 6/9, paired but not a match.
  const auto below =
      pair_claims(words({"alpha beta gamma delta"}), words({"alpha beta gamma omega sigma"}));
  ASSERT_EQ(below.size(), 1u);
  EXPECT_LT(below[0].f1, kMatchF1);
  EXPECT_FALSE(below[0].matched);
}

TEST(PairClaims, NoSharedWordNoPair) {
  EXPECT_TRUE(pair_claims(words({"alpha beta"}), words({"gamma delta"})).empty());
  EXPECT_TRUE(pair_claims({}, words({"gamma delta"})).empty());
}

TEST(PairClaims, MostSharedWordsWinOverHigherF1) {
  // Extracted 0 shares 3 words with gold 0 (F1 0.6); extracted 1 shares 2
  // (F1 0.67). The greedy order is by shared count, so gold 0 takes
  // extracted 0 (not a match) rather than the higher F1.
  const auto gold = words({"alpha beta gamma delta"});
  const auto extracted = words({"alpha beta gamma omega sigma tau", "alpha beta"});
  const auto pairs = pair_claims(gold, extracted);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].extracted, 0u);
  EXPECT_EQ(pairs[0].shared, 3u);
  EXPECT_FALSE(pairs[0].matched);
}

TEST(PairClaims, TiesGoByF1ThenByIndex) {
  // Same shared count (2); the shorter extracted claim has the higher F1.
  const auto by_f1 = pair_claims(words({"alpha beta"}), words({"alpha beta gamma", "alpha beta"}));
  ASSERT_EQ(by_f1.size(), 1u);
  EXPECT_EQ(by_f1[0].extracted, 1u);
  // Identical candidates: the lower index, whatever the order of the gold side.
  const auto by_index = pair_claims(words({"alpha beta", "alpha beta"}),
                                    words({"alpha beta", "alpha beta"}));
  ASSERT_EQ(by_index.size(), 2u);
  EXPECT_EQ(by_index[0].gold, 0u);
  EXPECT_EQ(by_index[0].extracted, 0u);
  EXPECT_EQ(by_index[1].gold, 1u);
  EXPECT_EQ(by_index[1].extracted, 1u);
}

}  // namespace
}  // namespace claimcheck::eval
