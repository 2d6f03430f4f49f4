// Re-extraction: merging a fresh extraction of a changed document into the
// claims file reviewers have been working on, so no review is ever lost.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "claims/model.h"
#include "text/source_text.h"

namespace claimcheck {

struct MergeOptions {
  // The claims file's name as the user gave it, for warnings about it.
  std::string claims_path;
  // When this re-extraction runs, ISO 8601 UTC: recorded in `stale.detected`.
  std::string detected_time;
  // A fuzzy match is accepted only with a score (in [0, 1]) of at least
  // `min_score`, and at least `min_margin` above every other candidate on
  // either side, so a reworded claim never jumps to the wrong sentence.
  double min_score = 0.6;
  double min_margin = 0.1;
};

// What became of one claim.
enum class MergeOutcome {
  kept,        // same text, same place
  moved,       // same text, another place
  reworded,    // re-anchored to reworded text by fuzzy matching; now `stale`
  reattached,  // an orphan whose exact text is back in the document
  orphaned,    // reviewed, and its text is gone: moved to `orphaned`
  added,       // new in the document: a new id, no review
  dropped,     // unreviewed, and its text is gone: removed
};

const char* merge_outcome_name(MergeOutcome outcome);  // "kept", "reworded", ...

struct ClaimMergeOutcome {
  MergeOutcome outcome = MergeOutcome::kept;
  std::string id;
  std::string text;  // the claim's text now (its last wording if orphaned or dropped)
  double score = 1.0;  // the fuzzy match's score for `reworded`; 1 otherwise
};

struct MergeReport {
  std::size_t kept = 0;
  std::size_t moved = 0;
  std::size_t reworded = 0;
  std::size_t reattached = 0;
  std::size_t orphaned = 0;        // orphaned by this merge
  std::size_t still_orphaned = 0;  // orphans from before that stay orphaned
  std::size_t added = 0;
  std::size_t dropped = 0;
  // One entry per claim of either file: merged claims in document order,
  // then orphaned and dropped ones in the previous file's order.
  std::vector<ClaimMergeOutcome> outcomes;
};

struct MergeResult {
  ClaimsFile merged;
  MergeReport report;
  // "claims[3].text was edited by hand; restored from the document", at the
  // claim's entry in the claims file: extractor-owned fields a person changed.
  Diagnostics warnings;
};

// Merges `fresh` (extract_claims of `new_document`) into `previous` (the
// claims file as read). Matching is one-to-one:
//   1. exact: a previous claim whose quote (white space folded), else whose
//      text, equals a fresh claim's keeps its id, review (and review_source)
//      and `stale` marker; among repeated sentences the nearest position wins;
//   2. orphans: an orphaned claim whose exact text is back is re-attached;
//   3. fuzzy: a reviewed claim still unmatched is re-anchored to the fresh
//      claim most like it (edit distance on its text, with ~32 bytes of
//      context either side), if the score and margin of MergeOptions allow;
//      it keeps its id and review and gets `stale` {previous_text, detected}.
// Everything extractor-owned (text, quote, positions, section, score,
// signals, attribution, hedges, ambiguous, source_spans, ...) comes from
// `fresh`. Reviewed claims left unmatched go to `orphaned` as they
// were; unreviewed ones are dropped. New claims get ids never used in
// `previous` (orphans included); with no previous claims or orphans they keep
// the ids extract_claims gave them, which are those ids. The result is ordered like `fresh`, with
// previous orphans first in `orphaned`, then new ones. If the document is
// unchanged (same SHA-256), the previous extraction time is kept, so merging
// twice gives the same file. Deterministic; does no I/O.
MergeResult merge_claims(const ClaimsFile& previous, ClaimsFile fresh,
                         const SourceText& new_document, const MergeOptions& options);

// "kept 40, moved 3, reworded 1 (stale), orphaned 1, new 2" -- nonzero
// counts only, "kept" always; for a human reading extract's output.
std::string merge_summary(const MergeReport& report);

}  // namespace claimcheck
