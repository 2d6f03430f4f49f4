#include "text/sentence_splitter.h"

#include <utf8proc.h>

#include <array>
#include <bit>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "text/english_abbreviations.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// One left-to-right pass. Ordinary letters are skipped 16 bytes at a time;
// work happens only at the few bytes that can end or start a sentence
// ('.', '?', '!', line breaks, and the lead byte of "…" and bullets). At those
// points the splitter looks at the word before the terminator and the word
// after it, both bounded in length, so the cost stays linear and nothing is
// allocated except the output (and the rare inline-list marker table).

namespace claimcheck {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

// Words longer than this in front of a period are ordinary words: no
// abbreviation, number or initial is that long, and the bound keeps the
// backwards look linear on pathological input.
constexpr std::size_t kMaxWordLookback = 64;

constexpr std::array<bool, 256> make_interesting_bytes() {
  std::array<bool, 256> table{};
  table['.'] = table['?'] = table['!'] = table['\n'] = table['\r'] = true;
  table[0xE2] = true;  // lead byte of "…", "•", "‣", "⁃", "◦", "▪", "●"
  return table;
}
constexpr std::array<bool, 256> kInterestingBytes = make_interesting_bytes();

unsigned char byte_at(std::string_view text, std::size_t i) {
  return static_cast<unsigned char>(text[i]);
}

// First position in [i, limit) holding an interesting byte, or `limit`. Most
// prose bytes are letters and spaces, so this loop is the splitter's speed;
// with SSE2 it tests 16 bytes at a time.
std::size_t find_interesting_byte(std::string_view text, std::size_t i, std::size_t limit) {
#if defined(__SSE2__)
  const char* data = text.data();
  const __m128i dot = _mm_set1_epi8('.');
  const __m128i question = _mm_set1_epi8('?');
  const __m128i bang = _mm_set1_epi8('!');
  const __m128i line_feed = _mm_set1_epi8('\n');
  const __m128i carriage_return = _mm_set1_epi8('\r');
  const __m128i lead_e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  while (i + 16 <= limit) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    const __m128i hits = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, dot), _mm_cmpeq_epi8(chunk, question)),
                     _mm_or_si128(_mm_cmpeq_epi8(chunk, bang), _mm_cmpeq_epi8(chunk, lead_e2))),
        _mm_or_si128(_mm_cmpeq_epi8(chunk, line_feed), _mm_cmpeq_epi8(chunk, carriage_return)));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
    if (mask != 0) return i + static_cast<std::size_t>(std::countr_zero(mask));
    i += 16;
  }
#endif
  while (i < limit && !kInterestingBytes[byte_at(text, i)]) ++i;
  return i;
}

