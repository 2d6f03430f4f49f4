// Timing for the benchmarks: wall and CPU rates over repeated runs, and peak
// memory. Header-only; the benchmarks are separate executables.
#pragma once

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <vector>

namespace claimcheck::bench {

// CPU time of this process: unlike wall time it does not count the time
// other processes on a busy machine hold the core.
inline double cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

inline long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // KiB on Linux
}

// MB/s over the runs, best and median, as wall time and as CPU time.
struct Rates {
  double wall_best = 0, wall_median = 0, cpu_best = 0, cpu_median = 0;
};

// Runs `body` `runs` times (at least once) over `mb` megabytes of input.
template <typename Body>
Rates measure_rates(int runs, double mb, Body body) {
  std::vector<double> wall, cpu;
  for (int run = 0; run < std::max(runs, 1); ++run) {
    const double cpu0 = cpu_seconds();
    const auto t0 = std::chrono::steady_clock::now();
    body();
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - t0;
    wall.push_back(mb / std::max(elapsed.count(), 1e-9));
    cpu.push_back(mb / std::max(cpu_seconds() - cpu0, 1e-9));
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  return {wall.back(), wall[wall.size() / 2], cpu.back(), cpu[cpu.size() / 2]};
}

}  // namespace claimcheck::bench
