// Helpers shared by the benchmark programs (tools/bench_*.cc): reading a
// whole file and the process's memory figures from /proc.
#ifndef BILLCODE_TOOLS_BENCH_SUPPORT_H_
#define BILLCODE_TOOLS_BENCH_SUPPORT_H_

#include <fstream>
#include <string>

namespace billcode::bench {

// The whole file, read in place (no second copy); "" when unreadable.
inline std::string ReadFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary | std::ios::ate);
  if (!file) return "";
  std::string bytes(static_cast<size_t>(file.tellg()), '\0');
  file.seekg(0);
  file.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return bytes;
}

// A "Vm...:" field of /proc/self/status in KB ("VmRSS:", "VmHWM:" for the
// peak); 0 where there is no /proc.
inline long StatusKb(const char* field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  const std::string name(field);
  while (std::getline(status, line)) {
    if (line.rfind(name, 0) == 0) return std::stol(line.substr(name.size()));
  }
  return 0;
}

}  // namespace billcode::bench

#endif  // BILLCODE_TOOLS_BENCH_SUPPORT_H_
