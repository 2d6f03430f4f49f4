#include "extract/checkworthiness_features.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace claimcheck {

namespace {

// --- Dense signals -------------------------------------------------------
// Word lists from the features' direction in the check-worthiness literature
// (ClaimBuster, CheckThat!). The model learns how much each signal weighs.

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

  // The classes of a word of at most 16 bytes given as its lower-cased bytes
  // packed little-endian into two integers (see pack_word), 0 for others.
  std::uint64_t of(std::uint64_t low, std::uint64_t high) const {
    for (std::size_t slot = slot_of(low, high);; slot = (slot + 1) & (kSlots - 1)) {
      const Entry& entry = entries_[slot];
      if (entry.low == low && entry.high == high) return entry.classes;
      if (entry.low == 0) return 0;
    }
  }

 private:
  static constexpr std::size_t kSlots = 1024;  // a power of two, well above the ~220 words
  struct Entry {
    std::uint64_t low = 0, high = 0;  // packed bytes; low == 0: an empty slot
    std::uint64_t classes = 0;
  };

  static std::size_t slot_of(std::uint64_t low, std::uint64_t high) {
    return static_cast<std::size_t>(((low ^ (high * 0xC2B2AE3D27D4EB4FULL)) * 0x9E3779B97F4A7C15ULL) >> 54);
  }

  void add(std::string_view word, std::uint64_t word_class) {
    if (word.empty() || word.size() > 16) throw std::logic_error("word lists hold words of 1 to 16 bytes");
    std::uint64_t packed[2] = {0, 0};
    for (std::size_t k = 0; k < word.size(); ++k) {
      packed[k / 8] |= std::uint64_t{static_cast<unsigned char>(word[k])} << (8 * (k % 8));
    }
    for (std::size_t slot = slot_of(packed[0], packed[1]);; slot = (slot + 1) & (kSlots - 1)) {
      Entry& entry = entries_[slot];
      if (entry.low == 0 || (entry.low == packed[0] && entry.high == packed[1])) {
        entry.low = packed[0];
        entry.high = packed[1];
        entry.classes |= word_class;
        return;
      }
    }
  }

  std::array<Entry, kSlots> entries_{};
};

const WordClasses& word_classes() {
  static const WordClasses table;
  return table;
}


// --- Hashed features -----------------------------------------------------
// One pass over the sentence's bytes, with no buffer: character n-grams come
// from a rolling window of the folded bytes, word n-grams from per-word
// hashes computed as the word's bytes go by, shape n-grams from the same
// words. See checkworthiness_features.h for the definitions.

inline bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;
// FNV-1a offset bases of word hashes and of shape-token hashes.
constexpr std::uint64_t kWordBasis = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kShapeBasis = 0x84222325cbf29ce4ULL;

inline std::uint64_t fnv(std::uint64_t hash, unsigned char byte) { return (hash ^ byte) * kFnvPrime; }

constexpr std::uint64_t fnv_of(std::uint64_t basis, std::string_view bytes) {
  for (char c : bytes) basis = (basis ^ static_cast<unsigned char>(c)) * kFnvPrime;
  return basis;
}

// Fibonacci-style finaliser: the bucket is the top bits of the product.
inline std::uint64_t mix(std::uint64_t x) { return (x ^ (x >> 32)) * 0x9E3779B97F4A7C15ULL; }

// N-gram combiner and the kind tags xored in before mixing.
constexpr std::uint64_t kCombine = 0x100000001b3ULL * 0x9E3779B1ULL | 1;
constexpr std::uint64_t kTagWord1 = 0x1000000000000001ULL, kTagWord2 = 0x2000000000000002ULL,
                        kTagWord3 = 0x3000000000000003ULL, kTagShape1 = 0x4000000000000004ULL,
                        kTagShape2 = 0x5000000000000005ULL, kTagShape3 = 0x6000000000000006ULL,
                        kTagLength = 0x7000000000000007ULL, kTagEntities = 0x8000000000000008ULL,
                        kTagNumbers = 0x9000000000000009ULL;
