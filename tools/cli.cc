#include "cli.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "billcode/claim_check.h"
#include "billcode/claim_input.h"
#include "billcode/data_set.h"
#include "billcode/hcpcs_import.h"
#include "billcode/json_output.h"
#include "billcode/lookup.h"
#include "billcode/ncci_ptp.h"
#include "billcode/pack.h"
#include "billcode/reference_import.h"

namespace billcode {
namespace {

namespace fs = std::filesystem;

constexpr char kUsage[] =
    "usage:\n"
    "  billcode classify [--date YYYY-MM-DD] [--data DIR|FILE.pack] TEXT...\n"
    "      One JSON object per TEXT, one per line. TEXT \"-\" reads one text\n"
    "      per line from standard input.\n"
    "  billcode check [--format auto|json|fhir|x12|csv] [--payer P]\n"
    "                 [--setting S] [--ptp FILE] [--date YYYY-MM-DD]\n"
    "                 [--data DIR|FILE.pack] FILE|-\n"
    "      Checks a claim and prints the report as JSON. Exit 0: no error\n"
    "      finding; 1: errors found; 2: unusable input.\n"
    "  billcode pack (--hcpcs|--mue|--aoc|--icd10cm|--pos) FILE --out "
    "FILE.pack\n"
    "               [--setting practitioner|outpatient-hospital|dme]\n"
    "               [--edition LABEL]\n"
    "      Compiles an official CMS/CDC file into a data pack and prints a\n"
    "      JSON summary.\n";

struct Arguments {
  std::map<std::string, std::string> options;
  std::vector<std::string> positional;
  std::string error;  // empty when the arguments are well formed
};

// Accepts "--name value" and "--name=value" for the names in `known`.
Arguments ParseArguments(const std::vector<std::string>& args, size_t first,
                         const std::vector<std::string>& known) {
  Arguments parsed;
  for (size_t i = first; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
      parsed.positional.push_back(arg);
      continue;
    }
    const size_t equals = arg.find('=');
    const std::string name = arg.substr(2, equals - 2);
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      parsed.error = "unknown option --" + name;
      return parsed;
    }
    if (equals != std::string::npos) {
      parsed.options[name] = arg.substr(equals + 1);
    } else if (i + 1 < args.size()) {
      parsed.options[name] = args[++i];
    } else {
      parsed.error = "option --" + name + " needs a value";
      return parsed;
    }
  }
  return parsed;
}

bool ReadFile(const std::string& path, std::string* bytes, std::string* error) {
  std::error_code code;
  if (fs::is_directory(path, code)) {
    *error = path + ": is a folder, not a file";
    return false;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    *error = path + ": cannot be read";
    return false;
  }
  std::ostringstream content;
  content << file.rdbuf();
  *bytes = content.str();
  return true;
}

// Loads one pack file, or every *.pack file of a folder. Returns an error
// message, or "" on success.
std::string LoadData(const std::string& path, DataSet* data) {
  std::vector<std::string> files;
  std::error_code code;
  if (fs::is_directory(path, code)) {
    for (const auto& entry : fs::directory_iterator(path, code)) {
      if (entry.path().extension() == ".pack") {
        files.push_back(entry.path().string());
      }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) return path + ": holds no .pack files";
  } else {
    files.push_back(path);
  }
  for (const std::string& file : files) {
    std::string bytes, error;
    if (!ReadFile(file, &bytes, &error)) return error;
    PackRead read = ReadPack(bytes);
    if (read.error != PackError::kOk) return file + ": " + read.message;
    data->Add(std::move(read.pack));
  }
  return "";
}

int Fail(std::ostream& err, const std::string& message) {
  err << "billcode: " << message << "\n";
  return kExitUsage;
}

// Loads --data, or else the default folder when it exists (saying so on
// `err` when it does not). Returns an error message or "".
std::string LoadDefaultOrGivenData(const Arguments& parsed,
                                   const CliEnvironment& env, std::ostream& err,
                                   DataSet* data) {
  const auto given = parsed.options.find("data");
  if (given != parsed.options.end()) return LoadData(given->second, data);
  if (std::error_code code; fs::exists(env.default_data, code)) {
    return LoadData(env.default_data, data);
  }
  err << "billcode: no data pack found at " << env.default_data
      << "; data-backed checks report no-data (use --data)\n";
  return "";
}

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
    out << LookupJson(Lookup(text, *date, releases)) << "\n";
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

// The table a `pack` source option names, imported from `bytes`.
struct PackSource {
  std::string error;
  DataPack pack;
  std::string summary;  // JSON
};

template <typename Import>
std::string TableSummary(std::string_view kind, const Import& import,
                         size_t records) {
  JsonWriter out;
  out.BeginObject()
      .Key("kind")
      .String(kind)
      .Key("edition")
      .String(import.table.info().edition)
      .Key("records")
      .Int(static_cast<long long>(records))
      .Key("skipped")
      .Int(import.report.SkippedLines())
      .EndObject();
  return out.Take();
}

