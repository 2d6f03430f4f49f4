#include "base/diagnostic.h"

#include <gtest/gtest.h>

namespace claimcheck {
namespace {

TEST(Diagnostic, FormatsCompilerStyle) {
  const Diagnostic d = Diagnostic::error("claims/a.txt", Position{10, 3, 7}, "unreviewed claim");
  EXPECT_EQ(to_string(d), "claims/a.txt:3:7: error: unreviewed claim");
}

TEST(Diagnostic, OmitsPositionWhenUnknown) {
  Diagnostic d = Diagnostic::error("a.txt", {}, "cannot read: No such file or directory");
  EXPECT_EQ(to_string(d), "a.txt: error: cannot read: No such file or directory");
  d.severity = Severity::warning;
  EXPECT_EQ(to_string(d), "a.txt: warning: cannot read: No such file or directory");
}

TEST(Diagnostic, HasErrorsIgnoresWarnings) {
  Diagnostic warning = Diagnostic::error("a", {}, "w");
  warning.severity = Severity::warning;
  EXPECT_FALSE(has_errors({warning}));
  EXPECT_TRUE(has_errors({warning, Diagnostic::error("a", {}, "e")}));
}

}  // namespace
}  // namespace claimcheck
