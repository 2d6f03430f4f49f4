#include "claims/claims_writer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include <utf8proc.h>

#include "base/utf8.h"
#include "claims/yaml_scalar.h"

namespace claimcheck {
namespace {

// Characters that may not start a plain scalar (YAML 1.2 c-indicator). "-",
// "?" and ":" are allowed by the spec when followed by a non-space, but a
// reader's eye (and older parsers) trip on them, so they always force quotes.
constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";

// Code points a strict reader rejects in a plain scalar or treats as a line
// break: C0 controls (tab included) and C1 controls, DEL, the YAML 1.1 line and paragraph separators,
// the byte-order mark and the non-characters U+FFFE/U+FFFF.
bool is_unsafe_code_point(utf8proc_int32_t c) {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
         c == 0xFEFF || c == 0xFFFE || c == 0xFFFF;
}

// Invalid UTF-8 counts as unsafe too.
bool has_unsafe_code_point(std::string_view text) {
  auto bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t remaining = static_cast<utf8proc_ssize_t>(text.size());
  while (remaining > 0) {
    if (*bytes < 0x80) {  // ASCII needs no decoding
      if (*bytes < 0x20 || *bytes == 0x7F) return true;
      ++bytes;
      --remaining;
      continue;
    }
    utf8proc_int32_t c = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(bytes, remaining, &c);
    if (length <= 0 || is_unsafe_code_point(c)) return true;
    bytes += length;
    remaining -= length;
  }
  return false;
}

// Byte classes for needs_quotes' single pass over a string.
enum ByteClass : unsigned char {
  kControl = 1,       // C0 control or DEL: never plain
  kNonAscii = 2,      // part of a multi-byte sequence: decoded if present
  kFlowSpecial = 4,   // ",[]{}?": ends or confuses a scalar in a flow list
  kColon = 8,         // ": " starts a mapping value
  kSpace = 16,        // " #" starts a comment
  kIndicatorStart = 32,  // one of kIndicators: may not start a plain scalar
};

struct ByteClasses {
  std::array<unsigned char, 256> of{};
  constexpr ByteClasses() {
    for (int c = 0; c < 256; ++c) {
      unsigned char k = 0;
      if (c < 0x20 || c == 0x7F) k |= kControl;
      if (c >= 0x80) k |= kNonAscii;
      if (c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '?') k |= kFlowSpecial;
      if (c == ':') k |= kColon;
      if (c == ' ') k |= kSpace;
      if (c != 0 && kIndicators.find(static_cast<char>(c)) != std::string_view::npos) {
        k |= kIndicatorStart;
      }
      of[static_cast<std::size_t>(c)] = k;
    }
  }
};
constexpr ByteClasses kByteClasses;

// The YAML 1.1 booleans and the nulls, compared in any (ASCII) case.
bool is_boolean_or_null_word(std::string_view text) {
  static constexpr std::string_view kWords[] = {"y",  "n",     "yes",   "no",  "true",
                                                "false", "on", "off", "null"};
  if (text.size() > 5) return false;
  char lower[5];
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    lower[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view folded(lower, text.size());
  return std::find(std::begin(kWords), std::end(kWords), folded) != std::end(kWords);
}

// True if a YAML 1.1 reader (PyYAML, yaml-cpp, Go yaml.v2) or a YAML 1.2
// core-schema reader would resolve the plain scalar to something other than a
// string. The patterns are the union of both specs' implicit types, made
// case-insensitive where cheap: quoting a string that did not need it is
// harmless, writing a string that reads back as a number is not.
bool resolves_to_non_string(std::string_view text) {
  // "~" is null; "=" (the YAML 1.1 value key) and "<<" (the merge key) have
  // their own tags, which safe loaders refuse.
  if (text.empty() || text == "~" || text == "=" || text == "<<") return true;
  if (is_boolean_or_null_word(text)) return true;
  // Every number and timestamp starts with a digit, a sign or a dot. Checking
  // that first keeps the pattern matching off the prose, names and URLs that
  // make up most strings.
  const char first = text.front();
  if (!(first >= '0' && first <= '9') && first != '+' && first != '-' && first != '.') {
    return false;
  }
  return is_yaml_number_or_timestamp(text);
}

enum class Context { block, flow };

// True unless the text, written plain, would be read back as the same string
// by the YAML grammar and resolve to a string: it is not empty, has no space
// at either end, does not end in ':' or start with an indicator, holds no
// ": " or " #", no C0/C1 control, DEL, U+2028/U+2029, BOM, U+FFFE/U+FFFF or
// invalid UTF-8, and (in a flow list) none of ",[]{}" -- nor a "?" anywhere,
// as yaml-cpp's emitter (which wrote these files first) quoted it; harmless,
// and it keeps old files unchanged.
bool needs_quotes(std::string_view text, Context context) {
  if (text.empty()) return true;
  if (text.front() == ' ' || text.back() == ' ' || text.back() == ':') return true;
  if (kByteClasses.of[static_cast<unsigned char>(text.front())] & kIndicatorStart) return true;
  // One pass with a table lookup per byte: this runs on every id, section,
  // signal and URL.
  const bool flow = context == Context::flow;
  bool non_ascii = false;
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size; ++i) {
    const unsigned char k = kByteClasses.of[static_cast<unsigned char>(text[i])];
    if (k == 0) continue;
    if (k & kControl) return true;
    if (k & kNonAscii) {
      non_ascii = true;
    } else if (k & kFlowSpecial) {
      if (flow) return true;
    } else if (k & kColon) {
      if (i + 1 < size && text[i + 1] == ' ') return true;
    } else if (k & kSpace) {
      if (i + 1 < size && text[i + 1] == '#') return true;
    }
  }
  if (non_ascii && has_unsafe_code_point(text)) return true;
  return resolves_to_non_string(text);
}


// The layout is fixed (block mappings indented by two, lists of mappings as
// "- " entries, short lists in flow style), so the file is appended directly
// to one pre-reserved string. It used to go through yaml-cpp's emitter, whose
// per-scalar state machine and whole-file copies made writing most of the
// extraction's run time; the output is byte for byte what that emitter gave
// (SetIndent(2), EmitNonAscii), so files written before do not change.

// --- Double-quoted scalars -----------------------------------------------------

constexpr std::int32_t kReplacementCharacter = 0xFFFD;

// The next code point of possibly malformed UTF-8, advancing `at`. Decodes as
// yaml-cpp 0.7's emitter did (so output stays as it was): a byte that cannot
// start a sequence, a sequence cut short (the byte that cut it is read again
// next), a surrogate, a non-character (U+FDD0..U+FDEF, U+FFFE, U+FFFF) or a
// value past U+10FFFF gives U+FFFD; overlong forms give the value they spell.
std::int32_t next_code_point(const char*& at, const char* end) {
  const unsigned char lead = static_cast<unsigned char>(*at);
  int length = 0;
  switch (lead >> 4) {
    case 12: case 13: length = 2; break;
    case 14: length = 3; break;
    case 15: length = 4; break;
    default:
      if (lead < 0x80) {
        ++at;
        return lead;
      }
      ++at;  // a continuation byte where a sequence should start
      return kReplacementCharacter;
  }
  std::int32_t c = lead & (0xFF >> (length + 1));
  ++at;
  for (int left = length - 1; left > 0; --left, ++at) {
    if (at == end || (static_cast<unsigned char>(*at) & 0xC0) != 0x80) {
      c = kReplacementCharacter;
      break;
    }
    c = (c << 6) | (static_cast<unsigned char>(*at) & 0x3F);
  }
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) || (c & 0xFFFE) == 0xFFFE ||
      (c >= 0xFDD0 && c <= 0xFDEF)) {
    return kReplacementCharacter;
  }
  return c;
}


