#include "report/formatter.h"

#include "report/json_formatter.h"
#include "report/text_formatter.h"

namespace claimcheck {

std::unique_ptr<Formatter> make_formatter(std::string_view name) {
  if (name == "text") return std::make_unique<TextFormatter>();
  if (name == "json") return std::make_unique<JsonFormatter>();
  return nullptr;
}

const std::vector<std::string>& formatter_names() {
  static const std::vector<std::string> names = {"text", "json"};
  return names;
}

}  // namespace claimcheck
