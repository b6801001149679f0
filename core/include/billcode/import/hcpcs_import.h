// Importer of the CMS HCPCS Level II fixed-width release (320 columns; the
// layout is in the CMS record layout file and ../shared/data/README.md).
#ifndef BILLCODE_IMPORT_HCPCS_IMPORT_H_
#define BILLCODE_IMPORT_HCPCS_IMPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/import/import_report.h"
#include "billcode/tables/hcpcs_release.h"

namespace billcode {

struct HcpcsImport {
  std::string error;  // empty on success
  HcpcsRelease release;
  ImportReport report;  // every line is a record, a continuation or skipped
};

// Reads a fixed-width release in any edition since 2017: text before the
// data (disclaimers), cp1252 bytes, continuation lines cut at column 91,
// blank padding past column 320 and blank lines are handled and reported.
// `info` names the edition; its checksum is set from `bytes`.
HcpcsImport ImportHcpcsFixedWidth(std::string_view bytes, ReleaseInfo info);

// Edition label and release date from a CMS file name:
// "HCPC2026_JAN_ANWEB_01122026.txt" -> {"2026-JAN", 2026-01-01},
// "HCPC17_CONTR_ANWEB.txt" -> {"2017", 2017-01-01}. Falls back to the file
// name without extension and no date.
ReleaseInfo ReleaseInfoFromFileName(std::string_view file_name);

}  // namespace billcode

#endif  // BILLCODE_IMPORT_HCPCS_IMPORT_H_
