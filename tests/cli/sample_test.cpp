// The example that must always work: the shipped sample article states that
// Kim Jong-un met Hassan Rouhani at the 2019 UN General Assembly, and until a
// reviewer verifies that claim with sources, `claimcheck check claims/` must
// report it and fail.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "run_claimcheck.h"

namespace {

namespace fs = std::filesystem;
using claimcheck::testing::run_claimcheck;

TEST(SampleArticle, CheckReportsTheUnverifiedKimRouhaniMeeting) {
  const fs::path scratch =
      fs::temp_directory_path() / ("claimcheck-sample-" + std::to_string(getpid()));
  fs::create_directories(scratch);
  const auto result = run_claimcheck({"check", "claims/"}, {}, CLAIMCHECK_SOURCE_DIR, scratch);
  fs::remove_all(scratch);

  EXPECT_EQ(result.status, 1) << result.err;
  std::istringstream lines(result.out);
  bool reported = false;
  for (std::string line; std::getline(lines, line);) {
    if (line.find("Kim Jong-un met with then-Iranian President Hassan Rouhani") == std::string::npos) {
      continue;
    }
    reported = true;
    EXPECT_EQ(line.rfind("claims/iran-north-korea.txt:", 0), 0u) << line;
    EXPECT_NE(line.find(": error: [unreviewed] c-"), std::string::npos) << line;
    EXPECT_NE(line.find("UN General Assembly"), std::string::npos) << line;
  }
  EXPECT_TRUE(reported) << result.out;
}

TEST(SampleArticle, ShippedArticleIsTheUsersArticleByteForByte) {
  const fs::path shared = fs::path(CLAIMCHECK_SOURCE_DIR) / ".." / "shared" / "examples" /
                          "iran-north-korea.txt";
  if (!fs::exists(shared)) GTEST_SKIP() << "../shared is absent";
  EXPECT_EQ(claimcheck::testing::read_all(shared),
            claimcheck::testing::read_all(fs::path(CLAIMCHECK_SOURCE_DIR) / "claims" /
                                          "iran-north-korea.txt"));
}

}  // namespace
