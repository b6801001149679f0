#include "cli_support.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "billcode/import/ncci_ptp_import.h"
#include "billcode/import/reference_import.h"
#include "billcode/pack/pack.h"

namespace billcode {
namespace {

namespace fs = std::filesystem;

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

}  // namespace

Arguments ParseArguments(const std::vector<std::string>& args, size_t first,
                         const std::vector<std::string>& known,
                         const std::vector<std::string>& repeatable,
                         const std::vector<std::string>& flags) {
  Arguments parsed;
  for (size_t i = first; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
      parsed.positional.push_back(arg);
      continue;
    }
    const size_t equals = arg.find('=');
    const std::string name = arg.substr(2, equals - 2);
    const bool flag =
        std::find(flags.begin(), flags.end(), name) != flags.end();
    if (!flag && std::find(known.begin(), known.end(), name) == known.end()) {
      parsed.error = "unknown option --" + name;
      return parsed;
    }
    std::string value;
    if (flag) {
      if (equals != std::string::npos) {
        parsed.error = "option --" + name + " takes no value";
        return parsed;
      }
      value = "true";
    } else if (equals != std::string::npos) {
      value = arg.substr(equals + 1);
    } else if (i + 1 < args.size()) {
      value = args[++i];
    } else {
      parsed.error = "option --" + name + " needs a value";
      return parsed;
    }
    const bool many = std::find(repeatable.begin(), repeatable.end(), name) !=
                      repeatable.end();
    if (!many && parsed.options.count(name)) {
      parsed.error = "option --" + name + " is given twice";
      return parsed;
    }
    parsed.options[name] = value;
    parsed.lists[name].push_back(value);
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
  // Read in place: a claim batch can be large, and a copy doubles it.
  bytes->assign(std::istreambuf_iterator<char>(file),
                std::istreambuf_iterator<char>());
  return true;
}

bool ReadInput(const std::string& path, std::istream& in, std::string* bytes,
               std::string* error) {
  if (path != "-") return ReadFile(path, bytes, error);
  std::ostringstream content;
  content << in.rdbuf();
  *bytes = content.str();
  return true;
}

std::string LoadPtpFiles(const Arguments& parsed, DataSet* data) {
  const auto files = parsed.lists.find("ptp");
  if (files == parsed.lists.end()) return "";
  for (const std::string& path : files->second) {
    std::string bytes, error;
    if (!ReadFile(path, &bytes, &error)) return error;
    PtpImport ptp = ImportPtpText(
        bytes, SourceInfo(path, std::string(BaseName(path)), Date()));
    if (!ptp.error.empty()) return path + ": " + ptp.error;
    data->AddPtp(std::move(ptp.table));
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

}  // namespace billcode
