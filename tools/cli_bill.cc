// billcode bill: every code on a bill, statement or EOB explained, as one
// JSON object {items, summary, questions, ...}; exit 0 when the file could
// be read (codes found or not), 2 for bad options or an unreadable file.
#include <iostream>

#include "billcode/base/text.h"
#include "billcode/bills/bill_explanation.h"
#include "billcode/bills/bill_extraction.h"
#include "billcode/claims/input/claim.h"
#include "billcode/json/json_output.h"
#include "cli_support.h"

namespace billcode {

int RunBill(const std::vector<std::string>& args, const CliEnvironment& env,
            std::istream& in, std::ostream& out, std::ostream& err) {
  const Arguments parsed =
      ParseArguments(args, 1, {"date", "zip", "payer", "ptp", "data"}, {"ptp"});
  if (!parsed.error.empty()) return Fail(err, parsed.error);
  if (parsed.positional.size() != 1) {
    return Fail(err, "bill needs one FILE (or - for standard input)");
  }
  const auto option = [&](const char* name) {
    const auto it = parsed.options.find(name);
    return it == parsed.options.end() ? std::string() : it->second;
  };
  BillOptions options;
  if (!option("date").empty()) {
    std::optional<Date> date = Date::ParseIso(option("date"));
    if (!date) return Fail(err, "--date must be YYYY-MM-DD");
    options.date = *date;
  }
  options.zip = option("zip");
  if (!options.zip.empty() &&
      (options.zip.size() != 5 || !IsAsciiDigits(options.zip))) {
    return Fail(err, "--zip must be five digits");
  }
  options.payer = option("payer");
  Payer payer;
  if (!options.payer.empty() && !FromString(options.payer, &payer)) {
    return Fail(err, "--payer must be " + NamesInWords(kPayerNames));
  }
  const std::optional<Date> today = Date::ParseIso(env.today);
  if (!today) return Fail(err, "today's date is unknown");
  options.today = *today;

  DataSet data;
  std::string error = LoadDefaultOrGivenData(parsed, env, err, &data);
  if (error.empty()) error = LoadPtpFiles(parsed, &data);
  if (!error.empty()) return Fail(err, error);
  std::string bytes;
  if (!ReadInput(parsed.positional.front(), in, &bytes, &error)) {
    return Fail(err, error);
  }
  const BillExplanation bill =
      ExplainBill(ExtractBill(bytes, data), data, options);
  out << BillJson(bill, data) << "\n";
  return kExitOk;
}

}  // namespace billcode
