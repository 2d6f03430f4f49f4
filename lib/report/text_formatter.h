// The compiler-style report editors and CI logs understand: one line per
// finding, then a summary line.
//
//   article.txt:3:1: error: [unreviewed] c-0a1b2c3d: Iran aligned with the Soviet Union.
//   article.claims.yaml:5:11: error: [document-changed] document article.txt changed ...
//   2 claims in 1 file: 2 check-worthy, 0 reviewed; 2 errors, 0 warnings
//
// Findings about a claim show its id and text (on one line, shortened to
// kMaxClaimTextLength code points with "…"); other findings show their message.
// Without findings the summary ends in "no findings".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "report/formatter.h"

namespace claimcheck {

class TextFormatter : public Formatter {
 public:
  // Long enough for nearly every sentence: a CI log must show what the claim says.
  static constexpr std::size_t kMaxClaimTextLength = 240;

  void write(const Diagnostics& findings, const CheckSummary& summary,
             std::ostream& out) const override;
};

// `text` on one line (line breaks and tabs become spaces), cut on a UTF-8
// code-point boundary to at most `max_code_points`, the last being "…" when cut.
std::string shorten_for_display(std::string_view text, std::size_t max_code_points);

}  // namespace claimcheck
