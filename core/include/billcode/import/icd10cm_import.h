// Importer of the CDC/CMS ICD-10-CM codes file.
#ifndef BILLCODE_IMPORT_ICD10CM_IMPORT_H_
#define BILLCODE_IMPORT_ICD10CM_IMPORT_H_

#include <string_view>

#include "billcode/import/import_report.h"
#include "billcode/tables/icd10cm.h"

namespace billcode {

using Icd10Import = TableImport<Icd10Table>;

// Reads "icd10cm-codes-YYYY.txt": code in columns 1-7, description from
// column 9. Unless `info` has effective dates, fiscal year `fiscal_year`
// (when not 0) sets them to October 1 of the year before through
// September 30.
Icd10Import ImportIcd10Codes(std::string_view bytes, ReleaseInfo info,
                             int fiscal_year);

// "icd10cm-codes-2026.txt" -> 2026, or 0.
int FiscalYearFromFileName(std::string_view file_name);

}  // namespace billcode

#endif  // BILLCODE_IMPORT_ICD10CM_IMPORT_H_
