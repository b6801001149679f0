// The column headings of a bill's table ("Date  Code  Description  Qty
// Charges") and which column each word of a row is written in (private to
// the bills module).
#ifndef BILLCODE_BILLS_BILL_COLUMNS_H_
#define BILLCODE_BILLS_BILL_COLUMNS_H_

#include <optional>
#include <string>
#include <vector>

#include "bill_tokens.h"

namespace billcode::bills {

enum class ColumnKind {
  kNone,
  kDate,
  kCode,
  kDescription,
  kUnits,
  kCharge,  // the amount charged (billed)
  kMoney,   // another amount: balance, discount, adjustment ...
  // What an Explanation of Benefits says of the line (PaymentKindOf).
  kAllowed,
  kPaid,           // by the plan
  kPaidToPatient,  // by the plan, to the patient: "Paid to You"
  kDeductible,
  kCoinsurance,
  kCopay,
  kPatientShare,  // what the patient owes, whole
  kDiscount,      // a network discount or savings: a contractual write-off
  kAdjustment,    // a ledger's "Adj Amt": contractual when charge - allowed
  kPending,       // billed to the insurer, which has not decided yet
  kPatientPaid,   // what the patient has paid: a ledger's "Pt Paid"
  kReason,        // the payer's adjustment reason and remark codes
  kRevenue,
  kModifier,
  kNdc,
  kDiagnosis,
  kIdentifier,  // chargemaster number, line number, reference: never a code
};

// kMoney or one of the amounts of an Explanation of Benefits.
bool IsAmountColumn(ColumnKind kind);

// The amount of an Explanation of Benefits that `words`, a heading or a
// label of amounts (`kind` kMoney, or kCharge for "You May Be Billed"),
// names: kAllowed, kPaid, kPaidToPatient, kDeductible, kCoinsurance,
// kCopay, kPatientShare, kDiscount, kAdjustment, kPending or kPatientPaid;
// else `kind`.
ColumnKind PaymentKindOf(const std::vector<std::string>& words,
                         ColumnKind kind);

// The amount of an Explanation of Benefits that the words written right
// before amount `tokens[i]` name, as a label ("Plan paid: $113.33", "You
// owe $18.41"): up to four words, back to a gap, a colon or a token that
// is no word. kNone when they name none (or `tokens[i]` is no amount).
ColumnKind PaymentLabelBefore(const std::vector<BillToken>& tokens, size_t i);

struct Column {
  ColumnKind kind = ColumnKind::kNone;
  size_t start = 0;                // byte column of the heading
  size_t end = 0;                  // one past its last byte
  int field = -1;                  // delimited field of the heading, or -1
  std::vector<std::string> words;  // its words, of every line it spans
};

// Headings sorted by start (or field).
struct ColumnHeader {
  std::vector<Column> columns;
  // False for a header written with single spaces ("Date Description Code
  // Charges", text copied from a PDF): its words do not line up with the
  // rows, so no row word is given a column but its amounts (`amounts`).
  bool aligned = true;
  // Of a single-spaced header, the kinds of its amount headings in order
  // ("Amount Billed Allowed Plan Paid You Owe": kCharge, kAllowed, kPaid,
  // kPatientShare); a row with as many amounts has them in that order.
  std::vector<ColumnKind> amounts;
};

// The header a line is, when at least two of its headings name different
// columns and it holds no amount or date, and no number but the form
// locator numbers of a printed UB-04 ("42 REV. CD.").
std::optional<ColumnHeader> ReadColumnHeader(
    const std::vector<BillToken>& tokens);

// The header of two heading lines, one over the other ("Amount" over
// "Billed"): a heading of the lower line joins the heading of the upper
// one it overlaps most ("Amount Billed"), or stands alone. Nullopt for
// delimited or single-spaced headers, or when the joined headings name
// fewer than two kinds of column.
std::optional<ColumnHeader> StackColumnHeaders(const ColumnHeader& upper,
                                               const ColumnHeader& lower);

// The column of each token: by field for a delimited line; else by the
// heading span it overlaps most, unless the line's cells (runs of words
// between gaps) do not stand under their headings and are as many as the
// headings: then cell by cell (text copied from a PDF keeps the gaps, not
// the widths). Under a single-spaced header, only the amounts of a row
// with as many as its amount headings have columns.
std::vector<ColumnKind> AssignColumns(const ColumnHeader& header,
                                      const std::vector<BillToken>& tokens);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_COLUMNS_H_
