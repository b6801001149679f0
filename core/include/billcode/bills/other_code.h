// A code from a bill, an EOB or a remittance that is no procedure code,
// said in plain words: what a person types into a code box from the paper
// in their hand is often a diagnosis ("E11.9"), a hospital's revenue code
// ("0450"), a drug's NDC, an EOB's adjustment reason ("CO-45") or remark
// ("N130"), or a place of service ("POS 11"). Procedure codes (CPT,
// HCPCS) are Classify()'s.
#ifndef BILLCODE_BILLS_OTHER_CODE_H_
#define BILLCODE_BILLS_OTHER_CODE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "billcode/base/date.h"
#include "billcode/base/enum_names.h"
#include "billcode/tables/data_set.h"

namespace billcode {

#define BILLCODE_OTHER_CODE_KINDS(X)        \
  X(kDiagnosis, "diagnosis")                \
  X(kRevenue, "revenue")                    \
  X(kNdc, "ndc")                            \
  X(kAdjustmentReason, "adjustment-reason") \
  X(kRemark, "remark")                      \
  X(kPlaceOfService, "place-of-service")

BILLCODE_ENUM(OtherCodeKind, BILLCODE_OTHER_CODE_KINDS)

struct OtherCode {
  OtherCodeKind kind = OtherCodeKind::kDiagnosis;
  std::string code;  // as billcode writes it: "E11.9", "0450", "CO-45"
  std::vector<std::string> sentences;
};

// What `text` is when it has one of these shapes, on `date` (diagnoses are
// looked up in the ICD-10-CM edition of that date); nullopt otherwise.
//  - diagnosis: a letter, a digit, a digit or letter, then a dot and up to
//    four more ("E11.9", "S83.241A"); without the dot only when no
//    procedure code has its shape ("I10", "F329", "S83241A");
//  - revenue: four digits from 0100 to 0999 ("0450"), or after "REV";
//  - ndc: 5-4-2, 4-4-2 or 5-3-2 with dashes, or 11 digits;
//  - adjustment-reason: a group and a reason ("CO-45", "PR1", "OA 23");
//  - remark: N, M or MA and up to three digits ("N130", "MA01");
//  - place-of-service: two digits after "POS" or "Place of service".
std::optional<OtherCode> ExplainOtherCode(std::string_view text, Date date,
                                          const DataSet& data);

}  // namespace billcode

#endif  // BILLCODE_BILLS_OTHER_CODE_H_