// Character n-gram multipliers, one per length.
constexpr std::uint64_t kChar3 = 0x9E3779B97F4A7C15ULL, kChar4 = 0xC2B2AE3D27D4EB4FULL,
                        kChar5 = 0x165667B19E3779F9ULL;

// Shape tokens that are not words.
constexpr std::uint64_t kShapeEnt = fnv_of(kShapeBasis, "ENT");
constexpr std::uint64_t kShapePct = fnv_of(kShapeBasis, "PCT");
constexpr std::uint64_t kShapeMoney = fnv_of(kShapeBasis, "MONEY");
constexpr std::uint64_t kWordPercentHash = fnv_of(kWordBasis, "percent");

// Byte classes of the feature pass.
enum FeatureByte : std::uint8_t {
  kFeatureWord = 1,     // a-z, A-Z, 0-9, non-ASCII bytes: starts or continues a word
  kFeatureJoiner = 2,   // ' . , - : inside a word when a word byte follows
  kFeatureSpace = 4,    // space, \t, \n, \r, \f, \v
  kFeatureDigit = 8,
  kFeatureUpper = 16,
  kFeatureSpecial = 32, // 0xC2, 0xE2: may start a punctuation or currency sequence
};

constexpr std::array<std::uint8_t, 256> kFeatureBytes = [] {
  std::array<std::uint8_t, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    if ((c >= 'a' && c <= 'z') || c >= 0x80) classes[c] = kFeatureWord;
    if (c >= 'A' && c <= 'Z') classes[c] = kFeatureWord | kFeatureUpper;
    if (c >= '0' && c <= '9') classes[c] = kFeatureWord | kFeatureDigit;
  }
  for (char c : {'\'', '.', ',', '-'}) classes[static_cast<unsigned char>(c)] = kFeatureJoiner;
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) classes[static_cast<unsigned char>(c)] = kFeatureSpace;
  classes[0xC2] |= kFeatureSpecial;
  classes[0xE2] |= kFeatureSpecial;
  return classes;
}();

