#include "claims/review_edit.h"

#include <algorithm>

#include "base/error.h"
#include "base/file_io.h"
#include "base/file_update.h"
#include "base/sha256.h"
#include "base/suggestions.h"
#include "claims/claims_files.h"
#include "claims/claims_reader.h"
#include "claims/claims_writer.h"
#include "claims/review_comments.h"

namespace claimcheck {

namespace {

template <typename File, typename ClaimType>
ClaimType* find_in(File& file, std::string_view id) {
  for (auto* list : {&file.claims, &file.orphaned}) {
    for (auto& claim : *list) {
      if (claim.id == id) return &claim;
    }
  }
  return nullptr;
}

void apply_source_update(std::vector<Source>& sources, const SourceUpdate& update,
                         const std::string& today) {
  auto existing = std::find_if(sources.begin(), sources.end(),
                               [&](const Source& source) { return source.url == update.url; });
  if (existing == sources.end()) {
    Source source;
    source.url = update.url;
    source.accessed = today;
    sources.push_back(std::move(source));
    existing = sources.end() - 1;
  }
  if (update.title) existing->title = *update.title;
  if (update.publisher) existing->publisher = *update.publisher;
  if (update.quote) existing->quote = *update.quote;
  if (update.stance) existing->stance = update.stance;
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string flatten_line_breaks(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

constexpr std::string_view kSchemaLinePrefix = "# yaml-language-server: $schema=";

}  // namespace

Claim* find_claim(ClaimsFile& file, std::string_view id) {
  return find_in<ClaimsFile, Claim>(file, id);
}

const Claim* find_claim(const ClaimsFile& file, std::string_view id) {
  return find_in<const ClaimsFile, const Claim>(file, id);
}

std::vector<std::string> closest_claim_ids(const ClaimsFile& file, const std::string& id,
                                           std::size_t limit) {
  std::vector<std::string> ids;
  for (const auto* list : {&file.claims, &file.orphaned}) {
    for (const Claim& claim : *list) ids.push_back(claim.id);
  }
  return closest_matches(id, ids, limit);
}

void apply_review_update(Claim& claim, const ReviewUpdate& update) {
  Review& review = claim.review ? *claim.review : claim.review.emplace();
  if (update.verdict) review.verdict = update.verdict;
  if (update.confidence) review.confidence = update.confidence;
  for (const SourceUpdate& source : update.sources) {
    apply_source_update(review.sources, source, update.today);
  }
  if (update.note) review.note = *update.note;
  if (!update.reviewer.empty()) review.reviewer = update.reviewer;
  if (!update.today.empty()) review.reviewed = update.today;
  // The block is rewritten from the model (so the file says what the model
  // now holds), with the reviewer's comments carried into it.
  if (!claim.review_source.empty()) {
    const std::string rewritten = write_review_block(review);
    claim.review_source = carry_review_comments(claim.review_source, rewritten);
    if (claim.review_source == rewritten) claim.review_source.clear();
  }
  claim.stale.reset();
}

bool clear_review(Claim& claim) {
  const bool had_review = claim.review.has_value() || !claim.review_source.empty();
  claim.review.reset();
  claim.review_source.clear();
  claim.stale.reset();
  return had_review;
}

const std::vector<std::string>& claim_status_names() {
  static const std::vector<std::string> kNames = {"unreviewed", "reviewed", "stale", "orphaned",
                                                  "refuted"};
  return kNames;
}

const char* claim_status_name(ClaimStatus status) {
  return claim_status_names()[static_cast<std::size_t>(status)].c_str();
}

std::optional<ClaimStatus> parse_claim_status(std::string_view name) {
  const auto& names = claim_status_names();
  const auto found = std::find(names.begin(), names.end(), name);
  if (found == names.end()) return std::nullopt;
  return static_cast<ClaimStatus>(found - names.begin());
}

bool has_status(const Claim& claim, bool orphaned, ClaimStatus status) {
  const bool has_verdict = claim.review && claim.review->verdict;
  switch (status) {
    case ClaimStatus::orphaned:
      return orphaned;
    case ClaimStatus::stale:
      return !orphaned && claim.stale.has_value();
    case ClaimStatus::refuted:
      return !orphaned && has_verdict && is_refuting(*claim.review->verdict);
    case ClaimStatus::reviewed:
      return !orphaned && has_verdict && !claim.stale;
    case ClaimStatus::unreviewed:
      return !orphaned && !has_verdict;
  }
  return false;
}

ClaimStatus claim_status(const Claim& claim, bool orphaned) {
  for (ClaimStatus status : {ClaimStatus::orphaned, ClaimStatus::stale, ClaimStatus::refuted,
                             ClaimStatus::reviewed}) {
    if (has_status(claim, orphaned, status)) return status;
  }
  return ClaimStatus::unreviewed;
}

ClaimContext claim_context(std::string_view document, const Claim& claim, std::size_t width) {
  ClaimContext context;
  if (claim.start > claim.end || claim.end > document.size()) return context;

  std::size_t begin = claim.start > width ? claim.start - width : 0;
  context.before_cut = begin > 0;
  // Stay in the claim's paragraph: start after the last blank line before it.
  if (const std::size_t blank = document.substr(0, claim.start).rfind("\n\n");
      blank != std::string_view::npos && blank + 2 > begin) {
    begin = blank + 2;
    context.before_cut = false;
  }
  while (begin < claim.start && is_continuation_byte(document[begin])) ++begin;
  context.before = flatten_line_breaks(document.substr(begin, claim.start - begin));
  context.before.erase(0, context.before.find_first_not_of(' '));

  std::size_t finish = std::min(document.size(), claim.end + width);
  context.after_cut = finish < document.size();
  if (const std::size_t blank = document.find("\n\n", claim.end);
      blank != std::string_view::npos && blank < finish) {
    finish = blank;
    context.after_cut = false;
  }
  while (finish > claim.end && finish < document.size() && is_continuation_byte(document[finish])) {
    --finish;
  }
  context.after = flatten_line_breaks(document.substr(claim.end, finish - claim.end));
  context.after.erase(context.after.find_last_not_of(' ') + 1);
  return context;
}

std::string context_line(const ClaimContext& context) {
  return (context.before_cut ? "…" : "") + context.before + "[claim]" + context.after +
         (context.after_cut ? "…" : "");
}

std::optional<std::string> read_unchanged_document(const std::string& claims_path,
                                                   const DocumentInfo& document) {
  try {
    std::string text = read_file(document_path_for_claims(claims_path, document.path));
    if (sha256_hex(text) != document.sha256) return std::nullopt;
    return text;
  } catch (const InputError&) {
    return std::nullopt;
  }
}

std::string schema_reference_of(std::string_view claims_text) {
  if (!claims_text.starts_with(kSchemaLinePrefix)) return {};
  const std::string_view rest = claims_text.substr(kSchemaLinePrefix.size());
  std::string reference(rest.substr(0, rest.find('\n')));
  if (!reference.empty() && reference.back() == '\r') reference.pop_back();
  return reference;
}

ClaimsFile update_claims_file(const std::string& path,
                              const std::function<void(ClaimsFile&)>& edit) {
  ClaimsFile result;
  update_file_locked(path, [&](const std::string& text) {
    ClaimsFile file = read_claims_file(path, text);
    edit(file);
    WriteOptions options;
    options.schema_reference = schema_reference_of(text);
    std::string updated = write_claims_file(file, options);
    result = std::move(file);
    return updated;
  });
  return result;
}

}  // namespace claimcheck
