#pragma once

#include <cstddef>

namespace claimcheck {

// A half-open byte range [start, end) into a document's original bytes.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace claimcheck
