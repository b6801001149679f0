#include "bill_claims.h"

#include <array>
#include <cctype>
#include <map>
#include <set>

#include "billcode/base/text.h"
#include "billcode/tables/setting.h"

namespace billcode::bills {
namespace {

bool IsWordCharacter(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// "FACILITY" as a word of the line ("Facility fee", "SURGERY FACILITY").
bool SaysFacility(std::string_view text) {
  const std::string upper = AsciiUpper(text);
  constexpr std::string_view kWord = "FACILITY";
  for (size_t at = upper.find(kWord); at != std::string::npos;
       at = upper.find(kWord, at + 1)) {
    const size_t end = at + kWord.size();
    if ((at == 0 || !IsWordCharacter(upper[at - 1])) &&
        (end == upper.size() || !IsWordCharacter(upper[end]))) {
      return true;
    }
  }
  return false;
}

ClaimLine LineOf(const ExplainedItem& explained) {
  const BillItem& item = explained.item;
  ClaimLine line;
  line.code = item.code;
  line.modifiers = item.modifiers;
  line.units = item.units;
  line.charge = item.charge;
  line.date_of_service = explained.date.ToIso();
  line.revenue_code = item.revenue_code;
  return line;
}

}  // namespace

bool IsFacilityLine(const BillItem& item) {
  return !item.revenue_code.empty() || SaysFacility(item.text);
}

std::vector<BillClaim> ClaimsOfBill(const BillExplanation& bill,
                                    const std::string& payer) {
  // By the claim each item is of: its professional lines, then its
  // facility's.
  std::map<int, std::array<BillClaim, 2>> by_claim;
  std::set<int> with_revenue_codes;
  for (const ExplainedItem& explained : bill.items) {
    if (!explained.item.revenue_code.empty()) {
      with_revenue_codes.insert(explained.item.claim);
    }
  }
  for (size_t i = 0; i < bill.items.size(); ++i) {
    const BillItem& item = bill.items[i].item;
    std::array<BillClaim, 2>& pair = by_claim[item.claim];
    if (item.kind == BillItemKind::kDiagnosis) {
      for (BillClaim& claim : pair) {
        claim.claim.diagnoses.push_back(item.code);
        claim.diagnosis_items.push_back(i);
      }
    } else if (item.kind == BillItemKind::kProcedure) {
      const bool facility =
          with_revenue_codes.count(item.claim) > 0 || IsFacilityLine(item);
      BillClaim& claim = pair[facility ? 1 : 0];
      claim.claim.lines.push_back(LineOf(bill.items[i]));
      claim.line_items.push_back(i);
    }
  }
  std::vector<BillClaim> claims;
  for (auto& [number, pair] : by_claim) {
    auto& [professional, facility] = pair;
    facility.claim.setting = ToString(Setting::kOutpatientHospital);
    for (BillClaim* claim : {&professional, &facility}) {
      claim->claim.payer = payer.empty() ? "medicare" : payer;
      if (!claim->claim.lines.empty()) {
        claim->claim.date_of_service = claim->claim.lines[0].date_of_service;
        claims.push_back(std::move(*claim));
      }
    }
  }
  // Diagnoses alone are checked once for each claim that has them.
  if (claims.empty()) {
    for (auto& [number, pair] : by_claim) {
      if (pair[0].claim.diagnoses.empty()) continue;
      pair[0].claim.payer = payer.empty() ? "medicare" : payer;
      claims.push_back(std::move(pair[0]));
    }
  }
  return claims;
}

namespace {

const MueEntry* MueEntryOf(const DataSet& data, Setting setting,
                           std::string_view code, Date date) {
  const MueTable* table = data.mue(setting, date);
  return table ? table->Find(code) : nullptr;
}

}  // namespace

bool MueIsZero(const DataSet& data, Setting setting, std::string_view code,
               Date date) {
  const MueEntry* entry = MueEntryOf(data, setting, code, date);
  return entry && entry->value == 0;
}

bool PaidInAnotherSetting(const DataSet& data, std::string_view code,
                          Date date) {
  for (const Setting setting :
       {Setting::kPractitioner, Setting::kOutpatientHospital, Setting::kDme}) {
    const MueEntry* entry = MueEntryOf(data, setting, code, date);
    if (entry && entry->value > 0) return true;
  }
  return false;
}

}  // namespace billcode::bills
