// The reviewer workflow end to end, on the sample article: reviews survive
// every kind of edit to the article, and the checker says what changed.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "claims/claims_reader.h"
#include "run_claimcheck.h"

namespace {

namespace fs = std::filesystem;
using claimcheck::testing::read_all;
using claimcheck::testing::run_claimcheck;

void write(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

const claimcheck::Claim* find(const std::vector<claimcheck::Claim>& claims, const std::string& id) {
  for (const auto& claim : claims) {
    if (claim.id == id) return &claim;
  }
  return nullptr;
}

TEST(ReviewWorkflow, ReviewsSurviveRewordingDeletionMovesInsertionsAndLineEndings) {
  const claimcheck::testing::ScratchDirectory scratch("workflow");
  const fs::path& dir = scratch.path();
  const fs::path source = fs::path(CLAIMCHECK_SOURCE_DIR) / "claims";
  const std::string article = read_all(source / "iran-north-korea.txt");
  write(dir / "article.txt", article);

  // 1. Extract, then review five claims; one review block carries comments.
  auto run = [&](std::vector<std::string> args) { return run_claimcheck(args, {}, dir, dir); };
  ASSERT_EQ(run({"extract", "article.txt"}).status, 0);
  // Claims are found by their text: ids derive from it.
  const claimcheck::ClaimsFile extracted =
      claimcheck::read_claims_file("article.claims.yaml", read_all(dir / "article.claims.yaml"));
  auto id_of = [&](const std::string& text) {
    for (const auto& claim : extracted.claims) {
      if (claim.text == text) return claim.id;
    }
    ADD_FAILURE() << "no claim reads: " << text;
    return std::string();
  };
  const std::string cold_war = id_of("During the Cold War, Iran aligned with the Soviet Union.");
  const std::string sanctions = id_of("The UN Security Council has imposed sanctions on North Korea.");
  const std::string subject = id_of(
      "Both Iran and North Korea are subject to international sanctions and scrutiny due to their nuclear "
      "activities.");
  const std::string raisi =
      id_of("In 2021, Ebrahim Raisi expressed a desire to expand economic and political ties with North Korea.");
  const std::string opinion = id_of("The relationship between Iran and North Korea is a complex and evolving one.");
  ASSERT_EQ(run({"review", "article.claims.yaml", cold_war, "--verdict", "false", "--confidence",
                 "0.9", "--source", "https://history.state.gov/milestones/1953-1960/baghdad-pact",
                 "--stance", "refutes", "--reviewer", "R"}).status, 0);
  ASSERT_EQ(run({"review", "article.claims.yaml", sanctions, "--verdict", "true", "--confidence",
                 "0.95", "--source", "https://undocs.org/S/RES/1718(2006)", "--reviewer", "R"})
                .status, 0);
  ASSERT_EQ(run({"review", "article.claims.yaml", subject, "--verdict", "mostly-true",
                 "--confidence", "0.8", "--source", "https://undocs.org/S/RES/1737(2006)",
                 "--reviewer", "R"}).status, 0);
  ASSERT_EQ(run({"review", "article.claims.yaml", raisi, "--verdict", "unproven", "--confidence",
                 "0.6", "--reviewer", "R"}).status, 0);
  ASSERT_EQ(run({"review", "article.claims.yaml", opinion, "--verdict", "opinion", "--confidence",
                 "0.9", "--reviewer", "R"}).status, 0);
  std::string claims_text = read_all(dir / "article.claims.yaml");
  const std::string verdict_line = "      verdict: \"false\"\n";
  const std::string commented = "      # Checked against the State Department history, twice.\n" +
                                verdict_line + "      # (the Shah's Iran joined CENTO)\n";
  claims_text = replace_once(claims_text, verdict_line, commented);
  write(dir / "article.claims.yaml", claims_text);

  // 2. Edit the article: insert a paragraph at the top, reword a reviewed
  // sentence, delete another, move a paragraph, switch to CRLF.
  std::string edited = replace_once(article, "A Tumultuous History:\n",
                                    "Editor's note: This article was updated on 3 March 2026.\n"
                                    "A Tumultuous History:\n");
  edited = replace_once(edited, "has imposed sanctions on both countries",
                        "has imposed several rounds of sanctions on both countries");
  edited = replace_once(edited,
                        "The relationship between Iran and North Korea is a complex and evolving "
                        "one, characterized by both cooperation and rivalry. ",
                        "");
  const std::size_t moved_start = edited.find("In 2021, Iran's new President");
  const std::size_t moved_end = edited.find('\n', moved_start) + 1;
  const std::string moved = edited.substr(moved_start, moved_end - moved_start);
  edited.erase(moved_start, moved_end - moved_start);
  edited = replace_once(edited, "In recent years,", moved + "In recent years,");
  std::string crlf;
  for (char c : edited) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  write(dir / "article.txt", crlf);

  // 3. Re-extract: merge, never overwrite.
  const auto merged = run({"extract", "article.txt"});
  ASSERT_EQ(merged.status, 0) << merged.err;
  const std::string merged_text = read_all(dir / "article.claims.yaml");
  const claimcheck::ClaimsFile file =
      claimcheck::read_claims_file("article.claims.yaml", merged_text);

  for (const std::string& id : {cold_war, sanctions, subject, raisi}) {
    const auto* claim = find(file.claims, id);
    ASSERT_NE(claim, nullptr) << id;
    ASSERT_TRUE(claim->review.has_value()) << id;
    EXPECT_EQ(crlf.substr(claim->start, claim->end - claim->start), claim->quote) << id;
  }
  EXPECT_NE(find(file.claims, sanctions)->text.find("several rounds"), std::string::npos);
  ASSERT_TRUE(find(file.claims, sanctions)->stale.has_value());
  EXPECT_NE(find(file.claims, sanctions)->stale->previous_text.find("has imposed sanctions"),
            std::string::npos);
  EXPECT_FALSE(find(file.claims, cold_war)->stale.has_value());
  EXPECT_FALSE(find(file.claims, raisi)->stale.has_value());
  EXPECT_EQ(find(file.claims, raisi)->line, 13u);  // moved up one paragraph, down one line

  EXPECT_EQ(find(file.claims, opinion), nullptr);
  const auto* orphan = find(file.orphaned, opinion);
  ASSERT_NE(orphan, nullptr);
  ASSERT_TRUE(orphan->review.has_value());
  EXPECT_EQ(orphan->review->verdict, claimcheck::Verdict::opinion);

  EXPECT_NE(merged_text.find(commented), std::string::npos) << "comments lost:\n" << merged_text;

  bool saw_new = false;
  for (const auto& claim : file.claims) {
    if (claim.text.find("Editor's note") != std::string::npos) {
      saw_new = true;
      EXPECT_FALSE(claim.review.has_value());
      EXPECT_EQ(claim.line, 2u);  // right under the title
      EXPECT_EQ(claims_text.find(claim.id), std::string::npos) << "new claim reuses an old id";
    }
  }
  EXPECT_TRUE(saw_new);

  // 4. Extracting again changes nothing; check names what needs re-review.
  ASSERT_EQ(run({"extract", "article.txt"}).status, 0);
  EXPECT_EQ(read_all(dir / "article.claims.yaml"), merged_text);
  const auto check = run({"check", "article.claims.yaml"});
  EXPECT_EQ(check.status, 1);
  EXPECT_NE(check.out.find("error: [stale] " + sanctions), std::string::npos) << check.out;
  EXPECT_NE(check.out.find("warning: [orphaned] " + opinion), std::string::npos) << check.out;

  // 5. Reviewing the commented claim again rewrites its block from the
  // model and keeps the reviewer's comments where they stood.
  ASSERT_EQ(run({"review", "article.claims.yaml", cold_war, "--confidence", "0.95", "--source",
                 "https://www.britannica.com/topic/Central-Treaty-Organization", "--reviewer", "S"})
                .status, 0);
  const std::string rereviewed = read_all(dir / "article.claims.yaml");
  EXPECT_NE(rereviewed.find("      # Checked against the State Department history, twice.\n" + verdict_line +
                            "      # (the Shah's Iran joined CENTO)\n      confidence: 0.95\n"),
            std::string::npos)
      << rereviewed;
  EXPECT_EQ(run({"validate", "article.claims.yaml"}).status, 0);
  const claimcheck::ClaimsFile after = claimcheck::read_claims_file("article.claims.yaml", rereviewed);
  const auto* reviewed = find(after.claims, cold_war);
  ASSERT_NE(reviewed, nullptr);
  ASSERT_TRUE(reviewed->review.has_value());
  EXPECT_EQ(reviewed->review->verdict, claimcheck::Verdict::false_);
  EXPECT_EQ(reviewed->review->confidence, 0.95);
  EXPECT_EQ(reviewed->review->sources.size(), 2u);
  EXPECT_EQ(reviewed->review->reviewer, "S");
}

}  // namespace