// Release information read from the file name, or named by --edition.
ReleaseInfo SourceInfoFor(const std::string& option, const std::string& path,
                          const Arguments& parsed) {
  ReleaseInfo info;
  if (option == "hcpcs") {
    info = ReleaseInfoFromFileName(path);
  } else if (option == "mue") {
    info = MueInfoFromFileName(path);
  } else if (option == "aoc") {
    info = AddOnInfoFromFileName(path);
  } else if (option == "icd10cm") {
    const int year = FiscalYearFromFileName(path);
    info = SourceInfo(path, year ? "FY" + std::to_string(year) : "", Date());
  } else {
    info = SourceInfo(path, std::string(BaseName(path)), Date());
  }
  const auto edition = parsed.options.find("edition");
  if (edition != parsed.options.end()) info.edition = edition->second;
  return info;
}

PackSource ImportSource(const std::string& option, const std::string& path,
                        const std::string& bytes, const Arguments& parsed) {
  PackSource source;
  ReleaseInfo info = SourceInfoFor(option, path, parsed);
  if (option == "hcpcs") {
    HcpcsImport import = ImportHcpcsFixedWidth(bytes, std::move(info));
    source.error = import.error;
    source.summary = ImportSummaryJson(import);
    source.pack = std::move(import.release);
  } else if (option == "mue") {
    Setting setting;
    const auto named = parsed.options.find("setting");
    if (named != parsed.options.end() ? !FromString(named->second, &setting)
                                      : !SettingFromFileName(path, &setting)) {
      source.error =
          "--setting must be practitioner, outpatient-hospital "
          "or dme";
      return source;
    }
    MueImport import = ImportMueCsv(bytes, std::move(info), setting);
    source.error = import.error;
    source.summary = TableSummary("mue", import, import.table.entries().size());
    source.pack = std::move(import.table);
  } else if (option == "aoc") {
    AddOnImport import = ImportAddOnCsv(bytes, std::move(info));
    source.error = import.error;
    source.summary = TableSummary("aoc", import, import.table.edits().size());
    source.pack = std::move(import.table);
  } else if (option == "icd10cm") {
    Icd10Import import =
        ImportIcd10Codes(bytes, std::move(info), FiscalYearFromFileName(path));
    source.error = import.error;
    source.summary =
        TableSummary("icd10cm", import, import.table.codes().size());
    source.pack = std::move(import.table);
  } else {
    PlaceOfServiceImport import =
        ImportPlaceOfServiceCsv(bytes, std::move(info));
    source.error = import.error;
    source.summary = TableSummary("pos", import, import.table.places().size());
    source.pack = std::move(import.table);
  }
  return source;
}

int RunCheck(const std::vector<std::string>& args, const CliEnvironment& env,
             std::istream& in, std::ostream& out, std::ostream& err) {
  const Arguments parsed = ParseArguments(
      args, 1, {"format", "payer", "setting", "ptp", "date", "data"});
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
  if (parsed.options.count("ptp")) {
    const std::string& path = parsed.options.at("ptp");
    std::string bytes;
    if (!ReadFile(path, &bytes, &error)) return Fail(err, error);
    PtpImport ptp = ImportPtpText(
        bytes, SourceInfo(path, std::string(BaseName(path)), Date()));
    if (!ptp.error.empty()) return Fail(err, path + ": " + ptp.error);
    data.SetPtp(std::move(ptp.table));
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

int RunPack(const std::vector<std::string>& args, std::ostream& out,
            std::ostream& err) {
  const std::vector<std::string> sources = {"hcpcs", "mue", "aoc", "icd10cm",
                                            "pos"};
  const Arguments parsed = ParseArguments(
      args, 1,
      {"hcpcs", "mue", "aoc", "icd10cm", "pos", "setting", "out", "edition"});
  if (!parsed.error.empty()) return Fail(err, parsed.error);
  if (!parsed.positional.empty()) {
    return Fail(err, "unexpected argument " + parsed.positional.front());
  }
  std::string option;
  for (const std::string& name : sources) {
    if (!parsed.options.count(name)) continue;
    if (!option.empty()) return Fail(err, "pack takes one source file");
    option = name;
  }
  if (option.empty() || !parsed.options.count("out")) {
    return Fail(err,
                "pack needs a source (--hcpcs, --mue, --aoc, --icd10cm "
                "or --pos FILE) and --out FILE.pack");
  }
  const std::string& path = parsed.options.at(option);
  std::string bytes, error;
  if (!ReadFile(path, &bytes, &error)) return Fail(err, error);
  PackSource source = ImportSource(option, path, bytes, parsed);
  if (!source.error.empty()) return Fail(err, path + ": " + source.error);
  const std::string& target = parsed.options.at("out");
  const std::string temporary = target + ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << WritePack(source.pack);
    if (!file.flush()) return Fail(err, temporary + ": cannot be written");
  }
  std::error_code code;
  fs::rename(temporary, target, code);
  if (code) return Fail(err, target + ": cannot be written");
  out << source.summary << "\n";
  return kExitOk;
}

}  // namespace

int RunCli(const std::vector<std::string>& args, const CliEnvironment& env,
           std::istream& in, std::ostream& out, std::ostream& err) {
  if (args.empty()) {
    err << kUsage;
    return kExitUsage;
  }
  const std::string& command = args.front();
  if (command == "help" || command == "--help" || command == "-h") {
    out << kUsage;
    return kExitOk;
  }
  if (command == "classify") return RunClassify(args, env, in, out, err);
  if (command == "pack") return RunPack(args, out, err);
  if (command == "check") return RunCheck(args, env, in, out, err);
  err << "billcode: unknown command " << command << "\n" << kUsage;
  return kExitUsage;
}

}  // namespace billcode
