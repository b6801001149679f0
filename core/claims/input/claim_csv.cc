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
void SetClaimValue(const std::string& value, int row, const std::string& name,
                   std::string* target, std::vector<InputError>* errors) {
  if (value.empty()) return;
  if (target->empty()) {
    *target = value;
  } else if (*target != value) {
    errors->push_back(
        InputError{Location(row, name), "\"" + value + "\" differs from \"" +
                                            *target + "\" on an earlier row"});
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
  std::string diagnoses;
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
          SetClaimValue(value, record.line, name, &parse.claim.payer,
                        &parse.errors);
          break;
        case Column::kSetting:
          SetClaimValue(value, record.line, name, &parse.claim.setting,
                        &parse.errors);
          break;
        case Column::kDiagnoses:
          SetClaimValue(value, record.line, name, &diagnoses, &parse.errors);
          break;
      }
    }
    parse.claim.lines.push_back(std::move(line));
  }
  parse.claim.diagnoses = SplitList(diagnoses);
  return parse;
}

}  // namespace billcode
