#include "claims/claims_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "base/error.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

class ClaimsFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("claimcheck-files-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "b" / "deep");
    fs::create_directories(root_ / ".git");
    for (const char* name : {"a.claims.yaml", "b/z.claims.yaml", "b/deep/c.claims.yaml",
                             ".git/x.claims.yaml", "b/notes.yaml", "b/doc.txt"}) {
      std::ofstream(root_ / name) << "x";
    }
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path root_;
};

TEST_F(ClaimsFilesTest, FindsClaimsFilesRecursivelySortedSkippingHiddenDirectories) {
  const auto files = find_claims_files({root_.string()});
  const std::string r = root_.lexically_normal().string();
  EXPECT_EQ(files, (std::vector<std::string>{r + "/a.claims.yaml", r + "/b/deep/c.claims.yaml",
                                             r + "/b/z.claims.yaml"}));
}

TEST_F(ClaimsFilesTest, TakesNamedFilesAsGivenWithoutDuplicates) {
  const std::string named = (root_ / "b" / "notes.yaml").string();
  const auto files = find_claims_files({named, named, (root_ / "b" / "deep").string()});
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0], named);
}

TEST_F(ClaimsFilesTest, MissingPathIsAnInputError) {
  try {
    find_claims_files({(root_ / "nope").string()});
    FAIL() << "expected InputError";
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find("no such file or directory"), std::string::npos);
  }
}

TEST(ClaimsPaths, DocumentAndClaimsPathsRelateAsDocumented) {
  EXPECT_EQ(claims_path_for_document("articles/budget.txt"), "articles/budget.claims.yaml");
  EXPECT_EQ(claims_path_for_document("notes"), "notes.claims.yaml");
  EXPECT_EQ(document_path_for_claims("claims/a.claims.yaml", "a.txt"), "claims/a.txt");
  EXPECT_EQ(document_path_for_claims("out/a.claims.yaml", "../claims/a.txt"), "claims/a.txt");
  EXPECT_EQ(document_path_for_claims("a.claims.yaml", "a.txt"), "a.txt");
}

}  // namespace
}  // namespace claimcheck
