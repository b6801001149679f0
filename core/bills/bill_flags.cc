#include "bill_flags.h"

#include <cstdio>

#include "bill_payment.h"
#include "bill_tokens.h"

namespace billcode::bills {
namespace {

struct FlagWords {
  BillFlagKind kind;
  const char* sentence;
  const char* question;
};

// One entry per flag kind, in enum order.
constexpr FlagWords kFlagWords[] = {
    {BillFlagKind::kSameServiceTwice,
     "This service is listed more than once for the same day.",
     "Was this service really given more than once that day, or is one of "
     "these lines a duplicate?"},
    {BillFlagKind::kUnitsAboveLimit,
     "More units are billed than Medicare allows for one patient on one day.",
     "Why were this many units billed, and can you show what was given?"},
    {BillFlagKind::kCodeTerminated,
     "This code was no longer in use on the date of service.",
     "This code had ended by the date of service; will you correct the "
     "claim and send it again?"},
    {BillFlagKind::kCodeNotYetValid,
     "This code did not exist yet on the date of service.",
     "Is the date of service or the code on this line correct?"},
    {BillFlagKind::kCodeUnknown,
     "This code is not in the official code lists billcode has.",
     "Which service does this code stand for, and is the code correct?"},
    {BillFlagKind::kMedicareDoesNotPay, "Medicare does not pay for this code.",
     "Was I told before the service that I might have to pay for it myself, "
     "and does my plan cover it?"},
    {BillFlagKind::kBundled,
     "On a doctor's or clinic's bill, Medicare counts this as part of "
     "another service, not as a charge of its own.",
     "Why is this billed separately when it is normally included in another "
     "service?"},
    {BillFlagKind::kAddOnWithoutPrimary,
     "This is an add-on code, billed only together with a main procedure, "
     "and the main procedure is not on this bill.",
     "Which main procedure does this add-on code belong to?"},
    {BillFlagKind::kNeverBilledTogether,
     "Medicare's coding rules say this code and another code on the bill "
     "are not billed together for the same day.",
     "Why are both of these services billed for the same day?"},
    {BillFlagKind::kChargeAboveMedicare, "",
     "Is there a discount, a self-pay price or financial assistance for this "
     "charge?"},
    {BillFlagKind::kDiagnosisCategory,
     "This diagnosis code is only a category; a complete code has more "
     "characters.",
     "Which complete diagnosis code applies to my visit?"},
    {BillFlagKind::kDiagnosisUnknown,
     "This diagnosis code is not in the official ICD-10-CM list.",
     "Can you confirm the diagnosis code on my bill?"},
    {BillFlagKind::kPlanPaidNothing, "Your plan paid nothing for this line.",
     "My plan paid nothing for this line: can the claim be corrected or "
     "appealed, and which part of it, if any, do I owe?"},
    {BillFlagKind::kTwoVisitsOneDay,
     "This is a second office visit on the same day. Medicare, and most "
     "plans, pay one visit a day from one doctor or practice unless the "
     "visits were for unrelated problems.",
     "Were these two visits for unrelated problems, or should they be "
     "billed as one visit?"},
};

BillFlag MakeFlag(BillFlagKind kind) {
  const FlagWords& words = kFlagWords[static_cast<size_t>(kind)];
  BillFlag flag;
  flag.kind = kind;
  flag.sentence = words.sentence;
  flag.question = words.question;
  return flag;
}

}  // namespace

std::optional<BillFlagKind> FlagKindOf(Rule rule) {
  switch (rule) {
    case Rule::kLineDuplicate:
      return BillFlagKind::kSameServiceTwice;
    case Rule::kEmSameDay:
      return BillFlagKind::kTwoVisitsOneDay;
    case Rule::kMueUnits:
      return BillFlagKind::kUnitsAboveLimit;
    case Rule::kCodeTerminated:
      return BillFlagKind::kCodeTerminated;
    case Rule::kCodeNotYetEffective:
      return BillFlagKind::kCodeNotYetValid;
    case Rule::kCodeInvalid:
    case Rule::kCodeUnknown:
      return BillFlagKind::kCodeUnknown;
    // Not pfs-excluded: drugs and vaccines outside the physician fee
    // schedule are still paid by Medicare, under other schedules.
    case Rule::kMedicareNotPayable:
    case Rule::kMedicareUseLevel2:
    case Rule::kPfsNotValidMedicare:
    case Rule::kPfsNotCovered:
      return BillFlagKind::kMedicareDoesNotPay;
    case Rule::kPfsBundled:
      return BillFlagKind::kBundled;
    case Rule::kAddonWithoutPrimary:
      return BillFlagKind::kAddOnWithoutPrimary;
    case Rule::kPtpBundled:
      return BillFlagKind::kNeverBilledTogether;
    case Rule::kDxNotBillable:
      return BillFlagKind::kDiagnosisCategory;
    case Rule::kDxInvalid:
    case Rule::kDxUnknown:
      return BillFlagKind::kDiagnosisUnknown;
    default:
      return std::nullopt;
  }
}

static_assert(std::size(kFlagWords) == std::size(kBillFlagKindNames),
              "one entry of words per flag kind");

std::optional<BillFlag> FlagOfFinding(const Finding& finding,
                                      bool insurer_known) {
  std::optional<BillFlagKind> kind = FlagKindOf(finding.rule);
  if (!kind) return std::nullopt;
  BillFlag flag = MakeFlag(*kind);
  if (*kind == BillFlagKind::kMedicareDoesNotPay && !insurer_known) {
    flag.sentence +=
        " billcode could not tell your insurer from the bill; if it is not "
        "Medicare, your plan decides for itself.";
  }
  flag.detail = finding.message;
  flag.source = finding.source;
  return flag;
}

std::optional<BillFlag> ChargeFlag(long long charge_cents, int units,
                                   long long medicare_cents, bool facility,
                                   const std::string& source) {
  if (charge_cents <= 0 || medicare_cents <= 0 || units <= 0) {
    return std::nullopt;
  }
  double ratio = static_cast<double>(charge_cents) /
                 (static_cast<double>(medicare_cents) * units);
  if (ratio < kChargeRatioFlagged) return std::nullopt;
  BillFlag flag = MakeFlag(BillFlagKind::kChargeAboveMedicare);
  char times[32];
  std::snprintf(times, sizeof times, "%.1f", ratio);
  flag.sentence =
      "The charge, " + DollarText(charge_cents) + ", is " + times +
      (facility ? " times what Medicare pays a doctor for this service ("
                : " times what Medicare pays for this service (") +
      DollarText(medicare_cents * units) + "). " +
      (facility ? "The line looks like a hospital's or surgery center's own "
                  "charge, which Medicare pays under another schedule. "
                : "") +
      "Prices differ between payers; this alone does not make the charge "
      "wrong.";
  flag.detail = std::string(times) + " times Medicare's amount";
  flag.source = source;
  return flag;
}

std::optional<BillFlag> PlanPaidNothingFlag(const BillItem& item) {
  if (item.paid.empty() || ClaimAmount(item.paid) != "0.00") {
    return std::nullopt;
  }
  if (item.charge.empty() || ClaimAmount(item.charge) == "0.00") {
    return std::nullopt;  // a line billed at no charge, such as a tracking code
  }
  if (item.allowed.empty() && item.adjustments.empty() &&
      item.remarks.empty()) {
    return std::nullopt;  // no decision: a statement's "Ins Paid 0.00" while
                          // the claim is pending
  }
  long long share = 0;
  for (const BillAdjustment& adjustment : item.adjustments) {
    const bool cost_sharing = adjustment.reason == "1" ||
                              adjustment.reason == "2" ||
                              adjustment.reason == "3";
    const std::string amount = ClaimAmount(adjustment.amount);
    if (adjustment.group == "PR" && cost_sharing && !amount.empty() &&
        amount != "0.00") {
      return std::nullopt;  // paid nothing because of the deductible ...
    }
    if (adjustment.group == "PR") share += CentsOf(adjustment.amount);
  }
  if (share > 0 && share == CentsOf(item.allowed)) {
    return std::nullopt;  // ... or a share of all it allowed, unnamed
  }
  BillFlag flag = MakeFlag(BillFlagKind::kPlanPaidNothing);
  std::string reasons;
  for (const BillAdjustment& adjustment : item.adjustments) {
    if (!flag.detail.empty()) flag.detail += "; ";
    flag.detail +=
        adjustment.group + "-" + adjustment.reason + " $" + adjustment.amount;
    if (adjustment.group != "PR") {
      reasons += ReasonWords(adjustment.reason);
    }
  }
  if (!reasons.empty()) {
    flag.sentence.pop_back();  // its period
    flag.sentence += reasons + ".";
  }
  flag.source = "the plan's remittance";
  return flag;
}

}  // namespace billcode::bills
