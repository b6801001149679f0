#include "bill_stated_amounts.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string_view>

namespace billcode::bills {
namespace {

using Words = std::vector<std::string_view>;

bool Has(const Words& words, std::initializer_list<std::string_view> any) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view word) {
    return std::find(any.begin(), any.end(), word) != any.end();
  });
}

// A word of insurers, in English or Spanish ("seguro", "aseguradora"), or
// the name of a large one, as statements write its payments ("BCBS
// PAYMENT", "AETNA PMT").
bool IsInsurerWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "INSURANCE", "INS",     "PLAN",      "INSURER", "PAYER",      "MEDICARE",
      "MEDICAID",  "PRIMARY", "SECONDARY", "SEGURO",  "ASEGURADORA"};
  static constexpr std::string_view kNames[] = {
      "AETNA", "AMBETTER",         "ANTHEM",  "BCBS",   "BLUE",
      "CIGNA", "HUMANA",           "KAISER",  "MOLINA", "TRICARE",
      "UHC",   "UNITEDHEALTHCARE", "WELLCARE"};
  return std::find(std::begin(kWords), std::end(kWords), word) !=
             std::end(kWords) ||
         std::find(std::begin(kNames), std::end(kNames), word) !=
             std::end(kNames);
}

// An insurer's word not after "after" ("Balance after insurance" is the
// patient's).
bool NamesInsurer(const Words& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    if (IsInsurerWord(words[i]) && (i == 0 || words[i - 1] != "AFTER")) {
      return true;
    }
  }
  return false;
}

// In English or Spanish ("Saldo a pagar", "Total a pagar", "Usted debe").
bool SaysAmountDue(const Words& words, bool whole_bill) {
  if (words.empty() ||
      Has(words,
          {"PAST", "PREVIOUS", "PRIOR", "BEGINNING", "STARTING", "FORWARD",
           "LAST", "MINIMUM", "MONTHLY", "INSTALLMENT", "ESTIMATE", "ESTIMATED",
           "ANTERIOR", "PREVIO", "VENCIDO", "MINIMO", "MENSUAL", "ESTIMADO"}) ||
      NamesInsurer(words)) {
    return false;
  }
  const bool total = Has(words, {"TOTAL", "AMOUNT"});
  const bool person = Has(words, {"YOU", "YOUR", "PATIENT", "MEMBER", "PT"});
  return Has(words, {"DUE", "BALANCE", "SALDO", "ADEUDADO", "ADEUDADA"}) ||
         (Has(words, {"PAY"}) && Has(words, {"PLEASE", "THIS"})) ||
         (Has(words, {"PAGAR"}) &&
          Has(words, {"TOTAL", "CANTIDAD", "MONTO"})) ||
         (Has(words, {"DEBE"}) && Has(words, {"USTED"})) ||
         ((total || (person && !whole_bill)) &&
          Has(words, {"OWE", "RESPONSIBILITY", "RESP"})) ||
         (total && Has(words, {"MAY"}) && Has(words, {"BILLED"}));
}

// In English or Spanish ("Pago del seguro").
bool SaysInsurancePaid(const Words& words) {
  const bool paid = Has(words, {"PAID", "PAYMENT", "PAYMENTS", "PMT", "PMTS",
                                "PAGO", "PAGOS", "PAGADO"});
  return paid && std::any_of(words.begin(), words.end(), IsInsurerWord) &&
         !Has(words, {"PENDING", "BILLED", "EXPECTED", "ESTIMATED", "ESTIMATE",
                      "AWAITING", "DUE", "BALANCE", "YOU", "PATIENT", "MEMBER",
                      "NOT", "PENDIENTE", "FACTURADO", "PACIENTE", "USTED"});
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
