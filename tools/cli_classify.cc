// billcode classify: one JSON object per text.
#include <iostream>

#include "billcode/codes/lookup.h"
#include "billcode/json/json_output.h"
#include "cli_support.h"

namespace billcode {

int RunClassify(const std::vector<std::string>& args, const CliEnvironment& env,
                std::istream& in, std::ostream& out, std::ostream& err) {
  const Arguments parsed = ParseArguments(args, 1, {"date", "data"});
  if (!parsed.error.empty()) return Fail(err, parsed.error);
  if (parsed.positional.empty()) return Fail(err, "classify needs a TEXT");
  const auto date_option = parsed.options.find("date");
  const std::string date_text =
      date_option == parsed.options.end() ? env.today : date_option->second;
  const std::optional<Date> date = Date::ParseIso(date_text);
  if (!date) return Fail(err, "--date must be YYYY-MM-DD, not " + date_text);

  DataSet data;
  const std::string error = LoadDefaultOrGivenData(parsed, env, err, &data);
  if (!error.empty()) return Fail(err, error);
  const ReleaseSet& releases = data.hcpcs();

  auto print = [&](const std::string& text) {
    out << LookupJson(
               Lookup(text, *date, releases, data.cpt_descriptors(*date)),
               &data)
        << "\n";
  };
  for (const std::string& text : parsed.positional) {
    if (text != "-") {
      print(text);
      continue;
    }
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      print(line);
    }
  }
  return kExitOk;
}

}  // namespace billcode
