// Helpers shared by the `billcode` commands (tools/cli_*.cc).
#ifndef BILLCODE_TOOLS_CLI_SUPPORT_H_
#define BILLCODE_TOOLS_CLI_SUPPORT_H_

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "billcode/tables/data_set.h"
#include "cli.h"

namespace billcode {

struct Arguments {
  std::map<std::string, std::string> options;  // the last value of each
  std::map<std::string, std::vector<std::string>> lists;  // repeatable ones
  std::vector<std::string> positional;
  std::string error;  // empty when the arguments are well formed
};

// Accepts "--name value" and "--name=value" for the names in `known`,
// from args[first] on. An option given twice is an error unless it is
// `repeatable`; every value of those is in `lists`. `flags` take no value
// ("--ndjson"): a flag given is "true" in `options`.
Arguments ParseArguments(const std::vector<std::string>& args, size_t first,
                         const std::vector<std::string>& known,
                         const std::vector<std::string>& repeatable = {},
                         const std::vector<std::string>& flags = {});

// The whole file; false with `error` set when it cannot be read.
bool ReadFile(const std::string& path, std::string* bytes, std::string* error);

// FILE's bytes, or standard input's for "-"; false with `error` set.
bool ReadInput(const std::string& path, std::istream& in, std::string* bytes,
               std::string* error);

// Adds every --ptp file to `data`. Returns an error message or "".
std::string LoadPtpFiles(const Arguments& parsed, DataSet* data);

// Loads --data, or else the default folder when it exists (saying so on
// `err` when it does not). Returns an error message or "".
std::string LoadDefaultOrGivenData(const Arguments& parsed,
                                   const CliEnvironment& env, std::ostream& err,
                                   DataSet* data);

// Writes "billcode: MESSAGE" to `err` and returns kExitUsage.
int Fail(std::ostream& err, const std::string& message);

int RunClassify(const std::vector<std::string>& args, const CliEnvironment& env,
                std::istream& in, std::ostream& out, std::ostream& err);
int RunOther(const std::vector<std::string>& args, const CliEnvironment& env,
             std::istream& in, std::ostream& out, std::ostream& err);
int RunCheck(const std::vector<std::string>& args, const CliEnvironment& env,
             std::istream& in, std::ostream& out, std::ostream& err);
int RunPack(const std::vector<std::string>& args, std::ostream& out,
            std::ostream& err);
int RunPrice(const std::vector<std::string>& args, const CliEnvironment& env,
             std::ostream& out, std::ostream& err);
int RunImport(const std::vector<std::string>& args, std::ostream& out,
              std::ostream& err);
int RunBill(const std::vector<std::string>& args, const CliEnvironment& env,
            std::istream& in, std::ostream& out, std::ostream& err);
int RunData(const std::vector<std::string>& args, const CliEnvironment& env,
            std::ostream& out, std::ostream& err);

}  // namespace billcode

#endif  // BILLCODE_TOOLS_CLI_SUPPORT_H_