bool is_ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_letter(unsigned char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

bool has_bytes(std::string_view text, std::size_t i, unsigned char b0, unsigned char b1,
               unsigned char b2) {
  return i + 2 < text.size() && byte_at(text, i) == b0 && byte_at(text, i + 1) == b1 &&
         byte_at(text, i + 2) == b2;
}
bool has_bytes(std::string_view text, std::size_t i, unsigned char b0, unsigned char b1) {
  return i + 1 < text.size() && byte_at(text, i) == b0 && byte_at(text, i + 1) == b1;
}

// Length of the non-ASCII white-space code point starting at `i` (no-break
// space, the U+2000 spaces, line/paragraph separators, ideographic space), or 0.
std::size_t non_ascii_space_length(std::string_view text, std::size_t i) {
  const unsigned char c = byte_at(text, i);
  if (c == 0xC2) return has_bytes(text, i, 0xC2, 0xA0) ? 2 : 0;
  if (c == 0xE2 && i + 2 < text.size()) {
    const unsigned char b1 = byte_at(text, i + 1), b2 = byte_at(text, i + 2);
    if (b1 == 0x80 && (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF)) return 3;
    if (b1 == 0x81 && b2 == 0x9F) return 3;
  }
  if (has_bytes(text, i, 0xE3, 0x80, 0x80)) return 3;
  return 0;
}

// Length of the white-space code point starting at `i`, or 0.
inline std::size_t space_length(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  const unsigned char c = byte_at(text, i);
  if (c < 0x80) return is_ascii_space(c) ? 1 : 0;
  return non_ascii_space_length(text, i);
}

// Length of the white-space code point ending just before `end`, or 0.
inline std::size_t space_length_before(std::string_view text, std::size_t end) {
  if (end == 0) return 0;
  const unsigned char last = byte_at(text, end - 1);
  if (last < 0x80) return is_ascii_space(last) ? 1 : 0;
  // Every non-ASCII space ends in a continuation byte 0x80-0xAF.
  if (last > 0xAF) return 0;
  if (end >= 2 && non_ascii_space_length(text, end - 2) == 2) return 2;
  if (end >= 3 && non_ascii_space_length(text, end - 3) == 3) return 3;
  return 0;
}

// Closing quotes and brackets that belong to the sentence they follow:
// " ' ) ] } ” ’ » ›.
inline std::size_t closer_length(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  switch (byte_at(text, i)) {
    case '"': case '\'': case ')': case ']': case '}': return 1;
    case 0xC2: return has_bytes(text, i, 0xC2, 0xBB) ? 2 : 0;
    case 0xE2:
      return has_bytes(text, i, 0xE2, 0x80, 0x9D) || has_bytes(text, i, 0xE2, 0x80, 0x99) ||
                     has_bytes(text, i, 0xE2, 0x80, 0xBA)
                 ? 3
                 : 0;
    default: return 0;
  }
}

// Length of the closer ending just before `end`, or 0.
std::size_t closer_length_before(std::string_view text, std::size_t end) {
  if (end >= 1 && closer_length(text, end - 1) == 1) return 1;
  if (end >= 2 && closer_length(text, end - 2) == 2) return 2;
  if (end >= 3 && closer_length(text, end - 3) == 3) return 3;
  return 0;
}

// Opening quotes and brackets in front of a sentence's first word:
// " ' ( [ { “ ‘ « ‹ ¿ ¡.
inline std::size_t opener_length(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  switch (byte_at(text, i)) {
    case '"': case '\'': case '(': case '[': case '{': return 1;
    case 0xC2:
      return has_bytes(text, i, 0xC2, 0xAB) || has_bytes(text, i, 0xC2, 0xBF) ||
                     has_bytes(text, i, 0xC2, 0xA1)
                 ? 2
                 : 0;
    case 0xE2:
      return has_bytes(text, i, 0xE2, 0x80, 0x9C) || has_bytes(text, i, 0xE2, 0x80, 0x98) ||
                     has_bytes(text, i, 0xE2, 0x80, 0xB9)
                 ? 3
                 : 0;
    default: return 0;
  }
}

// Bullets that may start a list item anywhere: • ‣ ⁃ ◦ ▪ ●. Returns the length.
std::size_t unicode_bullet_length(std::string_view text, std::size_t i) {
  if (has_bytes(text, i, 0xE2, 0x80, 0xA2) || has_bytes(text, i, 0xE2, 0x80, 0xA3) ||
      has_bytes(text, i, 0xE2, 0x81, 0x83) || has_bytes(text, i, 0xE2, 0x97, 0xA6) ||
      has_bytes(text, i, 0xE2, 0x96, 0xAA) || has_bytes(text, i, 0xE2, 0x97, 0x8F)) {
    return 3;
  }
  return 0;
}

// Bullets recognised only at the start of a line, where "-", "*", "+" and "–"
// followed by a space cannot be prose.
std::size_t line_start_bullet_length(std::string_view text, std::size_t i) {
  if (const std::size_t n = unicode_bullet_length(text, i)) return n;
  std::size_t n = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '*' || text[i] == '+')) {
    n = 1;
  } else if (has_bytes(text, i, 0xE2, 0x80, 0x93)) {
    n = 3;
  }
  return n > 0 && space_length(text, i + n) > 0 ? n : 0;
}

enum class CharClass { kEnd, kUpper, kLower, kDigit, kOther };

// Classifies the code point at `i`; `length` receives its byte length.
CharClass classify_char(std::string_view text, std::size_t i, std::size_t* length = nullptr) {
  if (length) *length = 1;
  if (i >= text.size()) return CharClass::kEnd;
  const unsigned char c = byte_at(text, i);
  if (c < 0x80) {
    if (is_ascii_upper(c)) return CharClass::kUpper;
    if (is_ascii_lower(c)) return CharClass::kLower;
    if (is_ascii_digit(c)) return CharClass::kDigit;
    return CharClass::kOther;
  }
  utf8proc_int32_t code_point = 0;
  const utf8proc_ssize_t n = utf8proc_iterate(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
      static_cast<utf8proc_ssize_t>(text.size() - i), &code_point);
  if (n <= 0) return CharClass::kOther;  // invalid UTF-8: no letter
  if (length) *length = static_cast<std::size_t>(n);
  switch (utf8proc_category(code_point)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
    // Letters of caseless scripts can open a sentence like capitals do.
    case UTF8PROC_CATEGORY_LO:
      return CharClass::kUpper;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
      return CharClass::kLower;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::kDigit;
    default:
      return CharClass::kOther;
  }
}

