#include "extract/claim_ids.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

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

// Ids are stored in users' claims files, so their derivation may never
// change: the first 8 hex digits of SHA-256 of the normalised text, then of
// "<text>\n#<k>" for its k-th occurrence (values from Python's hashlib).
TEST(ClaimIds, AreTheDocumentedHashOfTheNormalisedText) {
  ClaimIdAllocator ids;
  EXPECT_EQ(ids.allocate("  Iran signed\r\n\tTHE deal.  "), "c-9038eb08");
  EXPECT_EQ(ids.allocate("Prices rose."), "c-71fb875e");
  EXPECT_EQ(ids.allocate("prices  ROSE."), "c-227c9715");
  EXPECT_EQ(ids.allocate("Prices rose."), "c-d7c1be5f");
  // Only ASCII letters are case-folded.
  EXPECT_EQ(ids.allocate("Zo\u00eb M\u00fcller said so."), "c-a3b02d2a");
  EXPECT_EQ(normalise_claim_text("\v A\fB \n"), "a b");
}

TEST(ClaimIds, ManyDistinctAndRepeatedTextsGetUniqueIds) {
  ClaimIdAllocator ids;
  std::set<std::string> seen;
  for (int i = 0; i < 5000; ++i) {
    EXPECT_TRUE(seen.insert(ids.allocate("Sentence " + std::to_string(i % 1700) + ".")).second);
  }
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
