#include "billcode/claims/rules/claim_batch.h"

namespace billcode {

void BatchTotals::Add(const ClaimReport* report) {
  ++claims;
  if (!report) {
    ++unreadable;
    ++with_errors;
    return;
  }
  if (report->Count(Severity::kError) > 0) ++with_errors;
  for (int i = 0; i < 3; ++i) by_severity[i] += report->totals[i];
  for (const auto& [rule, count] : report->rule_totals) {
    by_rule[std::string(ToString(rule))] += count;
  }
  for (const CheckStatus& check : report->checks) {
    ++checks[check.check][static_cast<int>(check.state)];
    if (!check.notice.empty()) notices.insert(check.notice);
  }
}

BatchCheck CheckClaims(std::string_view bytes, const ReadOptions& read,
                       const DataSet& data, const CheckOptions& options,
                       const CheckedClaimSink& sink) {
  BatchCheck batch;
  batch.read = ReadClaims(bytes, read, [&](ClaimParse&& parse) {
    if (!parse.errors.empty()) {
      batch.totals.Add(nullptr);
      return sink(parse, nullptr);
    }
    const ClaimReport report = CheckClaim(parse.claim, data, options);
    batch.totals.Add(&report);
    return sink(parse, &report);
  });
  return batch;
}

}  // namespace billcode
