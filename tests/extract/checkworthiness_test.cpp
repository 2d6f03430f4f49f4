#include "extract/checkworthiness.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <new>

#if defined(__GNUC__) && !defined(__clang__)
// GCC pairs the replacement new below with the free in the replacement
// delete at inlined call sites and warns; both are malloc/free underneath.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

// Counts this test binary's heap allocations, so a test can check that
// scoring allocates nothing (the extractor scores every sentence and many
// claims). Replacing the global operator new is allowed once per program;
// these forward to malloc and free.
namespace {
std::atomic<long> g_allocations{0};
}  // namespace

void* operator new(std::size_t size) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return ::operator new(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
// The nothrow forms too (std::stable_sort's temporary buffer uses them):
// otherwise the runtime's own nothrow new would be freed by the delete above,
// which AddressSanitizer reports as a mismatch.
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return ::operator new(size, tag); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace claimcheck {
namespace {

bool has_signal(const Checkworthiness& result, const std::string& signal) {
  const std::vector<std::string> names = result.signals();
  return std::find(names.begin(), names.end(), signal) != names.end();
}

TEST(Checkworthiness, DatedEventWithNamedPeopleIsCheckworthy) {
  const Checkworthiness result = score_checkworthiness(
      "In 2019, North Korean leader Kim Jong-un met with then-Iranian President Hassan Rouhani "
      "on the sidelines of the UN General Assembly.");
  EXPECT_TRUE(result.checkworthy);
  EXPECT_TRUE(has_signal(result, "year"));
  EXPECT_TRUE(has_signal(result, "named-entity"));
  EXPECT_TRUE(has_signal(result, "action-verb"));
}

TEST(Checkworthiness, StatisticsAreCheckworthy) {
  const Checkworthiness result =
      score_checkworthiness("Unemployment fell to 3.9% in March, down from 4.2 percent.");
  EXPECT_TRUE(result.checkworthy);
  EXPECT_TRUE(has_signal(result, "percent"));
  EXPECT_TRUE(has_signal(result, "number"));
  EXPECT_TRUE(has_signal(result, "quantity-comparison"));
}

TEST(Checkworthiness, QuestionsAndOpinionsAreNot) {
  const Checkworthiness question = score_checkworthiness("What will the council do next?");
  EXPECT_FALSE(question.checkworthy);
  EXPECT_TRUE(has_signal(question, "question"));

  const Checkworthiness opinion =
      score_checkworthiness("However, the future trajectory of their relationship remains uncertain.");
  EXPECT_FALSE(opinion.checkworthy);
  EXPECT_TRUE(has_signal(opinion, "opinion"));

  const Checkworthiness vague =
      score_checkworthiness("Underlying the complexities of their relationship lies a shared affinity.");
  EXPECT_FALSE(vague.checkworthy);
}

TEST(Checkworthiness, FirstPersonAndFutureLowerTheScore) {
  const double plain = score_checkworthiness("The city built 300 homes in 2020.").score;
  const double first_person = score_checkworthiness("We built 300 homes in 2020.").score;
  const double future = score_checkworthiness("The city will build 300 homes in 2030.").score;
  EXPECT_LT(first_person, plain);
  EXPECT_LT(future, plain);
}

TEST(Checkworthiness, FlagsHedgesAndVagueAttribution) {
  const Checkworthiness result = score_checkworthiness(
      "Some analysts believe that Iran's own nuclear ambitions may influence its stance.");
  EXPECT_TRUE(has_signal(result, "vague-attribution"));
  EXPECT_TRUE(has_signal(result, "hedge"));
}

// A sanity check of the trained model's ranking, not a quality measure
// (checkworthiness_eval measures quality on held-out data).
TEST(Checkworthiness, DatedActionsOfNamedActorsOutrankOpinionsAndQuestions) {
  const double event = score_checkworthiness("In 2019, President Moon met Kim Jong-un in Panmunjom.").score;
  for (const char* other : {"I think this is a wonderful idea.", "What will the council do next?",
                            "We all hope for a better future."}) {
    EXPECT_GT(event, score_checkworthiness(other).score) << other;
  }
}

TEST(Checkworthiness, ScoringAllocatesNothing) {
  const char* sentences[] = {"In 2019, North Korean leader Kim Jong-un met with then-Iranian President Hassan "
                             "Rouhani on the sidelines of the UN General Assembly, \xE2\x80\x9Cpaying\xE2\x80\x9D "
                             "\xE2\x82\xAC" "5 million (3.9%) for the rights of ANALYSTS' sayings?",
                             "", "a", "Some analysts believe it is said that the 1990s were the greatest decade."};
  double total = score_checkworthiness("Warm-up: parses the embedded model.").score;
  const long before = g_allocations.load();
  for (int round = 0; round < 10; ++round) {
    for (const char* sentence : sentences) total += score_checkworthiness(sentence).score;
  }
  EXPECT_EQ(g_allocations.load() - before, 0);
  EXPECT_GT(total, 0.0);
  // The counter does count: naming the signals allocates.
  const long named = g_allocations.load();
  EXPECT_FALSE(score_checkworthiness(sentences[0]).signals().empty());
  EXPECT_GT(g_allocations.load() - named, 0);
}

TEST(Checkworthiness, ThresholdComesFromTheModel) {
  const double threshold = checkworthiness_threshold();
  EXPECT_GT(threshold, 0.0);
  EXPECT_LT(threshold, 1.0);
  EXPECT_EQ(threshold, std::round(threshold * 100) / 100);
}

TEST(Checkworthiness, ScoreIsInUnitIntervalAndDeterministic) {
  for (const char* sentence : {"", "?", "Hello.", "In 1999 the EU paid $5 billion to 12 states."}) {
    const Checkworthiness a = score_checkworthiness(sentence);
    const Checkworthiness b = score_checkworthiness(sentence);
    EXPECT_GE(a.score, 0.0);
    EXPECT_LE(a.score, 1.0);
    EXPECT_EQ(a.score, b.score);
    EXPECT_EQ(a.signal_bits, b.signal_bits);
    EXPECT_EQ(a.checkworthy, a.score >= checkworthiness_threshold());
  }
}

}  // namespace
}  // namespace claimcheck
