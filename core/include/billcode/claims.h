// Modules claims/input and claims/rules: the claim model and its adapters
// (billcode JSON, FHIR, X12 837P, CSV), and the claim check with its rules
// and report. Input uses base and tables; rules use codes and input too.
#ifndef BILLCODE_CLAIMS_H_
#define BILLCODE_CLAIMS_H_

#include "billcode/claims/input/claim.h"  // IWYU pragma: export
#include "billcode/claims/input/claim_input.h"  // IWYU pragma: export
#include "billcode/claims/rules/claim_check.h"  // IWYU pragma: export
#include "billcode/claims/rules/claim_report.h"  // IWYU pragma: export

#endif  // BILLCODE_CLAIMS_H_
