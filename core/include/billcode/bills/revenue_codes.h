// The department a hospital's revenue code names, from data/revenue_codes.tsv.
#ifndef BILLCODE_BILLS_REVENUE_CODES_H_
#define BILLCODE_BILLS_REVENUE_CODES_H_

#include <string>
#include <string_view>

namespace billcode {

// "0450" -> "emergency room"; a code not listed takes its category's words
// ("0456" -> 045X); "" for a code outside every category.
std::string RevenueDepartment(std::string_view code);

// Revenue code 0001, the total of a hospital bill's lines: no charge of
// its own.
inline bool IsTotalChargesCode(std::string_view code) { return code == "0001"; }

}  // namespace billcode

#endif  // BILLCODE_BILLS_REVENUE_CODES_H_
