// The `billcode` command line, runnable in-process for tests.
#ifndef BILLCODE_TOOLS_CLI_H_
#define BILLCODE_TOOLS_CLI_H_

#include <iosfwd>
#include <string>
#include <vector>

namespace billcode {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;  // check: error findings
inline constexpr int kExitUsage = 2;     // usage error or unreadable input

// `args` excludes the program name. `today` (YYYY-MM-DD) is the default
// date of service; `default_data` the pack folder used without --data.
struct CliEnvironment {
  std::string today;
  std::string default_data;
};

int RunCli(const std::vector<std::string>& args, const CliEnvironment& env,
           std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace billcode

#endif  // BILLCODE_TOOLS_CLI_H_
