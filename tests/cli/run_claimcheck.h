// Runs the claimcheck executable for end-to-end tests. Its standard input is
// `stdin_path` when given, else /dev/null (so a command that reads standard
// input sees it empty, never the test runner's terminal).
#pragma once

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace claimcheck::testing {

inline std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// An empty directory of its own for one test: under the system's temporary
// directory, named after `purpose`, the process and the running test;
// removed with everything in it when the test ends.
class ScratchDirectory {
 public:
  explicit ScratchDirectory(const std::string& purpose) {
    const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("claimcheck-" + purpose + "-" + std::to_string(getpid()) + (test ? "-" + std::string(test->name()) : ""));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

struct RunResult {
  std::string out;
  std::string err;
  int status = -1;
};

inline RunResult run_claimcheck(const std::vector<std::string>& args,
                         const std::vector<std::string>& environment, const std::filesystem::path& cwd,
                         const std::filesystem::path& scratch,
                         const std::filesystem::path& stdin_path = {}) {
  const std::filesystem::path out_path = scratch / "stdout.capture";
  const std::filesystem::path err_path = scratch / "stderr.capture";
  const pid_t pid = fork();
  if (pid == 0) {
    if (chdir(cwd.c_str()) != 0) _exit(127);
    const int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int in = open(stdin_path.empty() ? "/dev/null" : stdin_path.c_str(), O_RDONLY);
    if (in < 0) _exit(127);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
    for (const std::string& assignment : environment) {
      const std::size_t equals = assignment.find('=');
      if (equals != std::string::npos) {
        setenv(assignment.substr(0, equals).c_str(), assignment.substr(equals + 1).c_str(), 1);
      }
    }
    std::vector<char*> argv;
    std::string exe = CLAIMCHECK_EXECUTABLE;
    argv.push_back(exe.data());
    std::vector<std::string> copies = args;
    for (std::string& arg : copies) argv.push_back(arg.data());
    argv.push_back(nullptr);
    execv(exe.c_str(), argv.data());
    _exit(127);
  }
  int wait_status = 0;
  waitpid(pid, &wait_status, 0);
  RunResult result;
  result.status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : 128 + WTERMSIG(wait_status);
  result.out = read_all(out_path);
  result.err = read_all(err_path);
  return result;
}

}  // namespace claimcheck::testing
