#include "billcode/import/ncci_addon_import.h"

#include "billcode/base/csv.h"
#include "billcode/base/text.h"
#include "billcode/import/reference_import.h"

namespace billcode {
namespace {

constexpr size_t kColumns = 8;

// Blank is no date; anything else must be Julian YYYYDDD.
bool ReadJulian(const std::string& text, Date* date) {
  if (text.empty()) return true;
  const auto parsed = Date::ParseJulian(text);
  if (parsed) *date = *parsed;
  return parsed.has_value();
}

bool ParseRow(const std::vector<std::string>& cells, AddOnEdit* edit) {
  if (cells.size() < kColumns - 1) return false;
  const std::string type = CleanCell(cells[0]);
  edit->addon_code = CleanCell(cells[1]);
  edit->primary_code = CleanCell(cells[3]);
  edit->note = cells.size() >= kColumns ? CleanCell(cells[7]) : "";
  if (type.size() != 1 || type[0] < '1' || type[0] > '3') return false;
  edit->type = type[0] - '0';
  return IsFiveCharacterCode(edit->addon_code) &&
         IsFiveCharacterCode(edit->primary_code) &&
         ReadJulian(CleanCell(cells[2]), &edit->addon_deleted) &&
         ReadJulian(CleanCell(cells[4]), &edit->primary_deleted) &&
         ReadJulian(CleanCell(cells[5]), &edit->effective) &&
         ReadJulian(CleanCell(cells[6]), &edit->deleted);
}

}  // namespace

AddOnImport ImportAddOnCsv(std::string_view bytes, ReleaseInfo info) {
  AddOnImport result;
  const CsvParse csv = ParseCsv(TextAsUtf8(bytes));
  result.error = CsvErrorText(csv);
  if (!result.error.empty()) return result;
  std::vector<AddOnEdit> edits;
  for (const CsvRecord& record : csv.records) {
    ++result.report.lines;
    const std::string first =
        record.cells.empty() ? "" : CleanCell(record.cells[0]);
    if (first.find("American Medical Association") != std::string::npos) {
      info.notice = NonBlankLines(first);
      result.report.Skip(record.line, "copyright notice");
      continue;
    }
    if (first == "AOC_Edit_Type") {
      result.report.Skip(record.line, "header");
      continue;
    }
    AddOnEdit edit;
    if (!ParseRow(record.cells, &edit)) {
      result.report.Skip(record.line, "not an add-on edit row");
      continue;
    }
    ++result.report.record_lines;
    edits.push_back(std::move(edit));
  }
  if (edits.empty()) {
    result.error = "no add-on code edits found (expected the CMS AOC CSV)";
    return result;
  }
  info.source_checksum = Fnv1a64(bytes);
  result.table = AddOnTable(std::move(info), std::move(edits));
  return result;
}

ReleaseInfo AddOnInfoFromFileName(std::string_view file_name) {
  const std::string_view name = BaseName(file_name);
  const size_t v = name.find("_V");
  std::string edition(name.substr(0, name.rfind('.')));
  Date date;
  if (v != std::string_view::npos && name.size() >= v + 8 &&
      IsAsciiDigits(name.substr(v + 2, 4)) && name[v + 6] == 'Q' &&
      name[v + 7] >= '1' && name[v + 7] <= '4') {
    edition = std::string(name.substr(v + 2, 6));
    const int year = std::stoi(std::string(name.substr(v + 2, 4)));
    if (auto first = Date::FromYmd(year, (name[v + 7] - '1') * 3 + 1, 1)) {
      date = *first;
    }
  }
  return SourceInfo(file_name, edition, date);
}

}  // namespace billcode
