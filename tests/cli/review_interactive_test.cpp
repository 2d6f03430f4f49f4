// `claimcheck review --interactive` driven through a pseudo-terminal, as a
// reviewer would use it: answers are saved as they are given, so killing the
// session midway keeps everything answered so far.
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "claims/claims_reader.h"
#include "claims/review_edit.h"
#include "run_claimcheck.h"

namespace {

namespace fs = std::filesystem;
using claimcheck::testing::read_all;

// A claimcheck process on the slave side of a pseudo-terminal.
class Terminal {
 public:
  Terminal(const fs::path& cwd, const std::vector<std::string>& args) {
    pid_ = forkpty(&master_, nullptr, nullptr, nullptr);
    if (pid_ == 0) {
      if (chdir(cwd.c_str()) != 0) _exit(127);
      setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
      std::vector<std::string> all = {CLAIMCHECK_EXECUTABLE};
      all.insert(all.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (std::string& arg : all) argv.push_back(arg.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
  }
  ~Terminal() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (master_ >= 0) close(master_);
  }
  bool started() const { return pid_ > 0 && master_ >= 0; }

  // Reads output until `text` has appeared since the last call; false after
  // ten seconds or when the process closes the terminal.
  bool expect(const std::string& text) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (;;) {
      if (const std::size_t found = pending_.find(text); found != std::string::npos) {
        pending_.erase(0, found + text.size());
        return true;
      }
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) return false;
      pollfd descriptor{master_, POLLIN, 0};
      if (poll(&descriptor, 1, static_cast<int>(left.count())) <= 0) return false;
      char buffer[4096];
      const ssize_t got = read(master_, buffer, sizeof buffer);
      if (got <= 0) return false;  // EIO: the slave side is closed
      pending_.append(buffer, static_cast<std::size_t>(got));
      transcript_.append(buffer, static_cast<std::size_t>(got));
    }
  }

