// Importers of the Medicare fee schedule files: the PFS relative value file
// (PPRRVU, 2025 and 2026 layouts), the GPCI addendum, the ZIP5 locality
// file, the Clinical Laboratory Fee Schedule, the OPPS imaging caps and the
// anesthesia conversion factors. Each keeps the copyright
// notice at the top of its file in the table's release information.
#ifndef BILLCODE_IMPORT_FEE_SCHEDULE_IMPORT_H_
#define BILLCODE_IMPORT_FEE_SCHEDULE_IMPORT_H_

#include <string_view>

#include "billcode/import/import_report.h"
#include "billcode/tables/fee_schedules.h"

namespace billcode {

using RvuImport = TableImport<RvuTable>;
using GpciImport = TableImport<GpciTable>;
using ZipLocalityImport = TableImport<ZipLocalityTable>;
using LabFeeImport = TableImport<LabFeeTable>;
using OppsCapImport = TableImport<OppsCapTable>;
using AnesthesiaImport = TableImport<AnesthesiaTable>;

// PPRRVU*.csv: title and notice lines, the column heading, then one row
// per (HCPCS, modifier); the layout (31 or 32 columns) is read from the
// header row.
RvuImport ImportRvuCsv(std::string_view bytes, ReleaseInfo info);
// GPCI*.csv: MAC, state, locality number, name, work, PE, MP GPCI.
GpciImport ImportGpciCsv(std::string_view bytes, ReleaseInfo info);
// ZIP5_*.txt: fixed width, 80 columns.
ZipLocalityImport ImportZip5(std::string_view bytes, ReleaseInfo info);
// PUF_CLFS_*.csv: YEAR,HCPCS,MOD,EFF_DATE,INDICATOR,RATE,...
LabFeeImport ImportClfsCsv(std::string_view bytes, ReleaseInfo info);
// OPPSCAP_*.csv: HCPCS,MOD,PROCSTAT,CARRIER,LOCALITY,FACILITY PRICE,
// NON-FACILTY PRICE.
OppsCapImport ImportOppsCapCsv(std::string_view bytes, ReleaseInfo info);
// ANES*.csv: Contractor, Locality, Locality Name, and in the header the
// national factor ("National Anes CF of 20.3178").
AnesthesiaImport ImportAnesthesiaCsv(std::string_view bytes, ReleaseInfo info);

}  // namespace billcode

#endif  // BILLCODE_IMPORT_FEE_SCHEDULE_IMPORT_H_
