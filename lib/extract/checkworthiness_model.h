// The trained check-worthiness model: logistic regression over the features
// of checkworthiness_features.h, its binary file format, and scoring.
//
// File format (all integers and floats little-endian; floats IEEE-754
// binary32), written by tools/train_checkworthiness:
//   offset  size  field
//        0     8  magic "CCWMODEL"
//        8     4  format version, 1
//       12     4  hash function id, 2 = kHashRolling (see checkworthiness_features.h;
//                 id 1, FNV-1a over n-gram strings, is no longer read)
//       16     4  feature families (FeatureFamily bit mask, non-zero; may include
//                 the kNormalisePerGroup flag, see the score below)
//       20     4  bucket_bits: 2^bucket_bits hashed weights, 8..24
//       24     4  weight_bits: 8 or 16 (signed quantised weights)
//       28     4  signal count; must equal kSignalCount
//       32     4  scale: hashed weight = quantised value * scale
//       36     4  bias
//       40     4  threshold: checkworthy when the score (rounded to two
//                 decimals) is at least this; in (0, 1)
//       44  4*S   signal weights, in CheckworthinessSignal order
//        …  2^bucket_bits * weight_bits/8   quantised hashed weights
// and nothing after. The score of a sentence is
//   sigmoid(bias + sum of present signals' weights
//           + scale * (sum of the weights of its features' buckets) / sqrt(feature count))
// where a feature occurring twice counts twice; with kNormalisePerGroup in
// the feature families, the last term is the sum over the groups (words,
// characters, shapes) of scale * (the group's weight sum) / sqrt(its count).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/checkworthiness_features.h"

namespace claimcheck {

inline constexpr std::string_view kCheckworthinessModelMagic = "CCWMODEL";
inline constexpr std::uint32_t kCheckworthinessModelVersion = 1;

struct CheckworthinessModel {
  std::uint32_t families = 0;
  unsigned bucket_bits = 0;
  unsigned weight_bits = 16;
  float scale = 0.0f;
  float bias = 0.0f;
  float threshold = 0.5f;
  std::array<float, kSignalCount> signal_weights{};
  std::vector<std::int16_t> weights;  // 2^bucket_bits quantised values
  // The same values as int8 when weight_bits is 8 (filled by
  // parse_checkworthiness_model; otherwise empty): half the memory, so more
  // of the table stays in cache while scoring.
  std::vector<std::int8_t> narrow_weights;
};

// Parses a model file. Throws std::invalid_argument with a message naming
// what is wrong (bad magic, unsupported version, truncated, ...).
CheckworthinessModel parse_checkworthiness_model(std::string_view bytes);

// The inverse of parse_checkworthiness_model.
std::string serialize_checkworthiness_model(const CheckworthinessModel& model);

// The model's probability that the sentence is check-worthy, unrounded.
// `signals` must be detect_signals(sentence).
double checkworthiness_probability(const CheckworthinessModel& model, std::string_view sentence,
                                   const Signals& signals);

}  // namespace claimcheck