// A capital followed by a lower-case letter: "Today", "Émile".
bool starts_capitalised_word(std::string_view text, std::size_t i) {
  std::size_t n = 0;
  if (classify_char(text, i, &n) != CharClass::kUpper) return false;
  return classify_char(text, i + n) == CharClass::kLower;
}

// The first word after a candidate boundary.
struct NextWord {
  CharClass first = CharClass::kEnd;
  std::string_view ascii_letters;  // its leading ASCII letters, for starter lookup
  bool is_initial = false;         // a single letter followed by '.', e.g. "J."
};

NextWord look_at_next_word(std::string_view text, std::size_t i) {
  while (const std::size_t n = space_length(text, i)) i += n;
  while (const std::size_t n = opener_length(text, i)) i += n;
  NextWord word;
  std::size_t first_length = 1;
  word.first = classify_char(text, i, &first_length);
  // Brand names such as "iPhone" and "eBay" start sentences like capitals do.
  if (word.first == CharClass::kLower && first_length == 1 &&
      is_ascii_upper(i + 1 < text.size() ? byte_at(text, i + 1) : 0)) {
    word.first = CharClass::kUpper;
  }
  std::size_t end = i;
  while (end < text.size() && end - i < 16 && is_ascii_letter(byte_at(text, end))) ++end;
  word.ascii_letters = text.substr(i, end - i);
  word.is_initial = word.ascii_letters.size() == 1 && end < text.size() && text[end] == '.';
  return word;
}

enum class WordKind {
  kPlain,
  kNumber,
  kPrepositive,
  kBeforeNumber,
  kAmbiguous,
  kRegion,
  kPostpositive,
};

// URLs and e-mail addresses: "user@host", "scheme://...", "www.host".
bool looks_like_address(std::string_view token) {
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '@') return true;
    if (token[i] == ':' && token.substr(i + 1, 2) == "//") return true;
  }
  return token.size() > 4 && (token.substr(0, 4) == "www." || token.substr(0, 4) == "WWW.");
}

// "U.S", "a.m", "Ph.D", "W.Va": at least two groups of one or two ASCII
// letters joined by periods.
bool is_letter_period_chain(std::string_view word) {
  std::size_t groups = 0, group_length = 0;
  for (const char ch : word) {
    const auto c = static_cast<unsigned char>(ch);
    if (is_ascii_letter(c)) {
      if (++group_length > 2) return false;
    } else if (c == '.') {
      if (group_length == 0) return false;
      ++groups;
      group_length = 0;
    } else {
      return false;
    }
  }
  return group_length > 0 && groups >= 1;
}

bool is_single_letter(std::string_view word) {
  std::size_t length = 0;
  const CharClass c = classify_char(word, 0, &length);
  return length == word.size() && (c == CharClass::kUpper || c == CharClass::kLower);
}

// Classifies the word in front of a period, ignoring any abbreviation table
// entry.
WordKind classify_word_shape(std::string_view word) {
  bool has_digit = false, has_letter = false;
  for (const char ch : word) {
    const auto c = static_cast<unsigned char>(ch);
    has_digit = has_digit || is_ascii_digit(c);
    has_letter = has_letter || is_ascii_letter(c);
  }
  if (has_digit && !has_letter) return WordKind::kNumber;
  if (is_single_letter(word) || is_letter_period_chain(word)) return WordKind::kAmbiguous;
  return WordKind::kPlain;
}

WordKind classify_word(std::string_view word) {
  if (word.empty() || word.size() > kMaxWordLookback || looks_like_address(word)) {
    return WordKind::kPlain;
  }
  switch (classify_abbreviation(word)) {
    case AbbreviationKind::kPrepositive: return WordKind::kPrepositive;
    case AbbreviationKind::kBeforeNumber: return WordKind::kBeforeNumber;
    case AbbreviationKind::kAmbiguous: return WordKind::kAmbiguous;
    case AbbreviationKind::kRegion: return WordKind::kRegion;
    case AbbreviationKind::kPostpositive: return WordKind::kPostpositive;
    case AbbreviationKind::kNone: break;
  }
  return classify_word_shape(word);
}