// True if the 8 bytes at `at` are all printable ASCII (0x20..0x7E) other
// than '"' and '\\' (the bit tricks test every byte at once; a zero byte
// of v ^ c marks a byte equal to c).
bool is_plain_ascii_word(const char* at) {
  std::uint64_t v;
  std::memcpy(&v, at, sizeof v);
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  const auto has_zero = [](std::uint64_t x) { return ((x - kOnes) & ~x & kHigh) != 0; };
  const auto has_below = [](std::uint64_t x, std::uint64_t n) {  // n <= 128
    return ((x - kOnes * n) & ~x & kHigh) != 0;
  };
  return (v & kHigh) == 0 && !has_below(v, 0x20) && !has_zero(v ^ (kOnes * 0x7F)) &&
         !has_zero(v ^ (kOnes * '"')) && !has_zero(v ^ (kOnes * '\\'));
}

// One code point inside double quotes.
void append_escaped(std::string& out, std::int32_t c) {
  static constexpr char kHex[] = "0123456789abcdef";
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\n': out += "\\n"; return;
    case '\t': out += "\\t"; return;
    case '\r': out += "\\r"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case 0x7F: out += "\\x7F"; return;
    case 0xFEFF: out += "\\ufeff"; return;
    case 0x2028: out += "\\u2028"; return;
    case 0x2029: out += "\\u2029"; return;
    default: break;
  }
  if (c < 0x20 || (c >= 0x80 && c <= 0xA0)) {  // controls and the no-break space
    out += "\\x";
    out += kHex[(c >> 4) & 0xF];
    out += kHex[c & 0xF];
    return;
  }
  append_utf8(out, static_cast<char32_t>(c));
}

