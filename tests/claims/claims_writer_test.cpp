#include "claims/claims_writer.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <locale>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "base/error.h"
#include "base/utf8.h"
#include "claims/claims_reader.h"

namespace claimcheck {
namespace {

const WriteOptions kWithSchema{"../schemas/claims.schema.yaml"};

ClaimsFile small_model() {
  ClaimsFile file;
  file.document.path = "iran-north-korea.txt";
  file.document.sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  file.document.format = "text";
  file.document.extractor_name = "claimcheck";
  file.document.extractor_version = "0.1.0";
  file.document.extracted = "2026-11-27T07:00:00Z";

  Claim reviewed;
  reviewed.id = "c-0a1b2c3d";
  reviewed.text = "During the Cold War, Iran aligned with the Soviet Union.";
  reviewed.quote = "During the Cold War, Iran and North Korea aligned with the Soviet Union";
  reviewed.start = 90;
  reviewed.end = 161;
  reviewed.line = 3;
  reviewed.column = 1;
  reviewed.section = "A Tumultuous History:";
  reviewed.checkworthy = true;
  reviewed.score = 0.82;
  reviewed.signals = {"year", "named-entity"};
  Review review;
  review.verdict = Verdict::true_;
  review.confidence = 0.9;
  Source source;
  source.url = "https://example.org/x";
  source.title = "Cold War alliances";
  source.publisher = "Example Press";
  source.accessed = "2026-11-27";
  source.quote = "Tehran and Pyongyang both leaned on Moscow.";
  source.stance = Stance::supports;
  review.sources.push_back(source);
  review.reviewer = "Jane Doe";
  review.reviewed = "2026-11-27";
  review.note = "Checked against two histories.";
  reviewed.review = review;
  file.claims.push_back(reviewed);

  Claim unreviewed;
  unreviewed.id = "c-1b2c3d4e";
  unreviewed.text = "Iran has its own nuclear ambitions.";
  unreviewed.quote = "Iran, which has its own nuclear ambitions";
  unreviewed.start = 300;
  unreviewed.end = 341;
  unreviewed.line = 4;
  unreviewed.column = 12;
  unreviewed.checkworthy = false;
  unreviewed.score = 0.3;
  file.claims.push_back(unreviewed);
  return file;
}

TEST(ClaimsWriter, WritesGoldenLayout) {
  const std::string expected =
      "# yaml-language-server: $schema=../schemas/claims.schema.yaml\n"
      "# Written by claimcheck. Reviewers: add or edit only the `review` block of a claim.\n"
      "schema_version: 1\n"
      "document:\n"
      "  path: iran-north-korea.txt\n"
      "  sha256: \"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"\n"
      "  format: text\n"
      "  extractor:\n"
      "    name: claimcheck\n"
      "    version: \"0.1.0\"\n"
      "  extracted: \"2026-11-27T07:00:00Z\"\n"
      "claims:\n"
      "  - id: c-0a1b2c3d\n"
      "    text: \"During the Cold War, Iran aligned with the Soviet Union.\"\n"
      "    quote: \"During the Cold War, Iran and North Korea aligned with the Soviet Union\"\n"
      "    start: 90\n"
      "    end: 161\n"
      "    line: 3\n"
      "    column: 1\n"
      "    section: \"A Tumultuous History:\"\n"
      "    checkworthy: true\n"
      "    score: 0.82\n"
      "    signals: [year, named-entity]\n"
      "    review:\n"
      "      verdict: \"true\"\n"
      "      confidence: 0.9\n"
      "      sources:\n"
      "        - url: https://example.org/x\n"
      "          title: Cold War alliances\n"
      "          publisher: Example Press\n"
      "          accessed: \"2026-11-27\"\n"
      "          quote: Tehran and Pyongyang both leaned on Moscow.\n"
      "          stance: supports\n"
      "      reviewer: Jane Doe\n"
      "      reviewed: \"2026-11-27\"\n"
      "      note: Checked against two histories.\n"
      "  - id: c-1b2c3d4e\n"
      "    text: \"Iran has its own nuclear ambitions.\"\n"
      "    quote: \"Iran, which has its own nuclear ambitions\"\n"
      "    start: 300\n"
      "    end: 341\n"
      "    line: 4\n"
      "    column: 12\n"
      "    checkworthy: false\n"
      "    score: 0.3\n"
      "    signals: []\n";
  EXPECT_EQ(write_claims_file(small_model(), kWithSchema), expected);
}

TEST(ClaimsWriter, OutputIsValidAndReadsBackToTheSameFile) {
  ClaimsFile model = small_model();
  model.claims[1].review = Review{};
  model.claims[1].review->verdict = Verdict::opinion;
  model.claims[1].review->note = "Yes";  // a YAML 1.1 boolean, as a string
  const std::string text = write_claims_file(model, kWithSchema);
  const Diagnostics problems = validate_claims_text("article.claims.yaml", text);
  for (const Diagnostic& problem : problems) ADD_FAILURE() << to_string(problem);

  const ClaimsFile read = read_claims_file("article.claims.yaml", text);
  ASSERT_EQ(read.claims.size(), 2u);
  EXPECT_EQ(read.document.sha256, model.document.sha256);
  EXPECT_EQ(read.document.extractor_version, "0.1.0");
  EXPECT_EQ(read.claims[0].section, "A Tumultuous History:");
  EXPECT_EQ(read.claims[0].review->verdict, Verdict::true_);
  EXPECT_EQ(read.claims[0].review->confidence, 0.9);
  EXPECT_EQ(read.claims[0].review->sources.at(0).stance, Stance::supports);
  EXPECT_EQ(read.claims[1].review->note, "Yes");
  EXPECT_EQ(write_claims_file(read, kWithSchema), text);
}

TEST(ClaimsWriter, WritesAnalysisFieldsAfterQuotedInFixedOrderAndReadsThemBack) {
  ClaimsFile model = small_model();
  Claim& claim = model.claims[1];
  claim.quoted = true;
  claim.attribution = Claim::Attribution{"2024-01-01", true};
  claim.hedges = {"may", "yes"};
  claim.ambiguous = {"their", "both countries", "a, b"};
  claim.source_spans = {{12, 40}, {52, 60}};
  claim.stale = Claim::Stale{"Iran has nuclear ambitions.", "2026-11-28T09:00:00Z"};
  const std::string text = write_claims_file(model, kWithSchema);
  EXPECT_NE(text.find("    signals: []\n"
                      "    quoted: true\n"
                      "    attribution:\n"
                      "      who: \"2024-01-01\"\n"
                      "      vague: true\n"
                      "    hedges: [may, \"yes\"]\n"
                      "    ambiguous: [their, both countries, \"a, b\"]\n"
                      "    source_spans: [[12, 40], [52, 60]]\n"
                      "    stale:\n"),
            std::string::npos)
      << text;
  const Diagnostics problems = validate_claims_text("article.claims.yaml", text);
  for (const Diagnostic& problem : problems) ADD_FAILURE() << to_string(problem);

  const ClaimsFile read = read_claims_file("article.claims.yaml", text);
  EXPECT_EQ(read.claims[1].attribution, claim.attribution);
  EXPECT_EQ(read.claims[1].hedges, claim.hedges);
  EXPECT_EQ(read.claims[1].ambiguous, claim.ambiguous);
  EXPECT_EQ(read.claims[1].source_spans, claim.source_spans);
  EXPECT_EQ(write_claims_file(read, kWithSchema), text);
}

TEST(ClaimsWriter, OmitsAbsentAnalysisFieldsAndAFalseVague) {
  ClaimsFile model = small_model();
  model.claims[1].attribution = Claim::Attribution{"the IAEA", false};
  const std::string text = write_claims_file(model, kWithSchema);
  const std::string tail = "    signals: []\n    attribution:\n      who: the IAEA\n";
  ASSERT_GE(text.size(), tail.size());
  EXPECT_EQ(text.substr(text.size() - tail.size()), tail) << text;
  for (const char* key : {"vague:", "hedges:", "ambiguous:", "source_spans:"}) {
    EXPECT_EQ(text.find(key), std::string::npos) << key;
  }
}

TEST(ClaimsWriter, WritesEmptyClaimsListInFlowStyleAndOmitsEmptySchemaLine) {
  ClaimsFile file = small_model();
  file.claims.clear();
  const std::string text = write_claims_file(file, WriteOptions{});
  EXPECT_EQ(text.rfind("# Written by claimcheck.", 0), 0u) << text;
  EXPECT_EQ(text.find("yaml-language-server"), std::string::npos);
  const std::string tail = "claims: []\n";
  ASSERT_GE(text.size(), tail.size());
  EXPECT_EQ(text.substr(text.size() - tail.size()), tail) << text;
  EXPECT_EQ(YAML::Load(text)["claims"].size(), 0u);
}

TEST(ClaimsWriter, IsDeterministic) {
  const ClaimsFile model = small_model();
  const std::string first = write_claims_file(model, kWithSchema);
  const ClaimsFile copy = model;
  EXPECT_EQ(write_claims_file(copy, kWithSchema), first);
  EXPECT_EQ(write_claims_file(model, kWithSchema), first);
}

TEST(ClaimsWriter, WritesNumbersInShortestFormWithoutLocale) {
  ClaimsFile file = small_model();
  std::vector<std::pair<double, std::string>> confidences = {
      {0.9, "0.9"}, {0.82, "0.82"}, {1.0, "1"}, {0.0, "0"}, {0.125, "0.125"}};
  for (const auto& [confidence, expected] : confidences) {
    file.claims[0].review->confidence = confidence;
    const std::string text = write_claims_file(file, WriteOptions{});
    EXPECT_NE(text.find("      confidence: " + expected + "\n"), std::string::npos) << text;
    EXPECT_DOUBLE_EQ(YAML::Load(text)["claims"][0]["review"]["confidence"].as<double>(),
                     confidence);
  }
  // Scores keep two decimals, so float noise never changes the file.
  file.claims[0].score = 0.8200000000000001;
  EXPECT_NE(write_claims_file(file, WriteOptions{}).find("    score: 0.82\n"), std::string::npos);
  file.claims[0].score = 1.0;
  EXPECT_NE(write_claims_file(file, WriteOptions{}).find("    score: 1\n"), std::string::npos);
}

// Digit grouping and a decimal comma, as some national locales have.
struct GroupingPunctuation : std::numpunct<char> {
  char do_decimal_point() const override { return ','; }
  char do_thousands_sep() const override { return '.'; }
  std::string do_grouping() const override { return "\3"; }
};

TEST(ClaimsWriter, OutputDoesNotDependOnTheGlobalLocale) {
  ClaimsFile file = small_model();
  file.claims[0].start = 1234567;
  file.claims[0].end = 1234999;
  const std::string classic = write_claims_file(file, kWithSchema);
  const std::locale previous =
      std::locale::global(std::locale(std::locale::classic(), new GroupingPunctuation));
  const std::string localized = write_claims_file(file, kWithSchema);
  std::locale::global(previous);
  EXPECT_EQ(localized, classic);
  EXPECT_NE(classic.find("    start: 1234567\n"), std::string::npos) << classic;
}

TEST(ClaimsWriter, KeepsNonAsciiAsUtf8) {
  ClaimsFile file = small_model();
  file.claims[0].text = "Caf\u00e9 \u201cquoted\u201d in \u5317\u671d\u9c9c";
  file.claims[0].review->reviewer = "Ren\u00e9e";
  const std::string text = write_claims_file(file, WriteOptions{});
  EXPECT_NE(text.find("text: \"Caf\u00e9 \u201cquoted\u201d in \u5317\u671d\u9c9c\"\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("reviewer: Ren\u00e9e\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("\\u"), std::string::npos) << text;
}

TEST(ClaimsWriter, InvalidUtf8IsQuotedAndStillGivesLoadableYaml) {
  ClaimsFile file = small_model();
  file.claims[0].review->reviewer = "bad \xff byte";
  std::string text;
  ASSERT_NO_THROW(text = write_claims_file(file, WriteOptions{}));
  YAML::Node reviewer;
  ASSERT_NO_THROW(reviewer = YAML::Load(text)["claims"][0]["review"]["reviewer"]);
  EXPECT_EQ(reviewer.Tag(), "!");
}

// --- Tricky strings -------------------------------------------------------

const std::vector<std::string>& tricky_strings() {
  static const std::vector<std::string> strings = {
      // Strings a YAML 1.1 or 1.2 reader resolves to another type.
      "true", "No", "Yes", "ON", "off", "y", "N", "null", "NULL", "~", "1.0", "42", "-7", "+1",
      "1_000", "0x1F", "0o17", "017", "0b101", "1e5", "6.02e+23", ".5", ".inf", "-.Inf", ".NaN",
      "12:30", "1:20:30.5", "2024-05-01", "2024-05-01T10:00:00Z", "2024-5-1 10:00:00 +02:00",
      "0.1.0", "=", "<<",
      // Strings the YAML grammar would not read back as written.
      "- x", "-", "a: b", "a #b", "ends:", " x", "x ", "? x", ": x", "#x", "&anchor", "*alias",
      "!tag", "|", ">", "'single'", "\"double\"", "%x", "@x", "`x", "[x]", "{x}", ",x",
      "line\nbreak", "tab\there", "say \"hi\" \\ now", "ctl\x01", "del\x7f", "nel\xc2\x85",
      "sep\xe2\x80\xa8", "\xef\xbb\xbf" "bom", "a,b", "a[0]", "{}",
      // Strings that are fine plain.
      "Jane Doe", "c-0a1b2c3d", "https://example.org/a?b=c#d", "mostly-true", "\u00e9",
      "3 missiles", "x-1.0", "A Tumultuous History", "it's", "50%", "a:b",
  };
  return strings;
}

// Independent oracle: the implicit resolvers of PyYAML (YAML 1.1) and of the
// YAML 1.2 core schema, plus the brief's "any case" booleans. A string matching
// any of them must be written quoted.
bool yaml_reader_takes_as_non_string(const std::string& s) {
  static const std::vector<std::regex> resolvers = {
      // PyYAML resolver.py
      std::regex("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"),
      std::regex("[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+]"
                 "[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|"
                 "\\.(?:nan|NaN|NAN)"),
      std::regex("[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|"
                 "[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"),
      std::regex("<<"),
      std::regex("~|null|Null|NULL|"),
      std::regex("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-"
                 "[0-9][0-9]?(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
                 "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?"),
      std::regex("="),
      // YAML 1.2 core schema
      std::regex("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"),
      std::regex("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"),
      // YAML 1.1 spec booleans, any case
      std::regex("y|n|yes|no|true|false|on|off", std::regex::icase),
  };
  for (const std::regex& resolver : resolvers) {
    if (std::regex_match(s, resolver)) return true;
  }
  return false;
}

// One claim per tricky string, the string in a block field (section,
// reviewer) and in the flow list of signals.
ClaimsFile tricky_model() {
  ClaimsFile file = small_model();
  file.claims.clear();
  for (const std::string& s : tricky_strings()) {
    Claim claim = small_model().claims[0];
    claim.text = s;
    claim.quote = s;
    claim.section = s;
    claim.review->reviewer = s;
    claim.signals = {s, "end"};
    file.claims.push_back(claim);
  }
  return file;
}

TEST(ClaimsWriter, TrickyStringsRoundTripThroughYamlCppAndAreQuotedWhenTheyMustBe) {
  const std::string text = write_claims_file(tricky_model(), kWithSchema);
  YAML::Node root;
  ASSERT_NO_THROW(root = YAML::Load(text)) << text;
  const YAML::Node claims = root["claims"];
  ASSERT_EQ(claims.size(), tricky_strings().size());
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const std::string& s = tricky_strings()[i];
    SCOPED_TRACE("string: \"" + s + "\"");
    const YAML::Node fields[] = {claims[i]["text"], claims[i]["section"],
                                 claims[i]["review"]["reviewer"], claims[i]["signals"][0]};
    for (const YAML::Node& field : fields) {
      ASSERT_TRUE(field.IsScalar());
      EXPECT_EQ(field.as<std::string>(), s);
      // yaml-cpp tags a quoted scalar "!" and a plain one "?".
      if (yaml_reader_takes_as_non_string(s)) {
        EXPECT_EQ(field.Tag(), "!");
      }
    }
    EXPECT_EQ(claims[i]["text"].Tag(), "!") << "prose is always quoted";
    EXPECT_EQ(claims[i]["signals"].size(), 2u);
  }
}

TEST(ClaimsWriter, EmptyAndTypeLikeDocumentFieldsRoundTrip) {
  ClaimsFile file = small_model();
  file.document.path = "2024-05-01";
  file.document.format = "";
  file.document.extractor_name = "null";
  file.document.extractor_version = "1.0";
  file.document.sha256 = "1234567890123456789012345678901234567890123456789012345678901234";
  const YAML::Node document = YAML::Load(write_claims_file(file, kWithSchema))["document"];
  EXPECT_EQ(document["path"].as<std::string>(), "2024-05-01");
  EXPECT_EQ(document["path"].Tag(), "!");
  EXPECT_EQ(document["format"].Tag(), "!");
  EXPECT_EQ(document["format"].as<std::string>(), "");
  EXPECT_EQ(document["extractor"]["name"].Tag(), "!");
  EXPECT_EQ(document["extractor"]["version"].Tag(), "!");
  EXPECT_EQ(document["sha256"].Tag(), "!");
  EXPECT_EQ(document["sha256"].as<std::string>(), file.document.sha256);
}

TEST(ClaimsWriter, FineStringsStayPlain) {
  const std::string text = write_claims_file(tricky_model(), kWithSchema);
  for (const char* plain : {"Jane Doe", "https://example.org/a?b=c#d", "3 missiles", "50%"}) {
    EXPECT_NE(text.find(std::string("reviewer: ") + plain + "\n"), std::string::npos) << plain;
  }
}

// A real YAML 1.1 reader: PyYAML's safe_load must give back every string.
TEST(ClaimsWriter, TrickyStringsRoundTripThroughPyYaml) {
  if (std::system("python3 -c 'import yaml' >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "python3 with PyYAML not available";
  }
  const std::string path = ::testing::TempDir() + "claims_writer_pyyaml.yaml";
  {
    std::ofstream out(path, std::ios::binary);
    out << write_claims_file(tricky_model(), kWithSchema);
  }
  const std::string command =
      "python3 -c 'import json, sys, yaml; "
      "print(json.dumps(yaml.safe_load(open(sys.argv[1], encoding=\"utf-8\"))))' '" +
      path + "'";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  ASSERT_EQ(pclose(pipe), 0) << "PyYAML could not load the file";
  std::remove(path.c_str());

  const nlohmann::json root = nlohmann::json::parse(output);
  const nlohmann::json& claims = root.at("claims");
  ASSERT_EQ(claims.size(), tricky_strings().size());
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const std::string& s = tricky_strings()[i];
    SCOPED_TRACE("string: \"" + s + "\"");
    EXPECT_EQ(claims[i].at("text"), s);
    EXPECT_EQ(claims[i].at("section"), s);
    EXPECT_EQ(claims[i].at("review").at("reviewer"), s);
    EXPECT_EQ(claims[i].at("signals").at(0), s);
  }
  EXPECT_EQ(root.at("document").at("sha256"), small_model().document.sha256);
  EXPECT_EQ(root.at("document").at("extractor").at("version"), "0.1.0");
  EXPECT_EQ(claims[0].at("review").at("confidence"), 0.9);
  EXPECT_EQ(claims[0].at("score"), 0.82);
}

// --- Round trip of random claims ----------------------------------------------

// splitmix64: the same sequence on every platform, unlike std distributions.
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

