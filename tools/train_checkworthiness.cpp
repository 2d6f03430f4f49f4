// Trains the check-worthiness model (models/checkworthiness.model).
//
// Logistic regression over the dense surface signals and the hashed sparse
// features of lib/extract/checkworthiness_features.h, trained with averaged
// SGD (constant step, lazy L2 decay and lazy averaging, fixed seed, so the
// same data gives the same model byte for byte) on the CLEF-2024 CheckThat!
// Task 1 English train split. Hyper-parameters (bucket count, positive-class
// weight, epochs, weight quantisation) and the decision threshold are chosen
// on the dev split only (the threshold on the dev scores of the train-only
// model), and the shipped model is that configuration refitted on train +
// dev; dev-test and the Factcheck-GPT sentences are reported, never used for
// a choice.
//
// Build and run (from the repository root):
//   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMCHECK_BUILD_TOOLS=ON
//   cmake --build build --target train_checkworthiness
//   build/bin/train_checkworthiness --data ../shared/data/external --out models/checkworthiness.model
// Options: --quick trains one configuration of the grid, for a fast check.
// --experiment --config SPEC... reports, for each configuration (see
// parse_config), dev figures and blocked cross-validation figures over
// train + dev at each epoch checkpoint, and writes nothing; --select cv
// selects the configuration and threshold by that cross-validation instead
// of dev. Neither reads dev-test or Factcheck-GPT.
#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>


#include "extract/checkworthiness_features.h"
#include "extract/checkworthiness_model.h"
#include "checkworthiness_data.h"

namespace claimcheck {
namespace {

// --- Features ---------------------------------------------------------------

// Sparse rows: weight index and value. Hashed buckets come first, then one
// weight per signal, then the bias.
struct Matrix {
  std::vector<std::size_t> row_start;
  std::vector<std::uint32_t> index;
  std::vector<float> value;
  std::vector<bool> label;
  std::size_t size() const { return label.size(); }
};

Matrix featurize(const std::vector<Example>& examples, std::uint32_t families, unsigned bits) {
  Matrix matrix;
  SparseRow row;
  matrix.row_start.push_back(0);
  for (const Example& example : examples) {
    training_row(example.text, families, bits, row);
    matrix.index.insert(matrix.index.end(), row.index.begin(), row.index.end());
    matrix.value.insert(matrix.value.end(), row.value.begin(), row.value.end());
    matrix.row_start.push_back(matrix.index.size());
    matrix.label.push_back(example.positive);
  }
  return matrix;
}

// --- Averaged SGD ---------------------------------------------------------
// Step t (1-based) updates w <- w * (1 - eta * lambda) - eta * gradient and
// adds the new w to a running sum; the model is the average of w over all
// steps. Weights a step does not touch only decay, so each weight is brought
// up to date lazily, in closed form, when a step touches it.

// The loss SGD minimises: logistic (log loss), or modified Huber (a
// quadratically smoothed hinge, Zhang 2004), which ignores examples beyond
// the margin. Either way the file holds a linear model whose score is
// sigmoid(margin).
enum class Loss { kLogistic, kModifiedHuber };

class AveragedSgd {
 public:
  AveragedSgd(std::size_t dimension, std::size_t regularised, double eta, double lambda, double positive_weight,
              Loss loss)
      : w_(dimension, 0.0), sum_(dimension, 0.0), last_(dimension, 0), regularised_(regularised),
        positive_weight_(positive_weight), loss_(loss), eta_(eta),
        decay_(1.0 - eta * lambda), log_decay_(std::log(1.0 - eta * lambda)) {}

  void step(const Matrix& m, std::size_t row) {
    ++t_;
    double margin = 0.0;
    for (std::size_t k = m.row_start[row]; k < m.row_start[row + 1]; ++k) {
      catch_up(m.index[k], t_ - 1);
      margin += w_[m.index[k]] * m.value[k];
    }
    // d loss / d margin; positives weigh positive_weight times a negative.
    double gradient;
    if (loss_ == Loss::kLogistic) {
      const double p = 1.0 / (1.0 + std::exp(-margin));
      gradient = m.label[row] ? positive_weight_ * (p - 1.0) : p;
    } else {
      const double y = m.label[row] ? 1.0 : -1.0;
      const double z = y * margin;
      gradient = z >= 1.0 ? 0.0 : z >= -1.0 ? -2.0 * (1.0 - z) * y : -4.0 * y;
      if (m.label[row]) gradient *= positive_weight_;
    }
    // A row holds each index once (featurize merges duplicates).
    for (std::size_t k = m.row_start[row]; k < m.row_start[row + 1]; ++k) {
      const std::uint32_t j = m.index[k];
      w_[j] = (j < regularised_ ? w_[j] * decay_ : w_[j]) - eta_ * gradient * m.value[k];
      sum_[j] += w_[j];
      last_[j] = t_;
    }
  }

