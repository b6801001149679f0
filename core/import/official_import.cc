#include "billcode/import/official_import.h"

#include <algorithm>
#include <cctype>

#include "billcode/base/text.h"
#include "billcode/import/fee_schedule_import.h"
#include "billcode/import/hcpcs_csv_import.h"
#include "billcode/import/hcpcs_import.h"
#include "billcode/import/icd10cm_import.h"
#include "billcode/import/ncci_addon_import.h"
#include "billcode/import/ncci_mue_import.h"
#include "billcode/import/place_of_service_import.h"
#include "billcode/import/reference_import.h"

namespace billcode {
namespace {

bool Has(const std::string& name, std::string_view part) {
  return name.find(part) != std::string::npos;
}

bool StartsWith(const std::string& name, std::string_view prefix) {
  return name.rfind(prefix, 0) == 0;
}

bool EndsWith(const std::string& name, std::string_view suffix) {
  return name.size() >= suffix.size() &&
         name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Files published beside the data that are not data: layouts, notes,
// documents and spreadsheets (CMS ships text or CSV beside each XLSX).
bool IsCompanionFile(const std::string& name) {
  for (std::string_view ending : {".pdf", ".xlsx", ".xls", ".doc", ".docx",
                                  ".zip", ".htm", ".html", ".rtf"}) {
    if (EndsWith(name, ending)) return true;
  }
  for (std::string_view part :
       {"recordlayout", "record_layout", "readme", "read_me", "proc_notes",
        "transaction", "changesby", "order", "addenda", "tabular", "index",
        "drug", "neoplasm", "eindex", "summary", "license", "disclaimer"}) {
    if (Has(name, part)) return true;
  }
  return false;
}

// The first lines of `bytes` that are not blank.
std::vector<std::string_view> FirstLines(std::string_view bytes, size_t count) {
  std::vector<std::string_view> lines;
  for (std::string_view line : SplitLines(bytes.substr(0, 64 * 1024))) {
    if (IsBlank(line)) continue;
    lines.push_back(line);
    if (lines.size() == count) break;
  }
  return lines;
}

// ICD-10-CM code file: "A000    Cholera due to ..." on most lines.
bool LooksLikeIcd10Codes(std::string_view bytes) {
  std::vector<std::string_view> lines = FirstLines(bytes, 20);
  size_t matching = 0;
  for (std::string_view line : lines) {
    size_t space = line.find(' ');
    bool code = space >= 3 && space <= 7 &&
                std::isupper(static_cast<unsigned char>(line[0])) &&
                std::isalnum(static_cast<unsigned char>(line[1]));
    matching += code && line.size() > 8 ? 1 : 0;
  }
  return !lines.empty() && matching * 10 >= lines.size() * 6;
}

// The CSV header of a fee schedule or NCCI file, by its column names.
std::optional<TableKind> KindOfCsvHeader(std::string_view bytes) {
  for (std::string_view line : FirstLines(bytes, 15)) {
    const std::string header = AsciiLower(line);
    if (Has(header, "mue value")) return TableKind::kMue;
    if (Has(header, "add-on code") || Has(header, "addon code")) {
      return TableKind::kAoc;
    }
    if (Has(header, "eff_date") && Has(header, "indicator")) {
      return TableKind::kClfs;
    }
    if (Has(header, "work") && Has(header, "rvu")) return TableKind::kPfs;
    if (Has(header, "gpci") && Has(header, "locality")) return TableKind::kGpci;
  }
  return std::nullopt;
}

// A year (2000-2099) and month written in a file name: "hcpc2026_apr",
// "zip5_oct2025", "gpci2025", "rvu26c" (two digits after rvu).
void YearAndMonth(const std::string& name, int* year, int* month) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr",
                                                 "may", "jun", "jul", "aug",
                                                 "sep", "oct", "nov", "dec"};
  *year = 0;
  *month = 1;
  for (size_t i = 0; i + 4 <= name.size(); ++i) {
    bool four = name.compare(i, 2, "20") == 0 &&
                IsAsciiDigits(std::string_view(name).substr(i, 4)) &&
                (i + 4 == name.size() ||
                 !std::isdigit(static_cast<unsigned char>(name[i + 4])));
    if (four &&
        (i == 0 || !std::isdigit(static_cast<unsigned char>(name[i - 1])))) {
      *year = std::stoi(name.substr(i, 4));
      break;
    }
  }
  size_t rvu = name.find("rvu");
  if (*year == 0 && rvu != std::string::npos && rvu + 5 <= name.size() &&
      IsAsciiDigits(std::string_view(name).substr(rvu + 3, 2))) {
    *year = 2000 + std::stoi(name.substr(rvu + 3, 2));
  }
  for (size_t m = 0; m < std::size(kMonths); ++m) {
    if (Has(name, "_" + std::string(kMonths[m])) ||
        Has(name, std::string(kMonths[m]) + "20")) {
      *month = static_cast<int>(m) + 1;
    }
  }
}

// The edition, release date and governed dates a file name gives.
ReleaseInfo InfoFromName(TableKind kind, std::string_view file_name) {
  const std::string name = AsciiLower(BaseName(file_name));
  switch (kind) {
    case TableKind::kHcpcs: {
      ReleaseInfo info = ReleaseInfoFromFileName(file_name);
      info.effective_from = info.release_date;
      return info;
    }
    case TableKind::kMue: {
      ReleaseInfo info = MueInfoFromFileName(file_name);
      info.effective_from = info.release_date;
      return info;
    }
    case TableKind::kAoc: {
      ReleaseInfo info = AddOnInfoFromFileName(file_name);
      info.effective_from = info.release_date;
      return info;
    }
    case TableKind::kIcd10cm: {
      const int year = FiscalYearFromFileName(file_name);
      return SourceInfo(file_name, year ? "FY" + std::to_string(year) : "",
                        Date());
    }
    default:
      break;
  }
  int year = 0, month = 1;
  YearAndMonth(name, &year, &month);
  std::string edition(BaseName(file_name));
  edition = edition.substr(0, edition.rfind('.'));
  Date from;
  if (year) {
    // Fee schedules govern calendar years; the ZIP file its quarter.
    int first_month = kind == TableKind::kZip5 ? month : 1;
    if (auto date = Date::FromYmd(year, first_month, 1)) from = *date;
  }
  ReleaseInfo info = SourceInfo(file_name, edition, from);
  info.effective_from = from;
  return info;
}

template <typename Import>
void Take(Import& import, size_t records, OfficialImport* out) {
  out->error = std::move(import.error);
  out->report = std::move(import.report);
  out->records = records;
  out->pack = std::move(import.table);
}

}  // namespace

