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
  kWordUnigrams = 1u << 0,  // lower-cased words: letters, digits, apostrophes, non-ASCII bytes
  kWordBigrams = 1u << 1,
  kWordTrigrams = 1u << 2,
  kChar3Grams = 1u << 3,    // over the lower-cased sentence, white space runs as one
  kChar4Grams = 1u << 4,    // space, with a space before and after it
  kChar5Grams = 1u << 5,
  kShapes = 1u << 6,        // see below
  kAllFeatureFamilies = (1u << 7) - 1,
};

// Shape features generalise to topics the training data never saw. A
// sentence's words are rewritten as a shape sequence: a run of capitalised
// words after the first word becomes ENT, a token with digits its digit
// shape ("1990" -> dddd, "3.9" -> d.d, "1990s" -> ddddx, at most 8 bytes), a
// number after $, € or £ MONEY, "%" and "percent" PCT; other words stay,
// lower-cased. Emitted: shape-token unigrams, shape-sequence bigrams and
// trigrams that contain at least one shape token, a length bucket of the word
// count, and buckets of the number of entities and of numbers.

// Feature hash: 64-bit FNV-1a (offset basis 0xcbf29ce484222325, prime
// 0x100000001b3) over one tag byte naming the feature kind, then the feature's
// bytes (n-gram words joined by one 0x20 byte). A hash goes to bucket
// (hash * 0x9E3779B97F4A7C15) >> (64 - bucket_bits) (Fibonacci hashing).
inline constexpr std::uint32_t kHashFnv1a64 = 1;

inline std::uint32_t feature_bucket(std::uint64_t hash, unsigned bucket_bits) {
  return static_cast<std::uint32_t>((hash * 0x9E3779B97F4A7C15ULL) >> (64 - bucket_bits));
}

// Scratch space reused between calls so extraction allocates nothing once
// the buffers have grown to the longest sentence seen.
struct FeatureScratch {
  struct Token {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    bool shape = false;  // a shape token (ENT, dddd, ...) rather than a word
  };
  std::string lowered;
  std::string shaped;
  std::vector<Token> tokens;
  std::vector<std::uint64_t> hashes;
};

// Replaces scratch.hashes with the hashes of the sentence's features of the
// given families, in a fixed order (a feature occurring twice appears twice).
void hash_features(std::string_view sentence, std::uint32_t families, FeatureScratch& scratch);

// The sum of weights[feature_bucket(hash, bucket_bits)] over the hashes
// hash_features would list, and their count, without listing them: what
// scoring needs. `weights` holds 2^bucket_bits values.
struct FeatureSum {
  std::int64_t sum = 0;
  std::size_t count = 0;
};
FeatureSum sum_feature_weights(std::string_view sentence, std::uint32_t families, const std::int8_t* weights,
                               unsigned bucket_bits, FeatureScratch& scratch);
FeatureSum sum_feature_weights(std::string_view sentence, std::uint32_t families, const std::int16_t* weights,
                               unsigned bucket_bits, FeatureScratch& scratch);

}  // namespace claimcheck