constexpr std::array<unsigned char, 256> kLowerBytes = [] {
  std::array<unsigned char, 256> lower{};
  for (int c = 0; c < 256; ++c) lower[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return lower;
}();

// A multi-byte sequence at p[i] (whose first byte is kFeatureSpecial) that is
// punctuation (U+2000..U+207F, U+00A0: 3 or 2 bytes) or a currency sign
// (€ U+20AC, £ U+00A3), or 0 bytes when it is neither.
struct Special {
  std::size_t length = 0;
  bool currency = false;
};

inline Special special_at(const unsigned char* p, std::size_t i, std::size_t n) {
  if (p[i] == 0xE2 && i + 2 < n) {
    if ((p[i + 1] & 0xFE) == 0x80) return {3, false};
    if (p[i + 1] == 0x82 && p[i + 2] == 0xAC) return {3, true};
  } else if (p[i] == 0xC2 && i + 1 < n) {
    if (p[i + 1] == 0xA0) return {2, false};
    if (p[i + 1] == 0xA3) return {2, true};
  }
  return {};
}

unsigned char length_bucket(std::size_t words) {
  constexpr std::array<std::size_t, 7> kLimits = {3, 6, 10, 15, 25, 40, 60};
  unsigned char bucket = 0;
  while (bucket < kLimits.size() && words > kLimits[bucket]) ++bucket;
  return bucket;
}

// Hands every feature hash of the sentence (of the given families) to
// emit(hash, group), in one pass, and returns how many it handed over in
// each group. kAll: families is
// kAllFeatureFamilies (the shipped model's), so no family needs testing.
template <bool kAll, typename Emit>
[[gnu::always_inline]] inline std::array<std::size_t, kFeatureGroups> for_each_feature(std::string_view sentence, std::uint32_t families,
                                                           Emit&& emit) {
  const bool want3 = kAll || (families & kChar3Grams), want4 = kAll || (families & kChar4Grams),
             want5 = kAll || (families & kChar5Grams);
  const bool want_w1 = kAll || (families & kWordUnigrams), want_w2 = kAll || (families & kWordBigrams),
             want_w3 = kAll || (families & kWordTrigrams);
  const bool want_shapes = kAll || (families & kShapes);
  const auto* p = reinterpret_cast<const unsigned char*>(sentence.data());
  const std::size_t n = sentence.size();
  std::size_t shape_count = 0;  // shape features emitted (the others are counted at the end)

  // Character stream: " " + lower-cased sentence, white space runs as one
  // space, + " "; the last five bytes packed in `window`, `chars` bytes so far.
  std::uint64_t window = ' ';
  std::size_t chars = 1;
  bool last_space = true;
  auto push_char = [&](unsigned char c) __attribute__((always_inline)) {
    window = (window << 8) | c;
    if (++chars >= 5) {
      if (want3) emit((window & 0xFFFFFFULL) * kChar3, kGroupChars);
      if (want4) emit((window & 0xFFFFFFFFULL) * kChar4, kGroupChars);
      if (want5) emit((window & 0xFFFFFFFFFFULL) * kChar5, kGroupChars);
    } else if (chars >= 3) {
      if (want3) emit((window & 0xFFFFFFULL) * kChar3, kGroupChars);
      if (want4 && chars == 4) emit((window & 0xFFFFFFFFULL) * kChar4, kGroupChars);
    }
  };

  // Words: hashes of the previous two; shape stream: the same, plus whether
  // each was a shape token.
  std::uint64_t word1 = 0, word2 = 0;
  std::size_t words = 0;
  std::uint64_t shape1 = 0, shape2 = 0;
  bool shape1_is_shape = false, shape2_is_shape = false;
  std::size_t shapes = 0;
  int entities = 0, numbers = 0;
  bool entity_run = false, money_pending = false;
  auto push_shape = [&](std::uint64_t hash, bool is_shape) __attribute__((always_inline)) {
    if (is_shape) {
      emit(mix(hash ^ kTagShape1), kGroupShapes);
      ++shape_count;
    }
    if (shapes >= 1 && (is_shape || shape1_is_shape)) {
      emit(mix((shape1 * kCombine + hash) ^ kTagShape2), kGroupShapes);
      ++shape_count;
    }
    if (shapes >= 2 && (is_shape || shape1_is_shape || shape2_is_shape)) {
      emit(mix(((shape2 * kCombine + shape1) * kCombine + hash) ^ kTagShape3), kGroupShapes);
      ++shape_count;
    }
    shape2 = shape1;
    shape2_is_shape = shape1_is_shape;
    shape1 = hash;
    shape1_is_shape = is_shape;
    ++shapes;
  };

  std::size_t i = 0;
  while (i < n) {
    unsigned char b = p[i];
    std::uint8_t cls = kFeatureBytes[b];
    Special special;
    if ((cls & kFeatureSpecial) != 0) special = special_at(p, i, n);
    if ((cls & kFeatureWord) != 0 && special.length == 0) {
      // A word: word bytes, and joiners followed by a word byte.
      const std::size_t start = i;
      std::uint64_t hash = kWordBasis;
      std::uint8_t seen = 0;
      for (;;) {
        const unsigned char lower = kLowerBytes[b];
        push_char(lower);
        hash = fnv(hash, lower);
        seen |= cls;
        if (++i >= n) break;
        b = p[i];
        cls = kFeatureBytes[b];
        if ((cls & (kFeatureWord | kFeatureSpecial)) == kFeatureWord) continue;  // the common case
        if ((cls & kFeatureJoiner) != 0 && i + 1 < n) {
          const std::uint8_t next = kFeatureBytes[p[i + 1]];
          if ((next & kFeatureWord) == 0 || ((next & kFeatureSpecial) != 0 && special_at(p, i + 1, n).length)) break;
        } else if ((cls & kFeatureWord) == 0 || special_at(p, i, n).length) {
          break;
        }
      }
      last_space = false;
      ++words;
      if (want_w1) emit(mix(hash ^ kTagWord1), kGroupWords);
      if (words >= 2 && want_w2) emit(mix((word1 * kCombine + hash) ^ kTagWord2), kGroupWords);
      if (words >= 3 && want_w3) emit(mix(((word2 * kCombine + word1) * kCombine + hash) ^ kTagWord3), kGroupWords);
      word2 = word1;
      word1 = hash;
      if (!want_shapes) continue;
      if ((seen & kFeatureDigit) != 0) {
        ++numbers;
        if (money_pending) {
          push_shape(kShapeMoney, true);
        } else {
          // Digits as d, other word bytes as x, joiners kept; at most 8 bytes.
          std::uint64_t shape = kShapeBasis;
          for (std::size_t k = start; k < i && k < start + 8; ++k) {
            const std::uint8_t c = kFeatureBytes[p[k]];
            shape = fnv(shape, (c & kFeatureDigit) ? 'd' : (c & kFeatureWord) ? 'x' : p[k]);
          }
          push_shape(shape, true);
        }
        money_pending = false;
        entity_run = false;
        continue;
      }
      money_pending = false;
      const bool capitalised =
          (kFeatureBytes[p[start]] & kFeatureUpper) != 0 && words > 1 && !(i - start == 1 && p[start] == 'I');
      if (capitalised) {
        // A run of capitalised words is one ENT ("North Korea").
        if (!entity_run) {
          push_shape(kShapeEnt, true);
          ++entities;
        }
        entity_run = true;
        continue;
      }
      entity_run = false;
      if (i - start == 7 && hash == kWordPercentHash) {
        push_shape(kShapePct, true);
      } else {
        push_shape(hash, false);
      }
      continue;
    }
    if ((cls & kFeatureSpace) != 0) {
      if (!last_space) push_char(' ');
      last_space = true;
      ++i;
      continue;
    }
    // Punctuation, symbols, and multi-byte punctuation or currency signs.
    last_space = false;
    const std::size_t length = special.length ? special.length : 1;
    for (std::size_t k = 0; k < length; ++k) push_char(kLowerBytes[p[i + k]]);
    if (want_shapes) {
      if (b == '%') {
        push_shape(kShapePct, true);
      } else if (b == '$' || special.currency) {
        money_pending = true;
      } else if (!(special.length == 0 && (b == '-' || b == '\''))) {
        money_pending = false;
      }
      // Punctuation breaks a run of capitalised words ("Paris, France").
      entity_run = false;
    }
    i += length;
  }
  if (!last_space) push_char(' ');
  if (want_shapes) {
    emit(mix(length_bucket(words) ^ kTagLength), kGroupShapes);
    emit(mix(static_cast<std::uint64_t>(std::min(entities, 4)) ^ kTagEntities), kGroupShapes);
    emit(mix(static_cast<std::uint64_t>(std::min(numbers, 3)) ^ kTagNumbers), kGroupShapes);
    shape_count += 3;
  }
  // n-grams of a sequence of m items: max(m - n + 1, 0).
  auto grams = [](std::size_t m, std::size_t length) { return m >= length ? m - length + 1 : 0; };
  return {(want_w1 ? words : 0) + (want_w2 ? grams(words, 2) : 0) + (want_w3 ? grams(words, 3) : 0),
          (want3 ? grams(chars, 3) : 0) + (want4 ? grams(chars, 4) : 0) + (want5 ? grams(chars, 5) : 0),
          shape_count};
}

template <typename Weight>
FeatureSum sum_weights(std::string_view sentence, std::uint32_t families, const Weight* weights,
                       unsigned bucket_bits) {
  const unsigned shift = 64 - bucket_bits;
  std::int64_t words = 0, chars = 0, shapes = 0;
  auto add = [&words, &chars, &shapes, weights, shift](std::uint64_t hash, int group)
      __attribute__((always_inline)) {
    const std::int64_t weight = weights[hash >> shift];
    if (group == kGroupWords) {
      words += weight;
    } else if (group == kGroupChars) {
      chars += weight;
    } else {
      shapes += weight;
    }
  };
  FeatureSum result;
  result.counts = families == (kAllFeatureFamilies & ~kNormalisePerGroup) || families == kAllFeatureFamilies
                      ? for_each_feature<true>(sentence, families, add)
                      : for_each_feature<false>(sentence, families, add);
  result.sums = {words, chars, shapes};
  result.sum = words + chars + shapes;
  result.count = result.counts[0] + result.counts[1] + result.counts[2];
  return result;
}

// What a signal rule needs to know about one token (see detect_signals).
struct TokenFacts {
  std::uint64_t classes = 0;     // WordClass bits of the lower-cased word
  bool digit = false;            // has a digit
  bool year = false;             // is_year
  bool capitalised = false;      // as written, starts with A-Z
  bool sentence_initial = false;
  bool pronoun_i = false;        // written "I"
  bool written_us = false;       // written "us" (not "US")
  bool superlative_form = false; // longer than 5 bytes, ends in "est"
  bool past_form = false;        // longer than 4 bytes, ends in "ed"
};

// Byte classes of the signal tokeniser.
enum SignalByte : std::uint8_t {
  kSignalWordByte = 1,  // letters, digits, non-ASCII bytes, ' and -
  kSignalJoiner = 2,    // ' and -: inside a token, never at its start or end
  kSignalDigit = 4,
  kSignalStart = 8,     // . ! ? : " : the next token starts a sentence
  kSignalSymbol = 16,   // % $
  kSignalHigh = 32,     // non-ASCII: may be part of € or £
};

constexpr std::array<std::uint8_t, 256> kSignalBytes = [] {
  std::array<std::uint8_t, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) classes[c] = kSignalWordByte;
    if (c >= '0' && c <= '9') classes[c] = kSignalWordByte | kSignalDigit;
    if (c >= 0x80) classes[c] = kSignalWordByte | kSignalHigh;
  }
  classes['\''] = classes['-'] = kSignalWordByte | kSignalJoiner;
  for (char c : {'.', '!', '?', ':', '"'}) classes[static_cast<unsigned char>(c)] = kSignalStart;
  classes['%'] = classes['$'] = kSignalSymbol;
  return classes;
}();

