// Writing claims files: ClaimsFile -> YAML text.
#pragma once

#include <string>

#include "claims/model.h"

namespace claimcheck {

struct WriteOptions {
  // Written as the first line,
  // "# yaml-language-server: $schema=<schema_reference>", so editors validate
  // and complete the file. Omitted when empty.
  std::string schema_reference;
};

// Deterministic: the same model gives byte-identical output. Keys appear in a
// fixed order (a claim: id, text, quote, start, end, line, column, section,
// checkworthy, score, signals, citations, quoted, attribution, hedges,
// ambiguous, source_spans, stale, review); optional fields that are absent or
// empty are omitted (`quoted` and `attribution.vague` when false); signals,
// hedges, ambiguous and source_spans are flow lists ("[may]",
// "[[12, 40], [52, 60]]"); strings that a
// YAML 1.1 or 1.2 reader would take for a boolean, null, number or date (and
// any string that is not a safe plain scalar) are double-quoted.
std::string write_claims_file(const ClaimsFile& file, const WriteOptions& options);

// The `review:` block as write_claims_file writes a claim's review (one key
// per line, indented for a claim's keys), for edits that rewrite one block.
std::string write_review_block(const Review& review);

}  // namespace claimcheck
