#include "bill_amount_due.h"

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

}  // namespace

std::optional<std::string> AmountDueOf(const std::vector<BillToken>& tokens,
                                       bool whole_bill) {
  Words label;  // since the last amount or the end of a sentence
  char after_last_word = 0;
  for (const BillToken& token : tokens) {
    if (token.shape == TokenShape::kWord) {
      if (after_last_word == '.') label.clear();
      label.push_back(token.text);
      after_last_word = token.after;
    } else if (token.shape == TokenShape::kMoney) {
      if (SaysAmountDue(label, whole_bill)) {
        if (token.value[0] == '-') return std::nullopt;
        return token.value;
      }
      label.clear();
    }
  }
  return std::nullopt;
}

}  // namespace billcode::bills
