// One importer of an official file (BILLCODE_FUZZ_IMPORTER: 1 HCPCS fixed
// width, 2 MUE, 3 add-on codes, 4 PTP, 5 ICD-10-CM, 6 Place of Service, 7
// HCPCS as CSV, 8 PFS relative values, 9 GPCI, 10 ZIP5, 11 lab fee
// schedule, 12 OPPS caps, 13 anesthesia factors); a table that imports is
// packed and read back.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "billcode/import/fee_schedule_import.h"
#include "billcode/import/hcpcs_csv_import.h"
#include "billcode/import/hcpcs_import.h"
#include "billcode/import/icd10cm_import.h"
#include "billcode/import/ncci_addon_import.h"
#include "billcode/import/ncci_mue_import.h"
#include "billcode/import/ncci_ptp_import.h"
#include "billcode/import/place_of_service_import.h"
#include "billcode/pack/pack.h"

namespace {

void ExpectPackRoundTrip(const billcode::DataPack& pack) {
  const billcode::PackRead read = billcode::ReadPack(billcode::WritePack(pack));
  if (read.error != billcode::PackError::kOk) std::abort();
}

template <typename Import>
void Check(const Import& import) {
  if (import.error.empty()) ExpectPackRoundTrip(import.table);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace billcode;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const ReleaseInfo info = Edition("fuzz");
  switch (BILLCODE_FUZZ_IMPORTER) {
    case 1: {
      const HcpcsImport import = ImportHcpcsFixedWidth(bytes, info);
      if (import.error.empty()) ExpectPackRoundTrip(import.release);
      break;
    }
    case 2:
      Check(ImportMueCsv(bytes, info, Setting::kPractitioner));
      break;
    case 3:
      Check(ImportAddOnCsv(bytes, info));
      break;
    case 4:
      ImportPtpText(bytes, info);  // PTP tables are not packed
      break;
    case 5:
      Check(ImportIcd10Codes(bytes, info, 2026));
      break;
    case 6:
      Check(ImportPlaceOfServiceCsv(bytes, info));
      break;
    case 7: {
      const HcpcsImport import = ImportHcpcsCsv(bytes, info);
      if (import.error.empty()) ExpectPackRoundTrip(import.release);
      break;
    }
    case 8:
      Check(ImportRvuCsv(bytes, info));
      break;
    case 9:
      Check(ImportGpciCsv(bytes, info));
      break;
    case 10:
      Check(ImportZip5(bytes, info));
      break;
    case 11:
      Check(ImportClfsCsv(bytes, info));
      break;
    case 12:
      Check(ImportOppsCapCsv(bytes, info));
      break;
    case 13:
      Check(ImportAnesthesiaCsv(bytes, info));
      break;
  }
  return 0;
}
