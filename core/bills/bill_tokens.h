// The words of one line of a bill, and what each looks like: an amount, a
// date, a phone number, an NDC ... (private to the bills module).
#ifndef BILLCODE_BILLS_BILL_TOKENS_H_
#define BILLCODE_BILLS_BILL_TOKENS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace billcode::bills {

// kNumber: digits only; kWord: letters only; kOther: anything else.
enum class TokenShape {
  kWord,
  kNumber,
  kMoney,
  kDate,
  kPhone,
  kZipPlus4,
  kNdc,
  kOther
};

struct BillToken {
  std::string text;  // uppercase, Spanish accents dropped, wrapping
                     // punctuation stripped
  std::string raw;   // as written, wrapping punctuation stripped
  size_t start = 0;  // byte column of `raw` in the line
  size_t end = 0;    // one past its last byte
  int field = -1;    // index of the delimited field (tab, '|', CSV), or -1
  bool in_parens = false;  // written inside ( ) or [ ]
  char before = 0;         // punctuation written right before it: '#', '-', ':'
  char after = 0;          // punctuation stripped after it: ',', ':', ';', '.'
  bool gap_before = false;  // two or more spaces (or a field break) before
  TokenShape shape = TokenShape::kWord;
  std::string value;  // kMoney: "1200.00"; kDate: YYYY-MM-DD; kNdc: 5-4-2
};

// Splits a line into tokens: at white space, and at tabs, '|' and (for a
// line with three or more delimiting commas) CSV commas, which also number
// the fields. Month-name dates ("Jan 5, 2026") become one token.
std::vector<BillToken> TokenizeBillLine(std::string_view line);

// Whether `line` is a few words alone (at most `most_words`, in one cell,
// no digit): a heading or a label on a line of its own.
bool IsFewWordsAlone(std::string_view line, size_t most_words);

// "1,200.00", "$85", "(12.50)", "12.50-", "12.50CR" -> dollars with two
// decimals ("-12.50" for a credit); nullopt for anything else.
std::optional<std::string> ParseMoney(std::string_view text);

// A claim file's amount ("35.5", "-12", "1,200.00") in dollars with two
// decimals ("35.50"), or "".
std::string ClaimAmount(std::string_view amount);

// A claim file's or bill's amount with its decimals ("12.5", "-3.20") in
// cents; 0 for text that is no number.
long long CentsOf(const std::string& dollars);

// Cents as an amount with two decimals: 1250 -> "12.50", -5 -> "-0.05".
std::string AmountText(long long cents);

// Cents as dollars for a sentence: 123456 -> "$1,234.56", -1250 -> "-$12.50".
std::string DollarText(long long cents);

// MM/DD/YYYY, M/D/YY, MM-DD-YYYY, MM.DD.YYYY, YYYY-MM-DD, a range of two
// ("01/05/26-01/07/26", its first date) -> YYYY-MM-DD.
std::optional<std::string> ParseBillDate(std::string_view text);

// NDC in 4-4-2, 5-3-2, 5-4-1 or 5-4-2 form, or 11 digits after "N4" ->
// the 11-digit 5-4-2 form with dashes.
std::optional<std::string> ParseNdc(std::string_view text);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_TOKENS_H_
