#include "billcode/base/decimal.h"

#include <climits>
#include <cstdint>

namespace billcode {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<double> ParseDecimal(std::string_view text, int max_decimals) {
  const size_t dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  const std::string_view fraction =
      dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
  if (dot != std::string_view::npos &&
      (fraction.empty() || static_cast<int>(fraction.size()) > max_decimals)) {
    return std::nullopt;
  }
  if (whole.empty() && fraction.empty()) return std::nullopt;
  if (whole.size() + fraction.size() > 15) return std::nullopt;
  int64_t digits = 0;
  for (std::string_view part : {whole, fraction}) {
    for (char c : part) {
      if (!IsDigit(c)) return std::nullopt;
      digits = digits * 10 + (c - '0');
    }
  }
  double value = static_cast<double>(digits);
  for (size_t i = 0; i < fraction.size(); ++i) value /= 10;
  return value;
}

std::optional<int> ParseCount(std::string_view text) {
  if (text.empty() || text.size() > 10) return std::nullopt;
  for (char c : text) {
    if (!IsDigit(c)) return std::nullopt;
  }
  int64_t value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  if (value > INT_MAX) return std::nullopt;
  return static_cast<int>(value);
}

}  // namespace billcode