  // The averaged weights after the steps so far.
  std::vector<double> average() {
    std::vector<double> result(w_.size());
    for (std::size_t j = 0; j < w_.size(); ++j) {
      catch_up(j, t_);
      result[j] = t_ == 0 ? 0.0 : sum_[j] / static_cast<double>(t_);
    }
    return result;
  }

 private:
  void catch_up(std::size_t j, std::uint64_t until) {
    const std::uint64_t gap = until - last_[j];
    if (gap == 0) return;
    if (j >= regularised_ || decay_ == 1.0) {
      sum_[j] += w_[j] * static_cast<double>(gap);
    } else if (w_[j] != 0.0) {
      // The weights after each of the gap steps: w d, w d^2, ..., w d^gap.
      const double power = std::exp(log_decay_ * static_cast<double>(gap));
      sum_[j] += w_[j] * decay_ * (1.0 - power) / (1.0 - decay_);
      w_[j] *= power;
    }
    last_[j] = until;
  }

  std::vector<double> w_, sum_;
  std::vector<std::uint64_t> last_;
  std::size_t regularised_;
  double positive_weight_;
  Loss loss_;
  std::uint64_t t_ = 0;
  double eta_, decay_, log_decay_;
};

double margin_of(const std::vector<double>& w, const Matrix& m, std::size_t row) {
  double margin = 0;
  for (std::size_t k = m.row_start[row]; k < m.row_start[row + 1]; ++k) margin += w[m.index[k]] * m.value[k];
  return margin;
}

// Fisher-Yates with mt19937_64 (whose output the standard fixes), so the
// order is the same with every standard library.
void shuffle(std::vector<std::size_t>& order, std::mt19937_64& random) {
  for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random() % i]);
}

// One configuration of the model and its training.
struct Config {
  std::string name;
  std::uint32_t families = 0;
  unsigned bits = 18;
  double lambda = 1e-6, eta = 0.5, positive_weight = 1;
  Loss loss = Loss::kLogistic;
  int seeds = 1;  // > 1: the average of the weights of that many runs, each with its own shuffling seed
};

std::string describe(const Config& config) {
  char text[240];
  std::snprintf(text, sizeof text, "%-16s bits=%u lambda=%.0e eta=%.2f pw=%.1f loss=%s seeds=%d",
                config.name.c_str(), config.bits, config.lambda, config.eta, config.positive_weight,
                config.loss == Loss::kLogistic ? "log" : "mhuber", config.seeds);
  return text;
}

void print_metrics(const char* split, const Metrics& m) {
  std::printf("  %-22s P %.3f  R %.3f  F1 %.3f  AP %.3f  (threshold %.2f)\n", split, m.precision, m.recall, m.f1,
              m.ap, m.threshold);
}

constexpr std::uint64_t kSeed = 20240101;
constexpr std::array<int, 4> kEpochCheckpoints = {8, 12, 16, 24};

