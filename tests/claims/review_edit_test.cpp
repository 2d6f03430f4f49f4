#include "claims/review_edit.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "base/file_io.h"
#include "claims/claims_reader.h"
#include "claims/claims_writer.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

Claim make_claim(std::string id) {
  Claim claim;
  claim.id = std::move(id);
  claim.text = "Some claim.";
  claim.checkworthy = true;
  return claim;
}

ReviewUpdate stamped_update() {
  ReviewUpdate update;
  update.reviewer = "Jane Doe";
  update.today = "2026-03-04";
  return update;
}

TEST(ReviewEditTest, NewReviewRecordsFieldsReviewerAndDate) {
  Claim claim = make_claim("c-00000001");
  ReviewUpdate update = stamped_update();
  update.verdict = Verdict::mostly_true;
  update.confidence = 0.8;
  update.note = "checked";
  update.sources.push_back({"https://example.org/a", "A", std::nullopt, std::nullopt,
                            Stance::supports});
  apply_review_update(claim, update);
  ASSERT_TRUE(claim.review);
  EXPECT_EQ(claim.review->verdict, Verdict::mostly_true);
  EXPECT_EQ(claim.review->confidence, 0.8);
  EXPECT_EQ(claim.review->note, "checked");
  EXPECT_EQ(claim.review->reviewer, "Jane Doe");
  EXPECT_EQ(claim.review->reviewed, "2026-03-04");
  ASSERT_EQ(claim.review->sources.size(), 1u);
  EXPECT_EQ(claim.review->sources[0].title, "A");
  EXPECT_EQ(claim.review->sources[0].accessed, "2026-03-04");
  EXPECT_EQ(claim.review->sources[0].stance, Stance::supports);
}

TEST(ReviewEditTest, UpdateKeepsFieldsNotGiven) {
  Claim claim = make_claim("c-00000001");
  ReviewUpdate first = stamped_update();
  first.verdict = Verdict::false_;
  first.confidence = 0.9;
  first.note = "first note";
  apply_review_update(claim, first);

  ReviewUpdate second;
  second.reviewer = "Sam Roe";
  second.today = "2026-05-06";
  second.confidence = 0.6;
  apply_review_update(claim, second);
  EXPECT_EQ(claim.review->verdict, Verdict::false_);
  EXPECT_EQ(claim.review->confidence, 0.6);
  EXPECT_EQ(claim.review->note, "first note");
  EXPECT_EQ(claim.review->reviewer, "Sam Roe");
  EXPECT_EQ(claim.review->reviewed, "2026-05-06");
}

TEST(ReviewEditTest, SourceWithAKnownUrlUpdatesItOthersAreAppended) {
  Claim claim = make_claim("c-00000001");
  ReviewUpdate first = stamped_update();
  first.sources.push_back({"https://a.example", "Old title", "Pub", std::nullopt, std::nullopt});
  apply_review_update(claim, first);

  ReviewUpdate second = stamped_update();
  second.today = "2026-09-09";
  second.sources.push_back({"https://a.example", "New title", std::nullopt, std::nullopt,
                            Stance::refutes});
  second.sources.push_back({"https://b.example", std::nullopt, std::nullopt, std::nullopt,
                            std::nullopt});
  apply_review_update(claim, second);
  const auto& sources = claim.review->sources;
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(sources[0].title, "New title");
  EXPECT_EQ(sources[0].publisher, "Pub");
  EXPECT_EQ(sources[0].stance, Stance::refutes);
  EXPECT_EQ(sources[0].accessed, "2026-03-04") << "an updated source keeps its access date";
  EXPECT_EQ(sources[1].url, "https://b.example");
  EXPECT_EQ(sources[1].accessed, "2026-09-09");
}

