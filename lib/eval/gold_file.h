// Gold files: a hand-written reference extraction of one document, which
// `claimcheck eval` compares the extractor's output with.
//
//   document: article.txt        # the document, relative to the gold file
//   headings: [...]              # titles and section headings, as written
//   sentences: [...]             # every prose sentence, as segmented
//   claims: [...]                # atomic, check-worthy claims
//   not_checkworthy: [...]       # sentences that need no checking
//   vague_attribution: [...]     # sentences attributed to unnamed people
//
// Every key but `document` may be absent or empty; each list holds strings.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace claimcheck::eval {

struct GoldFile {
  std::string document;  // as written in the file
  Position document_position;  // of its value, for "cannot read" errors
  std::vector<std::string> headings;
  std::vector<std::string> sentences;
  std::vector<std::string> claims;
  std::vector<std::string> not_checkworthy;
  std::vector<std::string> vague_attribution;
};

// Parses the gold file called `name` whose contents are `text`. Throws
// InputError with every problem found, each at its file:line:col: YAML
// syntax errors, a root that is not a mapping, a missing or non-string
// `document`, a list key holding something other than a list of strings,
// and unknown keys (with the closest known key, since a typo would
// otherwise silently empty a list).
GoldFile parse_gold_file(const std::string& name, const std::string& text);

}  // namespace claimcheck::eval
