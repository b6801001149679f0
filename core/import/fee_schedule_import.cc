#include "billcode/import/fee_schedule_import.h"

#include <cmath>
#include <limits>
#include <optional>

#include "billcode/base/csv.h"
#include "billcode/base/decimal.h"
#include "billcode/base/text.h"
#include "billcode/import/reference_import.h"

namespace billcode {
namespace {

// Columns of the PPRRVU file (0-based). The 2026 layout added PRIC IND at
// 23, so the columns after it sit one place further right than in 2025.
constexpr size_t kRvuCode = 0, kRvuModifier = 1, kRvuStatus = 3, kRvuWork = 5,
                 kRvuPeNonfacility = 6, kRvuNonfacilityNa = 7,
                 kRvuPeFacility = 8, kRvuFacilityNa = 9, kRvuMalpractice = 10,
                 kRvuPctc = 13, kRvuGlobal = 14, kRvuMultiple = 18,
                 kRvuBilateral = 19, kRvuAssistant = 20, kRvuCoSurgeon = 21,
                 kRvuTeam = 22;
constexpr size_t kRvuColumns2025 = 31, kRvuColumns2026 = 32;

// A decimal cell in units of 10^-decimals ("0.21" with 2 -> 21); nullopt
// when it is no such number or too large for an int.
std::optional<int> Scaled(const std::string& text, int decimals) {
  const std::optional<double> value = ParseDecimal(text, decimals);
  if (!value) return std::nullopt;
  const double scaled = std::round(*value * std::pow(10.0, decimals));
  if (scaled > std::numeric_limits<int>::max()) return std::nullopt;
  return static_cast<int>(scaled);
}

// A one-digit indicator; 9 (not applicable) when blank.
std::optional<int> Indicator(const std::string& text) {
  if (text.empty()) return 9;
  if (text.size() != 1 || !IsAsciiDigits(text)) return std::nullopt;
  return text[0] - '0';
}

std::string Cell(const CsvRecord& record, size_t column) {
  return column < record.cells.size() ? CleanCell(record.cells[column]) : "";
}

// A row above the header as the line of text it was before the commas in
// it split it into cells, without the empty cells around it.
std::string RowText(const CsvRecord& record) {
  std::string text;
  for (const std::string& cell : record.cells) {
    text += (text.empty() ? "" : ",") + cell;
  }
  const size_t first = text.find_first_not_of(", ");
  if (first == std::string::npos) return "";
  return CleanCell(text.substr(first, text.find_last_not_of(", ") - first + 1));
}

// The copyright lines at the top of a file, joined: the notice its data
// keeps wherever it is shown.
void KeepNotice(const std::string& text, ReleaseInfo* info) {
  if (text.find("copyright") == std::string::npos &&
      text.find("Copyright") == std::string::npos) {
    return;
  }
  info->notice = NonBlankLines(info->notice + "\n" + text);
}

std::optional<RvuEntry> ReadRvuRow(const CsvRecord& record, size_t cf_column) {
  RvuEntry entry;
  const std::string code = Cell(record, kRvuCode);
  const std::string modifier = Cell(record, kRvuModifier);
  if (!IsFiveCharacterCode(code) || modifier.size() > 2) return std::nullopt;
  entry.key = code + modifier;
  entry.status = Cell(record, kRvuStatus);
  entry.global_days = Cell(record, kRvuGlobal);
  entry.nonfacility_na = Cell(record, kRvuNonfacilityNa) == "NA";
  entry.facility_na = Cell(record, kRvuFacilityNa) == "NA";
  const auto work = Scaled(Cell(record, kRvuWork), 2);
  const auto pe_nonfacility = Scaled(Cell(record, kRvuPeNonfacility), 2);
  const auto pe_facility = Scaled(Cell(record, kRvuPeFacility), 2);
  const auto malpractice = Scaled(Cell(record, kRvuMalpractice), 2);
  const auto cf = Scaled(Cell(record, cf_column), 4);
  const auto pctc = Indicator(Cell(record, kRvuPctc));
  const auto multiple = Indicator(Cell(record, kRvuMultiple));
  const auto bilateral = Indicator(Cell(record, kRvuBilateral));
  const auto assistant = Indicator(Cell(record, kRvuAssistant));
  const auto co_surgeon = Indicator(Cell(record, kRvuCoSurgeon));
  const auto team = Indicator(Cell(record, kRvuTeam));
  if (entry.status.size() != 1 || !work || !pe_nonfacility || !pe_facility ||
      !malpractice || !cf || !pctc || !multiple || !bilateral || !assistant ||
      !co_surgeon || !team) {
    return std::nullopt;
  }
  entry.work = *work;
  entry.pe_nonfacility = *pe_nonfacility;
  entry.pe_facility = *pe_facility;
  entry.malpractice = *malpractice;
  entry.conversion_factor = *cf;
  entry.pctc = *pctc;
  entry.multiple_procedure = *multiple;
  entry.bilateral = *bilateral;
  entry.assistant = *assistant;
  entry.co_surgeon = *co_surgeon;
  entry.team = *team;
  return entry;
}

// What a row reader makes of one CSV record: an entry of the table, or the
// reason it was passed over, or an error that stops the import.
template <typename Entry>
struct Row {
  std::optional<Entry> entry;
  std::string skipped;
  std::string error;
};

template <typename Entry>
Row<Entry> Skipped(std::string reason) {
  return Row<Entry>{std::nullopt, std::move(reason), ""};
}

// The skeleton of every CSV importer here: `read(record, &info)` judges
// each record (and may keep a notice in `info`); the rows read make the
// table, and a file without one is an error saying `none_found`.
template <typename Table, typename Entry, typename Read>
TableImport<Table> ImportCsvTable(std::string_view bytes, ReleaseInfo info,
                                  const char* none_found, Read read) {
  TableImport<Table> result;
  const CsvParse csv = ParseCsv(TextAsUtf8(bytes));
  result.error = CsvErrorText(csv);
  if (!result.error.empty()) return result;
  std::vector<Entry> entries;
  for (const CsvRecord& record : csv.records) {
    ++result.report.lines;
    Row<Entry> row = read(record, &info);
    if (!row.error.empty()) {
      result.error = std::move(row.error);
      return result;
    }
    if (!row.entry) {
      result.report.Skip(record.line, row.skipped);
      continue;
    }
    ++result.report.record_lines;
    entries.push_back(std::move(*row.entry));
  }
  if (entries.empty()) {
    result.error = none_found;
    return result;
  }
  info.source_checksum = Fnv1a64(bytes);
  result.table = Table(std::move(info), std::move(entries));
  return result;
}

}  // namespace

RvuImport ImportRvuCsv(std::string_view bytes, ReleaseInfo info) {
  size_t cf_column = 0;  // known once the header row is read
  return ImportCsvTable<RvuTable, RvuEntry>(
      bytes, std::move(info),
      "no relative value rows found (is this a PPRRVU file?)",
      [&](const CsvRecord& record, ReleaseInfo* read_info) -> Row<RvuEntry> {
        if (Cell(record, 0) == "HCPCS" && Cell(record, 1) == "MOD") {
          const size_t columns = record.cells.size();
          if (columns != kRvuColumns2025 && columns != kRvuColumns2026) {
            return Row<RvuEntry>{
                std::nullopt, "",
                "the header row has " + std::to_string(columns) +
                    " columns; the PPRRVU layouts have 31 (2025) or 32"};
          }
          cf_column = columns == kRvuColumns2026 ? 25 : 24;
          return Skipped<RvuEntry>("header");
        }
        if (cf_column == 0) {
          KeepNotice(RowText(record), read_info);
          return Skipped<RvuEntry>("title, notice or column heading");
        }
        std::optional<RvuEntry> entry = ReadRvuRow(record, cf_column);
        if (!entry) return Skipped<RvuEntry>("not a relative value row");
        return Row<RvuEntry>{std::move(entry), "", ""};
      });
}

GpciImport ImportGpciCsv(std::string_view bytes, ReleaseInfo info) {
  return ImportCsvTable<GpciTable, GpciEntry>(
      bytes, std::move(info),
      "no GPCI rows found (MAC, state, locality, name, GPCIs)",
      [](const CsvRecord& record, ReleaseInfo*) -> Row<GpciEntry> {
        const std::string mac = Cell(record, 0);
        const std::string locality = Cell(record, 2);
        const auto work = Scaled(Cell(record, 4), 3);
        const auto pe = Scaled(Cell(record, 5), 3);
        const auto mp = Scaled(Cell(record, 6), 3);
        if (mac.size() != 5 || !IsAsciiDigits(mac) || locality.size() != 2 ||
            !IsAsciiDigits(locality) || !work || !pe || !mp) {
          return Skipped<GpciEntry>("title, header or footnote");
        }
        return Row<GpciEntry>{GpciEntry{mac + locality, Cell(record, 1),
                                        Cell(record, 3), *work, *pe, *mp},
                              "", ""};
      });
}

ZipLocalityImport ImportZip5(std::string_view bytes, ReleaseInfo info) {
  ZipLocalityImport result;
  const std::string text = TextAsUtf8(bytes);
  std::vector<ZipLocality> zips;
  ReadTextLines(text, &result.report, [&](int number, std::string_view line) {
    // 1-based columns: 1-2 state, 3-7 ZIP, 8-12 carrier, 13-14 locality,
    // 21 plus-four flag.
    if (line.size() < 14) {
      result.report.Skip(number, "not a ZIP5 record");
      return;
    }
    const std::string_view zip = line.substr(2, 5);
    const std::string_view mac = line.substr(7, 5);
    const std::string_view locality = line.substr(12, 2);
    if (!IsAsciiDigits(zip) || !IsAsciiDigits(mac) ||
        !IsAsciiDigits(locality)) {
      result.report.Skip(number, "not a ZIP5 record");
      return;
    }
    ++result.report.record_lines;
    zips.push_back(ZipLocality{std::string(zip), std::string(line.substr(0, 2)),
                               std::string(mac), std::string(locality),
                               line.size() > 20 && line[20] == '1'});
  });
  if (zips.empty()) {
    result.error = "no ZIP5 records found (fixed width, ZIP in columns 3-7)";
    return result;
  }
  info.source_checksum = Fnv1a64(bytes);
  result.table = ZipLocalityTable(std::move(info), std::move(zips));
  return result;
}

LabFeeImport ImportClfsCsv(std::string_view bytes, ReleaseInfo info) {
  bool header = false;
  return ImportCsvTable<LabFeeTable, LabFee>(
      bytes, std::move(info),
      "no lab fee rows found (YEAR,HCPCS,MOD,EFF_DATE,...)",
      [&](const CsvRecord& record, ReleaseInfo* read_info) -> Row<LabFee> {
        if (Cell(record, 0) == "YEAR" && Cell(record, 1) == "HCPCS") {
          header = true;
          return Skipped<LabFee>("header");
        }
        if (!header) {
          KeepNotice(RowText(record), read_info);
          return Skipped<LabFee>("title or notice");
        }
        const std::string code = Cell(record, 1);
        const std::string modifier = Cell(record, 2);
        const auto effective = Date::ParseCompact(Cell(record, 3));
        const std::string indicator = Cell(record, 4);
        const auto rate = Scaled(Cell(record, 5), 2);
        if (!IsFiveCharacterCode(code) || modifier.size() > 2 || !effective ||
            (indicator != "N" && indicator != "L") || !rate) {
          return Skipped<LabFee>("not a lab fee row");
        }
        return Row<LabFee>{LabFee{code + modifier, *rate, indicator == "L",
                                  effective->ToIso()},
                           "", ""};
      });
}

OppsCapImport ImportOppsCapCsv(std::string_view bytes, ReleaseInfo info) {
  return ImportCsvTable<OppsCapTable, OppsCap>(
      bytes, std::move(info),
      "no OPPS cap rows found (HCPCS,MOD,PROCSTAT,CARRIER,LOCALITY,...)",
      [](const CsvRecord& record, ReleaseInfo*) -> Row<OppsCap> {
        const std::string code = Cell(record, 0);
        const std::string modifier = Cell(record, 1);
        const std::string mac = Cell(record, 3);
        const std::string locality = Cell(record, 4);
        const auto facility = Scaled(Cell(record, 5), 2);
        const auto nonfacility = Scaled(Cell(record, 6), 2);
        if (code == "HCPCS") return Skipped<OppsCap>("header");
        if (!IsFiveCharacterCode(code) || modifier.size() > 2 ||
            mac.size() != 5 || !IsAsciiDigits(mac) || locality.size() != 2 ||
            !IsAsciiDigits(locality) || !facility || !nonfacility) {
          return Skipped<OppsCap>("not an OPPS cap row");
        }
        return Row<OppsCap>{
            OppsCap{code + modifier + mac + locality, *facility, *nonfacility},
            "", ""};
      });
}

AnesthesiaImport ImportAnesthesiaCsv(std::string_view bytes, ReleaseInfo info) {
  AnesthesiaImport result = ImportCsvTable<AnesthesiaTable, AnesthesiaFactor>(
      bytes, std::move(info),
      "no anesthesia factor rows found (Contractor, Locality, Locality Name, "
      "National Anes CF of N)",
      [](const CsvRecord& record, ReleaseInfo*) -> Row<AnesthesiaFactor> {
        const std::string mac = Cell(record, 0);
        const std::string locality = Cell(record, 1);
        // The header names the national factor: "National Anes CF of
        // 20.3178"; it is the entry with an empty key.
        const std::string heading = Cell(record, 3);
        const size_t of = heading.rfind(" of ");
        if (mac == "Contractor" && of != std::string::npos) {
          const auto national = Scaled(heading.substr(of + 4), 4);
          if (!national) return Skipped<AnesthesiaFactor>("header");
          return Row<AnesthesiaFactor>{AnesthesiaFactor{"", *national}, "", ""};
        }
        const auto factor = Scaled(heading, 4);
        if (mac.size() != 5 || !IsAsciiDigits(mac) || locality.size() != 2 ||
            !IsAsciiDigits(locality) || !factor) {
          return Skipped<AnesthesiaFactor>("not an anesthesia factor row");
        }
        return Row<AnesthesiaFactor>{AnesthesiaFactor{mac + locality, *factor},
                                     "", ""};
      });
  if (result.error.empty() && !result.table.Find("")) {
    result = AnesthesiaImport();
    result.error =
        "the header names no national factor (\"National Anes CF of N\")";
  }
  return result;
}

}  // namespace billcode
