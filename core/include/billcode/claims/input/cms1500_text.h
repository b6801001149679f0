// The text of a printed CMS-1500 claim form (typed, or read from a PDF or
// a photo): its box 24 service lines, box 21 diagnoses, box 22
// resubmission, and the program, insured ID and NPIs of boxes 1, 1a, 17b,
// 32a and 33a, read by their boxes. The form prints a date as three
// boxes ("03 02 26"), a charge as dollars and cents ("185 00") and a
// diagnosis without its dot ("E11 9"). Read as a claim (ClaimFormat
// kCms1500) and as a bill.
#ifndef BILLCODE_CLAIMS_INPUT_CMS1500_TEXT_H_
#define BILLCODE_CLAIMS_INPUT_CMS1500_TEXT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace billcode {

// Whether the text's first lines name the form: "HEALTH INSURANCE CLAIM
// FORM" or "CMS-1500".
bool IsCms1500Text(std::string_view text);

// Box 24 of one service line, as printed.
struct Cms1500ServiceLine {
  std::string from, to;  // YYYY-MM-DD; `to` "" when not printed
  std::string place;     // 24B, "" when not printed
  std::string code;      // 24D
  std::vector<std::string> modifiers;
  std::string pointers;  // 24E: "AB" (letters A-L, or digits 1-4)
  std::string charge;    // 24F in dollars with two decimals: "185.00"
  std::string units;     // 24G, "" when not printed
  std::string npi;       // 24J, the word after "NPI"; "" when not printed
};

// "1 03 02 26 03 02 26 11 99214 25 AB 185 00 1 NPI 1234567893" (line
// number, from and to dates, place of service, EMG, code, modifiers,
// pointer, charge, units, the rendering provider's NPI, the rest passed
// over); nullopt for a line of another shape. The pointer is told from a
// modifier by its place before the charge.
std::optional<Cms1500ServiceLine> ReadCms1500ServiceLine(std::string_view line);

// Box 21's lettered diagnoses ("A. E11 9   B. I10   C. Z79 4   D."): each
// letter with its ICD-10-CM code, dot restored ("E11.9"); empty for a line
// of another shape.
struct Cms1500Diagnosis {
  char letter = 'A';
  std::string code;
};
std::vector<Cms1500Diagnosis> ReadCms1500Diagnoses(std::string_view line);

// Box 22: the resubmission (frequency) code, "7" a replacement or "8" a
// void, and the payer's number of the claim it corrects. `line` holds the
// box's labels ("22. RESUBMISSION CODE   ORIGINAL REF. NO."); the values
// follow them on that line, or stand under them on `next`. nullopt when
// `line` has no such label or the box is empty.
struct Cms1500Resubmission {
  std::string code;      // one digit
  std::string original;  // "" when not printed
};
std::optional<Cms1500Resubmission> ReadCms1500Resubmission(
    std::string_view line, std::string_view next);

// Box 1's checked program, box 1a's insured ID and the NPIs of boxes 17b,
// 32a and 33a. Each value stands after its label in its box ("17b. NPI
// 1234567893"), or under the label on one of the next two lines at about
// its column. The form prints 32a and 33a as "a." under the labels of
// boxes 32 and 33; such a value belongs to the box whose label is nearest
// to its left. "" for a box not printed or not read.
struct Cms1500Parties {
  // As a payer class: "medicare", "medicaid" or "commercial" (group health
  // plan); "" for TRICARE, CHAMPVA, FECA, other, or no box checked.
  std::string program;
  std::string insured_id;     // 1a: five or more letters and digits
  std::string referring_npi;  // 17b
  std::string facility_npi;   // 32a
  std::string billing_npi;    // 33a
};
Cms1500Parties ReadCms1500Parties(std::string_view text);

}  // namespace billcode

#endif  // BILLCODE_CLAIMS_INPUT_CMS1500_TEXT_H_
