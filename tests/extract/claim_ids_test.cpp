#include "extract/claim_ids.h"

#include <gtest/gtest.h>

#include <regex>

namespace claimcheck {
namespace {

TEST(ClaimIds, HaveTheDocumentedShape) {
  ClaimIdAllocator ids;
  EXPECT_TRUE(std::regex_match(ids.allocate("Iran signed the deal."), std::regex("c-[0-9a-f]{8}")));
}

TEST(ClaimIds, SameTextSameIdAcrossRunsIgnoringCaseAndSpacing) {
  ClaimIdAllocator first, second;
  EXPECT_EQ(first.allocate("Iran  signed\nthe deal."), second.allocate("iran signed the deal."));
}

TEST(ClaimIds, RepeatedSentencesGetDistinctStableIds) {
  ClaimIdAllocator first, second;
  const std::string a1 = first.allocate("Prices rose.");
  const std::string a2 = first.allocate("Prices rose.");
  EXPECT_NE(a1, a2);
  EXPECT_EQ(second.allocate("Prices rose."), a1);
  EXPECT_EQ(second.allocate("Prices rose."), a2);
}

TEST(ClaimIds, ReservedIdsAreNeverReused) {
  ClaimIdAllocator probe;
  const std::string natural = probe.allocate("Prices rose.");
  ClaimIdAllocator ids;
  ids.reserve(natural);
  const std::string id = ids.allocate("Prices rose.");
  EXPECT_NE(id, natural);
}

}  // namespace
}  // namespace claimcheck
