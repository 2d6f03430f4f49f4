#include "claims/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <map>
#include <sstream>
#include <utility>

#include "text/line_index.h"
#include "text/source_text.h"

namespace claimcheck {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_of(std::string_view text, bool (*predicate)(char)) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!predicate(c)) return false;
  }
  return true;
}

bool is_octal_digit(char c) { return c >= '0' && c <= '7'; }
bool is_hex_digit(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::optional<nlohmann::json> parse_unsigned(std::string_view digits, int base, bool negative) {
  std::uint64_t magnitude = 0;
  const auto [end, error] =
      std::from_chars(digits.data(), digits.data() + digits.size(), magnitude, base);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  constexpr auto kMaxSigned = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  if (!negative) {
    if (magnitude <= kMaxSigned) return nlohmann::json(static_cast<std::int64_t>(magnitude));
    return nlohmann::json(magnitude);
  }
  if (magnitude <= kMaxSigned) return nlohmann::json(-static_cast<std::int64_t>(magnitude));
  if (magnitude == kMaxSigned + 1) return nlohmann::json(std::numeric_limits<std::int64_t>::min());
  return std::nullopt;
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool is_core_float(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  std::size_t integer_digits = 0;
  while (i < text.size() && is_digit(text[i])) ++i, ++integer_digits;
  std::size_t fraction_digits = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && is_digit(text[i])) ++i, ++fraction_digits;
  }
  if (integer_digits == 0 && fraction_digits == 0) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    std::size_t exponent_digits = 0;
    while (i < text.size() && is_digit(text[i])) ++i, ++exponent_digits;
    if (exponent_digits == 0) return false;
  }
  return i == text.size();
}

nlohmann::json number_value(double value) {
  // JSON Schema (draft 6 on) counts 1.0 as an integer; storing it as one
  // makes the validator agree.
  if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 9.0e15) {
    return nlohmann::json(static_cast<std::int64_t>(value));
  }
  return nlohmann::json(value);
}

}  // namespace

std::optional<nlohmann::json> resolve_plain_scalar(std::string_view text) {
  if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") {
    return nlohmann::json(nullptr);
  }
  if (text == "true" || text == "True" || text == "TRUE") return nlohmann::json(true);
  if (text == "false" || text == "False" || text == "FALSE") return nlohmann::json(false);

  if (text.size() > 2 && text[0] == '0' && text[1] == 'x' && all_of(text.substr(2), is_hex_digit)) {
    return parse_unsigned(text.substr(2), 16, false);
  }
  if (text.size() > 2 && text[0] == '0' && text[1] == 'o' &&
      all_of(text.substr(2), is_octal_digit)) {
    return parse_unsigned(text.substr(2), 8, false);
  }
  const bool has_sign = text[0] == '-' || text[0] == '+';
  const std::string_view unsigned_part = has_sign ? text.substr(1) : text;
  if (all_of(unsigned_part, is_digit)) {
    return parse_unsigned(unsigned_part, 10, text[0] == '-');
  }

  if (unsigned_part == ".inf" || unsigned_part == ".Inf" || unsigned_part == ".INF") {
    const double infinity = std::numeric_limits<double>::infinity();
    return nlohmann::json(text[0] == '-' ? -infinity : infinity);
  }
  if (text == ".nan" || text == ".NaN" || text == ".NAN") {
    return nlohmann::json(std::numeric_limits<double>::quiet_NaN());
  }
  if (is_core_float(text)) {
    // from_chars is locale-independent, unlike strtod; it rejects a leading '+'.
    double value = 0;
    const auto [end, error] =
        std::from_chars(unsigned_part.data(), unsigned_part.data() + unsigned_part.size(), value);
    if (end == unsigned_part.data() + unsigned_part.size() &&
        (error == std::errc() || error == std::errc::result_out_of_range)) {
      if (error == std::errc::result_out_of_range) {
        // Overflow or underflow: YAML and JSON readers give inf or 0.
        const std::size_t exponent = unsigned_part.find_first_of("eE");
        const bool tiny = exponent != std::string_view::npos &&
                          exponent + 1 < unsigned_part.size() && unsigned_part[exponent + 1] == '-';
        value = tiny ? 0.0 : std::numeric_limits<double>::infinity();
      }
      return number_value(text[0] == '-' ? -value : value);
    }
  }
  return nlohmann::json(std::string(text));
}

