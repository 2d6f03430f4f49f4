#include "report/json_formatter.h"

#include <ostream>

#include <nlohmann/json.hpp>

namespace claimcheck {
namespace {

nlohmann::ordered_json string_or_null(const std::string& value) {
  return value.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(value);
}

nlohmann::ordered_json finding_to_json(const Diagnostic& finding) {
  return nlohmann::ordered_json{
      {"rule", string_or_null(finding.rule)},
      {"severity", severity_name(finding.severity)},
      {"path", finding.path},
      {"line", finding.position.line},
      {"column", finding.position.column},
      {"offset", finding.position.offset},
      {"claim_id", string_or_null(finding.claim_id)},
      {"claim_text", string_or_null(finding.claim_text)},
      {"message", finding.message},
  };
}

}  // namespace

void JsonFormatter::write(const Diagnostics& findings, const CheckSummary& summary,
                          std::ostream& out) const {
  nlohmann::ordered_json report;
  report["findings"] = nlohmann::ordered_json::array();
  for (const Diagnostic& finding : findings) report["findings"].push_back(finding_to_json(finding));
  report["summary"] = nlohmann::ordered_json{
      {"files", summary.files},       {"claims", summary.claims},
      {"checkworthy", summary.checkworthy}, {"reviewed", summary.reviewed},
      {"errors", summary.errors},     {"warnings", summary.warnings},
  };
  // Text from a document may hold bytes that are not UTF-8; replace them rather
  // than fail the whole report.
  out << report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace claimcheck
