#include "bill_columns.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>

#include "bill_words.h"

namespace billcode::bills {
namespace {

struct HeadingWord {
  std::string_view word;
  ColumnKind kind;
};

// Words of headings; a heading of several words takes the kind that comes
// first in ColumnPriority().
constexpr HeadingWord kHeadingWords[] = {
    {"ACCOUNT", ColumnKind::kIdentifier},
    {"ACCT", ColumnKind::kIdentifier},
    {"ADJ", ColumnKind::kMoney},
    {"ADJUSTMENT", ColumnKind::kMoney},
    {"ADJUSTMENTS", ColumnKind::kMoney},
    {"ALLOW", ColumnKind::kMoney},  // a dental EOB's "Maximum Plan Allow"
    {"ALLOWABLE", ColumnKind::kMoney},
    {"ALLOWANCE", ColumnKind::kMoney},
    {"ALLOWED", ColumnKind::kMoney},
    {"AMOUNT", ColumnKind::kCharge},
    {"AMT", ColumnKind::kCharge},
    {"APPROVED", ColumnKind::kMoney},
    {"BALANCE", ColumnKind::kMoney},
    {"BENEFIT", ColumnKind::kMoney},
    {"BENEFITS", ColumnKind::kMoney},
    {"BILLED", ColumnKind::kCharge},
    {"CDM", ColumnKind::kIdentifier},
    {"CHARGE", ColumnKind::kCharge},
    {"CHARGED", ColumnKind::kCharge},  // "Amount Provider Charged"
    {"CHARGES", ColumnKind::kCharge},
    {"CHG", ColumnKind::kCharge},
    {"CLAIM", ColumnKind::kIdentifier},
    {"CODE", ColumnKind::kCode},
    {"COINS", ColumnKind::kMoney},
    {"COINSURANCE", ColumnKind::kMoney},
    {"CO-INS", ColumnKind::kMoney},
    {"CO-PAY", ColumnKind::kMoney},
    {"COPAY", ColumnKind::kMoney},
    {"COPAYMENT", ColumnKind::kMoney},
    {"COST", ColumnKind::kCharge},  // "Your Cost" is the patient's share
    {"COVERED", ColumnKind::kMoney},
    {"CPT", ColumnKind::kCode},
    {"CPT/HCPCS", ColumnKind::kCode},
    {"DATE", ColumnKind::kDate},
    {"DATES", ColumnKind::kDate},
    {"DAYS", ColumnKind::kUnits},
    {"DEDUCT", ColumnKind::kMoney},
    {"DEDUCTIBLE", ColumnKind::kMoney},
    {"DESC", ColumnKind::kDescription},
    {"DESCRIPTION", ColumnKind::kDescription},
    {"DETAIL", ColumnKind::kDescription},
    {"DIAG", ColumnKind::kDiagnosis},
    {"DIAGNOSIS", ColumnKind::kDiagnosis},
    {"DISCOUNT", ColumnKind::kMoney},
    {"DISCOUNTS", ColumnKind::kMoney},
    {"DOS", ColumnKind::kDate},
    {"DX", ColumnKind::kDiagnosis},
    {"ENCOUNTER", ColumnKind::kIdentifier},
    {"FEE", ColumnKind::kCharge},
    {"FROM", ColumnKind::kDate},
    {"HCPCS", ColumnKind::kCode},
    {"HCPCS/CPT", ColumnKind::kCode},
    {"ICD", ColumnKind::kDiagnosis},
    {"ICD-10", ColumnKind::kDiagnosis},
    {"ELIGIBLE", ColumnKind::kMoney},
    {"ID", ColumnKind::kIdentifier},
    {"INSURANCE", ColumnKind::kMoney},
    {"INVOICE", ColumnKind::kIdentifier},
    {"LIABILITY", ColumnKind::kMoney},
    {"LINE", ColumnKind::kIdentifier},
    {"MOD", ColumnKind::kModifier},
    {"MODIFIER", ColumnKind::kModifier},
    {"MODIFIERS", ColumnKind::kModifier},
    {"MODS", ColumnKind::kModifier},
    {"MRN", ColumnKind::kIdentifier},
    {"NDC", ColumnKind::kNdc},
    {"NPI", ColumnKind::kIdentifier},
    {"NOTE", ColumnKind::kReason},  // a Medicare Summary Notice's "See Notes"
    {"NOTES", ColumnKind::kReason},
    {"OWE", ColumnKind::kMoney},
    {"PAID", ColumnKind::kMoney},
    {"PAYMENT", ColumnKind::kMoney},
    {"PENDING", ColumnKind::kMoney},  // "Ins Pending": not decided yet
    {"PAYMENTS", ColumnKind::kMoney},
    {"PAYS", ColumnKind::kMoney},  // a dental EOB's "Plan Pays", "Patient Pays"
    {"PMT", ColumnKind::kMoney},   // a hospital statement's "Ins Pmt"
    {"PMTS", ColumnKind::kMoney},
    {"POINTER", ColumnKind::kIdentifier},  // diagnosis pointers: "1,2"
    {"POINTERS", ColumnKind::kIdentifier},
    {"POS", ColumnKind::kIdentifier},  // place of service: "11"
    {"PRICE", ColumnKind::kCharge},
    {"PROC", ColumnKind::kCode},
    {"PROCEDURE", ColumnKind::kCode},
    {"QTY", ColumnKind::kUnits},
    {"QUANTITY", ColumnKind::kUnits},
    {"RATE", ColumnKind::kMoney},  // per unit: not the amount billed
    {"RC", ColumnKind::kRevenue},
    {"REASON", ColumnKind::kReason},
    {"REASONS", ColumnKind::kReason},
    {"REF", ColumnKind::kIdentifier},
    {"REMARK", ColumnKind::kReason},
    {"REMARKS", ColumnKind::kReason},
    {"RESP", ColumnKind::kMoney},  // "Pt Resp"
    {"RESPONSIBILITY", ColumnKind::kMoney},
    {"REV", ColumnKind::kRevenue},
    {"REVENUE", ColumnKind::kRevenue},
    {"SAVINGS", ColumnKind::kMoney},
    {"SEQ", ColumnKind::kIdentifier},
    {"SERVICE", ColumnKind::kDescription},
    {"SERVICES", ColumnKind::kDescription},
    {"SHARE", ColumnKind::kMoney},
    {"SUBSCRIBER", ColumnKind::kIdentifier},
    {"TICKET", ColumnKind::kIdentifier},
    {"TOTAL", ColumnKind::kCharge},
    {"UNIT", ColumnKind::kUnits},
    {"UNITS", ColumnKind::kUnits},
    // Spanish, without accents (BillToken::text): "Fecha del servicio",
    // "Código", "Cargo facturado", "Monto permitido", "Pagado por el
    // plan", "Usted debe".
    {"APROBADA", ColumnKind::kMoney},
    {"APROBADO", ColumnKind::kMoney},
    {"CANT", ColumnKind::kUnits},  // "Cant.", as "Qty."
    {"CANTIDAD", ColumnKind::kUnits},
    {"CARGO", ColumnKind::kCharge},
    {"CARGOS", ColumnKind::kCharge},
    {"COASEGURO", ColumnKind::kMoney},
    {"COBRADO", ColumnKind::kCharge},
    {"CODIGO", ColumnKind::kCode},
    {"COPAGO", ColumnKind::kMoney},
    {"DEBE", ColumnKind::kMoney},
    {"DEDUCIBLE", ColumnKind::kMoney},
    {"DESCRIPCION", ColumnKind::kDescription},
    {"DESCUENTO", ColumnKind::kMoney},
    {"DESCUENTOS", ColumnKind::kMoney},
    {"DIAGNOSTICO", ColumnKind::kDiagnosis},
    {"COBRO", ColumnKind::kCharge},      // "cobró": what the provider charged
    {"FACTURADA", ColumnKind::kCharge},  // "Cantidad facturada"
    {"FACTURADO", ColumnKind::kCharge},
    {"FACTURAR", ColumnKind::kCharge},  // "Lo máximo que se le puede facturar"
    {"FECHA", ColumnKind::kDate},
    {"IMPORTE", ColumnKind::kCharge},
    {"MODIFICADOR", ColumnKind::kModifier},
    {"MONTO", ColumnKind::kCharge},
    {"NOTA", ColumnKind::kReason},
    {"NOTAS", ColumnKind::kReason},
    {"PAGADO", ColumnKind::kMoney},
    {"PAGO", ColumnKind::kMoney},
    {"PAGOS", ColumnKind::kMoney},
    {"PERMITIDA", ColumnKind::kMoney},  // "Cantidad permitida"
    {"PERMITIDO", ColumnKind::kMoney},
    {"RESPONSABILIDAD", ColumnKind::kMoney},
    {"SALDO", ColumnKind::kMoney},
    {"SERVICIO", ColumnKind::kDescription},
    {"SERVICIOS", ColumnKind::kDescription},
    {"UNIDADES", ColumnKind::kUnits},
};

// A heading word without a plural "(S)" or the marks around it: "DATE(S)",
// "COPAY/", "APPROVED?", "¿SERVICIO" and "MEDICARE-" (a word the heading's
// next line goes on: "Medicare-" over "Approved") as "DATE", "COPAY",
// "APPROVED", "SERVICIO" and "MEDICARE".
std::string_view BareHeadingWord(std::string_view word) {
  constexpr std::string_view kInverted = "\xC2\xBF";  // Spanish "¿"
  if (word.substr(0, kInverted.size()) == kInverted) {
    word.remove_prefix(kInverted.size());
  }
  constexpr std::string_view kPlural = "(S)";
  if (word.size() > kPlural.size() &&
      word.substr(word.size() - kPlural.size()) == kPlural) {
    word.remove_suffix(kPlural.size());
  }
  while (word.size() > 1 && (word.back() == '/' || word.back() == '?' ||
                             word.back() == ':' || word.back() == '-')) {
    word.remove_suffix(1);
  }
  return word;
}

// The kind a heading word names.
ColumnKind HeadingKindOf(std::string_view word) {
  word = BareHeadingWord(word);
  for (const HeadingWord& heading : kHeadingWords) {
    if (heading.word == word) return heading.kind;
  }
  // A numbered modifier or diagnosis column of an export: "MOD1", "ICD2",
  // "DX3", and the CMS-1500's four modifier boxes "M1" to "M4".
  size_t digits = word.size();
  while (digits > 0 &&
         std::isdigit(static_cast<unsigned char>(word[digits - 1]))) {
    --digits;
  }
  if (digits == 0 || digits == word.size() || word.size() - digits > 2) {
    return ColumnKind::kNone;
  }
  const std::string_view base = word.substr(0, digits);
  if (base == "M") {
    return word.size() == 2 && word[1] >= '1' && word[1] <= '4'
               ? ColumnKind::kModifier
               : ColumnKind::kNone;
  }
  const ColumnKind kind = HeadingKindOf(base);
  return kind == ColumnKind::kDiagnosis || kind == ColumnKind::kModifier
             ? kind
             : ColumnKind::kNone;
}

// A heading's words with the parts of each hyphenated one after it:
// "MEDICARE-APPROVED" is also "MEDICARE" and "APPROVED"; "CO-PAY" stays
// whole as well.
std::vector<std::string> WithHyphenatedParts(
    const std::vector<std::string>& words) {
  std::vector<std::string> all;
  for (const std::string& word : words) {
    all.push_back(word);
    const std::string_view bare = BareHeadingWord(word);
    size_t start = 0;
    for (size_t hyphen = bare.find('-', 1);
         hyphen != std::string_view::npos && hyphen + 1 < bare.size();
         hyphen = bare.find('-', start)) {
      all.emplace_back(bare.substr(start, hyphen - start));
      start = hyphen + 1;
    }
    if (start > 0) all.emplace_back(bare.substr(start));
  }
  return all;
}

// Spanish words that join a heading's words ("Cantidad que el proveedor
// cobró", "Lo máximo que se le puede facturar"), as "of" does in English.
bool IsSpanishJoiningWord(std::string_view word) {
  constexpr std::string_view kWords[] = {
      "A",  "AL",  "DE",   "DEL",   "EL",  "EN", "LA",  "LAS", "LE",
      "LO", "LOS", "PARA", "PUEDE", "QUE", "SE", "VEA", "Y"};
  return std::find(std::begin(kWords), std::end(kWords), word) !=
         std::end(kWords);
}

// Words that say whose amount a heading is: "Medicare Approved", "Plan
// Paid", "You May Be Billed".
bool IsPayerWord(std::string_view word) {
  constexpr std::string_view kWords[] = {
      "BE",      "MAY",   "MEDICARE", "MEDICAID", "MEMBER", "NOT",
      "PATIENT", "PLAN",  "PROVIDER", "WE",       "WHAT",   "YOU",
      "YOUR",    "USTED", "SU",       "PACIENTE", "SEGURO", "PROVEEDOR"};
  return std::find(std::begin(kWords), std::end(kWords),
                   BareHeadingWord(word)) != std::end(kWords);
}

// Lower is stronger: "Charge Code" is an identifier column, "Rev Code" a
// revenue column, "Service Date" a date column, "Amount Paid" a money one.
int ColumnPriority(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::kReason:  // "Remark Code", "Reason Cd"
    case ColumnKind::kIdentifier:
      return 0;
    case ColumnKind::kRevenue:
      return 1;
    case ColumnKind::kDiagnosis:
      return 2;
    case ColumnKind::kNdc:
      return 3;
    case ColumnKind::kModifier:
      return 4;
    case ColumnKind::kDate:
      return 5;
    case ColumnKind::kMoney:
    case ColumnKind::kAllowed:
    case ColumnKind::kPaid:
    case ColumnKind::kPaidToPatient:
    case ColumnKind::kDeductible:
    case ColumnKind::kCoinsurance:
    case ColumnKind::kCopay:
    case ColumnKind::kPatientShare:
    case ColumnKind::kDiscount:
    case ColumnKind::kAdjustment:
    case ColumnKind::kPending:
    case ColumnKind::kPatientPaid:
      return 6;
    case ColumnKind::kCode:
      return 7;
    case ColumnKind::kUnits:
      return 8;
    case ColumnKind::kCharge:
      return 9;
    case ColumnKind::kDescription:
      return 10;
    case ColumnKind::kNone:
      return 11;
  }
  return 11;
}

// Whether a word names the code set ("CPT", "HCPCS"), not just "Code".
bool NamesCodeSet(std::string_view word) {
  return word == "CPT" || word == "HCPCS" || word == "CPT/HCPCS" ||
         word == "HCPCS/CPT" || word == "PROC" || word == "PROCEDURE" ||
         word == "BILLING";  // a Medicare Summary Notice's "Billing Code"
}

struct Heading {
  ColumnKind kind = ColumnKind::kNone;
  bool names_code_set = false;
};

// Whether `words` hold one of `choices` (as BareHeadingWord()).
bool HasHeadingWord(const std::vector<std::string>& words,
                    std::initializer_list<std::string_view> choices) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view word) {
    return std::find(choices.begin(), choices.end(), BareHeadingWord(word)) !=
           choices.end();
  });
}

