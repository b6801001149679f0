// A printed CMS-1500 claim form's box 24 service lines and box 21
// diagnoses (billcode/claims/input/cms1500_text.h) rewritten as the plain
// bill lines the reader knows. Private to the bills module.
#ifndef BILLCODE_BILLS_BILL_CMS1500_H_
#define BILLCODE_BILLS_BILL_CMS1500_H_

#include <optional>
#include <string>
#include <string_view>

namespace billcode::bills {

// A box 24 line as "03/02/2026  99214-25  185.00  Units: 1", box 21's
// diagnoses as "Diagnoses: E11.9 I10"; nullopt for any other line.
std::optional<std::string> PlainCms1500Line(std::string_view line);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_CMS1500_H_
