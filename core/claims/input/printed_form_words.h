// The words of a printed claim form's text (CMS-1500, UB-04), as typed or
// read from a PDF or a photo: dates printed in boxes, charges as dollars
// and cents, codes without their dots (private to the claims input module).
#ifndef BILLCODE_CLAIMS_INPUT_PRINTED_FORM_WORDS_H_
#define BILLCODE_CLAIMS_INPUT_PRINTED_FORM_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

namespace billcode::printed {

// The words of a line, split at white space.
std::vector<std::string_view> Words(std::string_view line);

// `word` is `size` ASCII digits.
bool DigitsOf(std::string_view word, size_t size);

// The value of ASCII digits.
int Number(std::string_view digits);

// YYYY-MM-DD of a month, day and two- or four-digit year ("26" is 2026,
// "85" 1985); "" when they are no date.
std::string DateOf(std::string_view month, std::string_view day,
                   std::string_view year);

// A procedure code's shape: five digits, a letter and four digits, or
// four digits and F, T or U (CPT Category II, III, PLA).
bool IsCodeShape(std::string_view word);

bool IsModifier(std::string_view word);

// Dollars ("185", "1,245") of a charge whose cents are the next word.
bool IsDollars(std::string_view word);

// Units: "1", "12", "1.5".
bool IsUnits(std::string_view word);

// Dollars at `words[at]` and two digits of cents after them.
bool IsChargeAt(const std::vector<std::string_view>& words, size_t at);

// The charge at `words[at]` (IsChargeAt) in dollars with two decimals:
// "1,245" "00" is "1245.00".
std::string ChargeAt(const std::vector<std::string_view>& words, size_t at);

// An ICD-10-CM code as a form prints it, without its dot ("E11 9" as two
// words, "E119", "E11.9") at `words[*i]`: the code with its dot (`*i` past
// a second word it took), or "".
std::string DiagnosisAt(const std::vector<std::string_view>& words, size_t* i);

}  // namespace billcode::printed

#endif  // BILLCODE_CLAIMS_INPUT_PRINTED_FORM_WORDS_H_