// Whether a heading names the plan: "Plan Paid", "Ins Paid".
bool NamesPayer(const std::vector<std::string>& words) {
  return HasHeadingWord(
      words, {"PLAN", "PLAN'S", "INSURANCE", "INS", "INSURER", "MEDICARE",
              "MEDICAID", "SEGURO", "ASEGURADORA"});
}

// Whether a heading names a payment's payee among `payees`: "to" (or
// Spanish "a") before one, after "your" or "the" if written ("Paid to
// You", "Pagado a usted", "Paid to Your Provider").
bool PaysTo(const std::vector<std::string>& words,
            std::initializer_list<std::string_view> payees) {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string_view joining = BareHeadingWord(words[i]);
    if (joining != "TO" && joining != "A") continue;
    size_t payee = i + 1;
    const std::string_view next = BareHeadingWord(words[payee]);
    if ((next == "YOUR" || next == "SU" || next == "THE") &&
        payee + 1 < words.size()) {
      ++payee;
    }
    if (std::find(payees.begin(), payees.end(),
                  BareHeadingWord(words[payee])) != payees.end()) {
      return true;
    }
  }
  return false;
}

}  // namespace

// The amount of an Explanation of Benefits a heading of amounts (`kind`
// kMoney, or kCharge for "You May Be Billed") names, or `kind`: the
// patient's deductible, coinsurance, copay or whole share ("Your Share",
// "Your Cost", "You Owe", "Patient Responsibility", "Pt Resp"), what is pending
// with the insurer ("Ins Pending"), what the plan allowed ("Medicare Approved
// Amount", "Member Rate") or paid ("Plan Paid", "What Your Plan Paid",
// "Insurance Payments", "Ins Pmt", "Plan's Share"; not "You Paid", "Other
// Insurance Paid" nor "Payments" alone), to the patient rather than the
// provider ("Paid to You", "Payment to Member").
ColumnKind PaymentKindOf(const std::vector<std::string>& words,
                         ColumnKind kind) {
  const auto has = [&](std::initializer_list<std::string_view> choices) {
    return HasHeadingWord(words, choices);
  };
  const bool person = has({"YOU", "YOUR", "PATIENT", "MEMBER", "PT", "USTED",
                           "SU", "PACIENTE", "MIEMBRO"});
  if (kind == ColumnKind::kCharge) {
    const bool most_billed = has({"MAXIMO"}) && has({"FACTURAR"});
    return (person && has({"BILLED", "OWE", "COST"})) || most_billed
               ? ColumnKind::kPatientShare
               : kind;
  }
  if (kind != ColumnKind::kMoney || has({"NOT", "NON", "NO"})) return kind;
  if (has({"PENDING", "PENDIENTE"})) return ColumnKind::kPending;
  if (has({"DEDUCT", "DEDUCTIBLE", "DEDUCIBLE"})) {
    return ColumnKind::kDeductible;
  }
  if (has({"COINS", "CO-INS", "COINSURANCE", "COASEGURO"})) {
    return ColumnKind::kCoinsurance;
  }
  if (has({"COPAY", "CO-PAY", "COPAYMENT", "COPAYS", "COPAYMENTS", "COPAGO"})) {
    return ColumnKind::kCopay;
  }
  if (has({"OWE", "RESPONSIBILITY", "RESP", "LIABILITY", "DEBE",
           "RESPONSABILIDAD"}) ||
      (person && has({"SHARE", "PAYS", "COST", "PARTE"}))) {
    return ColumnKind::kPatientShare;
  }
  if (has({"DISCOUNT", "DISCOUNTS", "SAVINGS", "DESCUENTO", "DESCUENTOS"}) &&
      !person) {
    return ColumnKind::kDiscount;
  }
  if (has({"ADJ", "ADJUSTMENT", "ADJUSTMENTS"}) && !person) {
    return ColumnKind::kAdjustment;
  }
  if (has({"ALLOW", "ALLOWED", "ALLOWABLE", "ALLOWANCE", "APPROVED", "ELIGIBLE",
           "PERMITIDO", "PERMITIDA", "APROBADO", "APROBADA"}) ||
      (has({"RATE"}) &&
       has({"MEMBER", "NETWORK", "NEGOTIATED", "CONTRACTED", "CONTRACT"}))) {
    return ColumnKind::kAllowed;
  }
  // "Payments" alone, on a provider's statement, are anyone's.
  const bool payer = NamesPayer(words);
  const bool paid = has({"PAID", "PAYS", "BENEFIT", "BENEFITS", "PAGADO"}) ||
                    (payer && has({"PAYMENT", "PAYMENTS", "PMT", "PMTS", "PAGO",
                                   "PAGOS", "SHARE", "PORTION"}));
  // The payee named after "to": the patient, or the provider.
  const bool payment = paid || has({"PAYMENT", "PAYMENTS", "PMT", "PAGO"});
  if (payment && PaysTo(words, {"YOU", "PATIENT", "MEMBER", "PT", "USTED",
                                "PACIENTE", "MIEMBRO", "SUBSCRIBER"})) {
    return ColumnKind::kPaidToPatient;
  }
  const bool to_provider = PaysTo(words, {"PROVIDER", "PROVIDERS", "DOCTOR",
                                          "FACILITY", "HOSPITAL", "PROVEEDOR"});
  if (paid && (payer || !person || to_provider) &&
      !has({"OTHER", "PRIOR", "PREVIOUS"})) {
    return ColumnKind::kPaid;
  }
  // "Pt Paid", "Patient Payments" (not "You Paid", the EOB's words for
  // the share a patient met).
  if (person && !has({"YOU", "YOUR", "USTED", "SU"}) &&
      (paid || has({"PAYMENT", "PAYMENTS", "PMT", "PMTS"}))) {
    return ColumnKind::kPatientPaid;
  }
  return kind;
}

