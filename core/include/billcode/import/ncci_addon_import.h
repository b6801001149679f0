// Importer of the CMS NCCI add-on code edit CSV.
#ifndef BILLCODE_IMPORT_NCCI_ADDON_IMPORT_H_
#define BILLCODE_IMPORT_NCCI_ADDON_IMPORT_H_

#include <string_view>

#include "billcode/import/import_report.h"
#include "billcode/tables/ncci_addon.h"

namespace billcode {

using AddOnImport = TableImport<AddOnTable>;

// Reads the CMS add-on code CSV (notice cell, header
// AOC_Edit_Type,Add-On_Code,..., Julian YYYYDDD dates).
AddOnImport ImportAddOnCsv(std::string_view bytes, ReleaseInfo info);

// "AOC_V2026Q2-MCR.csv" -> edition "2026Q2", dated the quarter's first day.
ReleaseInfo AddOnInfoFromFileName(std::string_view file_name);

}  // namespace billcode

#endif  // BILLCODE_IMPORT_NCCI_ADDON_IMPORT_H_
