#include "printed_form_words.h"

#include <algorithm>
#include <cctype>

#include "billcode/base/text.h"

namespace billcode::printed {

std::vector<std::string_view> Words(std::string_view line) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i])))
      ++i;
    const size_t start = i;
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

std::string DateOf(std::string_view month, std::string_view day,
                   std::string_view year) {
  if (!DigitsOf(month, 2) || !DigitsOf(day, 2) ||
      !(DigitsOf(year, 2) || DigitsOf(year, 4))) {
    return "";
  }
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 ||
      Number(day) > 31) {
    return "";
  }
  std::string full(year);
  if (full.size() == 2) full = (Number(year) < 70 ? "20" : "19") + full;
  return full + "-" + std::string(month) + "-" + std::string(day);
}

bool IsCodeShape(std::string_view word) {
  if (word.size() != 5) return false;
  const bool digits_after_first = IsAsciiDigits(word.substr(1));
  const bool four_digits = IsAsciiDigits(word.substr(0, 4));
  return (digits_after_first &&
          (std::isdigit(static_cast<unsigned char>(word[0])) ||
           std::isupper(static_cast<unsigned char>(word[0])))) ||
         (four_digits && (word[4] == 'F' || word[4] == 'T' || word[4] == 'U'));
}

bool IsModifier(std::string_view word) {
  return word.size() == 2 &&
         std::isalnum(static_cast<unsigned char>(word[0])) &&
         std::isalnum(static_cast<unsigned char>(word[1]));
}

bool IsDollars(std::string_view word) {
  return !word.empty() && word.size() <= 9 &&
         std::isdigit(static_cast<unsigned char>(word[0])) &&
         std::all_of(word.begin(), word.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) || c == ',';
         });
}

bool IsUnits(std::string_view word) {
  const size_t dot = word.find('.');
  if (dot == std::string_view::npos)
    return !word.empty() && word.size() <= 4 && IsAsciiDigits(word);
  return dot > 0 && dot + 1 < word.size() &&
         IsAsciiDigits(word.substr(0, dot)) &&
         IsAsciiDigits(word.substr(dot + 1)) && word.size() <= 6;
}

bool IsChargeAt(const std::vector<std::string_view>& words, size_t at) {
  return at + 1 < words.size() && IsDollars(words[at]) &&
         DigitsOf(words[at + 1], 2);
}

std::string ChargeAt(const std::vector<std::string_view>& words, size_t at) {
  std::string charge;
  for (char c : words[at]) {
    if (c != ',') charge.push_back(c);
  }
  return charge + "." + std::string(words[at + 1]);
}

std::string DiagnosisAt(const std::vector<std::string_view>& words, size_t* i) {
  const std::string_view head = words[*i];
  const bool shaped = head.size() >= 3 && head.size() <= 8 &&
                      std::isupper(static_cast<unsigned char>(head[0])) &&
                      std::isdigit(static_cast<unsigned char>(head[1])) &&
                      std::isalnum(static_cast<unsigned char>(head[2]));
  if (!shaped) return "";
  std::string code(head);
  if (code.find('.') == std::string::npos && code.size() > 3) {
    code.insert(3, ".");
  }
  // The characters after the dot start with a digit or the placeholder X.
  if (code.size() == 3 && *i + 1 < words.size()) {
    const std::string_view rest = words[*i + 1];
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

}  // namespace billcode::printed
