#include "billcode/import/place_of_service_import.h"

#include "billcode/base/csv.h"
#include "billcode/base/text.h"
#include "billcode/import/reference_import.h"

namespace billcode {

PlaceOfServiceImport ImportPlaceOfServiceCsv(std::string_view bytes,
                                             ReleaseInfo info) {
  PlaceOfServiceImport result;
  const CsvParse csv = ParseCsv(TextAsUtf8(bytes));
  result.error = CsvErrorText(csv);
  if (!result.error.empty()) return result;
  std::vector<PlaceOfService> places;
  for (const CsvRecord& record : csv.records) {
    ++result.report.lines;
    const std::string code =
        record.cells.empty() ? "" : CleanCell(record.cells[0]);
    if (code == "code") {
      result.report.Skip(record.line, "header");
      continue;
    }
    if (record.cells.size() < 2 || code.size() != 2 || !IsAsciiDigits(code)) {
      result.report.Skip(record.line, "not a place of service row");
      continue;
    }
    ++result.report.record_lines;
    places.push_back(PlaceOfService{
        code, CleanCell(record.cells[1]),
        record.cells.size() > 2 ? CleanCell(record.cells[2]) : ""});
  }
  if (places.empty()) {
    result.error = "no place of service rows found (code,name,description)";
    return result;
  }
  info.source_checksum = Fnv1a64(bytes);
  result.table = PlaceOfServiceTable(std::move(info), std::move(places));
  return result;
}

}  // namespace billcode
