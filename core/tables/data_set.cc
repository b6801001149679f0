#include "billcode/tables/data_set.h"

namespace billcode {

void DataSet::Add(DataPack pack) {
  if (auto* release = std::get_if<HcpcsRelease>(&pack)) {
    hcpcs_.Add(std::move(*release));
  } else if (auto* mue = std::get_if<MueTable>(&pack)) {
    mue_[static_cast<size_t>(mue->setting())].Add(std::move(*mue));
  } else if (auto* addons = std::get_if<AddOnTable>(&pack)) {
    addons_.Add(std::move(*addons));
  } else if (auto* icd = std::get_if<Icd10Table>(&pack)) {
    icd10cm_.Add(std::move(*icd));
  } else if (auto* places = std::get_if<PlaceOfServiceTable>(&pack)) {
    places_.Add(std::move(*places));
  }
}

}  // namespace billcode
