// Features of the check-worthiness model: the dense surface signals the
// claims file reports, and hashed sparse features (word and character
// n-grams, token shapes). The trainer (tools/train_checkworthiness.cpp) and
// the scorer (checkworthiness.cpp) both call these functions, so a model is
// always scored with exactly the features it was trained on.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// Signals in the order they are reported; names are the claims schema's
// signal vocabulary.
enum CheckworthinessSignal {
  kSignalYear, kSignalDate, kSignalNumber, kSignalPercent, kSignalMoney, kSignalNamedEntity,
  kSignalAttribution, kSignalVagueAttribution, kSignalQuantityComparison, kSignalSuperlative,
  kSignalActionVerb, kSignalHedge, kSignalOpinion, kSignalQuestion, kSignalFirstPerson,
  kSignalFuture, kSignalInstruction, kSignalCount
};

inline constexpr std::array<const char*, kSignalCount> kSignalNames = {
    "year", "date", "number", "percent", "money", "named-entity", "attribution",
    "vague-attribution", "quantity-comparison", "superlative", "action-verb", "hedge",
    "opinion", "question", "first-person", "future", "instruction"};

struct Signals {
  std::array<bool, kSignalCount> present{};
  // Runs of capitalised words after the first word ("North Korea" is one).
  int entities = 0;
};

// Detects the surface signals of one sentence. Deterministic.
Signals detect_signals(std::string_view sentence);

// Families of hashed features; a model records which it was trained with.
enum FeatureFamily : std::uint32_t {
  kWordUnigrams = 1u << 0,  // lower-cased words (see below)
  kWordBigrams = 1u << 1,
  kWordTrigrams = 1u << 2,
  kChar3Grams = 1u << 3,    // over the lower-cased sentence, white space runs as one
  kChar4Grams = 1u << 4,    // space, with a space before and after it
  kChar5Grams = 1u << 5,
  kShapes = 1u << 6,        // see below
  // Not a family: feature values are 1/sqrt(count) within each group (words,
  // characters, shapes: each group's vector has unit length) rather than
  // over all features together.
  kNormalisePerGroup = 1u << 7,
  kAllFeatureFamilies = (1u << 8) - 1,
};

// Groups of families, for kNormalisePerGroup.
enum FeatureGroup : int { kGroupWords = 0, kGroupChars = 1, kGroupShapes = 2, kFeatureGroups = 3 };

// Words: runs of a-z, A-Z, 0-9 and non-ASCII bytes, joined by ' . , - when a
// word byte follows ("don't", "3.9", "1,000", "then-iranian"). General
// punctuation (U+2000..U+207F: curly quotes, dashes), U+00A0 and the signs €
// and £ are not word bytes. Words are lower-cased (ASCII only).
//
// Shape features generalise to topics the training data never saw. A
// sentence's words are rewritten as a shape sequence: a run of capitalised
// words after the first word (not "I") becomes ENT, a word with digits its
// digit shape (digits as d, other word bytes as x, joiners kept, at most 8
// bytes: "1990" -> dddd, "3.9" -> d.d, "1990s" -> ddddx), a number after $,
// € or £ MONEY, "%" and "percent" PCT; other words stay. Emitted: shape-token
// unigrams, shape-sequence bigrams and trigrams that contain at least one
// shape token, a length bucket of the word count, and buckets of the number
// of entities and of numbers.

// Feature hash (hash function id 2), computed in one pass over the bytes:
// - a character n-gram (n = 3, 4, 5) packs its n bytes into an integer, the
//   last byte lowest, and multiplies it by a constant per n;
// - a word's hash is 64-bit FNV-1a of its lower-cased bytes; word and shape
//   n-grams combine their tokens' hashes (h = h * C + next), xor a tag per
//   kind and n, and finish with mix(x) = (x ^ x >> 32) * 0x9E3779B97F4A7C15.
// A feature goes to the bucket given by the top bucket_bits bits of its hash.
// The constants are in checkworthiness_features.cpp; changing any of them
// changes every model.
inline constexpr std::uint32_t kHashRolling = 2;

inline std::uint32_t feature_bucket(std::uint64_t hash, unsigned bucket_bits) {
  return static_cast<std::uint32_t>(hash >> (64 - bucket_bits));
}

// Replaces `hashes` with the hashes of the sentence's features of the given
// families (a feature occurring twice appears twice). For training; scoring
// uses sum_feature_weights, which runs the same code.
// `groups`, when given, receives each feature's FeatureGroup.
void hash_features(std::string_view sentence, std::uint32_t families, std::vector<std::uint64_t>& hashes,
                   std::vector<std::uint8_t>* groups = nullptr);

// The sum of weights[feature_bucket(hash, bucket_bits)] over the hashes
// hash_features would list, and their count, without listing them: what
// scoring needs. One pass, no allocation. `weights` holds 2^bucket_bits
// values.
struct FeatureSum {
  std::int64_t sum = 0;
  std::size_t count = 0;
  std::array<std::int64_t, kFeatureGroups> sums{};    // per FeatureGroup
  std::array<std::size_t, kFeatureGroups> counts{};
};
FeatureSum sum_feature_weights(std::string_view sentence, std::uint32_t families, const std::int8_t* weights,
                               unsigned bucket_bits);
FeatureSum sum_feature_weights(std::string_view sentence, std::uint32_t families, const std::int16_t* weights,
                               unsigned bucket_bits);

}  // namespace claimcheck
