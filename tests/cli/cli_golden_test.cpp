// End-to-end tests of the claimcheck executable against golden files.
//
// Each directory tests/cli/cases/<name>/ is one case:
//   args      the command-line arguments, one per line (no shell involved)
//   input/    files copied into the working directory before the run
//   stdout, stderr, status   what the run must print and return
//   after/    optional: the working directory's expected contents after the
//             run. Without it the directory must be exactly input/: nothing
//             written, nothing changed, no temporary files left behind.
//   env       optional: KEY=VALUE lines set for the run (after the defaults)
//   stdin     optional: the bytes the run reads on standard input (without
//             it, standard input is /dev/null)
// The working directory sits in a scratch root that holds a copy of
// schemas/ (so generated files reference "../schemas/claims.schema.yaml")
// and SOURCE_DATE_EPOCH is pinned to 2026-01-01T00:00:00Z.
//
// To refresh the golden files after an intended change:
//   CLAIMCHECK_UPDATE_GOLDEN=1 build/bin/claimcheck_cli_tests
// then review the diff with git.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "run_claimcheck.h"

namespace {

namespace fs = std::filesystem;
using claimcheck::testing::read_all;
using claimcheck::testing::run_claimcheck;
using claimcheck::testing::RunResult;

const fs::path kCasesDir = fs::path(CLAIMCHECK_SOURCE_DIR) / "tests" / "cli" / "cases";


void write_all(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

std::vector<std::string> read_lines(const fs::path& path) {
  std::vector<std::string> lines;
  std::istringstream in(read_all(path));
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Relative path -> bytes, for every regular file under `root`.
std::map<std::string, std::string> snapshot(const fs::path& root) {
  std::map<std::string, std::string> files;
  if (!fs::exists(root)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) {
      files[fs::relative(entry.path(), root).generic_string()] = read_all(entry.path());
    }
  }
  return files;
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  if (!fs::is_directory(kCasesDir)) return names;
  for (const auto& entry : fs::directory_iterator(kCasesDir)) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class CliGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(CliGolden, MatchesGoldenFiles) {
  const fs::path case_dir = kCasesDir / GetParam();
  const bool update = std::getenv("CLAIMCHECK_UPDATE_GOLDEN") != nullptr;

  const fs::path scratch = fs::temp_directory_path() /
                           ("claimcheck-cli-" + std::to_string(getpid()) + "-" + GetParam());
  fs::remove_all(scratch);
  const fs::path work = scratch / "work";
  fs::create_directories(work);
  fs::create_directories(scratch / "schemas");
  fs::copy_file(fs::path(CLAIMCHECK_SOURCE_DIR) / "schemas" / "claims.schema.yaml",
                scratch / "schemas" / "claims.schema.yaml");
  if (fs::exists(case_dir / "input")) {
    fs::copy(case_dir / "input", work, fs::copy_options::recursive);
  }
  const auto before = snapshot(work);

  const std::vector<std::string> environment =
      fs::exists(case_dir / "env") ? read_lines(case_dir / "env") : std::vector<std::string>{};
  const fs::path stdin_path = fs::exists(case_dir / "stdin") ? case_dir / "stdin" : fs::path();
  const RunResult result =
      run_claimcheck(read_lines(case_dir / "args"), environment, work, scratch, stdin_path);
  const auto after = snapshot(work);

  if (update) {
    write_all(case_dir / "stdout", result.out);
    write_all(case_dir / "stderr", result.err);
    write_all(case_dir / "status", std::to_string(result.status) + "\n");
    fs::remove_all(case_dir / "after");
    if (after != before) {
      for (const auto& [name, bytes] : after) write_all(case_dir / "after" / name, bytes);
    }
  } else {
    EXPECT_EQ(result.status, std::stoi(read_all(case_dir / "status")));
    EXPECT_EQ(result.out, read_all(case_dir / "stdout"));
    EXPECT_EQ(result.err, read_all(case_dir / "stderr"));
    const auto expected_after =
        fs::exists(case_dir / "after") ? snapshot(case_dir / "after") : before;
    EXPECT_EQ(after.size(), expected_after.size()) << "files were added or removed";
    for (const auto& [name, bytes] : expected_after) {
      const auto found = after.find(name);
      if (found == after.end()) {
        ADD_FAILURE() << name << " is missing after the run";
      } else {
        EXPECT_EQ(found->second, bytes) << name << " differs after the run";
      }
    }
    for (const auto& [name, bytes] : after) {
      if (!expected_after.count(name)) ADD_FAILURE() << "unexpected file after the run: " << name;
    }
  }
  fs::remove_all(scratch);
}

INSTANTIATE_TEST_SUITE_P(Cases, CliGolden, ::testing::ValuesIn(case_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
