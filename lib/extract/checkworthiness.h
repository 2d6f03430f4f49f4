// Check-worthiness: how much a sentence needs fact-checking.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct Checkworthiness {
  double score = 0.0;        // in [0, 1], rounded to two decimals
  bool checkworthy = false;  // score >= checkworthiness_threshold()
  // The surface signals present: bit i for signal i of kSignalNames
  // (checkworthiness_features.h). Bits rather than names, so that scoring
  // allocates nothing.
  std::uint32_t signal_bits = 0;

  // The signals' names from the claims schema's vocabulary ("year",
  // "hedge", ...), in a fixed order, each at most once.
  std::vector<std::string> signals() const;
};

// Scores one sentence with the model trained on the CLEF CheckThat! 2024
// English check-worthiness data (tools/train_checkworthiness.cpp;
// models/checkworthiness.model, embedded in the binary): logistic
// regression over the surface signals (numbers, dates, named entities,
// past-tense actions, hedges, opinions, questions, ...) and hashed word,
// character and shape n-grams. The signals reported are the surface signals
// present in the sentence. Deterministic and thread-safe; allocates no
// memory. The first call parses the embedded model; a malformed model throws
// std::logic_error.
Checkworthiness score_checkworthiness(std::string_view sentence);

// The decision threshold the model was trained with (chosen on held-out data
// to maximise F1), two decimals.
double checkworthiness_threshold();

}  // namespace claimcheck