// Trains on the given rows of `m` (all rows when `rows` is empty) and hands
// the averaged weights at each epoch of `checkpoints` (ascending) to
// at_checkpoint(epoch index, weights). With config.seeds > 1, each
// checkpoint's weights are the mean over the seeds' runs.
template <typename AtCheckpoint>
void train(const Matrix& m, std::vector<std::size_t> rows, const Config& config, const std::vector<int>& checkpoints,
           AtCheckpoint&& at_checkpoint) {
  const std::size_t buckets = std::size_t{1} << config.bits;
  if (rows.empty()) {
    rows.resize(m.size());
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = i;
  }
  std::vector<std::vector<double>> sums(checkpoints.size());
  for (int seed = 0; seed < config.seeds; ++seed) {
    AveragedSgd sgd(buckets + kSignalCount + 1, buckets + kSignalCount, config.eta, config.lambda,
                    config.positive_weight, config.loss);
    std::mt19937_64 random(kSeed + static_cast<std::uint64_t>(seed));
    std::vector<std::size_t> order = rows;
    std::size_t next = 0;
    for (int epoch = 1; epoch <= checkpoints.back(); ++epoch) {
      shuffle(order, random);
      for (std::size_t row : order) sgd.step(m, row);
      if (epoch != checkpoints[next]) continue;
      std::vector<double> w = sgd.average();
      if (sums[next].empty()) {
        sums[next] = std::move(w);
      } else {
        for (std::size_t j = 0; j < w.size(); ++j) sums[next][j] += w[j];
      }
      ++next;
    }
  }
  for (std::size_t c = 0; c < checkpoints.size(); ++c) {
    for (double& weight : sums[c]) weight /= config.seeds;
    at_checkpoint(c, sums[c]);
  }
}

std::vector<double> train_for(const Matrix& m, const Config& config, int epochs) {
  std::vector<double> kept;
  train(m, {}, config, {epochs}, [&](std::size_t, std::vector<double>& w) { kept = std::move(w); });
  return kept;
}

CheckworthinessModel quantise(const std::vector<double>& w, std::uint32_t families, unsigned bits,
                              unsigned weight_bits) {
  const std::size_t buckets = std::size_t{1} << bits;
  CheckworthinessModel model;
  model.families = families;
  model.bucket_bits = bits;
  model.weight_bits = weight_bits;
  double largest = 0;
  for (std::size_t j = 0; j < buckets; ++j) largest = std::max(largest, std::abs(w[j]));
  const int levels = weight_bits == 8 ? 127 : 32767;
  model.scale = static_cast<float>(largest > 0 ? largest / levels : 1.0);
  model.weights.resize(buckets);
  for (std::size_t j = 0; j < buckets; ++j) {
    model.weights[j] = static_cast<std::int16_t>(std::lround(w[j] / model.scale));
  }
  for (int s = 0; s < kSignalCount; ++s) model.signal_weights[s] = static_cast<float>(w[buckets + s]);
  model.bias = static_cast<float>(w[buckets + kSignalCount]);
  return model;
}

// Scores through the library's own scoring function: what is reported is
// what the shipped model does.
std::vector<double> score_with(const CheckworthinessModel& model, const std::vector<Example>& examples) {
  std::vector<double> scores;
  for (const Example& example : examples) {
    scores.push_back(checkworthiness_probability(model, example.text, detect_signals(example.text)));
  }
  return scores;
}

// The figures of one configuration at one epoch count.
struct Evaluation {
  Config config;
  int epochs = 0;
  Metrics dev;  // the train-only model on dev, at its F1-maximising dev threshold
  Metrics cv;   // blocked cross-validation: pooled out-of-fold scores, at their F1-maximising threshold
};

// The selection rule, on dev (the shipped procedure) or on blocked
// cross-validation (--select cv): the higher F1 at its own F1-maximising
// threshold; within 0.002 (two or three sentences of dev), the higher AP;
// then the earlier evaluation (grid order, fewer epochs).
bool better(const Metrics& a, const Metrics& b) {
  return a.f1 > b.f1 + 2e-3 || (std::abs(a.f1 - b.f1) <= 2e-3 && a.ap > b.ap + 1e-4);
}