std::string json_pointer_token(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

const YamlNodeInfo& YamlTree::find(std::string_view pointer) const {
  std::string key(pointer);
  while (true) {
    if (const auto it = nodes.find(key); it != nodes.end()) return it->second;
    const std::size_t slash = key.rfind('/');
    if (slash == std::string::npos) break;
    key.resize(slash);
  }
  static const YamlNodeInfo kUnknown;
  if (const auto it = nodes.find(""); it != nodes.end()) return it->second;
  return kUnknown;
}

namespace {

// Alias expansion copies subtrees, so a few lines of anchors can describe
// billions of nodes. No claims file comes near this.
constexpr std::size_t kMaxNodes = 2'000'000;

// Thrown from the event handler to abandon the document; carries one
// diagnostic's position and message.
struct TreeError {
  Position position;
  std::string message;
};

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, std::size_t bom_length, const LineIndex& lines,
              const std::string& name, Diagnostics& diagnostics)
      : text_(text),
        bom_length_(bom_length),
        lines_(lines),
        name_(name),
        diagnostics_(diagnostics) {}

  YamlTree take_tree() { return std::move(tree_); }
  bool complete() const { return complete_; }

  Position position_of(const YAML::Mark& mark) const {
    if (mark.pos < 0) return lines_.position(text_.size());
    return lines_.position(static_cast<std::size_t>(mark.pos) + bom_length_);
  }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Position position = position_of(mark);
    // yaml-cpp reports the same event for "~", "null" and nothing at all; an
    // empty value's mark is wherever the next token starts, so it is told
    // apart by the text it points at.
    const std::string_view at = text_.substr(std::min(position.offset, text_.size()));
    std::string written;
    for (std::string_view spelling : {"~", "null", "Null", "NULL"}) {
      if (at.substr(0, spelling.size()) == spelling) {
        const std::string_view after = at.substr(spelling.size());
        if (after.empty() || std::strchr(" \t\r\n,]}#", after[0]) != nullptr) {
          written = std::string(spelling);
        }
        break;
      }
    }
    add_scalar(
        written.empty() && !frames_.empty() && frames_.back().is_map && frames_.back().has_key
            ? frames_.back().key_position
            : position,
        nlohmann::json(nullptr), written, anchor, written.empty());
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Position position = position_of(mark);
    const auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {
      throw TreeError{position,
                      "alias refers to a node that contains it; recursive "
                      "structures cannot be represented"};
    }
    count_nodes(it->second.second, position);
    const std::string pointer = begin_child(position);
    YamlNodeInfo info = make_info(position);
    tree_.nodes[pointer] = info;
    finish_child(it->second.first, pointer, info);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    const Position position = position_of(mark);
    nlohmann::json json;
    if (tag == "?") {
      std::optional<nlohmann::json> resolved = resolve_plain_scalar(value);
      if (!resolved) {
        diagnostics_.push_back(Diagnostic::error(
            name_, position,
            "integer " + value + " is out of range; write it as a quoted string if it is text"));
        resolved = nlohmann::json(value);
      }
      json = std::move(*resolved);
    } else if (tag == "!" || tag == "tag:yaml.org,2002:str") {
      json = value;
    } else {
      throw TreeError{position, "unsupported YAML tag \"" + tag +
                                    "\"; claims files use plain YAML without tags"};
    }
    if (json.is_number_float() && std::isnan(json.get<double>()) && !expecting_key()) {
      nan_pending_ = true;
    }
    add_scalar(position, std::move(json), value, anchor, false);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    start_container(mark, tag, anchor, false);
  }
  void OnSequenceEnd() override { end_container(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    start_container(mark, tag, anchor, true);
  }
  void OnMapEnd() override { end_container(); }

 private:
  struct Frame {
    nlohmann::json value;
    std::string pointer;
    bool is_map = false;
    YAML::anchor_t anchor = 0;
    std::size_t nodes_at_start = 0;
    // Mapping state: the key whose value comes next, if any.
    bool has_key = false;
    std::string key;
    Position key_position;
    bool key_is_duplicate = false;
    std::map<std::string, Position> keys_seen;
    YamlNodeInfo info;
  };

  bool expecting_key() const {
    return !frames_.empty() && frames_.back().is_map && !frames_.back().has_key;
  }

  void count_nodes(std::size_t count, Position position) {
    node_count_ += count;
    if (node_count_ > kMaxNodes) {
      throw TreeError{position, "too many nodes (more than " + std::to_string(kMaxNodes) +
                                    " after expanding aliases)"};
    }
  }

  YamlNodeInfo make_info(Position position) const {
    YamlNodeInfo info;
    info.position = position;
    info.key_position = position;
    if (!frames_.empty() && frames_.back().is_map && frames_.back().has_key) {
      info.key_position = frames_.back().key_position;
    }
    return info;
  }

  // The JSON pointer the next value will have. Values of duplicate keys get
  // a pointer no lookup can produce, so they never shadow the first value.
  std::string begin_child(Position position) {
    if (frames_.empty()) return "";
    Frame& parent = frames_.back();
    if (!parent.is_map) return parent.pointer + "/" + std::to_string(parent.value.size());
    if (!parent.has_key) {
      throw TreeError{position, "mapping keys must be plain scalars, not lists or mappings"};
    }
    std::string pointer = parent.pointer + "/" + json_pointer_token(parent.key);
    if (parent.key_is_duplicate) pointer += "/\x01" "duplicate" + std::to_string(node_count_);
    return pointer;
  }

  void finish_child(nlohmann::json value, const std::string& pointer, const YamlNodeInfo&) {
    if (nan_pending_) {
      tree_.nan_pointers.push_back(pointer);
      nan_pending_ = false;
    }
    if (frames_.empty()) {
      tree_.root = std::move(value);
      complete_ = true;
      return;
    }
    Frame& parent = frames_.back();
    if (!parent.is_map) {
      parent.value.push_back(std::move(value));
      return;
    }
    if (!parent.key_is_duplicate) parent.value[parent.key] = std::move(value);
    parent.has_key = false;
    parent.key_is_duplicate = false;
  }

  void add_scalar(Position position, nlohmann::json value, const std::string& text,
                  YAML::anchor_t anchor, bool empty) {
    count_nodes(1, position);
    if (expecting_key()) {
      Frame& map = frames_.back();
      if (value.is_null() && empty) {
        throw TreeError{position, "empty mapping key"};
      }
      // Keys are names: "1:" or "true:" name a property "1" or "true".
      std::string key = value.is_string() ? value.get<std::string>() : text;
      map.has_key = true;
      map.key_position = position;
      const auto [seen, inserted] = map.keys_seen.emplace(key, position);
      map.key_is_duplicate = !inserted;
      if (!inserted) {
        diagnostics_.push_back(Diagnostic::error(
            name_, position,
            "duplicate key \"" + key + "\" (first defined on line " +
                std::to_string(seen->second.line) + "); YAML readers keep only one of them"));
      }
      map.key = std::move(key);
      if (anchor != 0) anchors_[anchor] = {nlohmann::json(map.key), 1};
      return;
    }
    const std::string pointer = begin_child(position);
    YamlNodeInfo info = make_info(position);
    info.is_scalar = true;
    info.scalar_text = text;
    tree_.nodes[pointer] = info;
    if (anchor != 0) anchors_[anchor] = {value, 1};
    finish_child(std::move(value), pointer, info);
  }

  void start_container(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       bool is_map) {
    const Position position = position_of(mark);
    if (tag != "?" && tag != "!" && tag != "tag:yaml.org,2002:map" &&
        tag != "tag:yaml.org,2002:seq" && !tag.empty()) {
      throw TreeError{position, "unsupported YAML tag \"" + tag +
                                    "\"; claims files use plain YAML without tags"};
    }
    count_nodes(1, position);
    Frame frame;
    frame.pointer = begin_child(position);
    frame.is_map = is_map;
    frame.value = is_map ? nlohmann::json::object() : nlohmann::json::array();
    frame.anchor = anchor;
    frame.nodes_at_start = node_count_;
    frame.info = make_info(position);
    tree_.nodes[frame.pointer] = frame.info;
    frames_.push_back(std::move(frame));
  }

  void end_container() {
    Frame frame = std::move(frames_.back());
    frames_.pop_back();
    if (frame.anchor != 0) {
      anchors_[frame.anchor] = {frame.value, node_count_ - frame.nodes_at_start + 1};
    }
    finish_child(std::move(frame.value), frame.pointer, frame.info);
  }

  std::string_view text_;
  std::size_t bom_length_;
  const LineIndex& lines_;
  const std::string& name_;
  Diagnostics& diagnostics_;
  YamlTree tree_;
  std::vector<Frame> frames_;
  // Completed anchored nodes with their sizes; an alias to an anchor not
  // yet here refers to an enclosing node.
  std::map<YAML::anchor_t, std::pair<nlohmann::json, std::size_t>> anchors_;
  std::size_t node_count_ = 0;
  bool nan_pending_ = false;
  bool complete_ = false;
};

