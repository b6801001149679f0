// Importer of the CMS NCCI procedure-to-procedure edit text files.
#ifndef BILLCODE_IMPORT_NCCI_PTP_IMPORT_H_
#define BILLCODE_IMPORT_NCCI_PTP_IMPORT_H_

#include <string_view>

#include "billcode/import/import_report.h"
#include "billcode/tables/ncci_ptp.h"

namespace billcode {

using PtpImport = TableImport<PtpTable>;

// Reads the CMS PTP text file: tab-delimited, Latin-1, notice and header
// lines first, then column 1, column 2, prior-to-1996 flag, effective date,
// deletion date ("*" = none), modifier indicator, rationale.
PtpImport ImportPtpText(std::string_view bytes, ReleaseInfo info);

}  // namespace billcode

#endif  // BILLCODE_IMPORT_NCCI_PTP_IMPORT_H_
