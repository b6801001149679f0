// Module tables: the reference tables (HCPCS Level II release, NCCI MUE,
// add-on and PTP edits, ICD-10-CM, Place of Service), the SortedTable they
// share, their editions by date of service and the DataSet holding them.
// Uses base.
#ifndef BILLCODE_TABLES_H_
#define BILLCODE_TABLES_H_

#include "billcode/tables/data_pack.h"  // IWYU pragma: export
#include "billcode/tables/data_set.h"  // IWYU pragma: export
#include "billcode/tables/editions.h"  // IWYU pragma: export
#include "billcode/tables/field_values.h"  // IWYU pragma: export
#include "billcode/tables/hcpcs_record.h"  // IWYU pragma: export
#include "billcode/tables/hcpcs_release.h"  // IWYU pragma: export
#include "billcode/tables/icd10cm.h"  // IWYU pragma: export
#include "billcode/tables/ncci_addon.h"  // IWYU pragma: export
#include "billcode/tables/ncci_mue.h"  // IWYU pragma: export
#include "billcode/tables/ncci_ptp.h"  // IWYU pragma: export
#include "billcode/tables/place_of_service.h"  // IWYU pragma: export
#include "billcode/tables/release_info.h"  // IWYU pragma: export
#include "billcode/tables/setting.h"  // IWYU pragma: export
#include "billcode/tables/sorted_table.h"  // IWYU pragma: export

#endif  // BILLCODE_TABLES_H_
