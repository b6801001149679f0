// Importer of the CMS NCCI MUE CSV files (one per setting).
#ifndef BILLCODE_IMPORT_NCCI_MUE_IMPORT_H_
#define BILLCODE_IMPORT_NCCI_MUE_IMPORT_H_

#include <string_view>

#include "billcode/import/import_report.h"
#include "billcode/tables/ncci_mue.h"

namespace billcode {

using MueImport = TableImport<MueTable>;

// Reads a CMS MUE CSV (AMA notice cell, two-line header, then
// code,value,"N label",rationale; Latin-1).
MueImport ImportMueCsv(std::string_view bytes, ReleaseInfo info,
                       Setting setting);

// "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv" -> edition "2026-04-01"
// and that release date; the setting is read from the name when it says.
ReleaseInfo MueInfoFromFileName(std::string_view file_name);
bool SettingFromFileName(std::string_view file_name, Setting* setting);

}  // namespace billcode

#endif  // BILLCODE_IMPORT_NCCI_MUE_IMPORT_H_
