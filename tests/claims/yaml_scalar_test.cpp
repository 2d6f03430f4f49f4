#include "claims/yaml_scalar.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <regex>
#include <string>
#include <vector>

namespace claimcheck {
namespace {

// The patterns as the writer first had them, with std::regex: the hand-written
// matcher must agree with them on every string, or a value could be written
// plain and read back as a number or a date.
bool matches_reference(const std::string& text) {
  using std::regex_constants::icase;
  static const std::regex kInteger(
      "[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-f_]+|[0-9][0-9_]*|[0-9][0-9_]*(:[0-5]?[0-9])+)", icase);
  static const std::regex kFloat(
      "[-+]?(([0-9][0-9_]*)?\\.[0-9._]*(e[-+]?[0-9]+)?|[0-9][0-9_]*(\\.[0-9_]*)?e[-+]?[0-9]+"
      "|[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|\\.inf|\\.nan)",
      icase);
  static const std::regex kTimestamp(
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(([Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?"
      "([ \\t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?");
  return std::regex_match(text, kInteger) || std::regex_match(text, kFloat) ||
         std::regex_match(text, kTimestamp);
}

void expect_agrees(const std::string& text) {
  EXPECT_EQ(is_yaml_number_or_timestamp(text), matches_reference(text)) << '"' << text << '"';
}

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::size_t below(std::size_t n) {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return static_cast<std::size_t>((z ^ (z >> 31)) % n);
  }

 private:
  std::uint64_t state_;
};

TEST(YamlScalar, KnownValues) {
  for (const char* yes : {"0", "-12", "+685_230", "0b1010_0111", "0B1", "0o14", "014", "0x_0A_74_AE",
                          "0XaF", "190:20:30", "1_000:59", "1.", ".5", ".", "-.inf", ".NaN", ".INF",
                          "6.8523015e+5", "685.230_15e+03", "1e5", "190:20:30.15", "2002-12-14",
                          "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
                          "2001-12-14\t\t2:59:43Z", "1.2.3"}) {
    EXPECT_TRUE(is_yaml_number_or_timestamp(yes)) << yes;
    expect_agrees(yes);
  }
  for (const char* no : {"", "-", "+", "0b", "0x", "0o", "08x", "1e", "e5", "1:60", "1:", ":1",
                         "2002-12-14 ", "2002-12-14T1:00", "2001-12-14 21:59:43z", "0.1.0a",
                         "1999s", "c-0123abcd", "v1.2", "12 monkeys", "2020-1-123"}) {
    EXPECT_FALSE(is_yaml_number_or_timestamp(no)) << no;
    expect_agrees(no);
  }
}

// Every string of up to four bytes over the bytes the patterns use.
TEST(YamlScalar, AgreesWithTheRegexesOnEveryShortString) {
  const std::string alphabet = "019_:.-+eEbxoT Z";
  std::vector<std::string> level = {""};
  for (int length = 1; length <= 4; ++length) {
    std::vector<std::string> next;
    for (const std::string& prefix : level) {
      for (char c : alphabet) next.push_back(prefix + c);
    }
    for (const std::string& text : next) expect_agrees(text);
    level = std::move(next);
  }
}

// Random mutations (replace, insert, delete a byte; repeated) of values that
// match, so most strings are near misses of every branch.
TEST(YamlScalar, AgreesWithTheRegexesOnMutatedValues) {
  const std::vector<std::string> seeds = {
      "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2002-12-14",
      "2001-1-4T1:59:43Z", "190:20:30.15", "190:20:30", "0x_0A_74_AE", "+685_230",
      "6.8523015e+5", "685.230_15e+03", "-.inf", ".NaN", "0b1010_0111", "0o14", "017",
      "1_000:59", "3.", ".5e-7", "12e3", "0.1.0"};
  const std::string bytes = "0123456789_:.-+eEbBoOxXaAfFtTzZ \tinfINFnaNA";
  Random random(20261127);
  for (int round = 0; round < 200000; ++round) {
    std::string text = seeds[random.below(seeds.size())];
    const std::size_t edits = 1 + random.below(3);
    for (std::size_t e = 0; e < edits; ++e) {
      const char byte = bytes[random.below(bytes.size())];
      const std::size_t at = random.below(text.size() + 1);
      switch (random.below(3)) {
        case 0:
          if (at < text.size()) text[at] = byte;
          break;
        case 1: text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), byte); break;
        default:
          if (at < text.size()) text.erase(at, 1);
          break;
      }
    }
    expect_agrees(text);
  }
}

}  // namespace
}  // namespace claimcheck
