#include "base/file_io.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <thread>
#include <fstream>

#include "base/error.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

class FileIoTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("claimcheck-io-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(FileIoTest, WriteThenReadRoundTripsBytes) {
  const std::string path = (dir_ / "a.yaml").string();
  const std::string bytes("x\0y\r\n\xC3\xA9", 7);
  write_file_atomically(path, bytes);
  EXPECT_EQ(read_file(path), bytes);
}

TEST_F(FileIoTest, ReplacingKeepsPermissionsAndLeavesNoTemporaryFiles) {
  const std::string path = (dir_ / "a.yaml").string();
  std::ofstream(path) << "old";
  ::chmod(path.c_str(), 0600);
  write_file_atomically(path, "new");
  EXPECT_EQ(read_file(path), "new");
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(FileIoTest, WritesIntoAPipeInsteadOfReplacingIt) {
  const fs::path fifo = dir_ / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] { received = read_file(fifo.string()); });
  write_file_atomically(fifo.string(), "through the pipe");
  reader.join();
  EXPECT_EQ(received, "through the pipe");
  EXPECT_TRUE(fs::is_fifo(fifo)) << "the pipe was replaced by a regular file";
}

TEST_F(FileIoTest, FailedWriteNamesThePathAndLeavesTargetUntouched) {
  const std::string path = (dir_ / "missing-dir" / "a.yaml").string();
  try {
    write_file_atomically(path, "x");
    FAIL() << "expected InputError";
  } catch (const InputError& error) {
    EXPECT_EQ(error.diagnostics().front().path, path);
    EXPECT_NE(error.diagnostics().front().message.find("cannot write"), std::string::npos);
  }
  EXPECT_FALSE(fs::exists(path));
}

TEST_F(FileIoTest, UnreadableFileIsAnInputErrorNamingTheReason) {
  if (::geteuid() == 0) GTEST_SKIP() << "root can read files without read permission";
  const std::string path = (dir_ / "secret.txt").string();
  std::ofstream(path) << "text";
  ::chmod(path.c_str(), 0);
  try {
    read_file(path);
    FAIL() << "expected InputError";
  } catch (const InputError& error) {
    EXPECT_EQ(error.diagnostics().front().path, path);
    EXPECT_NE(error.diagnostics().front().message.find("Permission denied"), std::string::npos);
  }
}

TEST_F(FileIoTest, ReadingMissingFileOrDirectoryIsAnInputError) {
  EXPECT_THROW(read_file((dir_ / "nope.txt").string()), InputError);
  try {
    read_file(dir_.string());
    FAIL();
  } catch (const InputError& error) {
    EXPECT_NE(error.diagnostics().front().message.find("is a directory"), std::string::npos);
  }
}

}  // namespace
}  // namespace claimcheck
