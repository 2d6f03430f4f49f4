#include "eval/eval_report.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace claimcheck::eval {

namespace {

std::string percent(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", 100.0 * value);
  return buffer;
}

std::string cell(const Ratio& ratio) {
  if (!ratio.defined()) return "-";
  return std::to_string(ratio.hits) + "/" + std::to_string(ratio.total) + " " +
         percent(ratio.value());
}

// Display width in code points, for alignment of non-ASCII file names.
std::size_t width(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::vector<std::string> row(const Evaluation& e) {
  return {e.name,
          cell(e.headings),
          cell(e.sentence_recall),
          cell(e.sentence_precision),
          cell(e.claim_recall),
          cell(e.claim_precision),
          cell(e.checkworthiness),
          e.checkworthiness.defined() ? std::to_string(e.not_checkworthy_marked) : "-",
          cell(e.vague_attribution),
          cell(e.faithful)};
}

nlohmann::ordered_json ratio_json(const Ratio& ratio) {
  nlohmann::ordered_json json;
  json["hits"] = ratio.hits;
  json["total"] = ratio.total;
  json["value"] = ratio.defined() ? nlohmann::ordered_json(ratio.value()) : nlohmann::ordered_json();
  return json;
}

nlohmann::ordered_json unmatched_json(const std::vector<UnmatchedClaim>& claims) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const UnmatchedClaim& claim : claims) {
    nlohmann::ordered_json item;
    item["text"] = claim.text;
    item["closest"] = claim.closest.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(claim.closest);
    item["f1"] = claim.f1;
    list.push_back(std::move(item));
  }
  return list;
}

nlohmann::ordered_json evaluation_json(const Evaluation& e, bool with_lists) {
  nlohmann::ordered_json json;
  json["name"] = e.name;
  json["headings"] = ratio_json(e.headings);
  json["sentence_recall"] = ratio_json(e.sentence_recall);
  json["sentence_precision"] = ratio_json(e.sentence_precision);
  json["claim_recall"] = ratio_json(e.claim_recall);
  json["claim_precision"] = ratio_json(e.claim_precision);
  json["checkworthiness_accuracy"] = ratio_json(e.checkworthiness);
  json["not_checkworthy_marked"] = e.not_checkworthy_marked;
  json["vague_attribution_recall"] = ratio_json(e.vague_attribution);
  json["faithful"] = ratio_json(e.faithful);
  json["extracted_claims"] = e.extracted_claims;
  json["segmented_sentences"] = e.segmented_sentences;
  if (!with_lists) return json;
  json["unmatched_gold_claims"] = unmatched_json(e.unmatched_gold);
  json["unmatched_extracted_claims"] = unmatched_json(e.unmatched_extracted);
  nlohmann::ordered_json errors = nlohmann::ordered_json::array();
  for (const CheckworthinessError& error : e.checkworthiness_errors) {
    errors.push_back({{"sentence", error.sentence}, {"gold_checkworthy", error.gold_checkworthy}});
  }
  json["checkworthiness_errors"] = std::move(errors);
  nlohmann::ordered_json unfaithful = nlohmann::ordered_json::array();
  for (const UnfaithfulClaim& claim : e.unfaithful) {
    unfaithful.push_back({{"id", claim.id}, {"text", claim.text}, {"unsupported", claim.unsupported}});
  }
  json["unfaithful_claims"] = std::move(unfaithful);
  return json;
}

}  // namespace

Evaluation total_of(const std::vector<Evaluation>& evaluations) {
  Evaluation total;
  total.name = "total";
  for (const Evaluation& e : evaluations) total += e;
  return total;
}

std::string format_table(const std::vector<Evaluation>& evaluations) {
  std::vector<std::vector<std::string>> rows = {{"gold file", "headings", "sent.R", "sent.P",
                                                 "claims.R", "claims.P", "cw.acc", "cw.wrong",
                                                 "vague.R", "faithful"}};
  for (const Evaluation& e : evaluations) rows.push_back(row(e));
  if (evaluations.size() > 1) rows.push_back(row(total_of(evaluations)));
  std::vector<std::size_t> widths(rows.front().size());
  for (const auto& r : rows) {
    for (std::size_t i = 0; i < r.size(); ++i) widths[i] = std::max(widths[i], width(r[i]));
  }
  std::ostringstream out;
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i) {
      const std::string padding(widths[i] - width(r[i]), ' ');
      // Names align left, figures right.
      line += i == 0 ? r[i] + padding : "  " + padding + r[i];
    }
    out << line << '\n';
  }
  out << "claims.R/P: gold claims matched (content-word F1 >= 0.75) / check-worthy claims "
         "matched; cw: check-worthiness of labelled sentences\n";
  return out.str();
}

std::string format_details(const Evaluation& e) {
  std::ostringstream out;
  char f1[16];
  out << e.name << ":\n";
  out << "  unmatched gold claims (" << e.unmatched_gold.size() << "):\n";
  for (const UnmatchedClaim& claim : e.unmatched_gold) {
    out << "    - " << claim.text << '\n';
    if (!claim.closest.empty()) {
      std::snprintf(f1, sizeof f1, "%.2f", claim.f1);
      out << "      closest (F1 " << f1 << "): " << claim.closest << '\n';
    }
  }
  out << "  unmatched extracted claims (" << e.unmatched_extracted.size() << "):\n";
  for (const UnmatchedClaim& claim : e.unmatched_extracted) {
    out << "    - " << claim.text << '\n';
    if (!claim.closest.empty()) {
      std::snprintf(f1, sizeof f1, "%.2f", claim.f1);
      out << "      closest (F1 " << f1 << "): " << claim.closest << '\n';
    }
  }
  out << "  wrong check-worthiness (" << e.checkworthiness_errors.size() << "):\n";
  for (const CheckworthinessError& error : e.checkworthiness_errors) {
    out << "    - " << (error.gold_checkworthy ? "missed (check-worthy): " : "marked check-worthy: ")
        << error.sentence << '\n';
  }
  out << "  unfaithful claims (" << e.unfaithful.size() << "):\n";
  for (const UnfaithfulClaim& claim : e.unfaithful) {
    out << "    - " << claim.id << ": " << claim.text << "\n      not in the document:";
    for (const std::string& word : claim.unsupported) out << ' ' << word;
    out << '\n';
  }
  return out.str();
}

nlohmann::ordered_json to_json(const std::vector<Evaluation>& evaluations) {
  nlohmann::ordered_json json;
  json["files"] = nlohmann::ordered_json::array();
  for (const Evaluation& e : evaluations) json["files"].push_back(evaluation_json(e, true));
  json["total"] = evaluation_json(total_of(evaluations), false);
  return json;
}

}  // namespace claimcheck::eval
