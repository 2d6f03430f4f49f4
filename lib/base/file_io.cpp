#include "base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/error.h"

namespace claimcheck {

namespace {
std::string errno_text() { return std::strerror(errno); }

struct FileDescriptor {
  int fd = -1;
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
};
}  // namespace

std::string read_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw InputError(path, "cannot read: is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError(path, "cannot read: " + errno_text());
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    throw InputError(path, "cannot read: " + errno_text());
  }
  return std::move(buffer).str();
}

void write_file_atomically(const std::string& path, std::string_view content) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();

  mode_t mode = 0644;
  struct stat existing {};
  const bool target_exists = ::stat(path.c_str(), &existing) == 0;
  if (target_exists && S_ISDIR(existing.st_mode)) {
    throw InputError(path, "cannot write: is a directory");
  }
  if (target_exists && !S_ISREG(existing.st_mode)) {
    // A device or pipe (/dev/stdout, /dev/null, a FIFO): renaming over it
    // would replace the device node itself, so write into it instead.
    std::ofstream out(path, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) throw InputError(path, "cannot write: " + errno_text());
    return;
  }
  if (target_exists) {
    mode = existing.st_mode & 07777;
  } else {
    // New files get the usual permissions the umask allows, like any editor.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }

  FileDescriptor file;
  file.fd = ::mkstemp(temp.data());
  if (file.fd < 0) {
    throw InputError(path, "cannot write: " + errno_text());
  }
  auto fail = [&](const std::string& what) {
    const std::string reason = what + ": " + errno_text();
    ::unlink(temp.c_str());
    throw InputError(path, "cannot write: " + reason);
  };
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    const ssize_t written = ::write(file.fd, data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      fail("write");
    }
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  if (::fchmod(file.fd, mode) != 0) fail("chmod");
  if (::fsync(file.fd) != 0) fail("fsync");
  if (::close(file.fd) != 0) {
    file.fd = -1;
    fail("close");
  }
  file.fd = -1;
  if (::rename(temp.c_str(), path.c_str()) != 0) fail("rename");
  // Make the rename itself durable.
  FileDescriptor directory;
  directory.fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (directory.fd >= 0) ::fsync(directory.fd);
}

}  // namespace claimcheck
