// The checkworthiness_eval test: the data readers of tools/, and the quality
// of the committed model (models/checkworthiness.model, as embedded in the
// library) on data it was not trained or tuned on: the CheckThat! 2024
// English dev-test split and the Factcheck-GPT sentences. Prints a table and
// asserts floors a little below the measured figures; raise the floors when a
// new model measures better, never lower them. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include "checkworthiness_data.h"
#include "extract/checkworthiness.h"
#include "extract/checkworthiness_model.h"

namespace claimcheck {
namespace embedded {
extern const std::string_view checkworthiness_model;
}  // namespace embedded

namespace {

TEST(CheckworthinessData, ParsesQuotedFieldsAndCrlf) {
  const auto records = parse_tsv("x.tsv", "a\tb\r\n1\t\"say \"\"hi\"\"\tnow\"\r\n2\t\"two\nlines\"\tNo");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0], (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(records[1], (std::vector<std::string>{"1", "say \"hi\"\tnow"}));
  EXPECT_EQ(records[2], (std::vector<std::string>{"2", "two\nlines", "No"}));
  EXPECT_EQ(parse_tsv("x.tsv", "a\tb\n").size(), 1u);
  EXPECT_EQ(parse_tsv("x.tsv", "a\t\n")[0], (std::vector<std::string>{"a", ""}));
}

TEST(CheckworthinessData, RejectsMalformedQuoting) {
  EXPECT_THROW(parse_tsv("x.tsv", "a\t\"open\n"), std::runtime_error);
  EXPECT_THROW(parse_tsv("x.tsv", "a\t\"q\"x\n"), std::runtime_error);
  EXPECT_THROW(parse_tsv("x.tsv", "a\rb\n"), std::runtime_error);
}

TEST(CheckworthinessData, MetricsOnAHandExample) {
  // Ranked: + - + -; at threshold 0.5 two predicted positive, one right.
  const std::vector<double> scores = {0.9, 0.8, 0.3, 0.1};
  const std::vector<bool> labels = {true, false, true, false};
  const Metrics m = evaluate(scores, labels, 0.5);
  EXPECT_DOUBLE_EQ(m.precision, 0.5);
  EXPECT_DOUBLE_EQ(m.recall, 0.5);
  EXPECT_DOUBLE_EQ(m.f1, 0.5);
  EXPECT_DOUBLE_EQ(m.ap, (1.0 + 2.0 / 3.0) / 2.0);
}

std::vector<double> score_all(const std::vector<Example>& examples) {
  const CheckworthinessModel model = parse_checkworthiness_model(embedded::checkworthiness_model);
  FeatureScratch scratch;
  std::vector<double> scores;
  for (const Example& example : examples) {
    const double probability =
        checkworthiness_probability(model, example.text, detect_signals(example.text), scratch);
    scores.push_back(probability);
    // The library's public answer is this probability, rounded.
    EXPECT_EQ(score_checkworthiness(example.text).score, round_to_hundredths(probability));
  }
  return scores;
}

TEST(CheckworthinessEval, CommittedModelOnHeldOutData) {
  const std::filesystem::path external = std::filesystem::path(CLAIMCHECK_SHARED_DIR) / "data" / "external";
  const auto devtest_path = external / "checkthat2024-en" / "data" / "CT24_checkworthy_english_dev-test.tsv";
  const auto gpt_path = external / "factcheck-gpt" / "subtasks" / "subtask1_sentence_checkworthiness.jsonl";
  if (!std::filesystem::exists(devtest_path) || !std::filesystem::exists(gpt_path)) {
    GTEST_SKIP() << "no " << external << " (third-party evaluation data)";
  }
  const auto devtest = read_checkthat(devtest_path.string());
  const auto gpt = read_factcheck_gpt(gpt_path.string());
  const double threshold = checkworthiness_threshold();
  const Metrics d = evaluate(score_all(devtest), labels_of(devtest), threshold);
  const Metrics g = evaluate(score_all(gpt), labels_of(gpt), threshold);
  const std::size_t model_bytes = embedded::checkworthiness_model.size();

  std::printf("%-24s %6s %6s %6s %6s %9s %11s\n", "data set", "P", "R", "F1", "AP", "threshold", "model bytes");
  std::printf("%-24s %6.3f %6.3f %6.3f %6.3f %9.2f %11zu\n", "CheckThat24 dev-test", d.precision, d.recall, d.f1,
              d.ap, threshold, model_bytes);
  std::printf("%-24s %6.3f %6.3f %6.3f %6.3f %9.2f %11zu\n", "Factcheck-GPT sentences", g.precision, g.recall,
              g.f1, g.ap, threshold, model_bytes);

  // Floors: a little below what the committed model measured.
  EXPECT_GE(d.f1, 0.77);
  EXPECT_GE(d.ap, 0.88);
  EXPECT_GE(g.recall, 0.60);
  EXPECT_LE(model_bytes, 1024u * 1024u);
}

}  // namespace
}  // namespace claimcheck
