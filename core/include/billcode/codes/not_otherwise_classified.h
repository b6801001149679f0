// Not-otherwise-classified (NOC) Level II codes: codes for a kind of item,
// drug or service that do not say which one, so a claim must describe it.
#ifndef BILLCODE_CODES_NOT_OTHERWISE_CLASSIFIED_H_
#define BILLCODE_CODES_NOT_OTHERWISE_CLASSIFIED_H_

#include "billcode/tables/hcpcs_record.h"

namespace billcode {

// True for a NOC code: its long description says "not otherwise
// classified/specified", "unclassified", "unlisted", "miscellaneous" or
// "NOS" (J3490 "Unclassified drugs", E1399, A9999, L8699), and names no
// priced quantity. A description with a dose or unit ("10 mg", "per i.u.",
// "per diem", "each") is a specific product whose name only contains the
// phrase (J3301 "Injection, triamcinolone acetonide, not otherwise
// specified, 10 mg"), and "reason not otherwise specified" marks a quality
// reporting code; neither is NOC.
bool IsNotOtherwiseClassified(const HcpcsRecord& record);

}  // namespace billcode

#endif  // BILLCODE_CODES_NOT_OTHERWISE_CLASSIFIED_H_
