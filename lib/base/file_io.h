// Reading and writing whole files, with the guarantees the CLI promises:
// reads report the path on failure; writes are atomic (a reader, or a crash,
// sees either the old file or the new one, never half of either).
#pragma once

#include <string>
#include <string_view>

namespace claimcheck {

// Reads the whole file. Throws InputError("path: cannot read: <reason>") if the
// file is missing, unreadable or a directory.
std::string read_file(const std::string& path);

// Writes `content` to `path` atomically: a temporary file in the same
// directory, fsync, then rename over the target. An existing file's
// permission bits are kept. A target that is a device or pipe (/dev/null,
// /dev/stdout) is written into, not replaced. Throws InputError naming the
// path on failure (a directory, no permission) and leaves the target untouched.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace claimcheck
