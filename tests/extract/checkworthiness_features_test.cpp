#include "extract/checkworthiness_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace claimcheck {
namespace {

// An independent FNV-1a 64 of tag + text, as documented in the header.
std::uint64_t reference_hash(char tag, const std::string& text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : std::string(1, tag) + text) hash = (hash ^ c) * 0x100000001b3ULL;
  return hash;
}

std::vector<std::uint64_t> features(std::string_view sentence, std::uint32_t families) {
  FeatureScratch scratch;
  hash_features(sentence, families, scratch);
  return scratch.hashes;
}

bool contains(const std::vector<std::uint64_t>& hashes, std::uint64_t hash) {
  return std::find(hashes.begin(), hashes.end(), hash) != hashes.end();
}

TEST(CheckworthinessFeatures, WordNgramsAreLowercasedAndJoinedBySpaces) {
  const auto hashes = features("The  Senate voted.", kWordUnigrams | kWordBigrams | kWordTrigrams);
  // 3 unigrams, 2 bigrams, 1 trigram.
  ASSERT_EQ(hashes.size(), 6u);
  EXPECT_TRUE(contains(hashes, reference_hash('w', "senate")));
  EXPECT_TRUE(contains(hashes, reference_hash('w', "the senate")));
  EXPECT_TRUE(contains(hashes, reference_hash('w', "the senate voted")));
  EXPECT_FALSE(contains(hashes, reference_hash('w', "Senate")));
  EXPECT_EQ(features("The  Senate voted.", kWordBigrams).size(), 2u);
  EXPECT_EQ(features("The  Senate voted.", kWordTrigrams).size(), 1u);
}

TEST(CheckworthinessFeatures, CharNgramsRunOverPaddedFoldedText) {
  // " ab\tc " folds to " ab c " (6 bytes): four 3-grams, three 4-grams, two 5-grams.
  EXPECT_EQ(features("AB\t\n c", kChar3Grams).size(), 4u);
  EXPECT_EQ(features("AB\t\n c", kChar4Grams).size(), 3u);
  EXPECT_EQ(features("AB\t\n c", kChar5Grams).size(), 2u);
  const auto hashes = features("AB\t\n c", kChar3Grams | kChar4Grams | kChar5Grams);
  EXPECT_EQ(hashes.size(), 9u);
  EXPECT_TRUE(contains(hashes, reference_hash('c', " ab")));
  EXPECT_TRUE(contains(hashes, reference_hash('c', "ab c ")));
}

TEST(CheckworthinessFeatures, ShapesAbstractNamesAndNumbers) {
  const auto hashes =
      features("In 1990 Kim Jong Un paid $5 million, 3.9% of the budget.", kShapes);
  EXPECT_TRUE(contains(hashes, reference_hash('s', "dddd")));
  EXPECT_TRUE(contains(hashes, reference_hash('s', "ENT")));
  EXPECT_TRUE(contains(hashes, reference_hash('s', "MONEY")));
  EXPECT_TRUE(contains(hashes, reference_hash('s', "d.d")));
  EXPECT_TRUE(contains(hashes, reference_hash('s', "PCT")));
  // "Kim Jong Un" is one ENT, so the shape sequence reads "dddd ENT paid".
  EXPECT_TRUE(contains(hashes, reference_hash('s', "dddd ENT paid")));
  EXPECT_TRUE(contains(hashes, reference_hash('s', "d.d PCT of")));
  // Bigrams of plain words are not shape features.
  EXPECT_FALSE(contains(hashes, reference_hash('s', "of the")));
  // The names themselves never appear.
  EXPECT_FALSE(contains(hashes, reference_hash('s', "kim")));
}

TEST(CheckworthinessFeatures, ShapesGeneraliseAcrossNames) {
  const auto a = features("The vote by Senator Smith in 2004 passed.", kShapes);
  const auto b = features("The vote by Governor Okafor in 1987 passed.", kShapes);
  EXPECT_EQ(a, b);
}

TEST(CheckworthinessFeatures, DeterministicAndScratchReusable) {
  FeatureScratch scratch;
  hash_features("A much longer sentence about 42 things in Paris, France.", kAllFeatureFamilies, scratch);
  const auto first = scratch.hashes;
  hash_features("Short.", kAllFeatureFamilies, scratch);
  hash_features("A much longer sentence about 42 things in Paris, France.", kAllFeatureFamilies, scratch);
  EXPECT_EQ(scratch.hashes, first);
  EXPECT_FALSE(first.empty());
}

TEST(CheckworthinessFeatures, EmptySentenceHasOnlyBucketFeatures) {
  EXPECT_TRUE(features("", kWordUnigrams).empty());
  EXPECT_EQ(features("", kShapes).size(), 3u);  // length, entity and number buckets
}

TEST(CheckworthinessFeatures, BucketsStayInRange) {
  for (unsigned bits : {8u, 18u, 24u}) {
    for (std::uint64_t hash : features("In 2019 the UN met.", kAllFeatureFamilies)) {
      EXPECT_LT(feature_bucket(hash, bits), 1u << bits);
    }
  }
}

TEST(CheckworthinessFeatures, WeightSumMatchesTheListedFeatures) {
  // sum_feature_weights must add up exactly the buckets of hash_features.
  std::vector<std::int16_t> wide(1u << 12);
  std::vector<std::int8_t> narrow(1u << 12);
  for (std::size_t i = 0; i < wide.size(); ++i) {
    wide[i] = static_cast<std::int16_t>((i * 7919) % 255) - 127;
    narrow[i] = static_cast<std::int8_t>(wide[i]);
  }
  for (const char* sentence : {"", "  ", "In 1990 Kim Jong Un paid $5 million, 3.9% of the budget.",
                               "\xE2\x80\x9CWe\xE2\x80\x99ll see,\xE2\x80\x9D said Zo\xC3\xAB M\xC3\xBCller \xE2\x82\xAC" "4.",
                               "Don't -- 'quote' it\tnow?"}) {
    for (std::uint32_t families : {static_cast<std::uint32_t>(kAllFeatureFamilies), std::uint32_t{kChar4Grams},
                                   std::uint32_t{kWordBigrams | kShapes}}) {
      FeatureScratch scratch;
      hash_features(sentence, families, scratch);
      std::int64_t expected = 0;
      for (std::uint64_t hash : scratch.hashes) expected += wide[feature_bucket(hash, 12)];
      const FeatureSum sum16 = sum_feature_weights(sentence, families, wide.data(), 12, scratch);
      const FeatureSum sum8 = sum_feature_weights(sentence, families, narrow.data(), 12, scratch);
      EXPECT_EQ(sum16.count, scratch.hashes.size()) << sentence;
      EXPECT_EQ(sum16.sum, expected) << sentence;
      EXPECT_EQ(sum8.count, sum16.count) << sentence;
      EXPECT_EQ(sum8.sum, expected) << sentence;
    }
  }
}

TEST(CheckworthinessSignals, DetectsSurfaceSignals) {
  const Signals signals = detect_signals("In 2019, North Korea's leader met President Moon in Seoul?");
  EXPECT_TRUE(signals.present[kSignalYear]);
  EXPECT_TRUE(signals.present[kSignalNamedEntity]);
  EXPECT_TRUE(signals.present[kSignalActionVerb]);
  EXPECT_TRUE(signals.present[kSignalQuestion]);
  EXPECT_FALSE(signals.present[kSignalPercent]);
  EXPECT_EQ(signals.entities, 3);  // North Korea, President Moon, Seoul
}

}  // namespace
}  // namespace claimcheck
