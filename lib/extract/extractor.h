// Extraction: a document -> the claims it makes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "claims/model.h"
#include "text/source_text.h"

namespace claimcheck {

enum class DocumentFormat { text, markdown };

// "text" or "markdown", as `document.format` records it.
const char* document_format_name(DocumentFormat format);
// nullopt for an unknown name.
std::optional<DocumentFormat> parse_document_format(std::string_view name);
// Markdown for ".md" and ".markdown" (any case), plain text otherwise.
DocumentFormat document_format_for_path(std::string_view path);

struct ExtractOptions {
  // The document's path as the claims file records it (relative to the
  // claims file's directory, '/'-separated).
  std::string document_path;
  // Extraction time, ISO 8601 UTC ("2026-01-31T12:00:00Z"). The caller
  // decides it (SOURCE_DATE_EPOCH pins it for reproducible output).
  std::string extracted_time;
  DocumentFormat format = DocumentFormat::text;
};

// Reads the document's structure (headings, paragraphs, list items; for
// Markdown also block quotes and table cells) in `options.format`, splits
// prose into sentences and sentences into claims, and scores each claim's
// check-worthiness. Headings yield no claims; each claim records the heading
// of its section. A claim's `text` is the sentence as a reader sees it
// (Markdown syntax removed, white space folded); its `quote` and positions
// are the original bytes from its first to its last visible character, as
// byte offsets into source.bytes(). Links in the sentence become its
// `citations`; sentences in a block quote are `quoted`. A table row whose
// cells are all short (at most eight words) is one claim instead, "first
// cell: label value; label value.", quoting the row, with its header cells
// among its source spans. The result is deterministic for the same bytes
// and options.
ClaimsFile extract_claims(const SourceText& source, const ExtractOptions& options);

}  // namespace claimcheck
