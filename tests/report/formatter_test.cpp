#include "report/formatter.h"

#include <sstream>

#include <gtest/gtest.h>

namespace claimcheck {
namespace {

TEST(Formatter, EveryAdvertisedNameMakesAFormatter) {
  ASSERT_EQ(formatter_names(), (std::vector<std::string>{"text", "json"}));
  for (const std::string& name : formatter_names()) {
    const std::unique_ptr<Formatter> formatter = make_formatter(name);
    ASSERT_NE(formatter, nullptr) << name;
    std::ostringstream out;
    formatter->write({}, CheckSummary{}, out);
    EXPECT_FALSE(out.str().empty()) << name;
  }
}

TEST(Formatter, UnknownNameGivesNull) {
  EXPECT_EQ(make_formatter("sarif-typo"), nullptr);
  EXPECT_EQ(make_formatter(""), nullptr);
  EXPECT_EQ(make_formatter("TEXT"), nullptr);
}

}  // namespace
}  // namespace claimcheck
