#include "billcode/place_of_service.h"

#include <algorithm>

#include "billcode/csv.h"
#include "billcode/reference_import.h"
#include "billcode/text.h"

namespace billcode {

PlaceOfServiceTable::PlaceOfServiceTable(ReleaseInfo info,
                                         std::vector<PlaceOfService> places)
    : info_(std::move(info)), places_(std::move(places)) {
  std::sort(places_.begin(), places_.end(),
            [](const PlaceOfService& a, const PlaceOfService& b) {
              return a.code < b.code;
            });
}

const PlaceOfService* PlaceOfServiceTable::Find(std::string_view code) const {
  auto it =
      std::lower_bound(places_.begin(), places_.end(), code,
                       [](const PlaceOfService& place, std::string_view value) {
                         return place.code < value;
                       });
  return it != places_.end() && it->code == code ? &*it : nullptr;
}

PlaceOfServiceImport ImportPlaceOfServiceCsv(std::string_view bytes,
                                             ReleaseInfo info) {
  PlaceOfServiceImport result;
  const CsvParse csv = ParseCsv(bytes);
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
