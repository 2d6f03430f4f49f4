#include "claims/claims_reader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "base/error.h"
#include "claims/yaml_tree.h"

namespace claimcheck {

namespace embedded {
extern const std::string_view claims_schema_yaml;
}  // namespace embedded

namespace {

using nlohmann::json;

// valijson 1.0 applies `format` by first converting the value to a string,
// which throws for a non-empty list or mapping. The schema enforces every
// format it uses with a `pattern` as well, so the validator gets a copy with
// `format` removed; editors and other validators still see it.
void remove_format_keywords(json& schema) {
  if (schema.is_object()) {
    for (auto it = schema.begin(); it != schema.end();) {
      if (it.key() == "format" && it.value().is_string()) {
        it = schema.erase(it);
      } else {
        remove_format_keywords(it.value());
        ++it;
      }
    }
  } else if (schema.is_array()) {
    for (json& element : schema) remove_format_keywords(element);
  }
}

struct EmbeddedSchema {
  json document;
  valijson::Schema validator_schema;
};

const EmbeddedSchema& embedded_schema() {
  static const std::unique_ptr<EmbeddedSchema> schema = [] {
    auto loaded = std::make_unique<EmbeddedSchema>();
    YamlParseResult parsed =
        parse_yaml_tree("schemas/claims.schema.yaml", embedded::claims_schema_yaml);
    if (!parsed.tree || !parsed.diagnostics.empty()) {
      throw std::logic_error("the embedded claims schema is not valid YAML: " +
                             (parsed.diagnostics.empty() ? std::string("no document")
                                                         : to_string(parsed.diagnostics[0])));
    }
    loaded->document = std::move(parsed.tree->root);
    json for_validator = loaded->document;
    remove_format_keywords(for_validator);
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(for_validator);
    parser.populateSchema(adapter, loaded->validator_schema);
    return loaded;
  }();
  return *schema;
}

// --- Paths -----------------------------------------------------------------

// One problem's place: the JSON pointer (for positions), the path a user
// reads ("claims[3].review.confidence"), the offending value and the
// subschema it was checked against (null if the schema has none there).
struct Location {
  std::string pointer;
  std::string display;
  const json* instance = nullptr;
  const json* schema = nullptr;
};

const json* resolve_ref(const json& root_schema, const json* schema) {
  // The schema's own references are local ("#/definitions/claim"); a chain
  // is followed a bounded number of times.
  for (int hops = 0; schema && hops < 8; ++hops) {
    if (!schema->is_object() || !schema->contains("$ref")) return schema;
    const std::string ref = (*schema)["$ref"].get<std::string>();
    if (ref.rfind("#", 0) != 0) return nullptr;
    const json::json_pointer pointer(ref.substr(1));
    schema = root_schema.contains(pointer) ? &root_schema.at(pointer) : nullptr;
  }
  return schema;
}

const json* child_schema(const json& root_schema, const json* schema, const json& instance,
                         const std::string& key) {
  schema = resolve_ref(root_schema, schema);
  if (!schema || !schema->is_object()) return nullptr;
  if (instance.is_array()) {
    return schema->contains("items") ? resolve_ref(root_schema, &(*schema)["items"]) : nullptr;
  }
  if (schema->contains("properties") && (*schema)["properties"].contains(key)) {
    return resolve_ref(root_schema, &(*schema)["properties"][key]);
  }
  return nullptr;
}

void append_step(Location& location, const json& parent, const std::string& key) {
  location.pointer += "/" + json_pointer_token(key);
  if (parent.is_array()) {
    location.display += "[" + key + "]";
  } else {
    location.display += location.display.empty() ? key : "." + key;
  }
}

// Follows valijson's context ("<root>", "[claims]", "[3]", ...). Keys and
// indexes look alike there; the instance tells them apart.
Location locate(const json& root, const json& root_schema,
                const std::vector<std::string>& context) {
  Location location;
  location.instance = &root;
  location.schema = resolve_ref(root_schema, &root_schema);
  for (std::size_t i = 1; i < context.size(); ++i) {
    const std::string& step = context[i];
    const std::string key = step.size() >= 2 && step.front() == '[' && step.back() == ']'
                                ? step.substr(1, step.size() - 2)
                                : step;
    const json& parent = *location.instance;
    const json* child = nullptr;
    if (parent.is_array()) {
      try {
        const std::size_t index = std::stoul(key);
        if (index < parent.size()) child = &parent[index];
      } catch (const std::exception&) {
      }
    } else if (parent.is_object() && parent.contains(key)) {
      child = &parent[key];
    }
    if (!child) break;
    location.schema = child_schema(root_schema, location.schema, parent, key);
    append_step(location, parent, key);
    location.instance = child;
  }
  return location;
}

Location locate_pointer(const json& root, const json& root_schema, const std::string& pointer) {
  std::vector<std::string> context{"<root>"};
  std::size_t start = 1;
  while (start <= pointer.size() && !pointer.empty()) {
    const std::size_t slash = pointer.find('/', start);
    std::string token =
        pointer.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    // Unescape "~1" then "~0", as RFC 6901 requires.
    for (std::size_t at; (at = token.find("~1")) != std::string::npos;) token.replace(at, 2, "/");
    for (std::size_t at; (at = token.find("~0")) != std::string::npos;) token.replace(at, 2, "~");
    context.push_back("[" + token + "]");
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return locate(root, root_schema, context);
}

std::string subject(const std::string& display) {
  return display.empty() ? std::string("top level") : display;
}

// --- Describing values and expectations ---------------------------------------

std::string quoted(const std::string& text) {
  constexpr std::size_t kMaxShown = 60;
  std::string shown = text.size() > kMaxShown ? text.substr(0, kMaxShown) + "..." : text;
  return json(shown).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string number_text(const json& value, const YamlNodeInfo& info) {
  if (info.is_scalar && !info.scalar_text.empty()) return info.scalar_text;
  return value.dump();
}

std::string describe_value(const json& value, const YamlNodeInfo& info) {
  switch (value.type()) {
    case json::value_t::null:
      return info.scalar_text.empty() ? "an empty value" : "null";
    case json::value_t::boolean:
      return "boolean " + (info.is_scalar ? info.scalar_text : value.dump());
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return "number " + number_text(value, info);
    case json::value_t::string:
      return "string " + quoted(value.get<std::string>());
    case json::value_t::array:
      return "a list";
    case json::value_t::object:
      return "a mapping";
    default:
      return "a value";
  }
}

std::string describe_type(const std::string& type) {
  if (type == "string") return "a string";
  if (type == "integer") return "an integer";
  if (type == "number") return "a number";
  if (type == "boolean") return "true or false";
  if (type == "array") return "a list";
  if (type == "object") return "a mapping";
  return type;
}

std::string expected_type(const json& schema) {
  if (!schema.contains("type")) return "a different type";
  const json& type = schema["type"];
  if (type.is_string()) return describe_type(type.get<std::string>());
  std::string out;
  for (const json& each : type) {
    if (!out.empty()) out += " or ";
    out += describe_type(each.get<std::string>());
  }
  return out;
}

std::string enum_list(const json& values) {
  std::string out;
  for (const json& value : values) {
    if (!out.empty()) out += ", ";
    out += value.dump();
  }
  return out;
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                        std::tolower(static_cast<unsigned char>(b[j - 1]));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The candidate a typo most likely meant: "verdit" -> "verdict",
// "mostly true" -> "mostly-true", "Supports" -> "supports".
std::optional<std::string> closest(const std::string& written,
                                   const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  std::size_t best_distance = std::max<std::size_t>(2, written.size() / 4) + 1;
  for (const std::string& candidate : candidates) {
    const std::size_t distance = edit_distance(written, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::vector<std::string> string_values(const json& values) {
  std::vector<std::string> out;
  for (const json& value : values) {
    if (value.is_string()) out.push_back(value.get<std::string>());
  }
  return out;
}

bool allows_string(const json& schema) {
  if (!schema.contains("type")) return true;
  const json& type = schema["type"];
  if (type.is_string()) return type == "string";
  return std::find(type.begin(), type.end(), json("string")) != type.end();
}

// YAML typed a scalar the user meant as text ("true", 1.0): suggest quoting
// when the quoted text would be accepted.
std::string quote_hint(const json& value, const YamlNodeInfo& info, const json& schema) {
  if (!info.is_scalar || value.is_string() || info.scalar_text.empty()) return "";
  if (!allows_string(schema)) return "";
  if (!schema.contains("enum")) return "; quote it: \"" + info.scalar_text + "\"";
  // "False" is a boolean too, but the vocabulary is lower-case.
  std::string lower = info.scalar_text;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const std::vector<std::string> allowed = string_values(schema["enum"]);
  for (const std::string& candidate : {info.scalar_text, lower}) {
    if (std::find(allowed.begin(), allowed.end(), candidate) != allowed.end()) {
      return "; quote it: \"" + candidate + "\"";
    }
  }
  return "";
}

std::string format_limit(const json& limit) { return limit.dump(); }

// --- Turning valijson's errors into one clear line per problem ------------------

struct Problem {
  Position position;
  std::string message;
};

class ProblemCollector {
 public:
  ProblemCollector(const YamlTree& tree, const json& root_schema)
      : tree_(tree), root_schema_(root_schema) {}

  void add(const std::vector<std::string>& context, const std::string& description) {
    const Location location = locate(tree_.root, root_schema_, context);
    errors_[location.pointer].push_back(description);
    locations_.emplace(location.pointer, location);
  }

  std::vector<Problem> problems() {
    std::vector<Problem> out;
    for (const auto& [pointer, descriptions] : errors_) {
      explain(locations_.at(pointer), descriptions, out);
    }
    return out;
  }

 private:
  static bool starts_with(const std::string& text, std::string_view prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
  }

  void explain(const Location& where, const std::vector<std::string>& descriptions,
               std::vector<Problem>& out) {
    const json& value = *where.instance;
    const json empty_schema = json::object();
    const json& schema = where.schema ? *where.schema : empty_schema;
    const YamlNodeInfo& info = tree_.find(where.pointer);
    const std::string path = subject(where.display);
    auto emit = [&](std::string message) { out.push_back({info.position, std::move(message)}); };

    // A value of the wrong type fails its enum, pattern and range too; the
    // type error explains all of them.
    const bool type_error = std::any_of(descriptions.begin(), descriptions.end(), [](auto& d) {
      return starts_with(d, "Value type not permitted");
    });
    if (type_error) {
      const std::string expected =
          schema.contains("enum") ? "one of " + enum_list(schema["enum"]) : expected_type(schema);
      emit(path + ": expected " + expected + " \u2014 got " + describe_value(value, info) +
           quote_hint(value, info, schema));
      return;
    }
    std::set<std::string> said;
    for (const std::string& description : descriptions) {
      std::string message;
      if (starts_with(description, "Failed to match against any enum values")) {
        const json values = schema.value("enum", json::array());
        message = path + ": expected one of " + enum_list(values) + " \u2014 got " +
                  describe_value(value, info) + quote_hint(value, info, schema);
        if (value.is_string()) {
          if (auto guess = closest(value.get<std::string>(), string_values(values))) {
            message += "; did you mean \"" + *guess + "\"?";
          }
        }
      } else if (starts_with(description, "Failed to match expected value set by 'const'")) {
        message = path + ": expected " + schema.value("const", json()).dump() + " \u2014 got " +
                  describe_value(value, info);
      } else if (starts_with(description, "Expected number less than")) {
        const json maximum = schema.value("maximum", json());
        message = path + ": " + number_text(value, info) + " is greater than the maximum " +
                  format_limit(maximum);
        if (maximum == json(1) && value.is_number() && value.get<double>() <= 100) {
          message += "; write a fraction (0.9), not a percentage (90)";
        }
      } else if (starts_with(description, "Expected number greater than")) {
        message = path + ": " + number_text(value, info) + " is less than the minimum " +
                  format_limit(schema.value("minimum", json()));
      } else if (starts_with(description, "Failed to match regex")) {
        const std::string format = schema.value("format", "");
        const std::string shown = describe_value(value, info);
        if (format == "date") {
          message =
              path + ": " + shown + " is not a date; expected YYYY-MM-DD, e.g. \"2026-11-27\"";
        } else if (format == "date-time") {
          message = path + ": " + shown +
                    " is not a UTC date and time; expected e.g. \"2026-11-27T07:00:00Z\"";
        } else {
          message = path + ": " + shown + " does not match the pattern " +
                    schema.value("pattern", std::string("?"));
        }
      } else if (starts_with(description, "String should be no fewer than")) {
        const std::size_t minimum = schema.value("minLength", 1);
        message = minimum <= 1
                      ? path + ": must not be empty"
                      : path + ": must be at least " + std::to_string(minimum) + " characters long";
      } else if (starts_with(description, "Missing required property '")) {
        const std::string property = description.substr(27, description.rfind('\'') - 27);
        message = where.display.empty() ? "missing required top-level property \"" + property + "\""
                                        : path + ": missing required property \"" + property + "\"";
      } else if (starts_with(description, "Object contains a property that could not be")) {
        // valijson names only the first unknown key; every one is reported,
        // each at its own line.
        unknown_properties(where, schema, out);
        continue;
      } else if (starts_with(description, "Array should contain no fewer than") ||
                 starts_with(description, "Array should contain no more than")) {
        const bool too_few = starts_with(description, "Array should contain no fewer than");
        const std::size_t limit = schema.value(too_few ? "minItems" : "maxItems", 0);
        const std::size_t other = schema.value(too_few ? "maxItems" : "minItems", 0);
        const std::string items = std::to_string(limit) + (limit == 1 ? " item" : " items");
        message = path + ": expected " +
                  (limit == other ? "exactly " : too_few ? "at least " : "at most ") + items +
                  " \u2014 got " + std::to_string(value.is_array() ? value.size() : 0);
      } else if (starts_with(description, "Elements at indexes")) {
        message = path + ": lists the same value twice; each entry may appear once";
      } else {
        message = path + ": " + description;
      }
      if (said.insert(message).second) emit(std::move(message));
    }
  }

  void unknown_properties(const Location& where, const json& schema, std::vector<Problem>& out) {
    if (!where.instance->is_object()) return;
    const json properties = schema.value("properties", json::object());
    std::vector<std::string> allowed;
    for (const auto& [name, unused] : properties.items()) allowed.push_back(name);
    for (const auto& [key, unused] : where.instance->items()) {
      if (properties.contains(key)) continue;
      std::string message = subject(where.display) + ": unknown property \"" + key + "\"";
      if (auto guess = closest(key, allowed)) {
        message += "; did you mean \"" + *guess + "\"?";
      } else if (auto parent = owner_below(properties, key)) {
        message += "; it belongs inside \"" + *parent + ":\"";
      } else {
        std::string list;
        for (const std::string& name : allowed) list += (list.empty() ? "" : ", ") + name;
        message += "; allowed here: " + list;
      }
      const YamlNodeInfo& info = tree_.find(where.pointer + "/" + json_pointer_token(key));
      out.push_back({info.key_position, std::move(message)});
    }
  }

  // Which property of this object has `key` among its own properties, e.g.
  // a claim's "verdict" belongs in its "review".
  std::optional<std::string> owner_below(const json& properties, const std::string& key) {
    for (const auto& [name, subschema] : properties.items()) {
      const json* resolved = resolve_ref(root_schema_, &subschema);
      if (resolved && resolved->contains("properties") && (*resolved)["properties"].contains(key)) {
        return name;
      }
    }
    return std::nullopt;
  }

  const YamlTree& tree_;
  const json& root_schema_;
  std::map<std::string, std::vector<std::string>> errors_;
  std::map<std::string, Location> locations_;
};

// --- Checks a schema cannot express ------------------------------------------

// Each span's end is not before its start, and each span starts at or after
// the previous one's end (ordered, disjoint; touching is fine). Spans of the
// wrong shape are the schema's to report.
void check_source_spans(const YamlTree& tree, const json& claim, const std::string& base,
                        const std::string& display, std::vector<Problem>& problems) {
  const auto spans = claim.find("source_spans");
  if (spans == claim.end() || !spans->is_array()) return;
  const auto bound = [](const json& span, std::size_t i) -> std::optional<std::int64_t> {
    if (!span.is_array() || span.size() != 2 || !span[i].is_number_integer()) return std::nullopt;
    return span[i].get<std::int64_t>();
  };
  bool after_a_span = false;  // previous_end is meaningful
  std::int64_t previous_end = 0;
  for (std::size_t k = 0; k < spans->size(); ++k) {
    const json& span = (*spans)[k];
    const std::optional<std::int64_t> start = bound(span, 0);
    const std::optional<std::int64_t> end = bound(span, 1);
    if (!start || !end) {
      after_a_span = false;
      continue;
    }
    const std::string where = base + "/source_spans/" + std::to_string(k);
    const std::string name = display + ".source_spans[" + std::to_string(k) + "]";
    if (*end < *start) {
      problems.push_back({tree.find(where).position,
                          name + ": end " + std::to_string(*end) + " is before start " +
                              std::to_string(*start) +
                              "; a span [start, end) must have start <= end"});
    } else if (after_a_span && *start < previous_end) {
      problems.push_back({tree.find(where).position,
                          name + ": starts at " + std::to_string(*start) +
                              ", inside or before the previous span (which ends at " +
                              std::to_string(previous_end) +
                              "); spans must be in document order and must not overlap"});
    }
    previous_end = after_a_span ? std::max(*end, previous_end) : *end;
    after_a_span = true;
  }
}

void check_beyond_schema(const YamlTree& tree, const json& root_schema,
                         std::vector<Problem>& problems) {
  for (const std::string& pointer : tree.nan_pointers) {
    const Location location = locate_pointer(tree.root, root_schema, pointer);
    problems.push_back({tree.find(pointer).position,
                        subject(location.display) + ": .nan is not a number; expected a number" +
                            (location.schema && location.schema->contains("maximum")
                                 ? " from " + location.schema->value("minimum", json(0)).dump() +
                                       " to " + (*location.schema)["maximum"].dump()
                                 : std::string())});
  }

  // Ids must be unique among current claims; an orphaned claim may share an
  // id with one (its text is gone, so a new claim can hash the same way).
  for (const char* list : {"claims", "orphaned"}) {
    const auto found = tree.root.find(list);
    if (found == tree.root.end() || !found->is_array()) continue;
    std::unordered_map<std::string, Position> first_use;
    for (std::size_t i = 0; i < found->size(); ++i) {
      const json& claim = (*found)[i];
      if (!claim.is_object()) continue;
      const std::string base = std::string("/") + list + "/" + std::to_string(i);
      const std::string display = std::string(list) + "[" + std::to_string(i) + "]";
      const auto start = claim.find("start");
      const auto end = claim.find("end");
      if (start != claim.end() && end != claim.end() && start->is_number_integer() &&
          end->is_number_integer() && start->get<std::int64_t>() > end->get<std::int64_t>()) {
        problems.push_back({tree.find(base + "/start").position,
                            display + ".start: " + start->dump() + " is after end " +
                                end->dump() + "; a claim's span must have start <= end"});
      }
      check_source_spans(tree, claim, base, display, problems);
      const auto id = claim.find("id");
      if (id == claim.end() || !id->is_string()) continue;
      const Position here = tree.find(base + "/id").position;
      const auto [first, inserted] = first_use.emplace(id->get<std::string>(), here);
      if (!inserted) {
        problems.push_back({here, display + ".id: duplicate claim id " + id->dump() +
                                      " (first used on line " +
                                      std::to_string(first->second.line) + ")"});
      }
    }
  }
}

std::optional<YamlTree> validate_into(const std::string& name, std::string_view text,
                                      Diagnostics& diagnostics) {
  YamlParseResult parsed = parse_yaml_tree(name, text);
  diagnostics = std::move(parsed.diagnostics);
  if (!parsed.tree) return std::nullopt;
  const YamlTree& tree = *parsed.tree;

  if (tree.root.is_null()) {
    diagnostics.push_back(
        Diagnostic::error(name, Position{0, 1, 1},
                          "empty claims file; expected a mapping with schema_version, document and "
                          "claims"));
    return std::nullopt;
  }
  if (!tree.root.is_object()) {
    diagnostics.push_back(Diagnostic::error(
        name, tree.find("").position,
        "the top level must be a mapping with schema_version, document and claims \u2014 got " +
            describe_value(tree.root, tree.find(""))));
    return std::nullopt;
  }

  const EmbeddedSchema& schema = embedded_schema();
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  const valijson::adapters::NlohmannJsonAdapter target(tree.root);
  std::vector<Problem> problems;
  if (!validator.validate(schema.validator_schema, target, &results)) {
    ProblemCollector collector(tree, schema.document);
    std::size_t leaves = 0;
    for (const auto& error : results) {
      // "Failed to validate item #3" and its kind wrap a more specific
      // error reported for the same value deeper down.
      if (error.description.rfind("Failed to validate", 0) == 0) continue;
      collector.add(error.context, error.description);
      ++leaves;
    }
    if (leaves == 0) {
      for (const auto& error : results) collector.add(error.context, error.description);
    }
    problems = collector.problems();
  }
  check_beyond_schema(tree, schema.document, problems);
  for (Problem& problem : problems) {
    diagnostics.push_back(Diagnostic::error(name, problem.position, std::move(problem.message)));
  }

  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const auto& a, const auto& b) {
    return std::tie(a.position.line, a.position.offset) <
           std::tie(b.position.line, b.position.offset);
  });
  diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end(),
                                [](const auto& a, const auto& b) {
                                  return a.position.offset == b.position.offset &&
                                         a.position.line == b.position.line &&
                                         a.message == b.message;
                                }),
                    diagnostics.end());
  return std::move(parsed.tree);
}

// --- Building the model from a valid tree -------------------------------------

std::string optional_string(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Source build_source(const json& object) {
  Source source;
  source.url = object.at("url").get<std::string>();
  source.title = optional_string(object, "title");
  source.publisher = optional_string(object, "publisher");
  source.accessed = optional_string(object, "accessed");
  source.quote = optional_string(object, "quote");
  if (object.contains("stance")) source.stance = parse_stance(object["stance"].get<std::string>());
  return source;
}

Review build_review(const json& object) {
  Review review;
  if (object.contains("verdict")) {
    review.verdict = parse_verdict(object["verdict"].get<std::string>());
  }
  if (object.contains("confidence")) review.confidence = object["confidence"].get<double>();
  if (object.contains("sources")) {
    for (const json& source : object["sources"]) review.sources.push_back(build_source(source));
  }
  review.reviewer = optional_string(object, "reviewer");
  review.reviewed = optional_string(object, "reviewed");
  review.note = optional_string(object, "note");
  return review;
}

Claim build_claim(const json& object) {
  Claim claim;
  claim.id = object.at("id").get<std::string>();
  claim.text = object.at("text").get<std::string>();
  claim.quote = object.at("quote").get<std::string>();
  claim.start = object.at("start").get<std::size_t>();
  claim.end = object.at("end").get<std::size_t>();
  claim.line = object.at("line").get<std::size_t>();
  claim.column = object.at("column").get<std::size_t>();
  claim.section = optional_string(object, "section");
  claim.checkworthy = object.at("checkworthy").get<bool>();
  claim.score = object.at("score").get<double>();
  for (const json& signal : object.at("signals"))
    claim.signals.push_back(signal.get<std::string>());
  if (object.contains("citations")) {
    for (const json& citation : object["citations"])
      claim.citations.push_back({citation.at("url").get<std::string>(),
                                 optional_string(citation, "text")});
  }
  claim.quoted = object.value("quoted", false);
  if (object.contains("attribution")) {
    const json& attribution = object["attribution"];
    claim.attribution = Claim::Attribution{attribution.at("who").get<std::string>(),
                                           attribution.value("vague", false)};
  }
  if (object.contains("hedges")) {
    for (const json& hedge : object["hedges"]) claim.hedges.push_back(hedge.get<std::string>());
  }
  if (object.contains("ambiguous")) {
    for (const json& word : object["ambiguous"]) claim.ambiguous.push_back(word.get<std::string>());
  }
  if (object.contains("source_spans")) {
    for (const json& span : object["source_spans"]) {
      claim.source_spans.push_back({span.at(0).get<std::size_t>(), span.at(1).get<std::size_t>()});
    }
  }
  if (object.contains("stale")) {
    claim.stale = Claim::Stale{object["stale"].at("previous_text").get<std::string>(),
                               object["stale"].at("detected").get<std::string>()};
  }
  if (object.contains("review")) claim.review = build_review(object["review"]);
  return claim;
}

// The lines of the block whose key starts at `key_offset`: the key's line and
// every following line indented deeper than the key, blank lines between
// them included, each with its line break. A block ends at the first
// non-blank line indented no deeper than its key (a sibling key, the next
// list item, or a comment at that level).
std::string block_source(std::string_view text, std::size_t key_offset) {
  const std::size_t line_start = text.rfind('\n', key_offset == 0 ? 0 : key_offset - 1);
  const std::size_t first = line_start == std::string_view::npos || key_offset == 0
                                ? 0
                                : line_start + 1;
  const std::size_t key_indent = key_offset - first;
  auto line_end = [&](std::size_t from) {
    const std::size_t newline = text.find('\n', from);
    return newline == std::string_view::npos ? text.size() : newline + 1;
  };
  std::size_t end = line_end(first);
  for (std::size_t at = end; at < text.size();) {
    const std::size_t next = line_end(at);
    const std::string_view line = text.substr(at, next - at);
    const std::size_t indent = line.find_first_not_of(' ');
    const bool blank = indent == std::string_view::npos ||
                       line.find_first_not_of(" \t\r\n") == std::string_view::npos;
    if (!blank) {
      if (indent <= key_indent) break;
      end = next;
    }
    at = next;
  }
  return std::string(text.substr(first, end - first));
}

std::vector<Claim> build_claims(const YamlTree& tree, std::string_view text, const char* list) {
  std::vector<Claim> claims;
  const auto found = tree.root.find(list);
  if (found == tree.root.end()) return claims;
  claims.reserve(found->size());
  for (std::size_t i = 0; i < found->size(); ++i) {
    const std::string pointer = std::string("/") + list + "/" + std::to_string(i);
    Claim claim = build_claim((*found)[i]);
    claim.file_position = tree.find(pointer).position;
    if (claim.review) {
      claim.review_source = block_source(text, tree.find(pointer + "/review").key_position.offset);
    }
    claims.push_back(std::move(claim));
  }
  return claims;
}

}  // namespace

const nlohmann::json& claims_schema() { return embedded_schema().document; }

Diagnostics validate_claims_text(const std::string& name, std::string_view text) {
  Diagnostics diagnostics;
  validate_into(name, text, diagnostics);
  return diagnostics;
}

ClaimsFile read_claims_file(const std::string& name, std::string_view text) {
  Diagnostics diagnostics;
  const std::optional<YamlTree> tree = validate_into(name, text, diagnostics);
  if (has_errors(diagnostics) || !tree) throw InputError(std::move(diagnostics));

  const json& root = tree->root;
  ClaimsFile file;
  file.schema_version = root.at("schema_version").get<int>();
  const json& document = root.at("document");
  file.document.path = document.at("path").get<std::string>();
  file.document.sha256 = document.at("sha256").get<std::string>();
  file.document.format = document.at("format").get<std::string>();
  file.document.extractor_name = document.at("extractor").at("name").get<std::string>();
  file.document.extractor_version = document.at("extractor").at("version").get<std::string>();
  file.document.extracted = document.at("extracted").get<std::string>();
  file.document.sha256_position = tree->find("/document/sha256").position;

  file.claims = build_claims(*tree, text, "claims");
  file.orphaned = build_claims(*tree, text, "orphaned");
  return file;
}

}  // namespace claimcheck