std::optional<TableKind> DetectTableKind(std::string_view file_name,
                                         std::string_view bytes) {
  const std::string name = AsciiLower(BaseName(file_name));
  if (IsCompanionFile(name)) return std::nullopt;
  if (StartsWith(name, "hcpc")) return TableKind::kHcpcs;
  if (Has(name, "mue")) return TableKind::kMue;
  if (StartsWith(name, "aoc")) return TableKind::kAoc;
  if (Has(name, "icd10cm") || Has(name, "icd-10-cm"))
    return TableKind::kIcd10cm;
  if (StartsWith(name, "pprrvu")) return TableKind::kPfs;
  if (StartsWith(name, "gpci")) return TableKind::kGpci;
  if (StartsWith(name, "zip5")) return TableKind::kZip5;
  if (Has(name, "clfs")) return TableKind::kClfs;
  if (StartsWith(name, "oppscap")) return TableKind::kOppsCap;
  if (StartsWith(name, "anes")) return TableKind::kAnes;
  if (Has(name, "place_of_service") || Has(name, "place-of-service")) {
    return TableKind::kPos;
  }
  if (LooksLikeIcd10Codes(bytes)) return TableKind::kIcd10cm;
  return KindOfCsvHeader(bytes);
}

OfficialImport ImportOfficialFile(TableKind kind, std::string_view file_name,
                                  std::string_view bytes,
                                  const ImportOptions& options) {
  OfficialImport result;
  result.kind = kind;
  ReleaseInfo info = InfoFromName(kind, file_name);
  if (!options.dates_from_name) {
    info.effective_from = Date();
    info.effective_to = Date();
  }
  if (!options.edition.empty()) info.edition = options.edition;
  if (!options.from.empty()) info.effective_from = options.from;
  if (!options.to.empty()) info.effective_to = options.to;
  // Editions are ordered by release date: without one from the file name,
  // an edition is as new as the first date it governs.
  if (info.release_date.empty()) info.release_date = info.effective_from;
  switch (kind) {
    case TableKind::kHcpcs: {
      HcpcsImport import = LooksLikeHcpcsCsv(bytes)
                               ? ImportHcpcsCsv(bytes, std::move(info))
                               : ImportHcpcsFixedWidth(bytes, std::move(info));
      result.error = std::move(import.error);
      result.report = std::move(import.report);
      result.records = import.release.records().size();
      result.pack = std::move(import.release);
      break;
    }
    case TableKind::kMue: {
      Setting setting;
      bool known = options.setting.empty()
                       ? SettingFromFileName(file_name, &setting)
                       : FromString(options.setting, &setting);
      if (!known) {
        result.error =
            "the MUE setting (practitioner, outpatient-hospital or dme) is "
            "not in the file name: give it";
        return result;
      }
      MueImport import = ImportMueCsv(bytes, std::move(info), setting);
      Take(import, import.table.entries().size(), &result);
      break;
    }
    case TableKind::kAoc: {
      AddOnImport import = ImportAddOnCsv(bytes, std::move(info));
      Take(import, import.table.edits().size(), &result);
      break;
    }
    case TableKind::kIcd10cm: {
      Icd10Import import = ImportIcd10Codes(bytes, std::move(info),
                                            FiscalYearFromFileName(file_name));
      Take(import, import.table.codes().size(), &result);
      break;
    }
    case TableKind::kPos: {
      auto import = ImportPlaceOfServiceCsv(bytes, std::move(info));
      Take(import, import.table.entries().size(), &result);
      break;
    }
    case TableKind::kPfs: {
      auto import = ImportRvuCsv(bytes, std::move(info));
      Take(import, import.table.entries().size(), &result);
      break;
    }
    case TableKind::kGpci: {
      auto import = ImportGpciCsv(bytes, std::move(info));
      Take(import, import.table.entries().size(), &result);
      break;
    }
    case TableKind::kZip5: {
      auto import = ImportZip5(bytes, std::move(info));
      Take(import, import.table.entries().size(), &result);
      break;
    }
    case TableKind::kClfs: {
      auto import = ImportClfsCsv(bytes, std::move(info));
      Take(import, import.table.entries().size(), &result);
      break;
    }
    case TableKind::kOppsCap: {
      auto import = ImportOppsCapCsv(bytes, std::move(info));
      Take(import, import.table.entries().size(), &result);
      break;
    }
    case TableKind::kAnes: {
      auto import = ImportAnesthesiaCsv(bytes, std::move(info));
      Take(import, import.table.entries().size(), &result);
      break;
    }
    case TableKind::kCpt: {
      auto import =
          ImportCptDescriptors(bytes, std::move(info), options.cpt_columns);
      Take(import, import.table.entries().size(), &result);
      break;
    }
  }
  return result;
}

}  // namespace billcode