// yaml-cpp's messages name the grammar rule, not the usual mistake behind it.
std::string syntax_message(const std::string& message, std::string_view text, Position position) {
  if (position.line > 0) {
    const std::size_t newline = text.substr(0, position.offset).find_last_of("\r\n");
    std::size_t i = newline == std::string_view::npos ? 0 : newline + 1;
    bool tab_in_indent = false;
    for (; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i) {
      if (text[i] == '\t') tab_in_indent = true;
    }
    if (tab_in_indent && message.find("tab") == std::string::npos) {
      return message + "; this line is indented with a tab, and YAML allows only spaces";
    }
  }
  if (message == "illegal map value") {
    return message + "; a value containing \": \" must be quoted";
  }
  return message;
}

}  // namespace

YamlParseResult parse_yaml_tree(const std::string& name, std::string_view text) {
  YamlParseResult result;
  const LineIndex lines(text);
  if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
    const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - text.data());
    result.diagnostics.push_back(Diagnostic::error(
        name, lines.position(offset),
        "NUL byte at byte offset " + std::to_string(offset) + "; a claims file is UTF-8 text"));
    return result;
  }
  if (const std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
    result.diagnostics.push_back(
        Diagnostic::error(name, lines.position(bad),
                          "invalid UTF-8 at byte offset " + std::to_string(bad) +
                              "; save the claims file as UTF-8 (e.g. iconv -f latin1 -t utf-8)"));
    return result;
  }
  const std::size_t bom_length = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;

  std::istringstream stream{std::string(text)};
  TreeBuilder builder(text, bom_length, lines, name, result.diagnostics);
  try {
    YAML::Parser parser(stream);
    if (!parser.HandleNextDocument(builder) || !builder.complete()) {
      result.diagnostics.push_back(Diagnostic::error(
          name, Position{0, 1, 1},
          "empty claims file; expected a mapping with schema_version, document and "
          "claims"));
      return result;
    }
    struct IgnoreEvents : YAML::EventHandler {
      YAML::Mark start;
      bool started = false;
      void OnDocumentStart(const YAML::Mark& mark) override {
        if (!started) start = mark;
        started = true;
      }
      void OnDocumentEnd() override {}
      void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
      void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
      void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    const std::string&) override {}
      void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                           YAML::EmitterStyle::value) override {}
      void OnSequenceEnd() override {}
      void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                      YAML::EmitterStyle::value) override {}
      void OnMapEnd() override {}
    } rest;
    if (parser.HandleNextDocument(rest)) {
      result.diagnostics.push_back(
          Diagnostic::error(name, builder.position_of(rest.start),
                            "a second YAML document starts here; a claims file holds exactly one"));
      return result;
    }
  } catch (const TreeError& error) {
    result.diagnostics.push_back(Diagnostic::error(name, error.position, error.message));
    return result;
  } catch (const YAML::Exception& error) {
    const Position position = builder.position_of(error.mark);
    result.diagnostics.push_back(
        Diagnostic::error(name, position, syntax_message(error.msg, text, position)));
    return result;
  }
  result.tree = builder.take_tree();
  return result;
}

}  // namespace claimcheck
