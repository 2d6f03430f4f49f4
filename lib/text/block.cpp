#include "text/block.h"

#include <algorithm>
#include <cctype>

namespace claimcheck {

namespace {

// The segment holding visible byte `offset` (segments are sorted and cover
// the text, so a binary search on their starts finds it).
const TextSegment& segment_at(const std::vector<TextSegment>& segments, std::size_t offset) {
  auto after = std::upper_bound(
      segments.begin(), segments.end(), offset,
      [](std::size_t value, const TextSegment& segment) { return value < segment.text_offset; });
  return after == segments.begin() ? *after : *(after - 1);
}

bool byte_for_byte(const TextSegment& segment) {
  return segment.text_length == segment.source_length;
}

}  // namespace

Span Block::source_span(Span visible) const {
  if (segments.empty() || visible.empty()) return {span.start, span.start};
  const TextSegment& first = segment_at(segments, visible.start);
  const TextSegment& last = segment_at(segments, visible.end - 1);
  const std::size_t start =
      byte_for_byte(first) ? first.source_offset + (visible.start - first.text_offset)
                           : first.source_offset;
  const std::size_t end = byte_for_byte(last)
                              ? last.source_offset + (visible.end - last.text_offset)
                              : last.source_offset + last.source_length;
  return {start, std::max(start, end)};
}

Block make_verbatim_block(BlockKind kind, Span span, std::string text) {
  Block block;
  block.kind = kind;
  block.span = span;
  block.segments.push_back({0, text.size(), span.start, span.size()});
  block.text = std::move(text);
  return block;
}

std::string fold_white_space(std::string_view text) {
  // The C locale's white space, without a library call per byte; words are
  // appended whole, not byte by byte (this runs on every claim).
  const auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    std::size_t j = i;
    while (j < text.size() && !is_space(text[j])) ++j;
    if (j > i) {
      if (!out.empty()) out += ' ';
      out.append(text.substr(i, j - i));
    }
    i = j;
  }
  return out;
}

}  // namespace claimcheck
