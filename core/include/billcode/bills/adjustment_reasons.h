// What a payer's adjustment means (group code and Claim Adjustment Reason
// Code), and its remark codes, from data/adjustment_reasons.tsv.
#ifndef BILLCODE_BILLS_ADJUSTMENT_REASONS_H_
#define BILLCODE_BILLS_ADJUSTMENT_REASONS_H_

#include <string>
#include <string_view>

namespace billcode {

// "PR" -> "your share: ..."; "" for a group not listed.
std::string AdjustmentGroupMeaning(std::string_view group);

// "45" -> "the charge is more than ..."; "" for a reason not listed.
std::string AdjustmentReasonMeaning(std::string_view reason);

// A Remittance Advice Remark Code: "N130" -> "your plan's benefit
// documents say ..."; "" for a remark not listed.
std::string RemarkCodeMeaning(std::string_view remark);

}  // namespace billcode

#endif  // BILLCODE_BILLS_ADJUSTMENT_REASONS_H_