// Parses "key=value,key=value" into a configuration: name, families
// (words, chars, shapes joined by '+', and "pergroup"), bits, lambda, eta, pw,
// loss (log, mhuber), seeds.
Config parse_config(const std::string& spec) {
  Config config;
  config.families = kAllFeatureFamilies;
  config.name = spec;
  std::size_t at = 0;
  while (at < spec.size()) {
    std::size_t comma = spec.find(',', at);
    if (comma == std::string::npos) comma = spec.size();
    const std::string item = spec.substr(at, comma - at);
    at = comma + 1;
    const std::size_t equals = item.find('=');
    if (equals == std::string::npos) throw std::invalid_argument("config item without '=': " + item);
    const std::string key = item.substr(0, equals), value = item.substr(equals + 1);
    if (key == "name") {
      config.name = value;
    } else if (key == "families") {
      config.families = 0;
      std::size_t from = 0;
      while (from <= value.size()) {
        std::size_t plus = value.find('+', from);
        if (plus == std::string::npos) plus = value.size();
        const std::string family = value.substr(from, plus - from);
        from = plus + 1;
        if (family == "words") config.families |= kWordUnigrams | kWordBigrams | kWordTrigrams;
        else if (family == "w1") config.families |= kWordUnigrams;
        else if (family == "w2") config.families |= kWordBigrams;
        else if (family == "w3") config.families |= kWordTrigrams;
        else if (family == "chars") config.families |= kChar3Grams | kChar4Grams | kChar5Grams;
        else if (family == "c3") config.families |= kChar3Grams;
        else if (family == "c4") config.families |= kChar4Grams;
        else if (family == "c5") config.families |= kChar5Grams;
        else if (family == "shapes") config.families |= kShapes;
        else if (family == "pergroup") config.families |= kNormalisePerGroup;
        else throw std::invalid_argument("unknown family " + family);
      }
    } else if (key == "bits") {
      config.bits = static_cast<unsigned>(std::stoul(value));
    } else if (key == "lambda") {
      config.lambda = std::stod(value);
    } else if (key == "eta") {
      config.eta = std::stod(value);
    } else if (key == "pw") {
      config.positive_weight = std::stod(value);
    } else if (key == "loss") {
      if (value != "log" && value != "mhuber") throw std::invalid_argument("unknown loss " + value);
      config.loss = value == "log" ? Loss::kLogistic : Loss::kModifiedHuber;
    } else if (key == "seeds") {
      config.seeds = std::stoi(value);
    } else {
      throw std::invalid_argument("unknown config key " + key);
    }
  }
  return config;
}

// Evaluates a configuration at each epoch checkpoint: the train-only model
// on dev, and blocked `folds`-fold cross-validation over train + dev (the
// pooled sentences in Sentence_id order cut into `folds` contiguous blocks,
// so that a debate's sentences mostly stay in one block and each block is
// scored by a model that has not seen its debates).
std::vector<Evaluation> evaluate_config(const Config& config, const std::vector<Example>& pooled,
                                        std::size_t train_count, int folds) {
  const Matrix m = featurize(pooled, config.families, config.bits);
  const std::vector<int> checkpoints(kEpochCheckpoints.begin(), kEpochCheckpoints.end());
  std::vector<Evaluation> results(checkpoints.size());
  for (std::size_t c = 0; c < checkpoints.size(); ++c) {
    results[c].config = config;
    results[c].epochs = checkpoints[c];
  }
  // Train-only model on dev (rows train_count.. of `pooled` before sorting).
  std::vector<std::size_t> train_rows, dev_rows;
  for (std::size_t i = 0; i < pooled.size(); ++i) (i < train_count ? train_rows : dev_rows).push_back(i);
  std::vector<bool> dev_labels;
  for (std::size_t i : dev_rows) dev_labels.push_back(m.label[i]);
  train(m, train_rows, config, checkpoints, [&](std::size_t c, const std::vector<double>& w) {
    std::vector<double> scores;
    for (std::size_t i : dev_rows) scores.push_back(1.0 / (1.0 + std::exp(-margin_of(w, m, i))));
    results[c].dev = best_threshold(scores, dev_labels);
  });
  if (folds > 1) {
    std::vector<std::size_t> by_id(pooled.size());
    for (std::size_t i = 0; i < by_id.size(); ++i) by_id[i] = i;
    std::stable_sort(by_id.begin(), by_id.end(), [&](std::size_t a, std::size_t b) { return pooled[a].id < pooled[b].id; });
    std::vector<std::vector<double>> out_of_fold(checkpoints.size(), std::vector<double>(pooled.size()));
    for (int fold = 0; fold < folds; ++fold) {
      const std::size_t begin = by_id.size() * fold / folds, end = by_id.size() * (fold + 1) / folds;
      std::vector<std::size_t> fit_rows(by_id.begin(), by_id.begin() + begin);
      fit_rows.insert(fit_rows.end(), by_id.begin() + end, by_id.end());
      std::sort(fit_rows.begin(), fit_rows.end());
      train(m, fit_rows, config, checkpoints, [&](std::size_t c, const std::vector<double>& w) {
        for (std::size_t k = begin; k < end; ++k) {
          out_of_fold[c][by_id[k]] = 1.0 / (1.0 + std::exp(-margin_of(w, m, by_id[k])));
        }
      });
    }
    for (std::size_t c = 0; c < checkpoints.size(); ++c) results[c].cv = best_threshold(out_of_fold[c], m.label);
  }
  for (const Evaluation& e : results) {
    std::printf("%s epochs=%2d  dev F1 %.4f AP %.4f t %.2f", describe(config).c_str(), e.epochs, e.dev.f1, e.dev.ap,
                e.dev.threshold);
    if (folds > 1) {
      std::printf(" | cv F1 %.4f AP %.4f t %.2f (P %.3f R %.3f)", e.cv.f1, e.cv.ap, e.cv.threshold, e.cv.precision,
                  e.cv.recall);
    }
    std::printf("\n");
  }
  std::fflush(stdout);
  return results;
}

