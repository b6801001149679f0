#include "bill_stated_amounts.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace billcode::bills {
namespace {

using Words = std::vector<std::string_view>;

bool Has(const Words& words, std::initializer_list<std::string_view> any) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view word) {
    return std::find(any.begin(), any.end(), word) != any.end();
  });
}

// An insurer's word not after "after" ("Balance after insurance" is the
// patient's).
bool NamesInsurer(const Words& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    if (Has({words[i]}, {"INSURANCE", "INS", "PLAN", "INSURER", "PAYER",
                         "MEDICARE", "MEDICAID"}) &&
        (i == 0 || words[i - 1] != "AFTER")) {
      return true;
    }
  }
  return false;
}

bool SaysAmountDue(const Words& words, bool whole_bill) {
  if (words.empty() ||
      Has(words, {"PAST", "PREVIOUS", "PRIOR", "BEGINNING", "STARTING",
                  "FORWARD", "LAST", "MINIMUM", "MONTHLY", "INSTALLMENT",
                  "ESTIMATE", "ESTIMATED"}) ||
      NamesInsurer(words)) {
    return false;
  }
  const bool total = Has(words, {"TOTAL", "AMOUNT"});
  const bool person = Has(words, {"YOU", "YOUR", "PATIENT", "MEMBER", "PT"});
  return Has(words, {"DUE", "BALANCE"}) ||
         (Has(words, {"PAY"}) && Has(words, {"PLEASE", "THIS"})) ||
         ((total || (person && !whole_bill)) &&
          Has(words, {"OWE", "RESPONSIBILITY", "RESP"})) ||
         (total && Has(words, {"MAY"}) && Has(words, {"BILLED"}));
}

bool SaysInsurancePaid(const Words& words) {
  const bool insurer =
      Has(words, {"INSURANCE", "INS", "PLAN", "INSURER", "PAYER", "MEDICARE",
                  "MEDICAID", "PRIMARY", "SECONDARY"});
  const bool paid = Has(words, {"PAID", "PAYMENT", "PAYMENTS", "PMT", "PMTS"});
  return insurer && paid &&
         !Has(words, {"PENDING", "BILLED", "EXPECTED", "ESTIMATED", "ESTIMATE",
                      "AWAITING", "DUE", "BALANCE", "YOU", "PATIENT", "MEMBER",
                      "NOT"});
}

// The first amount whose label (its words since the amount before it,
// the end of a sentence or the line's start) `says` of it.
template <typename Says>
const BillToken* LabelledAmount(const std::vector<BillToken>& tokens,
                                Says says) {
  Words label;
  char after_last_word = 0;
  for (const BillToken& token : tokens) {
    if (token.shape == TokenShape::kWord) {
      if (after_last_word == '.') label.clear();
      label.push_back(token.text);
      after_last_word = token.after;
    } else if (token.shape == TokenShape::kMoney) {
      if (says(label)) return &token;
      label.clear();
    }
  }
  return nullptr;
}

}  // namespace

std::optional<std::string> AmountDueOf(const std::vector<BillToken>& tokens,
                                       bool whole_bill) {
  const BillToken* due = LabelledAmount(tokens, [&](const Words& label) {
    return SaysAmountDue(label, whole_bill);
  });
  if (!due || due->value[0] == '-') return std::nullopt;
  return due->value;
}

std::optional<std::string> InsurancePaidOf(
    const std::vector<BillToken>& tokens) {
  const BillToken* paid = LabelledAmount(tokens, SaysInsurancePaid);
  if (!paid) return std::nullopt;
  return paid->value[0] == '-' ? paid->value.substr(1) : paid->value;
}

}  // namespace billcode::bills
