#include "base/suggestions.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace claimcheck {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::vector<std::string> closest_matches(const std::string& word,
                                         const std::vector<std::string>& candidates,
                                         std::size_t limit) {
  const std::size_t max_distance = std::max<std::size_t>(2, word.size() / 3);
  std::vector<std::pair<std::size_t, const std::string*>> close;
  for (const std::string& candidate : candidates) {
    // A prefix ("val" for "validate") or a fragment of an id is as good a
    // hint as a typo.
    const bool fragment = (word.size() >= 2 && candidate.starts_with(word)) ||
                          (word.size() >= 4 && candidate.find(word) != std::string::npos);
    const std::size_t distance = fragment ? 1 : edit_distance(word, candidate);
    if (distance <= max_distance) close.emplace_back(distance, &candidate);
  }
  std::stable_sort(close.begin(), close.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> matches;
  for (std::size_t i = 0; i < close.size() && i < limit; ++i) matches.push_back(*close[i].second);
  return matches;
}

}  // namespace claimcheck
