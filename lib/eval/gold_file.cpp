#include "eval/gold_file.h"

#include <yaml-cpp/yaml.h>

#include <array>

#include "base/error.h"
#include "base/suggestions.h"
#include "text/line_index.h"
#include "text/source_text.h"

namespace claimcheck::eval {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

class GoldParser {
 public:
  GoldParser(const std::string& name, const std::string& text)
      : name_(name),
        lines_(text),
        bom_length_(std::string_view(text).starts_with(kBom) ? kBom.size() : 0) {}

  // yaml-cpp marks are 0-based and count bytes after a BOM it skipped; the
  // line index gives the 1-based, code-point columns every message uses.
  Position position_of(const YAML::Mark& mark) const {
    if (mark.pos < 0) return {};
    return lines_.position(static_cast<std::size_t>(mark.pos) + bom_length_);
  }

  void error(const YAML::Mark& mark, std::string message) {
    diagnostics_.push_back(Diagnostic::error(name_, position_of(mark), std::move(message)));
  }

  std::vector<std::string> string_list(const YAML::Node& value, const std::string& key) {
    std::vector<std::string> items;
    if (value.IsNull()) return items;  // "claims:" with nothing after it
    if (!value.IsSequence()) {
      error(value.Mark(), "'" + key + "' must be a list of strings");
      return items;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
      const YAML::Node item = value[i];
      if (!item.IsScalar()) {
        error(item.Mark(), key + "[" + std::to_string(i) + "] must be a string");
        continue;
      }
      items.push_back(item.Scalar());
    }
    return items;
  }

  GoldFile parse(const std::string& text) {
    GoldFile gold;
    YAML::Node root;
    try {
      root = YAML::Load(text);
    } catch (const YAML::Exception& e) {
      error(e.mark, "invalid YAML: " + e.msg);
      throw InputError(std::move(diagnostics_));
    }
    if (!root.IsMap()) {
      diagnostics_.push_back(Diagnostic::error(
          name_, root.IsDefined() && !root.IsNull() ? position_of(root.Mark()) : Position{},
          "a gold file is a mapping with 'document', 'headings', 'sentences', 'claims', "
          "'not_checkworthy' and 'vague_attribution'"));
      throw InputError(std::move(diagnostics_));
    }
    static const std::vector<std::string> kKeys = {
        "document", "headings", "sentences", "claims", "not_checkworthy", "vague_attribution"};
    bool has_document = false;
    for (const auto& entry : root) {
      const YAML::Node key_node = entry.first;
      const std::string key = key_node.IsScalar() ? key_node.Scalar() : std::string();
      const YAML::Node value = entry.second;
      if (key == "document") {
        has_document = true;
        if (!value.IsScalar() || value.Scalar().empty()) {
          error(value.IsNull() ? key_node.Mark() : value.Mark(),
                "'document' must be the document's path, relative to the gold file");
        } else {
          gold.document = value.Scalar();
          gold.document_position = position_of(value.Mark());
        }
      } else if (key == "headings") {
        gold.headings = string_list(value, key);
      } else if (key == "sentences") {
        gold.sentences = string_list(value, key);
      } else if (key == "claims") {
        gold.claims = string_list(value, key);
      } else if (key == "not_checkworthy") {
        gold.not_checkworthy = string_list(value, key);
      } else if (key == "vague_attribution") {
        gold.vague_attribution = string_list(value, key);
      } else {
        const std::vector<std::string> close = closest_matches(key, kKeys, 1);
        error(key_node.Mark(), "unknown key '" + key + "'" +
                                   (close.empty() ? "" : "; did you mean '" + close.front() + "'?"));
      }
    }
    if (!has_document) {
      error(root.Mark(), "missing 'document': the path of the document this gold file describes");
    }
    if (!diagnostics_.empty()) throw InputError(std::move(diagnostics_));
    return gold;
  }

 private:
  const std::string& name_;
  LineIndex lines_;
  std::size_t bom_length_;
  Diagnostics diagnostics_;
};

}  // namespace

GoldFile parse_gold_file(const std::string& name, const std::string& text) {
  // yaml-cpp would report invalid UTF-8 vaguely, or not at all.
  if (const std::size_t bad = find_invalid_utf8(text); bad != std::string::npos) {
    throw InputError(name, LineIndex(text).position(bad),
                     "invalid UTF-8 at byte offset " + std::to_string(bad) +
                         "; a gold file is UTF-8 YAML");
  }
  if (text.find('\0') != std::string::npos) {
    const std::size_t nul = text.find('\0');
    throw InputError(name, LineIndex(text).position(nul), "binary data: NUL byte; a gold file is UTF-8 YAML");
  }
  return GoldParser(name, text).parse(text);
}

}  // namespace claimcheck::eval
