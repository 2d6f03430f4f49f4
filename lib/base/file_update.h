// Read-modify-write of one file that concurrent claimcheck processes and hand
// edits cannot lose.
#pragma once

#include <functional>
#include <string>

namespace claimcheck {

// Calls `modify` with the file's current bytes and writes back what it
// returns, with these guarantees:
// - Serialised: the whole read-modify-write runs under an exclusive advisory
//   lock (flock) on the file's directory, so two claimcheck processes updating
//   the same file run one after the other and neither loses the other's change.
//   A waiting process blocks until the lock is free.
// - Atomic: written with write_file_atomically (same-directory temporary file,
//   fsync, rename; permissions kept), so a crash at any moment leaves the old
//   file or the new one.
// - No silent overwrite of edits that do not take the lock (an editor saving
//   the file): just before writing, the file is read again; if it changed since
//   `modify` saw it, `modify` runs again on the new bytes. After three such
//   rounds it gives up with InputError("... changed on disk while it was being
//   updated ..."), leaving the file as the editor left it.
// If `modify` returns the bytes unchanged, nothing is written. Exceptions from
// `modify` propagate, with the file untouched. Throws InputError naming the
// path if the file cannot be read, locked or written. Returns the bytes written
// (or the unchanged bytes).
std::string update_file_locked(const std::string& path,
                               const std::function<std::string(const std::string&)>& modify);

}  // namespace claimcheck
