#include "extract/checkworthiness_features.h"

#include <algorithm>
#include <cstring>

namespace claimcheck {

namespace {

// --- Dense signals -------------------------------------------------------
// Word lists from the features' direction in the check-worthiness literature
// (ClaimBuster, CheckThat!). The model learns how much each signal weighs.

// Byte classes, looked up in one table: the scanners below test one or two
// of them for every byte of every sentence.
enum ByteClass : std::uint8_t {
  kByteAlnum = 1,       // a-z, A-Z, 0-9 and every non-ASCII byte
  kByteApostrophe = 2,  // '
  kByteHyphen = 4,      // -
  kByteSpace = 8,       // space, \t, \n, \r, \f, \v
};

constexpr std::array<std::uint8_t, 256> kByteClasses = [] {
  std::array<std::uint8_t, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80) {
      classes[c] = kByteAlnum;
    }
  }
  classes['\''] = kByteApostrophe;
  classes['-'] = kByteHyphen;
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) classes[static_cast<unsigned char>(c)] = kByteSpace;
  return classes;
}();

inline bool byte_is(char c, std::uint8_t classes) { return (kByteClasses[static_cast<unsigned char>(c)] & classes) != 0; }

char lower_ascii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Signal tokens: letters, digits, non-ASCII bytes, apostrophes, hyphens.
bool is_word_byte(unsigned char c) { return (kByteClasses[c] & (kByteAlnum | kByteApostrophe | kByteHyphen)) != 0; }

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

// Each word of the lists above, and each word a signal rule compares with,
// maps to a bit mask of its classes, so a token is classified with one
// lookup instead of a search through every list.
enum WordClass : std::uint64_t {
  kMonth = 1ull << 0, kNumberWord = 1ull << 1, kMoneyWord = 1ull << 2, kAttributionVerb = 1ull << 3,
  kVagueSource = 1ull << 4, kVagueQuantifier = 1ull << 5, kHedge = 1ull << 6, kEvaluativeWord = 1ull << 7,
  kFirstPersonWord = 1ull << 8, kFutureWord = 1ull << 9, kComparisonWord = 1ull << 10,
  kIrregularPastWord = 1ull << 11, kFalseEstWord = 1ull << 12, kFalseEdWord = 1ull << 13,
  kWordPercent = 1ull << 14, kWordPer = 1ull << 15, kWordCent = 1ull << 16, kWordMay = 1ull << 17,
  kWordIt = 1ull << 18, kWordIs = 1ull << 19, kWordBelievedEtc = 1ull << 20, kWordGoing = 1ull << 21,
  kWordTo = 1ull << 22, kWordMoreLessFewer = 1ull << 23, kWordThan = 1ull << 24, kWordUpDown = 1ull << 25,
  kWordFrom = 1ull << 26, kWordCompared = 1ull << 27, kWordWith = 1ull << 28, kWordMostLeast = 1ull << 29,
  kWordInstruction = 1ull << 30, kWordManySome = 1ull << 31, kWordUs = 1ull << 32,
};

class WordClasses {
 public:
  WordClasses() {
    auto add_all = [&](const auto& words, std::uint64_t word_class) {
      for (std::string_view word : words) add(word, word_class);
    };
    add_all(kMonths, kMonth);
    add_all(kNumberWords, kNumberWord);
    add_all(kMoneyWords, kMoneyWord);
    add_all(kAttributionVerbs, kAttributionVerb);
    add_all(kVagueSources, kVagueSource);
    add_all(kVagueQuantifiers, kVagueQuantifier);
    add_all(kHedges, kHedge);
    add_all(kEvaluative, kEvaluativeWord);
    add_all(kFirstPersonWords, kFirstPersonWord);
    add_all(kFutureWords, kFutureWord);
    add_all(kComparisonWords, kComparisonWord);
    add_all(kIrregularPast, kIrregularPastWord);
    add_all(kFalseEst, kFalseEstWord);
    add_all(kFalseEd, kFalseEdWord);
    add("percent", kWordPercent);
    add("per", kWordPer);
    add("cent", kWordCent);
    add("may", kWordMay);
    add("it", kWordIt);
    add("is", kWordIs);
    for (std::string_view word : {"believed", "thought", "said", "reported"}) add(word, kWordBelievedEtc);
    add("going", kWordGoing);
    add("to", kWordTo);
    for (std::string_view word : {"more", "less", "fewer"}) add(word, kWordMoreLessFewer);
    add("than", kWordThan);
    for (std::string_view word : {"up", "down"}) add(word, kWordUpDown);
    add("from", kWordFrom);
    add("compared", kWordCompared);
    add("with", kWordWith);
    for (std::string_view word : {"most", "least"}) add(word, kWordMostLeast);
    for (std::string_view word : {"please", "let's", "click", "see"}) add(word, kWordInstruction);
    for (std::string_view word : {"many", "some"}) add(word, kWordManySome);
    add("us", kWordUs);
  }