// The writer emits review_source verbatim when set: a changed review that
// kept it would be written as the old one.
TEST(ReviewEditTest, ChangingAReviewRewritesItsBlockKeepingCommentsAndDropsTheStaleMarker) {
  Claim claim = make_claim("c-00000001");
  claim.review.emplace().verdict = Verdict::true_;
  claim.review_source = "review:\n  # first pass\n  verdict: \"true\"  # old\n";
  claim.stale = Claim::Stale{"Old wording.", "2026-01-01T00:00:00Z"};
  ReviewUpdate update = stamped_update();
  update.verdict = Verdict::mixed;
  apply_review_update(claim, update);
  // The block says what the model now holds, with the reviewer's comments.
  std::string expected = write_review_block(*claim.review);
  const std::string verdict_line = "      verdict: mixed\n";
  ASSERT_NE(expected.find(verdict_line), std::string::npos) << expected;
  expected.replace(expected.find(verdict_line), verdict_line.size(),
                   "      # first pass\n      verdict: mixed  # old\n");
  EXPECT_EQ(claim.review_source, expected);
  EXPECT_FALSE(claim.stale);

  // Without comments there is nothing to keep: the writer writes the model.
  claim.review_source = "review:\n  verdict: mixed\n";
  apply_review_update(claim, update);
  EXPECT_TRUE(claim.review_source.empty());
}

TEST(ReviewEditTest, ClearingAReviewDropsItsRawSourceAndStaleMarker) {
  Claim claim = make_claim("c-00000001");
  claim.review.emplace().verdict = Verdict::mixed;

  claim.review_source = "review:\n  verdict: mixed\n";
  claim.stale = Claim::Stale{"Old wording.", "2026-01-01T00:00:00Z"};
  EXPECT_TRUE(clear_review(claim));
  EXPECT_FALSE(claim.review);
  EXPECT_TRUE(claim.review_source.empty());
  EXPECT_FALSE(claim.stale);
  EXPECT_FALSE(clear_review(claim));
}

TEST(ReviewEditTest, FindsClaimsAndOrphanedClaimsAndSuggestsCloseIds) {
  ClaimsFile file;
  file.claims = {make_claim("c-1a2b3c4d"), make_claim("c-55555555")};
  file.orphaned = {make_claim("c-1a2b3c4e")};
  ASSERT_NE(find_claim(file, "c-55555555"), nullptr);
  EXPECT_EQ(find_claim(file, "c-1a2b3c4e"), &file.orphaned[0]);
  EXPECT_EQ(find_claim(file, "c-00000000"), nullptr);
  EXPECT_EQ(closest_claim_ids(file, "c-1a2b3c4f"),
            (std::vector<std::string>{"c-1a2b3c4d", "c-1a2b3c4e"}));
  EXPECT_EQ(closest_claim_ids(file, "c-5555"), (std::vector<std::string>{"c-55555555"}));
}

TEST(ReviewEditTest, StatusesOverlapAndTheMostPressingIsShown) {
  Claim unreviewed = make_claim("c-00000001");
  EXPECT_TRUE(has_status(unreviewed, false, ClaimStatus::unreviewed));
  EXPECT_FALSE(has_status(unreviewed, false, ClaimStatus::reviewed));
  EXPECT_EQ(claim_status(unreviewed, false), ClaimStatus::unreviewed);

  Claim refuted = make_claim("c-00000002");
  refuted.review.emplace().verdict = Verdict::misleading;
  EXPECT_TRUE(has_status(refuted, false, ClaimStatus::reviewed));
  EXPECT_TRUE(has_status(refuted, false, ClaimStatus::refuted));
  EXPECT_EQ(claim_status(refuted, false), ClaimStatus::refuted);

  Claim stale = make_claim("c-00000003");
  stale.review.emplace().verdict = Verdict::true_;
  stale.stale = Claim::Stale{"Before.", "2026-01-01T00:00:00Z"};
  EXPECT_TRUE(has_status(stale, false, ClaimStatus::stale));
  EXPECT_FALSE(has_status(stale, false, ClaimStatus::reviewed));
  EXPECT_EQ(claim_status(stale, false), ClaimStatus::stale);

  Claim orphan = make_claim("c-00000004");
  orphan.review.emplace().verdict = Verdict::false_;
  EXPECT_TRUE(has_status(orphan, true, ClaimStatus::orphaned));
  EXPECT_FALSE(has_status(orphan, true, ClaimStatus::refuted));
  EXPECT_EQ(claim_status(orphan, true), ClaimStatus::orphaned);

  Claim no_verdict = make_claim("c-00000005");
  no_verdict.review.emplace().note = "started";
  EXPECT_TRUE(has_status(no_verdict, false, ClaimStatus::unreviewed));
}

