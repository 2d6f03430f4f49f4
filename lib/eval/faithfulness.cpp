#include "eval/faithfulness.h"

#include <algorithm>
#include <unordered_set>

#include "eval/content_words.h"
#include "extract/english_lexicon.h"

namespace claimcheck::eval {

namespace {

std::string_view clamped(std::string_view document, std::size_t start, std::size_t end) {
  start = std::min(start, document.size());
  end = std::clamp(end, start, document.size());
  return document.substr(start, end - start);
}

}  // namespace

bool is_allowed_addition(std::string_view token) {
  static const std::unordered_set<std::string_view> kAllowed = {
      "a", "an", "the",                                              // articles
      "be", "is", "am", "are", "was", "were", "been", "being",       // copulas
      "has", "have", "had", "do", "does", "did", "will", "would",    // auxiliaries
      "and", "or", "of", "that", "to", "in", "on", "by", "for", "with", "as"};
  return kAllowed.count(token) != 0;
}

std::vector<std::string> unsupported_words(const Claim& claim, std::string_view document) {
  std::unordered_set<std::string> supplied;
  const auto add = [&](std::string_view text) {
    for (std::string& token : tokenize(text)) {
      const std::string_view past = english::simple_past_of_gerund(token);
      if (!past.empty()) supplied.emplace(past);
      supplied.insert(std::move(token));
    }
  };
  add(clamped(document, claim.start, claim.end));
  for (const Claim::SourceSpan& span : claim.source_spans) {
    add(clamped(document, span.start, span.end));
  }
  std::vector<std::string> missing;
  for (const std::string& token : tokenize(claim.text)) {
    if (is_allowed_addition(token) || supplied.count(token)) continue;
    if (std::find(missing.begin(), missing.end(), token) == missing.end()) {
      missing.push_back(token);
    }
  }
  return missing;
}

}  // namespace claimcheck::eval