// Lower-cased bytes of the ASCII letters.
inline unsigned char lower_byte(unsigned char c) { return kLowerBytes[c]; }

// Lower-cases the ASCII letters among eight packed bytes: a byte gets 0x20
// when it lies in 'A'..'Z' (SWAR: adding 0x3F sets bit 7 of bytes from 'A'
// up, adding 0x25 sets it of bytes above 'Z'; bytes >= 0x80 are excluded).
inline std::uint64_t lower_packed(std::uint64_t x) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  const std::uint64_t low7 = x & (0x7F * kOnes);
  const std::uint64_t upper = ((low7 + 0x3F * kOnes) ^ (low7 + 0x25 * kOnes)) & ~x & (0x80 * kOnes);
  return x | (upper >> 2);
}

// "1990", "1990s": four digits from 1000 to 2099, perhaps with an s.
bool is_year_bytes(const unsigned char* word, std::size_t length) {
  if (length == 5 && lower_byte(word[4]) == 's') length = 4;
  if (length != 4) return false;
  int value = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    if (word[k] < '0' || word[k] > '9') return false;
    value = value * 10 + (word[k] - '0');
  }
  return value >= 1000 && value <= 2099;
}

// Applies the signal rules to one token, given its neighbours (`next` is
// empty facts after the last token).
inline void apply_rules(const TokenFacts& token, const TokenFacts* previous, const TokenFacts& next,
                        bool has_next, bool first, Signals& result) {
  // Most tokens are none of these, and no rule fires for them.
  if (token.classes == 0 && !token.digit && !token.capitalised && !token.superlative_form && !token.past_form) {
    return;
  }
  auto& present = result.present;
  const std::uint64_t w = token.classes;
  if (token.year) {
    present[kSignalYear] = true;
  } else if (token.digit) {
    present[kSignalNumber] = true;
  }
  if (!token.sentence_initial && !token.pronoun_i && token.capitalised) {
    // Consecutive capitalised words are one entity ("North Korea").
    if (previous == nullptr || previous->sentence_initial || !previous->capitalised) ++result.entities;
  }
  if (token.superlative_form && !(w & kFalseEstWord)) present[kSignalSuperlative] = true;
  if (token.past_form && !(w & kFalseEdWord)) present[kSignalActionVerb] = true;
  if (w == 0) return;
  if (w & kNumberWord) present[kSignalNumber] = true;
  if ((w & kWordPercent) || ((w & kWordPer) && (next.classes & kWordCent))) present[kSignalPercent] = true;
  if (w & kMoneyWord) present[kSignalMoney] = true;
  if ((w & kMonth) && !(w & kWordMay) && (next.digit || (previous != nullptr && previous->digit))) {
    present[kSignalDate] = true;
  }
  if (w & kAttributionVerb) present[kSignalAttribution] = true;
  if ((w & kVagueQuantifier) && (next.classes & kVagueSource) && !(next.classes & kWordManySome)) {
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
  if ((w & kWordMostLeast) && has_next) present[kSignalSuperlative] = true;
  if (w & kIrregularPastWord) present[kSignalActionVerb] = true;
  if (first && (w & kWordInstruction)) present[kSignalInstruction] = true;
}

}  // namespace

