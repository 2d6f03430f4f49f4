// What the sentence splitter knows about English words around a period:
// abbreviations and the words that typically open a sentence.
#pragma once

#include <string_view>

namespace claimcheck {

enum class AbbreviationKind {
  // Not a known abbreviation.
  kNone,
  // Always stands before a name or a phrase ("Mr.", "Dr.", "Mt.", "vs.",
  // "e.g."): its period never ends a sentence.
  kPrepositive,
  // An abbreviation only in front of a number ("No. 5", "p. 55", "Fig. 3");
  // anywhere else it is read as an ordinary word ("He said no.").
  kBeforeNumber,
  // May stand mid-sentence or end one ("Co.", "U.S.", "a.m.", "Jr.").
  kAmbiguous,
  // A US state or similar region ("Tex.", "Ill.", "D.C."). After a city and
  // a comma ("Austin, Tex.") it closes a phrase, which AP style follows with
  // a comma when the sentence goes on; elsewhere it may precede a title
  // ("Ark. Gov. Hutchinson") and is ambiguous.
  kRegion,
  // Follows what it belongs to and is not followed by a capitalised word
  // within a sentence: units ("220 lbs.", "3 hrs."), "etc.", "Esq.".
  kPostpositive,
};

// Classifies `word`, the text in front of a period without the period itself;
// internal periods are kept ("U.S", "e.g", "Ph.D"). Case-insensitive for ASCII,
// except that entries which are ordinary words in lower case (US state, month
// and weekday abbreviations such as "Ill", "Wash", "Sun", and titles such as
// "Rep", "Gen") only match when capitalised.
AbbreviationKind classify_abbreviation(std::string_view word);

enum class SentenceStarter {
  kNo,
  // Pronouns, articles, question words, conjunctive adverbs ("The", "It",
  // "However", "Did"): a strong sign that a new sentence begins.
  kStrong,
  // Titles ("Mr", "Dr"): a new sentence may begin, but a title also often
  // continues one ("At 5 a.m. Mr. Smith left").
  kWeak,
};

// How typical `word` (ASCII letters, case-sensitive, e.g. "The") is as the
// first word of an English sentence.
SentenceStarter sentence_starter_kind(std::string_view word);

}  // namespace claimcheck
