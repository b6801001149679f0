#include "bill_code_words.h"

#include "billcode/bills/revenue_codes.h"
#include "billcode/tables/icd10cm.h"

namespace billcode::bills {

std::vector<std::string> ExplainDiagnosis(std::string_view code, Date date,
                                          const DataSet& data) {
  const std::string normal = NormalizeDiagnosis(code);
  // Without an edition for the date, the newest says what the code was.
  const Icd10Table* governing = data.icd10cm(date);
  const Icd10Table* table = governing ? governing : data.icd10cm();
  if (table == nullptr) {
    return {std::string(code) +
            " is an ICD-10-CM diagnosis code: it says why you "
            "were treated. No ICD-10-CM edition is loaded, so its "
            "description is not shown."};
  }
  std::string edition = "ICD-10-CM " + table->info().edition;
  if (governing == nullptr) {
    edition += " (the newest edition loaded, which does not cover " +
               date.ToIso() + ")";
  } else if (EndsBefore(table->info(), date)) {
    edition +=
        " (the newest edition loaded, which ends before " + date.ToIso() + ")";
  }
  if (const Icd10Code* found = table->Find(normal)) {
    return {std::string(code) +
            " is an ICD-10-CM diagnosis code: it says why you "
            "were treated. " +
            edition + ": " + found->description + "."};
  }
  if (table->HasMoreSpecific(normal)) {
    return {std::string(code) +
            " is a category of ICD-10-CM diagnosis codes (" + edition +
            "); a complete code adds more characters."};
  }
  return {std::string(code) +
          " has the shape of an ICD-10-CM diagnosis code but is "
          "not in " +
          edition + "."};
}

std::vector<std::string> ExplainRevenue(std::string_view code) {
  std::string department = RevenueDepartment(code);
  std::string sentence =
      "Revenue code " + std::string(code) +
      (department.empty() ? " is not in billcode's list of revenue codes."
                          : ": " + department + ".");
  return {sentence,
          "Hospitals use revenue codes to say which department or kind of "
          "charge a line is; the service itself is named by a CPT or HCPCS "
          "code."};
}

std::vector<std::string> ExplainNdc(std::string_view code) {
  return {"National Drug Code " + std::string(code) +
          ": it names the drug, its maker and the package it came in. "
          "billcode has no drug list to name it; the FDA's NDC Directory "
          "does."};
}

}  // namespace billcode::bills
