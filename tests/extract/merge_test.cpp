#include "extract/merge.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <string>
#include <string_view>

#include "claims/claims_writer.h"
#include "extract/claim_ids.h"
#include "extract/extractor.h"

namespace claimcheck {
namespace {

constexpr const char* kTitle = "Sanctions and the bomb\n\n";
constexpr const char* kFirst = "Iran enriched uranium to 60 percent purity in April 2021.";
constexpr const char* kSecond = "North Korea tested a hydrogen bomb in September 2017.";
constexpr const char* kThird = "The UN Security Council imposed sanctions on both countries.";

ClaimsFile extract(const std::string& text, const std::string& time = "2026-01-01T00:00:00Z") {
  const SourceText source("article.txt", text);
  ExtractOptions options;
  options.document_path = "article.txt";
  options.extracted_time = time;
  return extract_claims(source, options);
}

struct Merged {
  MergeResult result;
  const Claim* find(std::string_view needle) const {
    for (const Claim& claim : result.merged.claims) {
      if (claim.text.find(needle) != std::string::npos) return &claim;
    }
    return nullptr;
  }
};

Merged merge(const ClaimsFile& previous, const std::string& new_text,
             const std::string& time = "2026-02-01T00:00:00Z") {
  const SourceText source("article.txt", new_text);
  ExtractOptions options;
  options.document_path = "article.txt";
  options.extracted_time = time;
  MergeOptions merge_options;
  merge_options.claims_path = "article.claims.yaml";
  merge_options.detected_time = time;
  return Merged{merge_claims(previous, extract_claims(source, options), source, merge_options)};
}

Claim& claim_containing(ClaimsFile& file, std::string_view needle) {
  for (Claim& claim : file.claims) {
    if (claim.text.find(needle) != std::string::npos) return claim;
  }
  throw std::logic_error("no claim contains " + std::string(needle));
}

void review(Claim& claim, const std::string& reviewer) {
  Review review;
  review.verdict = Verdict::true_;
  review.reviewer = reviewer;
  claim.review = review;
}

std::string article(std::initializer_list<std::string_view> paragraphs) {
  std::string text = kTitle;
  for (std::string_view paragraph : paragraphs) {
    text += paragraph;
    text += "\n\n";
  }
  return text;
}

TEST(MergeTest, UnchangedClaimKeepsIdAndReviewWhenMovedToAnotherParagraph) {
  ClaimsFile previous = extract(article({std::string(kFirst) + " " + kSecond, kThird}));
  review(claim_containing(previous, "Iran enriched"), "Jane");
  const std::string old_id = claim_containing(previous, "Iran enriched").id;

  const Merged merged = merge(previous, article({kSecond, std::string(kThird) + " " + kFirst}));

  const Claim* moved = merged.find("Iran enriched");
  ASSERT_NE(moved, nullptr);
  EXPECT_EQ(moved->id, old_id);
  ASSERT_TRUE(moved->review.has_value());
  EXPECT_EQ(moved->review->reviewer, "Jane");
  EXPECT_FALSE(moved->stale.has_value());
  EXPECT_EQ(merged.result.report.moved, 3u);  // every sentence shifted
  EXPECT_EQ(merged.result.report.added, 0u);
  EXPECT_TRUE(merged.result.merged.orphaned.empty());
}

TEST(MergeTest, AReviewStaysWithItsAtomicClaimWhenItsSentenceGivesMoreClaims) {
  // An older extraction gave one claim for this sentence, and a reviewer
  // reviewed it; the sentence now gives two. Its bytes are the same for both
  // claims, so the review must follow the claim's text, not the first claim
  // of the sentence.
  ClaimsFile previous = extract(article({kFirst, "Norway and Chile have banned the practice."}));
  const auto norway_claim = std::find_if(previous.claims.begin(), previous.claims.end(), [](const Claim& c) {
    return c.text == "Norway has banned the practice.";
  });
  ASSERT_NE(norway_claim, previous.claims.end());
  previous.claims.erase(norway_claim);
  review(claim_containing(previous, "Chile"), "Jane");
  const std::string chile_id = claim_containing(previous, "Chile").id;

  const Merged merged = merge(previous, article({kFirst, "Norway and Chile have banned the practice."}));
  const Claim* chile = merged.find("Chile");
  const Claim* norway = merged.find("Norway");
  ASSERT_NE(chile, nullptr);
  ASSERT_NE(norway, nullptr);
  EXPECT_EQ(chile->id, chile_id);
  ASSERT_TRUE(chile->review.has_value());
  EXPECT_EQ(chile->review->reviewer, "Jane");
  EXPECT_FALSE(norway->review.has_value());
}

TEST(MergeTest, RewordedReviewedClaimKeepsIdAndReviewAndBecomesStale) {
  ClaimsFile previous = extract(article({kFirst, kSecond, kThird}));
  review(claim_containing(previous, "hydrogen bomb"), "Jane");
  const std::string old_id = claim_containing(previous, "hydrogen bomb").id;

  const Merged merged = merge(
      previous,
      article({kFirst, "North Korea tested a thermonuclear hydrogen bomb in September 2017.", kThird}));

  const Claim* reworded = merged.find("hydrogen bomb");
  ASSERT_NE(reworded, nullptr);
  EXPECT_EQ(reworded->text, "North Korea tested a thermonuclear hydrogen bomb in September 2017.");
  EXPECT_EQ(reworded->id, old_id);
  ASSERT_TRUE(reworded->review.has_value());
  EXPECT_EQ(reworded->review->reviewer, "Jane");
  ASSERT_TRUE(reworded->stale.has_value());
  EXPECT_EQ(reworded->stale->previous_text, kSecond);
  EXPECT_EQ(reworded->stale->detected, "2026-02-01T00:00:00Z");
  EXPECT_EQ(merged.result.report.reworded, 1u);
  EXPECT_EQ(merged.result.report.kept, 2u);
}

TEST(MergeTest, RewordedAgainKeepsTheWordingThatWasReviewed) {
  ClaimsFile previous = extract(article({kFirst, kSecond, kThird}));
  review(claim_containing(previous, "hydrogen bomb"), "Jane");
  const Merged once = merge(
      previous,
      article({kFirst, "North Korea tested a thermonuclear hydrogen bomb in September 2017.", kThird}));
  const Merged twice = merge(
      once.result.merged,
      article({kFirst, "North Korea tested a powerful hydrogen bomb in September 2017.", kThird}),
      "2026-03-01T00:00:00Z");
  const Claim* claim = twice.find("hydrogen bomb");
  ASSERT_NE(claim, nullptr);
  ASSERT_TRUE(claim->stale.has_value());
  EXPECT_EQ(claim->stale->previous_text, kSecond);
  EXPECT_EQ(claim->stale->detected, "2026-02-01T00:00:00Z");
}

TEST(MergeTest, DeletedReviewedClaimIsOrphanedAndUnreviewedOneDropped) {
  ClaimsFile previous = extract(article({kFirst, kSecond, kThird}));
  review(claim_containing(previous, "hydrogen bomb"), "Jane");
  Claim reviewed_copy = claim_containing(previous, "hydrogen bomb");

  const Merged merged = merge(previous, article({kThird}));

  ASSERT_EQ(merged.result.merged.orphaned.size(), 1u);
  const Claim& orphan = merged.result.merged.orphaned[0];
  EXPECT_EQ(orphan.id, reviewed_copy.id);
  EXPECT_EQ(orphan.text, reviewed_copy.text);
  EXPECT_EQ(orphan.start, reviewed_copy.start);
  EXPECT_EQ(orphan.line, reviewed_copy.line);
  ASSERT_TRUE(orphan.review.has_value());
  EXPECT_EQ(orphan.review->reviewer, "Jane");
  EXPECT_EQ(merged.find("Iran enriched"), nullptr);
  EXPECT_EQ(merged.result.report.orphaned, 1u);
  EXPECT_EQ(merged.result.report.dropped, 1u);
  EXPECT_NE(merged.find("Security Council"), nullptr);
}

TEST(MergeTest, OrphanWhoseTextComesBackIsReattached) {
  ClaimsFile previous = extract(article({kFirst, kSecond, kThird}));
  review(claim_containing(previous, "hydrogen bomb"), "Jane");
  const std::string old_id = claim_containing(previous, "hydrogen bomb").id;
  const Merged without = merge(previous, article({kFirst, kThird}));
  ASSERT_EQ(without.result.merged.orphaned.size(), 1u);

  const Merged back = merge(without.result.merged, article({kSecond, kFirst, kThird}));

  EXPECT_TRUE(back.result.merged.orphaned.empty());
  const Claim* claim = back.find("hydrogen bomb");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->id, old_id);
  ASSERT_TRUE(claim->review.has_value());
  EXPECT_EQ(claim->review->reviewer, "Jane");
  EXPECT_EQ(back.result.report.reattached, 1u);
}

TEST(MergeTest, ARewordedSentenceKeepsEachReviewOnItsOwnAtomicClaim) {
  const std::string before = "The UN Security Council has imposed sanctions on Iran and North Korea.";
  ClaimsFile previous = extract(article({before}));
  review(claim_containing(previous, "sanctions on North Korea"), "Jane");
  const std::string old_id = claim_containing(previous, "sanctions on North Korea").id;

  // Both claims of the sentence are reworded alike; only the names tell
  // them apart, since they share the sentence's context.
  const Merged merged = merge(
      previous, article({"The UN Security Council has imposed several rounds of sanctions on Iran and North Korea."}));

  const Claim* claim = merged.find("several rounds of sanctions on North Korea");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->id, old_id);
  ASSERT_TRUE(claim->review.has_value());
  EXPECT_TRUE(claim->stale.has_value());
  const Claim* sibling = merged.find("several rounds of sanctions on Iran");
  ASSERT_NE(sibling, nullptr);
  EXPECT_FALSE(sibling->review.has_value());
  EXPECT_TRUE(merged.result.merged.orphaned.empty());
}

