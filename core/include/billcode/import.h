// Module import: readers of the official CMS/CDC files into tables, with
// a report of every line read or skipped. Uses base and tables.
#ifndef BILLCODE_IMPORT_H_
#define BILLCODE_IMPORT_H_

#include "billcode/import/hcpcs_csv_import.h"  // IWYU pragma: export
#include "billcode/import/hcpcs_import.h"  // IWYU pragma: export
#include "billcode/import/icd10cm_import.h"  // IWYU pragma: export
#include "billcode/import/import_report.h"  // IWYU pragma: export
#include "billcode/import/ncci_addon_import.h"  // IWYU pragma: export
#include "billcode/import/ncci_mue_import.h"  // IWYU pragma: export
#include "billcode/import/ncci_ptp_import.h"  // IWYU pragma: export
#include "billcode/import/place_of_service_import.h"  // IWYU pragma: export
#include "billcode/import/reference_import.h"  // IWYU pragma: export

#endif  // BILLCODE_IMPORT_H_