ColumnKind PaymentLabelBefore(const std::vector<BillToken>& tokens, size_t i) {
  constexpr size_t kMostWords = 4;
  if (i >= tokens.size() || tokens[i].shape != TokenShape::kMoney) {
    return ColumnKind::kNone;
  }
  std::vector<std::string> words;
  for (size_t j = i; j-- > 0 && words.size() < kMostWords;) {
    const BillToken& word = tokens[j];
    // A colon ends the label it follows, not an earlier one.
    if (word.shape != TokenShape::kWord || (j + 1 < i && word.after == ':')) {
      break;
    }
    words.insert(words.begin(), word.text);
    if (word.gap_before) break;
  }
  const ColumnKind kind = PaymentKindOf(words, ColumnKind::kMoney);
  return kind == ColumnKind::kMoney || kind == ColumnKind::kPatientPaid
             ? ColumnKind::kNone
             : kind;
}

namespace {

Heading HeadingOf(const std::vector<std::string>& written) {
  const std::vector<std::string> words = WithHyphenatedParts(written);
  Heading heading;
  bool charge = false, money = false, code = false, units = false,
       other = false, described = false;
  for (const std::string& word : words) {
    ColumnKind next = HeadingKindOf(word);
    // "Cantidad" alone is a quantity; with other words ("Cantidad aprobada
    // por Medicare"), an amount.
    if (word == "CANTIDAD" && words.size() > 1) next = ColumnKind::kCharge;
    described = described || word == "PROVIDED" || word == "PROPORCIONADO" ||
                BareHeadingWord(word).substr(0, 4) == "DESC";
    charge = charge || next == ColumnKind::kCharge;
    money = money || next == ColumnKind::kMoney;
    code = code || next == ColumnKind::kCode;
    units = units || next == ColumnKind::kUnits;
    // "/" and "&" join headings ("Código / Code"): no word of another kind.
    const bool sign = std::none_of(word.begin(), word.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c));
    });
    other = other || (next == ColumnKind::kNone && !sign &&
                      LabelKindOf(word) != LabelKind::kConnector &&
                      !IsSpanishJoiningWord(word));
    heading.names_code_set = heading.names_code_set || NamesCodeSet(word);
    if (ColumnPriority(next) < ColumnPriority(heading.kind))
      heading.kind = next;
  }
  if (heading.kind == ColumnKind::kIdentifier && !code && (charge || money)) {
    // "Line Charge", "Claim Total", "Account Balance": amounts.
    heading.kind = charge ? ColumnKind::kCharge : ColumnKind::kMoney;
  } else if (charge && code) {
    heading.kind = ColumnKind::kIdentifier;  // "Charge Code": chargemaster
  } else if (charge && units) {
    heading.kind = ColumnKind::kMoney;  // "Unit Price": not the amount billed
  } else if (code && described) {
    // "Service Provided & Billing Code": words with the code among them.
    heading.kind = ColumnKind::kDescription;
  } else if (code && other && !heading.names_code_set) {
    heading.kind = ColumnKind::kIdentifier;  // "Test Code", "Item Code"
  } else if (heading.kind == ColumnKind::kMoney && heading.names_code_set) {
    heading.kind = ColumnKind::kCode;  // the UB-04's "HCPCS / Rate / HIPPS"
  }
  heading.kind = PaymentKindOf(words, heading.kind);
  return heading;
}

