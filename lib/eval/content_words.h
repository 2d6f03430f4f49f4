// Content words: what the evaluation compares claims by. A claim's content
// words are its tokens minus function words, each reduced to a stem, so
// "Iran formed sanctions" and "Iran's forming of a sanction" share
// {iran, form, sanction}.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::eval {

// Splits UTF-8 text into lower-case word tokens, in order:
// - a token is a run of letters, digits and combining marks (Unicode
//   categories L*, N*, M*; any script), lower-cased code point by code point;
// - a hyphen (- U+2010 U+2011) or an apostrophe (' U+2019, written as ')
//   between two such characters stays inside the token: "anti-western",
//   "jong-un", "don't"; a '.' or ',' between two digits too: "3.5", "1,000";
// - a possessive "'s" at the end of a token is dropped ("iran's" -> "iran"),
//   and so is a trailing apostrophe ("countries'" -> "countries");
// - everything else (punctuation, symbols, white space, invalid UTF-8)
//   separates tokens.
std::vector<std::string> tokenize(std::string_view text);

// The closed stop-word list: articles, personal, possessive, demonstrative
// and relative pronouns, auxiliaries and copulas (modals included),
// prepositions, conjunctions and a few common function words ("also",
// "both", "own", "such", "there", ...). Negations ("not", "no", "never"),
// numbers and quantities ("more", "most", "first") are content words: they
// change what a claim asserts. `token` is a lower-case token from tokenize().
bool is_stop_word(std::string_view token);

// A light suffix stemmer for English (much lighter than Porter's), applied
// to lower-case tokens:
//   -ies/-ied -> -y      (countries, applied -> country, apply)
//   -sses -> -ss; -s dropped unless the word ends in -ss, -us or -is
//   -ing, -ed dropped    (forming, formed -> form)
//   then a doubled final consonant is undoubled (stopped -> stop) and
//   final e's dropped (share, shared, sharing -> shar; agree, agreed -> agr)
// A suffix is removed only when at least three characters remain, so short
// words ("was", "bed", "sing") are left alone; tokens containing digits are
// never changed.
std::string stem(std::string_view token);

// The content words of `text`, stemmed, with how often each occurs: a
// multiset, so "Iran ... Iran" counts twice.
using ContentWords = std::map<std::string, std::size_t>;
ContentWords content_words(std::string_view text);

std::size_t total(const ContentWords& words);
// Size of the multiset intersection.
std::size_t shared_count(const ContentWords& a, const ContentWords& b);
// F1 of the multiset overlap: 2 * shared / (|a| + |b|); 0 when both are empty.
double content_word_f1(const ContentWords& a, const ContentWords& b);

}  // namespace claimcheck::eval
