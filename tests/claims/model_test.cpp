#include "claims/model.h"

#include <gtest/gtest.h>

#include <string>

#include "claims/claims_reader.h"

namespace claimcheck {
namespace {

const Verdict kAllVerdicts[] = {
    Verdict::true_,        Verdict::mostly_true, Verdict::mixed,
    Verdict::mostly_false, Verdict::false_,      Verdict::misleading,
    Verdict::unproven,     Verdict::outdated,    Verdict::opinion,
};

TEST(VerdictTest, NamesAreTheFileVocabulary) {
  EXPECT_STREQ(verdict_name(Verdict::true_), "true");
  EXPECT_STREQ(verdict_name(Verdict::mostly_true), "mostly-true");
  EXPECT_STREQ(verdict_name(Verdict::mostly_false), "mostly-false");
  EXPECT_STREQ(verdict_name(Verdict::false_), "false");
  EXPECT_STREQ(verdict_name(Verdict::opinion), "opinion");
}

TEST(VerdictTest, EveryVerdictParsesBackFromItsName) {
  for (Verdict verdict : kAllVerdicts) {
    const std::optional<Verdict> parsed = parse_verdict(verdict_name(verdict));
    ASSERT_TRUE(parsed.has_value()) << verdict_name(verdict);
    EXPECT_EQ(*parsed, verdict);
  }
}

TEST(VerdictTest, ParsingIsExactAboutSpelling) {
  EXPECT_FALSE(parse_verdict("True").has_value());
  EXPECT_FALSE(parse_verdict("mostly true").has_value());
  EXPECT_FALSE(parse_verdict("mostly_true").has_value());
  EXPECT_FALSE(parse_verdict("").has_value());
  EXPECT_FALSE(parse_verdict(" true").has_value());
}

TEST(VerdictTest, NamesListAllVerdictsInEnumOrder) {
  const std::vector<std::string>& names = verdict_names();
  ASSERT_EQ(names.size(), std::size(kAllVerdicts));
  for (std::size_t i = 0; i < names.size(); ++i) {
    EXPECT_EQ(names[i], verdict_name(kAllVerdicts[i]));
  }
}

// The schema and the model must accept the same verdicts and stances, or a
// file could validate and then fail to load (or the reverse).
TEST(VerdictTest, SchemaEnumMatchesTheModel) {
  const nlohmann::json& schema = claims_schema();
  const nlohmann::json& verdict_enum =
      schema["definitions"]["review"]["properties"]["verdict"]["enum"];
  EXPECT_EQ(verdict_enum.get<std::vector<std::string>>(), verdict_names());

  const nlohmann::json& stance_enum =
      schema["definitions"]["source"]["properties"]["stance"]["enum"];
  ASSERT_EQ(stance_enum.size(), 3u);
  for (const nlohmann::json& name : stance_enum) {
    const std::optional<Stance> stance = parse_stance(name.get<std::string>());
    ASSERT_TRUE(stance.has_value()) << name;
    EXPECT_EQ(stance_name(*stance), name.get<std::string>());
  }
}

TEST(VerdictTest, FactualVerdictsAreThoseThatAssertSomething) {
  for (Verdict verdict : kAllVerdicts) {
    const bool expected = verdict != Verdict::unproven && verdict != Verdict::opinion;
    EXPECT_EQ(is_factual(verdict), expected) << verdict_name(verdict);
  }
}

TEST(VerdictTest, RefutingVerdictsAreFalseMostlyFalseAndMisleading) {
  for (Verdict verdict : kAllVerdicts) {
    const bool expected = verdict == Verdict::false_ || verdict == Verdict::mostly_false ||
                          verdict == Verdict::misleading;
    EXPECT_EQ(is_refuting(verdict), expected) << verdict_name(verdict);
  }
}

TEST(StanceTest, NamesRoundTripAndUnknownNamesAreRejected) {
  for (Stance stance : {Stance::supports, Stance::refutes, Stance::context}) {
    EXPECT_EQ(parse_stance(stance_name(stance)), stance);
  }
  EXPECT_STREQ(stance_name(Stance::supports), "supports");
  EXPECT_FALSE(parse_stance("support").has_value());
  EXPECT_FALSE(parse_stance("Refutes").has_value());
}

}  // namespace
}  // namespace claimcheck
