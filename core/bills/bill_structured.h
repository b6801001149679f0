// Bills that come as claims: a FHIR ExplanationOfBenefit or Claim (a payer's
// or Medicare's Blue Button download) or an X12 837 (private to the bills
// module).
#ifndef BILLCODE_BILLS_BILL_STRUCTURED_H_
#define BILLCODE_BILLS_BILL_STRUCTURED_H_

#include <optional>
#include <string_view>

#include "billcode/bills/bill_extraction.h"

namespace billcode::bills {

// The items of every claim in UTF-8 `text` when it is JSON (FHIR or
// billcode claims) or X12, with the reader's errors; nullopt for any other
// text.
std::optional<BillExtraction> ExtractStructuredBill(std::string_view text);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_STRUCTURED_H_
