// billcode pack: an official file compiled into a data pack.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "billcode/import/fee_schedule_import.h"
#include "billcode/import/hcpcs_csv_import.h"
#include "billcode/import/hcpcs_import.h"
#include "billcode/import/icd10cm_import.h"
#include "billcode/import/ncci_addon_import.h"
#include "billcode/import/ncci_mue_import.h"
#include "billcode/import/place_of_service_import.h"
#include "billcode/import/reference_import.h"
#include "billcode/json/json_output.h"
#include "billcode/pack/pack.h"
#include "cli_support.h"

namespace billcode {
namespace {

namespace fs = std::filesystem;

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

// The imported table, its error and summary, as `source`.
template <typename Import>
void Take(std::string_view kind, Import import, PackSource* source) {
  source->error = import.error;
  source->summary = TableSummary(kind, import, import.table.entries().size());
  source->pack = std::move(import.table);
}

PackSource ImportSource(const std::string& option, const std::string& path,
                        const std::string& bytes, const Arguments& parsed) {
  PackSource source;
  ReleaseInfo info = SourceInfoFor(option, path, parsed);
  source.error = ReadDateOption(parsed, "from", &info.effective_from);
  if (source.error.empty()) {
    source.error = ReadDateOption(parsed, "to", &info.effective_to);
  }
  if (!source.error.empty()) return source;
  // Editions are ordered by release date: without one from the file name,
  // an edition is as new as the first date it governs.
  if (info.release_date.empty()) info.release_date = info.effective_from;
  if (option == "hcpcs") {
    HcpcsImport import = LooksLikeHcpcsCsv(bytes)
                             ? ImportHcpcsCsv(bytes, std::move(info))
                             : ImportHcpcsFixedWidth(bytes, std::move(info));
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
  } else if (option == "pfs") {
    Take(option, ImportRvuCsv(bytes, std::move(info)), &source);
  } else if (option == "gpci") {
    Take(option, ImportGpciCsv(bytes, std::move(info)), &source);
  } else if (option == "zip5") {
    Take(option, ImportZip5(bytes, std::move(info)), &source);
  } else if (option == "clfs") {
    Take(option, ImportClfsCsv(bytes, std::move(info)), &source);
  } else if (option == "oppscap") {
    Take(option, ImportOppsCapCsv(bytes, std::move(info)), &source);
  } else if (option == "anes") {
    Take(option, ImportAnesthesiaCsv(bytes, std::move(info)), &source);
  } else {
    Take("pos", ImportPlaceOfServiceCsv(bytes, std::move(info)), &source);
  }
  return source;
}

}  // namespace

int RunPack(const std::vector<std::string>& args, std::ostream& out,
            std::ostream& err) {
  const std::vector<std::string> sources = {
      "hcpcs", "mue",  "aoc",  "icd10cm", "pos", "pfs",
      "gpci",  "zip5", "clfs", "oppscap", "anes"};
  std::vector<std::string> known = sources;
  known.insert(known.end(), {"setting", "out", "edition", "from", "to"});
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

}  // namespace billcode
