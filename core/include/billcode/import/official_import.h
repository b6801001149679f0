// Any official CMS/CDC file billcode reads, recognised by its name and
// content and imported into a data pack: the one entry point of the build
// (`billcode pack`, `billcode import`) and of files users bring to the page.
#ifndef BILLCODE_IMPORT_OFFICIAL_IMPORT_H_
#define BILLCODE_IMPORT_OFFICIAL_IMPORT_H_

#include <optional>
#include <string>
#include <string_view>

#include "billcode/base/date.h"
#include "billcode/base/enum_names.h"
#include "billcode/import/cpt_import.h"
#include "billcode/import/import_report.h"
#include "billcode/tables/data_pack.h"

namespace billcode {

// The `billcode pack` option of each kind of file.
// kCpt: a licensed CPT descriptor file the user holds (never recognised
// by itself: the user says it is one).
#define BILLCODE_TABLE_KINDS(X) \
  X(kHcpcs, "hcpcs")            \
  X(kMue, "mue")                \
  X(kAoc, "aoc")                \
  X(kIcd10cm, "icd10cm")        \
  X(kPos, "pos")                \
  X(kPfs, "pfs")                \
  X(kGpci, "gpci")              \
  X(kZip5, "zip5")              \
  X(kClfs, "clfs")              \
  X(kOppsCap, "oppscap")        \
  X(kAnes, "anes")              \
  X(kCpt, "cpt")

BILLCODE_ENUM(TableKind, BILLCODE_TABLE_KINDS)

struct ImportOptions {
  std::string edition;  // "" = from the file name
  Date from;            // dates of service governed; empty = from the name
  Date to;
  std::string setting;  // MUE: "" = from the file name
  // False: only `from` and `to` set the governed dates (the build's
  // manifest names them); the edition still comes from the name.
  bool dates_from_name = true;
  CptColumns cpt_columns;  // kCpt: where the code and descriptor are
};

struct OfficialImport {
  std::string error;  // "" on success
  TableKind kind = TableKind::kHcpcs;
  DataPack pack;
  ImportReport report;
  size_t records = 0;
};

// The kind of the official file named `file_name` (a path or a ZIP member)
// with these bytes, or nullopt for a file billcode does not read (record
// layouts, read-me files, PDFs, spreadsheets, ICD-10-CM order files ...).
std::optional<TableKind> DetectTableKind(std::string_view file_name,
                                         std::string_view bytes);

// Imports the file as `kind`. The edition and the dates it governs come
// from `options`, else from the file name (HCPC2026_APR -> 2026-APR from
// 2026-04-01; ..._Eff_04-01-2026 -> from 2026-04-01; icd10cm-codes-2027 ->
// FY2027, 2026-10-01 to 2027-09-30; AOC_V2026Q2 -> from 2026-04-01).
OfficialImport ImportOfficialFile(TableKind kind, std::string_view file_name,
                                  std::string_view bytes,
                                  const ImportOptions& options);

}  // namespace billcode

#endif  // BILLCODE_IMPORT_OFFICIAL_IMPORT_H_