// A list marker at `i` followed by white space: "12.", "3)", "1.)", "(4)",
// "a.", "b)", "(c)". Letters are single ASCII letters, numbers 1-3 digits.
struct ListMarker {
  std::size_t length = 0;  // 0: no marker
  bool numeric = false;
  unsigned value = 0;      // the number, or the letter
  std::string_view style;  // the punctuation after the value: ".", ")", ".)"
  bool parenthesised = false;

  // "J." may equally be an initial ("J. R. Morgan said"), so a capital letter
  // with a period alone does not establish a list.
  bool could_be_initial() const {
    return !numeric && !parenthesised && style == "." && value >= 'A' && value <= 'Z';
  }
};

ListMarker list_marker_at(std::string_view text, std::size_t i) {
  ListMarker marker;
  std::size_t p = i;
  if (p < text.size() && text[p] == '(') {
    marker.parenthesised = true;
    ++p;
  }
  const std::size_t value_start = p;
  if (p < text.size() && is_ascii_digit(byte_at(text, p)) && text[p] != '0') {
    while (p < text.size() && p - value_start < 3 && is_ascii_digit(byte_at(text, p))) {
      marker.value = marker.value * 10 + static_cast<unsigned>(text[p] - '0');
      ++p;
    }
    if (p < text.size() && is_ascii_digit(byte_at(text, p))) return {};
    marker.numeric = true;
  } else if (p < text.size() && is_ascii_letter(byte_at(text, p))) {
    marker.value = byte_at(text, p);
    ++p;
  } else {
    return {};
  }
  const std::size_t style_start = p;
  if (marker.parenthesised) {
    if (p >= text.size() || text[p] != ')') return {};
    ++p;
  } else if (p + 1 < text.size() && text[p] == '.' && text[p + 1] == ')') {
    p += 2;
  } else if (p < text.size() && (text[p] == '.' || text[p] == ')')) {
    ++p;
  } else {
    return {};
  }
  if (space_length(text, p) == 0) return {};
  marker.style = text.substr(style_start, p - style_start);
  marker.length = p - i;
  return marker;
}

class Segmenter {
 public:
  explicit Segmenter(std::string_view text) : text_(text) {}

  std::vector<Span> run() {
    // About one sentence per 100 bytes of prose; growth handles the rest.
    out_.reserve(text_.size() / 128 + 1);
    std::size_t i = start_of_block();
    const std::size_t n = text_.size();
    while (i < n) {
      const std::size_t forced =
          next_forced_ < forced_.size() ? forced_[next_forced_].first : kNpos;
      const std::size_t limit = forced < n ? forced : n;
      i = find_interesting_byte(text_, i, limit);
      if (i >= limit) {
        if (forced == kNpos) break;
        // A marker of an enumerated list ("1. ... 2. ...") starts an item.
        if (forced >= sentence_start_) emit_boundary(forced);
        if (forced_[next_forced_].second > i) i = forced_[next_forced_].second;
        ++next_forced_;
        continue;
      }
      i = handle_interesting_byte(i);
    }
    emit_boundary(n);
    if (!saw_terminator_ && saw_line_break_ && out_.size() <= 1 && !in_list_) {
      split_into_lines();
    }
    return std::move(out_);
  }

 private:
  // Skips a leading bullet and list marker, so that their periods are not
  // read as sentence ends; an enumeration starting here ("1. ... 2. ...",
  // "a. ... b. ...") is located up front. Returns where scanning starts.
  std::size_t start_of_block() {
    std::size_t p = skip_spaces(0);
    bool bulleted = false;
    if (const std::size_t bullet = line_start_bullet_length(text_, p)) {
      p = skip_spaces(p + bullet);
      bulleted = true;
      in_list_ = true;
    } else if (const std::size_t bullet = unicode_bullet_length(text_, p)) {
      p += bullet;  // "⁃9." has no space after the bullet
      bulleted = true;
      in_list_ = true;
    }
    const ListMarker marker = list_marker_at(text_, p);
    if (marker.length == 0) return p;
    if (!marker.could_be_initial()) in_list_ = true;
    // With bullets, the bullets delimit the items already.
    const bool sequence_can_start =
        marker.numeric || (marker.value >= 'a' && marker.value <= 'z');
    if (!bulleted && sequence_can_start) find_inline_enumeration(marker, p + marker.length);
    return p + marker.length;
  }

