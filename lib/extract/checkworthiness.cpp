#include "extract/checkworthiness.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string>

namespace claimcheck {

namespace {

// Signals in the order they are reported, with the weight each adds to the
// logit. Weights are hand-set from the features' direction in the
// check-worthiness literature (ClaimBuster, CheckThat!): they rank, they are
// not calibrated probabilities.
enum Signal {
  kYear, kDate, kNumber, kPercent, kMoney, kNamedEntity, kAttribution, kVagueAttribution,
  kQuantityComparison, kSuperlative, kActionVerb, kHedge, kOpinion, kQuestion, kFirstPerson,
  kFuture, kInstruction, kSignalCount
};

constexpr std::array<const char*, kSignalCount> kSignalNames = {
    "year", "date", "number", "percent", "money", "named-entity", "attribution",
    "vague-attribution", "quantity-comparison", "superlative", "action-verb", "hedge",
    "opinion", "question", "first-person", "future", "instruction"};

constexpr std::array<double, kSignalCount> kSignalWeights = {
    1.2, 1.0, 0.9, 1.0, 1.0, 0.8, 0.5, -0.2, 0.6, 0.4, 0.8, -0.4, -1.2, -1.5, -0.8, -0.6, -1.5};

constexpr double kBias = -0.6;
constexpr double kSecondEntityBonus = 0.3;

struct Token {
  std::string_view text;  // as written
  std::string lower;      // ASCII-lowercased
  bool sentence_initial = false;
};

bool is_word_byte(unsigned char c) {
  return std::isalnum(c) || c >= 0x80 || c == '\'' || c == '-';
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  bool at_start = true;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (!is_word_byte(c) || c == '\'' || c == '-') {
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"') at_start = true;
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < s.size() && is_word_byte(static_cast<unsigned char>(s[i]))) ++i;
    std::size_t end = i;
    while (end > start && (s[end - 1] == '\'' || s[end - 1] == '-')) --end;
    Token token;
    token.text = s.substr(start, end - start);
    token.lower.reserve(token.text.size());
    for (char ch : token.text) {
      token.lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    // Possessives: "Korea's" is the entity "Korea".
    if (token.lower.size() > 2 && token.lower.ends_with("'s")) token.lower.resize(token.lower.size() - 2);
    token.sentence_initial = at_start;
    at_start = false;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

template <std::size_t N>
bool in(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

constexpr std::array<std::string_view, 24> kMonths = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 14> kNumberWords = {
    "hundred", "thousand", "million", "billion", "trillion", "dozen", "half",
    "twice", "two", "three", "four", "five", "ten", "twenty"};
constexpr std::array<std::string_view, 8> kMoneyWords = {
    "dollars", "dollar", "euros", "euro", "pounds", "yen", "rupees", "yuan"};
constexpr std::array<std::string_view, 16> kAttributionVerbs = {
    "said", "says", "according", "reported", "reports", "stated", "announced", "told",
    "claimed", "claims", "confirmed", "denied", "testified", "wrote", "estimated", "estimates"};
constexpr std::array<std::string_view, 16> kVagueSources = {
    "analysts", "experts", "critics", "observers", "officials", "sources", "people",
    "scientists", "researchers", "reports", "studies", "commentators", "insiders",
    "diplomats", "many", "some"};
constexpr std::array<std::string_view, 6> kVagueQuantifiers = {"some", "many", "several",
                                                               "certain", "most", "few"};
constexpr std::array<std::string_view, 15> kHedges = {
    "may", "might", "could", "reportedly", "allegedly", "possibly", "perhaps", "likely",
    "unlikely", "apparently", "seemingly", "suggest", "suggests", "appear", "appears"};
constexpr std::array<std::string_view, 24> kEvaluative = {
    "complex", "evolving", "uncertain", "unclear", "remains", "interesting", "important",
    "remarkable", "good", "bad", "great", "terrible", "wonderful", "awful", "should",
    "must", "believe", "believes", "think", "thinks", "feel", "complexities", "outlook",
    "hopefully"};
constexpr std::array<std::string_view, 7> kFirstPersonWords = {"i", "we", "me", "my", "our", "us",
                                                          "ours"};
constexpr std::array<std::string_view, 3> kFutureWords = {"will", "shall", "won't"};
constexpr std::array<std::string_view, 10> kComparisonWords = {
    "increased", "decreased", "doubled", "tripled", "halved", "rose", "fell", "grew",
    "declined", "dropped"};
constexpr std::array<std::string_view, 40> kIrregularPast = {
    "met", "won", "lost", "took", "made", "gave", "began", "became", "led", "held",
    "sent", "sold", "bought", "built", "killed", "left", "ran", "saw", "paid", "spent",
    "struck", "fought", "brought", "signed", "imposed", "became", "founded", "elected",
    "born", "died", "rose", "fell", "grew", "hit", "set", "broke", "chose", "drove",
    "flew", "wrote"};
// Words that end in "-est" or "-ed" without being superlatives or past tenses.
constexpr std::array<std::string_view, 16> kFalseEst = {
    "interest", "forest", "honest", "modest", "protest", "suggest", "request", "test",
    "contest", "west", "rest", "best", "nest", "arrest", "invest", "harvest"};
constexpr std::array<std::string_view, 10> kFalseEd = {
    "need", "feed", "seed", "speed", "indeed", "breed", "bed", "red", "shed", "greed"};

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

bool is_year(std::string_view lower) {
  std::string_view digits = lower;
  if (digits.ends_with("s")) digits.remove_suffix(1);  // "1990s"
  if (digits.size() != 4 || !all_digits(digits)) return false;
  const int value = std::stoi(std::string(digits));
  return value >= 1000 && value <= 2099;
}

bool is_capitalised(std::string_view text) {
  const unsigned char first = static_cast<unsigned char>(text.front());
  return std::isupper(first) != 0;
}

}  // namespace

Checkworthiness score_checkworthiness(std::string_view sentence) {
  std::array<bool, kSignalCount> present{};
  const std::vector<Token> tokens = tokenize(sentence);
  std::size_t entities = 0;

  if (sentence.find('%') != std::string_view::npos) present[kPercent] = true;
  if (sentence.find_first_of("$") != std::string_view::npos ||
      sentence.find("\xE2\x82\xAC") != std::string_view::npos ||  // €
      sentence.find("\xC2\xA3") != std::string_view::npos) {       // £
    present[kMoney] = true;
  }
  std::string_view trimmed = sentence;
  while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back()))) {
    trimmed.remove_suffix(1);
  }
  if (!trimmed.empty() && trimmed.back() == '?') present[kQuestion] = true;

  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    const std::string_view w = token.lower;
    const std::string_view next = i + 1 < tokens.size() ? std::string_view(tokens[i + 1].lower) : "";
    if (is_year(w)) {
      present[kYear] = true;
    } else if (has_digit(w)) {
      present[kNumber] = true;
    }
    if (in(kNumberWords, w)) present[kNumber] = true;
    if (w == "percent" || (w == "per" && next == "cent")) present[kPercent] = true;
    if (in(kMoneyWords, w)) present[kMoney] = true;
    if (in(kMonths, w) && w != "may" && (has_digit(next) || (i > 0 && has_digit(tokens[i - 1].lower)))) {
      present[kDate] = true;
    }
    if (!token.sentence_initial && token.text != "I" && is_capitalised(token.text)) {
      // Consecutive capitalised words are one entity ("North Korea").
      if (i == 0 || tokens[i - 1].sentence_initial || !is_capitalised(tokens[i - 1].text)) ++entities;
    }
    if (in(kAttributionVerbs, w)) present[kAttribution] = true;
    if (in(kVagueQuantifiers, w) && in(kVagueSources, next) && next != "many" && next != "some") {
      present[kVagueAttribution] = true;
    }
    if (w == "it" && next == "is" && i + 2 < tokens.size() &&
        (tokens[i + 2].lower == "believed" || tokens[i + 2].lower == "thought" ||
         tokens[i + 2].lower == "said" || tokens[i + 2].lower == "reported")) {
      present[kVagueAttribution] = true;
    }
    if (in(kHedges, w)) present[kHedge] = true;
    if (in(kEvaluative, w)) present[kOpinion] = true;
    if (in(kFirstPersonWords, w) && (w != "us" || token.text == "us")) present[kFirstPerson] = true;
    if (in(kFutureWords, w) || (w == "going" && next == "to")) present[kFuture] = true;
    if (in(kComparisonWords, w) || ((w == "more" || w == "less" || w == "fewer") && next == "than") ||
        ((w == "up" || w == "down") && next == "from") || (w == "compared" && (next == "with" || next == "to"))) {
      present[kQuantityComparison] = true;
    }
    if ((w == "most" || w == "least") && i + 1 < tokens.size()) present[kSuperlative] = true;
    if (w.size() > 5 && w.ends_with("est") && !in(kFalseEst, w)) present[kSuperlative] = true;
    if ((w.size() > 4 && w.ends_with("ed") && !in(kFalseEd, w)) || in(kIrregularPast, w)) {
      present[kActionVerb] = true;
    }
    if (i == 0 && (w == "please" || w == "let's" || w == "click" || w == "see")) {
      present[kInstruction] = true;
    }
  }
  if (entities > 0) present[kNamedEntity] = true;

  double logit = kBias;
  Checkworthiness result;
  for (int signal = 0; signal < kSignalCount; ++signal) {
    if (!present[signal]) continue;
    logit += kSignalWeights[signal];
    result.signals.emplace_back(kSignalNames[signal]);
  }
  if (entities > 1) logit += kSecondEntityBonus;
  result.score = 1.0 / (1.0 + std::exp(-logit));
  // Two decimals: what the claims file shows is exactly what decided.
  result.score = std::round(result.score * 100.0) / 100.0;
  result.checkworthy = result.score >= kCheckworthyThreshold;
  return result;
}

}  // namespace claimcheck
