#include "text/block.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <utility>

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

namespace {

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

}  // namespace

// Most claims and sentences are their own fold, so this is checked eight
// bytes at a time before anything is rebuilt.
bool is_folded(std::string_view text) {
  if (text.empty()) return true;
  if (is_space(text.front()) || is_space(text.back())) return false;
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  const char* const data = text.data();
  const std::size_t size = text.size();
  bool previous_space = false;
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    std::uint64_t v;
    std::memcpy(&v, data + i, sizeof v);
    // A byte below 0x0E: \t..\r, or a control the slow path sorts out.
    if (((v - kOnes * 0x0E) & ~v & kHigh) != 0) return false;
    // 0x80 in each byte that is a space (exact, no carries between bytes).
    const std::uint64_t x = v ^ (kOnes * ' ');
    const std::uint64_t spaces = ~(((x & kLow7) + kLow7) | x) & kHigh;
    if ((spaces & (spaces << 8)) != 0 || (previous_space && (spaces & 0x80) != 0)) return false;
    previous_space = (spaces >> 63) != 0;
  }
  for (; i < size; ++i) {
    const char c = data[i];
    if (c == ' ') {
      if (previous_space) return false;
      previous_space = true;
    } else {
      if (c >= '\t' && c <= '\r') return false;
      previous_space = false;
    }
  }
  return true;
}

std::string fold_white_space(std::string_view text) {
  if (is_folded(text)) return std::string(text);
  // The C locale's white space, without a library call per byte; words are
  // appended whole, not byte by byte (this runs on every claim).
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

std::string take_folded(std::string&& text) {
  if (is_folded(text)) return std::move(text);
  return fold_white_space(std::string_view(text));
}

}  // namespace claimcheck
