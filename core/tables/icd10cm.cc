#include "billcode/tables/icd10cm.h"

#include <algorithm>
#include <cctype>

#include "billcode/base/text.h"

namespace billcode {

bool Icd10Table::HasMoreSpecific(std::string_view code) const {
  auto it =
      std::upper_bound(codes().begin(), codes().end(), code,
                       [](std::string_view value, const Icd10Code& entry) {
                         return value < entry.code;
                       });
  return it != codes().end() && it->code.size() > code.size() &&
         std::string_view(it->code).substr(0, code.size()) == code;
}

std::string NormalizeDiagnosis(std::string_view text) {
  std::string code;
  for (char c : TrimAsciiSpace(text)) {
    if (c == '.' || c == ' ') continue;
    code.push_back(
        static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return code;
}

std::string DisplayDiagnosis(std::string_view code) {
  std::string display(code);
  if (display.size() > 3) display.insert(3, ".");
  return display;
}

bool IsIcd10Shaped(std::string_view text) {
  std::string code;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '.' && i == 3) continue;
    code.push_back(
        static_cast<char>(std::toupper(static_cast<unsigned char>(text[i]))));
  }
  if (code.size() < 3 || code.size() > 7) return false;
  if (!std::isupper(static_cast<unsigned char>(code[0]))) return false;
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace billcode
