// Strict reading of the decimal numbers billing files carry (units,
// charges, table values): a plain positional grammar, nothing strtod adds.
#ifndef BILLCODE_BASE_DECIMAL_H_
#define BILLCODE_BASE_DECIMAL_H_

#include <optional>
#include <string_view>

namespace billcode {

// `text` as a number when it is ASCII digits with at most one '.' followed
// by 1 to `max_decimals` digits ("12", "12.5", "0.125", ".5"); no sign,
// exponent, hexadecimal, spaces, "inf" or "nan", and at most 15 digits in
// all. Otherwise nullopt.
std::optional<double> ParseDecimal(std::string_view text, int max_decimals);

// `text` as an int when it is 1 to 10 ASCII digits whose value fits
// (0 to 2147483647); otherwise nullopt.
std::optional<int> ParseCount(std::string_view text);

}  // namespace billcode

#endif  // BILLCODE_BASE_DECIMAL_H_
