// The words a person reads a bill by: labels that say what the number
// after them is, column headings, US state abbreviations and street words
// (private to the bills module).
#ifndef BILLCODE_BILLS_BILL_WORDS_H_
#define BILLCODE_BILLS_BILL_WORDS_H_

#include <string_view>

namespace billcode::bills {

// What a label says of the value written after it.
enum class LabelKind {
  kNone,
  kConnector,    // "#", "NO", "NUMBER", "ID": part of another label
  kIdentifier,   // account, claim, member, ZIP, phone, NPI ...: not a code
  kCode,         // CPT, HCPCS, code, procedure
  kDiagnosis,    // diagnosis, Dx, ICD-10
  kNdc,          // NDC, N4
  kRevenue,      // revenue code, rev
  kModifier,     // modifier, mod
  kUnits,        // units, qty
  kCharge,       // billed, charge(s), amount billed
  kServiceDate,  // service, DOS, from
  kOtherDate,    // statement, due, birth, printed ...: not a service date
};

// The kind of an uppercase word ("ACCT", "CPT", "DX"); kNone for others.
LabelKind LabelKindOf(std::string_view word);

// Two-letter USPS state, territory and military codes.
bool IsStateAbbreviation(std::string_view word);

// "ST", "STREET", "AVE", "BLVD", "SUITE" ...: a street address follows.
bool IsStreetWord(std::string_view word);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_WORDS_H_
