#include "extract/checkworthiness.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <stdexcept>
#include <string>

#include "extract/checkworthiness_features.h"
#include "extract/checkworthiness_model.h"

namespace claimcheck {

namespace embedded {
extern const std::string_view checkworthiness_model;
}  // namespace embedded

namespace {

// Parsed once, on first use; C++ guarantees the initialisation of a function
// static is thread-safe.
const CheckworthinessModel& embedded_model() {
  static const CheckworthinessModel model = [] {
    try {
      return parse_checkworthiness_model(embedded::checkworthiness_model);
    } catch (const std::invalid_argument& error) {
      throw std::logic_error(std::string("the embedded check-worthiness model (models/checkworthiness.model) "
                                         "is malformed: ") + error.what());
    }
  }();
  return model;
}

double round_to_hundredths(double value) { return std::round(value * 100.0) / 100.0; }

}  // namespace

Checkworthiness score_checkworthiness(std::string_view sentence) {
  const CheckworthinessModel& model = embedded_model();
  const Signals signals = detect_signals(sentence);
  Checkworthiness result;
  for (int signal = 0; signal < kSignalCount; ++signal) {
    if (signals.present[signal]) result.signal_bits |= 1u << signal;
  }
  // Two decimals: what the claims file shows is exactly what decided.
  result.score = round_to_hundredths(checkworthiness_probability(model, sentence, signals));
  result.checkworthy = result.score >= checkworthiness_threshold();
  return result;
}

std::vector<std::string> Checkworthiness::signals() const {
  std::vector<std::string> names;
  names.reserve(static_cast<std::size_t>(std::popcount(signal_bits)));
  for (int signal = 0; signal < kSignalCount; ++signal) {
    if (signal_bits & (1u << signal)) names.emplace_back(kSignalNames[signal]);
  }
  return names;
}

double checkworthiness_threshold() {
  static const double threshold = round_to_hundredths(embedded_model().threshold);
  return threshold;
}

}  // namespace claimcheck