 private:
  std::uint64_t state_;
};


// Text made of pieces YAML treats specially and random code points: any
// Unicode scalar value except the non-characters, which the writer replaces.
std::string random_text(Random& random, std::size_t min_pieces = 1) {
  static const char* const kPieces[] = {
      "yes", "No", "true", "null", "~", "1.0", "-7", "0x1F", ".inf", "2024-01-01", "12:30",
      "\"", "'", "\\", ":", ": ", " #", "#", "- ", "? ", "[", "]", "{", "}", ",", "&", "*", "!",
      "|", ">", "%", "@", "`", " ", "  ", "\n", "\r\n", "\t", "\x01", "\x1f", "\x7f",
      "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\u201cquoted\u201d", "caf\u00e9",
      "\u5317\u671d\u9c9c", "\U0001F600", "Iran", "the IAEA", "word"};
  std::string text;
  const std::size_t pieces = min_pieces + random.below(6);
  for (std::size_t i = 0; i < pieces; ++i) {
    if (random.below(3) > 0) {
      text += kPieces[random.below(std::size(kPieces))];
      continue;
    }
    char32_t c = 0;
    do {
      c = static_cast<char32_t>(random.below(4) == 0 ? random.below(0x110000)
                                                     : random.below(0x3000));
    } while ((c >= 0xD800 && c <= 0xDFFF) || (c >= 0xFDD0 && c <= 0xFDEF) ||
             (c & 0xFFFE) == 0xFFFE || c == 0);
    append_utf8(text, c);
  }
  return text;
}

std::vector<std::string> random_words(Random& random) {
  std::vector<std::string> words;
  for (std::size_t n = random.below(4); words.size() < n;) {
    std::string word = random_text(random);
    if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(word);
  }
  return words;
}

Claim random_claim(Random& random, std::size_t index) {
  char id[16];
  std::snprintf(id, sizeof id, "c-%08zx", index);
  Claim claim;
  claim.id = id;
  claim.text = random_text(random);
  claim.quote = random.below(8) == 0 ? std::string() : random_text(random);
  claim.start = random.below(1'000'000);
  claim.end = claim.start + random.below(500);
  claim.line = 1 + random.below(10'000);
  claim.column = 1 + random.below(200);
  if (random.below(2) == 0) claim.section = random_text(random);
  claim.checkworthy = random.below(2) == 0;
  claim.score = static_cast<double>(random.below(101)) / 100.0;
  const auto& vocabulary = claims_schema()["definitions"]["claim"]["properties"]["signals"]
                                         ["items"]["enum"];
  for (const auto& signal : vocabulary) {
    if (random.below(4) == 0) claim.signals.push_back(signal.get<std::string>());
  }
  for (std::size_t n = random.below(3); claim.citations.size() < n;) {
    claim.citations.push_back({random_text(random), random.below(2) ? random_text(random) : ""});
  }
  claim.quoted = random.below(3) == 0;
  if (random.below(2) == 0) {
    claim.attribution = Claim::Attribution{random_text(random), random.below(2) == 0};
  }
  claim.hedges = random_words(random);
  claim.ambiguous = random_words(random);
  for (std::size_t at = random.below(100), n = random.below(4); claim.source_spans.size() < n;) {
    const std::size_t start = at + random.below(50);
    claim.source_spans.push_back({start, start + random.below(80)});
    at = claim.source_spans.back().end;
  }
  if (random.below(4) == 0) {
    claim.stale = Claim::Stale{random_text(random), "2026-11-28T09:00:00Z"};
  }
  if (random.below(2) == 0) {
    Review review;
    if (random.below(2)) review.verdict = static_cast<Verdict>(random.below(9));
    if (random.below(2)) review.confidence = static_cast<double>(random.below(1000)) / 999.0;
    for (std::size_t n = random.below(3); review.sources.size() < n;) {
      Source source;
      source.url = random_text(random);
      if (random.below(2)) source.title = random_text(random);
      if (random.below(2)) source.publisher = random_text(random);
      if (random.below(2)) source.accessed = "2026-11-27";
      if (random.below(2)) source.quote = random_text(random);
      if (random.below(2)) source.stance = static_cast<Stance>(random.below(3));
      review.sources.push_back(source);
    }
    if (random.below(2)) review.reviewer = random_text(random);
    if (random.below(2)) review.reviewed = "2026-11-27";
    if (random.below(2)) review.note = random_text(random);
    claim.review = review;
  }
  return claim;
}

// Every field the file carries (not review_source or file_position, which
// the reader adds).
void expect_same_claim(const Claim& read, const Claim& written) {
  EXPECT_EQ(read.id, written.id);
  EXPECT_EQ(read.text, written.text);
  EXPECT_EQ(read.quote, written.quote);
  EXPECT_EQ(read.start, written.start);
  EXPECT_EQ(read.end, written.end);
  EXPECT_EQ(read.line, written.line);
  EXPECT_EQ(read.column, written.column);
  EXPECT_EQ(read.section, written.section);
  EXPECT_EQ(read.checkworthy, written.checkworthy);
  EXPECT_EQ(read.score, written.score);
  EXPECT_EQ(read.signals, written.signals);
  EXPECT_EQ(read.citations, written.citations);
  EXPECT_EQ(read.quoted, written.quoted);
  EXPECT_EQ(read.attribution, written.attribution);
  EXPECT_EQ(read.hedges, written.hedges);
  EXPECT_EQ(read.ambiguous, written.ambiguous);
  EXPECT_EQ(read.source_spans, written.source_spans);
  ASSERT_EQ(read.stale.has_value(), written.stale.has_value());
  if (read.stale) {
    EXPECT_EQ(read.stale->previous_text, written.stale->previous_text);
    EXPECT_EQ(read.stale->detected, written.stale->detected);
  }
  ASSERT_EQ(read.review.has_value(), written.review.has_value());
  if (!read.review) return;
  EXPECT_EQ(read.review->verdict, written.review->verdict);
  EXPECT_EQ(read.review->confidence, written.review->confidence);
  EXPECT_EQ(read.review->reviewer, written.review->reviewer);
  EXPECT_EQ(read.review->reviewed, written.review->reviewed);
  EXPECT_EQ(read.review->note, written.review->note);
  ASSERT_EQ(read.review->sources.size(), written.review->sources.size());
  for (std::size_t i = 0; i < read.review->sources.size(); ++i) {
    const Source& a = read.review->sources[i];
    const Source& b = written.review->sources[i];
    EXPECT_EQ(a.url, b.url);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.publisher, b.publisher);
    EXPECT_EQ(a.accessed, b.accessed);
    EXPECT_EQ(a.quote, b.quote);
    EXPECT_EQ(a.stance, b.stance);
  }
}

TEST(ClaimsWriterRoundTrip, RandomClaimsReadBackEqual) {
  Random random(20261127);
  for (int round = 0; round < 60; ++round) {
    ClaimsFile file = small_model();
    file.document.path = random_text(random);
    file.document.extractor_version = random_text(random);
    file.claims.clear();
    for (std::size_t i = 0, n = random.below(12); i < n; ++i) {
      file.claims.push_back(random_claim(random, file.claims.size()));
    }
    for (std::size_t i = 0, n = random.below(3); i < n; ++i) {
      file.orphaned.push_back(random_claim(random, 1000 + i));
    }
    const std::string text = write_claims_file(file, kWithSchema);
    SCOPED_TRACE("round " + std::to_string(round) + ":\n" + text);
    ClaimsFile read;
    try {
      read = read_claims_file("random.claims.yaml", text);
    } catch (const InputError& error) {
      std::string messages;
      for (const Diagnostic& problem : error.diagnostics()) messages += to_string(problem) + "\n";
      FAIL() << messages;
    }
    EXPECT_EQ(read.document.path, file.document.path);
    EXPECT_EQ(read.document.extractor_version, file.document.extractor_version);
    ASSERT_EQ(read.claims.size(), file.claims.size());
    ASSERT_EQ(read.orphaned.size(), file.orphaned.size());
    for (std::size_t i = 0; i < file.claims.size(); ++i) {
      expect_same_claim(read.claims[i], file.claims[i]);
    }
    for (std::size_t i = 0; i < file.orphaned.size(); ++i) {
      expect_same_claim(read.orphaned[i], file.orphaned[i]);
    }
    // Writing what was read gives the same bytes (review blocks spliced back).
    EXPECT_EQ(write_claims_file(read, kWithSchema), text);
    if (HasFailure()) return;  // one failing file says enough
  }
}

// A review block read from a file with four-space indentation comes out at the
// writer's indentation, comments and relative depth intact.
TEST(ClaimsWriterReviewSourceTest, EmitsReviewSourceVerbatimReindented) {
  ClaimsFile file;
  file.document.path = "a.txt";
  file.document.sha256 = std::string(64, 'a');
  file.document.format = "text";
  file.document.extractor_name = "claimcheck";
  file.document.extractor_version = "0.1.0";
  file.document.extracted = "2026-01-01T00:00:00Z";
  Claim claim;
  claim.id = "c-00000001";
  claim.text = claim.quote = "Taxes rose in 2025.";
  claim.end = claim.text.size();
  claim.line = claim.column = 1;
  claim.review = Review{};
  claim.review_source =
      "        review:   # Jane\n          # checked twice\n\n          verdict: \"true\"\n";
  claim.stale = Claim::Stale{"Taxes rose.", "2026-02-01T00:00:00Z"};
  file.claims.push_back(claim);
  file.orphaned.push_back(claim);
  const std::string yaml = write_claims_file(file, {});
  const std::string block =
      "    review:   # Jane\n      # checked twice\n\n      verdict: \"true\"\n";
  const std::size_t first = yaml.find(block);
  ASSERT_NE(first, std::string::npos) << yaml;
  EXPECT_NE(yaml.find(block, first + 1), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("    stale:\n      previous_text: \"Taxes rose.\"\n"), std::string::npos);
  EXPECT_NE(yaml.find("\norphaned:\n  - id: c-00000001\n"), std::string::npos) << yaml;
  EXPECT_TRUE(validate_claims_text("a.claims.yaml", yaml).empty()) << yaml;
}

}  // namespace
}  // namespace claimcheck
