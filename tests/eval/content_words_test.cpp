#include "eval/content_words.h"

#include <gtest/gtest.h>

namespace claimcheck::eval {
namespace {

using Tokens = std::vector<std::string>;

TEST(Tokenize, LowerCasesAndSplitsOnPunctuation) {
  EXPECT_EQ(tokenize("The UN, in 2019: sanctions!"),
            (Tokens{"the", "un", "in", "2019", "sanctions"}));
}

TEST(Tokenize, KeepsIntraWordHyphensAndApostrophes) {
  EXPECT_EQ(tokenize("anti-Western Kim Jong-un doesn't"),
            (Tokens{"anti-western", "kim", "jong-un", "doesn't"}));
  // A dash between words or at a token's edge separates.
  EXPECT_EQ(tokenize("war - peace -x y-"), (Tokens{"war", "peace", "x", "y"}));
}

TEST(Tokenize, StripsPossessiveAndTrailingApostrophe) {
  EXPECT_EQ(tokenize("Iran's program, the countries' ties"),
            (Tokens{"iran", "program", "the", "countries", "ties"}));
  // The typographic apostrophe is the same.
  EXPECT_EQ(tokenize("Iran\u2019s Korea\u2019s"), (Tokens{"iran", "korea"}));
}

TEST(Tokenize, KeepsDecimalAndThousandsSeparatorsBetweenDigits) {
  EXPECT_EQ(tokenize("3.5 percent of 1,000 people. End."),
            (Tokens{"3.5", "percent", "of", "1,000", "people", "end"}));
}

TEST(Tokenize, HandlesNonAsciiLettersAndCase) {
  EXPECT_EQ(tokenize("Émile ZOLA visited Zürich — naïve Ωmega"),
            (Tokens{"émile", "zola", "visited", "zürich", "naïve", "ωmega"}));
}

TEST(Tokenize, InvalidUtf8SeparatesWithoutThrowing) {
  EXPECT_EQ(tokenize("ab\xFF" "cd"), (Tokens{"ab", "cd"}));
  EXPECT_TRUE(tokenize("").empty());
}

TEST(StopWords, FunctionWordsAreStopWordsButNegationsAreNot) {
  for (const char* word : {"the", "an", "their", "has", "were", "may", "of", "against", "and",
                           "although", "both", "own"}) {
    EXPECT_TRUE(is_stop_word(word)) << word;
  }
  for (const char* word : {"not", "no", "never", "iran", "sanctions", "2019", "more"}) {
    EXPECT_FALSE(is_stop_word(word)) << word;
  }
}

TEST(Stem, InflectionsOfOneWordMeet) {
  EXPECT_EQ(stem("formed"), stem("forming"));
  EXPECT_EQ(stem("formed"), stem("form"));
  EXPECT_EQ(stem("sanctions"), stem("sanction"));
  EXPECT_EQ(stem("countries"), stem("country"));
  EXPECT_EQ(stem("shared"), stem("share"));
  EXPECT_EQ(stem("sharing"), stem("shares"));
  EXPECT_EQ(stem("stopped"), stem("stop"));
  EXPECT_EQ(stem("agreed"), stem("agree"));
  EXPECT_EQ(stem("agreeing"), stem("agree"));
}

TEST(Stem, LeavesShortWordsNumbersAndLatinEndingsAlone) {
  EXPECT_EQ(stem("was"), "was");
  EXPECT_EQ(stem("bed"), "bed");
  EXPECT_EQ(stem("sing"), "sing");
  EXPECT_EQ(stem("1990s"), "1990s");
  EXPECT_EQ(stem("analysis"), "analysis");
  EXPECT_EQ(stem("status"), "status");
  EXPECT_EQ(stem("class"), "class");
  EXPECT_EQ(stem("missed"), "miss");
}

TEST(ContentWords, DropsStopWordsAndCountsRepeats) {
  const ContentWords words = content_words("Iran and North Korea said Iran's ties were formed.");
  EXPECT_EQ(words, (ContentWords{{"form", 1}, {"iran", 2}, {"korea", 1}, {"north", 1},
                                 {"said", 1}, {"tie", 1}}));
  EXPECT_EQ(total(words), 7u);
}

TEST(ContentWords, F1IsTheMultisetOverlap) {
  const ContentWords a = content_words("Iran imposed sanctions on Iran");  // iran x2, impos, sanction
  const ContentWords b = content_words("Iran imposed a sanction");         // iran, impos, sanction
  EXPECT_EQ(shared_count(a, b), 3u);
  EXPECT_DOUBLE_EQ(content_word_f1(a, b), 2.0 * 3 / 7);
  EXPECT_DOUBLE_EQ(content_word_f1(a, a), 1.0);
  EXPECT_DOUBLE_EQ(content_word_f1({}, {}), 0.0);
  EXPECT_DOUBLE_EQ(content_word_f1(a, content_words("the of and")), 0.0);
}

}  // namespace
}  // namespace claimcheck::eval