  // Records the positions of the markers that continue `first`'s sequence
  // within the running text: value+1, value+2, ... in the same style, each
  // preceded and followed by white space.
  void find_inline_enumeration(const ListMarker& first, std::size_t from) {
    unsigned value = first.value;
    for (;;) {
      ++value;
      if (!first.numeric && value > 'z') return;
      if (first.numeric && value > 999) return;
      char buffer[8];
      std::size_t length = 0;
      if (first.parenthesised) buffer[length++] = '(';
      if (first.numeric) {
        char digits[4];
        std::size_t count = 0;
        for (unsigned v = value; v > 0; v /= 10) digits[count++] = static_cast<char>('0' + v % 10);
        while (count > 0) buffer[length++] = digits[--count];
      } else {
        buffer[length++] = static_cast<char>(value);
      }
      for (const char c : first.style) buffer[length++] = c;
      const std::string_view wanted(buffer, length);
      std::size_t pos = text_.find(wanted, from);
      while (pos != kNpos &&
             (space_length_before(text_, pos) == 0 || space_length(text_, pos + length) == 0)) {
        pos = text_.find(wanted, pos + 1);
      }
      if (pos == kNpos) return;
      forced_.emplace_back(pos, pos + length);
      from = pos + length;
    }
  }

  std::size_t handle_interesting_byte(std::size_t i) {
    switch (text_[i]) {
      case '.': return handle_period(i);
      case '?':
      case '!': return handle_strong_terminator(i);
      case '\n':
      case '\r': return handle_line_break(i);
      default: break;
    }
    // 0xE2: "…" or a bullet; other E2 sequences (quotes, dashes) are letters
    // as far as boundaries go.
    if (has_bytes(text_, i, 0xE2, 0x80, 0xA6)) {
      saw_terminator_ = true;
      return finish_ellipsis(i, i + 3);
    }
    if (const std::size_t bullet = unicode_bullet_length(text_, i)) {
      const bool after_space = i == 0 || space_length_before(text_, i) > 0;
      const std::size_t after = i + bullet;
      if (after_space && (space_length(text_, after) > 0 ||
                          list_marker_at(text_, after).length > 0)) {
        emit_boundary(i);
        in_list_ = true;
        return skip_marker(skip_spaces(after));
      }
    }
    return i + 1;
  }

  std::size_t handle_line_break(std::size_t i) {
    saw_line_break_ = true;
    std::size_t line_start = i + 1;
    if (text_[i] == '\r' && line_start < text_.size() && text_[line_start] == '\n') ++line_start;
    const std::size_t p = skip_spaces(line_start);
    if (const std::size_t bullet = line_start_bullet_length(text_, p)) {
      emit_boundary(p);
      in_list_ = true;
      return skip_marker(skip_spaces(p + bullet));
    }
    const ListMarker marker = list_marker_at(text_, p);
    // In hard-wrapped prose a line may begin with "5." or "J." ("p.\n151)",
    // "Robert\nF. Kennedy"); it is a list item only inside a list, or after a
    // line that ended a sentence or introduced the list with a colon.
    const bool in_list = in_list_ && !marker.could_be_initial();
    if (marker.length > 0 && (in_list || previous_line_closes(i))) {
      emit_boundary(p);
      if (!marker.could_be_initial()) in_list_ = true;
      return p + marker.length;
    }
    // Continue after the white space: rescanning a run of blank lines from
    // each of its line breaks would be quadratic.
    return p;
  }

  // True if the line before `line_break` ended a sentence (the current
  // sentence is still empty) or ends in a colon introducing a list.
  bool previous_line_closes(std::size_t line_break) const {
    std::size_t end = line_break;
    while (end > sentence_start_ && space_length_before(text_, end) > 0) {
      end -= space_length_before(text_, end);
    }
    return end == sentence_start_ || text_[end - 1] == ':';
  }

  std::size_t handle_strong_terminator(std::size_t i) {
    saw_terminator_ = true;
    std::size_t end = i;
    while (end < text_.size() && (text_[end] == '?' || text_[end] == '!' || text_[end] == '.')) {
      ++end;
    }
    return finish_terminator(i, end);
  }

