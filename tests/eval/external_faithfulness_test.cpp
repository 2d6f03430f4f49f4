// Faithfulness over the third-party evaluation sets: every claim the
// extractor makes from FActScore's biographies, Factcheck-GPT's responses and
// the CheckThat! 2024 sentences uses only words of its document (plus the
// allowed function words). Skips when ../shared/data/external is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "eval/faithfulness.h"
#include "extract/extractor.h"
#include "text/source_text.h"

namespace claimcheck::eval {
namespace {

namespace fs = std::filesystem;

const fs::path kExternal = fs::path(CLAIMCHECK_SHARED_DIR) / "data/external";

// Extracts `text` as one document and returns a line per unfaithful claim.
std::vector<std::string> unfaithful_claims(const std::string& name, const std::string& text) {
  const SourceText source(name, text);
  ExtractOptions options;
  options.document_path = name;
  options.extracted_time = "2026-01-01T00:00:00Z";
  std::vector<std::string> problems;
  for (const Claim& claim : extract_claims(source, options).claims) {
    const std::vector<std::string> words = unsupported_words(claim, source.bytes());
    if (words.empty()) continue;
    std::string line = name + ": \"" + claim.text + "\" adds";
    for (const std::string& word : words) line += " " + word;
    problems.push_back(line);
  }
  return problems;
}

// Runs `field` of every JSON line of `path` through the extractor.
std::size_t check_json_lines(const fs::path& path, const std::string& field,
                             std::vector<std::string>& problems) {
  std::ifstream in(path);
  std::string line;
  std::size_t documents = 0;
  while (std::getline(in, line)) {
    const nlohmann::json record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!record.is_object() || !record.contains(field) || !record[field].is_string()) continue;
    const std::string name = path.filename().string() + "#" + std::to_string(++documents);
    for (std::string& problem : unfaithful_claims(name, record[field].get<std::string>())) {
      problems.push_back(std::move(problem));
    }
  }
  return documents;
}

void expect_faithful(const std::vector<std::string>& problems, std::size_t documents) {
  EXPECT_GT(documents, 0u);
  std::string shown;
  for (std::size_t i = 0; i < problems.size() && i < 20; ++i) shown += problems[i] + "\n";
  EXPECT_TRUE(problems.empty()) << problems.size() << " unfaithful claims, first ones:\n" << shown;
}

TEST(ExternalFaithfulness, FactScoreBiographies) {
  const fs::path dir = kExternal / "factscore-labeled/third_party/factscore/labeled_data";
  if (!fs::is_directory(dir)) GTEST_SKIP() << dir << " is absent";
  std::vector<std::string> problems;
  std::size_t documents = 0;
  for (const char* file : {"InstructGPT.jsonl", "PerplexityAI.jsonl"}) {
    documents += check_json_lines(dir / file, "output", problems);
  }
  expect_faithful(problems, documents);
}

TEST(ExternalFaithfulness, FactcheckGptResponses) {
  const fs::path file = kExternal / "factcheck-gpt/factcheck-GPT-benchmark.jsonl";
  if (!fs::exists(file)) GTEST_SKIP() << file << " is absent";
  std::vector<std::string> problems;
  const std::size_t documents = check_json_lines(file, "response", problems);
  expect_faithful(problems, documents);
}

TEST(ExternalFaithfulness, CheckThatSentences) {
  const fs::path file = kExternal / "checkthat2024-en/data/CT24_checkworthy_english_dev-test.tsv";
  if (!fs::exists(file)) GTEST_SKIP() << file << " is absent";
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);  // header
  std::vector<std::string> problems;
  std::size_t documents = 0;
  while (std::getline(in, line)) {
    // Sentence_id <TAB> Text <TAB> class_label; the text may be quoted, which
    // does not matter here: the quotes are part of the document.
    const std::size_t first = line.find('\t');
    const std::size_t last = line.rfind('\t');
    if (first == std::string::npos || last <= first) continue;
    const std::string text = line.substr(first + 1, last - first - 1);
    for (std::string& problem : unfaithful_claims("dev-test#" + std::to_string(++documents), text)) {
      problems.push_back(std::move(problem));
    }
  }
  expect_faithful(problems, documents);
}

}  // namespace
}  // namespace claimcheck::eval