// The grid the shipped model was selected from: normalisation over all
// features or per group, times the weight of the positive class; each at
// the epoch checkpoints.
std::vector<Config> default_grid() {
  const char* specs[] = {
      "name=words+chars+shapes,families=words+chars+shapes,pw=1",
      "name=words+chars+shapes,families=words+chars+shapes,pw=1.5",
      "name=words+chars+shapes,families=words+chars+shapes,pw=2",
      "name=per-group norm,families=words+chars+shapes+pergroup,pw=1",
      "name=per-group norm,families=words+chars+shapes+pergroup,pw=1.5",
      "name=per-group norm,families=words+chars+shapes+pergroup,pw=2",
  };
  std::vector<Config> grid;
  for (const char* spec : specs) grid.push_back(parse_config(spec));
  return grid;
}

int run(int argc, char** argv) {
  std::string data = "../shared/data/external";
  std::string out = "models/checkworthiness.model";
  bool quick = false, experiment = false, select_by_cv = false;
  int folds = 5;
  std::vector<Config> configs;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--data" && i + 1 < argc) {
      data = argv[++i];
    } else if (arg == "--out" && i + 1 < argc) {
      out = argv[++i];
    } else if (arg == "--quick") {
      quick = true;
    } else if (arg == "--config" && i + 1 < argc) {
      configs.push_back(parse_config(argv[++i]));
    } else if (arg == "--experiment") {
      experiment = true;
    } else if (arg == "--folds" && i + 1 < argc) {
      folds = std::stoi(argv[++i]);
    } else if (arg == "--select" && i + 1 < argc && (std::string(argv[i + 1]) == "dev" || std::string(argv[i + 1]) == "cv")) {
      select_by_cv = std::string(argv[++i]) == "cv";
    } else {
      std::fprintf(stderr,
                   "usage: train_checkworthiness [--data DIR] [--out FILE] [--quick] [--folds K]\n"
                   "                             [--config SPEC]... [--experiment] [--select dev|cv]\n");
      return 2;
    }
  }
  const std::string checkthat = data + "/checkthat2024-en/data/CT24_checkworthy_english_";
  const auto train_set = read_checkthat(checkthat + "train.tsv");
  const auto dev_set = read_checkthat(checkthat + "dev.tsv");
  auto count_positive = [](const std::vector<Example>& set) {
    return std::count_if(set.begin(), set.end(), [](const Example& e) { return e.positive; });
  };
  std::printf("train %zu (%ld yes), dev %zu (%ld yes)\n", train_set.size(), count_positive(train_set),
              dev_set.size(), count_positive(dev_set));
  std::vector<Example> pooled = train_set;
  pooled.insert(pooled.end(), dev_set.begin(), dev_set.end());

  if (configs.empty()) configs = default_grid();
  if (quick) configs.resize(1);
  // Cross-validation costs `folds` more trainings per configuration: run it
  // only when it is reported (--experiment) or selects (--select cv).
  if (!experiment && !select_by_cv) folds = 0;
  std::vector<Evaluation> evaluations;
  const auto started = std::chrono::steady_clock::now();
  for (const Config& config : configs) {
    for (const Evaluation& e : evaluate_config(config, pooled, train_set.size(), folds)) evaluations.push_back(e);
  }
  std::printf("grid took %.0f s\n", std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  // --experiment: only the figures above (train, dev and cross-validation
  // over them); no model is written and no held-out data is read.
  if (experiment) return 0;

  const Evaluation* best = &evaluations.front();
  for (const Evaluation& e : evaluations) {
    if (select_by_cv ? better(e.cv, best->cv) : better(e.dev, best->dev)) best = &e;
  }
  std::printf("\nselected on %s: %s epochs=%d (dev F1 %.4f AP %.4f", select_by_cv ? "cross-validation" : "dev",
              describe(best->config).c_str(), best->epochs, best->dev.f1, best->dev.ap);
  if (select_by_cv) std::printf("; cv F1 %.4f AP %.4f threshold %.2f", best->cv.f1, best->cv.ap, best->cv.threshold);
  std::printf(")\n");
  const Config config = best->config;

  // The train-only model, to choose the weight width: int8 (half the
  // memory, so more of the table stays in cache while scoring) unless int16
  // gives a dev AP more than 0.001 higher, and the file stays within 1 MiB.
  const Matrix train_matrix = featurize(train_set, config.families, config.bits);
  const std::vector<double> w = train_for(train_matrix, config, best->epochs);
  unsigned weight_bits = 0;
  Metrics width_dev;
  for (unsigned bits : {8u, 16u}) {
    if ((std::size_t{1} << config.bits) * bits / 8 + 200 > 1024 * 1024) continue;
    const CheckworthinessModel model = quantise(w, config.families, config.bits, bits);
    const Metrics dev = best_threshold(score_with(model, dev_set), labels_of(dev_set));
    std::printf("int%-2u weights: dev F1 %.4f AP %.4f at threshold %.2f\n", bits, dev.f1, dev.ap, dev.threshold);
    if (weight_bits == 0 || dev.ap > width_dev.ap + 1e-3) {
      weight_bits = bits;
      width_dev = dev;
    }
  }
  // The threshold: by default the F1-maximising one on the dev scores of the
  // train-only model in that width; with --select cv, the F1-maximising one
  // on the pooled out-of-fold scores.
  const double threshold = round_to_hundredths(select_by_cv ? best->cv.threshold : width_dev.threshold);
  if (select_by_cv) width_dev = evaluate(score_with(quantise(w, config.families, config.bits, weight_bits), dev_set),
                                         labels_of(dev_set), threshold);
  // The shipped model: the selected configuration refitted on train + dev,
  // same epochs and weight width, with the threshold chosen above.
  const Matrix pooled_matrix = featurize(pooled, config.families, config.bits);
  CheckworthinessModel chosen = quantise(train_for(pooled_matrix, config, best->epochs), config.families, config.bits,
                                         weight_bits);
  chosen.threshold = static_cast<float>(threshold);

  const std::string bytes = serialize_checkworthiness_model(chosen);
  if (parse_checkworthiness_model(bytes).weights != chosen.weights) throw std::logic_error("model round trip failed");
  std::ofstream(out, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  std::printf("\nwrote %s: %zu bytes, %u buckets as int%u, threshold %.2f\n", out.c_str(), bytes.size(),
              1u << chosen.bucket_bits, chosen.weight_bits, chosen.threshold);
  print_metrics("dev (train-only model)", width_dev);
  // Held-out figures, reported only: nothing above depends on them.
  const auto devtest_set = read_checkthat(checkthat + "dev-test.tsv");
  const auto gpt_set = read_factcheck_gpt(data + "/factcheck-gpt/subtasks/subtask1_sentence_checkworthiness.jsonl");
  std::printf("dev-test %zu (%ld yes), factcheck-gpt %zu (%ld yes)\n", devtest_set.size(), count_positive(devtest_set),
              gpt_set.size(), count_positive(gpt_set));
  print_metrics("dev-test", evaluate(score_with(chosen, devtest_set), labels_of(devtest_set), threshold));
  print_metrics("factcheck-gpt", evaluate(score_with(chosen, gpt_set), labels_of(gpt_set), threshold));
  for (int s = 0; s < kSignalCount; ++s) std::printf("  signal %-20s %+.3f\n", kSignalNames[s], chosen.signal_weights[s]);
  std::printf("  bias %+.3f\n", chosen.bias);
  return 0;
}
}  // namespace
}  // namespace claimcheck

int main(int argc, char** argv) {
  try {
    return claimcheck::run(argc, argv);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "train_checkworthiness: error: %s\n", error.what());
    return 1;
  }
}
