#include "base/file_update.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "base/error.h"
#include "base/file_io.h"

namespace claimcheck {

namespace {

// The lock is taken on the directory that holds the file, not on the file:
// write_file_atomically replaces the file's inode by rename, so a process
// waiting for a lock on the old inode would wake up holding a lock on a file
// nobody reads any more, and both writers would proceed. The directory
// survives every rename. A sidecar lock file would work too, but it would
// show up in `git status` beside every claims file; the directory lock leaves
// nothing behind. Its cost, that writers of different files in one directory
// also take turns, is a few milliseconds per write.
class DirectoryLock {
 public:
  explicit DirectoryLock(const std::string& path) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    fd_ = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd_ < 0) {
      throw InputError(path, "cannot lock its directory: " + std::string(std::strerror(errno)));
    }
    while (::flock(fd_, LOCK_EX) != 0) {
      if (errno == EINTR) continue;
      const std::string reason = std::strerror(errno);
      ::close(fd_);
      throw InputError(path, "cannot lock its directory: " + reason);
    }
  }
  ~DirectoryLock() { ::close(fd_); }  // closing the last descriptor releases the lock
  DirectoryLock(const DirectoryLock&) = delete;
  DirectoryLock& operator=(const DirectoryLock&) = delete;

 private:
  int fd_ = -1;
};

constexpr int kMaxRounds = 3;

}  // namespace

std::string update_file_locked(const std::string& path,
                               const std::function<std::string(const std::string&)>& modify) {
  const DirectoryLock lock(path);
  std::string current = read_file(path);
  for (int round = 0; round < kMaxRounds; ++round) {
    const std::string updated = modify(current);
    if (updated == current) return current;
    // Everything that writes through claimcheck waits for the lock, so a
    // difference here is an edit made outside it. Re-applying the change to
    // the edited bytes keeps both. A save landing between this read and the
    // rename below is not caught: the window is the time of one write.
    std::string on_disk = read_file(path);
    if (on_disk == current) {
      write_file_atomically(path, updated);
      return updated;
    }
    current = std::move(on_disk);
  }
  throw InputError(path,
                   "changed on disk while it was being updated (is an editor saving it?); "
                   "nothing was written. Try again");
}

}  // namespace claimcheck
