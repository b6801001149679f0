#include "billcode/import/ncci_mue_import.h"

#include "billcode/base/csv.h"
#include "billcode/base/decimal.h"
#include "billcode/base/text.h"
#include "billcode/import/reference_import.h"

namespace billcode {

MueImport ImportMueCsv(std::string_view bytes, ReleaseInfo info,
                       Setting setting) {
  MueImport result;
  const CsvParse csv = ParseCsv(TextAsUtf8(bytes));
  result.error = CsvErrorText(csv);
  if (!result.error.empty()) return result;
  std::vector<MueEntry> entries;
  for (const CsvRecord& record : csv.records) {
    ++result.report.lines;
    const std::string first =
        record.cells.empty() ? "" : CleanCell(record.cells[0]);
    if (record.line == 1 &&
        first.find("American Medical Association") != std::string::npos) {
      info.notice = NonBlankLines(first);
      result.report.Skip(record.line, "copyright notice");
      continue;
    }
    if (first.rfind("HCPCS", 0) == 0) {
      result.report.Skip(record.line, "header");
      continue;
    }
    const std::string value =
        record.cells.size() > 1 ? CleanCell(record.cells[1]) : "";
    const std::string indicator =
        record.cells.size() > 2 ? CleanCell(record.cells[2]) : "";
    if (record.cells.size() < 3 || !IsFiveCharacterCode(first) ||
        !IsAsciiDigits(value) || indicator.empty() || indicator[0] < '1' ||
        indicator[0] > '3') {
      result.report.Skip(record.line, "not a MUE row (code, value, indicator)");
      continue;
    }
    const std::optional<int> units = ParseCount(value);
    if (!units) {
      result.report.Skip(record.line,
                         "MUE value out of range (more than 2147483647)");
      continue;
    }
    ++result.report.record_lines;
    entries.push_back(
        MueEntry{first, *units, indicator[0] - '0',
                 record.cells.size() > 3 ? CleanCell(record.cells[3]) : ""});
  }
  if (entries.empty()) {
    result.error = "no MUE rows found (expected the CMS MUE CSV)";
    return result;
  }
  info.source_checksum = Fnv1a64(bytes);
  result.table = MueTable(std::move(info), setting, std::move(entries));
  return result;
}

ReleaseInfo MueInfoFromFileName(std::string_view file_name) {
  const std::string_view name = BaseName(file_name);
  const size_t eff = name.find("Eff_");
  Date date;
  std::string edition(name.substr(0, name.rfind('.')));
  if (eff != std::string_view::npos && name.size() >= eff + 14) {
    const std::string_view mdy = name.substr(eff + 4, 10);  // MM-DD-YYYY
    if (auto parsed = Date::ParseIso(std::string(mdy.substr(6, 4)) + "-" +
                                     std::string(mdy.substr(0, 2)) + "-" +
                                     std::string(mdy.substr(3, 2)))) {
      date = *parsed;
      edition = date.ToIso();
    }
  }
  return SourceInfo(file_name, edition, date);
}

bool SettingFromFileName(std::string_view file_name, Setting* setting) {
  const std::string_view name = BaseName(file_name);
  if (name.find("Practitioner") != std::string_view::npos) {
    *setting = Setting::kPractitioner;
  } else if (name.find("OutpatientHospital") != std::string_view::npos) {
    *setting = Setting::kOutpatientHospital;
  } else if (name.find("DME") != std::string_view::npos) {
    *setting = Setting::kDme;
  } else {
    return false;
  }
  return true;
}

}  // namespace billcode
