#include "claims/claims_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>

#include "base/error.h"
#include "base/file_io.h"
#include "claims/yaml_tree.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = CLAIMCHECK_SOURCE_DIR;
const fs::path kBrokenDir = kSourceDir / "tests" / "data" / "broken";
const fs::path kValidDir = kSourceDir / "tests" / "data" / "valid";

// A small valid file; tests change one line of it.
const std::string kValid = R"(schema_version: 1
document:
  path: article.txt
  sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
  format: text
  extractor:
    name: claimcheck
    version: "0.1.0"
  extracted: "2026-11-27T07:00:00Z"
claims:
  - id: c-0a1b2c3d
    text: "The bridge opened in 1932."
    quote: "The bridge opened in 1932."
    start: 0
    end: 26
    line: 1
    column: 1
    checkworthy: true
    score: 0.7
    signals: [year]
    review:
      verdict: "true"
      confidence: 0.9
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

std::string all_messages(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& diagnostic : diagnostics) out += to_string(diagnostic) + "\n";
  return out;
}

// --- The broken corpus: every file is rejected where the mistake is --------

struct BrokenCase {
  const char* file;  // in tests/data/broken, without ".claims.yaml"
  std::size_t line;
  std::size_t column;
  const char* fragment;
};

const BrokenCase kBrokenCases[] = {
    {"attribution-without-who", 24, 7,
     "claims[0].attribution: missing required property \"who\""},
    {"bad-claim-id", 32, 9, "claims[1].id: string \"c-B7259193\" does not match the pattern"},
    {"bad-review-date", 31, 17, "claims[0].review.reviewed: string \"27/11/2026\" is not a date"},
    {"bad-sha256", 5, 11, "document.sha256: string \"f0e1d9d75bb887d6\" does not match"},
    {"bad-stance", 29, 19, "got string \"support\"; did you mean \"supports\"?"},
    {"claim-missing-quote", 32, 5, "claims[1]: missing required property \"quote\""},
    {"confidence-as-percentage", 25, 19,
     "claims[0].review.confidence: 80 is greater than the maximum 1"},
    {"confidence-as-text", 25, 19, "expected a number \u2014 got string \"80%\""},
    {"duplicate-id", 33, 9, "duplicate claim id \"c-2034329a\" (first used on line 13)"},
    {"duplicate-key", 33, 7, "duplicate key \"note\" (first defined on line 31)"},
    {"empty", 1, 1, "empty claims file"},
    {"empty-verdict", 24, 7, "claims[0].review.verdict: expected one of \"true\""},
    {"missing-document", 2, 1, "missing required top-level property \"document\""},
    {"misspelled-review-field", 30, 7, "unknown property \"reviwer\"; did you mean \"reviewer\"?"},
    {"negative-offset", 35, 12, "claims[1].start: -1 is less than the minimum 0"},
    {"not-utf8", 1, 51, "invalid UTF-8 at byte offset 50"},
    {"schema-version-2", 2, 17, "schema_version: expected 1 \u2014 got number 2"},
    {"score-nan", 21, 12, "claims[0].score: .nan is not a number"},
    {"source-span-end-before-start", 23, 32,
     "claims[0].source_spans[1]: end 344 is before start 391"},
    {"source-span-not-a-pair", 23, 20,
     "claims[0].source_spans[0]: expected exactly 2 items \u2014 got 1"},
    {"source-spans-overlap", 25, 9,
     "claims[0].source_spans[1]: starts at 292, inside or before the previous span (which ends "
     "at 342)"},
    {"source-without-url", 27, 11,
     "claims[0].review.sources[0]: missing required property \"url\""},
    {"sources-not-a-list", 26, 16, "claims[0].review.sources: expected a list \u2014 got string"},
    {"start-after-end", 35, 12, "claims[1].start: 408 is after end 271"},
    {"tab-indentation", 30, 1, "tab"},
    {"top-level-list", 2, 1, "the top level must be a mapping"},
    {"unknown-signal", 22, 29, "got string \"acton-verb\"; did you mean \"action-verb\"?"},
    {"unknown-verdict", 24, 16, "got string \"mostly true\"; did you mean \"mostly-true\"?"},
    {"unquoted-colon", 30, 39, "a value containing \": \" must be quoted"},
    {"unquoted-verdict-false", 24, 16, "got boolean False; quote it: \"false\""},
    {"unquoted-verdict-true", 24, 16,
     "claims[0].review.verdict: expected one of \"true\", \"mostly-true\", \"mixed\", "
     "\"mostly-false\", \"false\", \"misleading\", \"unproven\", \"outdated\", \"opinion\" "
     "\u2014 got boolean true; quote it: \"true\""},
    {"unquoted-version-number", 9, 14,
     "document.extractor.version: expected a string \u2014 got number 1.0; quote it: \"1.0\""},
    {"verdict-outside-review", 43, 5,
     "claims[1]: unknown property \"verdict\"; it belongs inside \"review:\""},
};

class BrokenCorpusTest : public testing::TestWithParam<BrokenCase> {};

