// billcode data: the tables a data folder or pack holds, with the dates of
// service each edition governs.
#include <iostream>

#include "billcode/json/json_output.h"
#include "cli_support.h"

namespace billcode {

int RunData(const std::vector<std::string>& args, const CliEnvironment& env,
            std::ostream& out, std::ostream& err) {
  const Arguments parsed = ParseArguments(args, 1, {"data"});
  if (!parsed.error.empty()) return Fail(err, parsed.error);
  if (!parsed.positional.empty()) {
    return Fail(err, "unexpected argument " + parsed.positional.front());
  }
  DataSet data;
  const std::string error = LoadDefaultOrGivenData(parsed, env, err, &data);
  if (!error.empty()) return Fail(err, error);
  out << VersionsJson(data) << "\n";
  return kExitOk;
}

}  // namespace billcode
