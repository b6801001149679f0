// Modules claims/input and claims/rules: the claim model and its adapters
// (billcode JSON, FHIR, X12 837, CSV; one claim or a batch), and the claim
// check with its rules, reports and batch summary. Input uses base, tables
// and codes (an unlabeled FHIR code is read by its shape); rules use input.
#ifndef BILLCODE_CLAIMS_H_
#define BILLCODE_CLAIMS_H_

#include "billcode/claims/input/claim.h"         // IWYU pragma: export
#include "billcode/claims/input/claim_input.h"   // IWYU pragma: export
#include "billcode/claims/rules/claim_batch.h"   // IWYU pragma: export
#include "billcode/claims/rules/claim_check.h"   // IWYU pragma: export
#include "billcode/claims/rules/claim_report.h"  // IWYU pragma: export

#endif  // BILLCODE_CLAIMS_H_
