#include "claims/yaml_scalar.h"

#include <cstddef>

namespace claimcheck {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Every byte of `s` satisfies `allowed` (true for an empty `s`).
template <typename Predicate>
bool all_of(std::string_view s, Predicate allowed) {
  for (char c : s) {
    if (!allowed(c)) return false;
  }
  return true;
}

bool digit_or_underscore(char c) { return is_digit(c) || c == '_'; }

// [0-9][0-9_]*
bool is_decimal(std::string_view s) {
  return !s.empty() && is_digit(s[0]) && all_of(s.substr(1), digit_or_underscore);
}

// [0-9][0-9_]*(:[0-5]?[0-9])+ -- the groups hold no ':', so the colons
// split the text unambiguously.
bool is_sexagesimal(std::string_view s) {
  const std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || !is_decimal(s.substr(0, colon))) return false;
  std::size_t at = colon;
  while (at != std::string_view::npos) {
    const std::size_t next = s.find(':', at + 1);
    const std::string_view group =
        s.substr(at + 1, next == std::string_view::npos ? std::string_view::npos : next - at - 1);
    const bool ok = (group.size() == 1 && is_digit(group[0])) ||
                    (group.size() == 2 && group[0] >= '0' && group[0] <= '5' && is_digit(group[1]));
    if (!ok) return false;
    at = next;
  }
  return true;
}

// e[-+]?[0-9]+ (either case)
bool is_exponent(std::string_view s) {
  if (s.empty() || lower(s[0]) != 'e') return false;
  s.remove_prefix(1);
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  return !s.empty() && all_of(s, is_digit);
}

// The int pattern without its sign.
bool is_unsigned_int(std::string_view t) {
  if (t.empty()) return false;
  if (t.size() >= 3 && t[0] == '0' && lower(t[1]) == 'b') {
    if (all_of(t.substr(2), [](char c) { return c == '0' || c == '1' || c == '_'; })) return true;
  }
  const auto octal = [](char c) { return (c >= '0' && c <= '7') || c == '_'; };
  if (t.size() >= 2 && t[0] == '0' && all_of(t.substr(1), octal)) return true;
  if (t.size() >= 3 && t[0] == '0' && lower(t[1]) == 'o' && all_of(t.substr(2), octal)) return true;
  if (t.size() >= 3 && t[0] == '0' && lower(t[1]) == 'x' &&
      all_of(t.substr(2), [](char c) { return is_hex_digit(c) || c == '_'; })) {
    return true;
  }
  return is_decimal(t) || is_sexagesimal(t);
}

// The float pattern without its sign.
bool is_unsigned_float(std::string_view t) {
  if (t.size() == 4 && t[0] == '.') {
    const char a = lower(t[1]), b = lower(t[2]), c = lower(t[3]);
    if ((a == 'i' && b == 'n' && c == 'f') || (a == 'n' && b == 'a' && c == 'n')) return true;
  }
  const std::size_t dot = t.find('.');
  if (dot != std::string_view::npos) {
    // ([0-9][0-9_]*)?\.[0-9._]*(e[-+]?[0-9]+)?: the integer part holds no
    // '.', so it ends at the first one; the exponent starts at the first
    // byte after it that [0-9._] does not take.
    const std::string_view whole = t.substr(0, dot);
    if (whole.empty() || is_decimal(whole)) {
      std::size_t at = dot + 1;
      while (at < t.size() && (is_digit(t[at]) || t[at] == '.' || t[at] == '_')) ++at;
      if (at == t.size() || is_exponent(t.substr(at))) return true;
    }
    // [0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*
    if (is_sexagesimal(whole) && all_of(t.substr(dot + 1), digit_or_underscore)) return true;
  }
  // [0-9][0-9_]*(\.[0-9_]*)?e[-+]?[0-9]+
  if (t.empty() || !is_digit(t[0])) return false;
  std::size_t at = 1;
  while (at < t.size() && digit_or_underscore(t[at])) ++at;
  if (at < t.size() && t[at] == '.') {
    ++at;
    while (at < t.size() && digit_or_underscore(t[at])) ++at;
  }
  return is_exponent(t.substr(at));
}

// Advances `at` over between `min` and `max` digits, as many as there are;
// false if fewer than `min`.
bool digits(std::string_view s, std::size_t& at, std::size_t min, std::size_t max) {
  std::size_t count = 0;
  while (count < max && at < s.size() && is_digit(s[at])) {
    ++at;
    ++count;
  }
  return count >= min;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// The timestamp pattern. Each run of digits is followed by a byte that is not
// a digit (or the end), so taking as many digits as allowed never has to be
// undone.
bool is_timestamp(std::string_view s) {
  std::size_t at = 0;
  const auto take = [&](char c) {
    if (at < s.size() && s[at] == c) {
      ++at;
      return true;
    }
    return false;
  };
  if (!digits(s, at, 4, 4) || !take('-') || !digits(s, at, 1, 2) || !take('-') ||
      !digits(s, at, 1, 2)) {
    return false;
  }
  if (at == s.size()) return true;
  // ([Tt]|[ \t]+)
  if (s[at] == 'T' || s[at] == 't') {
    ++at;
  } else if (is_blank(s[at])) {
    while (at < s.size() && is_blank(s[at])) ++at;
  } else {
    return false;
  }
  if (!digits(s, at, 1, 2) || !take(':') || !digits(s, at, 2, 2) || !take(':') ||
      !digits(s, at, 2, 2)) {
    return false;
  }
  if (take('.')) digits(s, at, 0, std::string_view::npos);
  if (at == s.size()) return true;
  // [ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?)
  while (at < s.size() && is_blank(s[at])) ++at;
  if (take('Z')) return at == s.size();
  if (!take('-') && !take('+')) return false;
  if (!digits(s, at, 1, 2)) return false;
  if (take(':') && !digits(s, at, 2, 2)) return false;
  return at == s.size();
}

}  // namespace

bool is_yaml_number_or_timestamp(std::string_view text) {
  std::string_view unsigned_text = text;
  if (!unsigned_text.empty() && (unsigned_text[0] == '-' || unsigned_text[0] == '+')) {
    unsigned_text.remove_prefix(1);
  }
  return is_unsigned_int(unsigned_text) || is_unsigned_float(unsigned_text) || is_timestamp(text);
}

}  // namespace claimcheck
