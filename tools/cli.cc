#include "cli.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "billcode/hcpcs_import.h"
#include "billcode/json_output.h"
#include "billcode/lookup.h"
#include "billcode/pack.h"

namespace billcode {
namespace {

namespace fs = std::filesystem;

constexpr char kUsage[] =
    "usage:\n"
    "  billcode classify [--date YYYY-MM-DD] [--data DIR|FILE.pack] TEXT...\n"
    "      One JSON object per TEXT, one per line. TEXT \"-\" reads one text\n"
    "      per line from standard input.\n"
    "  billcode pack --hcpcs FILE --out FILE.pack [--edition LABEL]\n"
    "      Compiles a CMS HCPCS Level II fixed-width release into a data\n"
    "      pack and prints a JSON summary.\n";

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
std::string LoadReleases(const std::string& path, ReleaseSet* releases) {
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
    releases->Add(std::move(read.release));
  }
  return "";
}

int Fail(std::ostream& err, const std::string& message) {
  err << "billcode: " << message << "\n";
  return kExitUsage;
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

  ReleaseSet releases;
  const auto data_option = parsed.options.find("data");
  if (data_option != parsed.options.end()) {
    const std::string error = LoadReleases(data_option->second, &releases);
    if (!error.empty()) return Fail(err, error);
  } else if (std::error_code code; fs::exists(env.default_data, code)) {
    const std::string error = LoadReleases(env.default_data, &releases);
    if (!error.empty()) return Fail(err, error);
  } else {
    err << "billcode: no data pack found at " << env.default_data
        << "; Level II codes are reported as no-data (use --data)\n";
  }

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

int RunPack(const std::vector<std::string>& args, std::ostream& out,
            std::ostream& err) {
  const Arguments parsed = ParseArguments(args, 1, {"hcpcs", "out", "edition"});
  if (!parsed.error.empty()) return Fail(err, parsed.error);
  if (!parsed.positional.empty()) {
    return Fail(err, "unexpected argument " + parsed.positional.front());
  }
  if (!parsed.options.count("hcpcs") || !parsed.options.count("out")) {
    return Fail(err, "pack needs --hcpcs FILE and --out FILE.pack");
  }
  const std::string& source = parsed.options.at("hcpcs");
  std::string bytes, error;
  if (!ReadFile(source, &bytes, &error)) return Fail(err, error);
  ReleaseInfo info = ReleaseInfoFromFileName(source);
  if (parsed.options.count("edition")) {
    info.edition = parsed.options.at("edition");
  }
  const HcpcsImport import = ImportHcpcsFixedWidth(bytes, std::move(info));
  if (!import.error.empty()) return Fail(err, source + ": " + import.error);

  const std::string& target = parsed.options.at("out");
  const std::string temporary = target + ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << WritePack(import.release);
    if (!file.flush()) return Fail(err, temporary + ": cannot be written");
  }
  std::error_code code;
  fs::rename(temporary, target, code);
  if (code) return Fail(err, target + ": cannot be written");
  out << ImportSummaryJson(import) << "\n";
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
  err << "billcode: unknown command " << command << "\n" << kUsage;
  return kExitUsage;
}

}  // namespace billcode
