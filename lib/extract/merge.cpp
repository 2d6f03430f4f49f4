#include "extract/merge.h"

#include <edlib.h>

#include <algorithm>
#include <iterator>
#include <cmath>
#include <string>
#include <unordered_map>
#include <optional>
#include <string_view>
#include <tuple>

#include "extract/claim_ids.h"
#include "text/block.h"

namespace claimcheck {

namespace {

// Bytes of context either side of a quote, as Hypothesis's TextQuoteSelector
// keeps: enough to tell repeated or similar sentences apart by what
// surrounds them, short enough that an edit nearby barely matters.
constexpr std::size_t kContextBytes = 32;
// How much each part weighs in a fuzzy score: mostly the wording itself.
constexpr double kQuoteWeight = 0.8;
constexpr double kContextWeight = 0.1;  // each of prefix and suffix

// Quotes, texts and context are compared with runs of white space folded
// to one space, none at the ends (text/block.h's fold_white_space): CRLF line
// ends and re-wrapped lines do not change a sentence.

// 1 for equal strings, 0 for nothing in common: one minus the edit distance
// over the longer length.
double similarity(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  const EdlibAlignResult result =
      edlibAlign(a.data(), static_cast<int>(a.size()), b.data(), static_cast<int>(b.size()),
                 edlibNewAlignConfig(-1, EDLIB_MODE_NW, EDLIB_TASK_DISTANCE, nullptr, 0));
  const int distance = result.editDistance;
  edlibFreeAlignResult(result);
  if (distance < 0) return 0.0;
  return 1.0 - static_cast<double>(distance) / static_cast<double>(std::max(a.size(), b.size()));
}

std::string tail(std::string_view text, std::size_t bytes) {
  return std::string(text.substr(text.size() > bytes ? text.size() - bytes : 0));
}

std::string head(std::string_view text, std::size_t bytes) {
  return std::string(text.substr(0, bytes));
}

// A claim as fuzzy matching sees it: its text and what stands around it.
struct Anchor {
  std::string text;
  std::string prefix;
  std::string suffix;
};

// The previous document is gone; its neighbouring claims stand in for the
// text around a claim (sentences are what surrounds a sentence). One anchor
// per index in `which` (only claims still open are matched fuzzily).
std::vector<Anchor> anchors_from_claims(const std::vector<Claim>& claims,
                                        const std::vector<std::size_t>& which) {
  std::vector<Anchor> anchors(which.size());
  for (std::size_t k = 0; k < which.size(); ++k) {
    const std::size_t i = which[k];
    anchors[k].text = fold_white_space(claims[i].text);
    if (i > 0) anchors[k].prefix = tail(fold_white_space(claims[i - 1].text), kContextBytes);
    if (i + 1 < claims.size()) {
      anchors[k].suffix = head(fold_white_space(claims[i + 1].text), kContextBytes);
    }
  }
  return anchors;
}

std::vector<Anchor> anchors_from_document(const std::vector<Claim>& claims,
                                          const std::vector<std::size_t>& which,
                                          const SourceText& document) {
  const std::string_view bytes = document.bytes();
  std::vector<Anchor> anchors(which.size());
  for (std::size_t k = 0; k < which.size(); ++k) {
    const Claim& claim = claims[which[k]];
    const std::size_t start = std::min(claim.start, bytes.size());
    const std::size_t end = std::min(std::max(claim.end, start), bytes.size());
    // Twice the bytes before folding, so folded line breaks still leave
    // enough; then cut to size.
    const std::size_t before = start > 2 * kContextBytes ? start - 2 * kContextBytes : 0;
    anchors[k].text = fold_white_space(claim.text);
    anchors[k].prefix = tail(fold_white_space(bytes.substr(before, start - before)), kContextBytes);
    anchors[k].suffix = head(fold_white_space(bytes.substr(end, 2 * kContextBytes)), kContextBytes);
  }
  return anchors;
}

double fuzzy_score(const Anchor& previous, const Anchor& fresh) {
  return kQuoteWeight * similarity(previous.text, fresh.text) +
         kContextWeight * similarity(previous.prefix, fresh.prefix) +
         kContextWeight * similarity(previous.suffix, fresh.suffix);
}

bool is_reviewed(const Claim& claim) {
  return claim.review.has_value() || !claim.review_source.empty();
}

std::size_t distance(std::size_t a, std::size_t b) { return a > b ? a - b : b - a; }

// The end of a chain of claim indexes in match_exactly.
constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Pairs previous and fresh claims whose keys are equal, one-to-one, nearest
// position first (ties: document order). `match_of_fresh[f]` is set to the
// previous index; `matched_previous[p]` marks the previous claims used.
template <typename PreviousKey, typename FreshKey>
void match_exactly(const std::vector<Claim>& previous, std::vector<bool>& matched_previous,
                   const std::vector<Claim>& fresh, std::vector<std::optional<std::size_t>>& match,
                   PreviousKey previous_key, FreshKey fresh_key, bool unique_only = false) {
  if (previous.empty()) return;  // a first extraction: nothing to key
  // Claims grouped by key in a hash table, each group's claims chained in
  // index order through `next_*` (no allocation per group): a re-extraction
  // keys every claim of both files, and ordered maps of strings cost more
  // than the rest of the merge.
  struct Group {
    std::size_t first_previous = kNone, last_previous = kNone, previous_count = 0;
    std::size_t first_fresh = kNone, last_fresh = kNone, fresh_count = 0;
  };
  std::vector<std::string> previous_keys(previous.size());
  std::unordered_map<std::string_view, std::size_t> group_of;
  group_of.reserve(previous.size());
  std::vector<Group> groups;
  std::vector<std::size_t> next_previous(previous.size(), kNone);
  for (std::size_t p = 0; p < previous.size(); ++p) {
    if (matched_previous[p]) continue;
    previous_keys[p] = previous_key(previous[p]);
    const auto [it, added] = group_of.try_emplace(previous_keys[p], groups.size());
    if (added) groups.emplace_back();
    Group& group = groups[it->second];
    (group.previous_count == 0 ? group.first_previous : next_previous[group.last_previous]) = p;
    group.last_previous = p;
    ++group.previous_count;
  }
  std::vector<std::size_t> next_fresh(fresh.size(), kNone);
  for (std::size_t f = 0; f < fresh.size(); ++f) {
    if (match[f]) continue;
    // A key no previous claim has pairs with nothing.
    const auto it = group_of.find(fresh_key(fresh[f]));
    if (it == group_of.end()) continue;
    Group& group = groups[it->second];
    (group.fresh_count == 0 ? group.first_fresh : next_fresh[group.last_fresh]) = f;
    group.last_fresh = f;
    ++group.fresh_count;
  }
  // Every (fresh, previous) pair occurs once, and the pairs are sorted in
  // full below, so the order groups are visited in does not matter.
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> pairs;  // distance, fresh, prev
  for (const Group& group : groups) {
    if (group.fresh_count == 0) continue;
    // A key several claims share on either side says nothing about which
    // goes with which: leave them to the other passes.
    if (unique_only && (group.previous_count != 1 || group.fresh_count != 1)) continue;
    // As many copies as before: text inserted or removed elsewhere shifts
    // them all, so they pair up in order.
    if (group.previous_count == group.fresh_count) {
      for (std::size_t f = group.first_fresh, p = group.first_previous; f != kNone;
           f = next_fresh[f], p = next_previous[p]) {
        pairs.emplace_back(0, f, p);
      }
      continue;
    }
    for (std::size_t f = group.first_fresh; f != kNone; f = next_fresh[f]) {
      for (std::size_t p = group.first_previous; p != kNone; p = next_previous[p]) {
        pairs.emplace_back(distance(previous[p].start, fresh[f].start), f, p);
      }
    }
  }
  std::sort(pairs.begin(), pairs.end());
  for (const auto& [unused, f, p] : pairs) {
    if (match[f] || matched_previous[p]) continue;
    match[f] = p;
    matched_previous[p] = true;
  }
}

double rounded_score(double score) { return std::round(score * 100.0) / 100.0; }

// Extractor-owned fields of a previous claim that differ from what the
// document gives, where only a person can have changed them. Positions and
// quote can legitimately change when the document did; checkworthiness when
// the extractor did.
std::vector<std::string> hand_edited_fields(const Claim& previous, const Claim& fresh,
                                            bool same_document, bool same_extractor) {
  std::vector<std::string> fields;
  // Another extractor version words claims its own way: a different text is
  // its doing, not a hand edit.
  if (same_extractor && previous.text != fresh.text) fields.push_back("text");
  if (same_document) {
    if (previous.quote != fresh.quote) fields.push_back("quote");
    if (previous.start != fresh.start) fields.push_back("start");
    if (previous.end != fresh.end) fields.push_back("end");
    if (previous.line != fresh.line) fields.push_back("line");
    if (previous.column != fresh.column) fields.push_back("column");
    if (previous.section != fresh.section) fields.push_back("section");
  }
  if (same_extractor) {
    if (previous.checkworthy != fresh.checkworthy) fields.push_back("checkworthy");
    if (rounded_score(previous.score) != rounded_score(fresh.score)) fields.push_back("score");
    if (previous.signals != fresh.signals) fields.push_back("signals");
    if (previous.attribution != fresh.attribution) fields.push_back("attribution");
    if (previous.hedges != fresh.hedges) fields.push_back("hedges");
    if (previous.ambiguous != fresh.ambiguous) fields.push_back("ambiguous");
    if (same_document && previous.source_spans != fresh.source_spans) {
      fields.push_back("source_spans");
    }
  }
  return fields;
}

// Gives `fresh` what a claim carries over from its previous version (in
// place: a Claim is large, and moving it in and out costs more than this).
void carry_over(const Claim& previous, Claim& fresh) {
  fresh.id = previous.id;
  fresh.review = previous.review;
  fresh.review_source = previous.review_source;
  fresh.stale = previous.stale;
}

}  // namespace

const char* merge_outcome_name(MergeOutcome outcome) {
  switch (outcome) {
    case MergeOutcome::kept: return "kept";
    case MergeOutcome::moved: return "moved";
    case MergeOutcome::reworded: return "reworded";
    case MergeOutcome::reattached: return "reattached";
    case MergeOutcome::orphaned: return "orphaned";
    case MergeOutcome::added: return "new";
    case MergeOutcome::dropped: return "dropped";
  }
  return "?";
}

MergeResult merge_claims(const ClaimsFile& previous, ClaimsFile fresh,
                         const SourceText& new_document, const MergeOptions& options) {
  const std::vector<Claim>& old_claims = previous.claims;
  const std::vector<Claim>& orphans = previous.orphaned;
  std::vector<Claim>& new_claims = fresh.claims;

  // Which previous claim (or orphan) each fresh claim continues, and how.
  std::vector<std::optional<std::size_t>> claim_match(new_claims.size());
  std::vector<std::optional<std::size_t>> orphan_match(new_claims.size());
  std::vector<bool> fuzzy(new_claims.size(), false);
  std::vector<double> fuzzy_scores(new_claims.size(), 1.0);
  std::vector<bool> claim_used(old_claims.size(), false);
  std::vector<bool> orphan_used(orphans.size(), false);

  const auto folded_quote = [](const Claim& claim) { return fold_white_space(claim.quote); };
  const auto folded_text = [](const Claim& claim) { return fold_white_space(claim.text); };

  // 1. Exact: the same sentence and the same claim; then the same text (a
  //    hand-edited quote still matches); then the same source bytes when the
  //    sentence gives one claim on both sides (a hand-edited text still
  //    matches). A sentence gives several atomic claims, so its bytes alone
  //    cannot say which review belongs to which of them.
  const auto folded_claim = [](const Claim& claim) {
    return fold_white_space(claim.quote) + '\x1f' + fold_white_space(claim.text);
  };
  match_exactly(old_claims, claim_used, new_claims, claim_match, folded_claim, folded_claim);
  match_exactly(old_claims, claim_used, new_claims, claim_match, folded_text, folded_text);
  match_exactly(old_claims, claim_used, new_claims, claim_match, folded_quote, folded_quote,
                /*unique_only=*/true);

  // 2. Orphans whose wording is back.
  std::vector<std::optional<std::size_t>> taken = claim_match;
  match_exactly(orphans, orphan_used, new_claims, taken, folded_text, folded_text);
  for (std::size_t f = 0; f < new_claims.size(); ++f) {
    if (taken[f] && !claim_match[f]) orphan_match[f] = taken[f];
  }
  const auto fresh_taken = [&](std::size_t f) {
    return claim_match[f].has_value() || orphan_match[f].has_value();
  };

  // 3. Fuzzy, for reviewed claims only: an unreviewed claim has nothing to
  //    keep, and a reworded sentence deserves its text's own id.
  std::vector<std::size_t> open_previous;
  std::vector<std::size_t> open_fresh;
  for (std::size_t p = 0; p < old_claims.size(); ++p) {
    if (!claim_used[p] && is_reviewed(old_claims[p])) open_previous.push_back(p);
  }
  for (std::size_t f = 0; f < new_claims.size(); ++f) {
    if (!fresh_taken(f)) open_fresh.push_back(f);
  }
  if (!open_previous.empty() && !open_fresh.empty()) {
    // Anchors cost folding every claim and its context: only open claims
    // get one (after an ordinary edit, a few of thousands).
    const std::vector<Anchor> old_anchors = anchors_from_claims(old_claims, open_previous);
    const std::vector<Anchor> new_anchors =
        anchors_from_document(new_claims, open_fresh, new_document);
    std::vector<std::vector<double>> scores(open_previous.size(),
                                            std::vector<double>(open_fresh.size(), 0.0));
    for (std::size_t i = 0; i < open_previous.size(); ++i) {
      for (std::size_t j = 0; j < open_fresh.size(); ++j) {
        scores[i][j] = fuzzy_score(old_anchors[i], new_anchors[j]);
      }
    }
    // A pair is accepted only if it clears the threshold and beats every
    // other candidate of both claims by the margin: two similar sentences
    // leave the claim orphaned rather than guessed.
    std::vector<std::tuple<double, std::size_t, std::size_t>> accepted;  // -score, i, j
    for (std::size_t i = 0; i < open_previous.size(); ++i) {
      const auto best = std::max_element(scores[i].begin(), scores[i].end());
      const std::size_t j = static_cast<std::size_t>(best - scores[i].begin());
      const double score = *best;
      if (score < options.min_score) continue;
      bool clear = true;
      for (std::size_t other = 0; other < open_fresh.size() && clear; ++other) {
        if (other == j) continue;
        // Atomic claims of one sentence share its context, so against a
        // sibling only the wording can differ, and the margin is asked of
        // the wording alone: "sanctions on North Korea" reworded still
        // tells itself from its sibling "sanctions on Iran".
        const Claim& candidate = new_claims[open_fresh[j]];
        const Claim& rival = new_claims[open_fresh[other]];
        const double margin =
            candidate.start == rival.start && candidate.end == rival.end
                ? similarity(old_anchors[i].text, new_anchors[j].text) -
                      similarity(old_anchors[i].text, new_anchors[other].text)
                : score - scores[i][other];
        if (margin < options.min_margin) clear = false;
      }
      for (std::size_t other = 0; other < open_previous.size() && clear; ++other) {
        if (other != i && score - scores[other][j] < options.min_margin) clear = false;
      }
      if (clear) accepted.emplace_back(-score, i, j);
    }
    std::sort(accepted.begin(), accepted.end());
    for (const auto& [negative_score, i, j] : accepted) {
      const std::size_t p = open_previous[i];
      const std::size_t f = open_fresh[j];
      if (claim_used[p] || fresh_taken(f)) continue;
      claim_match[f] = p;
      claim_used[p] = true;
      fuzzy[f] = true;
      fuzzy_scores[f] = -negative_score;
    }
  }

  MergeResult result;
  MergeReport& report = result.report;
  const bool same_document = previous.document.sha256 == fresh.document.sha256;
  const bool same_extractor = previous.document.extractor_name == fresh.document.extractor_name &&
                              previous.document.extractor_version ==
                                  fresh.document.extractor_version;

  ClaimIdAllocator ids;
  for (const Claim& claim : old_claims) ids.reserve(claim.id);
  for (const Claim& claim : orphans) ids.reserve(claim.id);
  // With nothing previous, every fresh claim is new, in order, and nothing
  // is reserved: allocating again would give each the id extract_claims
  // gave it, at the cost of a second SHA-256 per claim.
  const bool keep_fresh_ids = old_claims.empty() && orphans.empty();

  ClaimsFile& merged = result.merged;
  merged.schema_version = fresh.schema_version;
  merged.document = fresh.document;
  if (same_document && previous.document.path == fresh.document.path) {
    merged.document.extracted = previous.document.extracted;
  }
  merged.claims.reserve(new_claims.size());
  report.outcomes.reserve(new_claims.size() + old_claims.size());
  for (std::size_t f = 0; f < new_claims.size(); ++f) {
    Claim& claim = new_claims[f];
    ClaimMergeOutcome outcome;
    if (claim_match[f]) {
      const std::size_t p = *claim_match[f];
      const Claim& before = old_claims[p];
      if (fuzzy[f]) {
        outcome.outcome = MergeOutcome::reworded;
        outcome.score = fuzzy_scores[f];
        ++report.reworded;
        const std::optional<Claim::Stale> earlier = before.stale;
        carry_over(before, claim);
        // Reworded again before anyone re-reviewed: the review still rates
        // the first wording.
        if (!earlier) claim.stale = Claim::Stale{before.text, options.detected_time};
      } else {
        for (const std::string& field :
             hand_edited_fields(before, claim, same_document, same_extractor)) {
          Diagnostic warning = Diagnostic::error(
              options.claims_path, before.file_position,
              "claims[" + std::to_string(p) + "]." + field +
                  " was edited by hand; restored from the document");
          warning.severity = Severity::warning;
          warning.claim_id = before.id;
          result.warnings.push_back(std::move(warning));
        }
        const bool moved = before.start != claim.start || before.line != claim.line ||
                           before.column != claim.column;
        outcome.outcome = moved ? MergeOutcome::moved : MergeOutcome::kept;
        ++(moved ? report.moved : report.kept);
        carry_over(before, claim);
      }
    } else if (orphan_match[f]) {
      outcome.outcome = MergeOutcome::reattached;
      ++report.reattached;
      carry_over(orphans[*orphan_match[f]], claim);
    } else {
      outcome.outcome = MergeOutcome::added;
      ++report.added;
      if (!keep_fresh_ids) claim.id = ids.allocate(claim.text);
    }
    outcome.id = claim.id;
    outcome.text = claim.text;
    report.outcomes.push_back(std::move(outcome));
    merged.claims.push_back(std::move(claim));
  }

  for (std::size_t o = 0; o < orphans.size(); ++o) {
    if (orphan_used[o]) continue;
    // An orphan is kept only for its review; once a reviewer has cleared
    // it (`review --clear`), nothing is left to keep.
    if (!is_reviewed(orphans[o])) {
      ClaimMergeOutcome outcome;
      outcome.id = orphans[o].id;
      outcome.text = orphans[o].text;
      outcome.outcome = MergeOutcome::dropped;
      ++report.dropped;
      report.outcomes.push_back(std::move(outcome));
      continue;
    }
    ++report.still_orphaned;
    merged.orphaned.push_back(orphans[o]);
  }
  for (std::size_t p = 0; p < old_claims.size(); ++p) {
    if (claim_used[p]) continue;
    const Claim& gone = old_claims[p];
    ClaimMergeOutcome outcome;
    outcome.id = gone.id;
    outcome.text = gone.text;
    if (is_reviewed(gone)) {
      outcome.outcome = MergeOutcome::orphaned;
      ++report.orphaned;
      merged.orphaned.push_back(gone);
    } else {
      outcome.outcome = MergeOutcome::dropped;
      ++report.dropped;
    }
    report.outcomes.push_back(std::move(outcome));
  }
  return result;
}

std::string merge_summary(const MergeReport& report) {
  std::string out = "kept " + std::to_string(report.kept);
  const auto add = [&](std::size_t count, const char* what) {
    if (count > 0) out += ", " + std::string(what) + " " + std::to_string(count);
  };
  add(report.moved, "moved");
  if (report.reworded > 0) out += ", reworded " + std::to_string(report.reworded) + " (stale)";
  add(report.reattached, "re-attached");
  add(report.orphaned, "orphaned");
  add(report.still_orphaned, "still orphaned");
  add(report.added, "new");
  add(report.dropped, "dropped");
  return out;
}

}  // namespace claimcheck
