// ICD-10-CM diagnosis codes (the CDC/CMS codes file: billable codes only).
#ifndef BILLCODE_ICD10CM_H_
#define BILLCODE_ICD10CM_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/hcpcs_import.h"
#include "billcode/hcpcs_release.h"

namespace billcode {

struct Icd10Code {
  std::string code;  // without the dot: "E119"
  std::string description;
};

class Icd10Table {
 public:
  Icd10Table() = default;
  // Sorts `codes`. Valid for dates of service from `valid_from` to
  // `valid_to` (a fiscal year: October 1 to September 30).
  Icd10Table(ReleaseInfo info, Date valid_from, Date valid_to,
             std::vector<Icd10Code> codes);
  const ReleaseInfo& info() const { return info_; }
  Date valid_from() const { return valid_from_; }
  Date valid_to() const { return valid_to_; }
  const std::vector<Icd10Code>& codes() const { return codes_; }
  // A billable code, or nullptr. `code` without the dot.
  const Icd10Code* Find(std::string_view code) const;
  // True when longer billable codes start with `code` (a category or
  // subcategory that needs more characters).
  bool HasMoreSpecific(std::string_view code) const;

 private:
  ReleaseInfo info_;
  Date valid_from_;
  Date valid_to_;
  std::vector<Icd10Code> codes_;
};

using Icd10Import = TableImport<Icd10Table>;

// Reads "icd10cm-codes-YYYY.txt": code in columns 1-7, description from
// column 9. The fiscal year comes from `fiscal_year` (0: no validity dates).
Icd10Import ImportIcd10Codes(std::string_view bytes, ReleaseInfo info,
                             int fiscal_year);

// "icd10cm-codes-2026.txt" -> 2026, or 0.
int FiscalYearFromFileName(std::string_view file_name);

// Normal form of a typed diagnosis: uppercase, without the dot or spaces.
std::string NormalizeDiagnosis(std::string_view text);

// The usual written form of a normalized code: "E119" -> "E11.9".
std::string DisplayDiagnosis(std::string_view code);

// ICD-10-CM shape: a letter, then 2-6 letters or digits (3 to 7 characters;
// FY2026 has codes such as QA00101), with an optional dot after the third.
bool IsIcd10Shaped(std::string_view text);

}  // namespace billcode

#endif  // BILLCODE_ICD10CM_H_
