#include "eval/evaluation.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include "base/error.h"
#include "base/file_io.h"
#include "eval/content_words.h"
#include "eval/faithfulness.h"
#include "eval/matching.h"
#include "text/block.h"
#include "text/markdown_reader.h"
#include "text/plain_text_reader.h"
#include "text/sentence_splitter.h"

namespace claimcheck::eval {

namespace {

constexpr double kSameSentenceF1 = 0.9;

// hits = how many of `gold` occur in `found`, each found string used once.
std::size_t count_exact(const std::vector<std::string>& gold,
                        const std::vector<std::string>& found) {
  std::multiset<std::string> pool(found.begin(), found.end());
  std::size_t hits = 0;
  for (const std::string& text : gold) {
    const std::string folded = fold_white_space(text);
    if (const auto it = pool.find(folded); it != pool.end()) {
      pool.erase(it);
      ++hits;
    }
  }
  return hits;
}

// The segmented sentence a claim comes from: the one with its byte span, or
// else the one its start falls in; npos if none.
std::size_t sentence_of(const Claim& claim, const Segmentation& segmentation) {
  std::size_t containing = std::string::npos;
  for (std::size_t i = 0; i < segmentation.sentences.size(); ++i) {
    const SegmentedSentence& sentence = segmentation.sentences[i];
    if (sentence.start == claim.start && sentence.end == claim.end) return i;
    if (containing == std::string::npos && sentence.start <= claim.start &&
        claim.start < sentence.end) {
      containing = i;
    }
  }
  return containing;
}

// The gold sentence a gold claim comes from: the one sharing the most of
// the claim's content words, each weighted by its inverse sentence frequency
// (log((N + 1) / sentences containing it)), so "discreet cooperation" decides
// and "Iran", in every sentence, hardly counts. Ties: the first. npos if no
// sentence shares a word.
std::size_t source_sentence(const ContentWords& claim, const std::vector<ContentWords>& sentences) {
  std::size_t best = std::string::npos;
  double best_score = 0.0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    double score = 0.0;
    for (const auto& entry : claim) {
      // Not a structured binding: clang before 16 cannot capture one.
      const auto& word = entry.first;
      if (!sentences[i].count(word)) continue;
      const auto containing = std::count_if(sentences.begin(), sentences.end(),
                                            [&](const ContentWords& s) { return s.count(word); });
      score += std::log(static_cast<double>(sentences.size() + 1) / containing);
    }
    if (score > best_score) {
      best = i;
      best_score = score;
    }
  }
  return best;
}

}  // namespace

Evaluation& Evaluation::operator+=(const Evaluation& other) {
  headings += other.headings;
  sentence_recall += other.sentence_recall;
  sentence_precision += other.sentence_precision;
  claim_recall += other.claim_recall;
  claim_precision += other.claim_precision;
  extracted_claims += other.extracted_claims;
  segmented_sentences += other.segmented_sentences;
  checkworthiness += other.checkworthiness;
  not_checkworthy_marked += other.not_checkworthy_marked;
  vague_attribution += other.vague_attribution;
  faithful += other.faithful;
  return *this;
}

Segmentation segment_document(const SourceText& source, DocumentFormat format) {
  // The same readers and splitter as extract_claims(), so "as segmented"
  // means what the extractor saw.
  const std::vector<Block> blocks =
      format == DocumentFormat::markdown ? read_markdown(source) : read_plain_text(source);
  Segmentation segmentation;
  for (const Block& block : blocks) {
    if (block.kind == BlockKind::table_header) continue;  // a column's label, not prose
    if (block.kind == BlockKind::heading) {
      segmentation.headings.push_back(fold_white_space(block.text));
      continue;
    }
    for (const Span& visible : split_sentences(block.text)) {
      const Span span = block.source_span(visible);
      segmentation.sentences.push_back(
          {fold_white_space(std::string_view(block.text).substr(visible.start, visible.size())),
           span.start, span.end});
    }
  }
  return segmentation;
}

std::vector<std::size_t> claims_from_sentence(const std::string& gold_sentence,
                                              const Segmentation& segmentation,
                                              const ClaimsFile& claims) {
  const std::string wanted = fold_white_space(gold_sentence);
  std::vector<std::size_t> exact, overlapping;
  for (std::size_t i = 0; i < segmentation.sentences.size(); ++i) {
    const std::string& text = segmentation.sentences[i].text;
    if (text == wanted) {
      exact.push_back(i);
      break;
    }
    if (!text.empty() && !wanted.empty() &&
        (text.find(wanted) != std::string::npos || wanted.find(text) != std::string::npos)) {
      overlapping.push_back(i);
    }
  }
  std::vector<std::size_t> sentences = exact.empty() ? overlapping : exact;
  if (sentences.empty()) {
    // Last resort, for gold text that dropped footnote marks ("[1]") or
    // punctuation: the one segmented sentence with nearly the same words.
    const ContentWords wanted_words = content_words(wanted);
    double best = kSameSentenceF1;
    for (std::size_t i = 0; i < segmentation.sentences.size(); ++i) {
      const double f1 = content_word_f1(wanted_words, content_words(segmentation.sentences[i].text));
      if (f1 >= best) {
        if (f1 > best || sentences.empty()) sentences = {i};
        best = f1;
      }
    }
  }
  std::vector<std::size_t> result;
  for (std::size_t c = 0; c < claims.claims.size(); ++c) {
    const std::size_t s = sentence_of(claims.claims[c], segmentation);
    if (std::find(sentences.begin(), sentences.end(), s) != sentences.end()) result.push_back(c);
  }
  return result;
}

