#include "billcode/tables/data_set.h"

#include <algorithm>

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
  } else if (auto* rvus = std::get_if<RvuTable>(&pack)) {
    rvus_.Add(std::move(*rvus));
  } else if (auto* gpcis = std::get_if<GpciTable>(&pack)) {
    gpcis_.Add(std::move(*gpcis));
  } else if (auto* zips = std::get_if<ZipLocalityTable>(&pack)) {
    zips_.Add(std::move(*zips));
  } else if (auto* fees = std::get_if<LabFeeTable>(&pack)) {
    lab_fees_.Add(std::move(*fees));
  } else if (auto* caps = std::get_if<OppsCapTable>(&pack)) {
    opps_caps_.Add(std::move(*caps));
  } else if (auto* factors = std::get_if<AnesthesiaTable>(&pack)) {
    anesthesia_.Add(std::move(*factors));
  } else if (auto* long_descriptions =
                 std::get_if<HcpcsLongDescriptions>(&pack)) {
    hcpcs_.AddLongDescriptions(std::move(*long_descriptions));
  } else if (auto* cpt = std::get_if<CptDescriptorTable>(&pack)) {
    cpt_descriptors_.Add(std::move(*cpt));
  }
}

void DataSet::AddPtp(PtpTable table) {
  const uint64_t checksum = table.info().source_checksum;
  if (std::find(ptp_sources_.begin(), ptp_sources_.end(), checksum) !=
      ptp_sources_.end()) {
    return;  // the same file again
  }
  ptp_sources_.push_back(checksum);
  if (!ptp_) {
    ptp_ = std::move(table);
    return;
  }
  ReleaseInfo info = ptp_->info();
  info.edition += ", " + table.info().edition;
  info.source_name += ", " + table.info().source_name;
  if (info.notice.empty()) info.notice = table.info().notice;
  std::vector<PtpEdit> edits = ptp_->edits();
  edits.insert(edits.end(), table.edits().begin(), table.edits().end());
  ptp_ = PtpTable(std::move(info), std::move(edits));
}

}  // namespace billcode
