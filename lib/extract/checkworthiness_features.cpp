#include "extract/checkworthiness_features.h"

#include <algorithm>
#include <cctype>

namespace claimcheck {

namespace {

// --- Dense signals -------------------------------------------------------
// Word lists from the features' direction in the check-worthiness literature
// (ClaimBuster, CheckThat!). The model learns how much each signal weighs.

struct Token {
  std::string_view text;   // as written
  std::string_view lower;  // ASCII-lowercased, possessive "'s" dropped
  bool sentence_initial = false;
};

bool is_word_byte(unsigned char c) {
  return std::isalnum(c) || c >= 0x80 || c == '\'' || c == '-';
}

char lower_ascii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Tokens view `lowered`, the ASCII-lowercased copy of `s` (same length).
std::vector<Token> tokenize(std::string_view s, std::string_view lowered) {
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
    token.lower = lowered.substr(start, end - start);
    // Possessives: "Korea's" is the entity "Korea".
    if (token.lower.size() > 2 && token.lower.ends_with("'s")) token.lower.remove_suffix(2);
    token.sentence_initial = at_start;
    at_start = false;
    tokens.push_back(token);
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

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

bool has_digit(std::string_view s) { return std::any_of(s.begin(), s.end(), is_digit); }

bool is_year(std::string_view lower) {
  std::string_view digits = lower;
  if (digits.ends_with("s")) digits.remove_suffix(1);  // "1990s"
  if (digits.size() != 4 || !all_digits(digits)) return false;
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value >= 1000 && value <= 2099;
}

bool is_capitalised(std::string_view text) { return text.front() >= 'A' && text.front() <= 'Z'; }

// --- Hashed features -----------------------------------------------------

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

// Tag bytes: one per feature kind. Word n-grams share a tag (an n-gram's
// words are joined by spaces, which no word contains), and so do character
// n-grams (n-grams of different length are different strings).
constexpr unsigned char kTagWord = 'w';
constexpr unsigned char kTagChar = 'c';
constexpr unsigned char kTagShape = 's';
constexpr unsigned char kTagLength = 'L';
constexpr unsigned char kTagEntities = 'E';
constexpr unsigned char kTagNumbers = 'N';

inline std::uint64_t fnv(std::uint64_t hash, unsigned char byte) { return (hash ^ byte) * kFnvPrime; }

inline std::uint64_t fnv(std::uint64_t hash, std::string_view bytes) {
  for (char c : bytes) hash = fnv(hash, static_cast<unsigned char>(c));
  return hash;
}

inline std::uint64_t tagged(unsigned char tag) { return fnv(kFnvOffset, tag); }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Bytes of U+2000..U+207F (general punctuation: dashes, curly quotes,
// ellipsis) and U+00A0 (no-break space) are punctuation, not word bytes.
std::size_t punctuation_length(std::string_view s, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == 0xE2 && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xFE) == 0x80) return 3;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  return 0;
}

bool is_hash_word_byte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || is_digit(c) || u >= 0x80 || c == '\'';
}

bool is_alnum_byte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || is_digit(c) || u >= 0x80;
}

// scratch.lowered = " " + lower-cased sentence with white space runs as one
// space + " ".
void lower_and_fold(std::string_view sentence, std::string& out) {
  out.clear();
  out.push_back(' ');
  for (char c : sentence) {
    if (is_space(c)) {
      if (out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(lower_ascii(c));
    }
  }
  if (out.back() != ' ') out.push_back(' ');
}

void word_ngrams(std::uint32_t families, FeatureScratch& scratch) {
  const std::string& text = scratch.lowered;
  auto& tokens = scratch.tokens;
  tokens.clear();
  std::size_t i = 0;
  while (i < text.size()) {
    if (const std::size_t skip = punctuation_length(text, i)) {
      i += skip;
      continue;
    }
    if (!is_hash_word_byte(text[i])) {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < text.size() && is_hash_word_byte(text[i]) && punctuation_length(text, i) == 0) ++i;
    std::size_t end = i;
    while (start < end && text[start] == '\'') ++start;
    while (end > start && text[end - 1] == '\'') --end;
    if (end > start) {
      tokens.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end - start), false});
    }
  }
  const std::string_view view = text;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    std::uint64_t hash = fnv(tagged(kTagWord), view.substr(tokens[t].offset, tokens[t].length));
    if (families & kWordUnigrams) scratch.hashes.push_back(hash);
    if (t + 1 >= tokens.size() || !(families & (kWordBigrams | kWordTrigrams))) continue;
    hash = fnv(fnv(hash, ' '), view.substr(tokens[t + 1].offset, tokens[t + 1].length));
    if (families & kWordBigrams) scratch.hashes.push_back(hash);
    if (t + 2 >= tokens.size() || !(families & kWordTrigrams)) continue;
    hash = fnv(fnv(hash, ' '), view.substr(tokens[t + 2].offset, tokens[t + 2].length));
    scratch.hashes.push_back(hash);
  }
}

