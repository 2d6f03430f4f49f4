#include "eval/content_words.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <unordered_set>

namespace claimcheck::eval {

namespace {

enum class Kind { word, digit, hyphen, apostrophe, point, other };

struct Char {
  Kind kind = Kind::other;
  utf8proc_int32_t code_point = 0;
  std::size_t length = 1;
};

Char read_char(std::string_view text, std::size_t i) {
  Char c;
  utf8proc_int32_t cp = 0;
  const utf8proc_ssize_t n =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                       static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
  if (n <= 0) return c;  // invalid UTF-8: one separating byte
  c.length = static_cast<std::size_t>(n);
  c.code_point = cp;
  if (cp == '-' || cp == 0x2010 || cp == 0x2011) {
    c.kind = Kind::hyphen;
  } else if (cp == '\'' || cp == 0x2019) {
    c.kind = Kind::apostrophe;
  } else if (cp == '.' || cp == ',') {
    c.kind = Kind::point;
  } else {
    switch (utf8proc_category(cp)) {
      case UTF8PROC_CATEGORY_ND:
      case UTF8PROC_CATEGORY_NL:
      case UTF8PROC_CATEGORY_NO:
        c.kind = Kind::digit;
        break;
      case UTF8PROC_CATEGORY_LU:
      case UTF8PROC_CATEGORY_LL:
      case UTF8PROC_CATEGORY_LT:
      case UTF8PROC_CATEGORY_LM:
      case UTF8PROC_CATEGORY_LO:
      case UTF8PROC_CATEGORY_MN:
      case UTF8PROC_CATEGORY_MC:
      case UTF8PROC_CATEGORY_ME:
        c.kind = Kind::word;
        break;
      default:
        break;
    }
  }
  return c;
}

bool is_alnum(Kind kind) { return kind == Kind::word || kind == Kind::digit; }

void append_lower(std::string& out, utf8proc_int32_t code_point) {
  utf8proc_uint8_t buffer[4];
  const utf8proc_ssize_t n = utf8proc_encode_char(utf8proc_tolower(code_point), buffer);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
}

// Drops "'s" and a trailing apostrophe; the apostrophe is already ASCII.
void finish_token(std::string& token, std::vector<std::string>& tokens) {
  if (token.size() >= 2 && token.compare(token.size() - 2, 2, "'s") == 0) {
    token.resize(token.size() - 2);
  }
  while (!token.empty() && token.back() == '\'') token.pop_back();
  if (!token.empty()) tokens.push_back(std::move(token));
  token.clear();
}

bool has_digit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool ends_with(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() &&
         word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0;
}

constexpr std::size_t kMinStem = 3;

}  // namespace

std::vector<std::string> tokenize(std::string_view text) {
  std::vector<std::string> tokens;
  std::string token;
  Kind previous = Kind::other;  // kind of the last character put in `token`
  for (std::size_t i = 0; i < text.size();) {
    const Char c = read_char(text, i);
    if (is_alnum(c.kind)) {
      append_lower(token, c.code_point);
      previous = c.kind;
      i += c.length;
      continue;
    }
    // A joiner stays only between two word characters (digits for '.' and
    // ','), so "well-known" is one token and "- item" or "end." are not.
    if (!token.empty() && i + c.length < text.size() &&
        (c.kind == Kind::hyphen || c.kind == Kind::apostrophe || c.kind == Kind::point)) {
      const Char next = read_char(text, i + c.length);
      const bool joins = c.kind == Kind::point
                             ? previous == Kind::digit && next.kind == Kind::digit
                             : is_alnum(previous) && is_alnum(next.kind);
      if (joins) {
        token += c.kind == Kind::hyphen ? '-' : c.kind == Kind::apostrophe ? '\'' : static_cast<char>(c.code_point);
        i += c.length;
        continue;
      }
    }
    if (!token.empty()) finish_token(token, tokens);
    previous = Kind::other;
    i += c.length;
  }
  if (!token.empty()) finish_token(token, tokens);
  return tokens;
}

bool is_stop_word(std::string_view token) {
  static const std::unordered_set<std::string_view> kStopWords = {
      // articles
      "a", "an", "the",
      // pronouns: personal, possessive, reflexive, demonstrative, relative
      "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
      "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
      "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves",
      "this", "that", "these", "those", "who", "whom", "whose", "which", "what",
      // auxiliaries, copulas and modals
      "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having",
      "do", "does", "did", "doing", "will", "would", "shall", "should", "can", "could", "may",
      "might", "must",
      // prepositions
      "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "about",
      "against", "between", "through", "during", "before", "after", "above", "below", "over",
      "under", "within", "without", "among", "amongst", "toward", "towards", "upon", "across",
      "along", "around", "via", "per", "since", "until", "till", "despite", "including",
      // conjunctions
      "and", "or", "but", "nor", "so", "yet", "if", "because", "although", "though", "while",
      "whereas", "than", "as", "whether", "either", "neither",
      // other function words
      "also", "both", "each", "other", "another", "own", "such", "same", "there", "here",
      "then", "very", "just", "too", "some", "any", "all", "only", "even", "however",
      "moreover", "furthermore", "thus", "therefore", "indeed", "well", "when", "where", "how",
      "why", "s"};
  return kStopWords.count(token) != 0;
}

std::string stem(std::string_view token) {
  std::string word(token);
  if (has_digit(word)) return word;
  const auto can_strip = [&](std::size_t suffix) { return word.size() >= suffix + kMinStem; };
  bool stripped_verb = false;
  if (ends_with(word, "ies") && can_strip(2)) {
    word.replace(word.size() - 3, 3, "y");
  } else if (ends_with(word, "ied") && can_strip(2)) {
    word.replace(word.size() - 3, 3, "y");
  } else if (ends_with(word, "sses")) {
    word.resize(word.size() - 2);
  } else if (ends_with(word, "s") && !ends_with(word, "ss") && !ends_with(word, "us") &&
             !ends_with(word, "is") && can_strip(1)) {
    word.pop_back();
  } else if (ends_with(word, "ing") && can_strip(3)) {
    word.resize(word.size() - 3);
    stripped_verb = true;
  } else if (ends_with(word, "ed") && can_strip(2)) {
    word.resize(word.size() - 2);
    stripped_verb = true;
  }
  // "stopped" -> "stopp" -> "stop"; "missed" keeps "miss" (s, l, z double
  // in the base form too).
  if (stripped_verb && word.size() >= 2 && word[word.size() - 1] == word[word.size() - 2] &&
      !is_vowel(word.back()) && word.back() != 's' && word.back() != 'l' && word.back() != 'z') {
    word.pop_back();
  }
  // "share", "shared", "sharing" all end as "shar"; "agree", "agreed",
  // "agreeing" as "agr".
  while (word.size() > kMinStem && word.back() == 'e') word.pop_back();
  return word;
}

ContentWords content_words(std::string_view text) {
  ContentWords words;
  for (const std::string& token : tokenize(text)) {
    if (!is_stop_word(token)) ++words[stem(token)];
  }
  return words;
}

std::size_t total(const ContentWords& words) {
  std::size_t n = 0;
  for (const auto& [word, count] : words) n += count;
  return n;
}

std::size_t shared_count(const ContentWords& a, const ContentWords& b) {
  std::size_t n = 0;
  for (const auto& [word, count] : a) {
    if (const auto it = b.find(word); it != b.end()) n += std::min(count, it->second);
  }
  return n;
}

double content_word_f1(const ContentWords& a, const ContentWords& b) {
  const std::size_t sizes = total(a) + total(b);
  return sizes == 0 ? 0.0 : 2.0 * static_cast<double>(shared_count(a, b)) /
                                static_cast<double>(sizes);
}

}  // namespace claimcheck::eval
