// The lines of a printed claim form rewritten as the plain bill lines the
// reader knows: a CMS-1500's box 24 service lines and box 21 diagnoses
// (billcode/claims/input/cms1500_text.h), a UB-04's FL 42-47 service lines
// (billcode/claims/input/ub04_text.h). Private to the bills module.
#ifndef BILLCODE_BILLS_BILL_CLAIM_FORMS_H_
#define BILLCODE_BILLS_BILL_CLAIM_FORMS_H_

#include <optional>
#include <string>
#include <string_view>

namespace billcode::bills {

// A box 24 line as "03/02/2026  99214-25  185.00  Units: 1", box 21's
// diagnoses as "Diagnoses: E11.9 I10"; nullopt for any other line.
std::optional<std::string> PlainCms1500Line(std::string_view line);

// An FL 42-47 line as "02/14/2026  Rev 0450  EMERGENCY ROOM  99283-25
// $845.00  Units: 1" (without its code, or date, when it has none), the
// totals line as "Rev 0001  TOTAL CHARGES  $1629.00", the FL 42-49
// headings as an empty line; nullopt for any other line.
std::optional<std::string> PlainUb04Line(std::string_view line);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_CLAIM_FORMS_H_
