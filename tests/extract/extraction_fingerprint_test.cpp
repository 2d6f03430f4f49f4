// What `extract` writes for a fixed set of documents is tied to the project
// version: when a rule or the model changes claims, scores or flags, the
// version must be raised, because the merge takes a score or flag that
// differs from what the same extractor version gives for a reviewer's hand
// edit (and would warn about every claim of every user's file).
//
// The fingerprint (tests/extract/extraction_fingerprint.txt: "VERSION SHA256")
// is the SHA-256 of the claims files extracted from the gold and held-out
// articles and the sample, without the line that names the version. After raising the version,
// refresh it with
//   CLAIMCHECK_UPDATE_FINGERPRINT=1 build/bin/claimcheck_tests --gtest_filter='ExtractionFingerprint.*'
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/file_io.h"
#include "base/sha256.h"
#include "claimcheck/version.h"
#include "claims/claims_writer.h"
#include "extract/extractor.h"
#include "text/source_text.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

const fs::path kSource = CLAIMCHECK_SOURCE_DIR;
const fs::path kFingerprintFile = kSource / "tests/extract/extraction_fingerprint.txt";

std::vector<fs::path> documents() {
  std::vector<fs::path> paths = {kSource / "claims/iran-north-korea.txt"};
  for (const char* dir : {"tests/eval/gold", "tests/eval/heldout"}) {
    for (const auto& entry : fs::directory_iterator(kSource / dir)) {
      // The articles, each beside its gold file; not the folder's README.
      const std::string extension = entry.path().extension().string();
      fs::path gold = entry.path();
      gold.replace_extension(".gold.yaml");
      if ((extension == ".txt" || extension == ".md") && fs::exists(gold)) paths.push_back(entry.path());
    }
  }
  std::sort(paths.begin() + 1, paths.end());
  return paths;
}

std::string extraction_fingerprint() {
  std::string all;
  for (const fs::path& path : documents()) {
    const std::string name = path.filename().string();
    const SourceText source(name, read_file(path.string()));
    ExtractOptions options;
    options.document_path = name;
    options.extracted_time = "2026-01-01T00:00:00Z";
    options.format = document_format_for_path(name);
    std::istringstream written(write_claims_file(extract_claims(source, options), {}));
    for (std::string line; std::getline(written, line);) {
      if (line.find("version: ") != std::string::npos && line.find(kVersion) != std::string::npos) continue;
      all += line;
      all += '\n';
    }
  }
  return sha256_hex(all);
}

TEST(ExtractionFingerprint, OutputChangesOnlyWithTheVersion) {
  const std::string fingerprint = extraction_fingerprint();
  if (const char* update = std::getenv("CLAIMCHECK_UPDATE_FINGERPRINT"); update && *update) {
    std::ofstream(kFingerprintFile) << kVersion << ' ' << fingerprint << '\n';
    GTEST_SKIP() << "wrote " << kFingerprintFile.filename();
  }
  std::string recorded_version, recorded_fingerprint;
  std::ifstream(kFingerprintFile) >> recorded_version >> recorded_fingerprint;
  ASSERT_FALSE(recorded_fingerprint.empty()) << "cannot read " << kFingerprintFile;
  const std::string refresh =
      "refresh it with CLAIMCHECK_UPDATE_FINGERPRINT=1 build/bin/claimcheck_tests "
      "--gtest_filter='ExtractionFingerprint.*'";
  if (recorded_version == kVersion) {
    EXPECT_EQ(fingerprint, recorded_fingerprint)
        << "extract's output changed under version " << kVersion
        << ": raise the version in CMakeLists.txt (see the README, Developing), then " << refresh;
  } else {
    ADD_FAILURE() << "the fingerprint was recorded for version " << recorded_version << ", this is "
                  << kVersion << ": " << refresh;
  }
}

}  // namespace
}  // namespace claimcheck
