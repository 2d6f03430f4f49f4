// Faithfulness: an extracted claim may only use words its document supplies.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claims/model.h"

namespace claimcheck::eval {

// The closed set of words a claim may add to what the document says:
// articles, copulas and auxiliaries ("is", "was", "has", "had", "will"),
// "and", "or", "of", "that", "to", "in", "on", "by", "for", "with", "as",
// "not" excepted (adding a negation changes the claim). Rewriting "which
// has" as "Iran has" or splitting "A and B did X" into "A did X" needs no
// other word.
bool is_allowed_addition(std::string_view token);

// The words of `claim.text` that the document does not supply: tokens
// (tokenize(): lower-case, possessive "'s" dropped, *not* stemmed, so
// "formation" in a claim needs "formation" in the text) that are not allowed
// additions and occur neither in the claim's sentence (document bytes
// [claim.start, claim.end)) nor in any of its `source_spans`. In order of
// first occurrence, each once. Empty: the claim is faithful. Spans outside
// `document` are clamped.
//
// One inflection is supplied with its word: the simple past of a present
// participle the text has, for a verb the lexicon knows ("forming" supplies
// "formed", "leaving" "left"). A past participial clause is told in the
// past ("aligned with X, forming a common front" -> "formed a common
// front", as the reference extraction of the sample article writes it);
// it is the document's verb, in another tense, never a new word.
std::vector<std::string> unsupported_words(const Claim& claim, std::string_view document);

}  // namespace claimcheck::eval
