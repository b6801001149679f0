// Any one reference table, as a data pack holds it.
#ifndef BILLCODE_TABLES_DATA_PACK_H_
#define BILLCODE_TABLES_DATA_PACK_H_

#include <variant>

#include "billcode/tables/cpt_descriptors.h"
#include "billcode/tables/fee_schedules.h"
#include "billcode/tables/hcpcs_release.h"
#include "billcode/tables/icd10cm.h"
#include "billcode/tables/ncci_addon.h"
#include "billcode/tables/ncci_mue.h"
#include "billcode/tables/place_of_service.h"

namespace billcode {

using DataPack =
    std::variant<HcpcsRelease, MueTable, AddOnTable, Icd10Table,
                 PlaceOfServiceTable, RvuTable, GpciTable, ZipLocalityTable,
                 LabFeeTable, OppsCapTable, AnesthesiaTable, CptDescriptorTable,
                 HcpcsLongDescriptions>;

// The release information of any table.
inline const ReleaseInfo& InfoOf(const DataPack& pack) {
  return std::visit(
      [](const auto& table) -> const ReleaseInfo& { return table.info(); },
      pack);
}

}  // namespace billcode

#endif  // BILLCODE_TABLES_DATA_PACK_H_
