// The extractor against third-party human annotations (reports, never
// gates). Reads the sets from SHARED_DIR/data/external (default: the
// `../shared` directory beside the source tree) and prints a table; a set
// whose files are absent is skipped with a note.
//
// Usage: external_eval [SHARED_DIR]
//
// FActScore (Min et al. 2023), labeled_data/{InstructGPT,PerplexityAI}.jsonl:
//   each biography (`output`) is extracted as one plain-text document; for
//   each annotated sentence, the claims from that sentence (found as
//   claims_from_sentence() finds them for gold files) are paired with the
//   sentence's human atomic facts by pair_claims(), F1 >= 0.75. Recall is
//   over all human facts (labels S, NS and IR alike: they are all atomic
//   facts of the sentence; whether they are true is another question).
//   All extracted claims count, check-worthy or not. Also the mean number of
//   extracted claims and of human facts per annotated sentence.
// Factcheck-GPT (Wang et al. 2023), factcheck-GPT-benchmark.jsonl: each
//   `response` is extracted as one document; per sentence, recall of the
//   human `claims` as above, and the content-word F1 between the human
//   `decontext` sentence and the claims from the sentence taken together
//   (each content word counted as often as the claim using it most, so a
//   subject repeated in every atomic claim counts once), averaged over the
//   sentences. subtasks/subtask1_sentence_checkworthiness.jsonl: each
//   sentence is extracted on its own; it is predicted check-worthy when any
//   claim from it is; recall over checkworthy == "yes", and the share of the
//   other sentences (opinion, not_a_claim, other) predicted not check-worthy.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "eval/content_words.h"
#include "eval/evaluation.h"
#include "eval/matching.h"
#include "extract/extractor.h"
#include "text/source_text.h"

namespace {

namespace fs = std::filesystem;
using namespace claimcheck;
using namespace claimcheck::eval;

struct Row {
  std::string set;
  std::string figure;
  std::string value;
};

std::string ratio(std::size_t hits, std::size_t total) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%zu/%zu %.1f%%", hits, total,
                total ? 100.0 * hits / total : 0.0);
  return buffer;
}

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

// Each line of a JSON Lines file, parsed; unparseable lines are counted.
std::vector<nlohmann::json> read_json_lines(const fs::path& path, std::size_t& bad) {
  std::vector<nlohmann::json> records;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      records.push_back(nlohmann::json::parse(line));
    } catch (const nlohmann::json::exception&) {
      ++bad;
    }
  }
  return records;
}

struct Extraction {
  std::unique_ptr<SourceText> source;
  ClaimsFile claims;
  Segmentation segmentation;
};

Extraction extract(const std::string& name, const std::string& text) {
  Extraction e;
  e.source = std::make_unique<SourceText>(name, text);
  ExtractOptions options;
  options.document_path = name;
  e.claims = extract_claims(*e.source, options);
  e.segmentation = segment_document(*e.source, DocumentFormat::text);
  return e;
}

std::vector<ContentWords> words_of(const std::vector<std::string>& texts) {
  std::vector<ContentWords> words;
  for (const std::string& text : texts) words.push_back(content_words(text));
  return words;
}

std::size_t matched(const std::vector<std::string>& gold, const std::vector<std::string>& ours) {
  std::size_t n = 0;
  for (const ClaimPair& pair : pair_claims(words_of(gold), words_of(ours))) n += pair.matched;
  return n;
}

std::vector<std::string> claim_texts(const Extraction& e, const std::string& sentence) {
  std::vector<std::string> texts;
  for (const std::size_t c : claims_from_sentence(sentence, e.segmentation, e.claims)) {
    texts.push_back(e.claims.claims[c].text);
  }
  return texts;
}

void factscore(const fs::path& dir, std::vector<Row>& rows) {
  for (const char* model : {"InstructGPT", "PerplexityAI"}) {
    const fs::path path = dir / (std::string(model) + ".jsonl");
    const std::string set = std::string("FActScore ") + model;
    if (!fs::exists(path)) {
      rows.push_back({set, "skipped", "absent: " + path.filename().string()});
      continue;
    }
    std::size_t bad = 0, sentences = 0, unlocated = 0, facts = 0, hits = 0, ours = 0;
    std::size_t supported_facts = 0, supported_hits = 0;
    for (const nlohmann::json& record : read_json_lines(path, bad)) {
      if (!record.contains("annotations") || !record["annotations"].is_array()) continue;
      const Extraction e = extract(record.value("topic", "biography"), record.value("output", ""));
      for (const nlohmann::json& annotation : record["annotations"]) {
        const auto human = annotation.find("human-atomic-facts");
        if (human == annotation.end() || !human->is_array()) continue;
        const std::string sentence = annotation.value("text", "");
        std::vector<std::string> gold, gold_sns;
        for (const nlohmann::json& fact : *human) {
          gold.push_back(fact.value("text", ""));
          if (fact.value("label", "") != "IR") gold_sns.push_back(gold.back());
        }
        const std::vector<std::string> claims = claim_texts(e, sentence);
        ++sentences;
        if (claims.empty()) ++unlocated;
        facts += gold.size();
        ours += claims.size();
        hits += matched(gold, claims);
        supported_facts += gold_sns.size();
        supported_hits += matched(gold_sns, claims);
      }
    }
    rows.push_back({set, "human facts recalled (S+NS+IR)", ratio(hits, facts)});
    rows.push_back({set, "human facts recalled (S+NS)", ratio(supported_hits, supported_facts)});
    rows.push_back({set, "human facts per sentence", number(sentences ? double(facts) / sentences : 0)});
    rows.push_back({set, "extracted claims per sentence", number(sentences ? double(ours) / sentences : 0)});
    rows.push_back({set, "sentences without a claim", ratio(unlocated, sentences)});
    if (bad) rows.push_back({set, "unreadable lines", std::to_string(bad)});
  }
}