TEST(MergeTest, AnOrphanWhoseReviewWasClearedIsDropped) {
  ClaimsFile previous = extract(article({kFirst, kSecond, kThird}));
  review(claim_containing(previous, "hydrogen bomb"), "Jane");
  const Merged without = merge(previous, article({kFirst, kThird}));
  ASSERT_EQ(without.result.merged.orphaned.size(), 1u);
  ClaimsFile cleared = without.result.merged;
  cleared.orphaned[0].review.reset();  // what `review ID --clear --yes` leaves

  const Merged next = merge(cleared, article({kFirst, kThird}));

  EXPECT_TRUE(next.result.merged.orphaned.empty());
  EXPECT_EQ(next.result.report.still_orphaned, 0u);
  EXPECT_EQ(next.result.report.dropped, 1u);
}

TEST(MergeTest, NewClaimsNeverReuseAnIdOfThePreviousFileOrphansIncluded) {
  ClaimsFile previous = extract(article({kFirst}));
  // An orphan holding the id the new sentence would hash to.
  Claim orphan = previous.claims[0];
  orphan.text = "A sentence the document no longer has.";
  orphan.quote = orphan.text;
  orphan.id = ClaimIdAllocator().allocate(kThird);
  review(orphan, "Jane");
  previous.orphaned.push_back(orphan);

  const Merged merged = merge(previous, article({kFirst, kThird}));

  const Claim* added = merged.find("Security Council");
  ASSERT_NE(added, nullptr);
  EXPECT_NE(added->id, orphan.id);
  EXPECT_NE(added->id, previous.claims[0].id);
  EXPECT_FALSE(added->review.has_value());
  ASSERT_EQ(merged.result.merged.orphaned.size(), 1u);
  EXPECT_EQ(merged.result.report.added, 1u);
  EXPECT_EQ(merged.result.report.still_orphaned, 1u);
}

