// A claim check's finding in words for a patient holding a bill (private to
// the bills module).
#ifndef BILLCODE_BILLS_BILL_FLAGS_H_
#define BILLCODE_BILLS_BILL_FLAGS_H_

#include <optional>
#include <string>

#include "billcode/bills/bill_explanation.h"

namespace billcode::bills {

// The kind of flag a finding of `rule` raises on a bill; nullopt for rules
// about how a claim form is filled in.
std::optional<BillFlagKind> FlagKindOf(Rule rule);

// The flag a finding raises on a bill; nullopt for findings about how a
// claim form is filled in (pointers, place of service ...), which a
// patient cannot act on. With `insurer_known` false (Medicare's rules
// were used for want of the insurer), "Medicare does not pay" says that
// other insurers decide for themselves.
std::optional<BillFlag> FlagOfFinding(const Finding& finding,
                                      bool insurer_known);

// A charge of `charge_cents` for `units` against Medicare's amount per unit
// (`medicare_cents`, the physician fee schedule's): a flag when it is
// kChargeRatioFlagged times or more. `facility`: the line has a revenue
// code, so it is likely a hospital's own charge, which Medicare pays under
// another schedule; the sentence says so.
std::optional<BillFlag> ChargeFlag(long long charge_cents, int units,
                                   long long medicare_cents, bool facility,
                                   const std::string& source);

// A remittance line the plan paid nothing for though it charged something,
// not for the patient's deductible, coinsurance or copay (a denial): the
// flag, its detail the adjustments ("CO-50 $95.00"). Only where the plan
// decided: the line has what it allowed, adjustments or remark codes.
std::optional<BillFlag> PlanPaidNothingFlag(const BillItem& item);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_FLAGS_H_
