// Entry point of the native `billcode` program; see cli.h.
#include <cstdlib>
#include <ctime>
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

}  // namespace

int main(int argc, char** argv) {
  billcode::CliEnvironment env;
  env.today = Today();
  const char* data = std::getenv("BILLCODE_DATA");
  env.default_data = data ? data : BILLCODE_DEFAULT_DATA_DIR;
  const std::vector<std::string> args(argv + 1, argv + argc);
  return billcode::RunCli(args, env, std::cin, std::cout, std::cerr);
}