  std::uint64_t of(std::string_view word) const {
    if (word.size() > longest_) return 0;
    for (std::size_t slot = slot_of(word);; slot = (slot + 1) & (kSlots - 1)) {
      const Entry& entry = entries_[slot];
      if (entry.word.empty()) return 0;
      if (entry.word == word) return entry.classes;
    }
  }

 private:
  static constexpr std::size_t kSlots = 1024;  // a power of two, well above the ~220 words
  struct Entry {
    std::string_view word;
    std::uint64_t classes = 0;
  };

  static std::size_t slot_of(std::string_view word) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (char c : word) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    return static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ULL) >> 54);  // 10 bits: kSlots
  }

  void add(std::string_view word, std::uint64_t word_class) {
    longest_ = std::max(longest_, word.size());
    for (std::size_t slot = slot_of(word);; slot = (slot + 1) & (kSlots - 1)) {
      Entry& entry = entries_[slot];
      if (entry.word.empty() || entry.word == word) {
        entry.word = word;
        entry.classes |= word_class;
        return;
      }
    }
  }

  std::array<Entry, kSlots> entries_{};
  std::size_t longest_ = 0;
};

const WordClasses& word_classes() {
  static const WordClasses table;
  return table;
}


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

bool is_space(char c) { return byte_is(c, kByteSpace); }

// Bytes of U+2000..U+207F (general punctuation: dashes, curly quotes,
// ellipsis) and U+00A0 (no-break space) are punctuation, not word bytes.
inline std::size_t punctuation_length(std::string_view s, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0xC2) return 0;
  if (c == 0xE2 && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xFE) == 0x80) return 3;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  return 0;
}

bool is_hash_word_byte(char c) { return byte_is(c, kByteAlnum | kByteApostrophe); }

bool is_alnum_byte(char c) { return byte_is(c, kByteAlnum); }

// out = " " + lower-cased sentence with white space runs as one space + " ".
void lower_and_fold(std::string_view sentence, std::string& out) {
  out.resize(sentence.size() + 2);
  char* const begin = out.data();
  char* end = begin;
  *end++ = ' ';
  for (char c : sentence) {
    if (is_space(c)) {
      if (end[-1] != ' ') *end++ = ' ';
    } else {
      *end++ = lower_ascii(c);
    }
  }
  if (end[-1] != ' ') *end++ = ' ';
  out.resize(static_cast<std::size_t>(end - begin));
}

// The feature functions below hand each feature hash to `emit`, in a fixed
// order: hash_features lists them, sum_feature_weights adds up their weights
// without storing them.

template <typename Emit>
void word_ngrams(std::uint32_t families, FeatureScratch& scratch, Emit&& emit) {
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
  const std::uint64_t seed = tagged(kTagWord);
  const bool unigrams = families & kWordUnigrams;
  const bool bigrams = families & kWordBigrams;
  const bool trigrams = families & kWordTrigrams;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    std::uint64_t hash = fnv(seed, view.substr(tokens[t].offset, tokens[t].length));
    if (unigrams) emit(hash);
    if (t + 1 >= tokens.size() || !(bigrams || trigrams)) continue;
    hash = fnv(fnv(hash, ' '), view.substr(tokens[t + 1].offset, tokens[t + 1].length));
    if (bigrams) emit(hash);
    if (t + 2 >= tokens.size() || !trigrams) continue;
    emit(fnv(fnv(hash, ' '), view.substr(tokens[t + 2].offset, tokens[t + 2].length)));
  }
}

// The hash after the tag and one byte, for every byte: saves one multiply
// per character n-gram.
struct CharSeeds {
  std::array<std::uint64_t, 256> after{};
  CharSeeds() {
    for (int byte = 0; byte < 256; ++byte) after[byte] = fnv(tagged(kTagChar), static_cast<unsigned char>(byte));
  }
};

