// CheckClaims(): every claim of a file read and checked on its own, with
// totals over the batch.
#ifndef BILLCODE_CLAIMS_RULES_CLAIM_BATCH_H_
#define BILLCODE_CLAIMS_RULES_CLAIM_BATCH_H_

#include <array>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "billcode/claims/input/claim_input.h"
#include "billcode/claims/rules/claim_check.h"
#include "billcode/claims/rules/claim_report.h"

namespace billcode {

// Counts over the claims of a batch.
struct BatchTotals {
  int claims = 0;
  int unreadable = 0;   // claims with input errors (not checked)
  int with_errors = 0;  // unreadable ones, and those with error findings
  int by_severity[3] = {0, 0, 0};      // findings by Severity
  std::map<std::string, int> by_rule;  // findings by rule id
  // How often each check ran, had no data, or was not checked, by check
  // name; each value indexed by CheckState.
  std::map<std::string, std::array<int, 3>> checks;
  std::set<std::string> notices;  // of the data the checks used

  // A claim checked with `report`, or unreadable (nullptr).
  void Add(const ClaimReport* report);
};

// Receives each claim with its report (nullptr when it could not be read);
// returns false to stop.
using CheckedClaimSink =
    std::function<bool(const ClaimParse& parse, const ClaimReport* report)>;

struct BatchCheck {
  ReadSummary read;
  BatchTotals totals;
};

// Reads every claim of `bytes` (ReadClaims) and checks each one that can
// be read, in file order, one at a time: memory stays bounded by one claim
// besides the input.
BatchCheck CheckClaims(std::string_view bytes, const ReadOptions& read,
                       const DataSet& data, const CheckOptions& options,
                       const CheckedClaimSink& sink);

}  // namespace billcode

#endif  // BILLCODE_CLAIMS_RULES_CLAIM_BATCH_H_
