// A few plain sentences for a patient about a looked-up code.
#ifndef BILLCODE_CODES_EXPLANATION_H_
#define BILLCODE_CODES_EXPLANATION_H_

#include <string>
#include <vector>

#include "billcode/codes/lookup.h"

namespace billcode {

// What kind of code it is and who maintains it, what its section covers,
// the CMS description where licensing allows (Level II only), its status on
// the date, and for CPT and CDT why no description is shown.
std::vector<std::string> Explain(const LookupResult& result);

}  // namespace billcode

#endif  // BILLCODE_CODES_EXPLANATION_H_
