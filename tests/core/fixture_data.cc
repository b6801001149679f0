#include "fixture_data.h"

#include "billcode/import/hcpcs_import.h"
#include "billcode/import/icd10cm_import.h"
#include "billcode/import/ncci_addon_import.h"
#include "billcode/import/ncci_mue_import.h"
#include "billcode/import/ncci_ptp_import.h"
#include "billcode/import/place_of_service_import.h"
#include "test_files.h"

namespace billcode::testing {

DataSet FixtureData(bool ptp) {
  DataSet data;
  data.Add(ImportHcpcsFixedWidth(ReadFixture("hcpcs_fixture.txt"),
                                 Edition("hcpcs_fixture"))
               .release);
  data.Add(ImportMueCsv(ReadFixture("mue_practitioner_fixture.csv"),
                        Edition("mue_fixture"), Setting::kPractitioner)
               .table);
  data.Add(
      ImportAddOnCsv(ReadFixture("aoc_fixture.csv"), Edition("aoc_fixture"))
          .table);
  data.Add(ImportIcd10Codes(ReadFixture("icd10cm-codes-fixture-2026.txt"),
                            Edition("FY2026"), 2026)
               .table);
  data.Add(ImportPlaceOfServiceCsv(ReadFixture("place_of_service_fixture.csv"),
                                   Edition("pos_fixture"))
               .table);
  if (ptp) {
    data.AddPtp(
        ImportPtpText(ReadFixture("ptp_fixture.txt"), Edition("ptp_fixture"))
            .table);
  }
  return data;
}

}  // namespace billcode::testing
