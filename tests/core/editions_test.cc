// Editions by date of service: each lookup and claim check takes the
// edition that governs the date, and an answer changes across the boundary.
#include "billcode/tables/editions.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "billcode/claims/rules/claim_check.h"
#include "billcode/codes/lookup.h"
#include "billcode/pack/pack.h"
#include "billcode/tables/data_set.h"

namespace billcode {
namespace {

Date Day(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

ReleaseInfo Governing(std::string edition, Date from, Date to) {
  ReleaseInfo info = Edition(std::move(edition));
  info.release_date = from;
  info.effective_from = from;
  info.effective_to = to;
  return info;
}

// ICD-10-CM FY2026 and FY2027: FY2027 adds U099 and deletes A001.
Icd10Table Icd(int fiscal_year, std::vector<Icd10Code> codes) {
  return Icd10Table(
      Governing("FY" + std::to_string(fiscal_year), Day(fiscal_year - 1, 10, 1),
                Day(fiscal_year, 9, 30)),
      std::move(codes));
}

DataSet TwoFiscalYears() {
  DataSet data;
  data.Add(Icd(2026, {{"A001", "Cholera"}, {"E119", "Type 2 diabetes"}}));
  data.Add(Icd(2027, {{"E119", "Type 2 diabetes"}, {"U099", "New code"}}));
  return data;
}

std::vector<Rule> RulesOf(const ClaimReport& report) {
  std::vector<Rule> rules;
  for (const Finding& finding : report.findings) rules.push_back(finding.rule);
  return rules;
}

bool Has(const ClaimReport& report, Rule rule) {
  const std::vector<Rule> rules = RulesOf(report);
  return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

ClaimReport CheckDiagnosisOn(const DataSet& data, const std::string& dx,
                             const std::string& date) {
  Claim claim;
  claim.date_of_service = date;
  claim.diagnoses = {dx};
  claim.place_of_service = "11";
  claim.lines.push_back(ClaimLine{});
  claim.lines[0].code = "99213";
  claim.lines[0].diagnosis_pointers = {"1"};
  return CheckClaim(claim, data, CheckOptions{"", "", Day(2027, 6, 1)});
}

const CheckStatus& StatusOf(const ClaimReport& report, const char* check) {
  return *std::find_if(
      report.checks.begin(), report.checks.end(),
      [&](const CheckStatus& status) { return status.check == check; });
}

TEST(Editions, TheNewestEditionCoveringTheDateGoverns) {
  Editions<Icd10Table> editions;
  editions.Add(Icd(2026, {}));
  editions.Add(Icd(2027, {}));
  EXPECT_EQ(editions.Governing(Day(2026, 9, 30))->info().edition, "FY2026");
  EXPECT_EQ(editions.Governing(Day(2026, 10, 1))->info().edition, "FY2027");
}

TEST(Editions, NoEditionGovernsADateBeforeEveryEdition) {
  Editions<Icd10Table> editions;
  editions.Add(Icd(2026, {}));
  EXPECT_EQ(editions.Governing(Day(2025, 9, 30)), nullptr);
}

TEST(Editions, NoEditionGovernsADateBetweenTwoEditions) {
  Editions<Icd10Table> editions;
  editions.Add(Icd(2024, {}));
  editions.Add(Icd(2026, {}));
  EXPECT_EQ(editions.Governing(Day(2025, 5, 1)), nullptr);
}

TEST(Editions, AfterTheNewestEditionsLastDayItStillAnswers) {
  Editions<Icd10Table> editions;
  editions.Add(Icd(2025, {}));
  editions.Add(Icd(2026, {}));
  EXPECT_EQ(editions.Governing(Day(2026, 10, 1))->info().edition, "FY2026");
}

TEST(Editions, AnEmptyDateTakesTheNewestEdition) {
  Editions<Icd10Table> editions;
  editions.Add(Icd(2027, {}));
  editions.Add(Icd(2026, {}));
  EXPECT_EQ(editions.Governing(Date())->info().edition, "FY2027");
}

TEST(Editions, OpenBoundsGovernEveryDateOnThatSide) {
  Editions<PlaceOfServiceTable> editions;
  editions.Add(PlaceOfServiceTable(Edition("any"), {}));
  EXPECT_NE(editions.Governing(Day(1999, 1, 1)), nullptr);
  EXPECT_NE(editions.Governing(Day(2099, 1, 1)), nullptr);
}

TEST(Editions, TheSameEditionLoadedTwiceIsKeptOnce) {
  Editions<Icd10Table> editions;
  editions.Add(Icd(2026, {}));
  editions.Add(Icd(2026, {{"A001", "Cholera"}}));
  ASSERT_EQ(editions.all().size(), 1u);
  EXPECT_EQ(editions.all()[0].codes().size(), 1u);
}

TEST(EditionsByDate, ADiagnosisAddedInFy2027IsUnknownTheDayBefore) {
  const DataSet data = TwoFiscalYears();
  EXPECT_TRUE(
      Has(CheckDiagnosisOn(data, "U09.9", "2026-09-30"), Rule::kDxUnknown));
  EXPECT_FALSE(
      Has(CheckDiagnosisOn(data, "U09.9", "2026-10-01"), Rule::kDxUnknown));
}

TEST(EditionsByDate, ADiagnosisDeletedInFy2027IsUnknownFromItsFirstDay) {
  const DataSet data = TwoFiscalYears();
  EXPECT_FALSE(
      Has(CheckDiagnosisOn(data, "A00.1", "2026-09-30"), Rule::kDxUnknown));
  EXPECT_TRUE(
      Has(CheckDiagnosisOn(data, "A00.1", "2026-10-01"), Rule::kDxUnknown));
}

TEST(EditionsByDate, TheSummaryNamesTheEditionThatGovernedTheClaim) {
  const DataSet data = TwoFiscalYears();
  EXPECT_EQ(
      StatusOf(CheckDiagnosisOn(data, "E11.9", "2026-09-30"), "icd10cm").source,
      "FY2026");
  EXPECT_EQ(
      StatusOf(CheckDiagnosisOn(data, "E11.9", "2026-10-01"), "icd10cm").source,
      "FY2027");
}

TEST(EditionsByDate, ADateNoEditionGovernsIsNoDataWithTheLoadedDates) {
  const ClaimReport report =
      CheckDiagnosisOn(TwoFiscalYears(), "E11.9", "2025-09-30");
  EXPECT_TRUE(Has(report, Rule::kDxNoData));
  const CheckStatus& status = StatusOf(report, "icd10cm");
  EXPECT_EQ(status.state, CheckState::kNoData);
  EXPECT_NE(status.detail.find("2025-09-30"), std::string::npos);
  EXPECT_NE(status.detail.find("FY2027, 2026-10-01 to 2027-09-30"),
            std::string::npos);
}

TEST(EditionsByDate, AfterTheNewestEditionEndsItStillChecksTheDiagnoses) {
  const DataSet data = TwoFiscalYears();
  const ClaimReport report = CheckDiagnosisOn(data, "E11", "2027-10-01");
  EXPECT_TRUE(Has(report, Rule::kDxNotBillable));
  EXPECT_EQ(StatusOf(report, "icd10cm").source, "FY2027");
  EXPECT_FALSE(
      Has(CheckDiagnosisOn(data, "E11.9", "2027-10-01"), Rule::kDxNoData));
}

TEST(EditionsByDate, AfterTheNewestEditionEndsAnUnknownCodeMayBeNew) {
  const ClaimReport report =
      CheckDiagnosisOn(TwoFiscalYears(), "U09.8", "2027-10-01");
  const auto finding =
      std::find_if(report.findings.begin(), report.findings.end(),
                   [](const Finding& f) { return f.rule == Rule::kDxUnknown; });
  ASSERT_NE(finding, report.findings.end());
  EXPECT_EQ(finding->severity, Severity::kWarning);
  EXPECT_EQ(finding->message,
            "U09.8 is not in ICD-10-CM FY2027, the newest release loaded, "
            "which ends before 2027-10-01: it is a typing mistake or a code "
            "added since.");
}

TEST(EditionsByDate, MueUnitsFollowTheQuarterOfTheDateOfService) {
  DataSet data;
  data.Add(MueTable(Governing("2026-01-01", Day(2026, 1, 1), Day(2026, 3, 31)),
                    Setting::kPractitioner, {{"J1100", 4, 1, ""}}));
  data.Add(MueTable(Governing("2026-04-01", Day(2026, 4, 1), Date()),
                    Setting::kPractitioner, {{"J1100", 2, 1, ""}}));
  auto check = [&](const std::string& date) {
    Claim claim;
    claim.place_of_service = "11";
    claim.diagnoses = {"E119"};
    ClaimLine line;
    line.code = "J1100";
    line.units = "3";
    line.date_of_service = date;
    line.diagnosis_pointers = {"1"};
    claim.lines.push_back(line);
    return CheckClaim(claim, data, CheckOptions{"", "", Day(2027, 1, 1)});
  };
  EXPECT_FALSE(Has(check("2026-03-31"), Rule::kMueUnits));
  EXPECT_TRUE(Has(check("2026-04-01"), Rule::kMueUnits));
  EXPECT_EQ(StatusOf(check("2026-03-31"), "mue").source, "2026-01-01");
  EXPECT_TRUE(Has(check("2025-12-31"), Rule::kMueNoData));
}

HcpcsRecord Record(std::string code, Date added, Date termination) {
  HcpcsRecord record;
  record.code = std::move(code);
  record.added = added;
  record.termination = termination;
  return record;
}

TEST(EditionsByDate, TheHcpcsEditionGoverningTheDateAnswersFirst) {
  ReleaseSet releases;
  // The 2025 edition knows Q1234 as active; the 2026 edition ends it.
  releases.Add(
      HcpcsRelease(Governing("2025", Day(2025, 1, 1), Day(2025, 12, 31)),
                   {Record("Q1234", Day(2020, 1, 1), Date())}));
  releases.Add(
      HcpcsRelease(Governing("2026-JAN", Day(2026, 1, 1), Date()),
                   {Record("Q1234", Day(2020, 1, 1), Day(2025, 12, 31))}));
  const LookupResult in_2025 = Lookup("Q1234", Day(2025, 6, 1), releases);
  EXPECT_EQ(in_2025.found.release->info().edition, "2025");
  EXPECT_EQ(in_2025.status, LookupStatus::kActive);
  const LookupResult in_2026 = Lookup("Q1234", Day(2026, 1, 1), releases);
  EXPECT_EQ(in_2026.found.release->info().edition, "2026-JAN");
  EXPECT_EQ(in_2026.status, LookupStatus::kTerminated);
}

TEST(EditionsByDate,
     WithoutAGoverningHcpcsEditionTheNewestHoldingTheCodeAnswers) {
  ReleaseSet releases;
  releases.Add(
      HcpcsRelease(Governing("2019", Day(2019, 1, 1), Day(2019, 12, 31)),
                   {Record("Q1234", Day(2018, 1, 1), Date())}));
  releases.Add(
      HcpcsRelease(Governing("2026-JAN", Day(2026, 1, 1), Date()),
                   {Record("Q1234", Day(2018, 1, 1), Day(2022, 12, 31))}));
  const LookupResult in_2023 = Lookup("Q1234", Day(2023, 6, 1), releases);
  EXPECT_EQ(in_2023.found.release->info().edition, "2026-JAN");
  EXPECT_EQ(in_2023.status, LookupStatus::kTerminated);
}

TEST(EditionsByDate, PacksKeepTheEffectiveDates) {
  const Icd10Table table = Icd(2027, {{"U099", "New code"}});
  const PackRead read = ReadPack(WritePack(table));
  ASSERT_EQ(read.error, PackError::kOk);
  EXPECT_EQ(InfoOf(read.pack).effective_from, Day(2026, 10, 1));
  EXPECT_EQ(InfoOf(read.pack).effective_to, Day(2027, 9, 30));
}

}  // namespace
}  // namespace billcode
