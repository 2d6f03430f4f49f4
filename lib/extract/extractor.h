// Extraction: a document -> the claims it makes.
#pragma once

#include <string>

#include "claims/model.h"
#include "text/source_text.h"

namespace claimcheck {

struct ExtractOptions {
  // The document's path as the claims file records it (relative to the
  // claims file's directory, '/'-separated).
  std::string document_path;
  // Extraction time, ISO 8601 UTC ("2026-01-31T12:00:00Z"). The caller
  // decides it (SOURCE_DATE_EPOCH pins it for reproducible output).
  std::string extracted_time;
};

// Reads the document's structure (headings, paragraphs, list items), splits
// prose into sentences and sentences into claims, and scores each claim's
// check-worthiness. Headings yield no claims; each claim records the heading
// of its section. Positions are byte offsets into source.bytes(). The result
// is deterministic for the same bytes and options.
ClaimsFile extract_claims(const SourceText& source, const ExtractOptions& options);

}  // namespace claimcheck