// Settles what the amount columns are, beside each other: without a
// heading that says "charges", the first amount is what was charged; a
// bare "Paid" on a provider's statement ("Charge  Paid  Balance") is
// anyone's payment, and a "Discount" the provider's own: the plan's only
// among the other amounts of an EOB.
void SettleAmountKinds(std::vector<Column>* columns) {
  auto is = [](ColumnKind kind) {
    return [kind](const Column& column) { return column.kind == kind; };
  };
  if (std::none_of(columns->begin(), columns->end(), is(ColumnKind::kCharge))) {
    auto first =
        std::find_if(columns->begin(), columns->end(), is(ColumnKind::kMoney));
    if (first != columns->end()) first->kind = ColumnKind::kCharge;
  }
  const bool eob =
      std::any_of(columns->begin(), columns->end(), [](const Column& column) {
        return column.kind == ColumnKind::kReason ||
               (IsAmountColumn(column.kind) &&
                column.kind != ColumnKind::kMoney &&
                column.kind != ColumnKind::kPaid &&
                column.kind != ColumnKind::kDiscount &&
                column.kind != ColumnKind::kAdjustment &&
                column.kind != ColumnKind::kPatientPaid);
      });
  for (Column& column : *columns) {
    const bool anyones_payment =
        column.kind == ColumnKind::kPaid && !NamesPayer(column.words);
    if (!eob && (anyones_payment || column.kind == ColumnKind::kDiscount)) {
      column.kind = ColumnKind::kMoney;
    }
  }
}

