// YAML text -> JSON value, remembering where every node stands in the file,
// so schema errors (reported against JSON paths) point at file:line:col.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/diagnostic.h"

namespace claimcheck {

// Where one node of the tree was written.
struct YamlNodeInfo {
  // Start of the node. For an empty value ("key:" with nothing after it) this
  // is the key's position, since the value has none of its own.
  Position position;
  // For values in a mapping: the key's position. Otherwise equal to position.
  Position key_position;
  // For scalars: the text as written, without quotes ("1.0", "true", "" for an
  // empty value). Messages quote it, so "version: 1.0" is not shown as "1".
  std::string scalar_text;
  bool is_scalar = false;
};

struct YamlTree {
  nlohmann::json root;
  // Keyed by JSON pointer: "" is the root, "/claims/0/review/verdict".
  std::unordered_map<std::string, YamlNodeInfo> nodes;
  // JSON pointers of numbers written as .nan: JSON Schema cannot reject them
  // (every comparison with NaN is false), so the caller must.
  std::vector<std::string> nan_pointers;

  // The node at `pointer`, or the nearest enclosing node that has a position
  // (values reached through an alias have only the alias's). Never null.
  const YamlNodeInfo& find(std::string_view pointer) const;
};

struct YamlParseResult {
  // Absent when the text is not a single well-formed YAML document whose
  // keys are all scalars; `diagnostics` then says why.
  std::optional<YamlTree> tree;
  // Syntax errors, duplicate mapping keys (the tree keeps the first value),
  // integers too large to represent. All errors.
  Diagnostics diagnostics;
};

// Parses `text` (the contents of the file called `name`, for diagnostics).
// Scalars are typed by the YAML 1.2 core schema (see resolve_plain_scalar);
// quoted and block scalars and `!!str` are strings. Positions are 1-based
// lines and code-point columns of the original text (BOM included in offsets).
// Never throws for bad input: invalid UTF-8, NUL bytes, syntax errors,
// recursive aliases, alias bombs and unsupported tags become diagnostics.
YamlParseResult parse_yaml_tree(const std::string& name, std::string_view text);

// The YAML 1.2 core-schema value of a plain (unquoted) scalar:
//   null, Null, NULL, ~, empty           -> null
//   true, True, TRUE, false, False, FALSE -> boolean
//   [-+]?[0-9]+, 0o[0-7]+, 0x[0-9a-fA-F]+ -> integer
//   [-+]?(.[0-9]+|[0-9]+(.[0-9]*)?)([eE][-+]?[0-9]+)?, [-+]?.inf, .nan (any
//   of the three spellings)               -> number
//   anything else (yes, no, on, off, 2024-05-01, 1_000, 0b1) -> string
// A number with no fractional part (1.0, 1e3) is stored as an integer, as
// JSON Schema counts it as one. Returns nullopt for an integer outside the
// 64-bit range.
std::optional<nlohmann::json> resolve_plain_scalar(std::string_view text);

// Escapes one reference token for a JSON pointer ("~" -> "~0", "/" -> "~1").
std::string json_pointer_token(std::string_view key);

}  // namespace claimcheck
