#include "fixture_data.h"

#include "billcode/import/fee_schedule_import.h"
#include "billcode/import/hcpcs_import.h"
#include "billcode/import/icd10cm_import.h"
#include "billcode/import/ncci_addon_import.h"
#include "billcode/import/ncci_mue_import.h"
#include "billcode/import/ncci_ptp_import.h"
#include "billcode/import/place_of_service_import.h"
#include "test_files.h"

namespace billcode::testing {
namespace {

// An edition governing `from` to `to` (YYYY-MM-DD; "" = open).
ReleaseInfo Governing(std::string edition, const char* from, const char* to) {
  ReleaseInfo info = Edition(std::move(edition));
  info.effective_from = *Date::ParseIso(from);
  info.release_date = info.effective_from;
  if (*to) info.effective_to = *Date::ParseIso(to);
  return info;
}

}  // namespace

void AddFeeScheduleFixtures(DataSet* data) {
  data->Add(ImportRvuCsv(ReadFixture("pfs_rvu_fixture.csv"),
                         Governing("RVU26C", "2026-01-01", ""))
                .table);
  data->Add(ImportRvuCsv(ReadFixture("pfs_rvu_2025_fixture.csv"),
                         Governing("RVU25D", "2025-01-01", "2025-12-31"))
                .table);
  data->Add(ImportGpciCsv(ReadFixture("gpci_fixture.csv"),
                          Governing("2025", "2025-01-01", ""))
                .table);
  data->Add(ImportZip5(ReadFixture("zip5_fixture.txt"),
                       Governing("2025-Q4", "2025-10-01", ""))
                .table);
  data->Add(ImportClfsCsv(ReadFixture("clfs_fixture.csv"),
                          Governing("2026-Q2", "2026-01-01", ""))
                .table);
  data->Add(ImportOppsCapCsv(ReadFixture("oppscap_fixture.csv"),
                             Governing("2025-OCT", "2025-10-01", ""))
                .table);
  data->Add(ImportAnesthesiaCsv(ReadFixture("anes_fixture.csv"),
                                Governing("2025", "2025-01-01", ""))
                .table);
}

DataSet FixtureData(bool ptp) {
  DataSet data;
  data.Add(ImportHcpcsFixedWidth(ReadFixture("hcpcs_fixture.txt"),
                                 Edition("hcpcs_fixture"))
               .release);
  data.Add(ImportMueCsv(ReadFixture("mue_practitioner_fixture.csv"),
                        Edition("mue_fixture"), Setting::kPractitioner)
               .table);
  data.Add(ImportMueCsv(ReadFixture("mue_dme_fixture.csv"),
                        Edition("mue_dme_fixture"), Setting::kDme)
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
  AddFeeScheduleFixtures(&data);
  if (ptp) {
    data.AddPtp(
        ImportPtpText(ReadFixture("ptp_fixture.txt"), Edition("ptp_fixture"))
            .table);
  }
  return data;
}

}  // namespace billcode::testing