// Content words of several claims together: each word as often as the claim
// using it most.
ContentWords merged_words(const std::vector<std::string>& claims) {
  ContentWords merged;
  for (const std::string& claim : claims) {
    for (const auto& [word, count] : content_words(claim)) {
      merged[word] = std::max(merged[word], count);
    }
  }
  return merged;
}

void factcheck_gpt(const fs::path& dir, std::vector<Row>& rows) {
  const std::string set = "Factcheck-GPT";
  const fs::path benchmark = dir / "factcheck-GPT-benchmark.jsonl";
  if (!fs::exists(benchmark)) {
    rows.push_back({set, "skipped", "absent: " + benchmark.filename().string()});
  } else {
    std::size_t bad = 0, sentences = 0, claims_total = 0, hits = 0, ours = 0;
    double f1_sum = 0.0;
    for (const nlohmann::json& record : read_json_lines(benchmark, bad)) {
      const Extraction e = extract("response", record.value("response", ""));
      if (!record.contains("sentences") || !record["sentences"].is_object()) continue;
      // "sentence1", "sentence2", ...: the order does not change the sums.
      for (const auto& [key, sentence] : record["sentences"].items()) {
        std::vector<std::string> human;
        for (const nlohmann::json& claim : sentence.value("claims", nlohmann::json::array())) {
          if (claim.is_string()) human.push_back(claim.get<std::string>());
        }
        const std::vector<std::string> claims = claim_texts(e, sentence.value("text", ""));
        ++sentences;
        claims_total += human.size();
        ours += claims.size();
        hits += matched(human, claims);
        f1_sum += content_word_f1(content_words(sentence.value("decontext", "")),
                                  merged_words(claims));
      }
    }
    rows.push_back({set, "human claims recalled", ratio(hits, claims_total)});
    rows.push_back({set, "human claims per sentence", number(sentences ? double(claims_total) / sentences : 0)});
    rows.push_back({set, "extracted claims per sentence", number(sentences ? double(ours) / sentences : 0)});
    rows.push_back({set, "mean F1 vs decontext", number(sentences ? f1_sum / sentences : 0)});
    if (bad) rows.push_back({set, "unreadable lines", std::to_string(bad)});
  }
  const fs::path subtask = dir / "subtasks/subtask1_sentence_checkworthiness.jsonl";
  if (!fs::exists(subtask)) {
    rows.push_back({set, "skipped", "absent: " + subtask.filename().string()});
    return;
  }
  std::size_t bad = 0, positives = 0, found = 0, negatives = 0, rejected = 0;
  for (const nlohmann::json& record : read_json_lines(subtask, bad)) {
    const Extraction e = extract("sentence", record.value("sentence", ""));
    const bool predicted = std::any_of(e.claims.claims.begin(), e.claims.claims.end(),
                                       [](const Claim& c) { return c.checkworthy; });
    if (record.value("checkworthy", "") == "yes") {
      ++positives;
      found += predicted;
    } else {
      ++negatives;
      rejected += !predicted;
    }
  }
  rows.push_back({set, "check-worthy sentences found (yes)", ratio(found, positives)});
  rows.push_back({set, "other sentences not check-worthy", ratio(rejected, negatives)});
  if (bad) rows.push_back({set, "unreadable lines", std::to_string(bad)});
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path shared = argc > 1 ? fs::path(argv[1]) : fs::path(CLAIMCHECK_SHARED_DIR);
  const fs::path external = shared / "data/external";
  std::vector<Row> rows;
  try {
    factscore(external / "factscore-labeled/third_party/factscore/labeled_data", rows);
    factcheck_gpt(external / "factcheck-gpt", rows);
  } catch (const std::exception& error) {
    std::cerr << "external_eval: " << error.what() << '\n';
    return 2;
  }
  std::size_t widths[2] = {3, 6};
  for (const Row& row : rows) {
    widths[0] = std::max(widths[0], row.set.size());
    widths[1] = std::max(widths[1], row.figure.size());
  }
  for (const Row& row : rows) {
    std::cout << row.set << std::string(widths[0] - row.set.size() + 2, ' ') << row.figure
              << std::string(widths[1] - row.figure.size() + 2, ' ') << row.value << '\n';
  }
  return 0;
}
