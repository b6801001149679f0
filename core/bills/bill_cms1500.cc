#include "bill_cms1500.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "billcode/base/text.h"

namespace billcode::bills {
namespace {

// The words of a line, split at white space.
std::vector<std::string_view> Words(std::string_view line) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i])))
      ++i;
    size_t start = i;
    while (i < line.size() &&
           !std::isspace(static_cast<unsigned char>(line[i])))
      ++i;
    if (i > start) words.push_back(line.substr(start, i - start));
  }
  return words;
}

bool DigitsOf(std::string_view word, size_t size) {
  return word.size() == size && IsAsciiDigits(word);
}

int Number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// The date of three boxes at `words[i]` ("03 02 26", "03 02 2026") as
// MM/DD/YYYY; "" when they are not one.
std::string DateBoxes(const std::vector<std::string_view>& words, size_t i) {
  if (i + 2 >= words.size() || !DigitsOf(words[i], 2) ||
      !DigitsOf(words[i + 1], 2) ||
      !(DigitsOf(words[i + 2], 2) || DigitsOf(words[i + 2], 4))) {
    return "";
  }
  const int month = Number(words[i]);
  const int day = Number(words[i + 1]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return "";
  std::string year(words[i + 2]);
  if (year.size() == 2) year = (Number(year) < 70 ? "20" : "19") + year;
  return std::string(words[i]) + "/" + std::string(words[i + 1]) + "/" + year;
}

// A procedure code's shape: five digits, a letter and four digits, or
// four digits and F, T or U (CPT Category II, III, PLA).
bool IsCodeShape(std::string_view word) {
  if (word.size() != 5) return false;
  const auto digits = [&](size_t from, size_t to) {
    return IsAsciiDigits(word.substr(from, to - from));
  };
  const char first = word[0], last = word[4];
  return digits(0, 5) ||
         (std::isupper(static_cast<unsigned char>(first)) && digits(1, 5)) ||
         (digits(0, 4) && (last == 'F' || last == 'T' || last == 'U'));
}

// Box 24E: letters A to L (or, on the old form, digits 1 to 4), one to
// four of them.
bool IsDiagnosisPointer(std::string_view word) {
  if (word.empty() || word.size() > 4) return false;
  for (char c : word) {
    if (!((c >= 'A' && c <= 'L') || (c >= '1' && c <= '4'))) return false;
  }
  return true;
}

bool IsModifier(std::string_view word) {
  return word.size() == 2 &&
         std::isalnum(static_cast<unsigned char>(word[0])) &&
         std::isalnum(static_cast<unsigned char>(word[1]));
}

// Dollars ("185", "1,245") of box 24F, whose cents box follows.
bool IsDollars(std::string_view word) {
  if (word.empty() || word.size() > 9) return false;
  for (char c : word) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != ',') return false;
  }
  return std::isdigit(static_cast<unsigned char>(word[0]));
}

std::string WithoutCommas(std::string_view word) {
  std::string plain;
  for (char c : word) {
    if (c != ',') plain.push_back(c);
  }
  return plain;
}

// An ICD-10-CM code as the form prints it, without its dot ("E11 9" as
// two words, "E119", "E11.9"): the code with its dot, or "".
std::string DiagnosisOf(const std::vector<std::string_view>& words, size_t* i) {
  std::string_view head = words[*i];
  const bool shaped = head.size() >= 3 &&
                      std::isupper(static_cast<unsigned char>(head[0])) &&
                      std::isdigit(static_cast<unsigned char>(head[1])) &&
                      std::isalnum(static_cast<unsigned char>(head[2]));
  if (!shaped || head.size() > 8) return "";
  std::string code(head);
  if (code.find('.') == std::string::npos && code.size() > 3) {
    code.insert(3, ".");
  }
  // The characters after the dot start with a digit or the placeholder X.
  if (code.size() == 3 && *i + 1 < words.size()) {
    std::string_view rest = words[*i + 1];
    const bool tail =
        !rest.empty() && rest.size() <= 4 &&
        (std::isdigit(static_cast<unsigned char>(rest[0])) || rest[0] == 'X') &&
        std::all_of(rest.begin(), rest.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c)) ||
                 std::isupper(static_cast<unsigned char>(c));
        });
    if (tail) {
      code += "." + std::string(rest);
      ++*i;
    }
  }
  return code;
}

}  // namespace

bool IsCms1500(std::string_view text) {
  const std::string head = AsciiUpper(text.substr(0, 4096));
  return head.find("HEALTH INSURANCE CLAIM FORM") != std::string::npos ||
         head.find("CMS-1500") != std::string::npos;
}

std::optional<std::string> Cms1500ServiceLine(std::string_view line) {
  const std::vector<std::string_view> words = Words(line);
  size_t i = 0;
  // The form's line number, 1 to 6, before the first date.
  if (!words.empty() && words[0].size() == 1 && words[0][0] >= '1' &&
      words[0][0] <= '6' && !DateBoxes(words, 1).empty()) {
    i = 1;
  }
  const std::string date = DateBoxes(words, i);
  if (date.empty()) return std::nullopt;
  i += 3;
  if (!DateBoxes(words, i).empty()) i += 3;            // the "to" date
  if (i < words.size() && DigitsOf(words[i], 2)) ++i;  // place of service
  if (i < words.size() && (words[i] == "Y" || words[i] == "N")) ++i;  // EMG
  if (i >= words.size() || !IsCodeShape(words[i])) return std::nullopt;
  std::string code(words[i++]);
  // Modifiers and the diagnosis pointer, up to the charge.
  size_t charge = i;
  while (charge < words.size() &&
         !(IsDollars(words[charge]) && charge + 1 < words.size() &&
           DigitsOf(words[charge + 1], 2))) {
    ++charge;
  }
  if (charge == words.size() || charge - i > 5) return std::nullopt;
  size_t last = charge;
  if (last > i && IsDiagnosisPointer(words[last - 1])) --last;
  for (size_t m = i; m < last; ++m) {
    if (!IsModifier(words[m])) return std::nullopt;
    code += "-" + std::string(words[m]);
  }
  std::string text = date + "  " + code + "  " + WithoutCommas(words[charge]) +
                     "." + std::string(words[charge + 1]);
  const size_t units = charge + 2;
  if (units < words.size() && IsAsciiDigits(words[units]) &&
      words[units].size() <= 4) {
    text += "  Units: " + std::string(words[units]);
  }
  return text;
}

std::optional<std::string> Cms1500DiagnosisLine(std::string_view line) {
  const std::vector<std::string_view> words = Words(line);
  std::string codes;
  size_t letters = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = words[i];
    const bool letter = word.size() == 2 && word[0] >= 'A' && word[0] <= 'L' &&
                        (word[1] == '.' || word[1] == ')');
    if (!letter) continue;
    ++letters;
    if (i + 1 >= words.size()) break;
    size_t next = i + 1;
    const std::string code = DiagnosisOf(words, &next);
    if (code.empty()) continue;
    codes += " " + code;
    i = next;
  }
  if (letters < 2 || codes.empty()) return std::nullopt;
  return "Diagnoses:" + codes;
}

}  // namespace billcode::bills
