// Reading claims files: YAML text -> validated ClaimsFile.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "claims/model.h"

namespace claimcheck {

// Validates `text` (the contents of the claims file called `name`) without
// building the model: YAML syntax, duplicate mapping keys, the embedded JSON
// Schema, and duplicate claim ids. Returns every problem found, each as
// "name:line:col: error: <what, and what was expected>" (1-based), in file
// order. Empty result = valid.
Diagnostics validate_claims_text(const std::string& name, std::string_view text);

// Parses and validates; throws InputError carrying all diagnostics of
// validate_claims_text if there are any. Positions of claims and of
// document.sha256 in the file are recorded in the model.
ClaimsFile read_claims_file(const std::string& name, std::string_view text);

}  // namespace claimcheck
