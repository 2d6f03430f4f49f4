#include "eval/gold_file.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace claimcheck::eval {
namespace {

// The diagnostics parse_gold_file throws for `text`, as "line:col: message".
std::vector<std::string> errors_of(const std::string& text) {
  try {
    parse_gold_file("a.gold.yaml", text);
  } catch (const InputError& error) {
    std::vector<std::string> messages;
    for (const Diagnostic& d : error.diagnostics()) {
      EXPECT_EQ(d.path, "a.gold.yaml");
      messages.push_back(std::to_string(d.position.line) + ":" +
                         std::to_string(d.position.column) + ": " + d.message);
    }
    return messages;
  }
  ADD_FAILURE() << "no error for:\n" << text;
  return {};
}

TEST(GoldFile, ReadsEveryList) {
  const GoldFile gold = parse_gold_file("a.gold.yaml",
                                        "document: a.txt\n"
                                        "headings: [Title]\n"
                                        "sentences:\n  - One.\n  - \"Two: yes.\"\n"
                                        "claims:\n  - One claim.\n"
                                        "not_checkworthy: [Two.]\n"
                                        "vague_attribution:\n  - Some say so.\n");
  EXPECT_EQ(gold.document, "a.txt");
  EXPECT_EQ(gold.document_position.line, 1u);
  EXPECT_EQ(gold.document_position.column, 11u);
  EXPECT_EQ(gold.headings, std::vector<std::string>{"Title"});
  EXPECT_EQ(gold.sentences, (std::vector<std::string>{"One.", "Two: yes."}));
  EXPECT_EQ(gold.claims, std::vector<std::string>{"One claim."});
  EXPECT_EQ(gold.not_checkworthy, std::vector<std::string>{"Two."});
  EXPECT_EQ(gold.vague_attribution, std::vector<std::string>{"Some say so."});
}

TEST(GoldFile, ListsMayBeAbsentOrEmpty) {
  const GoldFile gold = parse_gold_file("a.gold.yaml", "document: a.txt\nclaims:\nheadings: []\n");
  EXPECT_TRUE(gold.claims.empty());
  EXPECT_TRUE(gold.headings.empty());
  EXPECT_TRUE(gold.sentences.empty());
}

TEST(GoldFile, SyntaxErrorNamesLineAndColumn) {
  const auto errors = errors_of("document: a.txt\nclaims: [one, two\nheadings: x\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(errors[0].starts_with("3:")) << errors[0];
  EXPECT_NE(errors[0].find("invalid YAML"), std::string::npos) << errors[0];
}

TEST(GoldFile, ReportsEveryWrongValueAtItsPosition) {
  const auto errors = errors_of("document: a.txt\n"
                                "claims: one claim\n"
                                "sentences:\n  - fine\n  - [not, a, string]\n"
                                "sentencse: []\n");
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0], "2:9: 'claims' must be a list of strings");
  EXPECT_EQ(errors[1], "5:5: sentences[1] must be a string");
  EXPECT_EQ(errors[2], "6:1: unknown key 'sentencse'; did you mean 'sentences'?");
}

TEST(GoldFile, ColumnsCountCodePoints) {
  // "é" is two bytes; the column of the bad value counts it once.
  const auto errors = errors_of("document: a.txt\nheadings: [\"é\", {a: b}]\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "2:17: headings[1] must be a string");
}

TEST(GoldFile, DocumentIsRequired) {
  EXPECT_EQ(errors_of("claims: []\n"),
            std::vector<std::string>{
                "1:1: missing 'document': the path of the document this gold file describes"});
  EXPECT_EQ(errors_of("document:\n").size(), 1u);
}

TEST(GoldFile, RootMustBeAMapping) {
  const auto errors = errors_of("- a\n- b\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("a gold file is a mapping"), std::string::npos);
  EXPECT_EQ(errors_of("").size(), 1u);
}

TEST(GoldFile, InvalidUtf8IsAnInputError) {
  const auto errors = errors_of("document: a.txt\nclaims: [\"\xFF\"]\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(errors[0].starts_with("2:")) << errors[0];
}

}  // namespace
}  // namespace claimcheck::eval
