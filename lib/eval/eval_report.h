// How `claimcheck eval` shows its figures: an aligned table for people,
// JSON for scripts, and the itemised misses for --verbose.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "eval/evaluation.h"

namespace claimcheck::eval {

// The sum of `evaluations`' counts, named "total".
Evaluation total_of(const std::vector<Evaluation>& evaluations);

// One row per evaluation and, when there are several, a "total" row. Each
// ratio shows as "hits/total" and a percentage; "-" when its total is 0
// (the gold file does not label it). Columns:
//   headings       gold headings found
//   sent.R sent.P  exact sentence recall and precision
//   claims.R       gold claims matched; claims.P: check-worthy claims matched
//   cw.acc         check-worthiness accuracy; cw.wrong: not-check-worthy
//                  sentences marked check-worthy
//   vague.R        vague-attribution sentences flagged
//   faithful       extracted claims made only of the document's words
// and a legend line below.
std::string format_table(const std::vector<Evaluation>& evaluations);

// The misses behind the figures of one evaluation, for people: unmatched
// gold claims (with the closest extracted claim and its F1), unmatched
// check-worthy extracted claims, check-worthiness errors and unfaithful
// claims (with the words the document does not supply).
std::string format_details(const Evaluation& evaluation);

// {"files": [ {...}, ...], "total": {...}}; each entry holds every count
// (hits and total of each ratio, and its value or null), and the lists of
// format_details().
nlohmann::ordered_json to_json(const std::vector<Evaluation>& evaluations);

}  // namespace claimcheck::eval
