// ICD-10-CM diagnosis codes (the CDC/CMS codes file: billable codes only).
// An edition governs one fiscal year (October 1 to September 30), kept in
// its ReleaseInfo's effective dates.
#ifndef BILLCODE_TABLES_ICD10CM_H_
#define BILLCODE_TABLES_ICD10CM_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/tables/sorted_table.h"

namespace billcode {

struct Icd10Code {
  std::string code;  // without the dot: "E119"
  std::string description;
};

// Sorted by code; Find() takes a code without the dot and returns a
// billable code or nullptr.
class Icd10Table : public SortedTable<Icd10Code, &Icd10Code::code> {
 public:
  using SortedTable::SortedTable;
  const std::vector<Icd10Code>& codes() const { return entries(); }
  Date valid_from() const { return info().effective_from; }
  Date valid_to() const { return info().effective_to; }
  // True when longer billable codes start with `code` (a category or
  // subcategory that needs more characters).
  bool HasMoreSpecific(std::string_view code) const;
};

// Normal form of a typed diagnosis: uppercase, without the dot or spaces.
std::string NormalizeDiagnosis(std::string_view text);

// The usual written form of a normalized code: "E119" -> "E11.9".
std::string DisplayDiagnosis(std::string_view code);

// ICD-10-CM shape: a letter, then 2-6 letters or digits (3 to 7 characters;
// FY2026 has codes such as QA00101), with an optional dot after the third.
bool IsIcd10Shaped(std::string_view text);

}  // namespace billcode

#endif  // BILLCODE_TABLES_ICD10CM_H_
