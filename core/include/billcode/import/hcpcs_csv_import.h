// Importer of the CMS HCPCS Level II release as CSV: the XLSX edition saved
// as CSV, with the XLSX column names (HCPC, SEQNUM, RECID, LONG
// DESCRIPTION ... ACTION CD), one row per record.
#ifndef BILLCODE_IMPORT_HCPCS_CSV_IMPORT_H_
#define BILLCODE_IMPORT_HCPCS_CSV_IMPORT_H_

#include <string_view>

#include "billcode/import/hcpcs_import.h"

namespace billcode {

// True when `bytes` start with the CSV header row ("HCPC,...").
bool LooksLikeHcpcsCsv(std::string_view bytes);

// Reads rows of RECID 3 (procedure codes) and 7 (modifiers, whose HCPC cell
// keeps 3 leading blanks); every other row is skipped with its reason.
// Columns are found by name; a missing optional column reads as blank.
HcpcsImport ImportHcpcsCsv(std::string_view bytes, ReleaseInfo info);

}  // namespace billcode

#endif  // BILLCODE_IMPORT_HCPCS_CSV_IMPORT_H_
