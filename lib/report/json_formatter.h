// Machine-readable report, for tools and dashboards:
//
//   {
//     "findings": [
//       {"rule": ..., "severity": ..., "path": ..., "line": ..., "column": ...,
//        "offset": ..., "claim_id": ..., "claim_text": ..., "message": ...}
//     ],
//     "summary": {"files": ..., "claims": ..., "checkworthy": ...,
//                 "reviewed": ..., "errors": ..., "warnings": ...}
//   }
//
// 2-space indented, ending in a newline. line/column are 1-based, offset is a
// byte offset; line 0 means no position is known. claim_id and claim_text are
// null for findings not about a claim, rule is null for non-checker diagnostics.
#pragma once

#include "report/formatter.h"

namespace claimcheck {

class JsonFormatter : public Formatter {
 public:
  void write(const Diagnostics& findings, const CheckSummary& summary,
             std::ostream& out) const override;
};

}  // namespace claimcheck
