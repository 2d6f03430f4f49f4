// Reading the check-worthiness data sets and scoring a classifier on them;
// shared by tools/train_checkworthiness.cpp and the checkworthiness_eval test.
//
// Data (third-party, under ../shared/data/external, never copied here):
//   checkthat2024-en/data/CT24_checkworthy_english_{train,dev,dev-test}.tsv
//     CLEF-2024 CheckThat! Task 1 English: Sentence_id<TAB>Text<TAB>class_label
//     (Yes/No). Some texts are quoted; dev files have CRLF line ends and no
//     final line break.
//   factcheck-gpt/subtasks/subtask1_sentence_checkworthiness.jsonl
//     {"sentence", "checkworthy"}; "yes" is positive.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct Example {
  std::string text;
  bool positive = false;
  // The CheckThat! Sentence_id (ids rise through the debates, in time
  // order); 0 for the Factcheck-GPT sentences.
  long id = 0;
};

// Parses tab-separated text. Fields may be quoted with '"' (a doubled ""
// inside is one quote; a quoted field may hold tabs and line breaks); records
// end with LF or CRLF, the last possibly with neither. Throws
// std::runtime_error("path:line: message") on an unterminated quote, text
// after a closing quote, or a CR without LF.
std::vector<std::vector<std::string>> parse_tsv(const std::string& path, const std::string& data);

// Reads a CheckThat! 2024 split. Records that do not have three fields and
// a Yes/No label are skipped with a warning on stderr (the train split has
// one: two records that lost the line break between them).
std::vector<Example> read_checkthat(const std::string& path);

// Reads the Factcheck-GPT sentence check-worthiness subtask.
std::vector<Example> read_factcheck_gpt(const std::string& path);

struct Metrics {
  double precision = 0, recall = 0, f1 = 0, ap = 0, threshold = 0;
};

double round_to_hundredths(double value);

// Average precision of the positive class: the mean, over the positives, of
// the precision at each positive's rank (scores sorted descending; ties
// broken by input order, so it is deterministic).
double average_precision(const std::vector<double>& scores, const std::vector<bool>& labels);

// Precision, recall and F1 of the positive class for the decision
// round_to_hundredths(score) >= threshold (what the library decides), plus AP.
Metrics evaluate(const std::vector<double>& scores, const std::vector<bool>& labels, double threshold);

// The threshold in 0.01..0.99 that maximises F1; ties go to the threshold
// closest to 0.5.
Metrics best_threshold(const std::vector<double>& scores, const std::vector<bool>& labels);

std::vector<bool> labels_of(const std::vector<Example>& examples);

// One sentence as the trainer sees it: sparse (index, value) pairs over
// 2^bucket_bits hashed buckets (value: the number of the sentence's features
// in the bucket / sqrt(feature count), buckets ascending), then one weight
// per present signal (index 2^bucket_bits + signal, value 1), then the bias
// (index 2^bucket_bits + kSignalCount, value 1). Built from the library's
// hash_features and detect_signals, the code the scorer runs.
struct SparseRow {
  std::vector<std::uint32_t> index;
  std::vector<float> value;
};
void training_row(std::string_view text, std::uint32_t families, unsigned bucket_bits, SparseRow& row);

}  // namespace claimcheck