// A double-quoted scalar, escaped as YAML 1.2 requires and as yaml-cpp 0.7's
// emitter (which wrote these files first) did, so re-written files do not
// change: `"`, `\`, \n, \t, \r, \b, \f by their short forms; other C0 and C1
// controls and the no-break space as \xHH; DEL as \x7F; the byte-order mark
// and the line and paragraph separators (which YAML 1.1 readers fold) as \u
// escapes. Other UTF-8 is kept as it is; malformed UTF-8 becomes U+FFFD.
void append_double_quoted(std::string& out, std::string_view text) {
  out += '"';
  const char* at = text.data();
  const char* const end = at + text.size();
  while (at < end) {
    // Most text is printable ASCII or well-formed UTF-8 with nothing to
    // escape: copy it in runs, found eight bytes at a time while they are
    // printable ASCII other than '"' and '\\'.
    const char* run = at;
    while (end - at >= 8 && is_plain_ascii_word(at)) at += 8;
    while (at < end) {
      const unsigned char c = static_cast<unsigned char>(*at);
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
        ++at;
      } else if (c >= 0xC3 && c <= 0xDF && end - at >= 2 &&
                 (static_cast<unsigned char>(at[1]) & 0xC0) == 0x80) {
        at += 2;  // U+00C0..U+07FF: nothing escaped, nothing invalid
      } else {
        break;
      }
    }
    out.append(run, at);
    if (at == end) break;
    append_escaped(out, next_code_point(at, end));
  }
  out += '"';
}

// --- Scalars and layout ----------------------------------------------------------

