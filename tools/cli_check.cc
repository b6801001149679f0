// billcode check: the report of every claim of a file, streamed claim by
// claim: {"claims": [...], "summary": {...}}, or with --ndjson one claim
// per line and the summary last.
#include <iostream>

#include "billcode/claims/input/claim_input.h"
#include "billcode/claims/rules/claim_batch.h"
#include "billcode/json/json_output.h"
#include "cli_support.h"

namespace billcode {

int RunCheck(const std::vector<std::string>& args, const CliEnvironment& env,
             std::istream& in, std::ostream& out, std::ostream& err) {
  const Arguments parsed = ParseArguments(
      args, 1, {"format", "payer", "setting", "ptp", "date", "data", "columns"},
      {"ptp"}, {"ndjson"});
  if (!parsed.error.empty()) return Fail(err, parsed.error);
  if (parsed.positional.size() != 1) {
    return Fail(err, "check needs one FILE (or - for standard input)");
  }
  ReadOptions read;
  const auto format_option = parsed.options.find("format");
  if (format_option != parsed.options.end() &&
      !FromString(format_option->second, &read.format)) {
    return Fail(err, "--format must be " + NamesInWords(kClaimFormatNames));
  }
  if (const auto columns = parsed.options.find("columns");
      columns != parsed.options.end()) {
    const std::string problem = ParseColumnMap(columns->second, &read.columns);
    if (!problem.empty()) return Fail(err, "--columns: " + problem);
  }
  const bool ndjson = parsed.options.count("ndjson") > 0;
  CheckOptions options;
  const auto payer = parsed.options.find("payer");
  Payer payer_value;
  if (payer != parsed.options.end()) {
    if (!FromString(payer->second, &payer_value)) {
      return Fail(err, "--payer must be " + NamesInWords(kPayerNames));
    }
    options.payer = payer->second;
  }
  const auto setting = parsed.options.find("setting");
  Setting setting_value;
  if (setting != parsed.options.end()) {
    if (!FromString(setting->second, &setting_value)) {
      return Fail(err, "--setting must be " + NamesInWords(kSettingNames));
    }
    options.setting = setting->second;
  }
  const auto date = parsed.options.find("date");
  const std::optional<Date> today =
      Date::ParseIso(date == parsed.options.end() ? env.today : date->second);
  if (!today) return Fail(err, "--date must be YYYY-MM-DD");
  options.today = *today;

  DataSet data;
  std::string error = LoadDefaultOrGivenData(parsed, env, err, &data);
  if (!error.empty()) return Fail(err, error);
  error = LoadPtpFiles(parsed, &data);
  if (!error.empty()) return Fail(err, error);
  std::string text;
  if (!ReadInput(parsed.positional.front(), in, &text, &error)) {
    return Fail(err, error);
  }
  if (!ndjson) out << "{\"claims\":[";
  bool first = true;
  InputError first_error;
  const BatchCheck batch = CheckClaims(
      text, read, data, options,
      [&](const ClaimParse& parse, const ClaimReport* report) {
        if (!ndjson && !first) out << ",";
        first = false;
        if (first_error.location.empty() && !parse.errors.empty()) {
          first_error = parse.errors.front();
        }
        out << BatchClaimJson(parse, report) << (ndjson ? "\n" : "");
        return true;
      });
  const std::string summary = BatchSummaryJson(batch);
  out << (ndjson ? "{\"summary\":" : "],\"summary\":") << summary << "}\n";
  if (batch.totals.unreadable == batch.totals.claims) {
    const InputError& why =
        first_error.location.empty() ? batch.read.errors.front() : first_error;
    return Fail(err,
                "no claim can be read: " + why.location + " " + why.message);
  }
  return batch.totals.with_errors > 0 ? kExitFindings : kExitOk;
}

}  // namespace billcode
