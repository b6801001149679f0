// A bill's lines as the claims they are checked as (private to the bills
// module). A bill may hold the charges of more than one provider: a Good
// Faith Estimate lists the surgeon's and the surgery center's, each with
// the same procedure code. Lines that say they are a facility's charge
// ("Facility fee") are checked as a facility's claim of their own, so the
// two are not taken for one service billed twice.
#ifndef BILLCODE_BILLS_BILL_CLAIMS_H_
#define BILLCODE_BILLS_BILL_CLAIMS_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/bills/bill_explanation.h"
#include "billcode/claims/input/claim.h"
#include "billcode/tables/data_set.h"

namespace billcode::bills {

struct BillClaim {
  Claim claim;
  std::vector<size_t> line_items;       // the bill item of each claim line
  std::vector<size_t> diagnosis_items;  // the bill item of each diagnosis
};

// True for a line that is a facility's charge: it has a revenue code, or
// says "facility".
bool IsFacilityLine(const BillItem& item);

// The claims of the bill's procedure lines, for each claim of the file
// (BillItem::claim; a text bill is one), each with every diagnosis of its
// claim: one, or two when some lines (not all) are a facility's. A claim
// with revenue codes is a facility's as a whole.
std::vector<BillClaim> ClaimsOfBill(const BillExplanation& bill,
                                    const std::string& payer);

// True when `code` has an MUE of 0 in `setting`'s table on `date`: no unit
// of it is paid in that setting.
bool MueIsZero(const DataSet& data, Setting setting, std::string_view code,
               Date date);

// True when another setting's table on `date` gives `code` an MUE above 0:
// billed by another kind of provider (crutches by a supplier), which a bill
// does not say.
bool PaidInAnotherSetting(const DataSet& data, std::string_view code,
                          Date date);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_CLAIMS_H_
