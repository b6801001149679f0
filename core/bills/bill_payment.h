// What a remittance or Explanation of Benefits line says the payer did,
// in plain words for a patient (private to the bills module).
#ifndef BILLCODE_BILLS_BILL_PAYMENT_H_
#define BILLCODE_BILLS_BILL_PAYMENT_H_

#include <optional>
#include <string>
#include <vector>

#include "billcode/bills/bill_item.h"

namespace billcode::bills {

// " (reason 45: the charge is more than ...)", with its leading space; for
// a reason billcode has no words for, a pointer to X12's list; "" for "".
std::string ReasonWords(const std::string& reason);

// Whether the line shows what the payer paid or an amount it adjusted.
bool ShowsPayment(const BillItem& item);

// That the insurer has not decided yet, what the plan paid (and allowed),
// what you may owe (the "PR"
// adjustments), what else it took off, each with its reason's meaning,
// the reasons given without an amount, and the line's remark codes; none
// when the line shows none of these.
std::vector<std::string> PaymentSentences(const BillItem& item);

// The line's "PR" adjustments in cents; nullopt when it shows no payment,
// or no decision of the plan (no allowed amount, adjustment or remark
// code: a provider's statement with an "Ins Paid" column), or while the
// line is pending with the insurer.
std::optional<long long> PatientShareCents(const BillItem& item);

// "the plan paid $121.45 of `what` to you, not to the provider ...", for
// a payment of `cents` to the patient.
std::string PaidToPatientWords(long long cents, const std::string& what);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_PAYMENT_H_
