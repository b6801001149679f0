// X12 835 remittance advice (what a payer paid on each claim, and why)
// read as a bill (private to the bills module).
#ifndef BILLCODE_BILLS_BILL_REMITTANCE_H_
#define BILLCODE_BILLS_BILL_REMITTANCE_H_

#include <optional>
#include <string_view>

#include "billcode/bills/bill_extraction.h"

namespace billcode::bills {

// Whether the first transaction of X12 `text` is an 835.
bool IsRemittance(std::string_view text);

// One item per service line (SVC) of every claim (CLP): its code and
// modifiers (HC and AD procedures, NU revenue codes, N4 drugs), charge,
// units, date (DTM 472 or 150, else the claim's 232), the amount allowed
// (AMT B6) and paid, adjustments (CAS) and remark codes (LQ HE); a note for
// each claim's status and totals (CLP); the payer class from the claim
// filing indicator (CLP06).
BillExtraction ExtractRemittance(std::string_view text);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_REMITTANCE_H_
