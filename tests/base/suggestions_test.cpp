#include "base/suggestions.h"

#include <gtest/gtest.h>

namespace claimcheck {
namespace {

using Names = std::vector<std::string>;

TEST(SuggestionsTest, EditDistanceCountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(edit_distance("check", "check"), 0u);
  EXPECT_EQ(edit_distance("chek", "check"), 1u);
  EXPECT_EQ(edit_distance("chrck", "check"), 1u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
}

TEST(SuggestionsTest, ClosestFirstAndLimited) {
  const Names ids = {"c-1a2b3c4d", "c-1a2b3c4e", "c-99999999", "c-1a2b3cff"};
  EXPECT_EQ(closest_matches("c-1a2b3c4f", ids, 3), (Names{"c-1a2b3c4d", "c-1a2b3c4e", "c-1a2b3cff"}));
  EXPECT_EQ(closest_matches("c-1a2b3c4f", ids, 1), (Names{"c-1a2b3c4d"}));
}

TEST(SuggestionsTest, PrefixesAndFragmentsOfIdsMatch) {
  const Names ids = {"c-1a2b3c4d", "c-77777777"};
  EXPECT_EQ(closest_matches("c-1a", ids, 3), (Names{"c-1a2b3c4d"}));
  EXPECT_EQ(closest_matches("1a2b3c4d", ids, 3), (Names{"c-1a2b3c4d"}));
}

TEST(SuggestionsTest, NothingCloseGivesNothing) {
  EXPECT_TRUE(closest_matches("c-00000000", {"c-1a2b3c4d", "c-77777777"}, 3).empty());
  EXPECT_TRUE(closest_matches("x", {"extract", "check"}, 3).empty());
}

}  // namespace
}  // namespace claimcheck