TEST(MergeTest, RepeatedSentencesKeepTheirOwnReviewsByNearestPosition) {
  const std::string repeated = "Talks resumed in Vienna in 2022.";
  ClaimsFile previous = extract(article({std::string(kFirst) + " " + repeated,
                                         std::string(kSecond) + " " + repeated}));
  int occurrence = 0;
  for (Claim& claim : previous.claims) {
    if (claim.text == repeated) review(claim, occurrence++ == 0 ? "first" : "second");
  }
  ASSERT_EQ(occurrence, 2);

  const Merged merged = merge(previous, article({kThird, std::string(kFirst) + " " + repeated,
                                                  std::string(kSecond) + " " + repeated}));

  std::vector<const Claim*> copies;
  for (const Claim& claim : merged.result.merged.claims) {
    if (claim.text == repeated) copies.push_back(&claim);
  }
  ASSERT_EQ(copies.size(), 2u);
  ASSERT_TRUE(copies[0]->review && copies[1]->review);
  EXPECT_EQ(copies[0]->review->reviewer, "first");
  EXPECT_EQ(copies[1]->review->reviewer, "second");
  EXPECT_NE(copies[0]->id, copies[1]->id);
}

TEST(MergeTest, TwoSimilarCandidatesRefuseAFuzzyMatchByTheMargin) {
  ClaimsFile previous = extract(article({kFirst, "The economy grew 3 percent in 2019, officials said."}));
  review(claim_containing(previous, "economy"), "Jane");

  const Merged merged = merge(previous, article({kFirst,
                                                  "The economy grew 4 percent in 2019, officials said.",
                                                  "The economy grew 5 percent in 2019, officials said."}));

  ASSERT_EQ(merged.result.merged.orphaned.size(), 1u);
  EXPECT_EQ(merged.result.report.reworded, 0u);
  EXPECT_EQ(merged.result.report.added, 2u);
  for (const Claim& claim : merged.result.merged.claims) EXPECT_FALSE(claim.stale.has_value());
}