  // `begin`..`end` is a run of terminators containing '?' or '!'.
  std::size_t finish_terminator(std::size_t begin, std::size_t end) {
    const std::size_t after = skip_closers(end);
    if (after >= text_.size()) return after;
    if (space_length(text_, after) == 0) {
      // Inside a token: "Yahoo!Inc", "?q=1", or a missing space ("No!Then").
      if (starts_capitalised_word(text_, after) && !in_address(begin)) emit_boundary(after);
      return after > end ? after : end;
    }
    // "Yahoo! in the accounting department", "“Who?” she asked."
    if (look_at_next_word(text_, after).first != CharClass::kLower) emit_boundary(after);
    return after;
  }

  std::size_t handle_period(std::size_t i) {
    saw_terminator_ = true;
    const std::size_t n = text_.size();
    // ". . ." style ellipsis (three or more periods separated by single spaces).
    if (i + 4 < n && text_[i + 1] == ' ' && text_[i + 2] == '.' && text_[i + 3] == ' ' &&
        text_[i + 4] == '.') {
      return handle_spaced_ellipsis(i);
    }
    std::size_t end = i + 1;
    while (end < n && text_[end] == '.') ++end;
    if (end < n && (text_[end] == '?' || text_[end] == '!')) {
      while (end < n && (text_[end] == '?' || text_[end] == '!' || text_[end] == '.')) ++end;
      return finish_terminator(i, end);
    }
    if (end - i >= 2 || has_bytes(text_, end, 0xE2, 0x80, 0xA6)) return finish_ellipsis(i, end);
    return finish_single_period(i);
  }

  // An unspaced ellipsis ("...", "....", "…") occupying [begin, end).
  std::size_t finish_ellipsis(std::size_t begin, std::size_t end) {
    for (;;) {  // absorb mixed runs such as "…." or "...?"
      if (end < text_.size() && (text_[end] == '.' || text_[end] == '?' || text_[end] == '!')) {
        ++end;
      } else if (has_bytes(text_, end, 0xE2, 0x80, 0xA6)) {
        end += 3;
      } else {
        break;
      }
    }
    // "[...]" marks an omission inside a quotation, never a sentence end.
    if (begin > 0 && (text_[begin - 1] == '[' || text_[begin - 1] == '(') && end < text_.size() &&
        (text_[end] == ']' || text_[end] == ')')) {
      return end + 1;
    }
    const std::size_t after = skip_closers(end);
    if (after >= text_.size()) return after;
    // "I never meant that.... She left" ends a sentence; "really ... well"
    // and "mean...see" trail off within one.
    if (space_length(text_, after) > 0 &&
        look_at_next_word(text_, after).first == CharClass::kUpper) {
      emit_boundary(after);
    }
    return after;
  }

  // An ellipsis written ". . ." starting at `i`. Spaced three-dot ellipses
  // mark omissions inside a sentence. Four dots are an ellipsis plus a
  // period: when the first dot is attached to the word ("compounds. . . .")
  // the sentence ends there and the ellipsis opens the next sentence; when it
  // stands apart ("period . . . .") the last dot ends the sentence.
  std::size_t handle_spaced_ellipsis(std::size_t i) {
    std::size_t dots = 1, end = i + 1;
    while (end + 1 < text_.size() && text_[end] == ' ' && text_[end + 1] == '.') {
      end += 2;
      ++dots;
    }
    const bool attached = i > 0 && space_length_before(text_, i) == 0;
    const std::size_t after = skip_closers(end);
    const bool next_sentence_follows = after < text_.size() && space_length(text_, after) > 0 &&
                                       look_at_next_word(text_, after).first == CharClass::kUpper;
    if (!next_sentence_follows) return after > end ? after : end;
    if (attached && dots >= 4) {
      emit_boundary(i + 1);
      return end;
    }
    if (dots >= 4 || attached) emit_boundary(after);
    return after;
  }

  std::size_t finish_single_period(std::size_t i) {
    const std::size_t after = i + 1;
    if (after < text_.size() && space_length(text_, after) == 0 &&
        closer_length(text_, after) == 0 && footnote_mark_length(after) == 0) {
      return handle_period_inside_token(i);
    }
    const std::size_t next = skip_closers(after);
    if (next >= text_.size()) return next;
    if (space_length(text_, next) == 0) {
      const std::string_view word = word_before(i);
      // "Jr.'s", or a closer run straight into the next sentence ("great.'She").
      const WordKind kind = classify_word(word);
      if ((kind == WordKind::kPlain || kind == WordKind::kNumber) &&
          starts_capitalised_word(text_, next)) {
        emit_boundary(next);
      }
      return next;
    }
    const NextWord next_word = look_at_next_word(text_, next);
    // Nothing lets a period before a lower-case word end a sentence; skip
    // looking at the word in front ("e.g. for", "a.m. on", "Co. at noon").
    if (next_word.first == CharClass::kLower) return next;
    if (period_ends_sentence(word_before(i), next_word)) emit_boundary(next);
    return next;
  }

