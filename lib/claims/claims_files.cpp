#include "claims/claims_files.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "base/error.h"

namespace claimcheck {

namespace fs = std::filesystem;

namespace {
bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}
}  // namespace

std::vector<std::string> find_claims_files(const std::vector<std::string>& paths) {
  std::vector<std::string> result;
  std::set<std::string> seen;
  for (const std::string& argument : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(argument, ec);
    if (ec || !fs::exists(status)) {
      throw InputError(argument, "no such file or directory");
    }
    if (!fs::is_directory(status)) {
      const std::string normal = fs::path(argument).lexically_normal().string();
      if (seen.insert(normal).second) result.push_back(normal);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(argument, fs::directory_options::skip_permission_denied, ec);
    if (ec) throw InputError(argument, "cannot read directory: " + ec.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) throw InputError(argument, "cannot read directory: " + ec.message());
      const fs::path& path = it->path();
      if (it->is_directory(ec) && is_hidden(path)) {
        it.disable_recursion_pending();
        continue;
      }
      const std::string name = path.filename().string();
      if (name.size() > std::string(kClaimsFileSuffix).size() && name.ends_with(kClaimsFileSuffix) &&
          it->is_regular_file(ec)) {
        found.push_back(path.lexically_normal().string());
      }
    }
    std::sort(found.begin(), found.end());
    for (std::string& path : found) {
      if (seen.insert(path).second) result.push_back(std::move(path));
    }
  }
  return result;
}

std::string claims_path_for_document(const std::string& document_path) {
  fs::path path(document_path);
  path.replace_extension();
  return path.string() + kClaimsFileSuffix;
}

std::string document_path_for_claims(const std::string& claims_path,
                                     const std::string& document_path) {
  return (fs::path(claims_path).parent_path() / document_path).lexically_normal().string();
}

}  // namespace claimcheck