template <typename Integer>
void append_integer(std::string& out, Integer value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

void append_number(std::string& out, double value) {
  if (std::isnan(value)) {
    out += ".nan";
    return;
  }
  if (std::isinf(value)) {
    out += value > 0 ? ".inf" : "-.inf";
    return;
  }
  // The shortest text that reads back as the same double: 0.9, 0.82, 1, 0.
  // std::to_chars never follows the global locale ("1.234.567" under a
  // German one), unlike stream formatting.
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

// The extractor's score is a ranking aid with two meaningful decimals; rounding
// here keeps files identical across platforms whose floating-point arithmetic
// differs in the last bits.
void append_score(std::string& out, double score) {
  if (!std::isfinite(score)) {
    append_number(out, score);
    return;
  }
  const double hundredths = std::round(score * 100.0);
  // Scores are in [0, 1]: their 101 texts are made once, by the same
  // formatting, instead of a shortest-form search per claim.
  static const std::array<std::string, 101> kTexts = [] {
    std::array<std::string, 101> texts;
    for (int k = 0; k <= 100; ++k) append_number(texts[static_cast<std::size_t>(k)], k / 100.0);
    return texts;
  }();
  if (hundredths >= 0.0 && hundredths <= 100.0 && !std::signbit(hundredths)) {
    out += kTexts[static_cast<std::size_t>(hundredths)];
  } else {
    append_number(out, hundredths / 100.0);
  }
}

void append_string(std::string& out, std::string_view text, Context context = Context::block) {
  if (needs_quotes(text, context)) {
    append_double_quoted(out, text);
  } else {
    out += text;
  }
}

// Writes one block at a time into `out`. Keys are written at an indentation
// in spaces; a key that opens an entry of a block list is written as "- key"
// two columns further left, so the entry's keys line up.
class BlockWriter {
 public:
  explicit BlockWriter(std::string& out) : out_(out) {}

  // "<indent>key:" -- follow with value(), open_block() or flow_*.
  void key(std::size_t indent, std::string_view name, bool first_in_entry = false) {
    if (first_in_entry) {
      out_.append(indent - 2, ' ');
      out_ += "- ";
    } else {
      out_.append(indent, ' ');
    }
    out_ += name;
    out_ += ':';
  }
  void open_block() { out_ += '\n'; }

  void string(std::size_t indent, std::string_view name, std::string_view value,
              bool first_in_entry = false) {
    key(indent, name, first_in_entry);
    out_ += ' ';
    append_string(out_, value);
    out_ += '\n';
  }
  void optional_string(std::size_t indent, std::string_view name, std::string_view value) {
    if (!value.empty()) string(indent, name, value);
  }
  // Prose fields are always quoted so that a one-word edit never flips a line
  // between plain and quoted in a diff.
  void prose(std::size_t indent, std::string_view name, std::string_view value) {
    key(indent, name);
    out_ += ' ';
    append_double_quoted(out_, value);
    out_ += '\n';
  }
  void quoted(std::size_t indent, std::string_view name, std::string_view value) {
    prose(indent, name, value);
  }
  template <typename Integer>
  void integer(std::size_t indent, std::string_view name, Integer value) {
    key(indent, name);
    out_ += ' ';
    append_integer(out_, value);
    out_ += '\n';
  }
  void number(std::size_t indent, std::string_view name, double value) {
    key(indent, name);
    out_ += ' ';
    append_number(out_, value);
    out_ += '\n';
  }
  void score(std::size_t indent, std::string_view name, double value) {
    key(indent, name);
    out_ += ' ';
    append_score(out_, value);
    out_ += '\n';
  }
  void boolean(std::size_t indent, std::string_view name, bool value) {
    key(indent, name);
    out_ += value ? " true\n" : " false\n";
  }
  // "key: [a, b]", "key: []".
  void flow_strings(std::size_t indent, std::string_view name,
                    const std::vector<std::string>& values) {
    key(indent, name);
    out_ += " [";
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i > 0) out_ += ", ";
      append_string(out_, values[i], Context::flow);
    }
    out_ += "]\n";
  }
  void raw(std::string_view text) { out_ += text; }
  std::string& buffer() { return out_; }

 private:
  std::string& out_;
};

// Key indentation: top level 0, the document's 2, its extractor's 4; a
// claim's keys 4 (its "- " at 2), its review's 6, a source's 10.
constexpr std::size_t kDocument = 2;
constexpr std::size_t kExtractor = 4;
constexpr std::size_t kClaim = 4;
constexpr std::size_t kClaimChild = 6;
constexpr std::size_t kSource = 10;
constexpr std::size_t kCitation = 8;