// Whether a code column's heading says "code" ("Code", "Proc Cd", "CPT"),
// not only "Procedure".
bool SaysCode(const Column& column) {
  return HasHeadingWord(column.words, {"CODE", "CODES", "CD", "CPT", "HCPCS",
                                       "CPT/HCPCS", "HCPCS/CPT", "CDT"});
}

// A "Procedure" heading beside a "Code" one heads the procedure's words
// (a dental EOB's "Procedure  Code").
void SettleCodeColumns(std::vector<Column>* columns) {
  const auto code_said = [](const Column& column) {
    return column.kind == ColumnKind::kCode && SaysCode(column);
  };
  if (std::none_of(columns->begin(), columns->end(), code_said)) return;
  for (Column& column : *columns) {
    if (column.kind == ColumnKind::kCode && !SaysCode(column)) {
      column.kind = ColumnKind::kDescription;
    }
  }
}

// Gives each column the kind its words name, the amounts' settled beside
// each other (SettleAmountKinds), and the code columns' (SettleCodeColumns);
// nullopt unless two columns name different kinds.
std::optional<ColumnHeader> WithKinds(ColumnHeader header) {
  std::vector<ColumnKind> kinds;  // amounts of any kind count as one
  for (Column& column : header.columns) {
    column.kind = HeadingOf(column.words).kind;
    const ColumnKind counted =
        IsAmountColumn(column.kind) ? ColumnKind::kMoney : column.kind;
    if (counted != ColumnKind::kNone &&
        std::find(kinds.begin(), kinds.end(), counted) == kinds.end()) {
      kinds.push_back(counted);
    }
  }
  if (kinds.size() < 2) return std::nullopt;
  SettleAmountKinds(&header.columns);
  SettleCodeColumns(&header.columns);
  return header;
}