TEST(MergeTest, ADifferentSentenceIsNotTakenForARewording) {
  ClaimsFile previous = extract(article({kFirst, kSecond}));
  review(claim_containing(previous, "hydrogen bomb"), "Jane");

  const Merged merged = merge(previous, article({kFirst, kThird}));

  EXPECT_EQ(merged.result.report.reworded, 0u);
  EXPECT_EQ(merged.result.merged.orphaned.size(), 1u);
  EXPECT_FALSE(merged.find("Security Council")->review.has_value());
}

TEST(MergeTest, MergingTheSameDocumentTwiceGivesTheSameFile) {
  ClaimsFile previous = extract(article({kFirst, kSecond, kThird}));
  review(claim_containing(previous, "hydrogen bomb"), "Jane");
  const std::string changed =
      article({kThird, "North Korea said it tested a hydrogen bomb in September 2017."});
  const Merged once = merge(previous, changed, "2026-02-01T00:00:00Z");
  const Merged twice = merge(once.result.merged, changed, "2026-03-01T00:00:00Z");

  EXPECT_EQ(write_claims_file(twice.result.merged, {}), write_claims_file(once.result.merged, {}));
  EXPECT_EQ(twice.result.merged.document.extracted, "2026-02-01T00:00:00Z");
  EXPECT_EQ(twice.result.report.kept, twice.result.merged.claims.size());
  EXPECT_TRUE(twice.result.warnings.empty());
}

