#include "claims/model.h"

#include <array>
#include <utility>

namespace claimcheck {

namespace {

// One table, in enum order, so names and parsing cannot drift apart.
constexpr std::array<std::pair<Verdict, const char*>, 9> kVerdicts = {{
    {Verdict::true_, "true"},
    {Verdict::mostly_true, "mostly-true"},
    {Verdict::mixed, "mixed"},
    {Verdict::mostly_false, "mostly-false"},
    {Verdict::false_, "false"},
    {Verdict::misleading, "misleading"},
    {Verdict::unproven, "unproven"},
    {Verdict::outdated, "outdated"},
    {Verdict::opinion, "opinion"},
}};

constexpr std::array<std::pair<Stance, const char*>, 3> kStances = {{
    {Stance::supports, "supports"},
    {Stance::refutes, "refutes"},
    {Stance::context, "context"},
}};

}  // namespace

const char* verdict_name(Verdict verdict) {
  for (const auto& [value, name] : kVerdicts) {
    if (value == verdict) return name;
  }
  return "unproven";
}

std::optional<Verdict> parse_verdict(std::string_view name) {
  for (const auto& [value, verdict_text] : kVerdicts) {
    if (name == verdict_text) return value;
  }
  return std::nullopt;
}

const std::vector<std::string>& verdict_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const auto& entry : kVerdicts) all.emplace_back(entry.second);
    return all;
  }();
  return names;
}

bool is_factual(Verdict verdict) {
  return verdict != Verdict::unproven && verdict != Verdict::opinion;
}

bool is_refuting(Verdict verdict) {
  return verdict == Verdict::false_ || verdict == Verdict::mostly_false ||
         verdict == Verdict::misleading;
}

const char* stance_name(Stance stance) {
  for (const auto& [value, name] : kStances) {
    if (value == stance) return name;
  }
  return "context";
}

std::optional<Stance> parse_stance(std::string_view name) {
  for (const auto& [value, stance_text] : kStances) {
    if (name == stance_text) return value;
  }
  return std::nullopt;
}

}  // namespace claimcheck
