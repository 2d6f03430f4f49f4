#include "text/sentence_splitter.h"

// Placeholder until the segmenter lands: one sentence per terminal punctuation.
namespace claimcheck {
std::vector<Span> split_sentences(std::string_view text) {
  std::vector<Span> out;
  std::size_t start = 0;
  auto push = [&](std::size_t s, std::size_t e) {
    while (s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == '\r' || text[s] == '\t')) ++s;
    while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\r' || text[e - 1] == '\t')) --e;
    if (e > s) out.push_back({s, e});
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((text[i] == '.' || text[i] == '?' || text[i] == '!') && (i + 1 == text.size() || text[i + 1] == ' ')) {
      push(start, i + 1);
      start = i + 1;
    }
  }
  push(start, text.size());
  return out;
}
}  // namespace claimcheck
