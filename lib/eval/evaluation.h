// Evaluating an extraction against a gold file: the figures `claimcheck
// eval` reports for one document, and their sums over several.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "claims/model.h"
#include "eval/gold_file.h"
#include "extract/extractor.h"
#include "text/source_text.h"

namespace claimcheck::eval {

// numerator / denominator, kept as counts so totals sum honestly.
struct Ratio {
  std::size_t hits = 0;
  std::size_t total = 0;
  bool defined() const { return total != 0; }
  double value() const { return total == 0 ? 0.0 : static_cast<double>(hits) / total; }
  Ratio& operator+=(const Ratio& other) {
    hits += other.hits;
    total += other.total;
    return *this;
  }
};

struct UnmatchedClaim {
  std::string text;
  // The claim it was paired with but not close enough to (F1 below the
  // threshold), or empty when it shares no content word with any claim left.
  std::string closest;
  double f1 = 0.0;
};

struct CheckworthinessError {
  std::string sentence;
  bool gold_checkworthy = false;  // predicted the opposite
};

struct UnfaithfulClaim {
  std::string id;
  std::string text;
  std::vector<std::string> unsupported;  // see unsupported_words()
};

struct Evaluation {
  std::string name;  // the gold file, as the user named it

  // Gold headings found among the reader's headings (exact text, white space
  // folded; each found heading used once).
  Ratio headings;
  // Exact sentence strings, one-to-one: hits = gold sentences the segmenter
  // produced; recall over the gold sentences, precision over the segmenter's.
  Ratio sentence_recall;
  Ratio sentence_precision;
  // Gold claims vs the extracted *check-worthy* claims (pair_claims()):
  // recall = matched / gold claims, precision = matched / check-worthy claims.
  Ratio claim_recall;
  Ratio claim_precision;
  std::size_t extracted_claims = 0;  // all, check-worthy or not
  std::size_t segmented_sentences = 0;
  // Sentence check-worthiness, over labelled gold sentences: those in
  // `not_checkworthy` (negative) and those a gold claim comes from
  // (positive; a gold claim comes from the gold sentence sharing the most of
  // its content words, weighted by inverse sentence frequency, since gold
  // claims do not name their sentence). A sentence is predicted check-worthy
  // when any extracted claim from it is. hits = correct predictions.
  Ratio checkworthiness;
  std::size_t not_checkworthy_marked = 0;  // negatives predicted check-worthy
  // Gold vague-attribution sentences with an extracted claim from that
  // sentence whose attribution is vague.
  Ratio vague_attribution;
  // hits = faithful extracted claims, total = all extracted claims.
  Ratio faithful;

  std::vector<UnmatchedClaim> unmatched_gold;
  std::vector<UnmatchedClaim> unmatched_extracted;
  std::vector<CheckworthinessError> checkworthiness_errors;
  std::vector<UnfaithfulClaim> unfaithful;

  // Adds the counts (not the lists) of `other`.
  Evaluation& operator+=(const Evaluation& other);
};

// The sentences and headings the extractor's readers and splitter produce
// for `source`, as a reader sees them (visible text, white space folded),
// with each sentence's byte span in the document.
struct SegmentedSentence {
  std::string text;
  std::size_t start = 0;
  std::size_t end = 0;
};
struct Segmentation {
  std::vector<std::string> headings;
  std::vector<SegmentedSentence> sentences;
};
Segmentation segment_document(const SourceText& source, DocumentFormat format);

// The extracted claims that come from a gold sentence: the segmented
// sentence with exactly its text, or, when the segmenter split or joined it
// differently, every segmented sentence whose text contains it or is
// contained in it; failing both, the segmented sentence with the highest
// content-word F1 with it, if at least 0.9 (gold text without footnote marks
// or with other punctuation). Claims belong to a segmented sentence by their
// byte span.
// Returns indices into `claims.claims`.
std::vector<std::size_t> claims_from_sentence(const std::string& gold_sentence,
                                              const Segmentation& segmentation,
                                              const ClaimsFile& claims);

// Compares `claims` (extracted from `source`) with `gold`. `name` labels
// the result.
Evaluation evaluate(const std::string& name, const GoldFile& gold, const SourceText& source,
                    DocumentFormat format, const ClaimsFile& claims);

// Reads the gold file at `path`, reads its document (relative to the gold
// file's directory; format by its extension, as extract chooses it), runs
// extract_claims() on it and evaluates the result. Throws InputError for an
// unreadable or invalid gold file or document.
Evaluation evaluate_gold_file(const std::string& path);

}  // namespace claimcheck::eval
