// One billed line of a bill, statement or Explanation of Benefits, as
// ExtractBill() finds it.
#ifndef BILLCODE_BILLS_BILL_ITEM_H_
#define BILLCODE_BILLS_BILL_ITEM_H_

#include <string>
#include <vector>

#include "billcode/base/enum_names.h"

namespace billcode {

#define BILLCODE_BILL_ITEM_KINDS(X) \
  X(kProcedure, "procedure")        \
  X(kDiagnosis, "diagnosis")        \
  X(kRevenue, "revenue")            \
  X(kNdc, "ndc")

BILLCODE_ENUM(BillItemKind, BILLCODE_BILL_ITEM_KINDS)

// A payer's adjustment of a line's payment (an X12 835 CAS segment).
struct BillAdjustment {
  std::string group;   // who bears it: "CO", "PR", "OA", "PI" or "CR"
  std::string reason;  // Claim Adjustment Reason Code: "45", "B7"
  std::string amount;  // dollars with two decimals; "-12.50" returns money
};

// A note a Medicare Summary Notice or an EOB gives a line by its letter
// ("See Notes: A"), with the note's text from the notice.
struct BillNote {
  std::string ref;   // "A"
  std::string text;  // "This approved amount has been reduced ..."
};

// Text fields are "" where the bill does not show them.
struct BillItem {
  int line = 0;  // 1-based line of the text; 0 for structured input
  // Which claim of a file of several (FHIR, X12) the line is of, from 0;
  // the lines of a text bill are one claim's.
  int claim = 0;
  std::string text;  // the line as written (trimmed), or where it was read
  BillItemKind kind = BillItemKind::kProcedure;
  // Procedure: CPT or HCPCS ("99213", "J1100"). Diagnosis: ICD-10-CM with
  // its dot ("E11.9"). Revenue: four digits ("0450"). NDC: 11 digits in
  // 5-4-2 form ("00409-4888-02").
  std::string code;
  std::vector<std::string> modifiers;
  std::string units;            // digits
  std::string charge;           // dollars with two decimals: "1200.00"
  std::string date_of_service;  // YYYY-MM-DD
  std::string revenue_code;     // a procedure line's revenue code
  std::string ndc;              // a procedure line's drug (5-4-2)
  std::string description;      // the bill's own words for the line
  std::string repaired;         // "from 'J11OO'" when OCR damage was read
  // What a remittance says the payer did with the line: the amount it
  // allowed and paid, its adjustments (what you owe is the "PR" ones), its
  // remark codes ("N130") and its notes.
  std::string allowed;
  std::string paid;
  std::string paid_to_patient;  // of `paid`, what the plan sent the patient
  std::string
      pending;  // billed to the insurer, not decided yet ("Ins Pending")
  std::vector<BillAdjustment> adjustments;
  std::vector<std::string> remarks;
  std::vector<BillNote> payer_notes;
};

}  // namespace billcode

#endif  // BILLCODE_BILLS_BILL_ITEM_H_