template <typename Emit>
void char_ngrams(std::uint32_t families, FeatureScratch& scratch, Emit&& emit) {
  static const CharSeeds seeds;
  const std::string& text = scratch.lowered;
  const std::size_t size = text.size();
  const bool want3 = families & kChar3Grams;
  const bool want4 = families & kChar4Grams;
  const bool want5 = families & kChar5Grams;
  const unsigned char* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  if (want3 && want4 && want5) {
    // The common case without the per-position checks.
    for (; i + 5 <= size; ++i) {
      std::uint64_t hash = fnv(fnv(seeds.after[bytes[i]], bytes[i + 1]), bytes[i + 2]);
      emit(hash);
      hash = fnv(hash, bytes[i + 3]);
      emit(hash);
      emit(fnv(hash, bytes[i + 4]));
    }
  }
  for (; i + 3 <= size; ++i) {
    std::uint64_t hash = fnv(fnv(seeds.after[bytes[i]], bytes[i + 1]), bytes[i + 2]);
    if (want3) emit(hash);
    if (i + 4 > size) continue;
    hash = fnv(hash, bytes[i + 3]);
    if (want4) emit(hash);
    if (i + 5 > size || !want5) continue;
    emit(fnv(hash, bytes[i + 4]));
  }
}

unsigned char length_bucket(std::size_t words) {
  constexpr std::array<std::size_t, 7> kLimits = {3, 6, 10, 15, 25, 40, 60};
  unsigned char bucket = 0;
  while (bucket < kLimits.size() && words > kLimits[bucket]) ++bucket;
  return bucket;
}

bool is_currency_sign(std::string_view s, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == '$') return true;
  if (c == 0xE2) return s.substr(i, 3) == "\xE2\x82\xAC";  // €
  if (c == 0xC2) return s.substr(i, 2) == "\xC2\xA3";      // £
  return false;
}

template <typename Emit>
void shape_features(std::string_view sentence, FeatureScratch& scratch, Emit&& emit) {
  // Written in place: no shape is longer than 5 bytes ("MONEY") nor longer
  // than 3 times the bytes it replaces ("%" -> "PCT"), so 3 bytes per input
  // byte and 8 more always suffice.
  std::string& buffer = scratch.shaped;
  if (buffer.size() < 3 * sentence.size() + 8) buffer.resize(3 * sentence.size() + 8);
  char* const shaped = buffer.data();
  std::size_t used = 0;
  auto& tokens = scratch.tokens;
  tokens.clear();
  auto push = [&](std::string_view text, bool shape) {
    tokens.push_back({static_cast<std::uint32_t>(used), static_cast<std::uint32_t>(text.size()), shape});
    std::memcpy(shaped + used, text.data(), text.size());
    used += text.size();
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
    if (is_currency_sign(sentence, i)) {
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
    bool digits = false;
    while (i < sentence.size() && punctuation_length(sentence, i) == 0 &&
           (is_alnum_byte(sentence[i]) || sentence[i] == '\'' ||
            ((sentence[i] == '.' || sentence[i] == ',' || sentence[i] == '-') && i + 1 < sentence.size() &&
             is_alnum_byte(sentence[i + 1])))) {
      digits |= is_digit(sentence[i]);
      ++i;
    }
    const std::string_view word = sentence.substr(start, i - start);
    ++words;
    if (digits) {
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
    const std::size_t offset = used;
    for (char w : word) shaped[used++] = lower_ascii(w);
    const std::string_view lowered(shaped + offset, word.size());
    if (lowered == "percent") {
      used = offset;
      push("PCT", true);
    } else {
      tokens.push_back({static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(word.size()), false});
    }
  }

  const std::string_view view(shaped, used);
  auto text = [&](std::size_t t) { return view.substr(tokens[t].offset, tokens[t].length); };
  const std::uint64_t seed = tagged(kTagShape);
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    // Plain-word unigrams are never emitted, and a bigram or trigram only
    // when it holds a shape token: skip the hashing when nothing can come of it.
    const bool bigram_shape = t + 1 < tokens.size() && (tokens[t].shape || tokens[t + 1].shape);
    const bool trigram_shape = t + 2 < tokens.size() && (bigram_shape || tokens[t + 2].shape);
    if (!tokens[t].shape && !bigram_shape && !trigram_shape) continue;
    const std::uint64_t unigram = fnv(seed, text(t));
    if (tokens[t].shape) emit(unigram);
    if (t + 1 >= tokens.size()) continue;
    const std::uint64_t bigram = fnv(fnv(unigram, ' '), text(t + 1));
    if (bigram_shape) emit(bigram);
    if (trigram_shape) emit(fnv(fnv(bigram, ' '), text(t + 2)));
  }
  emit(fnv(tagged(kTagLength), length_bucket(words)));
  emit(fnv(tagged(kTagEntities), static_cast<unsigned char>(std::min(entities, 4))));
  emit(fnv(tagged(kTagNumbers), static_cast<unsigned char>(std::min(numbers, 3))));
}

template <typename Emit>
void for_each_feature(std::string_view sentence, std::uint32_t families, FeatureScratch& scratch, Emit&& emit) {
  if (families & (kWordUnigrams | kWordBigrams | kWordTrigrams | kChar3Grams | kChar4Grams | kChar5Grams)) {
    lower_and_fold(sentence, scratch.lowered);
  }
  if (families & (kWordUnigrams | kWordBigrams | kWordTrigrams)) word_ngrams(families, scratch, emit);
  if (families & (kChar3Grams | kChar4Grams | kChar5Grams)) char_ngrams(families, scratch, emit);
  if (families & kShapes) shape_features(sentence, scratch, emit);
}

template <typename Weight>
FeatureSum sum_weights(std::string_view sentence, std::uint32_t families, const Weight* weights,
                       unsigned bucket_bits, FeatureScratch& scratch) {
  FeatureSum result;
  for_each_feature(sentence, families, scratch, [&](std::uint64_t hash) {
    result.sum += weights[feature_bucket(hash, bucket_bits)];
    ++result.count;
  });
  return result;
}

// What a signal rule needs to know about one token (see detect_signals).
struct TokenFacts {
  std::uint64_t classes = 0;     // WordClass bits of the lower-cased word
  std::uint32_t length = 0;      // of the lower-cased word, possessive "'s" dropped
  bool digit = false;            // has a digit
  bool year = false;             // is_year
  bool capitalised = false;      // as written, starts with A-Z
  bool sentence_initial = false;
  bool pronoun_i = false;        // written "I"
  bool written_us = false;       // written "us" (not "US")
  bool superlative_form = false; // longer than 5 bytes, ends in "est"
  bool past_form = false;        // longer than 4 bytes, ends in "ed"
};

}  // namespace