  bool period_ends_sentence(std::string_view word, const NextWord& next) const {
    if (next.first == CharClass::kEnd) return true;
    WordKind kind = classify_word(word);
    if (kind == WordKind::kBeforeNumber) {
      if (next.first == CharClass::kDigit) return false;
      kind = classify_word_shape(word);  // "He said no." is a plain word
    }
    if (kind == WordKind::kRegion) {
      kind = follows_comma(word) ? WordKind::kPostpositive : WordKind::kAmbiguous;
    }
    switch (kind) {
      case WordKind::kPrepositive:
        return false;
      case WordKind::kAmbiguous: {
        // An abbreviation or initial ends the sentence only when a typical
        // sentence opener follows ("I live in the U.S. How about you?" but
        // "the U.S. Government", "Jonas E. Smith") and enough sentence stands
        // before it ("At 5 a.m. Mr. Smith left" continues).
        if (next.first != CharClass::kUpper || next.is_initial) return false;
        const SentenceStarter starter = sentence_starter_kind(next.ascii_letters);
        if (starter == SentenceStarter::kNo) return false;
        const std::size_t needed = starter == SentenceStarter::kStrong ? 2 : 3;
        return words_before(word) >= needed;
      }
      case WordKind::kRegion:  // resolved above
      case WordKind::kPostpositive:
        // "He weighs 220 lbs. Memović plays forward." A unit or "etc." is
        // not followed by a capitalised word inside a sentence.
        return next.first == CharClass::kUpper && !next.is_initial;
      case WordKind::kPlain:
      case WordKind::kNumber:
      case WordKind::kBeforeNumber:
        // A lower-case continuation means the period was an abbreviation the
        // table does not know ("approx. five") or sits in a quotation.
        return next.first != CharClass::kLower;
    }
    return true;
  }

