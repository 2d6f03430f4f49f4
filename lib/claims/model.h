// The claims model: what a claims file means, independent of its YAML form.
// Readers and writers (claims_reader.h, claims_writer.h) convert between this
// and YAML; the extractor produces it; the checker consumes it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace claimcheck {

inline constexpr int kClaimsSchemaVersion = 1;

// A reviewer's verdict on a claim, in the vocabulary fact-checkers share
// (PolitiFact / ClaimReview style ratings).
enum class Verdict {
  true_,         // "true": accurate, nothing significant missing
  mostly_true,   // "mostly-true": accurate but needs clarification
  mixed,         // "mixed": partly accurate, partly not
  mostly_false,  // "mostly-false": an element of truth, but misleading overall
  false_,        // "false": not accurate
  misleading,    // "misleading": literally accurate, but gives a false impression
  unproven,      // "unproven": evidence is insufficient either way
  outdated,      // "outdated": was true, no longer is
  opinion,       // "opinion": not a factual claim; nothing to verify
};

const char* verdict_name(Verdict verdict);                    // "mostly-true"
std::optional<Verdict> parse_verdict(std::string_view name);  // nullopt if unknown
const std::vector<std::string>& verdict_names();              // all, in enum order
// A verdict that asserts something about the world, so it needs a source.
bool is_factual(Verdict verdict);  // all except unproven and opinion
// The article still states something reviewers found wrong.
bool is_refuting(Verdict verdict);  // false, mostly-false, misleading

enum class Stance { supports, refutes, context };
const char* stance_name(Stance stance);
std::optional<Stance> parse_stance(std::string_view name);

struct Source {
  std::string url;        // required
  std::string title;      // empty = absent
  std::string publisher;
  std::string accessed;   // ISO date "YYYY-MM-DD"
  std::string quote;
  std::optional<Stance> stance;
};

struct Review {
  std::optional<Verdict> verdict;
  std::optional<double> confidence;  // [0, 1]
  std::vector<Source> sources;
  std::string reviewer;  // empty = absent
  std::string reviewed;  // ISO date "YYYY-MM-DD"
  std::string note;
};

// A source the article itself gives for a claim: a link in its sentence.
struct Citation {
  std::string url;   // required
  std::string text;  // the link's visible text; empty = absent
  friend bool operator==(const Citation&, const Citation&) = default;
};

struct Claim {
  std::string id;     // "c-" + 8 lower-case hex digits, unique in the file
  std::string text;   // the claim, readable on its own
  std::string quote;  // the exact source bytes the claim was taken from
  std::size_t start = 0;  // byte span of `quote` in the document
  std::size_t end = 0;
  std::size_t line = 0;    // 1-based position of `start` in the document
  std::size_t column = 0;  // 1-based, in code points
  std::string section;     // heading of the enclosing section; empty if none
  bool checkworthy = false;
  double score = 0.0;                // check-worthiness in [0, 1]
  std::vector<std::string> signals;  // what drove the score, e.g. "year"
  std::vector<Citation> citations;   // links in the sentence, in order
  bool quoted = false;               // inside a block quote: quoted speech

  // Who the document says makes the claim ("the IAEA" in "according to the
  // IAEA, ..."; "some analysts" in "some analysts believe that ..."). Empty:
  // the document states it in its own voice. `vague` marks an unnamed
  // source, so a reviewer asks "who?".
  struct Attribution {
    std::string who;
    bool vague = false;
    friend bool operator==(const Attribution&, const Attribution&) = default;
  };
  std::optional<Attribution> attribution;
  // Hedging words the sentence qualifies the claim with ("may",
  // "reportedly", "allegedly"), lower-cased, in order, each once.
  std::vector<std::string> hedges;
  // Referring words ("their", "both countries") the extractor could not
  // resolve to one antecedent; they are kept as written. Empty: the claim
  // reads on its own.
  std::vector<std::string> ambiguous;
  // The document bytes the claim's words were taken from (in the sentence,
  // or the antecedent a reference was resolved to), as [start, end) byte
  // ranges, ordered and disjoint. Empty when unknown (hand-written claims).
  struct SourceSpan {
    std::size_t start = 0;
    std::size_t end = 0;
    friend bool operator==(const SourceSpan&, const SourceSpan&) = default;
  };
  std::vector<SourceSpan> source_spans;

  std::optional<Review> review;

  // The `review` block exactly as the claims file had it: every line from the
  // `review:` key to the block's last line, comments and blank lines inside
  // included, with the file's own indentation. Set by the reader; the writer
  // emits it verbatim (re-indented to its layout) instead of `review`, so hand
  // edits survive byte for byte. Anything that changes `review` must clear it.
  std::string review_source;

  // Set when re-extraction re-anchored this claim to reworded text: the
  // review was given for `previous_text`, so it must be looked at again.
  struct Stale {
    std::string previous_text;
    std::string detected;  // ISO 8601 UTC time of the re-extraction
  };
  std::optional<Stale> stale;

  // Where this claim's entry starts in the claims file (set by the reader,
  // for diagnostics about the file itself; not written).
  Position file_position;
};

struct DocumentInfo {
  std::string path;    // relative to the claims file's directory, '/'-separated
  std::string sha256;  // of the document's bytes, lower-case hex
  std::string format;  // "text" or "markdown"
  std::string extractor_name;
  std::string extractor_version;
  std::string extracted;  // ISO 8601 UTC, "2026-01-31T12:00:00Z"

  // Where `sha256` stands in the claims file (set by the reader).
  Position sha256_position;
};

struct ClaimsFile {
  int schema_version = kClaimsSchemaVersion;
  DocumentInfo document;
  std::vector<Claim> claims;
  // Reviewed claims whose text is gone from the document. Kept, with their
  // last wording, position and review, until someone removes them on purpose.
  std::vector<Claim> orphaned;
};

}  // namespace claimcheck
