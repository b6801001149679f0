// The text of a printed UB-04 (CMS-1450) claim form, a hospital's or other
// facility's claim (typed, or read from a PDF or a photo): its form
// locators read by their places. FL 42-47 service lines give a revenue
// code, a description, the HCPCS code (modifiers beside it or written
// after it: "99283", "J1885 JW", "J1885JW"), a rate for room and board, the
// service date ("021426"), units and the total charge in dollars and cents
// ("845 00"). Read as a claim (ClaimFormat kUb04).
#ifndef BILLCODE_CLAIMS_INPUT_UB04_TEXT_H_
#define BILLCODE_CLAIMS_INPUT_UB04_TEXT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace billcode {

// Whether one of the text's first lines starts with the form's name
// ("UB-04", "CMS-1450"), or they show its type of bill beside its revenue
// code heading.
bool IsUb04Text(std::string_view text);

// FL 42-47 of one service line, as printed.
struct Ub04ServiceLine {
  std::string revenue_code;  // FL 42: four digits
  std::string description;   // FL 43
  std::string code;          // FL 44 HCPCS, "" for a revenue code alone
  std::vector<std::string> modifiers;
  std::string date;    // FL 45 as YYYY-MM-DD, "" when not printed
  std::string units;   // FL 46
  std::string charge;  // FL 47 in dollars with two decimals: "845.00"
};

// "0450 EMERGENCY ROOM 99283 021426 1 845 00" (with an optional line
// number first, a rate before the date and non-covered charges after the
// total); nullopt for a line of another shape and for the totals line
// (revenue code 0001).
std::optional<Ub04ServiceLine> ReadUb04ServiceLine(std::string_view line);

// The total charge of the totals line, revenue code 0001 ("0001 TOTAL
// CHARGES 1696 00", "23 0001 PAGE 1 OF 1 022026 1629 00"), in dollars with
// two decimals; nullopt for another line.
std::optional<std::string> ReadUb04Total(std::string_view line);

}  // namespace billcode

#endif  // BILLCODE_CLAIMS_INPUT_UB04_TEXT_H_
