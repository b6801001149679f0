// ExtractBill(): every code a bill, itemized statement or Explanation of
// Benefits shows, one item per billed line.
#ifndef BILLCODE_BILLS_BILL_EXTRACTION_H_
#define BILLCODE_BILLS_BILL_EXTRACTION_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "billcode/bills/bill_item.h"
#include "billcode/tables/data_set.h"

namespace billcode {

// Reads `bytes` (text in any encoding ParseClaim reads; FHIR JSON or an X12
// 837 is read as claims, an X12 835 remittance as what the payer paid on
// each line and why) in any layout: columns spaced or delimited, CSV, wrapped
// lines, pages pasted together, codes inside descriptions or glued to
// modifiers. Numbers that are not codes (ZIP codes, phone numbers, account,
// claim and member numbers, amounts, dates) are left out by their labels,
// their shape and their column. `data` decides what is a real code when
// the text is ambiguous: a Level II-shaped identifier in no loaded release
// is not a code, and OCR damage ("J11OO", "9921 3") is read only when the
// repaired code is in the data and written in a code column. Items are in
// the order of the text; a code quoted again without a charge for a line
// already billed is not a second item.
// An amount a bill states, and the line (from 1) it is on.
struct StatedAmount {
  int line = 0;
  long long cents = 0;
};

// A sum of amounts a bill states, and the lines (from 1) they are on.
struct StatedSum {
  std::vector<int> lines;
  long long cents = 0;
};

struct BillExtraction {
  std::vector<BillItem> items;
  // What could not be read, located: a FHIR or X12 file's errors.
  std::vector<std::string> problems;
  // What the file says of each claim as a whole, in plain words (a
  // remittance's totals and status).
  std::vector<std::string> notes;
  // Lines that bill an amount for words without a code billcode can read
  // ("03/02/2026  PHARMACY  $42.75"): they are not items, and the
  // explanation says so. Not totals, payments or labelled amounts.
  std::vector<int> uncoded_lines;
  // What the bill says the patient is asked to pay now: the last line that
  // states it ("Amount due: $125.00", "Total you owe"); none for FHIR and
  // X12 files.
  std::optional<StatedAmount> amount_due;
  // What insurers paid, as the bill states it apart from its coded lines
  // ("Insurance payments: -$320.37"): its last total of them, else the sum
  // of the lines stating one; none for FHIR and X12 files.
  std::optional<StatedSum> insurance_paid;
  // The kind of insurer a FHIR or X12 file names for its first claim that
  // names one, or "medicare" for a Medicare Summary Notice ("medicare",
  // "medicaid", "commercial"), or "".
  std::string payer;
};

BillExtraction ExtractBill(std::string_view bytes, const DataSet& data);

}  // namespace billcode

#endif  // BILLCODE_BILLS_BILL_EXTRACTION_H_
