// What a bill's codes other than procedure codes are, in plain words for a
// patient: diagnoses, revenue codes and NDCs (private to the bills module).
#ifndef BILLCODE_BILLS_BILL_CODE_WORDS_H_
#define BILLCODE_BILLS_BILL_CODE_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/base/date.h"
#include "billcode/tables/data_set.h"

namespace billcode::bills {

// "E11.9 is an ICD-10-CM diagnosis code: ... ICD-10-CM FY2026: Type 2
// diabetes ...", or that it is a category, or is not in the edition of
// `date` (past the newest edition's end, the newest, saying so), or that
// no edition is loaded.
std::vector<std::string> ExplainDiagnosis(std::string_view code, Date date,
                                          const DataSet& data);

// "Revenue code 0450: emergency room.", and what revenue codes are.
std::vector<std::string> ExplainRevenue(std::string_view code);

// What a National Drug Code (5-4-2) names.
std::vector<std::string> ExplainNdc(std::string_view code);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_CODE_WORDS_H_