  // A period followed directly by a non-space: "3.14", "U.S.A", "e.g.,",
  // "example.com", or two sentences with the space missing ("world.Today").
  std::size_t handle_period_inside_token(std::size_t i) {
    // Only a capitalised word straight after the period can start a sentence;
    // anything else ("3.14", "e.g.,", "example.com") continues the token.
    if (!starts_capitalised_word(text_, i + 1)) return i + 1;
    if (in_address(i)) {
      // Jump to the token's trailing punctuation: that one may end the sentence.
      std::size_t end = address_end_;
      while (end > i + 1) {
        const char c = text_[end - 1];
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == '?' || c == '!') {
          --end;
        } else if (const std::size_t n = closer_length_before(text_, end)) {
          end -= n;
        } else {
          break;
        }
      }
      return end > i + 1 ? end : i + 1;
    }
    const std::string_view word = word_before(i);
    const WordKind kind = classify_word(word);
    // "D-W.Va." is a letter chain behind a hyphen, not "D-W." ending a sentence.
    std::size_t trailing_letters = 0;
    while (trailing_letters < word.size() &&
           is_ascii_letter(static_cast<unsigned char>(word[word.size() - 1 - trailing_letters]))) {
      ++trailing_letters;
    }
    if ((kind == WordKind::kPlain && trailing_letters >= 2) || kind == WordKind::kNumber) {
      emit_boundary(i + 1);
    }
    return i + 1;
  }

  // True if the white-space delimited token containing `i` is a URL or an
  // e-mail address. The token's extent is cached so that a long token with
  // many periods is measured once.
  bool in_address(std::size_t i) {
    if (i >= address_start_ && i < address_end_) return address_is_url_;
    std::size_t start = i;
    while (start > 0 && space_length_before(text_, start) == 0) --start;
    std::size_t end = i;
    while (end < text_.size() && space_length(text_, end) == 0) ++end;
    address_start_ = start;
    address_end_ = end;
    std::string_view token = text_.substr(start, end - start);
    while (const std::size_t n = opener_length(token, 0)) token.remove_prefix(n);
    address_is_url_ = looks_like_address(token);
    return address_is_url_;
  }

  // The word in front of the period at `period`: back to white space or the
  // sentence start, without opening or closing quotes and brackets.
  std::string_view word_before(std::size_t period) const {
    std::size_t start = period;
    while (start > sentence_start_ && period - start <= kMaxWordLookback) {
      const unsigned char c = byte_at(text_, start - 1);
      if (c < 0x80 ? is_ascii_space(c) : space_length_before(text_, start) > 0) break;
      --start;
    }
    if (period - start > kMaxWordLookback) return text_.substr(start, period - start);
    std::size_t end = period;
    while (end > start) {
      const std::size_t n = closer_length_before(text_, end);
      if (n == 0 || end - n < start) break;
      end -= n;
    }
    while (start < end) {
      const std::size_t n = opener_length(text_, start);
      if (n == 0 || start + n > end) break;
      start += n;
    }
    return text_.substr(start, end - start);
  }

  // True if ", " comes right before `word` (which views `text_`): "Austin, Tex".
  bool follows_comma(std::string_view word) const {
    const auto start = static_cast<std::size_t>(word.data() - text_.data());
    return start >= 2 && start - 2 >= sentence_start_ &&
           is_ascii_space(byte_at(text_, start - 1)) && text_[start - 2] == ',';
  }

  // How many words the current sentence has in front of `word` (which views
  // `text_`), counting up to 3.
  std::size_t words_before(std::string_view word) const {
    std::size_t p = static_cast<std::size_t>(word.data() - text_.data());
    std::size_t count = 0;
    bool in_word = false;
    while (p > sentence_start_ && count < 3) {
      --p;
      if (is_ascii_space(byte_at(text_, p))) {
        in_word = false;
      } else if (!in_word) {
        in_word = true;
        ++count;
      }
    }
    return count;
  }

  std::size_t skip_spaces(std::size_t i) const {
    while (const std::size_t n = space_length(text_, i)) i += n;
    return i;
  }

  // Skips what may follow a terminator and still belong to its sentence:
  // closing quotes and brackets, and footnote marks such as "[3]" or "[a]".
  std::size_t skip_closers(std::size_t i) const {
    for (;;) {
      if (const std::size_t n = closer_length(text_, i)) {
        i += n;
      } else if (const std::size_t n = footnote_mark_length(i)) {
        i += n;
      } else {
        return i;
      }
    }
  }

  std::size_t footnote_mark_length(std::size_t i) const {
    if (i >= text_.size() || text_[i] != '[') return 0;
    std::size_t p = i + 1;
    while (p < text_.size() && p - i <= 3 && is_ascii_digit(byte_at(text_, p))) ++p;
    if (p == i + 1 && p < text_.size() && is_ascii_lower(byte_at(text_, p))) ++p;
    return p > i + 1 && p < text_.size() && text_[p] == ']' ? p + 1 - i : 0;
  }

  std::size_t skip_marker(std::size_t i) const { return i + list_marker_at(text_, i).length; }

  // Ends the current sentence at `end` (exclusive); empty sentences vanish.
  void emit_boundary(std::size_t end) {
    if (end < sentence_start_) return;
    push_trimmed(sentence_start_, end);
    sentence_start_ = end;
  }

  void push_trimmed(std::size_t start, std::size_t end) {
    while (start < end) {
      const std::size_t n = space_length(text_, start);
      if (n == 0 || start + n > end) break;
      start += n;
    }
    while (end > start) {
      const std::size_t n = space_length_before(text_, end);
      if (n == 0 || end - n < start) break;
      end -= n;
    }
    if (end > start) out_.push_back(Span{start, end});
  }

  // A block of several lines without any sentence punctuation is a list
  // (features, names, an address), not wrapped prose: one item per line.
  void split_into_lines() {
    out_.clear();
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < text_.size(); ++i) {
      if (text_[i] == '\n' || text_[i] == '\r') {
        push_trimmed(line_start, i);
        line_start = i + 1;
      }
    }
    push_trimmed(line_start, text_.size());
  }

  std::string_view text_;
  std::vector<Span> out_;
  std::size_t sentence_start_ = 0;
  // Start and end of markers of an enumeration running inline, in order.
  std::vector<std::pair<std::size_t, std::size_t>> forced_;
  std::size_t next_forced_ = 0;
  bool in_list_ = false;
  bool saw_terminator_ = false;
  bool saw_line_break_ = false;
  std::size_t address_start_ = 0;
  std::size_t address_end_ = 0;
  bool address_is_url_ = false;
};

}  // namespace

std::vector<Span> split_sentences(std::string_view text) { return Segmenter(text).run(); }

}  // namespace claimcheck
