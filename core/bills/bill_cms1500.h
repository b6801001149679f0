// A printed CMS-1500 claim form (its text, typed or read from a PDF or a
// photo): the service lines of box 24 and the lettered diagnoses of box 21
// rewritten as the plain bill lines the reader knows. The form prints a
// date as three boxes ("03 02 26"), a charge as dollars and cents ("185
// 00") and a diagnosis without its dot ("E11 9"), none of which reads as
// such anywhere else. Private to the bills module.
#ifndef BILLCODE_BILLS_BILL_CMS1500_H_
#define BILLCODE_BILLS_BILL_CMS1500_H_

#include <optional>
#include <string>
#include <string_view>

namespace billcode::bills {

// Whether the text's first lines name the form: "HEALTH INSURANCE CLAIM
// FORM" or "CMS-1500".
bool IsCms1500(std::string_view text);

// Box 24 ("1 03 02 26 03 02 26 11 99214 25 AB 185 00 1 NPI ...": line
// number, from and to dates, place of service, EMG, code, modifiers,
// diagnosis pointer, charge, units) as "03/02/2026  99214-25  185.00
// Units: 1"; nullopt for a line of another shape.
std::optional<std::string> Cms1500ServiceLine(std::string_view line);

// Box 21 ("A. E11 9   B. I10   C. Z79 4   D.") as "Diagnoses: E11.9 I10
// Z79.4"; nullopt for a line of another shape.
std::optional<std::string> Cms1500DiagnosisLine(std::string_view line);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_CMS1500_H_