Evaluation evaluate(const std::string& name, const GoldFile& gold, const SourceText& source,
                    DocumentFormat format, const ClaimsFile& claims) {
  Evaluation result;
  result.name = name;
  const Segmentation segmentation = segment_document(source, format);

  result.headings = {count_exact(gold.headings, segmentation.headings), gold.headings.size()};

  std::vector<std::string> segmented;
  for (const SegmentedSentence& sentence : segmentation.sentences) segmented.push_back(sentence.text);
  const std::size_t sentence_hits = count_exact(gold.sentences, segmented);
  result.sentence_recall = {sentence_hits, gold.sentences.size()};
  result.sentence_precision = {sentence_hits, gold.sentences.empty() ? 0 : segmented.size()};
  result.segmented_sentences = segmented.size();

  // Claims: gold against the check-worthy extracted claims.
  std::vector<ContentWords> gold_words;
  for (const std::string& claim : gold.claims) gold_words.push_back(content_words(claim));
  std::vector<std::size_t> checkworthy;  // indices into claims.claims
  std::vector<ContentWords> extracted_words;
  for (std::size_t i = 0; i < claims.claims.size(); ++i) {
    if (!claims.claims[i].checkworthy) continue;
    checkworthy.push_back(i);
    extracted_words.push_back(content_words(claims.claims[i].text));
  }
  result.extracted_claims = claims.claims.size();
  const std::vector<ClaimPair> pairs = pair_claims(gold_words, extracted_words);
  std::vector<const ClaimPair*> gold_pair(gold.claims.size(), nullptr);
  std::vector<const ClaimPair*> extracted_pair(checkworthy.size(), nullptr);
  std::size_t matched = 0;
  for (const ClaimPair& pair : pairs) {
    gold_pair[pair.gold] = &pair;
    extracted_pair[pair.extracted] = &pair;
    if (pair.matched) ++matched;
  }
  result.claim_recall = {matched, gold.claims.size()};
  result.claim_precision = {matched, gold.claims.empty() ? 0 : checkworthy.size()};
  for (std::size_t g = 0; g < gold.claims.size(); ++g) {
    const ClaimPair* pair = gold_pair[g];
    if (pair && pair->matched) continue;
    result.unmatched_gold.push_back(
        {gold.claims[g], pair ? claims.claims[checkworthy[pair->extracted]].text : "",
         pair ? pair->f1 : 0.0});
  }
  if (!gold.claims.empty()) {
    for (std::size_t e = 0; e < checkworthy.size(); ++e) {
      const ClaimPair* pair = extracted_pair[e];
      if (pair && pair->matched) continue;
      result.unmatched_extracted.push_back({claims.claims[checkworthy[e]].text,
                                            pair ? gold.claims[pair->gold] : "",
                                            pair ? pair->f1 : 0.0});
    }
  }

  // Check-worthiness of labelled sentences.
  std::vector<ContentWords> sentence_words;
  for (const std::string& sentence : gold.sentences) sentence_words.push_back(content_words(sentence));
  std::set<std::size_t> positive;
  for (const ContentWords& claim : gold_words) {
    if (const std::size_t s = source_sentence(claim, sentence_words); s != std::string::npos) {
      positive.insert(s);
    }
  }
  const auto predicted_checkworthy = [&](const std::string& sentence) {
    for (const std::size_t c : claims_from_sentence(sentence, segmentation, claims)) {
      if (claims.claims[c].checkworthy) return true;
    }
    return false;
  };
  std::set<std::string> negatives;
  for (const std::string& sentence : gold.not_checkworthy) {
    if (!negatives.insert(fold_white_space(sentence)).second) continue;
    ++result.checkworthiness.total;
    if (predicted_checkworthy(sentence)) {
      ++result.not_checkworthy_marked;
      result.checkworthiness_errors.push_back({sentence, false});
    } else {
      ++result.checkworthiness.hits;
    }
  }
  for (const std::size_t s : positive) {
    const std::string& sentence = gold.sentences[s];
    if (negatives.count(fold_white_space(sentence))) continue;  // labelled twice: the explicit label wins
    ++result.checkworthiness.total;
    if (predicted_checkworthy(sentence)) {
      ++result.checkworthiness.hits;
    } else {
      result.checkworthiness_errors.push_back({sentence, true});
    }
  }

  for (const std::string& sentence : gold.vague_attribution) {
    ++result.vague_attribution.total;
    for (const std::size_t c : claims_from_sentence(sentence, segmentation, claims)) {
      const auto& attribution = claims.claims[c].attribution;
      if (attribution && attribution->vague) {
        ++result.vague_attribution.hits;
        break;
      }
    }
  }

  for (const Claim& claim : claims.claims) {
    ++result.faithful.total;
    std::vector<std::string> missing = unsupported_words(claim, source.bytes());
    if (missing.empty()) {
      ++result.faithful.hits;
    } else {
      result.unfaithful.push_back({claim.id, claim.text, std::move(missing)});
    }
  }
  return result;
}

Evaluation evaluate_gold_file(const std::string& path) {
  const GoldFile gold = parse_gold_file(path, read_file(path));
  const std::filesystem::path document =
      std::filesystem::path(path).parent_path() / gold.document;
  std::string bytes;
  try {
    bytes = read_file(document.string());
  } catch (const InputError& error) {
    // Point at the line that names the document, where the fix is made.
    throw InputError(path, gold.document_position,
                     "cannot read the document '" + gold.document + "': " +
                         error.diagnostics().front().message +
                         " (the path is relative to the gold file)");
  }
  const SourceText source(document.string(), std::move(bytes));
  ExtractOptions options;
  options.document_path = gold.document;
  options.format = document_format_for_path(gold.document);
  const ClaimsFile claims = extract_claims(source, options);
  return evaluate(path, gold, source, options.format, claims);
}

}  // namespace claimcheck::eval
