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

// The claim form: CMS-1500 / 837P, UB-04 / 837I, ADA dental / 837D.
#define BILLCODE_CLAIM_FORMS(X)      \
  X(kProfessional, "professional")   \
  X(kInstitutional, "institutional") \
  X(kDental, "dental")

BILLCODE_ENUM(ClaimForm, BILLCODE_CLAIM_FORMS)

// A tooth a dental line treats (837D TOO): its number and the surfaces.
struct Tooth {
  std::string number;                 // "3", "A"
  std::vector<std::string> surfaces;  // "M", "O", ...
};

// A provider a claim or line names by National Provider Identifier: its
// role ("billing", "rendering", "referring", "ordering", "supervising",
// "facility", "attending", "operating", "other") and the NPI as given.
struct ProviderNpi {
  std::string role;
  std::string npi;
};

struct ClaimLine {
  std::string code;
  std::vector<std::string> modifiers;
  std::string units;                            // "" = not given (1 is assumed)
  std::string charge;                           // "" = not given
  std::string date_of_service;                  // "" = the claim's default
  std::string date_to;                          // "" = same as date_of_service
  std::string place_of_service;                 // "" = the claim's default
  std::vector<std::string> diagnosis_pointers;  // 1-based, as given
  // Pointers the reader dropped because they name a diagnosis it does not
  // check (ICD-9, SNOMED): the line is not "without a diagnosis".
  bool points_at_unread_diagnosis = false;
  std::string ndc;
  std::string description;   // narrative, for unlisted codes
  std::string revenue_code;  // institutional claims: the NUBC revenue code
  // "" when `code` is CPT/HCPCS (or CDT); else the code system `code` is
  // written in (SNOMED, a revenue code alone ...): its code is not checked.
  std::string code_system;
  std::vector<Tooth> teeth;            // dental claims
  std::vector<ProviderNpi> providers;  // the line's own (837 loop 2420)
  // What an Explanation of Benefits says the payer did with the line, as
  // given ("" when not): the amounts it allowed and paid (of which it paid
  // `paid_to_patient` to the patient, not the provider), and the patient's
  // deductible, coinsurance, copay and liability (all of the patient's
  // share); the network discount and the amount it did not cover; its Claim
  // Adjustment Reason Codes ("45") and remark codes ("N130").
  struct Adjudication {
    std::string allowed, paid, paid_to_patient;
    std::string deductible, coinsurance, copay, liability;
    std::string discount, noncovered;
    std::vector<std::string> reasons, remarks;
  } adjudication;
};

// A procedure of an inpatient stay, coded for the whole claim (ICD-10-PCS;
// FHIR `procedure`), as given.
struct StayProcedure {
  std::string code;         // "0FT44ZZ"
  std::string description;  // the file's words for it, or ""
  std::string date;         // YYYY-MM-DD, or ""
};

struct Claim {
  std::string form;           // "" = professional
  std::string facility_type;  // institutional: type of bill ("131")
  std::string payer;          // "" = not given
  std::string setting;        // "" = not given
  std::string date_of_service;
  std::string place_of_service;
  std::vector<std::string> diagnoses;       // ICD-10-CM, as given
  std::vector<std::string> icd9_diagnoses;  // ICD-9-CM, as given
  std::vector<StayProcedure> stay_procedures;
  std::vector<std::string> notes;  // what the reader assumed or passed over
  std::vector<ProviderNpi> providers;
  // The subscriber's ID with the payer (837 NM1*IL; for Medicare, the
  // Medicare Beneficiary Identifier), as given.
  std::string member_id;
  std::vector<ClaimLine> lines;
  // What an Explanation of Benefits says of the whole claim (FHIR `total`,
  // and `payment` as what was paid): its lines may say none of it.
  ClaimLine::Adjudication totals;
  // Whether the claim is new or corrects one sent before: the 837's
  // frequency code (CLM05-3, the type of bill's last digit): "" or "1" an
  // original, "7" a replacement, "8" a void. With 7 and 8, the payer's
  // number of the claim corrected (837 REF*F8; CMS-1500 box 22).
  std::string frequency;
  std::string original_claim;
};

}  // namespace billcode

#endif  // BILLCODE_CLAIMS_INPUT_CLAIM_H_
