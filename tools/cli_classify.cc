// billcode classify and billcode other: one JSON object per text, what it
// is as a procedure code (classify) or as a bill's other code (other).
#include <functional>
#include <iostream>

#include "billcode/bills/other_code.h"
#include "billcode/codes/lookup.h"
#include "billcode/json/json_output.h"
#include "cli_support.h"

namespace billcode {
namespace {

// The JSON `answer` gives each text (TEXT "-": each line of `in`), one per
// line, on the date and with the data the arguments name.
using Answer = std::function<std::string(const std::string& text, Date date,
                                         const DataSet& data)>;

int AnswerEachText(const std::string& command,
                   const std::vector<std::string>& args,
                   const CliEnvironment& env, std::istream& in,
                   std::ostream& out, std::ostream& err, const Answer& answer) {
  const Arguments parsed = ParseArguments(args, 1, {"date", "data"});
  if (!parsed.error.empty()) return Fail(err, parsed.error);
  if (parsed.positional.empty()) return Fail(err, command + " needs a TEXT");
  const auto date_option = parsed.options.find("date");
  const std::string date_text =
      date_option == parsed.options.end() ? env.today : date_option->second;
  const std::optional<Date> date = Date::ParseIso(date_text);
  if (!date) return Fail(err, "--date must be YYYY-MM-DD, not " + date_text);

  DataSet data;
  const std::string error = LoadDefaultOrGivenData(parsed, env, err, &data);
  if (!error.empty()) return Fail(err, error);
  auto print = [&](const std::string& text) {
    out << answer(text, *date, data) << "\n";
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

}  // namespace

int RunClassify(const std::vector<std::string>& args, const CliEnvironment& env,
                std::istream& in, std::ostream& out, std::ostream& err) {
  return AnswerEachText(
      "classify", args, env, in, out, err,
      [](const std::string& text, Date date, const DataSet& data) {
        return LookupJson(
            Lookup(text, date, data.hcpcs(), data.cpt_descriptors(date)),
            &data);
      });
}

int RunOther(const std::vector<std::string>& args, const CliEnvironment& env,
             std::istream& in, std::ostream& out, std::ostream& err) {
  return AnswerEachText(
      "other", args, env, in, out, err,
      [](const std::string& text, Date date, const DataSet& data) {
        return OtherCodeJson(ExplainOtherCode(text, date, data));
      });
}

}  // namespace billcode
