// billcode check: the report of a claim.
#include <iostream>
#include <sstream>

#include "billcode/claims/input/claim_input.h"
#include "billcode/claims/rules/claim_check.h"
#include "billcode/import/ncci_ptp_import.h"
#include "billcode/import/reference_import.h"
#include "billcode/json/json_output.h"
#include "cli_support.h"

namespace billcode {

int RunCheck(const std::vector<std::string>& args, const CliEnvironment& env,
             std::istream& in, std::ostream& out, std::ostream& err) {
  const Arguments parsed = ParseArguments(
      args, 1, {"format", "payer", "setting", "ptp", "date", "data"}, {"ptp"});
  if (!parsed.error.empty()) return Fail(err, parsed.error);
  if (parsed.positional.size() != 1) {
    return Fail(err, "check needs one FILE (or - for standard input)");
  }
  ClaimFormat format = ClaimFormat::kAuto;
  const auto format_option = parsed.options.find("format");
  if (format_option != parsed.options.end() &&
      !FromString(format_option->second, &format)) {
    return Fail(err, "--format must be auto, json, fhir, x12 or csv");
  }
  CheckOptions options;
  const auto payer = parsed.options.find("payer");
  Payer payer_value;
  if (payer != parsed.options.end()) {
    if (!FromString(payer->second, &payer_value)) {
      return Fail(err, "--payer must be medicare, medicaid or commercial");
    }
    options.payer = payer->second;
  }
  const auto setting = parsed.options.find("setting");
  Setting setting_value;
  if (setting != parsed.options.end()) {
    if (!FromString(setting->second, &setting_value)) {
      return Fail(err,
                  "--setting must be practitioner, outpatient-hospital "
                  "or dme");
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
  const auto ptp_files = parsed.lists.find("ptp");
  for (const std::string& path : ptp_files != parsed.lists.end()
                                     ? ptp_files->second
                                     : std::vector<std::string>()) {
    std::string bytes;
    if (!ReadFile(path, &bytes, &error)) return Fail(err, error);
    PtpImport ptp = ImportPtpText(
        bytes, SourceInfo(path, std::string(BaseName(path)), Date()));
    if (!ptp.error.empty()) return Fail(err, path + ": " + ptp.error);
    data.AddPtp(std::move(ptp.table));
  }
  std::string text;
  const std::string& input = parsed.positional.front();
  if (input == "-") {
    std::ostringstream content;
    content << in.rdbuf();
    text = content.str();
  } else if (!ReadFile(input, &text, &error)) {
    return Fail(err, error);
  }
  const ClaimParse parse = ParseClaim(text, format);
  if (!parse.errors.empty()) {
    out << InputErrorsJson(parse) << "\n";
    return Fail(err,
                "the claim cannot be read: " + parse.errors.front().location +
                    " " + parse.errors.front().message);
  }
  const ClaimReport report = CheckClaim(parse.claim, data, options);
  out << ClaimReportJson(report) << "\n";
  return report.Count(Severity::kError) > 0 ? kExitFindings : kExitOk;
}

}  // namespace billcode
