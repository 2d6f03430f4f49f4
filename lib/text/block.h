// A document block as the readers hand it to the extractor: the text the
// sentence splitter sees, and how that text maps back to the document's bytes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace claimcheck {

// table_header: a cell of a table's header row, a column's label rather
// than prose (the extractor reads body rows with it; nothing else does).
enum class BlockKind { heading, paragraph, list_item, table_cell, table_header };

// `text_length` bytes of visible text at `text_offset` came from
// `source_length` document bytes at `source_offset`. Equal lengths map byte
// for byte (ordinary text); unequal lengths are atomic (an entity "&amp;"
// shown as "&"): any offset inside maps to the whole source range.
struct TextSegment {
  std::size_t text_offset = 0;
  std::size_t text_length = 0;
  std::size_t source_offset = 0;
  std::size_t source_length = 0;
};

// A hyperlink the author gave: its visible text occupies `text_range` of the
// block's visible text.
struct BlockLink {
  Span text_range;
  std::string url;
  std::string text;  // the link's visible text, white space folded
};

struct Block {
  BlockKind kind = BlockKind::paragraph;
  // The block's extent in the document's original bytes: from its first to
  // the end of its last visible byte. Plain text: trimmed content, list
  // markers excluded; may contain line breaks (hard-wrapped paragraphs).
  Span span;
  // What a reader sees: markup removed, entities decoded, line breaks as
  // '\n'. Plain text: the bytes of `span` unchanged.
  std::string text;
  // Covers every byte of `text`, in order, without gaps.
  std::vector<TextSegment> segments;
  bool quoted = false;  // inside a block quote: quoted speech
  std::vector<BlockLink> links;
  // Where a table_cell or table_header block stands: the document's
  // table_index-th table (from 0), its row (0: the header row) and column
  // (from 0, counting empty cells, which yield no block).
  struct CellPosition {
    std::size_t table_index = 0;
    std::size_t row = 0;
    std::size_t column = 0;
  };
  std::optional<CellPosition> cell;

  // Maps a non-empty range of `text` to the document bytes it shows:
  // source(start of its first byte) .. source(end of its last byte).
  Span source_span(Span visible) const;
};

// A block whose visible text is its source bytes unchanged.
Block make_verbatim_block(BlockKind kind, Span span, std::string text);

// `text` with runs of white space (line breaks from hard wrapping included)
// folded to one space and none at either end: how a claim reads its quote.
std::string fold_white_space(std::string_view text);
// Whether `text` is its own fold: no white space at either end, none but
// single spaces inside.
bool is_folded(std::string_view text);
// fold_white_space of a string the caller gives up: its buffer is reused
// when it is already folded, as most claims are.
std::string take_folded(std::string&& text);

}  // namespace claimcheck
