// Markdown document structure (CommonMark with GitHub tables, strikethrough
// and permissive autolinks), parsed by md4c.
#pragma once

#include <vector>

#include "text/block.h"
#include "text/source_text.h"

namespace claimcheck {

// Splits a Markdown document into blocks, in document order:
// - headings (ATX and Setext) become heading blocks;
// - paragraphs, list items (kind list_item, also their paragraphs in loose
//   lists) and table body cells (table_cell) become prose blocks; a nested
//   list ends the text of its parent item. Header cells are column labels,
//   not prose: table_header blocks. Table cells carry their `cell`
//   position (table, row, column);
// - blocks inside a block quote are marked `quoted`;
// - fenced and indented code blocks, HTML blocks, inline HTML (comments
//   included), images, and inline code spans that make up a whole line of a
//   block yield no text; YAML front matter ("---" on the first line up to a
//   closing "---" or "...") is skipped;
// - `<!-- claimcheck off -->` ... `<!-- claimcheck on -->`, as HTML blocks or
//   inline, drop all text between them; an inline marker also ends the block
//   there, so text around it never joins into one sentence.
// Visible text has emphasis, strikethrough, link and code-span syntax
// removed, backslash escapes and entities resolved, and soft and hard line
// breaks as '\n'; its segments map every byte back to the original bytes
// (an entity maps to all its source bytes). Links, reference-style links and
// autolinks are recorded with their URL and visible text.
// Throws InputError only for a document md4c cannot parse at all (larger
// than 4 GiB, or out of memory).
std::vector<Block> read_markdown(const SourceText& source);

// Offset of the first byte after YAML front matter at `from` ("---" line,
// any lines, "---" or "..." line), or `from` if there is none.
std::size_t skip_front_matter(std::string_view text, std::size_t from);

}  // namespace claimcheck