void write_document(BlockWriter& out, const DocumentInfo& document) {
  out.key(0, "document");
  out.open_block();
  out.string(kDocument, "path", document.path);
  // Always quoted: a hash made only of digits would otherwise read as a number.
  out.quoted(kDocument, "sha256", document.sha256);
  out.string(kDocument, "format", document.format);
  out.key(kDocument, "extractor");
  out.open_block();
  out.string(kExtractor, "name", document.extractor_name);
  out.string(kExtractor, "version", document.extractor_version);
  out.string(kDocument, "extracted", document.extracted);
}

void write_review(BlockWriter& out, const Review& review) {
  out.key(kClaim, "review");
  const bool empty = !review.verdict && !review.confidence && review.sources.empty() &&
                     review.reviewer.empty() && review.reviewed.empty() && review.note.empty();
  if (empty) {
    // A mapping with no entries has no block form; written on its own line
    // as the files have always had it.
    out.raw("\n      {}\n");
    return;
  }
  out.open_block();
  if (review.verdict) out.string(kClaimChild, "verdict", verdict_name(*review.verdict));
  if (review.confidence) out.number(kClaimChild, "confidence", *review.confidence);
  if (!review.sources.empty()) {
    out.key(kClaimChild, "sources");
    out.open_block();
    for (const Source& source : review.sources) {
      out.string(kSource, "url", source.url, /*first_in_entry=*/true);
      out.optional_string(kSource, "title", source.title);
      out.optional_string(kSource, "publisher", source.publisher);
      out.optional_string(kSource, "accessed", source.accessed);
      out.optional_string(kSource, "quote", source.quote);
      if (source.stance) out.string(kSource, "stance", stance_name(*source.stance));
    }
  }
  out.optional_string(kClaimChild, "reviewer", review.reviewer);
  out.optional_string(kClaimChild, "reviewed", review.reviewed);
  out.optional_string(kClaimChild, "note", review.note);
}

// Re-indents a review block read from a file (its first line at the
// file's indentation for claim keys) to `indent` spaces, keeping every
// line's depth relative to the key; line ends become "\n".
void append_reindented_review_source(std::string& out, std::string_view source,
                                     std::size_t indent) {
  const std::size_t source_indent = std::min(source.find_first_not_of(' '), source.size());
  for (std::size_t at = 0; at < source.size();) {
    std::size_t newline = source.find('\n', at);
    if (newline == std::string_view::npos) newline = source.size();
    std::string_view line = source.substr(at, newline - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") != std::string_view::npos) {
      const std::size_t strip = std::min(line.find_first_not_of(' '), source_indent);
      out.append(indent, ' ');
      out.append(line.substr(strip));
    }
    out += '\n';
    at = newline + 1;
  }
}

