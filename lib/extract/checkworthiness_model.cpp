#include "extract/checkworthiness_model.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace claimcheck {

namespace {

constexpr std::size_t kHeaderSize = 44;

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  std::uint32_t u32(const char* field) {
    need(4, field);
    std::uint32_t value = 0;
    for (int i = 3; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes_[offset_ + i]);
    offset_ += 4;
    return value;
  }

  float f32(const char* field) {
    const float value = std::bit_cast<float>(u32(field));
    if (!std::isfinite(value)) {
      throw std::invalid_argument(std::string(field) + " is not a finite number");
    }
    return value;
  }

  std::int16_t i8(const char* field) {
    need(1, field);
    return static_cast<std::int8_t>(bytes_[offset_++]);
  }

  std::int16_t i16(const char* field) {
    need(2, field);
    const auto low = static_cast<unsigned char>(bytes_[offset_]);
    const auto high = static_cast<unsigned char>(bytes_[offset_ + 1]);
    offset_ += 2;
    return static_cast<std::int16_t>(static_cast<std::uint16_t>(low | (high << 8)));
  }

  std::size_t remaining() const { return bytes_.size() - offset_; }
  std::size_t offset() const { return offset_; }

 private:
  void need(std::size_t count, const char* field) {
    if (remaining() < count) {
      throw std::invalid_argument("truncated at byte " + std::to_string(bytes_.size()) + " while reading " +
                                  field);
    }
  }

  std::string_view bytes_;
  std::size_t offset_ = 0;
};

void put_u32(std::string& out, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

void put_f32(std::string& out, float value) { put_u32(out, std::bit_cast<std::uint32_t>(value)); }

}  // namespace

CheckworthinessModel parse_checkworthiness_model(std::string_view bytes) {
  if (bytes.size() < kCheckworthinessModelMagic.size() ||
      bytes.substr(0, kCheckworthinessModelMagic.size()) != kCheckworthinessModelMagic) {
    throw std::invalid_argument("not a check-worthiness model (bad magic; expected \"CCWMODEL\")");
  }
  Reader reader(bytes.substr(kCheckworthinessModelMagic.size()));
  CheckworthinessModel model;
  const std::uint32_t version = reader.u32("version");
  if (version != kCheckworthinessModelVersion) {
    throw std::invalid_argument("unsupported model version " + std::to_string(version) + " (expected " +
                                std::to_string(kCheckworthinessModelVersion) + ")");
  }
  const std::uint32_t hash = reader.u32("hash function id");
  if (hash != kHashRolling) {
    throw std::invalid_argument("unknown hash function id " + std::to_string(hash));
  }
  model.families = reader.u32("feature families");
  if (model.families == 0 || (model.families & ~static_cast<std::uint32_t>(kAllFeatureFamilies)) != 0) {
    throw std::invalid_argument("invalid feature families " + std::to_string(model.families));
  }
  model.bucket_bits = reader.u32("bucket bits");
  if (model.bucket_bits < 8 || model.bucket_bits > 24) {
    throw std::invalid_argument("bucket bits " + std::to_string(model.bucket_bits) + " outside 8..24");
  }
  model.weight_bits = reader.u32("weight bits");
  if (model.weight_bits != 8 && model.weight_bits != 16) {
    throw std::invalid_argument("weight bits " + std::to_string(model.weight_bits) + " is neither 8 nor 16");
  }
  const std::uint32_t signal_count = reader.u32("signal count");
  if (signal_count != kSignalCount) {
    throw std::invalid_argument("model has " + std::to_string(signal_count) + " signal weights, expected " +
                                std::to_string(static_cast<int>(kSignalCount)));
  }
  model.scale = reader.f32("scale");
  model.bias = reader.f32("bias");
  model.threshold = reader.f32("threshold");
  if (!(model.threshold > 0.0f && model.threshold < 1.0f)) {
    throw std::invalid_argument("threshold " + std::to_string(model.threshold) + " outside (0, 1)");
  }
  for (float& weight : model.signal_weights) weight = reader.f32("signal weights");
  const std::size_t buckets = std::size_t{1} << model.bucket_bits;
  const std::size_t expected = buckets * (model.weight_bits / 8);
  if (reader.remaining() != expected) {
    throw std::invalid_argument(std::string(reader.remaining() < expected ? "truncated" : "trailing bytes") +
                                ": expected " + std::to_string(expected) + " bytes of weights after the " +
                                std::to_string(kHeaderSize + 4 * kSignalCount) + "-byte header, found " +
                                std::to_string(reader.remaining()));
  }
  model.weights.resize(buckets);
  for (std::int16_t& weight : model.weights) {
    weight = model.weight_bits == 8 ? reader.i8("weights") : reader.i16("weights");
  }
  if (model.weight_bits == 8) model.narrow_weights.assign(model.weights.begin(), model.weights.end());
  return model;
}

std::string serialize_checkworthiness_model(const CheckworthinessModel& model) {
  if (model.weights.size() != (std::size_t{1} << model.bucket_bits)) {
    throw std::logic_error("serialize_checkworthiness_model: weight count does not match bucket bits");
  }
  std::string out(kCheckworthinessModelMagic);
  put_u32(out, kCheckworthinessModelVersion);
  put_u32(out, kHashRolling);
  put_u32(out, model.families);
  put_u32(out, model.bucket_bits);
  put_u32(out, model.weight_bits);
  put_u32(out, kSignalCount);
  put_f32(out, model.scale);
  put_f32(out, model.bias);
  put_f32(out, model.threshold);
  for (float weight : model.signal_weights) put_f32(out, weight);
  for (std::int16_t weight : model.weights) {
    if (model.weight_bits == 8) {
      if (weight < -128 || weight > 127) throw std::logic_error("serialize_checkworthiness_model: weight out of int8 range");
      out.push_back(static_cast<char>(static_cast<std::int8_t>(weight)));
    } else {
      const auto bits = static_cast<std::uint16_t>(weight);
      out.push_back(static_cast<char>(bits & 0xFF));
      out.push_back(static_cast<char>(bits >> 8));
    }
  }
  return out;
}

double checkworthiness_probability(const CheckworthinessModel& model, std::string_view sentence,
                                   const Signals& signals) {
  double logit = model.bias;
  for (int signal = 0; signal < kSignalCount; ++signal) {
    if (signals.present[signal]) logit += model.signal_weights[signal];
  }
  const FeatureSum features =
      model.narrow_weights.size() == model.weights.size()
          ? sum_feature_weights(sentence, model.families, model.narrow_weights.data(), model.bucket_bits)
          : sum_feature_weights(sentence, model.families, model.weights.data(), model.bucket_bits);
  if (model.families & kNormalisePerGroup) {
    for (int group = 0; group < kFeatureGroups; ++group) {
      if (features.counts[group] == 0) continue;
      logit += model.scale * static_cast<double>(features.sums[group]) /
               std::sqrt(static_cast<double>(features.counts[group]));
    }
  } else if (features.count > 0) {
    logit += model.scale * static_cast<double>(features.sum) / std::sqrt(static_cast<double>(features.count));
  }
  return 1.0 / (1.0 + std::exp(-logit));
}

}  // namespace claimcheck
