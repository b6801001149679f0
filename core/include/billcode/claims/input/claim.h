// One claim as every input format maps it: claim-level defaults and lines.
// Values are kept as given (text), so that the checks can say what is wrong
// with them; the adapters only convert dates to YYYY-MM-DD.
#ifndef BILLCODE_CLAIMS_INPUT_CLAIM_H_
#define BILLCODE_CLAIMS_INPUT_CLAIM_H_

#include <string>
#include <vector>

#include "billcode/base/enum_names.h"
#include "billcode/tables/setting.h"

namespace billcode {

#define BILLCODE_PAYERS(X) \
  X(kMedicare, "medicare") \
  X(kMedicaid, "medicaid") \
  X(kCommercial, "commercial")

BILLCODE_ENUM(Payer, BILLCODE_PAYERS)

struct ClaimLine {
  std::string code;
  std::vector<std::string> modifiers;
  std::string units;                            // "" = not given (1 is assumed)
  std::string charge;                           // "" = not given
  std::string date_of_service;                  // "" = the claim's default
  std::string date_to;                          // "" = same as date_of_service
  std::string place_of_service;                 // "" = the claim's default
  std::vector<std::string> diagnosis_pointers;  // 1-based, as given
  std::string ndc;
  std::string description;  // narrative, for unlisted codes
};

struct Claim {
  std::string payer;    // "" = not given
  std::string setting;  // "" = not given
  std::string date_of_service;
  std::string place_of_service;
  std::vector<std::string> diagnoses;  // ICD-10-CM, as given
  std::vector<ClaimLine> lines;
};

}  // namespace billcode

#endif  // BILLCODE_CLAIMS_INPUT_CLAIM_H_
