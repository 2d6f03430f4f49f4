// Throughput of the sentence splitter and of the whole extraction pipeline.
// Generates at least 50 MB of varied English prose from sentence templates
// with a fixed seed (so every run measures the same bytes), then measures
//   segment: split_sentences paragraph by paragraph, as the extractor does;
//   checkworthiness: score_checkworthiness on each sentence (MB/s of
//            sentence text, the sentences split beforehand);
//   extract: SourceText (UTF-8 check, line index) + extract_claims +
//            write_claims_file on the corpus as one document;
// and prints MB/s and peak resident memory (getrusage) after each.
//
//   throughput_bench [MEGABYTES [RUNS]]          measure (default 64 MB, 5 runs)
//   throughput_bench --write-corpus FILE [MEGABYTES]
//                                                write the corpus and exit, so
//                                                other segmenters can read it

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "claims/claims_writer.h"
#include "extract/checkworthiness.h"
#include "extract/extractor.h"
#include "text/sentence_splitter.h"
#include "text/source_text.h"
#include "timing.h"

namespace {

// splitmix64: tiny, fast, and identical on every platform (unlike the
// standard distributions).
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  template <std::size_t N>
  const char* pick(const char* const (&items)[N]) { return items[below(N)]; }

 private:
  std::uint64_t state_;
};

const char* const kPeople[] = {
    "Mr. Smith", "Dr. Alvarez", "Sen. Warren", "Gov. Okafor", "Prof. Lindqvist",
    "J. R. Morgan", "Maria Gonzalez", "George W. Hale", "Ms. Chen", "Zoë Müller",
    "the mayor", "a spokesman", "Lt. Col. Reyes", "Amy O\u2019Neil", "Rep. Dunn"};
const char* const kOrgs[] = {
    "Acme Inc.", "the U.S. Treasury", "Pitt, Briggs & Co.", "the city council",
    "Global Widgets Ltd.", "the World Bank", "Springfield Univ.", "the E.U. Commission",
    "NASA", "Yahoo"};
const char* const kPlaces[] = {
    "Austin, Tex.", "Springfield, Ill.", "Washington, D.C.", "the U.S.", "Zürich",
    "São Paulo", "St. Louis", "Mt. Vernon", "New York", "the Midwest"};
const char* const kVerbs[] = {"said", "announced", "reported", "confirmed", "denied",
                              "estimated", "warned", "noted"};
const char* const kThings[] = {
    "revenue", "unemployment", "the budget deficit", "turnout", "exports", "the median wage",
    "crime", "rainfall", "enrolment", "output"};
const char* const kOpeners[] = {"However,", "Meanwhile,", "In 2021,", "According to officials,",
                                "Last year,", "On Jan. 5,", "By 9 a.m.,", "At noon,"};

void append_number(Random& rng, std::string& out) {
  switch (rng.below(5)) {
    case 0:
      out += std::to_string(rng.below(100)) + "." + std::to_string(rng.below(10)) + "%";
      break;
    case 1:
      out += "$" + std::to_string(1 + rng.below(999)) + "," + std::to_string(100 + rng.below(900));
      break;
    case 2: out += std::to_string(1900 + rng.below(125)); break;
    case 3:
      out += std::to_string(rng.below(10)) + "." + std::to_string(10 + rng.below(90)) + " million";
      break;
    default: out += std::to_string(1 + rng.below(5000)); break;
  }
}

void append_sentence_body(Random& rng, std::string& out) {
  switch (rng.below(12)) {
    case 0:
      out += std::string(rng.pick(kPeople)) + " " + rng.pick(kVerbs) + " that " +
             rng.pick(kThings) + " rose to ";
      append_number(rng, out);
      out += " in " + std::string(rng.pick(kPlaces)) + " last year.";
      break;
    case 1:
      out += std::string(rng.pick(kOpeners)) + " " + rng.pick(kOrgs) + " " + rng.pick(kVerbs) +
             " a figure of ";
      append_number(rng, out);
      out += ", e.g. for " + std::string(rng.pick(kThings)) + ".";
      break;
    case 2:
      out += "\u201CWe expect " + std::string(rng.pick(kThings)) + " to fall by ";
      append_number(rng, out);
      out += ",\u201D " + std::string(rng.pick(kPeople)) + " " + rng.pick(kVerbs) + ".";
      break;
    case 3:
      out += "Did " + std::string(rng.pick(kThings)) + " really double since ";
      append_number(rng, out);
      out += "?";
      break;
    case 4:
      out += "The report (see Fig. " + std::to_string(1 + rng.below(9)) + " and p. " +
             std::to_string(1 + rng.below(300)) + ") covers " + rng.pick(kThings) + ", " +
             rng.pick(kThings) + ", etc. in detail.";
      break;
    case 5:
      out += std::string(rng.pick(kPeople)) + " met " + rng.pick(kPeople) + " at " +
             std::to_string(1 + rng.below(12)) + " p.m. on Tuesday in " + rng.pick(kPlaces);
      if (out.back() != '.') out += '.';  // "in Washington, D.C."
      break;
    case 6:
      out += "Figures are published at https://data.example.org/set/" +
             std::to_string(rng.below(1000)) + ".html and by e-mail from press.office@example.org.";
      break;
    case 7:
      out += "\"It was a mistake,\" " + std::string(rng.pick(kPeople)) + " " + rng.pick(kVerbs) +
             "\u2014and nobody disagreed.";
      break;
    case 8:
      out += "Prices went up... and then they went down again!";
      break;
    case 9:
      out += "Case No. " + std::to_string(1 + rng.below(99)) + " against " + rng.pick(kOrgs) +
             " was dismissed by Judge A. B. Carter.";
      break;
    case 10:
      out += "Output in " + std::string(rng.pick(kPlaces)) + " reached ";
      append_number(rng, out);
      out += " units, which " + std::string(rng.pick(kPeople)) + " called \u2018remarkable.\u2019";
      break;
    default:
      out += "The " + std::string(rng.pick(kThings)) + " figure of ";
      append_number(rng, out);
      out += " was revised twice.";
      break;
  }
}

