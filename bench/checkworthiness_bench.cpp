// Throughput of score_checkworthiness on real sentences: the CLEF-2024
// CheckThat! English train split (in ../shared/data/external, found through
// CLAIMCHECK_SHARED_DIR), repeated until at least MEGABYTES of sentence text,
// each sentence scored through the public function as the extractor calls it.
// Prints MB/s of sentence text as wall time and as CPU time (the steadier
// figure on a shared machine).
//
//   checkworthiness_bench [MEGABYTES [RUNS]]     measure (default 32 MB, 5 runs)
//   checkworthiness_bench --dump FILE            write "score flag signals" for
//                                                each train sentence and exit, to
//                                                check that a change to the scorer
//                                                leaves every answer as it was
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "checkworthiness_data.h"
#include "extract/checkworthiness.h"
#include "timing.h"


int main(int argc, char** argv) {
  const std::filesystem::path train = std::filesystem::path(CLAIMCHECK_SHARED_DIR) / "data" / "external" /
                                      "checkthat2024-en" / "data" / "CT24_checkworthy_english_train.tsv";
  if (!std::filesystem::exists(train)) {
    std::fprintf(stderr, "checkworthiness_bench: no %s (third-party data)\n", train.string().c_str());
    return 77;
  }
  const std::vector<claimcheck::Example> examples = claimcheck::read_checkthat(train.string());
  std::vector<std::string> args(argv + 1, argv + argc);

  if (args.size() == 2 && args[0] == "--dump") {
    std::ofstream out(args[1]);
    for (const claimcheck::Example& example : examples) {
      const claimcheck::Checkworthiness result = claimcheck::score_checkworthiness(example.text);
      out << result.score << ' ' << result.checkworthy;
      for (const std::string& signal : result.signals()) out << ' ' << signal;
      out << '\n';
    }
    return out ? 0 : 1;
  }

  const std::size_t megabytes = args.size() > 0 ? std::strtoul(args[0].c_str(), nullptr, 10) : 32;
  const int runs = std::max(args.size() > 1 ? std::atoi(args[1].c_str()) : 5, 1);
  std::vector<std::string_view> sentences;
  std::size_t bytes = 0;
  while (bytes < (std::max<std::size_t>(megabytes, 1) << 20)) {
    for (const claimcheck::Example& example : examples) {
      sentences.push_back(example.text);
      bytes += example.text.size();
    }
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  claimcheck::score_checkworthiness("Warm-up: parses the embedded model.");
  std::size_t checkworthy = 0;
  const auto rates = claimcheck::bench::measure_rates(runs, mb, [&] {
    checkworthy = 0;
    for (std::string_view sentence : sentences) {
      checkworthy += claimcheck::score_checkworthiness(sentence).checkworthy ? 1 : 0;
    }
  });
  std::printf("score_checkworthiness: wall best %.0f MB/s, median %.0f MB/s; CPU-time best %.0f MB/s, "
              "median %.0f MB/s (%d runs)\n",
              rates.wall_best, rates.wall_median, rates.cpu_best, rates.cpu_median, runs);
  std::printf("  %zu sentences (mean %.0f bytes), %.1f MB, %zu check-worthy\n", sentences.size(),
              static_cast<double>(bytes) / static_cast<double>(sentences.size()), mb, checkworthy);
  return 0;
}
