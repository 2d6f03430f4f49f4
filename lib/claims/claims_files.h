// Locating claims files on disk.
#pragma once

#include <string>
#include <vector>

namespace claimcheck {

inline constexpr const char* kClaimsFileSuffix = ".claims.yaml";

// Expands `paths` into the claims files to process: a file is taken as it is
// (whatever its name); a directory is searched recursively for files ending
// in ".claims.yaml", skipping hidden directories (".git"). Results are
// lexically normalised ("./a/b" -> "a/b"), sorted within each directory
// argument and free of duplicates. Throws InputError for a path that does
// not exist.
std::vector<std::string> find_claims_files(const std::vector<std::string>& paths);

// "articles/budget.txt" -> "articles/budget.claims.yaml".
std::string claims_path_for_document(const std::string& document_path);

// The document a claims file describes, as a path usable from the current
// directory: the claims file's directory joined with `document_path`
// (which the claims file records relative to itself).
std::string document_path_for_claims(const std::string& claims_path,
                                     const std::string& document_path);

}  // namespace claimcheck