// Appends one sentence made from a random template, capitalised.
void append_sentence(Random& rng, std::string& out) {
  const std::size_t start = out.size();
  append_sentence_body(rng, out);
  if (out[start] >= 'a' && out[start] <= 'z')
    out[start] = static_cast<char>(out[start] - 'a' + 'A');
}

// Replaces some spaces with line breaks so the line stays under ~72 columns.
void hard_wrap(std::string& paragraph, std::size_t from) {
  std::size_t line_start = from, last_space = std::string::npos;
  for (std::size_t i = from; i < paragraph.size(); ++i) {
    if (paragraph[i] == ' ') last_space = i;
    if (i - line_start >= 72 && last_space != std::string::npos && last_space > line_start) {
      paragraph[last_space] = '\n';
      line_start = last_space + 1;
      last_space = std::string::npos;
    }
  }
}

struct Corpus {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> paragraphs;  // [start, end)
  std::size_t sentences = 0;
};

Corpus generate(std::size_t min_bytes) {
  Corpus corpus;
  corpus.text.reserve(min_bytes + 4096);
  Random rng(20240611);
  while (corpus.text.size() < min_bytes) {
    const std::size_t start = corpus.text.size();
    const std::size_t count = 2 + rng.below(7);
    for (std::size_t s = 0; s < count; ++s) {
      if (s > 0) corpus.text += ' ';
      append_sentence(rng, corpus.text);
    }
    corpus.sentences += count;
    if (rng.below(3) == 0) hard_wrap(corpus.text, start);
    corpus.paragraphs.emplace_back(start, corpus.text.size());
    corpus.text += "\n\n";
  }
  return corpus;
}

using claimcheck::bench::cpu_seconds;
using claimcheck::bench::measure_rates;
using claimcheck::bench::peak_rss_kib;

void measure_segment(const Corpus& corpus, int runs) {
  const std::string_view text = corpus.text;
  const double mb = static_cast<double>(text.size()) / 1e6;
  std::size_t found = 0;
  const auto rates = measure_rates(runs, mb, [&] {
    found = 0;
    for (const auto& [start, end] : corpus.paragraphs) {
      found += claimcheck::split_sentences(text.substr(start, end - start)).size();
    }
  });
  std::printf("segment, per paragraph: wall best %.0f MB/s, median %.0f MB/s; CPU-time best "
              "%.0f MB/s, median %.0f MB/s (%d runs)\n",
              rates.wall_best, rates.wall_median, rates.cpu_best, rates.cpu_median, runs);
  std::printf("  sentences found: %zu (generator wrote %zu, %+.3f%%)\n", found, corpus.sentences,
              100.0 * (static_cast<double>(found) - static_cast<double>(corpus.sentences)) /
                  static_cast<double>(corpus.sentences));

  const auto t0 = std::chrono::steady_clock::now();
  const std::size_t whole = claimcheck::split_sentences(text).size();
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - t0;
  std::printf("  whole corpus as one block: %.0f MB/s (%zu sentences)\n", mb / elapsed.count(),
              whole);
  std::printf("  peak RSS so far: %.1f MiB\n", static_cast<double>(peak_rss_kib()) / 1024.0);
}

