// CheckClaim(): what a payer would reject or question on a claim, before
// it is sent.
#ifndef BILLCODE_CLAIM_CHECK_H_
#define BILLCODE_CLAIM_CHECK_H_

#include <string>

#include "billcode/claim.h"
#include "billcode/claim_report.h"
#include "billcode/data_set.h"
#include "billcode/date.h"

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

#endif  // BILLCODE_CLAIM_CHECK_H_
