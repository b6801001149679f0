// CSV claims: a header row, then one row per line. Columns (README "Claim
// input formats"): code (required), modifiers, units, charge,
// dateOfService, dateTo, placeOfService, diagnosisPointers, ndc,
// description, and the claim-level payer, setting and diagnoses, which
// must agree on every row that gives them. Lists are separated by ";",
// "|" or spaces.
#include <algorithm>
#include <map>

#include "billcode/base/csv.h"
#include "billcode/base/text.h"
#include "billcode/claims/input/claim_input.h"

namespace billcode {
namespace {

enum class Column {
  kCode,
  kModifiers,
  kUnits,
  kCharge,
  kDateOfService,
  kDateTo,
  kPlaceOfService,
  kDiagnosisPointers,
  kNdc,
  kDescription,
  kPayer,
  kSetting,
  kDiagnoses
};

const std::map<std::string, Column> kColumns = {
    {"code", Column::kCode},
    {"modifiers", Column::kModifiers},
    {"units", Column::kUnits},
    {"charge", Column::kCharge},
    {"dateOfService", Column::kDateOfService},
    {"dateTo", Column::kDateTo},
    {"placeOfService", Column::kPlaceOfService},
    {"diagnosisPointers", Column::kDiagnosisPointers},
    {"ndc", Column::kNdc},
    {"description", Column::kDescription},
    {"payer", Column::kPayer},
    {"setting", Column::kSetting},
    {"diagnoses", Column::kDiagnoses},
};

std::vector<std::string> SplitList(std::string_view text) {
  std::vector<std::string> items;
  std::string item;
  for (char c : text) {
    if (c == ';' || c == '|' || c == ' ' || c == ',') {
      if (!item.empty()) items.push_back(std::move(item));
      item.clear();
    } else {
      item.push_back(c);
    }
  }
  if (!item.empty()) items.push_back(std::move(item));
  return items;
}

std::string Location(int row, const std::string& column) {
  return "row " + std::to_string(row) + " column " + column;
}

// A claim-level value: the first row that gives it sets it; a different
// value later is an error.
// A claim-level value that every row may repeat: the first non-empty one
// counts; the first row that differs is an error, later ones only counted.
struct ClaimValue {
  std::string value;
  int differing_rows = 0;
};

void SetClaimValue(const std::string& value, int row, const std::string& name,
                   ClaimValue* target, std::vector<InputError>* errors) {
  if (value.empty()) return;
  if (target->value.empty()) {
    target->value = value;
  } else if (target->value != value && target->differing_rows++ == 0) {
    errors->push_back(InputError{Location(row, name),
                                 "\"" + value + "\" differs from \"" +
                                     target->value + "\" on an earlier row"});
  }
}

// One error that counts the rows differing after the first one reported.
void ReportMoreDiffering(const ClaimValue& target, const std::string& name,
                         std::vector<InputError>* errors) {
  if (target.differing_rows > 1) {
    errors->push_back(
        InputError{"column " + name, std::to_string(target.differing_rows - 1) +
                                         " more row(s) differ from \"" +
                                         target.value + "\" too"});
  }
}

}  // namespace

ClaimParse ParseClaimCsv(std::string_view text) {
  ClaimParse parse;
  const CsvParse csv = ParseCsv(text);
  if (!csv.error.empty()) {
    parse.errors.push_back(
        InputError{"row " + std::to_string(csv.error_line), csv.error});
    return parse;
  }
  if (csv.records.empty()) {
    parse.errors.push_back(InputError{"row 1", "needs a header row"});
    return parse;
  }
  std::vector<Column> columns;
  const std::vector<std::string>& header = csv.records[0].cells;
  for (const std::string& name : header) {
    const auto it = kColumns.find(std::string(TrimAsciiSpace(name)));
    if (it == kColumns.end()) {
      parse.errors.push_back(InputError{Location(csv.records[0].line, name),
                                        "is not a known column"});
      columns.push_back(Column::kDescription);
      continue;
    }
    columns.push_back(it->second);
  }
  if (std::find(columns.begin(), columns.end(), Column::kCode) ==
      columns.end()) {
    parse.errors.push_back(InputError{"row 1", "needs a code column"});
    return parse;
  }
  ClaimValue payer, setting, diagnoses;
  std::string payer_column, setting_column, diagnoses_column;
  for (size_t r = 1; r < csv.records.size(); ++r) {
    const CsvRecord& record = csv.records[r];
    if (record.cells.size() > header.size()) {
      parse.errors.push_back(InputError{"row " + std::to_string(record.line),
                                        "has more cells than the header"});
      continue;
    }
    ClaimLine line;
    for (size_t c = 0; c < record.cells.size(); ++c) {
      const std::string value(TrimAsciiSpace(record.cells[c]));
      const std::string& name = header[c];
      switch (columns[c]) {
        case Column::kCode:
          line.code = value;
          break;
        case Column::kModifiers:
          line.modifiers = SplitList(value);
          break;
        case Column::kUnits:
          line.units = value;
          break;
        case Column::kCharge:
          line.charge = value;
          break;
        case Column::kDateOfService:
          line.date_of_service = value;
          break;
        case Column::kDateTo:
          line.date_to = value;
          break;
        case Column::kPlaceOfService:
          line.place_of_service = value;
          break;
        case Column::kDiagnosisPointers:
          line.diagnosis_pointers = SplitList(value);
          break;
        case Column::kNdc:
          line.ndc = value;
          break;
        case Column::kDescription:
          line.description = value;
          break;
        case Column::kPayer:
          SetClaimValue(value, record.line, name, &payer, &parse.errors);
          payer_column = name;
          break;
        case Column::kSetting:
          SetClaimValue(value, record.line, name, &setting, &parse.errors);
          setting_column = name;
          break;
        case Column::kDiagnoses:
          SetClaimValue(value, record.line, name, &diagnoses, &parse.errors);
          diagnoses_column = name;
          break;
      }
    }
    parse.claim.lines.push_back(std::move(line));
  }
  ReportMoreDiffering(payer, payer_column, &parse.errors);
  ReportMoreDiffering(setting, setting_column, &parse.errors);
  ReportMoreDiffering(diagnoses, diagnoses_column, &parse.errors);
  parse.claim.payer = payer.value;
  parse.claim.setting = setting.value;
  parse.claim.diagnoses = SplitList(diagnoses.value);
  return parse;
}

}  // namespace billcode