// Words of a single-spaced header that end an amount heading ("Billed",
// "Paid"), and words that go with the next one, or with the last one at
// the end ("Amount", "Plan", "You").
bool EndsAmountHeading(std::string_view word) {
  // A question heads a yes or no ("Service Approved?").
  if (!word.empty() && word.back() == '?') return false;
  word = BareHeadingWord(word);
  if (word == "AMOUNT" || word == "AMT" || word == "INSURANCE") return false;
  // "Medicare-Approved": by its last part.
  const size_t hyphen = word.rfind('-');
  if (HeadingKindOf(word) == ColumnKind::kNone && hyphen != 0 &&
      hyphen != std::string_view::npos && hyphen + 1 < word.size()) {
    word = word.substr(hyphen + 1);
  }
  const ColumnKind kind = HeadingKindOf(word);
  return kind == ColumnKind::kMoney || kind == ColumnKind::kCharge ||
         word == "SHARE";
}
bool GoesWithAmountHeading(std::string_view word) {
  word = BareHeadingWord(word);
  constexpr std::string_view kWords[] = {
      "AMOUNT",   "AMT",    "BE",      "BY",   "INS",   "INSURANCE", "MAY",
      "MEDICARE", "MEMBER", "NETWORK", "NOT",  "OTHER", "PATIENT",   "PLAN",
      "PLAN'S",   "PT",     "THE",     "UNIT", "WHAT",  "YOU",       "YOUR"};
  return std::find(std::begin(kWords), std::end(kWords), word) !=
         std::end(kWords);
}