void measure_checkworthiness(const Corpus& corpus, int runs) {
  const std::string_view text = corpus.text;
  std::vector<std::string_view> sentences;
  std::size_t bytes = 0;
  for (const auto& [start, end] : corpus.paragraphs) {
    const std::string_view paragraph = text.substr(start, end - start);
    for (const claimcheck::Span& span : claimcheck::split_sentences(paragraph)) {
      sentences.push_back(paragraph.substr(span.start, span.size()));
      bytes += span.size();
    }
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  claimcheck::score_checkworthiness("Warm-up: parses the embedded model.");
  std::size_t checkworthy = 0;
  const auto rates = measure_rates(runs, mb, [&] {
    checkworthy = 0;
    for (std::string_view sentence : sentences) {
      checkworthy += claimcheck::score_checkworthiness(sentence).checkworthy ? 1 : 0;
    }
  });
  std::printf("checkworthiness (score_checkworthiness per sentence): wall best %.0f MB/s, median %.0f MB/s; "
              "CPU-time best %.0f MB/s, median %.0f MB/s (%d runs)\n",
              rates.wall_best, rates.wall_median, rates.cpu_best, rates.cpu_median, runs);
  std::printf("  %zu sentences, %.1f MB, %zu check-worthy\n", sentences.size(), mb, checkworthy);
}

void measure_extract(const Corpus& corpus, int runs) {
  const double mb = static_cast<double>(corpus.text.size()) / 1e6;
  claimcheck::ExtractOptions options;
  options.document_path = "corpus.txt";
  options.extracted_time = "2026-01-01T00:00:00Z";
  // CPU seconds of each stage, summed over the runs.
  double read_seconds = 0, extract_seconds = 0, write_seconds = 0;
  std::size_t claims = 0, yaml_bytes = 0;
  const auto rates = measure_rates(runs, mb, [&] {
    std::string bytes = corpus.text;  // SourceText takes ownership
    const double cpu0 = cpu_seconds();
    const claimcheck::SourceText source("corpus.txt", std::move(bytes));
    const double cpu1 = cpu_seconds();
    const claimcheck::ClaimsFile file = claimcheck::extract_claims(source, options);
    const double cpu2 = cpu_seconds();
    const std::string yaml = claimcheck::write_claims_file(file, claimcheck::WriteOptions{});
    const double cpu3 = cpu_seconds();
    read_seconds += cpu1 - cpu0;
    extract_seconds += cpu2 - cpu1;
    write_seconds += cpu3 - cpu2;
    claims = file.claims.size();
    yaml_bytes = yaml.size();
  });  // freeing the model is part of a run's cost, as it is for `claimcheck extract`
  std::printf("extract (read + extract_claims + write_claims_file): wall best %.1f MB/s, "
              "median %.1f MB/s; CPU-time best %.1f MB/s, median %.1f MB/s (%d runs)\n",
              rates.wall_best, rates.wall_median, rates.cpu_best, rates.cpu_median, runs);
  std::printf("  %zu claims, %.1f MB of YAML\n", claims, static_cast<double>(yaml_bytes) / 1e6);
  // Each stage's rate in MB of input per CPU second, so they compare with
  // the whole: 1 / whole = sum of 1 / stage (plus freeing the model).
  const auto rate = [&](double seconds) { return mb * runs / std::max(seconds, 1e-9); };
  std::printf("  stages, CPU time: SourceText %.0f MB/s, extract_claims %.1f MB/s, "
              "write_claims_file %.0f MB/s (of input)\n",
              rate(read_seconds), rate(extract_seconds), rate(write_seconds));
  std::printf("  peak RSS: %.1f MiB\n", static_cast<double>(peak_rss_kib()) / 1024.0);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string corpus_path;
  if (!args.empty() && args[0] == "--write-corpus") {
    if (args.size() < 2) {
      std::fprintf(stderr, "usage: throughput_bench --write-corpus FILE [MEGABYTES]\n");
      return 2;
    }
    corpus_path = args[1];
    args.erase(args.begin(), args.begin() + 2);
  }
  const std::size_t megabytes = args.size() > 0 ? std::strtoul(args[0].c_str(), nullptr, 10) : 64;
  const int runs = std::max(args.size() > 1 ? std::atoi(args[1].c_str()) : 5, 1);
  const Corpus corpus = generate(std::max<std::size_t>(megabytes, 1) << 20);

  if (!corpus_path.empty()) {
    std::ofstream out(corpus_path, std::ios::binary);
    out << corpus.text;
    out.close();
    if (!out) {
      std::fprintf(stderr, "%s: cannot write: %s\n", corpus_path.c_str(), std::strerror(errno));
      return 1;
    }
    std::printf("wrote %s: %zu bytes, %zu paragraphs, %zu generated sentences\n",
                corpus_path.c_str(), corpus.text.size(), corpus.paragraphs.size(),
                corpus.sentences);
    return 0;
  }

  std::printf("corpus: %.1f MB, %zu paragraphs, %zu generated sentences\n",
              static_cast<double>(corpus.text.size()) / 1e6, corpus.paragraphs.size(),
              corpus.sentences);
  measure_segment(corpus, runs);
  measure_checkworthiness(corpus, runs);
  measure_extract(corpus, runs);
  return 0;
}
