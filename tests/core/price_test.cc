// What Medicare pays: amounts worked out by hand from the fixture tables
// with the formula of the data README, and the reasons when there is none.
#include "billcode/codes/price.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "billcode/import/fee_schedule_import.h"
#include "billcode/json/json_output.h"
#include "fixture_data.h"
#include "test_files.h"

namespace billcode {
namespace {

const DataSet& Data() {
  static const DataSet* data = new DataSet(testing::FixtureData(false));
  return *data;
}

PriceResult PriceOf(const std::string& code, const std::string& date,
                    const std::string& zip = "",
                    const std::string& place = "") {
  return Price(code, PriceQuery{*Date::ParseIso(date), zip, "", place}, Data());
}

struct AmountCase {
  const char* name;
  const char* code;
  const char* date;
  const char* zip;
  long long national_nonfacility;  // cents; -1 = none
  long long national_facility;
  long long local_nonfacility;  // -1 also when there is no local amount
  long long local_facility;
};

// ((work x GPCI) + (PE x GPCI) + (MP x GPCI)) x CF, rounded to cents.
TEST(Price, AmountsFollowTheFormulaOfTheFeeSchedule) {
  const AmountCase cases[] = {
      // 99213: work 1.30, PE 1.50 / 0.55, MP 0.10, CF 33.4009.
      {"national", "99213", "2026-03-02", "", 9686, 6513, -1, -1},
      // Manhattan GPCIs 1.05 / 1.2 / 0.8: 3.245 and 2.105 x 33.4009.
      {"manhattan", "99213", "2026-03-02", "10001", 9686, 6513, 10839, 7031},
      // Alabama GPCIs 1 / 0.869 / 0.575: 2.661 x 33.4009 = 88.8798 and
      // 1.83545 x 33.4009 = 61.3057.
      {"alabama", "99213", "2026-03-02", "35004", 9686, 6513, 8888, 6131},
      // 2025: RVU25D, PE 1.40 / 0.50, CF 32.3465.
      {"edition_of_2025", "99213", "2025-06-01", "", 9057, 6146, -1, -1},
      // Professional component: 0.31 x 33.4009.
      {"modifier_26", "71046-26", "2026-03-02", "", 1035, 1035, -1, -1},
      // NA in the facility column: no facility amount.
      {"facility_na", "71046", "2026-03-02", "", 3474, -1, -1, -1},
      // NA in the non-facility column: 14.26 x 33.4009 in a facility only.
      {"nonfacility_na", "29880", "2026-03-02", "", -1, 47630, -1, -1},
      // Lab tests: the national limitation amount of the CLFS.
      {"lab", "80053", "2026-03-02", "10001", 1056, 1056, -1, -1},
      {"lab_waived", "87880QW", "2026-03-02", "", 1653, 1653, -1, -1},
  };
  for (const AmountCase& c : cases) {
    const PriceResult price = PriceOf(c.code, c.date, c.zip);
    EXPECT_EQ(price.error, "") << c.name;
    EXPECT_EQ(price.national.nonfacility, c.national_nonfacility) << c.name;
    EXPECT_EQ(price.national.facility, c.national_facility) << c.name;
    EXPECT_EQ(price.has_local, c.local_nonfacility >= 0) << c.name;
    if (price.has_local) {
      EXPECT_EQ(price.local.nonfacility, c.local_nonfacility) << c.name;
      EXPECT_EQ(price.local.facility, c.local_facility) << c.name;
    }
  }
}

struct ReasonCase {
  const char* name;
  const char* code;
  const char* schedule;  // "" = none prices it
  const char* reason;    // expected in the reason
};

TEST(Price, CodesWithoutAnAmountSayWhy) {
  const ReasonCase cases[] = {
      {"not_valid_for_medicare", "0001F", "", "Not valid for Medicare"},
      {"bundled", "G0008", "", "Bundled"},
      {"excluded_regulation", "J0567", "", "Excluded from the fee schedule"},
      {"excluded_by_law", "A0428", "", "paid under another schedule"},
      {"not_in_any_schedule", "E0114", "", "does not mean the code is invalid"},
      {"lab_priced_locally", "0001U", "clfs", "Priced locally"},
  };
  for (const ReasonCase& c : cases) {
    const PriceResult price = PriceOf(c.code, "2026-03-02");
    EXPECT_EQ(price.schedule, c.schedule) << c.name;
    EXPECT_NE(price.reason.find(c.reason), std::string::npos)
        << c.name << ": " << price.reason;
    EXPECT_EQ(price.national.nonfacility, -1) << c.name;
  }
}

TEST(Price, NoScheduleCoversADateBeforeTheLoadedEditions) {
  const PriceResult price = PriceOf("99213", "2024-06-01");
  EXPECT_EQ(price.schedule, "");
  EXPECT_NE(price.reason.find("No Medicare fee schedule loaded covers"),
            std::string::npos);
}

TEST(Price, ThePlaceOfServicePicksTheRate) {
  const PriceResult office = PriceOf("99213", "2026-03-02", "10001", "11");
  EXPECT_EQ(office.rate, "non-facility");
  EXPECT_EQ(office.amount, 10839);
  const PriceResult hospital = PriceOf("99213", "2026-03-02", "10001", "22");
  EXPECT_EQ(hospital.rate, "facility");
  EXPECT_EQ(hospital.amount, 7031);
  const PriceResult national = PriceOf("99213", "2026-03-02", "", "24");
  EXPECT_EQ(national.amount, 6513);  // an ASC: the national facility amount
  EXPECT_TRUE(IsFacilityPlace("02"));
  EXPECT_FALSE(IsFacilityPlace("12"));
}

TEST(Price, LocalAmountsOfTwoEditionsAreApproximate) {
  const PriceResult mixed = PriceOf("99213", "2026-03-02", "10001");
  EXPECT_TRUE(mixed.approximate);
  EXPECT_NE(mixed.approximate_reason.find("2026 relative values are used "
                                          "with the 2025 GPCIs"),
            std::string::npos);
  EXPECT_EQ(mixed.locality.name, "MANHATTAN");
  EXPECT_EQ(mixed.locality.mac, "13202");
  EXPECT_EQ(mixed.locality.number, "01");
  EXPECT_FALSE(PriceOf("99213", "2025-11-03", "10001").approximate);
}

TEST(Price, ImagingIsCappedAtTheOppsAmountOfTheLocality) {
  // 71046-TC in Manhattan: (0.72 x 1.2 + 0.01 x 0.8) x 33.4009 = 29.13,
  // above the cap of 25.00; the national amount is not capped.
  const PriceResult capped = PriceOf("71046-TC", "2026-03-02", "10001");
  EXPECT_EQ(capped.local.nonfacility, 2500);
  EXPECT_EQ(capped.national.nonfacility, 2438);  // 0.73 x 33.4009
  ASSERT_FALSE(capped.notes.empty());
  EXPECT_NE(capped.notes.back().find("OPPS cap"), std::string::npos);
  // The global 71046 is under its cap of 80.00: unchanged.
  const PriceResult under = PriceOf("71046", "2026-03-02", "10001");
  EXPECT_EQ(under.local.nonfacility, 4031);  // 1.207 x 33.4009
  EXPECT_TRUE(under.notes.empty());
}

TEST(Price, AnesthesiaGivesItsConversionFactorsAndRule) {
  const PriceResult price = PriceOf("00100", "2026-03-02", "10001");
  EXPECT_EQ(price.status, "J");
  EXPECT_EQ(price.schedule, "anesthesia");
  EXPECT_EQ(price.national.nonfacility, -1);
  EXPECT_EQ(price.anesthesia_national, 203178);
  EXPECT_EQ(price.anesthesia_local, 227600);
  EXPECT_EQ(price.locality.name, "MANHATTAN");
  ASSERT_FALSE(price.notes.empty());
  EXPECT_NE(price.notes.back().find("base units + time units"),
            std::string::npos);
}

TEST(Price, BadZipCodesAndLocalitiesAreErrors) {
  EXPECT_NE(PriceOf("99213", "2026-03-02", "00000")
                .error.find("ZIP 00000 is not in the CMS ZIP5 file"),
            std::string::npos);
  const PriceResult locality = Price(
      "99213", PriceQuery{*Date::ParseIso("2026-03-02"), "", "99999:01", ""},
      Data());
  EXPECT_NE(locality.error.find("is not in the GPCI file"), std::string::npos);
  EXPECT_NE(PriceOf("9921", "2026-03-02").error.find("not a complete code"),
            std::string::npos);
  const PriceResult split = PriceOf("99213", "2026-03-02", "10002");
  ASSERT_FALSE(split.notes.empty());
  EXPECT_NE(split.notes[0].find("spans payment localities"), std::string::npos);
}

TEST(Price, IndicatorsGlobalDaysAndNoticeComeWithTheAmount) {
  const PriceResult price = PriceOf("29880-RT", "2026-03-02");
  EXPECT_EQ(price.global_days, "090");
  EXPECT_NE(price.global_meaning.find("90 days"), std::string::npos);
  ASSERT_EQ(price.indicators.size(), 6u);
  EXPECT_EQ(price.indicators[2].name, "bilateral");
  EXPECT_EQ(price.indicators[2].code, 1);
  EXPECT_NE(price.indicators[2].meaning.find("150%"), std::string::npos);
  EXPECT_NE(price.notice.find("American Medical Association"),
            std::string::npos);
  ASSERT_FALSE(price.notes.empty());
  EXPECT_EQ(price.notes[0], "Modifier RT is not applied to the amount.");
  EXPECT_NE(price.patient_share.find("20%"), std::string::npos);
}

TEST(Price, JsonWritesDollarsWithCents) {
  const nlohmann::json json =
      nlohmann::json::parse(PriceJson(PriceOf("99213", "2026-03-02", "10001")));
  EXPECT_EQ(json["national"]["nonFacility"].dump(), "96.86");
  EXPECT_EQ(json["local"]["amounts"]["facility"].dump(), "70.31");
  EXPECT_EQ(json["local"]["locality"]["name"], "MANHATTAN");
  EXPECT_EQ(json["indicators"]["pctc"]["code"], 0);
  const nlohmann::json none =
      nlohmann::json::parse(PriceJson(PriceOf("0001F", "2026-03-02")));
  EXPECT_TRUE(none["national"]["nonFacility"].is_null());
  EXPECT_TRUE(none["local"].is_null());
}

struct ScheduleCase {
  const char* code;
  const char* date;
  bool loaded;
  const char* schedule;
  const char* status;
};

TEST(MedicareSchedule, SaysWhichScheduleKnowsACodeOnADate) {
  const ScheduleCase cases[] = {
      {"99213", "2026-03-02", true, "pfs", "A"},
      {"0001F", "2026-03-02", true, "pfs", "I"},
      {"80053", "2026-03-02", true, "clfs", ""},  // status X: the lab schedule
      {"E0114", "2026-03-02", true, "", ""},      // in neither
      {"99213", "2024-06-01", false, "", ""},     // no edition covers 2024
  };
  for (const ScheduleCase& c : cases) {
    const MedicareSchedule medicare =
        MedicareScheduleOf(c.code, *Date::ParseIso(c.date), Data());
    EXPECT_EQ(medicare.loaded, c.loaded) << c.code << " " << c.date;
    EXPECT_EQ(medicare.schedule, c.schedule) << c.code << " " << c.date;
    EXPECT_EQ(medicare.status, c.status) << c.code << " " << c.date;
  }
  EXPECT_NE(MedicareScheduleOf("E0114", *Date::ParseIso("2026-03-02"), Data())
                .meaning.find("not proof that the code is invalid"),
            std::string::npos);
}

TEST(FeeScheduleImport, BothRelativeValueLayoutsAndEveryFileAreRead) {
  const RvuImport rvu2026 =
      ImportRvuCsv(testing::ReadFixture("pfs_rvu_fixture.csv"), Edition("a"));
  EXPECT_EQ(rvu2026.error, "");
  EXPECT_EQ(rvu2026.table.entries().size(), 20u);
  EXPECT_EQ(rvu2026.report.SkippedLines(), 10);
  EXPECT_NE(rvu2026.table.info().notice.find("American Dental Association"),
            std::string::npos);
  const RvuImport rvu2025 = ImportRvuCsv(
      testing::ReadFixture("pfs_rvu_2025_fixture.csv"), Edition("b"));
  ASSERT_EQ(rvu2025.table.entries().size(), 1u);
  EXPECT_EQ(rvu2025.table.entries()[0].conversion_factor, 323465);
  EXPECT_EQ(
      ImportGpciCsv(testing::ReadFixture("gpci_fixture.csv"), Edition("c"))
          .table.entries()
          .size(),
      3u);
  EXPECT_EQ(ImportZip5(testing::ReadFixture("zip5_fixture.txt"), Edition("d"))
                .table.entries()
                .size(),
            4u);
  const LabFeeImport clfs =
      ImportClfsCsv(testing::ReadFixture("clfs_fixture.csv"), Edition("e"));
  EXPECT_EQ(clfs.table.entries().size(), 4u);
  EXPECT_NE(clfs.table.info().notice.find("American Medical Association"),
            std::string::npos);
  EXPECT_EQ(ImportOppsCapCsv(testing::ReadFixture("oppscap_fixture.csv"),
                             Edition("f"))
                .table.entries()
                .size(),
            2u);
  const AnesthesiaImport anesthesia = ImportAnesthesiaCsv(
      testing::ReadFixture("anes_fixture.csv"), Edition("g"));
  ASSERT_EQ(anesthesia.table.entries().size(), 3u);
  EXPECT_EQ(anesthesia.table.Find("")->factor, 203178);
}

TEST(FeeScheduleImport, NumbersTooLargeForTheirUnitAreSkippedRows) {
  // Found by fuzz_import_clfs: a rate of 11 digits overflowed the cents.
  const LabFeeImport clfs = ImportClfsCsv(
      "YEAR,HCPCS,MOD,EFF_DATE,INDICATOR,RATE\n"
      "2026,80053,,20260101,N,00030260101000\n"
      "2026,87880,,20260101,N,16.53\n",
      Edition("x"));
  ASSERT_EQ(clfs.table.entries().size(), 1u);
  EXPECT_EQ(clfs.table.entries()[0].key, "87880");
  const GpciImport gpci =
      ImportGpciCsv("10112,AL,00,ALABAMA,1,99999999999,0.5\n", Edition("x"));
  EXPECT_NE(gpci.error, "");
}

TEST(FeeScheduleImport, OtherFilesAreRefusedWithAReason) {
  EXPECT_NE(ImportRvuCsv("HCPCS,MOD\n1,2\n", Edition("x"))
                .error.find("31 (2025) or 32"),
            std::string::npos);
  EXPECT_NE(ImportRvuCsv("a,b\n", Edition("x")).error, "");
  EXPECT_NE(ImportGpciCsv("a,b\n", Edition("x")).error, "");
  EXPECT_NE(ImportZip5("short\n", Edition("x")).error, "");
  EXPECT_NE(ImportClfsCsv("YEAR,HCPCS\n2026,x\n", Edition("x")).error, "");
  EXPECT_NE(ImportOppsCapCsv("HCPCS,MOD\n", Edition("x")).error, "");
  EXPECT_NE(ImportAnesthesiaCsv("10112,00,AL,19.31\n", Edition("x")).error, "");
}

}  // namespace
}  // namespace billcode
