// English sentence segmentation.
#pragma once

#include <string_view>
#include <vector>

#include "text/span.h"

namespace claimcheck {

// Splits `text` (one block of prose: a paragraph, list item or table cell; it
// may contain line breaks from hard wrapping) into sentences. Returns the
// sentences' byte spans relative to `text`, in order, each trimmed of leading
// and trailing white space, never empty, never overlapping. Handles
// abbreviations ("Dr.", "U.S.", "e.g."), initials, decimal numbers, ellipses,
// quotes and parentheses closing a sentence, list markers, URLs and e-mail
// addresses. Deterministic; does not allocate per byte.
std::vector<Span> split_sentences(std::string_view text);

}  // namespace claimcheck
