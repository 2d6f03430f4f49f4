// "Did you mean ...?" suggestions for mistyped names and ids.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace claimcheck {

// Levenshtein distance in bytes.
std::size_t edit_distance(const std::string& a, const std::string& b);

// Up to `limit` candidates close to `word`, closest first (ties keep the
// candidates' order). A candidate that starts with `word` (two characters or
// more), or contains it (four or more: "1a2b3c4d" for "c-1a2b3c4d"), counts as
// distance 1; otherwise its edit distance must be at most max(2, size/3) of
// `word`. Empty if nothing is close.
std::vector<std::string> closest_matches(const std::string& word,
                                         const std::vector<std::string>& candidates,
                                         std::size_t limit);

}  // namespace claimcheck
