// CheckClaim(): what a payer would reject or question on a claim, before
// it is sent.
#ifndef BILLCODE_CLAIMS_RULES_CLAIM_CHECK_H_
#define BILLCODE_CLAIMS_RULES_CLAIM_CHECK_H_

#include <string>

#include "billcode/base/date.h"
#include "billcode/claims/input/claim.h"
#include "billcode/claims/rules/claim_report.h"
#include "billcode/tables/data_set.h"

namespace billcode {

struct CheckOptions {
  std::string payer;    // overrides the claim's; "" = the claim's
  std::string setting;  // overrides the claim's; "" = the claim's
  Date today;           // for date-future; required
};

// Deterministic: the same claim, data and options give the same report.
ClaimReport CheckClaim(const Claim& claim, const DataSet& data,
                       const CheckOptions& options);

}  // namespace billcode

#endif  // BILLCODE_CLAIMS_RULES_CLAIM_CHECK_H_
