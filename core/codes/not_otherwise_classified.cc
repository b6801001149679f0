#include "billcode/codes/not_otherwise_classified.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace billcode {
namespace {

constexpr std::string_view kNocPhrases[] = {"not otherwise classified",
                                            "not otherwise specified",
                                            "not-otherwise specified",
                                            "unclassified",
                                            "unlisted",
                                            "miscellaneous",
                                            "not elsewhere classified",
                                            "nos"};

// Units a dose or quantity is priced in ("10 mg", "0.5 ml", "500 units").
constexpr std::string_view kUnits[] = {
    "mg",  "mcg",  "ml",    "unit",        "units",      "gm",
    "g",   "gram", "grams", "mci",         "cc",         "iu",
    "meq", "cm",   "mm",    "microcuries", "millicuries"};

// Lowercase words of `text`: runs of letters and digits, where a digit run
// keeps its inner '.' and ',' ("0.5", "10,000") and a hyphen between
// letters joins ("nsclc-nos" is one word, not "nos").
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : ' ';
    const bool number_mark =
        (c == '.' || c == ',') && !word.empty() &&
        std::isdigit(static_cast<unsigned char>(word.back())) &&
        i + 1 < text.size() &&
        std::isdigit(static_cast<unsigned char>(text[i + 1]));
    const bool hyphen = c == '-' && !word.empty() && i + 1 < text.size() &&
                        std::isalpha(static_cast<unsigned char>(text[i + 1]));
    if (std::isalnum(static_cast<unsigned char>(c)) || number_mark || hyphen) {
      word.push_back(
          static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  return words;
}

bool IsNumber(const std::string& word) {
  return std::isdigit(static_cast<unsigned char>(word.front())) &&
         std::all_of(word.begin(), word.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) || c == '.' ||
                  c == ',';
         });
}

bool IsUnit(const std::string& word) {
  return std::find(std::begin(kUnits), std::end(kUnits), word) !=
         std::end(kUnits);
}

// A dose ("10 mg", "10mg"), a rate ("per ..."), or "each".
bool NamesAPricedQuantity(const std::vector<std::string>& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (word == "per" || word == "each") return true;
    if (IsNumber(word) && i + 1 < words.size() && IsUnit(words[i + 1])) {
      return true;
    }
    const size_t digits = word.find_first_not_of("0123456789.,");
    if (digits != 0 && digits != std::string::npos &&
        IsUnit(word.substr(digits))) {
      return true;
    }
  }
  return false;
}

bool HasPhrase(const std::vector<std::string>& words, std::string_view phrase) {
  std::string joined = " ";
  for (const std::string& word : words) joined += word + " ";
  return joined.find(" " + std::string(phrase) + " ") != std::string::npos;
}

}  // namespace

bool IsNotOtherwiseClassified(const HcpcsRecord& record) {
  const std::vector<std::string> words = Words(record.long_description);
  const bool noc = std::any_of(
      std::begin(kNocPhrases), std::end(kNocPhrases),
      [&](std::string_view phrase) { return HasPhrase(words, phrase); });
  return noc && !HasPhrase(words, "reason not otherwise specified") &&
         !NamesAPricedQuantity(words);
}

}  // namespace billcode
