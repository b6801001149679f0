// ExplainBill(): every item of a bill in plain words, with Medicare's price
// and the flags a patient should ask the billing office about.
#ifndef BILLCODE_BILLS_BILL_EXPLANATION_H_
#define BILLCODE_BILLS_BILL_EXPLANATION_H_

#include <optional>
#include <string>
#include <vector>

#include "billcode/base/date.h"
#include "billcode/base/enum_names.h"
#include "billcode/bills/bill_extraction.h"
#include "billcode/claims/rules/claim_report.h"
#include "billcode/codes/lookup.h"
#include "billcode/codes/price.h"
#include "billcode/tables/data_set.h"

namespace billcode {

// Flag ids are part of the API: never rename one.
#define BILLCODE_BILL_FLAGS(X)                     \
  X(kSameServiceTwice, "same-service-twice")       \
  X(kUnitsAboveLimit, "units-above-limit")         \
  X(kCodeTerminated, "code-terminated")            \
  X(kCodeNotYetValid, "code-not-yet-valid")        \
  X(kCodeUnknown, "code-unknown")                  \
  X(kMedicareDoesNotPay, "medicare-does-not-pay")  \
  X(kBundled, "bundled")                           \
  X(kAddOnWithoutPrimary, "addon-without-primary") \
  X(kNeverBilledTogether, "never-billed-together") \
  X(kChargeAboveMedicare, "charge-above-medicare") \
  X(kDiagnosisCategory, "diagnosis-category")      \
  X(kDiagnosisUnknown, "diagnosis-unknown")        \
  X(kPlanPaidNothing, "plan-paid-nothing")         \
  X(kTwoVisitsOneDay, "two-visits-one-day")

BILLCODE_ENUM(BillFlagKind, BILLCODE_BILL_FLAGS)

struct BillFlag {
  BillFlagKind kind = BillFlagKind::kCodeUnknown;
  std::string sentence;  // what it means, one sentence, plain words
  std::string question;  // what to ask the billing office
  std::string detail;    // the check's own words (rule, limits, edition)
  std::string source;    // the table and edition behind it
};

// A charge this many times Medicare's amount or more is flagged.
inline constexpr double kChargeRatioFlagged = 3.0;

// Where the date an item was checked on comes from.
#define BILLCODE_DATE_SOURCES(X) \
  X(kBill, "bill")               \
  X(kUser, "user")               \
  X(kToday, "today")

BILLCODE_ENUM(DateSource, BILLCODE_DATE_SOURCES)

struct ExplainedItem {
  BillItem item;
  Date date;  // the date the code was checked on
  DateSource date_source = DateSource::kBill;
  std::vector<std::string> explanation;  // plain sentences
  // Procedure codes: the lookup (its pointers refer into the DataSet), and
  // Medicare's price when a fee schedule covers the date.
  std::optional<LookupResult> lookup;
  std::optional<PriceResult> price;
  long long charge_cents = -1;  // the item's charge, -1 when not shown
  // What a remittance says the plan paid, and the patient's share (its
  // "PR" adjustments), in cents; nullopt when the line shows no payment.
  std::optional<long long> paid_cents;
  std::optional<long long> patient_share_cents;
  std::vector<BillFlag> flags;
};

struct BillOptions {
  Date date;          // the date to use when the bill shows none
  std::string zip;    // five digits, for local prices; "" = national only
  std::string payer;  // "medicare", "medicaid", "commercial"; "" = the one
                      // the file names, else Medicare's rules, said so in
                      // `notes`
  Date today;         // required
};

struct BillExplanation {
  std::vector<ExplainedItem> items;
  std::vector<std::string> problems;        // from the extraction
  std::vector<int> uncoded_lines;           // from the extraction
  std::optional<StatedAmount> amount_due;   // from the extraction
  std::optional<StatedSum> insurance_paid;  // from the extraction
  // What the file says of its claims, then assumptions, in plain words.
  std::vector<std::string> notes;
  std::vector<std::string> questions;  // every flag's question, once each
  std::string payer;                   // the payer class the checks used
  std::vector<CheckStatus> checks;     // which data-backed checks ran
  std::vector<std::string> notices;    // copyright notices of data shown
};

// Explains each item on its date of service (else `options.date`, else
// today). The flags come from the claim checks run over the bill's
// procedure lines and diagnoses, in words for a patient, and from
// comparing each charge with Medicare's amount.
BillExplanation ExplainBill(const BillExtraction& extraction,
                            const DataSet& data, const BillOptions& options);

}  // namespace billcode

#endif  // BILLCODE_BILLS_BILL_EXPLANATION_H_