void write_claim(BlockWriter& out, const Claim& claim) {
  std::string& text = out.buffer();
  // The keys every claim has, as literals (what BlockWriter's calls would
  // write, without assembling each key from its indentation and name).
  text += "  - id: ";
  append_string(text, claim.id);
  text += "\n    text: ";
  const std::size_t text_start = text.size();
  append_double_quoted(text, claim.text);
  const std::size_t text_end = text.size();
  text += "\n    quote: ";
  if (claim.quote == claim.text) {
    // Usually the sentence is the claim: copy its escaped form.
    text.append(text, text_start, text_end - text_start);
  } else {
    append_double_quoted(text, claim.quote);
  }
  text += "\n    start: ";
  append_integer(text, claim.start);
  text += "\n    end: ";
  append_integer(text, claim.end);
  text += "\n    line: ";
  append_integer(text, claim.line);
  text += "\n    column: ";
  append_integer(text, claim.column);
  text += '\n';
  out.optional_string(kClaim, "section", claim.section);
  text += claim.checkworthy ? "    checkworthy: true\n    score: " : "    checkworthy: false\n    score: ";
  append_score(text, claim.score);
  text += "\n    signals: [";
  for (std::size_t i = 0; i < claim.signals.size(); ++i) {
    if (i > 0) text += ", ";
    append_string(text, claim.signals[i], Context::flow);
  }
  text += "]\n";
  if (!claim.citations.empty()) {
    out.key(kClaim, "citations");
    out.open_block();
    for (const Citation& citation : claim.citations) {
      out.string(kCitation, "url", citation.url, /*first_in_entry=*/true);
      out.optional_string(kCitation, "text", citation.text);
    }
  }
  if (claim.quoted) out.boolean(kClaim, "quoted", true);
  // The extractor's analysis of the sentence, after `quoted` and in this
  // order; each only when there is something to say. Lists are short, so
  // they are written in flow style like `signals`.
  if (claim.attribution) {
    out.key(kClaim, "attribution");
    out.open_block();
    out.string(kClaimChild, "who", claim.attribution->who);
    if (claim.attribution->vague) out.boolean(kClaimChild, "vague", true);
  }
  if (!claim.hedges.empty()) out.flow_strings(kClaim, "hedges", claim.hedges);
  if (!claim.ambiguous.empty()) out.flow_strings(kClaim, "ambiguous", claim.ambiguous);
  if (!claim.source_spans.empty()) {
    out.key(kClaim, "source_spans");
    text += " [";
    for (std::size_t i = 0; i < claim.source_spans.size(); ++i) {
      text += i == 0 ? "[" : ", [";
      append_integer(text, claim.source_spans[i].start);
      text += ", ";
      append_integer(text, claim.source_spans[i].end);
      text += ']';
    }
    text += "]\n";
  }
  if (claim.stale) {
    out.key(kClaim, "stale");
    out.open_block();
    out.prose(kClaimChild, "previous_text", claim.stale->previous_text);
    out.string(kClaimChild, "detected", claim.stale->detected);
  }
  if (!claim.review_source.empty()) {
    // The reviewer's block as the file had it, comments included.
    append_reindented_review_source(text, claim.review_source, kClaim);
  } else if (claim.review) {
    write_review(out, *claim.review);
  }
}

// Room for a claim's fixed keys and numbers; its strings are added on top.
constexpr std::size_t kClaimOverhead = 256;

std::size_t estimated_size(const std::vector<Claim>& claims) {
  std::size_t size = 0;
  for (const Claim& claim : claims) {
    size += kClaimOverhead + claim.text.size() + claim.quote.size() + claim.section.size() +
            claim.review_source.size();
  }
  return size;
}

}  // namespace

std::string write_review_block(const Review& review) {
  std::string text;
  BlockWriter out(text);
  write_review(out, review);
  return text;
}

std::string write_claims_file(const ClaimsFile& file, const WriteOptions& options) {
  std::string text;
  // Escapes rarely add more than a few bytes; one allocation covers most files.
  text.reserve(1024 + options.schema_reference.size() + estimated_size(file.claims) +
               estimated_size(file.orphaned));
  if (!options.schema_reference.empty()) {
    text += "# yaml-language-server: $schema=";
    text += options.schema_reference;
    text += '\n';
  }
  text += "# Written by claimcheck. Reviewers: add or edit only the `review` block of a claim.\n";
  BlockWriter out(text);
  out.key(0, "schema_version");
  text += ' ';
  append_integer(text, file.schema_version);
  text += '\n';
  write_document(out, file.document);
  if (file.claims.empty()) {
    out.raw("claims: []\n");
  } else {
    out.key(0, "claims");
    out.open_block();
    for (const Claim& claim : file.claims) write_claim(out, claim);
  }
  if (!file.orphaned.empty()) {
    out.key(0, "orphaned");
    out.open_block();
    for (const Claim& claim : file.orphaned) write_claim(out, claim);
  }
  return text;
}

}  // namespace claimcheck