TEST_P(BrokenCorpusTest, ReportsOneErrorAtTheMistake) {
  const BrokenCase& expected = GetParam();
  const std::string path = (kBrokenDir / (std::string(expected.file) + ".claims.yaml")).string();
  const Diagnostics diagnostics = validate_claims_text(path, read_file(path));
  // Each file holds one mistake, and a user should see it once.
  ASSERT_EQ(diagnostics.size(), 1u) << all_messages(diagnostics);
  const Diagnostic& diagnostic = diagnostics.front();
  EXPECT_EQ(diagnostic.severity, Severity::error);
  EXPECT_EQ(diagnostic.path, path);
  EXPECT_EQ(diagnostic.position.line, expected.line) << to_string(diagnostic);
  EXPECT_EQ(diagnostic.position.column, expected.column) << to_string(diagnostic);
  EXPECT_NE(diagnostic.message.find(expected.fragment), std::string::npos)
      << "expected \"" << expected.fragment << "\" in\n"
      << to_string(diagnostic);
}

TEST_P(BrokenCorpusTest, ReadingThrowsInputErrorWithTheSameDiagnostics) {
  const BrokenCase& expected = GetParam();
  const std::string path = (kBrokenDir / (std::string(expected.file) + ".claims.yaml")).string();
  const std::string text = read_file(path);
  try {
    read_claims_file(path, text);
    FAIL() << "read_claims_file accepted " << path;
  } catch (const InputError& error) {
    EXPECT_EQ(all_messages(error.diagnostics()), all_messages(validate_claims_text(path, text)));
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, BrokenCorpusTest, testing::ValuesIn(kBrokenCases),
                         [](const testing::TestParamInfo<BrokenCase>& info) {
                           std::string name = info.param.file;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(BrokenCorpusTest, EveryFileInTheCorpusHasAnExpectation) {
  std::set<std::string> covered;
  for (const BrokenCase& broken : kBrokenCases) covered.insert(broken.file);
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(kBrokenDir)) {
    const std::string name = entry.path().filename().string();
    const std::string suffix = ".claims.yaml";
    ASSERT_GT(name.size(), suffix.size());
    EXPECT_TRUE(covered.count(name.substr(0, name.size() - suffix.size())))
        << name << " has no entry in kBrokenCases";
    ++files;
  }
  EXPECT_EQ(files, covered.size());
}

TEST(ValidCorpusTest, EveryFileValidatesAndReads) {
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(kValidDir)) {
    const std::string path = entry.path().string();
    const std::string text = read_file(path);
    EXPECT_EQ(all_messages(validate_claims_text(path, text)), "") << path;
    EXPECT_NO_THROW(read_claims_file(path, text)) << path;
    ++files;
  }
  EXPECT_GE(files, 3u);
}

// --- YAML 1.2 typing ---------------------------------------------------------

TEST(PlainScalarTypingTest, BooleansAreOnlyTrueAndFalse) {
  for (const char* text : {"true", "True", "TRUE"}) EXPECT_EQ(*resolve_plain_scalar(text), true);
  for (const char* text : {"false", "False", "FALSE"}) {
    EXPECT_EQ(*resolve_plain_scalar(text), false);
  }
  // YAML 1.1 booleans are plain words in YAML 1.2.
  for (const char* text : {"yes", "no", "on", "off", "y", "n", "tRUE"}) {
    EXPECT_EQ(*resolve_plain_scalar(text), nlohmann::json(text)) << text;
  }
}

TEST(PlainScalarTypingTest, NullSpellings) {
  for (const char* text : {"", "~", "null", "Null", "NULL"}) {
    EXPECT_TRUE(resolve_plain_scalar(text)->is_null()) << text;
  }
  EXPECT_EQ(*resolve_plain_scalar("nULL"), nlohmann::json("nULL"));
}

TEST(PlainScalarTypingTest, Integers) {
  EXPECT_EQ(*resolve_plain_scalar("42"), 42);
  EXPECT_EQ(*resolve_plain_scalar("-7"), -7);
  EXPECT_EQ(*resolve_plain_scalar("+12"), 12);
  EXPECT_EQ(*resolve_plain_scalar("017"), 17);  // decimal in YAML 1.2, not octal
  EXPECT_EQ(*resolve_plain_scalar("0o17"), 15);
  EXPECT_EQ(*resolve_plain_scalar("0x1F"), 31);
  EXPECT_TRUE(resolve_plain_scalar("42")->is_number_integer());
  EXPECT_EQ(*resolve_plain_scalar("18446744073709551615"), 18446744073709551615ull);
  EXPECT_FALSE(resolve_plain_scalar("99999999999999999999999").has_value());
  // Not integers in YAML 1.2: underscores, binary, sexagesimal.
  for (const char* text : {"1_000", "0b101", "1:30", "0x", "0o8", "--1"}) {
    EXPECT_EQ(*resolve_plain_scalar(text), nlohmann::json(text)) << text;
  }
}

TEST(PlainScalarTypingTest, Floats) {
  EXPECT_DOUBLE_EQ(resolve_plain_scalar("0.82")->get<double>(), 0.82);
  EXPECT_DOUBLE_EQ(resolve_plain_scalar(".5")->get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(resolve_plain_scalar("-2.5e-3")->get<double>(), -0.0025);
  EXPECT_TRUE(std::isinf(resolve_plain_scalar(".inf")->get<double>()));
  EXPECT_LT(resolve_plain_scalar("-.Inf")->get<double>(), 0);
  EXPECT_TRUE(std::isnan(resolve_plain_scalar(".NaN")->get<double>()));
  // Out of double range: overflow is infinite, underflow is zero, as in other readers.
  EXPECT_TRUE(std::isinf(resolve_plain_scalar("1e400")->get<double>()));
  EXPECT_EQ(*resolve_plain_scalar("5E-400"), 0);
  // JSON Schema counts a number without a fraction as an integer.
  EXPECT_TRUE(resolve_plain_scalar("1.0")->is_number_integer());
  EXPECT_EQ(*resolve_plain_scalar("1e3"), 1000);
  for (const char* text : {"1.2.3", "e3", ".", "1e", "inf", "nan", "0.1.0", "12%"}) {
    EXPECT_EQ(*resolve_plain_scalar(text), nlohmann::json(text)) << text;
  }
}

TEST(PlainScalarTypingTest, UnquotedDatesStayStrings) {
  EXPECT_EQ(*resolve_plain_scalar("2026-11-27"), nlohmann::json("2026-11-27"));
  EXPECT_EQ(*resolve_plain_scalar("2026-11-27T07:00:00Z"), nlohmann::json("2026-11-27T07:00:00Z"));
}

TEST(YamlTreeTest, QuotedAndBlockScalarsAreStrings) {
  const YamlParseResult parsed =
      parse_yaml_tree("t.yaml", "a: \"true\"\nb: '12'\nc: !!str 1.5\nd: |\n  no\ne: >-\n  7\n");
  ASSERT_TRUE(parsed.tree) << all_messages(parsed.diagnostics);
  const nlohmann::json expected = {
      {"a", "true"}, {"b", "12"}, {"c", "1.5"}, {"d", "no\n"}, {"e", "7"}};
  EXPECT_EQ(parsed.tree->root, expected);
}

TEST(YamlTreeTest, PositionsAreOneBasedAndCountCodePoints) {
  // "é" is two bytes; the column after it counts it once.
  const YamlParseResult parsed =
      parse_yaml_tree("t.yaml", "r\xC3\xA9sum\xC3\xA9: x\nlist:\n  - 5\n");
  ASSERT_TRUE(parsed.tree);
  const YamlNodeInfo& value = parsed.tree->find("/r\xC3\xA9sum\xC3\xA9");
  EXPECT_EQ(value.position.line, 1u);
  EXPECT_EQ(value.position.column, 9u);
  EXPECT_EQ(value.key_position.column, 1u);
  const YamlNodeInfo& item = parsed.tree->find("/list/0");
  EXPECT_EQ(item.position.line, 3u);
  EXPECT_EQ(item.position.column, 5u);
  EXPECT_EQ(item.position.offset, 22u);
}

TEST(YamlTreeTest, PositionsCountTheByteOrderMarkInOffsetsButNotColumns) {
  const YamlParseResult parsed = parse_yaml_tree("t.yaml",
                                                 "\xEF\xBB\xBF"
                                                 "a: 1\n");
  ASSERT_TRUE(parsed.tree);
  const YamlNodeInfo& value = parsed.tree->find("/a");
  EXPECT_EQ(value.position.offset, 6u);
  EXPECT_EQ(value.position.column, 4u);
}

TEST(YamlTreeTest, EmptyValuesArePlacedAtTheirKey) {
  const YamlParseResult parsed = parse_yaml_tree("t.yaml", "a:\nb: 1\n");
  ASSERT_TRUE(parsed.tree);
  EXPECT_TRUE(parsed.tree->root["a"].is_null());
  EXPECT_EQ(parsed.tree->find("/a").position.line, 1u);
}

TEST(YamlTreeTest, KeysNeedingEscapesInPointersAreFound) {
  const YamlParseResult parsed = parse_yaml_tree("t.yaml", "x:\n  a/b~c: 1\n");
  ASSERT_TRUE(parsed.tree);
  EXPECT_EQ(parsed.tree->find("/x/" + json_pointer_token("a/b~c")).position.line, 2u);
  EXPECT_EQ(json_pointer_token("a/b~c"), "a~1b~0c");
}

// --- validate_claims_text: messages and positions -------------------------

TEST(ValidateClaimsTest, TheSampleIsValid) {
  EXPECT_EQ(all_messages(validate_claims_text("a.claims.yaml", kValid)), "");
}

TEST(ValidateClaimsTest, UnquotedTrueVerdictSaysBooleanAndSuggestsQuoting) {
  const std::string text = replaced(kValid, "verdict: \"true\"", "verdict: true");
  const Diagnostics diagnostics = validate_claims_text("a.claims.yaml", text);
  ASSERT_EQ(diagnostics.size(), 1u) << all_messages(diagnostics);
  EXPECT_EQ(to_string(diagnostics[0]).substr(0, 24), "a.claims.yaml:22:16: err");
  EXPECT_NE(diagnostics[0].message.find("got boolean true; quote it: \"true\""), std::string::npos)
      << diagnostics[0].message;
}

TEST(ValidateClaimsTest, SingleQuotedVerdictIsAString) {
  const std::string text = replaced(kValid, "verdict: \"true\"", "verdict: 'false'");
  EXPECT_EQ(all_messages(validate_claims_text("a.claims.yaml", text)), "");
}

TEST(ValidateClaimsTest, RangeErrorNamesValueAndLimit) {
  const std::string text = replaced(kValid, "confidence: 0.9", "confidence: 1.5");
  const Diagnostics diagnostics = validate_claims_text("a.claims.yaml", text);
  ASSERT_EQ(diagnostics.size(), 1u) << all_messages(diagnostics);
  EXPECT_EQ(diagnostics[0].message,
            "claims[0].review.confidence: 1.5 is greater than the maximum 1; write a fraction "
            "(0.9), not a percentage (90)");
  EXPECT_EQ(diagnostics[0].position.line, 23u);
  EXPECT_EQ(diagnostics[0].position.column, 19u);
}

TEST(ValidateClaimsTest, EveryProblemIsReportedOnceInFileOrder) {
  std::string text = replaced(kValid, "confidence: 0.9", "confidence: -1\n      colour: red");
  text = replaced(text, "format: text", "format: html");
  text = replaced(text, "score: 0.7", "score: high");
  text = replaced(text, "  - id: c-0a1b2c3d\n", "  - id: c-0a1b2c3d\n    extra: 1\n");
  const Diagnostics diagnostics = validate_claims_text("a.claims.yaml", text);
  ASSERT_EQ(diagnostics.size(), 5u) << all_messages(diagnostics);
  EXPECT_NE(diagnostics[0].message.find("document.format: expected one of \"text\", "
                                        "\"markdown\" \u2014 got string \"html\""),
            std::string::npos);
  EXPECT_NE(diagnostics[1].message.find("claims[0]: unknown property \"extra\""),
            std::string::npos);
  EXPECT_NE(diagnostics[2].message.find("claims[0].score: expected a number \u2014 got string "
                                        "\"high\""),
            std::string::npos);
  EXPECT_NE(diagnostics[3].message.find("-1 is less than the minimum 0"), std::string::npos);
  EXPECT_NE(diagnostics[4].message.find("unknown property \"colour\""), std::string::npos);
  for (std::size_t i = 1; i < diagnostics.size(); ++i) {
    EXPECT_LT(diagnostics[i - 1].position.offset, diagnostics[i].position.offset);
  }
}

TEST(ValidateClaimsTest, EveryUnknownKeyOfAMappingIsReported) {
  // valijson names only the first unknown property; a user needs all.
  const std::string text =
      replaced(kValid, "  extracted:", "  author: me\n  lang: en\n  extracted:");
  const Diagnostics diagnostics = validate_claims_text("a.claims.yaml", text);
  ASSERT_EQ(diagnostics.size(), 2u) << all_messages(diagnostics);
  EXPECT_EQ(diagnostics[0].position.line, 9u);
  EXPECT_EQ(diagnostics[0].position.column, 3u);
  EXPECT_NE(diagnostics[0].message.find("\"author\""), std::string::npos);
  EXPECT_EQ(diagnostics[1].position.line, 10u);
  EXPECT_NE(diagnostics[1].message.find("\"lang\""), std::string::npos);
  EXPECT_NE(diagnostics[1].message.find("allowed here: extracted, extractor, format, path, sha256"),
            std::string::npos)
      << diagnostics[1].message;
}

TEST(ValidateClaimsTest, MissingPropertyIsReportedAtTheMappingThatLacksIt) {
  const std::string text = replaced(kValid, "    checkworthy: true\n", "");
  const Diagnostics diagnostics = validate_claims_text("a.claims.yaml", text);
  ASSERT_EQ(diagnostics.size(), 1u) << all_messages(diagnostics);
  EXPECT_EQ(diagnostics[0].message, "claims[0]: missing required property \"checkworthy\"");
  EXPECT_EQ(diagnostics[0].position.line, 11u);
  EXPECT_EQ(diagnostics[0].position.column, 5u);
}

TEST(ValidateClaimsTest, DuplicateKeysAnywhereAreReportedWithTheFirstLine) {
  const std::string text =
      replaced(kValid, "claims:\n", "format: text\nclaims:\n") + "      confidence: 0.5\n";
  const Diagnostics diagnostics = validate_claims_text("a.claims.yaml", text);
  // The top-level "format" is also unknown; both duplicates are found.
  const std::string messages = all_messages(diagnostics);
  EXPECT_NE(messages.find("a.claims.yaml:25:7: error: duplicate key \"confidence\" (first "
                          "defined on line 24)"),
            std::string::npos)
      << messages;
  EXPECT_NE(messages.find("a.claims.yaml:10:1: error: top level: unknown property \"format\"; "
                          "it belongs inside \"document:\""),
            std::string::npos);
}

TEST(ValidateClaimsTest, DuplicateIdsNameTheFirstLine) {
  const std::string claim = kValid.substr(kValid.find("  - id:"));
  const Diagnostics diagnostics = validate_claims_text("a.claims.yaml", kValid + claim);
  ASSERT_EQ(diagnostics.size(), 1u) << all_messages(diagnostics);
  EXPECT_EQ(to_string(diagnostics[0]),
            "a.claims.yaml:24:9: error: claims[1].id: duplicate claim id \"c-0a1b2c3d\" (first "
            "used on line 11)");
}

TEST(ValidateClaimsTest, QuotingNumbersThatShouldBeTextIsSuggested) {
  const std::string text = replaced(kValid, "name: claimcheck", "name: 2024");
  const Diagnostics diagnostics = validate_claims_text("a.claims.yaml", text);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_NE(diagnostics[0].message.find("got number 2024; quote it: \"2024\""), std::string::npos)
      << diagnostics[0].message;
}

TEST(ValidateClaimsTest, IntegralFloatsCountAsIntegers) {
  const std::string text = replaced(kValid, "end: 26", "end: 26.0");
  EXPECT_EQ(all_messages(validate_claims_text("a.claims.yaml", text)), "");
  const std::string fraction = replaced(kValid, "end: 26", "end: 26.5");
  EXPECT_NE(all_messages(validate_claims_text("a.claims.yaml", fraction))
                .find("claims[0].end: expected an integer \u2014 got number 26.5"),
            std::string::npos);
}

TEST(ValidateClaimsTest, ColumnsCountCodePoints) {
  const std::string text =
      replaced(kValid, "    score: 0.7", "    section: \"\xC3\xA9t\xC3\xA9\"\n    score: 0.7");
  const std::string broken = replaced(text, "\"\xC3\xA9t\xC3\xA9\"", "\"\xC3\xA9t\xC3\xA9\", x: 1");
  const Diagnostics diagnostics = validate_claims_text("a.claims.yaml", broken);
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_EQ(diagnostics[0].position.line, 19u);
  // 'section: "été", x: 1' -- the error is after "été", counted as 3 columns.
  EXPECT_EQ(diagnostics[0].position.column, 19u) << to_string(diagnostics[0]);
}

TEST(ValidateClaimsTest, WrongTopLevelShapes) {
  for (const char* text : {"just a string\n", "- 1\n- 2\n", "42\n"}) {
    const Diagnostics diagnostics = validate_claims_text("a.claims.yaml", text);
    ASSERT_EQ(diagnostics.size(), 1u) << text;
    EXPECT_NE(diagnostics[0].message.find("the top level must be a mapping"), std::string::npos);
    EXPECT_EQ(diagnostics[0].position.line, 1u);
  }
  for (const char* text : {"", "# only a comment\n", "---\n", "\n\n"}) {
    const Diagnostics diagnostics = validate_claims_text("a.claims.yaml", text);
    ASSERT_EQ(diagnostics.size(), 1u) << '"' << text << '"';
    EXPECT_NE(diagnostics[0].message.find("empty claims file"), std::string::npos);
  }
}

TEST(ValidateClaimsTest, SyntaxErrorsCarryOneBasedPositions) {
  const Diagnostics diagnostics = validate_claims_text("a.claims.yaml", "a: [1, 2\nb: 3\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_GE(diagnostics[0].position.line, 1u);
  EXPECT_GE(diagnostics[0].position.column, 1u);
  EXPECT_NE(diagnostics[0].message.find("flow"), std::string::npos) << diagnostics[0].message;
}

TEST(ValidateClaimsTest, BinaryAndMisencodedInputIsRejectedCleanly) {
  const Diagnostics nul = validate_claims_text("a.claims.yaml", std::string("a: 1\n\0b", 7));
  ASSERT_EQ(nul.size(), 1u);
  EXPECT_EQ(nul[0].position.line, 2u);
  EXPECT_NE(nul[0].message.find("NUL byte"), std::string::npos);
  // UTF-16 with its byte-order mark: not UTF-8.
  const Diagnostics utf16 = validate_claims_text("a.claims.yaml", std::string("\xFF\xFE"
                                                                              "a\0",
                                                                              4));
  ASSERT_EQ(utf16.size(), 1u);
}

// Hostile or odd YAML must give diagnostics, never an exception or a hang.
TEST(ValidateClaimsTest, HostileYamlNeverThrows) {
  std::string deep_flow(100000, '[');
  std::string deep_block;
  for (int i = 0; i < 3000; ++i)
    deep_block += std::string(static_cast<std::size_t>(i), ' ') + "-\n";
  std::string laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char name = 'b'; name <= 'k'; ++name) {
    const char previous = static_cast<char>(name - 1);
    laughs += std::string(1, name) + ": &" + name + " [*" + previous + ", *" + previous + ", *" +
              previous + ", *" + previous + ", *" + previous + ", *" + previous + ", *" + previous +
              ", *" + previous + ", *" + previous + ", *" + previous + "]\n";
  }
  const std::string inputs[] = {
      deep_flow,
      deep_block,
      laughs,
      "a: &x [1, *x]\n",
      "a: *undefined\n",
      "a: 1\n---\nb: 2\n",
      "? [complex, key]\n: 1\n",
      "a: !custom 1\n",
      "{schema_version: 1, document: , claims: [~, [], {}]}\n",
      "schema_version: 1\ndocument: {}\nclaims: {a: 1}\n",
      "claims:\n  - review: {sources: [[], 1, {url: [1, 2]}]}\n",
      "document:\n  extracted: {a: 1}\nclaims:\n  - review: {reviewed: [1], "
      "sources: [{accessed: {x: 1}}]}\n",
      "a: 99999999999999999999999999\n",
      "\"unterminated\n",
      "- a\nb: c\n",
      ": no key\n",
      "a: 1\n? \n: x\n",
      "{: x}\n",
      "\t\n",
  };
  for (const std::string& input : inputs) {
    Diagnostics diagnostics;
    EXPECT_NO_THROW(diagnostics = validate_claims_text("h.claims.yaml", input))
        << input.substr(0, 80);
    EXPECT_FALSE(diagnostics.empty()) << input.substr(0, 80);
    for (const Diagnostic& diagnostic : diagnostics) {
      EXPECT_EQ(diagnostic.path, "h.claims.yaml");
      EXPECT_FALSE(diagnostic.message.empty());
      EXPECT_GE(diagnostic.position.line, 1u) << to_string(diagnostic);
    }
  }
}

TEST(ValidateClaimsTest, RecursiveAliasesAndAliasBombsAreNamed) {
  const Diagnostics recursive = validate_claims_text("a.yaml", "a: &x [1, *x]\n");
  ASSERT_EQ(recursive.size(), 1u);
  EXPECT_NE(recursive[0].message.find("recursive"), std::string::npos);

  std::string laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char name = 'b'; name <= 'k'; ++name) {
    const std::string previous = std::string("*") + static_cast<char>(name - 1);
    laughs += std::string(1, name) + ": &" + name + " [" + previous;
    for (int i = 0; i < 9; ++i) laughs += ", " + previous;
    laughs += "]\n";
  }
  const Diagnostics bomb = validate_claims_text("a.yaml", laughs);
  ASSERT_EQ(bomb.size(), 1u);
  EXPECT_NE(bomb[0].message.find("too many nodes"), std::string::npos);
}

TEST(ValidateClaimsTest, AliasesShareValuesLikeCopies) {
  std::string text = replaced(kValid, "      confidence: 0.9\n",
                              "      confidence: 0.9\n      sources: &s\n        - url: "
                              "https://example.org\n");
  const std::string claim = kValid.substr(kValid.find("  - id:"));
  text += replaced(replaced(claim, "c-0a1b2c3d", "c-0a1b2c3e"), "      confidence: 0.9\n",
                   "      confidence: 0.9\n      sources: *s\n");
  EXPECT_EQ(all_messages(validate_claims_text("a.claims.yaml", text)), "");
  const ClaimsFile file = read_claims_file("a.claims.yaml", text);
  ASSERT_EQ(file.claims.size(), 2u);
  ASSERT_EQ(file.claims[1].review->sources.size(), 1u);
  EXPECT_EQ(file.claims[1].review->sources[0].url, "https://example.org");
}

// --- read_claims_file: the model ----------------------------------------------

TEST(ReadClaimsTest, BuildsTheModelWithPositions) {
  const std::string path = (kValidDir / "reviewed.claims.yaml").string();
  const ClaimsFile file = read_claims_file(path, read_file(path));
  EXPECT_EQ(file.schema_version, 1);
  EXPECT_EQ(file.document.path, "../../../claims/iran-north-korea.txt");
  EXPECT_EQ(file.document.sha256,
            "f0e1d9d75bb887d65d52c3c5df05dcb58fc1576c1be4dfec833a6b2d33ec8b99");
  EXPECT_EQ(file.document.format, "text");
  EXPECT_EQ(file.document.extractor_name, "claimcheck");
  EXPECT_EQ(file.document.extractor_version, "0.1.0");
  EXPECT_EQ(file.document.extracted, "2026-11-27T07:00:00Z");
  EXPECT_EQ(file.document.sha256_position.line, 7u);
  EXPECT_EQ(file.document.sha256_position.column, 11u);

  ASSERT_EQ(file.claims.size(), 2u);
  const Claim& first = file.claims[0];
  EXPECT_EQ(first.id, "c-2034329a");
  EXPECT_EQ(first.start, 112u);
  EXPECT_EQ(first.end, 270u);
  EXPECT_EQ(first.line, 3u);
  EXPECT_EQ(first.column, 1u);
  EXPECT_EQ(first.section, "A Tumultuous History:");
  EXPECT_TRUE(first.checkworthy);
  EXPECT_DOUBLE_EQ(first.score, 0.79);
  EXPECT_EQ(first.signals, (std::vector<std::string>{"named-entity", "action-verb"}));
  EXPECT_EQ(first.file_position.line, 14u);
  EXPECT_EQ(first.file_position.column, 5u);
  ASSERT_TRUE(first.review.has_value());
  EXPECT_EQ(first.review->verdict, Verdict::true_);
  EXPECT_EQ(first.review->confidence, 0.9);
  ASSERT_EQ(first.review->sources.size(), 2u);
  const Source& source = first.review->sources[0];
  EXPECT_EQ(source.url, "https://www.cfr.org/backgrounder/iran-north-korea");
  EXPECT_EQ(source.title, "Iran and North Korea: a partnership");
  EXPECT_EQ(source.publisher, "Council on Foreign Relations");
  EXPECT_EQ(source.accessed, "2026-11-26");  // unquoted date, read as text
  EXPECT_EQ(source.stance, Stance::supports);
  EXPECT_EQ(first.review->sources[1].stance, Stance::context);
  EXPECT_EQ(first.review->sources[1].title, "");
  EXPECT_EQ(first.review->reviewer, "Jane Doe");
  EXPECT_EQ(first.review->reviewed, "2026-11-27");
  EXPECT_EQ(first.review->note.substr(0, 18), "Broadly accurate. ");

  const Claim& second = file.claims[1];
  EXPECT_EQ(second.review->verdict, Verdict::false_);
  EXPECT_EQ(second.review->confidence, 1.0);  // written as the integer 1
  EXPECT_EQ(second.review->reviewer, "");
  EXPECT_EQ(second.file_position.line, 42u);
}

TEST(ReadClaimsTest, OptionalFieldsMayBeAbsent) {
  const std::string text =
      replaced(kValid, "    review:\n      verdict: \"true\"\n      confidence: 0.9\n", "");
  const ClaimsFile file = read_claims_file("a.claims.yaml", text);
  ASSERT_EQ(file.claims.size(), 1u);
  EXPECT_FALSE(file.claims[0].review.has_value());
  EXPECT_EQ(file.claims[0].section, "");

  const ClaimsFile empty_review = read_claims_file(
      "a.claims.yaml", replaced(kValid, "      verdict: \"true\"\n      confidence: 0.9\n",
                                "      note: started\n"));
  ASSERT_TRUE(empty_review.claims[0].review.has_value());
  EXPECT_FALSE(empty_review.claims[0].review->verdict.has_value());
  EXPECT_FALSE(empty_review.claims[0].review->confidence.has_value());
}

TEST(ReadClaimsTest, ThrowsInputErrorCarryingEveryDiagnostic) {
  std::string text = replaced(kValid, "verdict: \"true\"", "verdict: yes");
  text = replaced(text, "confidence: 0.9", "confidence: 9");
  try {
    read_claims_file("a.claims.yaml", text);
    FAIL() << "accepted an invalid file";
  } catch (const InputError& error) {
    ASSERT_EQ(error.diagnostics().size(), 2u);
    EXPECT_EQ(error.diagnostics()[0].position.line, 22u);
    EXPECT_EQ(error.diagnostics()[1].position.line, 23u);
  }
}

TEST(ReadClaimsTest, KeepsTheReviewBlockAsWritten) {
  const std::string review =
      "    review:\n"
      "      # checked twice\n"
      "      verdict: \"true\"   # see below\n"
      "\n"
      "      confidence: 0.9\n";
  std::string text = replaced(kValid, "    review:\n      verdict: \"true\"\n      confidence: 0.9\n",
                              review + "\n    # about the next claim\n");
  text += "  - id: c-0a1b2c3e\n    review: {verdict: mixed}\n" +
          kValid.substr(kValid.find("    text:"), kValid.find("    review:") - kValid.find("    text:"));
  const ClaimsFile file = read_claims_file("a.claims.yaml", text);
  ASSERT_EQ(file.claims.size(), 2u);
  EXPECT_EQ(file.claims[0].review_source, review);
  EXPECT_EQ(file.claims[1].review_source, "    review: {verdict: mixed}\n");
}

TEST(ReadClaimsTest, ReadsStaleMarkersAndOrphanedClaims) {
  const std::string claim = kValid.substr(kValid.find("  - id:"));
  std::string text = replaced(kValid, "    review:\n",
                              "    stale:\n      previous_text: \"The bridge opened in 1931.\"\n"
                              "      detected: \"2026-11-28T09:00:00Z\"\n    review:\n");
  text += "orphaned:\n" + claim;  // an orphan may keep the id of a current claim
  EXPECT_EQ(all_messages(validate_claims_text("a.claims.yaml", text)), "");
  const ClaimsFile file = read_claims_file("a.claims.yaml", text);
  ASSERT_TRUE(file.claims[0].stale.has_value());
  EXPECT_EQ(file.claims[0].stale->previous_text, "The bridge opened in 1931.");
  EXPECT_EQ(file.claims[0].stale->detected, "2026-11-28T09:00:00Z");
  ASSERT_EQ(file.orphaned.size(), 1u);
  EXPECT_EQ(file.orphaned[0].id, "c-0a1b2c3d");
  EXPECT_FALSE(file.orphaned[0].stale.has_value());
  EXPECT_EQ(file.orphaned[0].file_position.line, 28u);

  const std::string no_time = replaced(text, "      detected: \"2026-11-28T09:00:00Z\"\n", "");
  EXPECT_NE(all_messages(validate_claims_text("a.claims.yaml", no_time))
                .find("claims[0].stale: missing required property \"detected\""),
            std::string::npos);
}

TEST(ReadClaimsTest, ReadsAttributionHedgesAmbiguousReferencesAndSourceSpans) {
  const std::string path = (kValidDir / "analysis-fields.claims.yaml").string();
  const ClaimsFile file = read_claims_file(path, read_file(path));
  ASSERT_EQ(file.claims.size(), 2u);
  const Claim& hedged = file.claims[0];
  ASSERT_TRUE(hedged.attribution.has_value());
  EXPECT_EQ(hedged.attribution->who, "some analysts");
  EXPECT_TRUE(hedged.attribution->vague);
  EXPECT_EQ(hedged.hedges, (std::vector<std::string>{"reportedly", "may"}));
  EXPECT_EQ(hedged.ambiguous, (std::vector<std::string>{"its allies"}));
  EXPECT_EQ(hedged.source_spans,
            (std::vector<Claim::SourceSpan>{{271, 342}, {408, 408}}));  // empty span allowed

  const Claim& plain = file.claims[1];
  ASSERT_TRUE(plain.attribution.has_value());
  EXPECT_EQ(plain.attribution->who, "yes");  // quoted: a string, not a YAML 1.1 boolean
  EXPECT_FALSE(plain.attribution->vague);
  EXPECT_TRUE(plain.hedges.empty());
  EXPECT_TRUE(plain.ambiguous.empty());
  EXPECT_EQ(plain.source_spans, (std::vector<Claim::SourceSpan>{{292, 312}, {344, 391}}));
}

TEST(ReadClaimsTest, AnalysisFieldsAreOptional) {
  const ClaimsFile file = read_claims_file("a.claims.yaml", kValid);
  EXPECT_FALSE(file.claims[0].attribution.has_value());
  EXPECT_TRUE(file.claims[0].hedges.empty());
  EXPECT_TRUE(file.claims[0].ambiguous.empty());
  EXPECT_TRUE(file.claims[0].source_spans.empty());
}

TEST(ValidateClaimsTest, SourceSpansMustBeOrderedDisjointAndNotInverted) {
  const auto spans = [](const std::string& list) {
    return all_messages(validate_claims_text(
        "a.claims.yaml",
        replaced(kValid, "    review:\n", "    source_spans: " + list + "\n    review:\n")));
  };
  EXPECT_EQ(spans("[[0, 4], [4, 9], [20, 20]]"), "");  // touching and empty spans are fine
  EXPECT_NE(spans("[[9, 4]]").find("claims[0].source_spans[0]: end 4 is before start 9"),
            std::string::npos);
  EXPECT_NE(spans("[[10, 20], [0, 4]]").find("claims[0].source_spans[1]: starts at 0"),
            std::string::npos);
  EXPECT_NE(spans("[[10, 20], [15, 30]]").find("claims[0].source_spans[1]: starts at 15"),
            std::string::npos);
  // Each problem once, at its own span.
  const std::string both = spans("[[10, 20], [15, 30], [40, 35]]");
  EXPECT_EQ(std::count(both.begin(), both.end(), '\n'), 2) << both;
  EXPECT_NE(spans("[[-1, 4]]").find("claims[0].source_spans[0][0]: -1 is less than the minimum 0"),
            std::string::npos);
  EXPECT_NE(spans("[[1, 4, 6]]")
                .find("claims[0].source_spans[0]: expected exactly 2 items \u2014 got 3"),
            std::string::npos);
}

// --- The schema itself ---------------------------------------------------------

TEST(ClaimsSchemaTest, EmbeddedSchemaIsTheFileInTheRepository) {
  const std::string path = (kSourceDir / "schemas" / "claims.schema.yaml").string();
  const YamlParseResult parsed = parse_yaml_tree(path, read_file(path));
  ASSERT_TRUE(parsed.tree);
  EXPECT_EQ(parsed.tree->root, claims_schema());
}

// Editors show descriptions on hover; every property must have one.
TEST(ClaimsSchemaTest, EveryPropertyIsDescribed) {
  const nlohmann::json& schema = claims_schema();
  std::vector<std::string> undescribed;
  std::size_t properties = 0;
  std::function<void(const nlohmann::json&, const std::string&)> visit =
      [&](const nlohmann::json& node, const std::string& where) {
        if (!node.is_object()) return;
        if (node.contains("properties")) {
          for (const auto& [name, property] : node["properties"].items()) {
            ++properties;
            const nlohmann::json* target = &property;
            if (property.contains("$ref")) {
              const std::string ref = property["$ref"].get<std::string>();
              target = &schema.at(nlohmann::json::json_pointer(ref.substr(1)));
            }
            if (!target->contains("description") && !property.contains("description")) {
              undescribed.push_back(where + "." + name);
            }
            visit(property, where + "." + name);
          }
        }
        if (node.contains("items")) visit(node["items"], where + "[]");
        if (node.contains("definitions")) {
          for (const auto& [name, definition] : node["definitions"].items()) {
            visit(definition, name);
          }
        }
      };
  visit(schema, "");
  EXPECT_GE(properties, 30u);
  EXPECT_TRUE(undescribed.empty()) << undescribed.front();
}

// A YAML file that is not a claims file (here the project's gold extraction
// reference) is rejected property by property, not with a crash.
TEST(ClaimsSchemaTest, RejectsOtherYamlFilesClearly) {
  const fs::path gold = fs::path(CLAIMCHECK_SHARED_DIR) / "examples" / "iran-north-korea.gold.yaml";
  if (!fs::exists(gold)) GTEST_SKIP() << gold << " not present";
  const Diagnostics diagnostics = validate_claims_text(gold.string(), read_file(gold.string()));
  const std::string messages = all_messages(diagnostics);
  EXPECT_NE(messages.find("missing required top-level property \"schema_version\""),
            std::string::npos)
      << messages;
  EXPECT_NE(messages.find("unknown property \"headings\""), std::string::npos) << messages;
  for (const Diagnostic& diagnostic : diagnostics) EXPECT_GE(diagnostic.position.line, 1u);
}

}  // namespace
}  // namespace claimcheck
