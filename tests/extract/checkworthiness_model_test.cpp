#include "extract/checkworthiness_model.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>

namespace claimcheck {
namespace {

CheckworthinessModel small_model(unsigned weight_bits) {
  CheckworthinessModel model;
  model.families = kWordUnigrams | kShapes;
  model.bucket_bits = 8;
  model.weight_bits = weight_bits;
  model.scale = 0.01f;
  model.bias = -0.5f;
  model.threshold = 0.4f;
  model.signal_weights[kSignalYear] = 1.25f;
  model.weights.assign(256, 0);
  for (int i = 0; i < 256; ++i) model.weights[i] = static_cast<std::int16_t>((i % 2 ? -1 : 1) * (i % 120));
  return model;
}

std::string error_of(std::string_view bytes) {
  try {
    parse_checkworthiness_model(bytes);
  } catch (const std::invalid_argument& error) {
    return error.what();
  }
  return "";
}

TEST(CheckworthinessModel, RoundTripsBothWeightWidths) {
  for (unsigned weight_bits : {8u, 16u}) {
    const CheckworthinessModel model = small_model(weight_bits);
    const std::string bytes = serialize_checkworthiness_model(model);
    EXPECT_EQ(bytes.size(), 44 + 4 * kSignalCount + 256 * weight_bits / 8);
    const CheckworthinessModel parsed = parse_checkworthiness_model(bytes);
    EXPECT_EQ(parsed.families, model.families);
    EXPECT_EQ(parsed.bucket_bits, 8u);
    EXPECT_EQ(parsed.weight_bits, weight_bits);
    EXPECT_EQ(parsed.scale, model.scale);
    EXPECT_EQ(parsed.bias, model.bias);
    EXPECT_EQ(parsed.threshold, model.threshold);
    EXPECT_EQ(parsed.signal_weights, model.signal_weights);
    EXPECT_EQ(parsed.weights, model.weights);
  }
}

TEST(CheckworthinessModel, RejectsBadMagic) {
  std::string bytes = serialize_checkworthiness_model(small_model(8));
  bytes[0] = 'X';
  EXPECT_NE(error_of(bytes).find("bad magic"), std::string::npos);
  EXPECT_NE(error_of("").find("bad magic"), std::string::npos);
}

TEST(CheckworthinessModel, RejectsEveryTruncation) {
  const std::string bytes = serialize_checkworthiness_model(small_model(16));
  for (std::size_t size = 8; size < bytes.size(); size += 7) {
    EXPECT_NE(error_of(std::string_view(bytes).substr(0, size)).find("truncated"), std::string::npos) << size;
  }
  EXPECT_NE(error_of(bytes + "x").find("trailing bytes"), std::string::npos);
}

TEST(CheckworthinessModel, RejectsBadHeaderFields) {
  const std::string good = serialize_checkworthiness_model(small_model(8));
  auto with_u32 = [&](std::size_t offset, std::uint32_t value) {
    std::string bytes = good;
    for (int i = 0; i < 4; ++i) bytes[offset + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
    return bytes;
  };
  EXPECT_NE(error_of(with_u32(8, 2)).find("unsupported model version 2"), std::string::npos);
  EXPECT_NE(error_of(with_u32(12, 7)).find("unknown hash function"), std::string::npos);
  EXPECT_NE(error_of(with_u32(16, 0)).find("feature families"), std::string::npos);
  EXPECT_NE(error_of(with_u32(20, 40)).find("bucket bits"), std::string::npos);
  EXPECT_NE(error_of(with_u32(24, 4)).find("weight bits"), std::string::npos);
  EXPECT_NE(error_of(with_u32(28, 3)).find("signal weights"), std::string::npos);
  EXPECT_NE(error_of(with_u32(40, 0x3F800000)).find("threshold"), std::string::npos);  // 1.0
  EXPECT_NE(error_of(with_u32(36, 0x7FC00000)).find("finite"), std::string::npos);     // NaN bias
}

TEST(CheckworthinessModel, ScoreFollowsTheFormula) {
  CheckworthinessModel model = small_model(8);
  model.weights.assign(256, 0);
  const std::string sentence = "Hello world";
  // Only the bias and the signals count when every hashed weight is zero.
  EXPECT_NEAR(checkworthiness_probability(model, sentence, detect_signals(sentence)),
              1.0 / (1.0 + std::exp(0.5)), 1e-6);
  const std::string dated = "It rained in 1990";
  EXPECT_NEAR(checkworthiness_probability(model, dated, detect_signals(dated)),
              1.0 / (1.0 + std::exp(0.5 - 1.25)), 1e-6);
  // Every bucket at w: the hashed part is scale * w * n / sqrt(n).
  model.weights.assign(256, 100);
  std::vector<std::uint64_t> hashes;
  hash_features(sentence, model.families, hashes);
  const double n = static_cast<double>(hashes.size());
  EXPECT_NEAR(checkworthiness_probability(model, sentence, detect_signals(sentence)),
              1.0 / (1.0 + std::exp(0.5 - 0.01 * 100 * n / std::sqrt(n))), 1e-5);
}

}  // namespace
}  // namespace claimcheck
