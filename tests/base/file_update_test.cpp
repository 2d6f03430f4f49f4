#include "base/file_update.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "base/error.h"
#include "base/file_io.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

class FileUpdateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("claimcheck-update-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "a.claims.yaml").string();
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  std::string path_;
};

TEST_F(FileUpdateTest, WritesWhatModifyReturnsAndKeepsPermissions) {
  std::ofstream(path_) << "one\n";
  ::chmod(path_.c_str(), 0640);
  const std::string written =
      update_file_locked(path_, [](const std::string& text) { return text + "two\n"; });
  EXPECT_EQ(written, "one\ntwo\n");
  EXPECT_EQ(read_file(path_), "one\ntwo\n");
  struct stat info {};
  ASSERT_EQ(::stat(path_.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0640u);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1)
      << "a temporary file was left behind";
}

TEST_F(FileUpdateTest, UnchangedContentIsNotRewritten) {
  std::ofstream(path_) << "same\n";
  struct stat before {};
  ASSERT_EQ(::stat(path_.c_str(), &before), 0);
  update_file_locked(path_, [](const std::string& text) { return text; });
  struct stat after {};
  ASSERT_EQ(::stat(path_.c_str(), &after), 0);
  EXPECT_EQ(before.st_ino, after.st_ino);
}

TEST_F(FileUpdateTest, AnExceptionFromModifyLeavesTheFileAlone) {
  std::ofstream(path_) << "keep\n";
  EXPECT_THROW(update_file_locked(path_,
                                  [&](const std::string&) -> std::string {
                                    throw InputError(path_, "no such claim");
                                  }),
               InputError);
  EXPECT_EQ(read_file(path_), "keep\n");
}

TEST_F(FileUpdateTest, MissingFileIsAnInputError) {
  EXPECT_THROW(update_file_locked(path_, [](const std::string& text) { return text; }),
               InputError);
}

// An editor that saves without taking the lock, between our read and our
// write: the change is applied again on top of the editor's version.
TEST_F(FileUpdateTest, ReappliesTheChangeOnTopOfAnEditMadeMeanwhile) {
  std::ofstream(path_) << "original\n";
  int calls = 0;
  const std::string written = update_file_locked(path_, [&](const std::string& text) {
    if (++calls == 1) std::ofstream(path_) << "edited by hand\n";
    return text + "appended\n";
  });
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(written, "edited by hand\nappended\n");
  EXPECT_EQ(read_file(path_), "edited by hand\nappended\n");
}

TEST_F(FileUpdateTest, GivesUpWithoutWritingWhileTheFileKeepsChanging) {
  std::ofstream(path_) << "0\n";
  int calls = 0;
  try {
    update_file_locked(path_, [&](const std::string& text) {
      std::ofstream(path_) << "editor save " << ++calls << "\n";
      return text + "ours\n";
    });
    FAIL() << "expected InputError";
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find("changed on disk"), std::string::npos)
        << error.what();
  }
  EXPECT_EQ(read_file(path_), "editor save " + std::to_string(calls) + "\n");
}

// flock() locks belong to an open file description, so threads with their
// own descriptors exclude each other like processes do. Each update reads,
// waits, then writes; without the lock most appends would be lost.
TEST_F(FileUpdateTest, ConcurrentUpdatesAreSerialisedAndNoneIsLost) {
  std::ofstream(path_) << "";
  constexpr int kWriters = 8;
  std::vector<std::thread> writers;
  for (int i = 0; i < kWriters; ++i) {
    writers.emplace_back([this, i] {
      update_file_locked(path_, [i](const std::string& text) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        return text + "writer " + std::to_string(i) + "\n";
      });
    });
  }
  for (std::thread& writer : writers) writer.join();
  const std::string result = read_file(path_);
  for (int i = 0; i < kWriters; ++i) {
    EXPECT_NE(result.find("writer " + std::to_string(i) + "\n"), std::string::npos) << i;
  }
}

}  // namespace
}  // namespace claimcheck
