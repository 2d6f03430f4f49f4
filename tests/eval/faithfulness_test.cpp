#include "eval/faithfulness.h"

#include <gtest/gtest.h>

namespace claimcheck::eval {
namespace {

const std::string kDocument =
    "Iran and North Korea met in 2019. Both countries agreed to cooperate, "
    "some analysts said.";

Claim claim_of(const std::string& text, const std::string& sentence) {
  Claim claim;
  claim.text = text;
  claim.start = kDocument.find(sentence);
  claim.end = claim.start + sentence.size();
  return claim;
}

const std::string kSecond = "Both countries agreed to cooperate, some analysts said.";

TEST(Faithfulness, TheSentenceItselfIsFaithful) {
  EXPECT_TRUE(unsupported_words(claim_of(kSecond, kSecond), kDocument).empty());
}

TEST(Faithfulness, WordsFromElsewhereNeedASourceSpan) {
  Claim claim = claim_of("Iran and North Korea agreed to cooperate.", kSecond);
  EXPECT_EQ(unsupported_words(claim, kDocument), (std::vector<std::string>{"iran", "north", "korea"}));
  // The antecedent's bytes make them supplied.
  const std::size_t start = kDocument.find("Iran and North Korea");
  claim.source_spans = {{start, start + 20}, {claim.start, claim.end}};
  EXPECT_TRUE(unsupported_words(claim, kDocument).empty());
}

TEST(Faithfulness, AllowsArticlesCopulasAndJoiningWords) {
  // Only "it" is neither in the sentence nor an allowed addition.
  EXPECT_EQ(unsupported_words(claim_of("The countries have agreed that it is to cooperate.",
                                       kSecond), kDocument),
            std::vector<std::string>{"it"});
  for (const char* word : {"the", "a", "is", "was", "has", "and", "of", "that"}) {
    EXPECT_TRUE(is_allowed_addition(word)) << word;
  }
  for (const char* word : {"not", "never", "after", "it"}) EXPECT_FALSE(is_allowed_addition(word)) << word;
}

TEST(Faithfulness, NoStemmingAndNoAddedNegation) {
  // "agree" is not the surface word "agreed"; "not" is never a free addition.
  EXPECT_EQ(unsupported_words(claim_of("Both countries did not agree.", kSecond), kDocument),
            (std::vector<std::string>{"not", "agree"}));
}

TEST(Faithfulness, APresentParticipleSuppliesItsSimplePast) {
  const std::string document = "The ship sank, killing 1,500 people and leaving few survivors.";
  Claim claim;
  claim.start = 0;
  claim.end = document.size();
  claim.text = "The ship killed 1,500 people.";
  EXPECT_TRUE(unsupported_words(claim, document).empty());
  claim.text = "The ship left few survivors.";
  EXPECT_TRUE(unsupported_words(claim, document).empty());
  // Only that inflection, and only of a participle the text has.
  claim.text = "The ship kills 1,500 people.";
  EXPECT_EQ(unsupported_words(claim, document), std::vector<std::string>{"kills"});
  claim.text = "The ship drowned 1,500 people.";
  EXPECT_EQ(unsupported_words(claim, document), std::vector<std::string>{"drowned"});
}

TEST(Faithfulness, CaseAndPossessivesDoNotMatter) {
  EXPECT_TRUE(unsupported_words(claim_of("SOME ANALYSTS said both countries' agreed.", kSecond),
                                kDocument)
                  .empty());
}

TEST(Faithfulness, SpansOutsideTheDocumentAreClamped) {
  Claim claim = claim_of("Iran met.", kSecond);
  claim.source_spans = {{kDocument.size() - 3, kDocument.size() + 50}};
  EXPECT_EQ(unsupported_words(claim, kDocument), (std::vector<std::string>{"iran", "met"}));
}

}  // namespace
}  // namespace claimcheck::eval
