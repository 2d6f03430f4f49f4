// Reading claims files: YAML text -> validated ClaimsFile.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "base/diagnostic.h"
#include "claims/model.h"

namespace claimcheck {

// Validates `text` (the contents of the claims file called `name`) without
// building the model: UTF-8, YAML syntax, duplicate mapping keys, the
// embedded JSON Schema, and what the schema cannot express (duplicate claim
// ids, start > end, source_spans out of order, overlapping or with an end
// before their start, .nan numbers). Returns every problem found, each as
// "name:line:col: error: <what, and what was expected>" (1-based), in file
// order, one line per problem. Empty result = valid.
//
// Scalars are typed by the YAML 1.2 core schema, not YAML 1.1: unquoted
// true/false are booleans, unquoted numbers are numbers, and everything
// else (yes/no/on/off, 2026-11-27) is a string. So `verdict: true` is a
// boolean and is rejected with a hint to quote it. Never throws for bad input.
Diagnostics validate_claims_text(const std::string& name, std::string_view text);

// Parses and validates; throws InputError carrying all diagnostics of
// validate_claims_text if there are any. Positions of claims and of
// document.sha256 in the file are recorded in the model.
ClaimsFile read_claims_file(const std::string& name, std::string_view text);

// The embedded schema (schemas/claims.schema.yaml as built into the binary),
// as JSON. Parsed once.
const nlohmann::json& claims_schema();

}  // namespace claimcheck
