#include "extract/english_lexicon.h"

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace claimcheck::english {
namespace {

// word_info answers from one precomputed table; it must give exactly what
// the word-class predicates and verb_form give one by one.
void expect_same_answers(const std::string& word) {
  const WordInfo info = word_info(word);
  EXPECT_EQ(info.form, verb_form(word)) << word;
  const std::pair<std::uint32_t, bool> classes[] = {
      {k_is_auxiliary, is_auxiliary(word)},
      {k_is_determiner, is_determiner(word)},
      {k_is_preposition, is_preposition(word)},
      {k_is_pronoun, is_pronoun(word)},
      {k_is_adverb_of_degree_or_time, is_adverb_of_degree_or_time(word)},
      {k_is_discourse_marker, is_discourse_marker(word)},
      {k_opens_frame, opens_frame(word)},
      {k_opens_concession, opens_concession(word)},
      {k_is_attribution_verb, is_attribution_verb(word)},
      {k_is_inference_verb, is_inference_verb(word)},
      {k_is_hedge, is_hedge(word)},
      {k_is_collective_predicate, is_collective_predicate(word)},
      {k_is_title, is_title(word)},
      {k_is_vague_source, is_vague_source(word)},
      {k_is_evaluative, is_evaluative(word)},
  };
  for (const auto& [bit, expected] : classes) {
    EXPECT_EQ((info.classes & bit) != 0, expected) << word << " class bit " << bit;
  }
}

TEST(EnglishLexicon, CardinalsAndInvariantPasts) {
  for (const char* word : {"two", "four", "twelve", "hundred", "dozen"}) {
    EXPECT_TRUE(is_cardinal_word(word)) << word;
    EXPECT_TRUE(word_info(word).cardinal) << word;
  }
  for (const char* word : {"the", "charges", "first", "once"}) {
    EXPECT_FALSE(is_cardinal_word(word)) << word;
    EXPECT_FALSE(word_info(word).cardinal) << word;
  }
  // "cut" and "put" read the same in the present and the past; "build" does not.
  EXPECT_TRUE(is_invariant_past("cut"));
  EXPECT_TRUE(is_invariant_past("put"));
  EXPECT_TRUE(is_invariant_past("burst"));
  EXPECT_EQ(verb_form("hurt"), VerbForm::base);
  EXPECT_FALSE(is_invariant_past("build"));
  EXPECT_FALSE(is_invariant_past("closed"));
}

TEST(EnglishLexicon, WordKindsLeaveAWordPlain) {
  EXPECT_NE(word_info("first").kinds & k_ordinal, 0);
  EXPECT_NE(word_info("because").kinds & k_subordinator, 0);
  EXPECT_NE(word_info("refused").kinds & k_catenative_verb, 0);
  EXPECT_NE(word_info("owns").kinds & k_owning_verb, 0);
  EXPECT_NE(word_info("headquartered").kinds & k_place_participle, 0);
  EXPECT_NE(word_info("january").kinds & k_weekday_or_month, 0);
  EXPECT_NE(word_info("inspector").kinds & k_honorific, 0);
  EXPECT_NE(word_info("general").kinds & k_title_opening_names, 0);
  EXPECT_NE(word_info("whatever").kinds & k_interrogative, 0);
  EXPECT_NE(word_info("added").kinds & k_inverting_speech_verb, 0);
  EXPECT_EQ(word_info("told").kinds & k_inverting_speech_verb, 0);
  EXPECT_NE(word_info("adding").kinds & k_speech_gerund, 0);
  EXPECT_EQ(word_info("adding").form, VerbForm::gerund);
  EXPECT_EQ(word_info("shelf").kinds, 0);
  // A word may have several kinds, each asked for on its own, and a noun of
  // a kind keeps the verb form the table gives it ("reported" is past).
  EXPECT_TRUE(has_kind("companies", k_pair_group_noun));
  EXPECT_TRUE(has_kind("companies", k_organisation_group_noun));
  EXPECT_FALSE(has_kind("countries", k_organisation_group_noun));
  EXPECT_TRUE(has_kind("reported", k_reported_participle));
  EXPECT_EQ(word_info("reported").form, VerbForm::past);
  EXPECT_TRUE(has_kind("report", k_document_noun));
  EXPECT_FALSE(has_kind("Report", k_document_noun));  // lookups take lower-cased words
  EXPECT_TRUE(has_kind("inc.", k_firm_name_end));
  EXPECT_EQ(word_info("").kinds, 0);
  // A kind is no class: "fifth" and "headquartered" stay plain words, and
  // a word added to the table only for its kind keeps the form the suffix
  // rules give an unknown word.
  EXPECT_EQ(word_info("fifth").classes, 0u);
  EXPECT_EQ(word_info("headquartered").classes, 0u);
  EXPECT_EQ(word_info("headquartered").form, VerbForm::past);
  EXPECT_EQ(word_info("latest").form, VerbForm::none);
}

TEST(EnglishLexicon, WordsThatMakeANameNoPerson) {
  for (const char* word : {"university", "awards", "act", "of", "foundation"}) EXPECT_TRUE(names_no_person(word)) << word;
  for (const char* word : {"faye", "smith", "julia"}) EXPECT_FALSE(names_no_person(word)) << word;
}

TEST(EnglishLexicon, WordInfoAgreesWithEachPredicateOnTheGoldArticles) {
  // Every word of the project's gold articles, lower-cased, plus the
  // suffix rules' exceptions and inflections of known verbs.
  std::set<std::string> words = {"alleged", "indeed", "during", "king", "found", "founded", "expected",
                                 "walked", "walking", "hundred", "something", "led", "lets", "bed",
                                 "", "a", "reportedly", "the", "sang", "unknownword", "zzzed", "zzzing"};
  const std::filesystem::path gold = std::filesystem::path(CLAIMCHECK_SOURCE_DIR) / "tests/eval/gold";
  for (const auto& entry : std::filesystem::directory_iterator(gold)) {
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    std::string word;
    for (const char c : text.str() + " ") {
      if (std::isalpha(static_cast<unsigned char>(c)) || c == '\'' || c == '-') {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else if (!word.empty()) {
        words.insert(word);
        word.clear();
      }
    }
  }
  ASSERT_GT(words.size(), 1000u);
  for (const std::string& word : words) expect_same_answers(word);
}

}  // namespace
}  // namespace claimcheck::english
