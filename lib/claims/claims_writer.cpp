#include "claims/claims_writer.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <regex>
#include <string_view>
#include <vector>

#include <utf8proc.h>
#include <yaml-cpp/yaml.h>

namespace claimcheck {
namespace {

// Characters that may not start a plain scalar (YAML 1.2 c-indicator). "-",
// "?" and ":" are allowed by the spec when followed by a non-space, but a
// reader's eye (and older parsers) trip on them, so they always force quotes.
constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
// Characters that end a plain scalar inside a flow collection such as `signals`.
constexpr std::string_view kFlowIndicators = ",[]{}";

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
    utf8proc_int32_t c = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(bytes, remaining, &c);
    if (length <= 0 || is_unsafe_code_point(c)) return true;
    bytes += length;
    remaining -= length;
  }
  return false;
}

// True if the text, written plain, would be read back as the same string by
// the YAML grammar alone (ignoring what the value resolves to).
bool is_safe_plain_scalar(std::string_view text, bool in_flow) {
  if (text.empty()) return false;
  if (text.front() == ' ' || text.back() == ' ' || text.back() == ':') return false;
  if (kIndicators.find(text.front()) != std::string_view::npos) return false;
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) {
    return false;
  }
  if (in_flow && text.find_first_of(kFlowIndicators) != std::string_view::npos) return false;
  return !has_unsafe_code_point(text);
}

