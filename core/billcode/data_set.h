// Every reference table loaded for lookups and claim checks.
#ifndef BILLCODE_DATA_SET_H_
#define BILLCODE_DATA_SET_H_

#include <array>
#include <optional>

#include "billcode/hcpcs_release.h"
#include "billcode/ncci_ptp.h"
#include "billcode/pack.h"

namespace billcode {

class DataSet {
 public:
  // HCPCS releases accumulate (the newest answers first); for every other
  // table the newest by release date is kept.
  void Add(DataPack pack);
  void SetPtp(PtpTable table) { ptp_ = std::move(table); }

  const ReleaseSet& hcpcs() const { return hcpcs_; }
  // Each returns nullptr when that table is not loaded.
  const MueTable* mue(Setting setting) const;
  const AddOnTable* addons() const { return Get(addons_); }
  const Icd10Table* icd10cm() const { return Get(icd10cm_); }
  const PlaceOfServiceTable* places() const { return Get(places_); }
  const PtpTable* ptp() const { return Get(ptp_); }

 private:
  template <typename Table>
  static const Table* Get(const std::optional<Table>& table) {
    return table ? &*table : nullptr;
  }

  ReleaseSet hcpcs_;
  std::array<std::optional<MueTable>, std::size(kSettingNames)> mue_;
  std::optional<AddOnTable> addons_;
  std::optional<Icd10Table> icd10cm_;
  std::optional<PlaceOfServiceTable> places_;
  std::optional<PtpTable> ptp_;
};

}  // namespace billcode

#endif  // BILLCODE_DATA_SET_H_
