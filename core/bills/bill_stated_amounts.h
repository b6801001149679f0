// What a line of a bill states of the bill as a whole: the amount the
// patient is asked to pay, what insurers paid (private to the bills
// module).
#ifndef BILLCODE_BILLS_BILL_STATED_AMOUNTS_H_
#define BILLCODE_BILLS_BILL_STATED_AMOUNTS_H_

#include <optional>
#include <string>
#include <vector>

#include "bill_tokens.h"

namespace billcode::bills {

// The first amount of `tokens` whose label (its words since the amount
// before it, the end of a sentence or the line's start) says it is owed by
// the patient now: "Amount Due: $125.00", "Total Due from Patient",
// "Balance due", "Please pay", "Pay this amount", "New balance", "Balance
// after insurance", "You owe", "Amount you owe after insurance", "Your
// responsibility", "Total you may be billed", and in Spanish "Saldo a
// pagar", "Total a pagar", "Usted debe". Not a balance or amount from
// before ("Previous balance", "Past due"), a minimum or monthly payment, an
// estimate, an amount due from or held by an insurer ("Insurance balance"),
// nor a credit. With `whole_bill`, only labels that name the bill's amount,
// not one line's ("Your responsibility", "You owe"). Dollars with two
// decimals ("125.00").
std::optional<std::string> AmountDueOf(const std::vector<BillToken>& tokens,
                                       bool whole_bill);

// The first amount of `tokens` whose label says insurers paid it
// ("Insurance payments: -$320.37", "Ins Pmt", "Plan paid", "Medicare
// paid", "Your insurance paid", "Pago del seguro"), as a payment above or
// at zero
// ("320.37"). Not an amount pending, billed or expected, nor the
// patient's own payment.
std::optional<std::string> InsurancePaidOf(
    const std::vector<BillToken>& tokens);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_STATED_AMOUNTS_H_