// The YAML 1.1 booleans and the nulls, compared in any case.
bool is_boolean_or_null_word(std::string_view text) {
  static constexpr std::string_view kWords[] = {"y",  "n",     "yes",   "no",  "true",
                                                "false", "on", "off", "null"};
  if (text.size() > 5) return false;
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
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
  // that first keeps the regexes off the prose, names and URLs that make up
  // most strings (they dominated the writer's run time).
  const char first = text.front();
  if (!std::isdigit(static_cast<unsigned char>(first)) && first != '+' && first != '-' &&
      first != '.') {
    return false;
  }
  using std::regex_constants::icase;
  using std::regex_constants::optimize;
  static const std::regex kInteger(
      "[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-f_]+|[0-9][0-9_]*|[0-9][0-9_]*(:[0-5]?[0-9])+)",
      icase | optimize);
  static const std::regex kFloat(
      "[-+]?(([0-9][0-9_]*)?\\.[0-9._]*(e[-+]?[0-9]+)?|[0-9][0-9_]*(\\.[0-9_]*)?e[-+]?[0-9]+"
      "|[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|\\.inf|\\.nan)",
      icase | optimize);
  static const std::regex kTimestamp(
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(([Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?"
      "([ \\t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?",
      optimize);
  const auto matches = [&](const std::regex& pattern) {
    return std::regex_match(text.begin(), text.end(), pattern);
  };
  return matches(kInteger) || matches(kFloat) || matches(kTimestamp);
}

enum class Context { block, flow };

bool needs_quotes(std::string_view text, Context context) {
  return !is_safe_plain_scalar(text, context == Context::flow) || resolves_to_non_string(text);
}

void write_string(YAML::Emitter& out, const std::string& text, Context context = Context::block) {
  if (needs_quotes(text, context)) out << YAML::DoubleQuoted;
  out << text;
}

// Prose fields are always quoted so that a one-word edit never flips a line
// between plain and quoted in a diff.
void write_prose(YAML::Emitter& out, const std::string& text) {
  out << YAML::DoubleQuoted << text;
}

// yaml-cpp formats integers through a stream that follows the global C++
// locale ("1.234.567" under a German one); std::to_chars never does.
template <typename Integer>
void write_integer(YAML::Emitter& out, Integer value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out << std::string(buffer, result.ptr);
}

void write_number_text(YAML::Emitter& out, double value) {
  if (std::isnan(value)) {
    out << ".nan";
    return;
  }
  if (std::isinf(value)) {
    out << (value > 0 ? ".inf" : "-.inf");
    return;
  }
  // The shortest text that reads back as the same double: 0.9, 0.82, 1, 0.
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out << std::string(buffer, result.ptr);
}

// The extractor's score is a ranking aid with two meaningful decimals; rounding
// here keeps files identical across platforms whose floating-point arithmetic
// differs in the last bits.
void write_score(YAML::Emitter& out, double score) {
  write_number_text(out, std::isfinite(score) ? std::round(score * 100.0) / 100.0 : score);
}

void write_key(YAML::Emitter& out, const char* key) { out << YAML::Key << key << YAML::Value; }

void write_optional_string(YAML::Emitter& out, const char* key, const std::string& value) {
  if (value.empty()) return;
  write_key(out, key);
  write_string(out, value);
}

// A list of words as a flow sequence, "hedges: [may, reportedly]"; nothing
// when the list is empty.
void write_flow_strings(YAML::Emitter& out, const char* key,
                        const std::vector<std::string>& values) {
  if (values.empty()) return;
  write_key(out, key);
  out << YAML::Flow << YAML::BeginSeq;
  for (const std::string& value : values) write_string(out, value, Context::flow);
  out << YAML::EndSeq;
}

void write_document(YAML::Emitter& out, const DocumentInfo& document) {
  write_key(out, "document");
  out << YAML::BeginMap;
  write_key(out, "path");
  write_string(out, document.path);
  // Always quoted: a hash made only of digits would otherwise read as a number.
  write_key(out, "sha256");
  out << YAML::DoubleQuoted << document.sha256;
  write_key(out, "format");
  write_string(out, document.format);
  write_key(out, "extractor");
  out << YAML::BeginMap;
  write_key(out, "name");
  write_string(out, document.extractor_name);
  write_key(out, "version");
  write_string(out, document.extractor_version);
  out << YAML::EndMap;
  write_key(out, "extracted");
  write_string(out, document.extracted);
  out << YAML::EndMap;
}

void write_source(YAML::Emitter& out, const Source& source) {
  out << YAML::BeginMap;
  write_key(out, "url");
  write_string(out, source.url);
  write_optional_string(out, "title", source.title);
  write_optional_string(out, "publisher", source.publisher);
  write_optional_string(out, "accessed", source.accessed);
  write_optional_string(out, "quote", source.quote);
  if (source.stance) {
    write_key(out, "stance");
    write_string(out, stance_name(*source.stance));
  }
  out << YAML::EndMap;
}

void write_review(YAML::Emitter& out, const Review& review) {
  write_key(out, "review");
  out << YAML::BeginMap;
  if (review.verdict) {
    write_key(out, "verdict");
    write_string(out, verdict_name(*review.verdict));
  }
  if (review.confidence) {
    write_key(out, "confidence");
    write_number_text(out, *review.confidence);
  }
  if (!review.sources.empty()) {
    write_key(out, "sources");
    out << YAML::BeginSeq;
    for (const Source& source : review.sources) write_source(out, source);
    out << YAML::EndSeq;
  }
  write_optional_string(out, "reviewer", review.reviewer);
  write_optional_string(out, "reviewed", review.reviewed);
  write_optional_string(out, "note", review.note);
  out << YAML::EndMap;
}

std::string review_placeholder(std::size_t index) {
  return "claimcheck-review-source-" + std::to_string(index);
}

void write_claim(YAML::Emitter& out, const Claim& claim,
                 std::vector<const std::string*>& review_sources) {
  out << YAML::BeginMap;
  write_key(out, "id");
  write_string(out, claim.id);
  write_key(out, "text");
  write_prose(out, claim.text);
  write_key(out, "quote");
  write_prose(out, claim.quote);
  write_key(out, "start");
  write_integer(out, claim.start);
  write_key(out, "end");
  write_integer(out, claim.end);
  write_key(out, "line");
  write_integer(out, claim.line);
  write_key(out, "column");
  write_integer(out, claim.column);
  write_optional_string(out, "section", claim.section);
  write_key(out, "checkworthy");
  out << claim.checkworthy;
  write_key(out, "score");
  write_score(out, claim.score);
  write_key(out, "signals");
  out << YAML::Flow << YAML::BeginSeq;
  for (const std::string& signal : claim.signals) write_string(out, signal, Context::flow);
  out << YAML::EndSeq;
  if (!claim.citations.empty()) {
    write_key(out, "citations");
    out << YAML::BeginSeq;
    for (const Citation& citation : claim.citations) {
      out << YAML::BeginMap;
      write_key(out, "url");
      write_string(out, citation.url);
      write_optional_string(out, "text", citation.text);
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
  }
  if (claim.quoted) {
    write_key(out, "quoted");
    out << true;
  }
  // The extractor's analysis of the sentence, after `quoted` and in this
  // order; each only when there is something to say. Lists are short, so
  // they are written in flow style like `signals`.
  if (claim.attribution) {
    write_key(out, "attribution");
    out << YAML::BeginMap;
    write_key(out, "who");
    write_string(out, claim.attribution->who);
    if (claim.attribution->vague) {
      write_key(out, "vague");
      out << true;
    }
    out << YAML::EndMap;
  }
  write_flow_strings(out, "hedges", claim.hedges);
  write_flow_strings(out, "ambiguous", claim.ambiguous);
  if (!claim.source_spans.empty()) {
    write_key(out, "source_spans");
    out << YAML::Flow << YAML::BeginSeq;
    for (const Claim::SourceSpan& span : claim.source_spans) {
      out << YAML::Flow << YAML::BeginSeq;
      write_integer(out, span.start);
      write_integer(out, span.end);
      out << YAML::EndSeq;
    }
    out << YAML::EndSeq;
  }
  if (claim.stale) {
    write_key(out, "stale");
    out << YAML::BeginMap;
    write_key(out, "previous_text");
    write_prose(out, claim.stale->previous_text);
    write_key(out, "detected");
    write_string(out, claim.stale->detected);
    out << YAML::EndMap;
  }
  if (!claim.review_source.empty()) {
    // A placeholder the emitter writes as a plain scalar; replaced by the
    // reviewer's text after emission (see splice_review_sources).
    write_key(out, "review");
    out << review_placeholder(review_sources.size());
    review_sources.push_back(&claim.review_source);
  } else if (claim.review) {
    write_review(out, *claim.review);
  }
  out << YAML::EndMap;
}

void write_claim_list(YAML::Emitter& out, const std::vector<Claim>& claims,
                      std::vector<const std::string*>& review_sources) {
  out << YAML::BeginSeq;
  for (const Claim& claim : claims) write_claim(out, claim, review_sources);
  out << YAML::EndSeq;
}

// Re-indents a review block read from a file (its first line at the
// file's indentation for claim keys) to `indent` spaces, keeping every
// line's depth relative to the key; line ends become "\n".
std::string reindent_review_source(std::string_view source, std::size_t indent) {
  const std::size_t source_indent = std::min(source.find_first_not_of(' '), source.size());
  std::string out;
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
  return out;
}

// Replaces each placeholder line ("<indent>review: <placeholder>\n") with
// the reviewer's block, verbatim apart from its indentation.
std::string splice_review_sources(std::string emitted,
                                  const std::vector<const std::string*>& review_sources) {
  std::size_t search_from = 0;
  for (std::size_t i = 0; i < review_sources.size(); ++i) {
    const std::string marker = "review: " + review_placeholder(i);
    const std::size_t at = emitted.find(marker, search_from);
    if (at == std::string::npos) continue;  // cannot happen: the emitter wrote it
    const std::size_t line_start = emitted.rfind('\n', at) + 1;
    std::size_t line_end = emitted.find('\n', at);
    line_end = line_end == std::string::npos ? emitted.size() : line_end + 1;
    std::string block = reindent_review_source(*review_sources[i], at - line_start);
    if (line_end == emitted.size() && !block.empty() && emitted.back() != '\n') block.pop_back();
    emitted.replace(line_start, line_end - line_start, block);
    search_from = line_start + block.size();
  }
  return emitted;
}

// yaml-cpp 0.7 writes DEL, U+2028, U+2029, U+FFFE and U+FFFF raw inside double
// quotes; strict readers reject the first and last two and YAML 1.1 readers
// fold the separators. needs_quotes() sends every string holding one of them
// to double quotes, so any occurrence in the emitter's output is inside a
// double-quoted scalar, where an escape sequence means the same code point.
std::string escape_code_points_left_raw(std::string_view emitted) {
  std::string out;
  out.reserve(emitted.size());
  for (std::size_t i = 0; i < emitted.size(); ++i) {
    const std::string_view rest = emitted.substr(i);
    if (rest.front() == '\x7F') {
      out += "\\x7F";
    } else if (rest.starts_with("\xE2\x80\xA8")) {
      out += "\\u2028";
      i += 2;
    } else if (rest.starts_with("\xE2\x80\xA9")) {
      out += "\\u2029";
      i += 2;
    } else if (rest.starts_with("\xEF\xBF\xBE")) {
      out += "\\uFFFE";
      i += 2;
    } else if (rest.starts_with("\xEF\xBF\xBF")) {
      out += "\\uFFFF";
      i += 2;
    } else {
      out += rest.front();
    }
  }
  return out;
}

}  // namespace

std::string write_claims_file(const ClaimsFile& file, const WriteOptions& options) {
  std::vector<const std::string*> review_sources;
  YAML::Emitter out;
  out.SetIndent(2);
  out.SetOutputCharset(YAML::EmitNonAscii);  // keep UTF-8 readable, no \u escapes
  out << YAML::BeginMap;
  write_key(out, "schema_version");
  write_integer(out, file.schema_version);
  write_document(out, file.document);
  write_key(out, "claims");
  if (file.claims.empty()) {
    // A block sequence with no entries would be written on its own line.
    out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
  } else {
    write_claim_list(out, file.claims, review_sources);
  }
  if (!file.orphaned.empty()) {
    write_key(out, "orphaned");
    write_claim_list(out, file.orphaned, review_sources);
  }
  out << YAML::EndMap;

  std::string text;
  if (!options.schema_reference.empty()) {
    text += "# yaml-language-server: $schema=" + options.schema_reference + "\n";
  }
  text += "# Written by claimcheck. Reviewers: add or edit only the `review` block of a claim.\n";
  text += splice_review_sources(
      escape_code_points_left_raw(std::string_view(out.c_str(), out.size())), review_sources);
  text += '\n';
  return text;
}

}  // namespace claimcheck
