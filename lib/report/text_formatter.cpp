#include "report/text_formatter.h"

#include <ostream>

namespace claimcheck {
namespace {

bool is_continuation_byte(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// "1 claim", "2 claims".
std::string quantity(std::size_t n, const char* singular, const char* plural) {
  return std::to_string(n) + ' ' + (n == 1 ? singular : plural);
}

}  // namespace

std::string shorten_for_display(std::string_view text, std::size_t max_code_points) {
  static constexpr std::string_view kEllipsis = "\u2026";
  std::string out;
  out.reserve(text.size());
  std::size_t code_points = 0;
  std::size_t cut = std::string::npos;  // where the text stops if it is too long
  for (char byte : text) {
    if (!is_continuation_byte(byte)) {
      ++code_points;
      if (code_points == max_code_points) cut = out.size();
      if (code_points > max_code_points) {
        out.resize(cut);
        while (!out.empty() && out.back() == ' ') out.pop_back();
        out += kEllipsis;
        return out;
      }
    }
    out += (byte == '\n' || byte == '\r' || byte == '\t') ? ' ' : byte;
  }
  return out;
}

void TextFormatter::write(const Diagnostics& findings, const CheckSummary& summary,
                          std::ostream& out) const {
  for (const Diagnostic& finding : findings) {
    // Reuse the one compiler-style rendering; only the message part differs.
    Diagnostic line = finding;
    line.message = finding.rule.empty() ? std::string() : "[" + finding.rule + "] ";
    if (finding.claim_id.empty()) {
      line.message += finding.message;
    } else {
      line.message += finding.claim_id + ": " +
                      shorten_for_display(finding.claim_text, kMaxClaimTextLength);
    }
    out << to_string(line) << '\n';
  }
  out << quantity(summary.claims, "claim", "claims") << " in "
      << quantity(summary.files, "file", "files") << ": " << summary.checkworthy
      << " check-worthy, " << summary.reviewed << " reviewed; ";
  if (summary.errors == 0 && summary.warnings == 0) {
    out << "no findings\n";
  } else {
    out << quantity(summary.errors, "error", "errors") << ", "
        << quantity(summary.warnings, "warning", "warnings") << '\n';
  }
}

}  // namespace claimcheck
