// Plain-text document structure: headings, paragraphs and list items.
#pragma once

#include <string>
#include <vector>

#include "text/source_text.h"
#include "text/span.h"

namespace claimcheck {

enum class BlockKind { heading, paragraph, list_item };

struct Block {
  BlockKind kind = BlockKind::paragraph;
  // The block's content in the document's original bytes, trimmed of
  // surrounding white space; for list items the marker ("- ", "1. ") is
  // excluded. May contain line breaks (hard-wrapped paragraphs).
  Span span;
};

// Splits a plain-text document into blocks, in document order:
// - a blank line always ends a block;
// - headings: the title line (a first line without sentence-final
//   punctuation), short lines ending in ':' (as in "Background:"), lines
//   underlined with === or ---, Markdown-style "# Title" lines, numbered
//   section titles ("2.1 Methods"), and short capitalised lines without
//   sentence punctuation that stand on their own;
// - a line that ends in sentence punctuation ends its paragraph, so
//   documents that put each paragraph on one line need no blank lines;
//   otherwise consecutive lines are one hard-wrapped paragraph;
// - lines starting with "-", "*", "•", "1." or "1)" are list items; indented
//   lines continue the item.
std::vector<Block> read_plain_text(const SourceText& source);

}  // namespace claimcheck
