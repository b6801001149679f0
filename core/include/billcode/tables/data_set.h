// Every reference table loaded for lookups and claim checks, in as many
// editions as were loaded; each lookup takes the edition that governs the
// date of service.
#ifndef BILLCODE_TABLES_DATA_SET_H_
#define BILLCODE_TABLES_DATA_SET_H_

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "billcode/tables/data_pack.h"
#include "billcode/tables/editions.h"
#include "billcode/tables/hcpcs_release.h"
#include "billcode/tables/ncci_ptp.h"

namespace billcode {

class DataSet {
 public:
  // Adds an edition of the pack's table.
  void Add(DataPack pack);
  // CMS publishes the PTP edits of a quarter in several files: each one
  // added merges into one table whose edition names every file. A file
  // added again (same checksum) changes nothing.
  void AddPtp(PtpTable table);

  const ReleaseSet& hcpcs() const { return hcpcs_; }
  // The edition that governs `date` (the newest loaded for an empty date);
  // nullptr when no edition of that table governs it.
  const MueTable* mue(Setting setting, Date date = Date()) const {
    return mue_[static_cast<size_t>(setting)].Governing(date);
  }
  const AddOnTable* addons(Date date = Date()) const {
    return addons_.Governing(date);
  }
  const Icd10Table* icd10cm(Date date = Date()) const {
    return icd10cm_.Governing(date);
  }
  const PlaceOfServiceTable* places(Date date = Date()) const {
    return places_.Governing(date);
  }
  const PtpTable* ptp() const { return ptp_ ? &*ptp_ : nullptr; }
  const RvuTable* rvus(Date date = Date()) const {
    return rvus_.Governing(date);
  }
  const GpciTable* gpcis(Date date = Date()) const {
    return gpcis_.Governing(date);
  }
  const ZipLocalityTable* zips(Date date = Date()) const {
    return zips_.Governing(date);
  }
  const LabFeeTable* lab_fees(Date date = Date()) const {
    return lab_fees_.Governing(date);
  }
  const OppsCapTable* opps_caps(Date date = Date()) const {
    return opps_caps_.Governing(date);
  }
  const AnesthesiaTable* anesthesia(Date date = Date()) const {
    return anesthesia_.Governing(date);
  }
  // The user's licensed CPT file governing `date`; nullptr when none.
  const CptDescriptorTable* cpt_descriptors(Date date = Date()) const {
    return cpt_descriptors_.Governing(date);
  }

  // Every loaded edition, newest first.
  const Editions<MueTable>& mue_editions(Setting setting) const {
    return mue_[static_cast<size_t>(setting)];
  }
  const Editions<AddOnTable>& addon_editions() const { return addons_; }
  const Editions<Icd10Table>& icd10cm_editions() const { return icd10cm_; }
  const Editions<PlaceOfServiceTable>& place_editions() const {
    return places_;
  }
  const Editions<RvuTable>& rvu_editions() const { return rvus_; }
  const Editions<GpciTable>& gpci_editions() const { return gpcis_; }
  const Editions<ZipLocalityTable>& zip_editions() const { return zips_; }
  const Editions<LabFeeTable>& lab_fee_editions() const { return lab_fees_; }
  const Editions<OppsCapTable>& opps_cap_editions() const { return opps_caps_; }
  const Editions<AnesthesiaTable>& anesthesia_editions() const {
    return anesthesia_;
  }
  const Editions<CptDescriptorTable>& cpt_descriptor_editions() const {
    return cpt_descriptors_;
  }

 private:
  ReleaseSet hcpcs_;
  std::array<Editions<MueTable>, std::size(kSettingNames)> mue_;
  Editions<AddOnTable> addons_;
  Editions<Icd10Table> icd10cm_;
  Editions<PlaceOfServiceTable> places_;
  Editions<RvuTable> rvus_;
  Editions<GpciTable> gpcis_;
  Editions<ZipLocalityTable> zips_;
  Editions<LabFeeTable> lab_fees_;
  Editions<OppsCapTable> opps_caps_;
  Editions<AnesthesiaTable> anesthesia_;
  Editions<CptDescriptorTable> cpt_descriptors_;
  std::optional<PtpTable> ptp_;
  std::vector<uint64_t> ptp_sources_;  // checksums of the files merged
};

}  // namespace billcode

#endif  // BILLCODE_TABLES_DATA_SET_H_
