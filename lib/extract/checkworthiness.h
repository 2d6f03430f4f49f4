// Check-worthiness: how much a sentence needs fact-checking.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct Checkworthiness {
  double score = 0.0;      // in [0, 1]
  bool checkworthy = false;  // score >= kCheckworthyThreshold
  // Names from the claims schema's signal vocabulary ("year", "hedge", ...),
  // in a fixed order, each at most once.
  std::vector<std::string> signals;
};

inline constexpr double kCheckworthyThreshold = 0.5;

// Scores one sentence from surface features the check-worthiness literature
// found predictive: numbers, dates, named entities, past-tense actions and
// comparisons raise the score; questions, first person, hedges, future
// modals and evaluative language lower it. Deterministic, no allocation
// beyond the result.
Checkworthiness score_checkworthiness(std::string_view sentence);

}  // namespace claimcheck