TEST(ReviewEditTest, StatusNamesParseBack) {
  for (const std::string& name : claim_status_names()) {
    const auto status = parse_claim_status(name);
    ASSERT_TRUE(status) << name;
    EXPECT_EQ(claim_status_name(*status), name);
  }
  EXPECT_FALSE(parse_claim_status("Reviewed"));
}

TEST(ReviewEditTest, ContextStaysInTheParagraphAndCutsWholeCharacters) {
  const std::string document = "Title\n\nFirst one. Caf\xC3\xA9 is open.\nSecond line.\n\nNext.";
  Claim claim = make_claim("c-00000001");
  claim.start = document.find("is open.");
  claim.end = claim.start + std::string("is open.").size();
  const ClaimContext wide = claim_context(document, claim, 200);
  EXPECT_EQ(wide.before, "First one. Caf\xC3\xA9 ");
  EXPECT_EQ(wide.after, " Second line.");
  EXPECT_FALSE(wide.before_cut);
  EXPECT_FALSE(wide.after_cut);
  EXPECT_EQ(context_line(wide), "First one. Caf\xC3\xA9 [claim] Second line.");

  // Two bytes back lands inside the two-byte "é": the cut moves past it.
  const ClaimContext narrow = claim_context(document, claim, 2);
  EXPECT_EQ(narrow.before, "");
  EXPECT_EQ(narrow.after, " S");
  EXPECT_TRUE(narrow.before_cut);
  EXPECT_TRUE(narrow.after_cut);
  EXPECT_EQ(context_line(narrow), "…[claim] S…");
  claim.end = document.size() + 1;
  const ClaimContext outside = claim_context(document, claim, 10);
  EXPECT_TRUE(outside.before.empty());
  EXPECT_TRUE(outside.after.empty());
}

TEST(ReviewEditTest, SchemaReferenceComesFromTheFirstLineOnly) {
  EXPECT_EQ(schema_reference_of("# yaml-language-server: $schema=../s.yaml\nschema_version: 1\n"),
            "../s.yaml");
  EXPECT_EQ(schema_reference_of("schema_version: 1\n"), "");
}

class UpdateClaimsFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path sample =
        fs::path(CLAIMCHECK_SOURCE_DIR) / "claims" / "iran-north-korea.claims.yaml";
    dir_ = fs::temp_directory_path() /
           ("claimcheck-review-edit-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "sample.claims.yaml").string();
    fs::copy_file(sample, path_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  std::string path_;
};

TEST_F(UpdateClaimsFileTest, ChangesOneReviewAndKeepsEverythingElse) {
  const std::string before_text = read_file(path_);
  const ClaimsFile before = read_claims_file(path_, before_text);
  ASSERT_GE(before.claims.size(), 2u);
  const std::string id = before.claims[0].id;
  update_claims_file(path_, [&](ClaimsFile& file) {
    ReviewUpdate update = stamped_update();
    update.verdict = Verdict::unproven;
    apply_review_update(*find_claim(file, id), update);
  });
  const std::string after_text = read_file(path_);
  EXPECT_EQ(schema_reference_of(after_text), schema_reference_of(before_text));
  const ClaimsFile after = read_claims_file(path_, after_text);
  ASSERT_EQ(after.claims.size(), before.claims.size());
  EXPECT_EQ(after.claims[0].review->verdict, Verdict::unproven);
  for (std::size_t i = 1; i < before.claims.size(); ++i) {
    EXPECT_EQ(after.claims[i].id, before.claims[i].id);
    EXPECT_EQ(after.claims[i].review.has_value(), before.claims[i].review.has_value());
    if (before.claims[i].review) {
      EXPECT_EQ(after.claims[i].review->verdict, before.claims[i].review->verdict);
      EXPECT_EQ(after.claims[i].review->note, before.claims[i].review->note);
    }
  }
}

TEST_F(UpdateClaimsFileTest, AnInvalidFileIsAnInputErrorAndIsNotTouched) {
  std::ofstream(path_, std::ios::trunc) << "schema_version: [\n";
  EXPECT_THROW(update_claims_file(path_, [](ClaimsFile&) {}), InputError);
  EXPECT_EQ(read_file(path_), "schema_version: [\n");
}

}  // namespace
}  // namespace claimcheck
