// Entry point of the native `billcode` program; see cli.h.
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>

#include "cli.h"

namespace {

std::string Today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
  return buffer;
}

// The data folder beside the program: data/ next to it (a bundle),
// ../data (the build tree) or ../share/billcode/data (an installation).
// The first that exists, else the first candidate.
std::string DataBesideProgram(const char* argv0) {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::path program = fs::read_symlink("/proc/self/exe", error);
  if (error) program = fs::absolute(argv0, error);
  const fs::path folder = program.parent_path();
  const fs::path candidates[] = {folder / "data", folder / ".." / "data",
                                 folder / ".." / "share" / "billcode" / "data"};
  for (const fs::path& candidate : candidates) {
    if (fs::is_directory(candidate, error)) {
      return candidate.lexically_normal().string();
    }
  }
  return candidates[0].lexically_normal().string();
}

}  // namespace

int main(int argc, char** argv) {
  billcode::CliEnvironment env;
  env.today = Today();
  const char* data = std::getenv("BILLCODE_DATA");
  env.default_data = data ? data : DataBesideProgram(argv[0]);
  const std::vector<std::string> args(argv + 1, argv + argc);
  return billcode::RunCli(args, env, std::cin, std::cout, std::cerr);
}