TEST(MergeTest, HandEditedExtractorFieldsAreRestoredWithAWarning) {
  const std::string text = article({kFirst, kSecond});
  ClaimsFile previous = extract(text);
  Claim& edited = claim_containing(previous, "hydrogen bomb");
  const std::string index = std::to_string(&edited - previous.claims.data());
  review(edited, "Jane");
  edited.text = "North Korea tested an H-bomb in 2017.";
  edited.checkworthy = !edited.checkworthy;
  edited.file_position = Position{120, 14, 5};

  const Merged merged = merge(previous, text);

  const Claim* restored = merged.find("hydrogen bomb");
  ASSERT_NE(restored, nullptr);
  EXPECT_EQ(restored->text, kSecond);
  EXPECT_EQ(restored->id, edited.id);
  ASSERT_TRUE(restored->review.has_value());
  ASSERT_EQ(merged.result.warnings.size(), 2u);
  EXPECT_EQ(to_string(merged.result.warnings[0]),
            "article.claims.yaml:14:5: warning: claims[" + index +
                "].text was edited by hand; restored from the document");
  EXPECT_EQ(merged.result.warnings[1].message,
            "claims[" + index + "].checkworthy was edited by hand; restored from the document");
}

// Attribution, hedges, ambiguous references and source spans are the
// extractor's reading of the current sentence: a re-anchored claim takes the
// new extraction's, whatever the file said, and a hand edit is reported.
TEST(MergeTest, AnalysisFieldsComeFromTheNewExtraction) {
  const std::string text = article({kFirst, kSecond});
  ClaimsFile previous = extract(text);
  Claim& old_claim = claim_containing(previous, "hydrogen bomb");
  review(old_claim, "Jane");
  old_claim.attribution = Claim::Attribution{"some analysts", true};
  old_claim.hedges = {"reportedly"};
  old_claim.ambiguous = {"their"};
  old_claim.source_spans = {{1, 2}};

  const SourceText source("article.txt", text);
  ClaimsFile fresh = extract(text);
  Claim& new_claim = claim_containing(fresh, "hydrogen bomb");
  new_claim.attribution = Claim::Attribution{"the IAEA", false};
  new_claim.hedges = {"may"};
  new_claim.source_spans = {{new_claim.start, new_claim.end}};
  MergeOptions options;
  options.claims_path = "article.claims.yaml";
  options.detected_time = "2026-02-01T00:00:00Z";
  const MergeResult result = merge_claims(previous, fresh, source, options);

  const Claim& merged = *std::find_if(
      result.merged.claims.begin(), result.merged.claims.end(),
      [](const Claim& claim) { return claim.text.find("hydrogen bomb") != std::string::npos; });
  EXPECT_EQ(merged.id, old_claim.id);
  ASSERT_TRUE(merged.review.has_value());
  EXPECT_EQ(merged.attribution, new_claim.attribution);
  EXPECT_EQ(merged.hedges, new_claim.hedges);
  EXPECT_TRUE(merged.ambiguous.empty());
  EXPECT_EQ(merged.source_spans, new_claim.source_spans);
  std::vector<std::string> warned;
  for (const Diagnostic& warning : result.warnings) warned.push_back(warning.message);
  const std::string index = std::to_string(&old_claim - previous.claims.data());
  for (const char* field : {"attribution", "hedges", "ambiguous", "source_spans"}) {
    EXPECT_NE(std::find(warned.begin(), warned.end(),
                        "claims[" + index + "]." + field +
                            " was edited by hand; restored from the document"),
              warned.end())
        << field;
  }
}

TEST(MergeTest, ReviewSourceTravelsWithItsClaim) {
  ClaimsFile previous = extract(article({kFirst, kSecond}));
  Claim& claim = claim_containing(previous, "hydrogen bomb");
  review(claim, "Jane");
  claim.review_source = "    review:\n      # checked twice\n      verdict: \"true\"\n";

  const Merged merged = merge(previous, article({kSecond, kFirst}));

  EXPECT_EQ(merged.find("hydrogen bomb")->review_source, claim.review_source);
}

TEST(MergeTest, SummaryNamesWhatChanged) {
  MergeReport report;
  report.kept = 4;
  report.reworded = 1;
  report.orphaned = 1;
  report.added = 2;
  EXPECT_EQ(merge_summary(report), "kept 4, reworded 1 (stale), orphaned 1, new 2");
}

}  // namespace
}  // namespace claimcheck