void char_ngrams(std::uint32_t families, FeatureScratch& scratch) {
  const std::string& text = scratch.lowered;
  const std::size_t size = text.size();
  const bool want3 = families & kChar3Grams;
  const bool want4 = families & kChar4Grams;
  const bool want5 = families & kChar5Grams;
  const std::uint64_t seed = tagged(kTagChar);
  const unsigned char* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i + 3 <= size; ++i) {
    std::uint64_t hash = fnv(fnv(fnv(seed, bytes[i]), bytes[i + 1]), bytes[i + 2]);
    if (want3) scratch.hashes.push_back(hash);
    if (i + 4 > size) continue;
    hash = fnv(hash, bytes[i + 3]);
    if (want4) scratch.hashes.push_back(hash);
    if (i + 5 > size || !want5) continue;
    scratch.hashes.push_back(fnv(hash, bytes[i + 4]));
  }
}

unsigned char length_bucket(std::size_t words) {
  constexpr std::array<std::size_t, 7> kLimits = {3, 6, 10, 15, 25, 40, 60};
  unsigned char bucket = 0;
  while (bucket < kLimits.size() && words > kLimits[bucket]) ++bucket;
  return bucket;
}

void shape_features(std::string_view sentence, FeatureScratch& scratch) {
  std::string& shaped = scratch.shaped;
  auto& tokens = scratch.tokens;
  shaped.clear();
  tokens.clear();
  auto push = [&](std::string_view text, bool shape) {
    tokens.push_back({static_cast<std::uint32_t>(shaped.size()), static_cast<std::uint32_t>(text.size()), shape});
    shaped.append(text);
  };
  std::size_t words = 0;
  int entities = 0;
  int numbers = 0;
  bool money_pending = false;
  bool previous_capitalised = false;
  std::size_t i = 0;
  while (i < sentence.size()) {
    const char c = sentence[i];
    if (c == '%') {
      push("PCT", true);
      previous_capitalised = false;
      ++i;
      continue;
    }
    if (c == '$' || sentence.substr(i, 3) == "\xE2\x82\xAC" || sentence.substr(i, 2) == "\xC2\xA3") {
      money_pending = true;
      i += c == '$' ? 1 : (static_cast<unsigned char>(c) == 0xE2 ? 3 : 2);
      continue;
    }
    if (const std::size_t skip = punctuation_length(sentence, i)) {
      i += skip;
      previous_capitalised = false;
      continue;
    }
    if (!is_alnum_byte(c)) {
      // Punctuation other than joiners breaks an entity run ("Paris, France").
      if (!is_space(c)) previous_capitalised = false;
      if (!is_space(c) && c != '-' && c != '\'') money_pending = false;
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < sentence.size() && punctuation_length(sentence, i) == 0 &&
           (is_alnum_byte(sentence[i]) || sentence[i] == '\'' ||
            ((sentence[i] == '.' || sentence[i] == ',' || sentence[i] == '-') && i + 1 < sentence.size() &&
             is_alnum_byte(sentence[i + 1])))) {
      ++i;
    }
    const std::string_view word = sentence.substr(start, i - start);
    ++words;
    if (has_digit(word)) {
      ++numbers;
      if (money_pending) {
        push("MONEY", true);
      } else {
        char shape[8];
        std::size_t length = 0;
        for (char w : word) {
          if (length == sizeof shape) break;
          shape[length++] = is_digit(w) ? 'd' : (is_alnum_byte(w) ? 'x' : w);
        }
        push(std::string_view(shape, length), true);
      }
      money_pending = false;
      previous_capitalised = false;
      continue;
    }
    money_pending = false;
    const bool capitalised = is_capitalised(word) && words > 1 && word != "I";
    if (capitalised) {
      if (!previous_capitalised) {
        push("ENT", true);
        ++entities;
      }
      previous_capitalised = true;
      continue;
    }
    previous_capitalised = false;
    const std::size_t offset = shaped.size();
    for (char w : word) shaped.push_back(lower_ascii(w));
    const std::string_view lowered = std::string_view(shaped).substr(offset);
    if (lowered == "percent") {
      shaped.resize(offset);
      push("PCT", true);
    } else {
      tokens.push_back({static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(word.size()), false});
    }
  }

  const std::string_view view = shaped;
  auto text = [&](std::size_t t) { return view.substr(tokens[t].offset, tokens[t].length); };
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    const std::uint64_t unigram = fnv(tagged(kTagShape), text(t));
    if (tokens[t].shape) scratch.hashes.push_back(unigram);
    if (t + 1 >= tokens.size()) continue;
    const bool bigram_shape = tokens[t].shape || tokens[t + 1].shape;
    const std::uint64_t bigram = fnv(fnv(unigram, ' '), text(t + 1));
    if (bigram_shape) scratch.hashes.push_back(bigram);
    if (t + 2 >= tokens.size()) continue;
    if (bigram_shape || tokens[t + 2].shape) scratch.hashes.push_back(fnv(fnv(bigram, ' '), text(t + 2)));
  }
  scratch.hashes.push_back(fnv(tagged(kTagLength), length_bucket(words)));
  scratch.hashes.push_back(fnv(tagged(kTagEntities), static_cast<unsigned char>(std::min(entities, 4))));
  scratch.hashes.push_back(fnv(tagged(kTagNumbers), static_cast<unsigned char>(std::min(numbers, 3))));
}

}  // namespace

