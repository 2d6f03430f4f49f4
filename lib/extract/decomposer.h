// Decomposition: one sentence -> the atomic claims it makes.
//
// Rule-based and deterministic, without a tagger or a model: it works from
// punctuation, function words and verb forms (english_lexicon.h). Every claim
// is made of words of the sentence, words of an antecedent elsewhere in the
// document, and a few function words ("was", "has", "'s"); it never invents a
// content word. What it does, in order:
//   - drops sentence connectives ("However,") and concessions ("Despite X,");
//   - carries a fronted time, place or circumstance phrase ("In 2019,") into
//     every claim of the sentence;
//   - records attribution ("according to X", "X said that ...", "some
//     analysts believe that ...": the claim is the attributed content, and an
//     unnamed source is marked vague) and hedges ("may", "reportedly");
//   - splits coordinated clauses, coordinated verb phrases (carrying the
//     auxiliary: "have maintained X and engaged in Y"), coordinated subjects
//     under a distributive predicate (not "met", "agreed", "each other"),
//     non-restrictive relative clauses, appositives ("X, Y," -> "Y was X"),
//     participial clauses and "up from" / "compared with" pairs;
//   - replaces "both countries", "the two leaders", "their", "the company"
//     by their antecedent when one candidate is clearly nearest, and marks the
//     words `ambiguous` otherwise;
//   - marks questions, instructions, recommendations and vague judgements
//     ("remains uncertain") as not check-worthy.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/model.h"
#include "text/span.h"

namespace claimcheck {

struct AtomicClaim {
  std::string text;  // readable on its own, ends with the sentence's punctuation
  // Document bytes the claim's words come from: ordered, disjoint.
  std::vector<Span> source_spans;
  std::optional<Claim::Attribution> attribution;
  std::vector<std::string> hedges;     // lower-case, in order, each once
  std::vector<std::string> ambiguous;  // unresolved references, lower-case
  // Non-empty when the claim judges, asks or instructs rather than states:
  // a signal name from the claims schema ("opinion", "question",
  // "instruction"). Such claims are kept but are not check-worthy.
  std::string not_checkworthy_reason;
  // The claim is a direct quotation ('"...," Lopez said'): what is checked
  // is that its speaker said these words.
  bool quotation = false;
  // The claim opens with a name the document uses as one ("Redbourne
  // welcomed the ruling": a capital the document also writes inside a
  // sentence), which its text alone cannot show at a sentence's start.
  bool opens_with_name = false;
};

// Maps a byte range of the sentence text handed to `decompose` (offsets from
// its first byte) to the document bytes it shows.
using SentenceToDocument = std::function<Span(Span)>;

// Decomposes the sentences of one document in reading order; it remembers
// the entities of recent sentences to resolve references. Not thread-safe;
// use one per document.
class Decomposer {
 public:
  Decomposer();
  ~Decomposer();
  Decomposer(const Decomposer&) = delete;
  Decomposer& operator=(const Decomposer&) = delete;

  // A heading starts a new section: fronted time frames do not carry over.
  void start_section();

  // `sentence` is one sentence as a reader sees it (white space may include
  // line breaks). Returns at least one claim for any sentence with a word.
  std::vector<AtomicClaim> decompose(std::string_view sentence,
                                     const SentenceToDocument& to_document);

  struct State;  // what it remembers of recent sentences; opaque

 private:
  std::unique_ptr<State> state_;
};

}  // namespace claimcheck