// The kinds of the amount headings of a single-spaced header, in order.
// "To" right after one, and the word after it, are its ("Paid to
// Provider").
std::vector<ColumnKind> AmountsInOrder(const std::vector<BillToken>& tokens) {
  std::vector<Column> headings;
  std::vector<std::string> waiting;  // words for the next heading
  bool payee_next = false;           // the last heading's "to" just read
  for (const BillToken& token : tokens) {
    const bool to = BareHeadingWord(token.text) == "TO";
    if (payee_next || (to && waiting.empty() && !headings.empty())) {
      headings.back().words.push_back(token.text);
      payee_next = to;
    } else if (EndsAmountHeading(token.text)) {
      Column heading;
      heading.words = std::exchange(waiting, {});
      heading.words.push_back(token.text);
      headings.push_back(std::move(heading));
    } else if (GoesWithAmountHeading(token.text)) {
      waiting.push_back(token.text);
    } else {
      waiting.clear();
    }
  }
  if (!headings.empty()) {
    std::vector<std::string>& last = headings.back().words;
    last.insert(last.end(), waiting.begin(), waiting.end());
  }
  for (Column& heading : headings) heading.kind = HeadingOf(heading.words).kind;
  SettleAmountKinds(&headings);
  std::vector<ColumnKind> kinds;
  for (const Column& heading : headings) kinds.push_back(heading.kind);
  return kinds;
}

}  // namespace

bool IsAmountColumn(ColumnKind kind) {
  return ColumnPriority(kind) == ColumnPriority(ColumnKind::kMoney);
}

std::optional<ColumnHeader> ReadColumnHeader(
    const std::vector<BillToken>& tokens) {
  if (tokens.size() < 2) return std::nullopt;
  bool spaced = std::any_of(tokens.begin() + 1, tokens.end(),
                            [](const BillToken& t) { return t.gap_before; });
  // Who pays or is paid ("Medicare Paid", "You May Be Billed"), in a line
  // set out in columns, or among four amount headings at least (a Medicare
  // Summary Notice's headings copied from its PDF with single spaces): not
  // a sentence.
  const bool in_columns =
      spaced || tokens.front().field >= 0 ||
      std::count_if(tokens.begin(), tokens.end(), [](const BillToken& token) {
        return EndsAmountHeading(token.text);
      }) >= 4;
  int known_words = 0, words = 0;
  for (const BillToken& token : tokens) {
    bool locator = token.shape == TokenShape::kNumber && token.text.size() <= 2;
    if (locator) continue;
    if (token.shape != TokenShape::kWord && token.shape != TokenShape::kOther) {
      return std::nullopt;
    }
    ++words;
    const std::vector<std::string> parts = WithHyphenatedParts({token.text});
    const bool known =
        std::any_of(parts.begin(), parts.end(), [&](const std::string& part) {
          return HeadingKindOf(part) != ColumnKind::kNone ||
                 LabelKindOf(part) == LabelKind::kConnector ||
                 IsSpanishJoiningWord(part) ||
                 (in_columns && IsPayerWord(part));
        });
    known_words += known ? 1 : 0;
  }
  if (words < 2 || known_words * 2 < words) return std::nullopt;
  // Headings: words between gaps (or fields); a header written with single
  // spaces throughout has one heading per word.
  ColumnHeader header;
  header.aligned = spaced || tokens.front().field >= 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool starts_heading = i == 0 || !spaced || tokens[i].gap_before ||
                          tokens[i].field != tokens[i - 1].field ||
                          tokens[i - 1].shape == TokenShape::kNumber;
    if (tokens[i].shape == TokenShape::kNumber) continue;
    if (starts_heading || header.columns.empty()) {
      Column column;
      // A heading starts at its form locator ("42 REV. CD.").
      bool locator = i > 0 && tokens[i - 1].shape == TokenShape::kNumber;
      column.start = locator ? tokens[i - 1].start : tokens[i].start;
      column.field = tokens[i].field;
      header.columns.push_back(column);
    }
    header.columns.back().words.push_back(tokens[i].text);
    header.columns.back().end = tokens[i].end;
  }
  if (!header.aligned) header.amounts = AmountsInOrder(tokens);
  return WithKinds(std::move(header));
}

std::optional<ColumnHeader> StackColumnHeaders(const ColumnHeader& upper,
                                               const ColumnHeader& lower) {
  // Aligned by spaces, or both delimited ("| DATE OF |" over "| SERVICE |"):
  // a heading below goes with the one it overlaps most, or in its field.
  auto delimited = [](const ColumnHeader& header) {
    return header.columns.front().field >= 0;
  };
  if (!upper.aligned || !lower.aligned || upper.columns.empty() ||
      lower.columns.empty() || delimited(upper) != delimited(lower)) {
    return std::nullopt;
  }
  const bool by_field = delimited(upper);
  ColumnHeader stacked = upper;
  for (const Column& below : lower.columns) {
    Column* over = nullptr;
    size_t most = 0;
    for (Column& column : stacked.columns) {
      if (by_field) {
        if (column.field == below.field) over = &column;
        continue;
      }
      size_t lo = std::max(column.start, below.start);
      size_t hi = std::min(column.end, below.end);
      if (hi > lo && hi - lo > most) {
        most = hi - lo;
        over = &column;
      }
    }
    if (over != nullptr) {
      over->words.insert(over->words.end(), below.words.begin(),
                         below.words.end());
      over->start = std::min(over->start, below.start);
      over->end = std::max(over->end, below.end);
    } else {
      stacked.columns.push_back(below);
    }
  }
  std::sort(stacked.columns.begin(), stacked.columns.end(),
            [](const Column& a, const Column& b) { return a.start < b.start; });
  return WithKinds(std::move(stacked));
}

