#include "bill_words.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace billcode::bills {
namespace {

struct LabelWord {
  std::string_view word;
  LabelKind kind;
};

// Sorted by word; looked up by binary search.
constexpr LabelWord kLabelWords[] = {
    {"#", LabelKind::kConnector},
    {"ACCESSION", LabelKind::kIdentifier},
    {"ACCOUNT", LabelKind::kIdentifier},
    {"ACCT", LabelKind::kIdentifier},
    {"ADDRESS", LabelKind::kIdentifier},
    {"ADMISSION", LabelKind::kOtherDate},
    {"ADMIT", LabelKind::kOtherDate},
    {"AMOUNT", LabelKind::kCharge},
    {"APT", LabelKind::kIdentifier},
    {"AUTH", LabelKind::kIdentifier},
    {"AUTHORIZATION", LabelKind::kIdentifier},
    {"BATCH", LabelKind::kIdentifier},
    {"BILLED", LabelKind::kCharge},
    {"BILLING", LabelKind::kOtherDate},
    {"BIRTH", LabelKind::kOtherDate},
    {"BOX", LabelKind::kIdentifier},
    {"CARD", LabelKind::kIdentifier},
    {"CASE", LabelKind::kIdentifier},
    {"CDM", LabelKind::kIdentifier},
    {"CHARGE", LabelKind::kCharge},
    {"CHARGED", LabelKind::kCharge},
    {"CHARGES", LabelKind::kCharge},
    {"CHECK", LabelKind::kIdentifier},
    {"CHK", LabelKind::kIdentifier},
    {"CLAIM", LabelKind::kIdentifier},
    {"CODE", LabelKind::kCode},
    {"CODES", LabelKind::kCode},
    {"CONFIRMATION", LabelKind::kIdentifier},
    {"CONTROL", LabelKind::kIdentifier},
    {"CPT", LabelKind::kCode},
    {"CPT-4", LabelKind::kCode},
    {"CPT/HCPCS", LabelKind::kCode},
    {"DATE", LabelKind::kServiceDate},
    {"DATES", LabelKind::kServiceDate},
    {"DCN", LabelKind::kIdentifier},
    {"DIAG", LabelKind::kDiagnosis},
    {"DIAGNOSES", LabelKind::kDiagnosis},
    {"DIAGNOSIS", LabelKind::kDiagnosis},
    {"DISCHARGE", LabelKind::kOtherDate},
    {"DOB", LabelKind::kOtherDate},
    {"DOS", LabelKind::kServiceDate},
    {"DUE", LabelKind::kOtherDate},
    {"DX", LabelKind::kDiagnosis},
    {"EFT", LabelKind::kIdentifier},
    {"EIN", LabelKind::kIdentifier},
    {"ENCOUNTER", LabelKind::kIdentifier},
    {"FAX", LabelKind::kIdentifier},
    {"FROM", LabelKind::kServiceDate},
    {"GROUP", LabelKind::kIdentifier},
    {"GRP", LabelKind::kIdentifier},
    {"GUARANTOR", LabelKind::kIdentifier},
    {"HCPCS", LabelKind::kCode},
    {"HCPCS/CPT", LabelKind::kCode},
    {"ICD", LabelKind::kDiagnosis},
    {"ICD-10", LabelKind::kDiagnosis},
    {"ICD-10-CM", LabelKind::kDiagnosis},
    {"ICD10", LabelKind::kDiagnosis},
    {"ICN", LabelKind::kIdentifier},
    {"ID", LabelKind::kIdentifier},
    {"IDENTIFIER", LabelKind::kIdentifier},
    {"INVOICE", LabelKind::kIdentifier},
    {"ISSUED", LabelKind::kOtherDate},
    {"ITEM", LabelKind::kIdentifier},
    {"LICENSE", LabelKind::kIdentifier},
    {"MEMBER", LabelKind::kIdentifier},
    {"MOD", LabelKind::kModifier},
    {"MODIFIER", LabelKind::kModifier},
    {"MODIFIERS", LabelKind::kModifier},
    {"MODS", LabelKind::kModifier},
    {"MRN", LabelKind::kIdentifier},
    {"N4", LabelKind::kNdc},
    {"NBR", LabelKind::kConnector},
    {"NDC", LabelKind::kNdc},
    {"NO", LabelKind::kConnector},
    {"NOTICE", LabelKind::kOtherDate},
    {"NPI", LabelKind::kIdentifier},
    {"NUM", LabelKind::kConnector},
    {"NUMBER", LabelKind::kConnector},
    {"OF", LabelKind::kConnector},
    {"ON", LabelKind::kConnector},
    {"ORDER", LabelKind::kIdentifier},
    {"PAGE", LabelKind::kIdentifier},
    {"PAID", LabelKind::kOtherDate},
    {"PATIENT", LabelKind::kIdentifier},
    {"PAYMENT", LabelKind::kOtherDate},
    {"PHONE", LabelKind::kIdentifier},
    {"PIN", LabelKind::kIdentifier},
    {"PO", LabelKind::kIdentifier},
    {"POLICY", LabelKind::kIdentifier},
    {"PRINT", LabelKind::kOtherDate},
    {"PRINTED", LabelKind::kOtherDate},
    {"PROC", LabelKind::kCode},
    {"PROCEDURE", LabelKind::kCode},
    {"PROCESSED", LabelKind::kOtherDate},
    {"QTY", LabelKind::kUnits},
    {"QUANTITY", LabelKind::kUnits},
    {"RC", LabelKind::kRevenue},
    {"RECEIVED", LabelKind::kOtherDate},
    {"RECORD", LabelKind::kIdentifier},
    {"REF", LabelKind::kIdentifier},
    {"REFERENCE", LabelKind::kIdentifier},
    {"REQUISITION", LabelKind::kIdentifier},
    {"REV", LabelKind::kRevenue},
    {"REVENUE", LabelKind::kRevenue},
    {"ROUTING", LabelKind::kIdentifier},
    {"SERVICE", LabelKind::kServiceDate},
    {"SERVICES", LabelKind::kServiceDate},
    {"SPECIMEN", LabelKind::kIdentifier},
    {"SSN", LabelKind::kIdentifier},
    {"STATEMENT", LabelKind::kOtherDate},
    {"STE", LabelKind::kIdentifier},
    {"SUBSCRIBER", LabelKind::kIdentifier},
    {"SUITE", LabelKind::kIdentifier},
    {"TAX", LabelKind::kIdentifier},
    {"TEL", LabelKind::kIdentifier},
    {"TELEPHONE", LabelKind::kIdentifier},
    {"TIME", LabelKind::kIdentifier},
    {"TIN", LabelKind::kIdentifier},
    {"TRACE", LabelKind::kIdentifier},
    {"UNITS", LabelKind::kUnits},
    {"VISIT", LabelKind::kIdentifier},
    {"X", LabelKind::kUnits},
    {"ZIP", LabelKind::kIdentifier},
    {"ZIPCODE", LabelKind::kIdentifier},
};

// Sorted; looked up by binary search.
constexpr std::string_view kStates[] = {
    "AA", "AE", "AK", "AL", "AP", "AR", "AS", "AZ", "CA", "CO", "CT",
    "DC", "DE", "FL", "FM", "GA", "GU", "HI", "IA", "ID", "IL", "IN",
    "KS", "KY", "LA", "MA", "MD", "ME", "MH", "MI", "MN", "MO", "MP",
    "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH",
    "OK", "OR", "PA", "PR", "PW", "RI", "SC", "SD", "TN", "TX", "UT",
    "VA", "VI", "VT", "WA", "WI", "WV", "WY"};

// Sorted; looked up by binary search.
constexpr std::string_view kStreetWords[] = {
    "AVE",   "AVENUE", "BLDG",    "BLVD",  "BOULEVARD", "CIR",     "CIRCLE",
    "COURT", "CT",     "DR",      "DRIVE", "FLOOR",     "HIGHWAY", "HWY",
    "LANE",  "LN",     "PARKWAY", "PIKE",  "PKWY",      "PL",      "PLACE",
    "PLAZA", "RD",     "ROAD",    "SQ",    "ST",        "STE",     "STREET",
    "SUITE", "TER",    "TRAIL",   "TRL",   "WAY"};

bool Contains(const std::string_view* begin, const std::string_view* end,
              std::string_view word) {
  return std::binary_search(begin, end, word);
}

}  // namespace

LabelKind LabelKindOf(std::string_view word) {
  const LabelWord* end = std::end(kLabelWords);
  const LabelWord* found =
      std::lower_bound(std::begin(kLabelWords), end, word,
                       [](const LabelWord& entry, std::string_view key) {
                         return entry.word < key;
                       });
  return found != end && found->word == word ? found->kind : LabelKind::kNone;
}

bool IsStateAbbreviation(std::string_view word) {
  return Contains(std::begin(kStates), std::end(kStates), word);
}

bool IsStreetWord(std::string_view word) {
  return Contains(std::begin(kStreetWords), std::end(kStreetWords), word);
}

}  // namespace billcode::bills
