// `claimcheck review` run as real processes against one claims file: many at
// once must not lose each other's reviews, and a writer killed at any moment
// must leave the old file or the new one.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "claims/claims_reader.h"
#include "claims/review_edit.h"
#include "run_claimcheck.h"

namespace {

namespace fs = std::filesystem;
using claimcheck::testing::read_all;

const fs::path kSampleDir = fs::path(CLAIMCHECK_SOURCE_DIR) / "claims";

class ReviewProcessesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = std::make_unique<claimcheck::testing::ScratchDirectory>("review-procs");
    dir_ = scratch_->path();
    fs::copy_file(kSampleDir / "iran-north-korea.txt", dir_ / "iran-north-korea.txt");
    original_ = dir_ / "original.claims.yaml";
    fs::copy_file(kSampleDir / "iran-north-korea.claims.yaml", original_);
    path_ = dir_ / "iran-north-korea.claims.yaml";
    fs::copy_file(original_, path_);
  }

  // Starts `claimcheck review ARGS...` in dir_ with output discarded.
  pid_t spawn_review(const std::vector<std::string>& args) const {
    const pid_t pid = fork();
    if (pid == 0) {
      if (chdir(dir_.c_str()) != 0) _exit(127);
      freopen("/dev/null", "r", stdin);
      freopen("/dev/null", "w", stdout);
      freopen("/dev/null", "w", stderr);
      std::vector<std::string> all = {CLAIMCHECK_EXECUTABLE, "review"};
      all.insert(all.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (std::string& arg : all) argv.push_back(arg.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    return pid;
  }

  static int wait_for(pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

  claimcheck::ClaimsFile read_claims() const {
    return claimcheck::read_claims_file(path_.string(), read_all(path_));
  }

  std::unique_ptr<claimcheck::testing::ScratchDirectory> scratch_;
  fs::path dir_;
  fs::path original_;
  fs::path path_;
};

TEST_F(ReviewProcessesTest, TwentyConcurrentReviewsAreAllKept) {
  const claimcheck::ClaimsFile before = read_claims();
  constexpr std::size_t kWriters = 20;
  ASSERT_GE(before.claims.size(), kWriters);
  std::vector<pid_t> writers;
  for (std::size_t i = 0; i < kWriters; ++i) {
    writers.push_back(spawn_review({path_.filename().string(), before.claims[i].id, "--verdict",
                                    "unproven", "--note", "writer " + std::to_string(i),
                                    "--reviewer", "Writer " + std::to_string(i)}));
  }
  for (pid_t pid : writers) EXPECT_EQ(wait_for(pid), 0);

  const claimcheck::ClaimsFile after = read_claims();
  ASSERT_EQ(after.claims.size(), before.claims.size());
  for (std::size_t i = 0; i < kWriters; ++i) {
    const claimcheck::Claim& claim = after.claims[i];
    ASSERT_TRUE(claim.review) << claim.id << " lost its review";
    EXPECT_EQ(claim.review->note, "writer " + std::to_string(i)) << claim.id;
    EXPECT_EQ(claim.review->reviewer, "Writer " + std::to_string(i)) << claim.id;
    EXPECT_EQ(claim.review->verdict, claimcheck::Verdict::unproven) << claim.id;
  }
  for (std::size_t i = kWriters; i < before.claims.size(); ++i) {
    EXPECT_EQ(after.claims[i].review.has_value(), before.claims[i].review.has_value());
  }
}

// SIGKILL lands at random moments of a run (measured first): before the
// read, mid-write, just after the rename. Every time the file must be
// exactly the old bytes or exactly the new ones.
TEST_F(ReviewProcessesTest, KillingAWriterLeavesTheOldOrTheNewFile) {
  const std::string old_bytes = read_all(path_);
  const std::string id = read_claims().claims.front().id;
  const std::vector<std::string> args = {path_.filename().string(), id, "--verdict", "mixed",
                                         "--confidence", "0.5", "--reviewer", "Killed"};

  const auto started = std::chrono::steady_clock::now();
  ASSERT_EQ(wait_for(spawn_review(args)), 0);
  const auto run_time = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - started);
  const std::string new_bytes = read_all(path_);
  ASSERT_NE(new_bytes, old_bytes);

  std::mt19937 random(12345);
  std::uniform_int_distribution<long> delay(0, run_time.count() * 5 / 4);
  int old_seen = 0;
  int new_seen = 0;
  for (int run = 0; run < 50; ++run) {
    fs::copy_file(original_, path_, fs::copy_options::overwrite_existing);
    const pid_t pid = spawn_review(args);
    std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
    kill(pid, SIGKILL);
    wait_for(pid);
    const std::string bytes = read_all(path_);
    ASSERT_TRUE(bytes == old_bytes || bytes == new_bytes) << "run " << run << ": a torn file";
    EXPECT_NO_THROW(read_claims()) << "run " << run;
    (bytes == old_bytes ? old_seen : new_seen)++;
  }
  // Not an assertion (timing varies by machine), but shows the kills spanned the run.
  std::cout << "[          ] killed before the rename " << old_seen << " times, after it "
            << new_seen << " times (a run takes " << run_time.count() << " us)\n";
}

}  // namespace
