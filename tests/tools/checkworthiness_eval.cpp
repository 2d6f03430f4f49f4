// The checkworthiness_eval test: the data readers of tools/, and the quality
// of the committed model (models/checkworthiness.model, as embedded in the
// library) on data it was not trained or tuned on: the CheckThat! 2024
// English dev-test split and the Factcheck-GPT sentences. Prints a table and
// asserts floors a little below the measured figures; raise the floors when a
// new model measures better, never lower them. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <cmath>
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

// The trainer's view of a sentence (training_row: what SGD fits and how
// the trainer scores dev) and the library's scorer must give the same
// probability for the same weights, or a model would be scored with other
// features than it was trained on. Checked with the committed model and
// with small models of both normalisations.
constexpr const char* kAgreementSentences[] = {
    "In 2019, North Korean leader Kim Jong-un met with then-Iranian President Hassan Rouhani on the sidelines "
    "of the UN General Assembly.",
    "Unemployment fell to 3.9% in March, down from 4.2 percent.", "What will the council do next?",
    "I think this is a wonderful idea.", "We spent $1.5 billion -- \xE2\x80\x9Cthe most ever\xE2\x80\x9D -- on roads.",
    "", "  ", "a", "Some analysts believe that Iran's own nuclear ambitions may influence its stance."};

int expect_agreement(const CheckworthinessModel& model) {
  const std::size_t buckets = std::size_t{1} << model.bucket_bits;
  SparseRow row;
  int checked = 0;
  for (const char* sentence : kAgreementSentences) {
    training_row(sentence, model.families, model.bucket_bits, row);
    double margin = 0;
    for (std::size_t k = 0; k < row.index.size(); ++k) {
      const std::uint32_t j = row.index[k];
      const double weight = j < buckets                  ? model.weights[j] * static_cast<double>(model.scale)
                            : j < buckets + kSignalCount ? model.signal_weights[j - buckets]
                                                         : model.bias;
      margin += weight * row.value[k];
    }
    const double trainer = 1.0 / (1.0 + std::exp(-margin));
    const std::string_view text(sentence);
    EXPECT_NEAR(checkworthiness_probability(model, text, detect_signals(text)), trainer, 1e-5)
        << sentence << " (families " << model.families << ")";
    ++checked;
  }
  return checked;
}

TEST(CheckworthinessTraining, TrainerRowsAndScorerAgree) {
  EXPECT_EQ(expect_agreement(parse_checkworthiness_model(embedded::checkworthiness_model)), 9);
  for (std::uint32_t normalise : {0u, static_cast<std::uint32_t>(kNormalisePerGroup)}) {
    CheckworthinessModel model;
    model.families = (kAllFeatureFamilies & ~kNormalisePerGroup) | normalise;
    model.bucket_bits = 10;
    model.weight_bits = 8;
    model.scale = 0.05f;
    model.bias = -0.3f;
    for (int s = 0; s < kSignalCount; ++s) model.signal_weights[s] = 0.1f * static_cast<float>(s % 5) - 0.2f;
    model.weights.resize(1024);
    for (std::size_t i = 0; i < model.weights.size(); ++i) {
      model.weights[i] = static_cast<std::int16_t>(static_cast<int>(((i * 2654435761u) >> 7) % 255) - 127);
    }
    model.narrow_weights.assign(model.weights.begin(), model.weights.end());
    EXPECT_EQ(expect_agreement(model), 9);
  }
}

std::vector<double> score_all(const std::vector<Example>& examples) {
  const CheckworthinessModel model = parse_checkworthiness_model(embedded::checkworthiness_model);
  std::vector<double> scores;
  for (const Example& example : examples) {
    const double probability =
        checkworthiness_probability(model, example.text, detect_signals(example.text));
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
