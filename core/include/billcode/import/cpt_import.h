// A licensed CPT descriptor file, as the user's licence delivers it:
// tab-, pipe- or comma-delimited code and descriptor, with or without a
// header row.
#ifndef BILLCODE_IMPORT_CPT_IMPORT_H_
#define BILLCODE_IMPORT_CPT_IMPORT_H_

#include <string>
#include <string_view>

#include "billcode/import/import_report.h"
#include "billcode/tables/cpt_descriptors.h"
#include "billcode/tables/release_info.h"

namespace billcode {

// Which columns hold the code and the descriptor: a header name or a
// 1-based column number ("2"); "" = found from the header ("CPT Code",
// "Code", "HCPCS"; "Descriptor", "Long Descriptor", "Description" ...),
// else the first column and the next after it.
struct CptColumns {
  std::string code;
  std::string descriptor;
};

using CptImport = TableImport<CptDescriptorTable>;

// Rows whose code is not CPT-shaped (five characters: digits, or four
// digits and F, T, U or M) are skipped and counted; a file with no such row
// is an error that says which columns it found.
CptImport ImportCptDescriptors(std::string_view bytes, ReleaseInfo info,
                               const CptColumns& columns = CptColumns());

}  // namespace billcode

#endif  // BILLCODE_IMPORT_CPT_IMPORT_H_
