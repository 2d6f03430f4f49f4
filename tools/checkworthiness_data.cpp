#include "checkworthiness_data.h"

#include "extract/checkworthiness_features.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <stdexcept>
#include <utility>

#include <nlohmann/json.hpp>

namespace claimcheck {

namespace {

std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

std::vector<std::vector<std::string>> parse_tsv(const std::string& path, const std::string& data) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  std::size_t i = 0;
  std::size_t line = 1;
  auto end_field = [&] {
    record.push_back(std::move(field));
    field.clear();
  };
  auto end_record = [&] {
    end_field();
    records.push_back(std::move(record));
    record.clear();
  };
  while (i < data.size()) {
    // At the start of a field.
    if (data[i] == '"') {
      const std::size_t open_line = line;
      ++i;
      while (true) {
        if (i >= data.size()) {
          throw std::runtime_error(path + ":" + std::to_string(open_line) + ": unterminated quoted field");
        }
        if (data[i] == '"') {
          if (i + 1 < data.size() && data[i + 1] == '"') {
            field.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (data[i] == '\n') ++line;
        field.push_back(data[i++]);
      }
      if (i < data.size() && data[i] != '\t' && data[i] != '\n' && data[i] != '\r') {
        throw std::runtime_error(path + ":" + std::to_string(line) + ": text after a closing quote");
      }
    } else {
      while (i < data.size() && data[i] != '\t' && data[i] != '\n' && data[i] != '\r') field.push_back(data[i++]);
    }
    if (i >= data.size()) {
      end_record();
      break;
    }
    if (data[i] == '\t') {
      end_field();
      ++i;
      continue;
    }
    if (data[i] == '\r') {
      if (i + 1 >= data.size() || data[i + 1] != '\n') {
        throw std::runtime_error(path + ":" + std::to_string(line) + ": CR without LF");
      }
      ++i;
    }
    ++i;  // '\n'
    ++line;
    end_record();
  }
  return records;
}

std::vector<Example> read_checkthat(const std::string& path) {
  const auto records = parse_tsv(path, read_whole_file(path));
  if (records.empty() || records[0] != std::vector<std::string>{"Sentence_id", "Text", "class_label"}) {
    throw std::runtime_error(path + ":1: expected the header Sentence_id<TAB>Text<TAB>class_label");
  }
  std::vector<Example> examples;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const auto& record = records[r];
    if (record.size() != 3 || (record[2] != "Yes" && record[2] != "No")) {
      std::fprintf(stderr, "%s: record %zu: warning: expected 3 fields and a Yes/No label; skipped\n",
                   path.c_str(), r + 1);
      continue;
    }
    long id = 0;
    try {
      id = std::stol(record[0]);
    } catch (const std::exception&) {
      std::fprintf(stderr, "%s: record %zu: warning: Sentence_id is not a number; skipped\n", path.c_str(), r + 1);
      continue;
    }
    examples.push_back({record[1], record[2] == "Yes", id});
  }
  return examples;
}

std::vector<Example> read_factcheck_gpt(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot read");
  std::vector<Example> examples;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    try {
      const auto json = nlohmann::json::parse(line);
      examples.push_back(
          {json.at("sentence").get<std::string>(), json.at("checkworthy").get<std::string>() == "yes", 0});
    } catch (const nlohmann::json::exception& error) {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": " + error.what());
    }
  }
  return examples;
}

double round_to_hundredths(double value) { return std::round(value * 100.0) / 100.0; }

double average_precision(const std::vector<double>& scores, const std::vector<bool>& labels) {
  std::vector<std::size_t> order(scores.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  double hits = 0, sum = 0;
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    if (!labels[order[rank]]) continue;
    ++hits;
    sum += hits / static_cast<double>(rank + 1);
  }
  return hits == 0 ? 0.0 : sum / hits;
}

Metrics evaluate(const std::vector<double>& scores, const std::vector<bool>& labels, double threshold) {
  double tp = 0, fp = 0, fn = 0;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    const bool predicted = round_to_hundredths(scores[i]) >= threshold;
    if (predicted && labels[i]) ++tp;
    if (predicted && !labels[i]) ++fp;
    if (!predicted && labels[i]) ++fn;
  }
  Metrics m;
  m.threshold = threshold;
  m.precision = tp + fp == 0 ? 0 : tp / (tp + fp);
  m.recall = tp + fn == 0 ? 0 : tp / (tp + fn);
  m.f1 = m.precision + m.recall == 0 ? 0 : 2 * m.precision * m.recall / (m.precision + m.recall);
  m.ap = average_precision(scores, labels);
  return m;
}

Metrics best_threshold(const std::vector<double>& scores, const std::vector<bool>& labels) {
  Metrics best;
  best.f1 = -1;
  for (int hundredths = 1; hundredths <= 99; ++hundredths) {
    const Metrics m = evaluate(scores, labels, hundredths / 100.0);
    if (m.f1 > best.f1 + 1e-12 ||
        (std::abs(m.f1 - best.f1) <= 1e-12 && std::abs(m.threshold - 0.5) < std::abs(best.threshold - 0.5))) {
      best = m;
    }
  }
  return best;
}

std::vector<bool> labels_of(const std::vector<Example>& examples) {
  std::vector<bool> labels;
  for (const Example& example : examples) labels.push_back(example.positive);
  return labels;
}

void training_row(std::string_view text, std::uint32_t families, unsigned bucket_bits, SparseRow& row) {
  thread_local std::vector<std::uint64_t> hashes;
  thread_local std::vector<std::uint8_t> groups;
  thread_local std::vector<std::pair<std::uint32_t, float>> entries;
  row.index.clear();
  row.value.clear();
  hash_features(text, families, hashes, &groups);
  // Each feature's value: 1/sqrt(feature count), or 1/sqrt(its group's count).
  std::array<float, kFeatureGroups> values{};
  std::array<std::size_t, kFeatureGroups> counts{};
  for (std::uint8_t group : groups) ++counts[group];
  for (int group = 0; group < kFeatureGroups; ++group) {
    const std::size_t count = (families & kNormalisePerGroup) ? counts[group] : hashes.size();
    values[group] = count == 0 ? 0.0f : 1.0f / std::sqrt(static_cast<float>(count));
  }
  // One entry per bucket, its value summed over the features in it.
  entries.clear();
  for (std::size_t k = 0; k < hashes.size(); ++k) {
    entries.emplace_back(feature_bucket(hashes[k], bucket_bits), values[groups[k]]);
  }
  std::sort(entries.begin(), entries.end());
  for (std::size_t k = 0; k < entries.size(); ++k) {
    if (k > 0 && entries[k].first == entries[k - 1].first) {
      row.value.back() += entries[k].second;
    } else {
      row.index.push_back(entries[k].first);
      row.value.push_back(entries[k].second);
    }
  }
  const std::uint32_t signals_start = std::uint32_t{1} << bucket_bits;
  const Signals signals = detect_signals(text);
  for (int s = 0; s < kSignalCount; ++s) {
    if (!signals.present[s]) continue;
    row.index.push_back(signals_start + static_cast<std::uint32_t>(s));
    row.value.push_back(1.0f);
  }
  row.index.push_back(signals_start + kSignalCount);
  row.value.push_back(1.0f);
}

}  // namespace claimcheck