namespace {

// The cell of each token: a new cell starts after a gap.
std::vector<size_t> CellsOf(const std::vector<BillToken>& tokens) {
  std::vector<size_t> cells(tokens.size(), 0);
  for (size_t i = 1; i < tokens.size(); ++i) {
    cells[i] = cells[i - 1] + (tokens[i].gap_before ? 1 : 0);
  }
  return cells;
}

// How many bytes of `token` stand under column `c`'s span (its heading's
// start to the next heading's).
size_t Overlap(const std::vector<Column>& columns, size_t c,
               const BillToken& token) {
  const size_t begin = c == 0 ? 0 : columns[c].start;
  const size_t end = c + 1 < columns.size() ? columns[c + 1].start : SIZE_MAX;
  const size_t lo = std::max(begin, token.start);
  const size_t hi = std::min(end, token.end);
  return hi > lo ? hi - lo : 0;
}

// The column whose heading span `token` overlaps most, or columns.size().
size_t ColumnUnder(const std::vector<Column>& columns, const BillToken& token) {
  size_t best = columns.size(), best_overlap = 0;
  for (size_t c = 0; c < columns.size(); ++c) {
    const size_t overlap = Overlap(columns, c, token);
    if (overlap > best_overlap) {
      best_overlap = overlap;
      best = c;
    }
  }
  return best;
}

// The column of each token. A word that straddles two headings' spans
// ("ER" of "ER VISIT" one byte left of "Description") goes with the word
// beside it in its cell, when that one stands under either.
std::vector<size_t> ColumnsUnder(const std::vector<Column>& columns,
                                 const std::vector<BillToken>& tokens,
                                 const std::vector<size_t>& cells) {
  std::vector<size_t> under(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    under[i] = ColumnUnder(columns, tokens[i]);
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    for (const size_t beside : {i + 1, i - 1}) {
      if (beside >= tokens.size() || cells[beside] != cells[i]) continue;
      const size_t column = under[beside];
      if (column != under[i] && column < columns.size() &&
          Overlap(columns, column, tokens[i]) > 0) {
        under[i] = column;
        break;
      }
    }
  }
  // A description longer than its heading's span runs on under the next
  // ones; the words of its cell are still description, an amount is not.
  for (size_t i = 1; i < tokens.size(); ++i) {
    const size_t column = under[i - 1];
    if (cells[i] == cells[i - 1] && column < columns.size() &&
        columns[column].kind == ColumnKind::kDescription &&
        tokens[i].shape != TokenShape::kMoney) {
      under[i] = column;
    }
  }
  return under;
}

// Whether the line's cells stand under their headings: no two cells under
// one heading, and none under none.
bool CellsUnderTheirHeadings(const std::vector<Column>& columns,
                             const std::vector<size_t>& under,
                             const std::vector<size_t>& cells) {
  std::vector<bool> taken(columns.size(), false);
  for (size_t i = 0; i < under.size(); ++i) {
    if (i > 0 && cells[i] == cells[i - 1]) continue;
    const size_t column = under[i];
    if (column == columns.size() || taken[column]) return false;
    taken[column] = true;
  }
  return true;
}

}  // namespace

std::vector<ColumnKind> AssignColumns(const ColumnHeader& header,
                                      const std::vector<BillToken>& tokens) {
  std::vector<ColumnKind> kinds(tokens.size(), ColumnKind::kNone);
  const std::vector<Column>& columns = header.columns;
  if (!header.aligned) {
    std::vector<size_t> amounts;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].shape == TokenShape::kMoney) amounts.push_back(i);
    }
    if (amounts.size() >= 2 && amounts.size() == header.amounts.size()) {
      for (size_t a = 0; a < amounts.size(); ++a) {
        kinds[amounts[a]] = header.amounts[a];
      }
    }
    return kinds;
  }
  if (tokens.empty() || columns.empty()) return kinds;
  if (columns.front().field >= 0) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      for (const Column& column : columns) {
        if (column.field == tokens[i].field) kinds[i] = column.kind;
      }
    }
    return kinds;
  }
  // Cells that do not stand under their headings, as many as there are
  // headings, are taken in order.
  const std::vector<size_t> cells = CellsOf(tokens);
  const std::vector<size_t> under = ColumnsUnder(columns, tokens, cells);
  const bool in_order = cells.back() + 1 == columns.size() &&
                        !CellsUnderTheirHeadings(columns, under, cells);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const size_t column = in_order ? cells[i] : under[i];
    if (column < columns.size()) kinds[i] = columns[column].kind;
  }
  return kinds;
}

}  // namespace billcode::bills