Signals detect_signals(std::string_view sentence) {
  Signals result;
  auto& present = result.present;
  const WordClasses& classes = word_classes();
  const auto* p = reinterpret_cast<const unsigned char*>(sentence.data());
  const std::size_t n = sentence.size();

  // Tokens: runs of letters, digits, non-ASCII bytes, apostrophes and
  // hyphens, starting at a letter, digit or non-ASCII byte, without trailing
  // apostrophes and hyphens; the lower-cased form drops a possessive "'s".
  // The rules of a token look at the tokens either side, and "it is
  // believed" at two more, so a token's rules run when the next one is
  // known: `facts` holds the last three tokens, `count` how many there were.
  TokenFacts facts[3];
  TokenFacts* before_previous = &facts[0];  // token t-2
  TokenFacts* previous = &facts[1];         // token t-1
  TokenFacts* current = &facts[2];          // token t, being filled
  std::size_t count = 0;
  std::uint8_t all_bytes = 0;  // the classes of every byte, or-ed
  bool at_start = true;
  std::size_t i = 0;
  while (i < n) {
    std::uint8_t cls = kSignalBytes[p[i]];
    if ((cls & (kSignalWordByte | kSignalJoiner)) != kSignalWordByte) {
      all_bytes |= cls;
      if (cls & kSignalStart) at_start = true;
      ++i;
      continue;
    }
    const std::size_t start = i;
    std::uint8_t seen = 0;
    do {
      seen |= cls;
      if (++i >= n) break;
      cls = kSignalBytes[p[i]];
    } while (cls & kSignalWordByte);
    all_bytes |= seen;
    std::size_t end = i;
    std::size_t length = end - start;
    if (seen & kSignalJoiner) {
      while (end > start && (p[end - 1] == '\'' || p[end - 1] == '-')) --end;
      length = end - start;
      if (length > 2 && p[end - 2] == '\'' && lower_byte(p[end - 1]) == 's') length -= 2;
    }
    TokenFacts& token = *current;
    token = TokenFacts{};
    token.digit = (seen & kSignalDigit) != 0;
    if (length <= 16) {
      // The word's bytes, lower-cased, packed little-endian into two
      // integers (WordClasses' key); bytes after the word are cleared.
      std::uint64_t packed[2] = {0, 0};
      if (start + 16 <= n) {
        std::memcpy(packed, p + start, 16);
      } else {
        for (std::size_t k = 0; k < length; ++k) packed[k / 8] |= std::uint64_t{p[start + k]} << (8 * (k % 8));
      }
      if (length < 8) {
        packed[0] &= (std::uint64_t{1} << (8 * length)) - 1;
        packed[1] = 0;
      } else if (length < 16) {
        packed[1] &= (std::uint64_t{1} << (8 * (length - 8))) - 1;
      }
      token.classes = classes.of(lower_packed(packed[0]), lower_packed(packed[1]));
      token.year = token.digit && is_year_bytes(p + start, length);
    }
    auto lower_at = [&](std::size_t from_end) { return lower_byte(p[start + length - from_end]); };
    token.superlative_form =
        length > 5 && lower_at(3) == 'e' && lower_at(2) == 's' && lower_at(1) == 't';
    token.past_form = length > 4 && lower_at(2) == 'e' && lower_at(1) == 'd';
    token.capitalised = p[start] >= 'A' && p[start] <= 'Z';
    token.sentence_initial = at_start;
    if (end - start <= 2) {
      token.pronoun_i = end - start == 1 && p[start] == 'I';
      token.written_us = end - start == 2 && p[start] == 'u' && p[start + 1] == 's';
    }
    at_start = false;
    ++count;
    if (count >= 3 && (token.classes & kWordBelievedEtc) && (previous->classes & kWordIs) &&
        (before_previous->classes & kWordIt)) {
      present[kSignalVagueAttribution] = true;  // "it is believed / thought / said / reported"
    }
    if (count >= 2) apply_rules(*previous, count >= 3 ? before_previous : nullptr, token, true, count == 2, result);
    TokenFacts* const free = before_previous;
    before_previous = previous;
    previous = current;
    current = free;
  }
  if (count >= 1) {
    apply_rules(*previous, count >= 2 ? before_previous : nullptr, TokenFacts{}, false, count == 1, result);
  }

  if (all_bytes & kSignalSymbol) {
    if (sentence.find('%') != std::string_view::npos) present[kSignalPercent] = true;
    if (sentence.find('$') != std::string_view::npos) present[kSignalMoney] = true;
  }
  if ((all_bytes & kSignalHigh) && (sentence.find("\xE2\x82\xAC") != std::string_view::npos ||  // €
                                    sentence.find("\xC2\xA3") != std::string_view::npos)) {      // £
    present[kSignalMoney] = true;
  }
  std::size_t last = n;
  while (last > 0 && is_space(p[last - 1])) --last;
  if (last > 0 && p[last - 1] == '?') present[kSignalQuestion] = true;
  if (result.entities > 0) present[kSignalNamedEntity] = true;
  return result;
}

void hash_features(std::string_view sentence, std::uint32_t families, std::vector<std::uint64_t>& hashes,
                   std::vector<std::uint8_t>* groups) {
  hashes.clear();
  if (groups != nullptr) groups->clear();
  const auto counts = for_each_feature<false>(sentence, families, [&](std::uint64_t hash, int group) {
    hashes.push_back(hash);
    if (groups != nullptr) groups->push_back(static_cast<std::uint8_t>(group));
  });
  if (counts[0] + counts[1] + counts[2] != hashes.size()) {
    throw std::logic_error("hash_features: feature count does not match the features");
  }
}

FeatureSum sum_feature_weights(std::string_view sentence, std::uint32_t families, const std::int8_t* weights,
                               unsigned bucket_bits) {
  return sum_weights(sentence, families, weights, bucket_bits);
}

FeatureSum sum_feature_weights(std::string_view sentence, std::uint32_t families, const std::int16_t* weights,
                               unsigned bucket_bits) {
  return sum_weights(sentence, families, weights, bucket_bits);
}

}  // namespace claimcheck
