// Changing reviews in a claims file: what `claimcheck review` does to the
// model, and the locked read-modify-write of a claims file on disk.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/model.h"

namespace claimcheck {

// One source given on the command line. A source whose url matches one the
// review already cites updates that source's given fields; otherwise it is
// appended.
struct SourceUpdate {
  std::string url;  // non-empty
  std::optional<std::string> title;
  std::optional<std::string> publisher;
  std::optional<std::string> quote;
  std::optional<Stance> stance;
};

// The fields a reviewer sets. Absent fields keep their old value.
struct ReviewUpdate {
  std::optional<Verdict> verdict;
  std::optional<double> confidence;
  std::vector<SourceUpdate> sources;
  std::optional<std::string> note;
  std::string reviewer;  // who made this change; empty = leave as it was
  std::string today;     // "YYYY-MM-DD": becomes `reviewed`, and `accessed` of new sources
};

// The claim with `id`, among the claims and then the orphaned claims; null if
// there is none.
Claim* find_claim(ClaimsFile& file, std::string_view id);
const Claim* find_claim(const ClaimsFile& file, std::string_view id);

// Up to `limit` ids of `file` (claims and orphaned) close to `id`, closest
// first, for "did you mean" hints.
std::vector<std::string> closest_claim_ids(const ClaimsFile& file, const std::string& id,
                                           std::size_t limit = 3);

// Creates or updates the claim's review. The claim's raw `review_source` is
// replaced by the block written from the updated review with the old
// block's comments carried into it (carry_review_comments), or cleared when
// the old block had none; its `stale` marker is dropped: the claim has been
// looked at again.
void apply_review_update(Claim& claim, const ReviewUpdate& update);

// Removes the claim's review (and its raw source and stale marker). Returns
// false if it had none.
bool clear_review(Claim& claim);

// Where a claim stands, for `list --status` and `show`. A claim can be in
// several at once (a refuted claim is also reviewed; a stale one usually has
// a verdict), so these are tests, and claim_status() picks the one to show.
enum class ClaimStatus { unreviewed, reviewed, stale, orphaned, refuted };
const char* claim_status_name(ClaimStatus status);
std::optional<ClaimStatus> parse_claim_status(std::string_view name);
const std::vector<std::string>& claim_status_names();

// `orphaned`: whether the claim comes from ClaimsFile::orphaned.
//   unreviewed  a current claim without a verdict
//   reviewed    a current claim with a verdict that is not stale
//   stale       a current claim marked stale by re-extraction
//   refuted     a current claim whose verdict is refuting (is_refuting)
//   orphaned    a claim whose text is gone from the document
bool has_status(const Claim& claim, bool orphaned, ClaimStatus status);
// The most pressing status: orphaned, then stale, refuted, reviewed, unreviewed.
ClaimStatus claim_status(const Claim& claim, bool orphaned);

// A snippet of the document around a claim, for reviewers: up to `width`
// bytes before `start` and after `end`, not crossing a blank line, with line
// breaks shown as spaces, white space at the outer ends trimmed, and cut at
// whole UTF-8 characters. `*_cut` tell whether the width cut the text short
// (rather than a paragraph or document boundary). Empty when the span does not
// fit the document.
struct ClaimContext {
  std::string before;
  std::string after;
  bool before_cut = false;
  bool after_cut = false;
};
ClaimContext claim_context(std::string_view document, const Claim& claim, std::size_t width = 70);
// One line: "…before [claim] after…", with "…" only where the text was cut.
std::string context_line(const ClaimContext& context);

// The document a claims file describes (document.path, relative to the
// claims file at `claims_path`), if it can be read and still has the SHA-256
// the claims file recorded: only then do the claims' byte spans point at
// their sentences. nullopt otherwise; never throws for a missing document.
std::optional<std::string> read_unchanged_document(const std::string& claims_path,
                                                   const DocumentInfo& document);

// The schema reference of a claims file's "# yaml-language-server: $schema="
// first line, or "" if it has none; a rewrite keeps it.
std::string schema_reference_of(std::string_view claims_text);

// Reads the claims file at `path`, lets `edit` change the model, and writes it
// back, all under update_file_locked (base/file_update.h): serialised against
// other claimcheck writers, atomic, and re-applied if the file was edited by
// hand meanwhile. The schema reference line is kept. Throws InputError if the
// file is unreadable or invalid, and whatever `edit` throws (nothing is then
// written). Returns the model as written.
ClaimsFile update_claims_file(const std::string& path,
                              const std::function<void(ClaimsFile&)>& edit);

}  // namespace claimcheck
