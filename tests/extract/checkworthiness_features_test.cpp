#include "extract/checkworthiness_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace claimcheck {
namespace {

// Independent implementations of the documented hashes (hash function id 2).
std::uint64_t fnv1a(std::uint64_t basis, const std::string& text) {
  for (unsigned char c : text) basis = (basis ^ c) * 0x100000001b3ULL;
  return basis;
}
std::uint64_t mix(std::uint64_t x) { return (x ^ (x >> 32)) * 0x9E3779B97F4A7C15ULL; }
constexpr std::uint64_t kWordBasis = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kShapeBasis = 0x84222325cbf29ce4ULL;
constexpr std::uint64_t kCombine = 0x100000001b3ULL * 0x9E3779B1ULL | 1;

std::uint64_t word_feature(const std::vector<std::string>& words) {
  constexpr std::uint64_t kTags[] = {0x1000000000000001ULL, 0x2000000000000002ULL, 0x3000000000000003ULL};
  std::uint64_t hash = 0;
  for (const std::string& word : words) hash = hash * kCombine + fnv1a(kWordBasis, word);
  return mix(hash ^ kTags[words.size() - 1]);
}

// Shape tokens: "ENT", "PCT", "MONEY" and digit shapes hash from the shape
// basis; other words from the word basis.
std::uint64_t shape_feature(const std::vector<std::string>& tokens) {
  constexpr std::uint64_t kTags[] = {0x4000000000000004ULL, 0x5000000000000005ULL, 0x6000000000000006ULL};
  std::uint64_t hash = 0;
  for (const std::string& token : tokens) {
    const bool shape = token == "ENT" || token == "PCT" || token == "MONEY" ||
                       (token.find('d') != std::string::npos && token.find_first_not_of("dx.,-'") == std::string::npos);
    hash = hash * kCombine + fnv1a(shape ? kShapeBasis : kWordBasis, token);
  }
  return mix(hash ^ kTags[tokens.size() - 1]);
}

std::uint64_t char_feature(const std::string& gram) {
  constexpr std::uint64_t kMultipliers[] = {0x9E3779B97F4A7C15ULL, 0xC2B2AE3D27D4EB4FULL, 0x165667B19E3779F9ULL};
  std::uint64_t packed = 0;
  for (unsigned char c : gram) packed = (packed << 8) | c;
  return packed * kMultipliers[gram.size() - 3];
}

std::vector<std::uint64_t> features(std::string_view sentence, std::uint32_t families) {
  std::vector<std::uint64_t> hashes;
  hash_features(sentence, families, hashes);
  return hashes;
}

bool contains(const std::vector<std::uint64_t>& hashes, std::uint64_t hash) {
  return std::find(hashes.begin(), hashes.end(), hash) != hashes.end();
}

TEST(CheckworthinessFeatures, WordNgramsAreLowercasedAndJoinedBySpaces) {
  const auto hashes = features("The  Senate voted.", kWordUnigrams | kWordBigrams | kWordTrigrams);
  // 3 unigrams, 2 bigrams, 1 trigram.
  ASSERT_EQ(hashes.size(), 6u);
  EXPECT_TRUE(contains(hashes, word_feature({"senate"})));
  EXPECT_TRUE(contains(hashes, word_feature({"the", "senate"})));
  EXPECT_TRUE(contains(hashes, word_feature({"the", "senate", "voted"})));
  EXPECT_FALSE(contains(hashes, word_feature({"Senate"})));
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
  EXPECT_TRUE(contains(hashes, char_feature(" ab")));
  EXPECT_TRUE(contains(hashes, char_feature("ab c ")));
  EXPECT_FALSE(contains(hashes, char_feature("ab\tc")));
}

TEST(CheckworthinessFeatures, ShapesAbstractNamesAndNumbers) {
  const auto hashes =
      features("In 1990 Kim Jong Un paid $5 million, 3.9% of the budget.", kShapes);
  EXPECT_TRUE(contains(hashes, shape_feature({"dddd"})));
  EXPECT_TRUE(contains(hashes, shape_feature({"ENT"})));
  EXPECT_TRUE(contains(hashes, shape_feature({"MONEY"})));
  EXPECT_TRUE(contains(hashes, shape_feature({"d.d"})));
  EXPECT_TRUE(contains(hashes, shape_feature({"PCT"})));
  // "Kim Jong Un" is one ENT, so the shape sequence reads "dddd ENT paid".
  EXPECT_TRUE(contains(hashes, shape_feature({"dddd", "ENT", "paid"})));
  EXPECT_TRUE(contains(hashes, shape_feature({"d.d", "PCT", "of"})));
  // Bigrams of plain words are not shape features.
  EXPECT_FALSE(contains(hashes, shape_feature({"of", "the"})));
  // The names themselves never appear.
  EXPECT_FALSE(contains(hashes, shape_feature({"kim"})));
}

TEST(CheckworthinessFeatures, ShapesGeneraliseAcrossNames) {
  const auto a = features("The vote by Senator Smith in 2004 passed.", kShapes);
  const auto b = features("The vote by Governor Okafor in 1987 passed.", kShapes);
  EXPECT_EQ(a, b);
}

TEST(CheckworthinessFeatures, DeterministicAndBufferReusable) {
  std::vector<std::uint64_t> hashes;
  hash_features("A much longer sentence about 42 things in Paris, France.", kAllFeatureFamilies, hashes);
  const auto first = hashes;
  hash_features("Short.", kAllFeatureFamilies, hashes);
  hash_features("A much longer sentence about 42 things in Paris, France.", kAllFeatureFamilies, hashes);
  EXPECT_EQ(hashes, first);
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
                               "Don't -- 'quote' it\tnow?", "a", "ab", "I paid \xC2\xA3" "5 (50%) in 1,000.5-ish",
                               "  lead and trail  "}) {
    for (std::uint32_t families : {static_cast<std::uint32_t>(kAllFeatureFamilies),
                                   static_cast<std::uint32_t>(kAllFeatureFamilies & ~kNormalisePerGroup),
                                   std::uint32_t{kChar4Grams},
                                   std::uint32_t{kWordBigrams | kShapes}}) {
      std::vector<std::uint64_t> hashes;
      std::vector<std::uint8_t> groups;
      hash_features(sentence, families, hashes, &groups);
      ASSERT_EQ(groups.size(), hashes.size());
      std::int64_t expected = 0;
      std::array<std::int64_t, kFeatureGroups> expected_sums{};
      std::array<std::size_t, kFeatureGroups> expected_counts{};
      for (std::size_t k = 0; k < hashes.size(); ++k) {
        expected += wide[feature_bucket(hashes[k], 12)];
        expected_sums[groups[k]] += wide[feature_bucket(hashes[k], 12)];
        ++expected_counts[groups[k]];
      }
      const FeatureSum sum16 = sum_feature_weights(sentence, families, wide.data(), 12);
      const FeatureSum sum8 = sum_feature_weights(sentence, families, narrow.data(), 12);
      EXPECT_EQ(sum16.count, hashes.size()) << sentence;
      EXPECT_EQ(sum16.sum, expected) << sentence;
      EXPECT_EQ(sum8.count, sum16.count) << sentence;
      EXPECT_EQ(sum8.sum, expected) << sentence;
      EXPECT_EQ(sum8.sums, expected_sums) << sentence;
      EXPECT_EQ(sum8.counts, expected_counts) << sentence;
      EXPECT_EQ(sum16.sums, expected_sums) << sentence;
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

std::vector<std::string> signal_names(std::string_view sentence) {
  const Signals signals = detect_signals(sentence);
  std::vector<std::string> names;
  for (int s = 0; s < kSignalCount; ++s) {
    if (signals.present[s]) names.emplace_back(kSignalNames[s]);
  }
  return names;
}

TEST(CheckworthinessSignals, WordListsMatchWholeLowerCasedWords) {
  // Possessive dropped, case ignored, and the word must match whole: the
  // last word sits within 16 bytes of the end (the byte-by-byte path).
  EXPECT_EQ(signal_names("The ANALYSTS' view: SOME Experts' guess"),
            (std::vector<std::string>{"named-entity", "vague-attribution"}));
  EXPECT_EQ(signal_names("Commentators said so"), (std::vector<std::string>{"attribution"}));
  EXPECT_EQ(signal_names("Saids and sayings"), std::vector<std::string>{});
  EXPECT_EQ(signal_names("It is believed that it rained."),
            (std::vector<std::string>{"vague-attribution", "action-verb"}));
  EXPECT_EQ(signal_names("It is widely believed"), (std::vector<std::string>{"action-verb"}));
  EXPECT_EQ(signal_names("Please see the notes"), (std::vector<std::string>{"instruction"}));
  EXPECT_EQ(signal_names("Tell us more"), (std::vector<std::string>{"first-person"}));
  EXPECT_EQ(signal_names("Tell US more"), (std::vector<std::string>{"named-entity"}));
  // Longer than 16 bytes: no list word, but endings still count.
  EXPECT_EQ(signal_names("the overcomplicatedest x"), (std::vector<std::string>{"superlative"}));
  EXPECT_EQ(signal_names("on 5 march 2020 or in the 1990s"),
            (std::vector<std::string>{"year", "date", "number"}));
  EXPECT_EQ(signal_names("costs \xE2\x82\xAC" "5 or 3 percent more than before?"),
            (std::vector<std::string>{"number", "percent", "money", "quantity-comparison", "question"}));
}

}  // namespace
}  // namespace claimcheck