Signals detect_signals(std::string_view sentence) {
  Signals result;
  auto& present = result.present;
  thread_local std::vector<TokenFacts> tokens;
  tokens.clear();
  const WordClasses& classes = word_classes();

  // Tokens: runs of letters, digits, non-ASCII bytes, apostrophes and
  // hyphens, starting at a letter, digit or non-ASCII byte, without trailing
  // apostrophes and hyphens; the lower-cased form drops a possessive "'s".
  char lowered[16];  // enough for the longest listed word
  bool at_start = true;
  std::size_t i = 0;
  while (i < sentence.size()) {
    const unsigned char c = static_cast<unsigned char>(sentence[i]);
    if (!is_word_byte(c) || c == '\'' || c == '-') {
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"') at_start = true;
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < sentence.size() && is_word_byte(static_cast<unsigned char>(sentence[i]))) ++i;
    std::size_t end = i;
    while (end > start && (sentence[end - 1] == '\'' || sentence[end - 1] == '-')) --end;
    const std::string_view text = sentence.substr(start, end - start);
    std::size_t length = text.size();
    if (length > 2 && text[length - 2] == '\'' && lower_ascii(text[length - 1]) == 's') length -= 2;
    const std::string_view word = text.substr(0, length);  // as written
    TokenFacts facts;
    facts.length = static_cast<std::uint32_t>(length);
    facts.digit = has_digit(word);
    if (length <= sizeof lowered) {
      for (std::size_t k = 0; k < length; ++k) lowered[k] = lower_ascii(word[k]);
      const std::string_view lower(lowered, length);
      facts.classes = classes.of(lower);
      facts.year = facts.digit && is_year(lower);
      facts.superlative_form = length > 5 && lower.ends_with("est");
      facts.past_form = length > 4 && lower.ends_with("ed");
    } else {
      // Too long for any list or a year; only the endings matter.
      auto lower_at = [&](std::size_t from_end) { return lower_ascii(word[length - from_end]); };
      facts.superlative_form = lower_at(3) == 'e' && lower_at(2) == 's' && lower_at(1) == 't';
      facts.past_form = lower_at(2) == 'e' && lower_at(1) == 'd';
    }
    facts.capitalised = is_capitalised(text);
    facts.sentence_initial = at_start;
    facts.pronoun_i = text == "I";
    facts.written_us = text == "us";
    at_start = false;
    tokens.push_back(facts);
  }

  if (sentence.find('%') != std::string_view::npos) present[kSignalPercent] = true;
  if (sentence.find('$') != std::string_view::npos ||
      sentence.find("\xE2\x82\xAC") != std::string_view::npos ||  // €
      sentence.find("\xC2\xA3") != std::string_view::npos) {       // £
    present[kSignalMoney] = true;
  }
  std::string_view trimmed = sentence;
  while (!trimmed.empty() && is_space(trimmed.back())) trimmed.remove_suffix(1);
  if (!trimmed.empty() && trimmed.back() == '?') present[kSignalQuestion] = true;

  const TokenFacts none;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    const TokenFacts& token = tokens[t];
    const std::uint64_t w = token.classes;
    const TokenFacts& next = t + 1 < tokens.size() ? tokens[t + 1] : none;
    if (token.year) {
      present[kSignalYear] = true;
    } else if (token.digit) {
      present[kSignalNumber] = true;
    }
    if (w & kNumberWord) present[kSignalNumber] = true;
    if ((w & kWordPercent) || ((w & kWordPer) && (next.classes & kWordCent))) present[kSignalPercent] = true;
    if (w & kMoneyWord) present[kSignalMoney] = true;
    if ((w & kMonth) && !(w & kWordMay) && (next.digit || (t > 0 && tokens[t - 1].digit))) {
      present[kSignalDate] = true;
    }
    if (!token.sentence_initial && !token.pronoun_i && token.capitalised) {
      // Consecutive capitalised words are one entity ("North Korea").
      if (t == 0 || tokens[t - 1].sentence_initial || !tokens[t - 1].capitalised) ++result.entities;
    }
    if (w & kAttributionVerb) present[kSignalAttribution] = true;
    if ((w & kVagueQuantifier) && (next.classes & kVagueSource) && !(next.classes & kWordManySome)) {
      present[kSignalVagueAttribution] = true;
    }
    if ((w & kWordIt) && (next.classes & kWordIs) && t + 2 < tokens.size() &&
        (tokens[t + 2].classes & kWordBelievedEtc)) {
      present[kSignalVagueAttribution] = true;
    }
    if (w & kHedge) present[kSignalHedge] = true;
    if (w & kEvaluativeWord) present[kSignalOpinion] = true;
    if ((w & kFirstPersonWord) && (!(w & kWordUs) || token.written_us)) present[kSignalFirstPerson] = true;
    if ((w & kFutureWord) || ((w & kWordGoing) && (next.classes & kWordTo))) present[kSignalFuture] = true;
    if ((w & kComparisonWord) || ((w & kWordMoreLessFewer) && (next.classes & kWordThan)) ||
        ((w & kWordUpDown) && (next.classes & kWordFrom)) ||
        ((w & kWordCompared) && (next.classes & (kWordWith | kWordTo)))) {
      present[kSignalQuantityComparison] = true;
    }
    if ((w & kWordMostLeast) && t + 1 < tokens.size()) present[kSignalSuperlative] = true;
    if (token.superlative_form && !(w & kFalseEstWord)) present[kSignalSuperlative] = true;
    if ((token.past_form && !(w & kFalseEdWord)) || (w & kIrregularPastWord)) present[kSignalActionVerb] = true;
    if (t == 0 && (w & kWordInstruction)) present[kSignalInstruction] = true;
  }
  if (result.entities > 0) present[kSignalNamedEntity] = true;
  return result;
}

void hash_features(std::string_view sentence, std::uint32_t families, FeatureScratch& scratch) {
  scratch.hashes.clear();
  for_each_feature(sentence, families, scratch, [&](std::uint64_t hash) { scratch.hashes.push_back(hash); });
}

FeatureSum sum_feature_weights(std::string_view sentence, std::uint32_t families, const std::int8_t* weights,
                               unsigned bucket_bits, FeatureScratch& scratch) {
  return sum_weights(sentence, families, weights, bucket_bits, scratch);
}

FeatureSum sum_feature_weights(std::string_view sentence, std::uint32_t families, const std::int16_t* weights,
                               unsigned bucket_bits, FeatureScratch& scratch) {
  return sum_weights(sentence, families, weights, bucket_bits, scratch);
}

}  // namespace claimcheck