  void type(const std::string& line) {
    const std::string bytes = line + "\n";
    ASSERT_EQ(write(master_, bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
  }

  int kill_and_wait() {
    kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return status;
  }

  int wait_for_exit() {
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  const std::string& transcript() const { return transcript_; }

 private:
  pid_t pid_ = -1;
  int master_ = -1;
  std::string pending_;
  std::string transcript_;
};

class InteractiveReviewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path samples = fs::path(CLAIMCHECK_SOURCE_DIR) / "claims";
    scratch_ = std::make_unique<claimcheck::testing::ScratchDirectory>("interactive");
    dir_ = scratch_->path();
    fs::copy_file(samples / "iran-north-korea.txt", dir_ / "iran-north-korea.txt");
    fs::copy_file(samples / "iran-north-korea.claims.yaml", dir_ / "a.claims.yaml");
    before_ = read_claims();
    for (const claimcheck::Claim& claim : before_.claims) {
      if (claim.checkworthy && !(claim.review && claim.review->verdict)) {
        queue_.push_back(claim.id);
      }
    }
  }

  claimcheck::ClaimsFile read_claims() const {
    return claimcheck::read_claims_file("a.claims.yaml", read_all(dir_ / "a.claims.yaml"));
  }

  std::unique_ptr<claimcheck::testing::ScratchDirectory> scratch_;
  fs::path dir_;
  claimcheck::ClaimsFile before_;
  std::vector<std::string> queue_;  // unreviewed check-worthy ids, in document order
};

TEST_F(InteractiveReviewTest, AnswersSurviveKillingTheSessionMidway) {
  ASSERT_GE(queue_.size(), 4u);
  Terminal terminal(dir_, {"review", "a.claims.yaml", "--interactive", "--reviewer", "Pat"});
  ASSERT_TRUE(terminal.started());

  // First claim: a full review, with the claim and its context shown.
  ASSERT_TRUE(terminal.expect("[1/" + std::to_string(queue_.size()) + "] " + queue_[0]))
      << terminal.transcript();
  ASSERT_TRUE(terminal.expect("context: ")) << terminal.transcript();
  ASSERT_TRUE(terminal.expect("verdict (")) << terminal.transcript();
  terminal.type("mostly-trve");  // a typo is asked again, not saved
  ASSERT_TRUE(terminal.expect("is not a verdict")) << terminal.transcript();
  ASSERT_TRUE(terminal.expect("verdict (")) << terminal.transcript();
  terminal.type("mostly-true");
  ASSERT_TRUE(terminal.expect("confidence")) << terminal.transcript();
  terminal.type("0.8");
  ASSERT_TRUE(terminal.expect("source URL")) << terminal.transcript();
  terminal.type("https://example.org/one");
  ASSERT_TRUE(terminal.expect("title")) << terminal.transcript();
  terminal.type("Example one");
  ASSERT_TRUE(terminal.expect("stance")) << terminal.transcript();
  terminal.type("supports");
  ASSERT_TRUE(terminal.expect("source URL")) << terminal.transcript();
  terminal.type("");
  ASSERT_TRUE(terminal.expect("note")) << terminal.transcript();
  terminal.type("checked against the record");
  ASSERT_TRUE(terminal.expect("saved " + queue_[0])) << terminal.transcript();

  // Second claim: skipped.
  ASSERT_TRUE(terminal.expect("] " + queue_[1])) << terminal.transcript();
  ASSERT_TRUE(terminal.expect("verdict (")) << terminal.transcript();
  terminal.type("s");

  // Third claim: a verdict, then the session dies at the confidence prompt.
  ASSERT_TRUE(terminal.expect("] " + queue_[2])) << terminal.transcript();
  ASSERT_TRUE(terminal.expect("verdict (")) << terminal.transcript();
  terminal.type("false");
  ASSERT_TRUE(terminal.expect("confidence")) << terminal.transcript();
  terminal.kill_and_wait();

  const claimcheck::ClaimsFile after = read_claims();
  const claimcheck::Claim* first = claimcheck::find_claim(after, queue_[0]);
  ASSERT_TRUE(first && first->review);
  EXPECT_EQ(first->review->verdict, claimcheck::Verdict::mostly_true);
  EXPECT_EQ(first->review->confidence, 0.8);
  ASSERT_EQ(first->review->sources.size(), 1u);
  EXPECT_EQ(first->review->sources[0].url, "https://example.org/one");
  EXPECT_EQ(first->review->sources[0].title, "Example one");
  EXPECT_EQ(first->review->sources[0].stance, claimcheck::Stance::supports);
  EXPECT_EQ(first->review->note, "checked against the record");
  EXPECT_EQ(first->review->reviewer, "Pat");
  EXPECT_EQ(first->review->reviewed, "2026-01-01");

  EXPECT_FALSE(claimcheck::find_claim(after, queue_[1])->review) << "a skipped claim was saved";
  const claimcheck::Claim* third = claimcheck::find_claim(after, queue_[2]);
  ASSERT_TRUE(third && third->review) << "the verdict given before the kill was lost";
  EXPECT_EQ(third->review->verdict, claimcheck::Verdict::false_);
  EXPECT_FALSE(third->review->confidence);
  EXPECT_FALSE(claimcheck::find_claim(after, queue_[3])->review);

  // A new session starts with what is still unreviewed: the skipped claim.
  Terminal again(dir_, {"review", "a.claims.yaml", "--interactive", "--reviewer", "Pat"});
  ASSERT_TRUE(again.expect("[1/" + std::to_string(queue_.size() - 2) + "] " + queue_[1]))
      << again.transcript();
  ASSERT_TRUE(again.expect("verdict (")) << again.transcript();
  again.type("q");
  ASSERT_TRUE(again.expect("Reviewed 0 of")) << again.transcript();
  EXPECT_EQ(again.wait_for_exit(), 0);
}

TEST_F(InteractiveReviewTest, EndOfInputSavesAndExitsCleanly) {
  ASSERT_GE(queue_.size(), 1u);
  Terminal terminal(dir_, {"review", "a.claims.yaml", "--interactive", "--reviewer", "Pat"});
  ASSERT_TRUE(terminal.expect("verdict (")) << terminal.transcript();
  terminal.type("opinion");
  ASSERT_TRUE(terminal.expect("confidence")) << terminal.transcript();
  terminal.type("\x04");  // Ctrl-D at the start of a line: end of input
  ASSERT_TRUE(terminal.expect("Reviewed 1 of")) << terminal.transcript();
  EXPECT_EQ(terminal.wait_for_exit(), 0);
  EXPECT_EQ(claimcheck::find_claim(read_claims(), queue_[0])->review->verdict,
            claimcheck::Verdict::opinion);
}

}  // namespace
