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
//
// Details callers may rely on:
// - Spans cover the original bytes: a sentence wrapped over two lines keeps
//   its line break inside the span.
// - A single line break is white space, except before a list item ("2. ",
//   "b) ", "- ", "• ") that follows a finished sentence, a colon or another
//   item; and a block of several lines without any '.', '?', '!' or '…' is a
//   list of lines, one sentence per line.
// - Closing quotes, brackets and footnote marks ("[3]") after a terminator
//   belong to the sentence they end.
// - After an abbreviation that may end a sentence ("Co.", "U.S.", "etc.",
//   initials), a new sentence starts only before a typical sentence opener
//   ("The", "It", "However"); "moved to the U.S. Prices rose" stays one span.
// - Any bytes are accepted, including invalid UTF-8; nothing is thrown.
std::vector<Span> split_sentences(std::string_view text);

}  // namespace claimcheck
