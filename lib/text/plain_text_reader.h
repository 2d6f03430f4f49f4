// Plain-text document structure: headings, paragraphs and list items.
#pragma once

#include <string>
#include <vector>

#include "text/block.h"
#include "text/source_text.h"

namespace claimcheck {

// Splits a plain-text document into blocks, in document order. Each block's
// span is its content trimmed of surrounding white space (list markers
// excluded), and its visible text is exactly those bytes:
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