Signals detect_signals(std::string_view sentence) {
  Signals result;
  auto& present = result.present;
  thread_local std::string lowered;
  lowered.assign(sentence);
  for (char& c : lowered) c = lower_ascii(c);
  const std::vector<Token> tokens = tokenize(sentence, lowered);

  if (sentence.find('%') != std::string_view::npos) present[kSignalPercent] = true;
  if (sentence.find('$') != std::string_view::npos ||
      sentence.find("\xE2\x82\xAC") != std::string_view::npos ||  // €
      sentence.find("\xC2\xA3") != std::string_view::npos) {       // £
    present[kSignalMoney] = true;
  }
  std::string_view trimmed = sentence;
  while (!trimmed.empty() && is_space(trimmed.back())) trimmed.remove_suffix(1);
  if (!trimmed.empty() && trimmed.back() == '?') present[kSignalQuestion] = true;

  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    const std::string_view w = token.lower;
    const std::string_view next = i + 1 < tokens.size() ? tokens[i + 1].lower : std::string_view();
    if (is_year(w)) {
      present[kSignalYear] = true;
    } else if (has_digit(w)) {
      present[kSignalNumber] = true;
    }
    if (in(kNumberWords, w)) present[kSignalNumber] = true;
    if (w == "percent" || (w == "per" && next == "cent")) present[kSignalPercent] = true;
    if (in(kMoneyWords, w)) present[kSignalMoney] = true;
    if (in(kMonths, w) && w != "may" && (has_digit(next) || (i > 0 && has_digit(tokens[i - 1].lower)))) {
      present[kSignalDate] = true;
    }
    if (!token.sentence_initial && token.text != "I" && is_capitalised(token.text)) {
      // Consecutive capitalised words are one entity ("North Korea").
      if (i == 0 || tokens[i - 1].sentence_initial || !is_capitalised(tokens[i - 1].text)) ++result.entities;
    }
    if (in(kAttributionVerbs, w)) present[kSignalAttribution] = true;
    if (in(kVagueQuantifiers, w) && in(kVagueSources, next) && next != "many" && next != "some") {
      present[kSignalVagueAttribution] = true;
    }
    if (w == "it" && next == "is" && i + 2 < tokens.size() &&
        (tokens[i + 2].lower == "believed" || tokens[i + 2].lower == "thought" ||
         tokens[i + 2].lower == "said" || tokens[i + 2].lower == "reported")) {
      present[kSignalVagueAttribution] = true;
    }
    if (in(kHedges, w)) present[kSignalHedge] = true;
    if (in(kEvaluative, w)) present[kSignalOpinion] = true;
    if (in(kFirstPersonWords, w) && (w != "us" || token.text == "us")) present[kSignalFirstPerson] = true;
    if (in(kFutureWords, w) || (w == "going" && next == "to")) present[kSignalFuture] = true;
    if (in(kComparisonWords, w) || ((w == "more" || w == "less" || w == "fewer") && next == "than") ||
        ((w == "up" || w == "down") && next == "from") ||
        (w == "compared" && (next == "with" || next == "to"))) {
      present[kSignalQuantityComparison] = true;
    }
    if ((w == "most" || w == "least") && i + 1 < tokens.size()) present[kSignalSuperlative] = true;
    if (w.size() > 5 && w.ends_with("est") && !in(kFalseEst, w)) present[kSignalSuperlative] = true;
    if ((w.size() > 4 && w.ends_with("ed") && !in(kFalseEd, w)) || in(kIrregularPast, w)) {
      present[kSignalActionVerb] = true;
    }
    if (i == 0 && (w == "please" || w == "let's" || w == "click" || w == "see")) {
      present[kSignalInstruction] = true;
    }
  }
  if (result.entities > 0) present[kSignalNamedEntity] = true;
  return result;
}

void hash_features(std::string_view sentence, std::uint32_t families, FeatureScratch& scratch) {
  scratch.hashes.clear();
  if (families & (kWordUnigrams | kWordBigrams | kWordTrigrams | kChar3Grams | kChar4Grams | kChar5Grams)) {
    lower_and_fold(sentence, scratch.lowered);
  }
  if (families & (kWordUnigrams | kWordBigrams | kWordTrigrams)) word_ngrams(families, scratch);
  if (families & (kChar3Grams | kChar4Grams | kChar5Grams)) char_ngrams(families, scratch);
  if (families & kShapes) shape_features(sentence, scratch);
}

}  // namespace claimcheck
