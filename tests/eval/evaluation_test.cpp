#include "eval/evaluation.h"

#include <gtest/gtest.h>

namespace claimcheck::eval {
namespace {

const std::string kDocument =
    "Relations Today\n"
    "\n"
    "Iran and North Korea signed a trade pact in 2019. Some analysts believe the pact may grow.\n"
    "The future remains uncertain.\n";

// A claim from the sentence `sentence` of kDocument, as an atomic extractor
// would give it: the sentence's span, its own text.
Claim claim(const std::string& text, const std::string& sentence, bool checkworthy = true) {
  Claim c;
  c.id = "c-" + std::to_string(text.size());
  c.text = text;
  c.start = kDocument.find(sentence);
  c.end = c.start + sentence.size();
  c.quote = sentence;
  c.checkworthy = checkworthy;
  return c;
}

const std::string kFirst = "Iran and North Korea signed a trade pact in 2019.";
const std::string kSecond = "Some analysts believe the pact may grow.";
const std::string kThird = "The future remains uncertain.";

GoldFile gold() {
  GoldFile g;
  g.document = "doc.txt";
  g.headings = {"Relations Today"};
  g.sentences = {kFirst, kSecond, kThird};
  g.claims = {"In 2019, Iran signed a trade pact with North Korea.",
              "In 2019, North Korea signed a trade pact with Iran.",
              "Some analysts believe the pact will grow quickly."};
  g.not_checkworthy = {kThird};
  g.vague_attribution = {kSecond};
  return g;
}

TEST(Evaluate, SegmentsLikeTheExtractor) {
  const SourceText source("doc.txt", kDocument);
  const Segmentation segmentation = segment_document(source, DocumentFormat::text);
  EXPECT_EQ(segmentation.headings, std::vector<std::string>{"Relations Today"});
  ASSERT_EQ(segmentation.sentences.size(), 3u);
  EXPECT_EQ(segmentation.sentences[1].text, kSecond);
  EXPECT_EQ(segmentation.sentences[1].start, kDocument.find(kSecond));
}

TEST(Evaluate, CountsEveryMetricForAnAtomicExtraction) {
  const SourceText source("doc.txt", kDocument);
  ClaimsFile claims;
  claims.claims = {claim("In 2019, Iran signed a trade pact.", kFirst),
                   claim("In 2019, North Korea signed a trade pact with Iran.", kFirst),
                   claim("The pact may grow.", kSecond),
                   claim("The future remains uncertain.", kThird, /*checkworthy=*/true)};
  claims.claims[2].attribution = Claim::Attribution{"some analysts", true};
  const Evaluation e = evaluate("doc.gold.yaml", gold(), source, DocumentFormat::text, claims);
  EXPECT_EQ(e.headings.hits, 1u);
  EXPECT_EQ(e.sentence_recall.hits, 3u);
  EXPECT_EQ(e.sentence_precision.total, 3u);
  // Gold 0 and 1 have the same content words as extracted 1; the tie goes
  // to gold 0, and gold 1 pairs with extracted 0 (5 of its 7 words: F1
  // 10/12 >= 0.75). Gold 2 pairs with "The pact may grow." (F1 4/7): not a
  // match.
  EXPECT_EQ(e.claim_recall.hits, 2u);
  EXPECT_EQ(e.claim_recall.total, 3u);
  EXPECT_EQ(e.claim_precision.total, 4u);
  ASSERT_EQ(e.unmatched_gold.size(), 1u);
  EXPECT_EQ(e.unmatched_gold[0].closest, "The pact may grow.");
  // Labelled: kThird negative (marked check-worthy: wrong), kFirst and
  // kSecond positive (the gold claims come from them).
  EXPECT_EQ(e.checkworthiness.total, 3u);
  EXPECT_EQ(e.checkworthiness.hits, 2u);
  EXPECT_EQ(e.not_checkworthy_marked, 1u);
  EXPECT_EQ(e.vague_attribution.hits, 1u);
  EXPECT_EQ(e.faithful.hits, 4u);
  EXPECT_TRUE(e.unfaithful.empty());
}

TEST(Evaluate, FlagsUnfaithfulClaimsAndMissedVagueness) {
  const SourceText source("doc.txt", kDocument);
  ClaimsFile claims;
  claims.claims = {claim("Iran and North Korea signed a secret pact in 2019.", kFirst),
                   claim("Some analysts believe the pact may grow.", kSecond, false)};
  const Evaluation e = evaluate("doc.gold.yaml", gold(), source, DocumentFormat::text, claims);
  ASSERT_EQ(e.unfaithful.size(), 1u);
  EXPECT_EQ(e.unfaithful[0].unsupported, std::vector<std::string>{"secret"});
  EXPECT_EQ(e.faithful.hits, 1u);
  EXPECT_EQ(e.vague_attribution.hits, 0u);
  // kSecond is a gold source sentence but no claim from it is check-worthy.
  bool missed_second = false;
  for (const auto& error : e.checkworthiness_errors) {
    if (error.sentence == kSecond && error.gold_checkworthy) missed_second = true;
  }
  EXPECT_TRUE(missed_second);
}

TEST(Evaluate, GoldSentencesSplitDifferentlyStillFindTheirClaims) {
  const SourceText source("doc.txt", kDocument);
  ClaimsFile claims;
  claims.claims = {claim("Some analysts believe the pact may grow.", kSecond)};
  claims.claims[0].attribution = Claim::Attribution{"some analysts", true};
  GoldFile g = gold();
  // The gold file joins two sentences the segmenter keeps apart.
  g.vague_attribution = {kSecond + " " + kThird};
  const Evaluation e = evaluate("doc.gold.yaml", g, source, DocumentFormat::text, claims);
  EXPECT_EQ(e.vague_attribution.hits, 1u);
}

TEST(Evaluate, GoldSentenceWithoutFootnoteMarkFindsItsSentence) {
  const std::string document = "Ada Lovelace was born in London in 1815.[1] She wrote notes.\n";
  const SourceText source("doc.txt", document);
  const Segmentation segmentation = segment_document(source, DocumentFormat::text);
  ExtractOptions options;
  const ClaimsFile claims = extract_claims(source, options);
  const auto found =
      claims_from_sentence("Ada Lovelace was born in London in 1815.", segmentation, claims);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(claims.claims[found[0]].start, 0u);
  // A different sentence about the same person is not taken for it.
  EXPECT_TRUE(claims_from_sentence("Ada Lovelace was born in Paris.", segmentation, claims).empty());
}

TEST(Evaluate, UnlabelledFiguresStayUndefined) {
  const SourceText source("doc.txt", kDocument);
  GoldFile g;
  g.document = "doc.txt";
  const Evaluation e = evaluate("doc.gold.yaml", g, source, DocumentFormat::text,
                                ClaimsFile{});
  EXPECT_FALSE(e.headings.defined());
  EXPECT_FALSE(e.sentence_precision.defined());
  EXPECT_FALSE(e.claim_precision.defined());
  EXPECT_FALSE(e.checkworthiness.defined());
}

}  // namespace
}  // namespace claimcheck::eval
