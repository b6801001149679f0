#include "billcode/import/hcpcs_csv_import.h"

#include <map>
#include <set>

#include "billcode/base/csv.h"
#include "billcode/base/text.h"
#include "billcode/import/reference_import.h"

namespace billcode {
namespace {

// One row of the CSV: cells by the header's column names.
class Row {
 public:
  Row(const std::map<std::string, size_t>& columns, const CsvRecord& record,
      ImportReport* report)
      : columns_(columns), record_(record), report_(report) {}

  std::string Text(const std::string& name) const {
    const auto it = columns_.find(name);
    return it == columns_.end() || it->second >= record_.cells.size()
               ? ""
               : CleanCell(record_.cells[it->second]);
  }
  // Columns NAME1 ... NAMEcount, blanks dropped.
  std::vector<std::string> Texts(const std::string& name, int count) const {
    std::vector<std::string> values;
    for (int i = 1; i <= count; ++i) {
      std::string value = Text(name + std::to_string(i));
      if (!value.empty()) values.push_back(std::move(value));
    }
    return values;
  }
  Date DateOf(const std::string& name) const {
    const std::string text = Text(name);
    if (text.empty()) return Date();
    if (auto date = Date::ParseCompact(text)) return *date;
    report_->Warn(record_.line, "invalid " + name + " date read as blank");
    return Date();
  }

 private:
  const std::map<std::string, size_t>& columns_;
  const CsvRecord& record_;
  ImportReport* report_;
};

HcpcsRecord RecordOf(const Row& row, std::string code, bool modifier) {
  HcpcsRecord record;
  record.code = std::move(code);
  record.is_modifier = modifier;
  record.long_description = row.Text("LONG DESCRIPTION");
  record.short_description = row.Text("SHORT DESCRIPTION");
  record.pricing_indicators = row.Texts("PRICE", 4);
  record.multiple_pricing_indicator = row.Text("MULT_PI");
  record.coverage_issues_refs = row.Texts("CIM", 3);
  record.carriers_manual_refs = row.Texts("MCM", 3);
  record.statute = row.Text("STATUTE");
  record.lab_certifications = row.Texts("LABCERT", 8);
  record.cross_references = row.Texts("XREF", 5);
  record.coverage_code = row.Text("COV");
  record.asc_group = row.Text("ASC_GRP");
  record.asc_effective = row.DateOf("ASC_DT");
  record.opps_status = row.Text("OPPS");
  record.opps_payment_indicator = row.Text("OPPS_PI");
  record.opps_effective = row.DateOf("OPPS_DT");
  record.processing_note = row.Text("PROCNOTE");
  record.betos = row.Text("BETOS");
  record.types_of_service = row.Texts("TOS", 5);
  record.anesthesia_base_units = row.Text("ANEST_BU");
  record.added = row.DateOf("ADD DT");
  record.action_effective = row.DateOf("ACT EFF DT");
  record.termination = row.DateOf("TERM DT");
  record.action_code = row.Text("ACTION CD");
  return record;
}

}  // namespace

bool LooksLikeHcpcsCsv(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  return bytes.substr(0, 5) == "HCPC,";
}

HcpcsImport ImportHcpcsCsv(std::string_view bytes, ReleaseInfo info) {
  HcpcsImport result;
  const CsvParse csv = ParseCsv(TextAsUtf8(bytes));
  result.error = CsvErrorText(csv);
  if (!result.error.empty()) return result;
  std::map<std::string, size_t> columns;
  if (!csv.records.empty()) {
    const std::vector<std::string>& header = csv.records[0].cells;
    for (size_t i = 0; i < header.size(); ++i) {
      columns[std::string(TrimAsciiSpace(header[i]))] = i;
    }
  }
  for (const char* required : {"HCPC", "RECID", "LONG DESCRIPTION"}) {
    if (!columns.count(required)) {
      result.error = std::string("no ") + required +
                     " column (expected the CMS HCPCS file saved as CSV)";
      return result;
    }
  }
  std::vector<HcpcsRecord> records;
  std::set<std::pair<std::string, bool>> seen;
  for (size_t r = 0; r < csv.records.size(); ++r) {
    const CsvRecord& record = csv.records[r];
    ++result.report.lines;
    if (r == 0) {
      result.report.Skip(record.line, "header");
      continue;
    }
    const Row row(columns, record, &result.report);
    const std::string raw_code =
        record.cells.empty() ? "" : Cp1252ToUtf8(record.cells[0]);
    const std::string record_id = row.Text("RECID");
    const bool modifier = record_id == "7";
    if (record_id != "3" && !modifier) {
      result.report.Skip(record.line, "not a first record line (RECID 3 or 7)");
      continue;
    }
    const std::string code(TrimAsciiSpace(raw_code));
    const bool well_formed = modifier ? code.size() == 2
                                      : code.size() == 5 && code[0] >= 'A' &&
                                            code[0] <= 'Z' &&
                                            IsAsciiDigits(code.substr(1));
    if (!well_formed) {
      result.report.Skip(record.line, "malformed code in column HCPC");
      continue;
    }
    if (!seen.emplace(code, modifier).second) {
      result.report.Skip(record.line,
                         "duplicate record of a code already read");
      continue;
    }
    ++result.report.record_lines;
    records.push_back(RecordOf(row, code, modifier));
  }
  if (records.empty()) {
    result.error = "no HCPCS records found";
    return result;
  }
  info.source_checksum = Fnv1a64(bytes);
  result.release = HcpcsRelease(std::move(info), std::move(records));
  return result;
}

}  // namespace billcode
