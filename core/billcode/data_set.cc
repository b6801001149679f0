#include "billcode/data_set.h"

namespace billcode {
namespace {

// Keeps the newer of the loaded table and `table`.
template <typename Table>
void KeepNewest(Table table, std::optional<Table>* slot) {
  if (!*slot || (*slot)->info().release_date <= table.info().release_date) {
    *slot = std::move(table);
  }
}

}  // namespace

void DataSet::Add(DataPack pack) {
  if (auto* release = std::get_if<HcpcsRelease>(&pack)) {
    hcpcs_.Add(std::move(*release));
  } else if (auto* mue = std::get_if<MueTable>(&pack)) {
    KeepNewest(std::move(*mue), &mue_[static_cast<size_t>(mue->setting())]);
  } else if (auto* addons = std::get_if<AddOnTable>(&pack)) {
    KeepNewest(std::move(*addons), &addons_);
  } else if (auto* icd = std::get_if<Icd10Table>(&pack)) {
    KeepNewest(std::move(*icd), &icd10cm_);
  } else if (auto* places = std::get_if<PlaceOfServiceTable>(&pack)) {
    KeepNewest(std::move(*places), &places_);
  }
}

const MueTable* DataSet::mue(Setting setting) const {
  return Get(mue_[static_cast<size_t>(setting)]);
}

}  // namespace billcode
