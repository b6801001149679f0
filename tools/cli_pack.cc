// billcode pack: an official file compiled into a data pack.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <utility>
#include <vector>

#include "billcode/import/official_import.h"
#include "billcode/json/json_output.h"
#include "billcode/pack/pack.h"
#include "cli_support.h"

namespace billcode {
namespace {

namespace fs = std::filesystem;

// Sets `date` from option --NAME (YYYY-MM-DD) when given; else "" or the
// error.
std::string ReadDateOption(const Arguments& parsed, const std::string& name,
                           Date* date) {
  const auto given = parsed.options.find(name);
  if (given == parsed.options.end()) return "";
  const auto parsed_date = Date::ParseIso(given->second);
  if (!parsed_date) return "--" + name + " must be a date YYYY-MM-DD";
  *date = *parsed_date;
  return "";
}

// Writes `pack` to `target` through a temporary file, so that a failed
// build never leaves half a pack.
bool WritePackFile(const std::string& target, const DataPack& pack,
                   std::string* error) {
  const std::string temporary = target + ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << WritePack(pack);
    if (!file.flush()) return *error = temporary + ": cannot be written", false;
  }
  std::error_code code;
  fs::rename(temporary, target, code);
  if (code) return *error = target + ": cannot be written", false;
  return true;
}

}  // namespace

int RunPack(const std::vector<std::string>& args, std::ostream& out,
            std::ostream& err) {
  const std::vector<std::string> sources = {
      "hcpcs", "mue",  "aoc",  "icd10cm", "pos", "pfs",
      "gpci",  "zip5", "clfs", "oppscap", "anes"};
  std::vector<std::string> known = sources;
  known.insert(known.end(), {"setting", "out", "edition", "from", "to",
                             "long-descriptions-out"});
  const Arguments parsed = ParseArguments(args, 1, known);
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
                "pack needs a source (--hcpcs, --mue, --aoc, --icd10cm, "
                "--pos, --pfs, --gpci, --zip5, --clfs, --oppscap or --anes "
                "FILE) and --out FILE.pack");
  }
  const std::string& path = parsed.options.at(option);
  ImportOptions options;
  options.dates_from_name = false;
  std::string error = ReadDateOption(parsed, "from", &options.from);
  if (error.empty()) error = ReadDateOption(parsed, "to", &options.to);
  if (!error.empty()) return Fail(err, error);
  if (parsed.options.count("edition")) {
    options.edition = parsed.options.at("edition");
  }
  if (parsed.options.count("setting")) {
    options.setting = parsed.options.at("setting");
    Setting setting;
    if (!FromString(options.setting, &setting)) {
      return Fail(err, "--setting must be " + NamesInWords(kSettingNames));
    }
  }
  std::string bytes;
  if (!ReadFile(path, &bytes, &error)) return Fail(err, error);
  TableKind kind = TableKind::kHcpcs;
  FromString(option, &kind);
  const OfficialImport source = ImportOfficialFile(kind, path, bytes, options);
  if (!source.error.empty()) return Fail(err, path + ": " + source.error);
  std::vector<std::pair<std::string, DataPack>> packs;
  if (parsed.options.count("long-descriptions-out")) {
    const auto* release = std::get_if<HcpcsRelease>(&source.pack);
    if (!release) return Fail(err, "--long-descriptions-out is for --hcpcs");
    auto [records, descriptions] = SplitLongDescriptions(*release);
    packs.emplace_back(parsed.options.at("out"), std::move(records));
    packs.emplace_back(parsed.options.at("long-descriptions-out"),
                       std::move(descriptions));
  } else {
    packs.emplace_back(parsed.options.at("out"), source.pack);
  }
  for (const auto& [target, pack] : packs) {
    if (!WritePackFile(target, pack, &error)) return Fail(err, error);
  }
  out << OfficialImportJson(source) << "\n";
  return kExitOk;
}

}  // namespace billcode
