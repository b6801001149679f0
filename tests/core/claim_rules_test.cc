// Every claim rule, firing and not firing: tests/cases/claim_rules.json,
// against the fixture releases and tables.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "billcode/claims/input/claim_input.h"
#include "billcode/claims/rules/claim_check.h"
#include "billcode/json/json_output.h"
#include "billcode/tables/data_set.h"
#include "case_table.h"
#include "fixture_data.h"

namespace billcode {
namespace {

using nlohmann::json;
using testing::IsJsonSubset;
using testing::LoadCaseFile;

// The case's claim merged over the file's base claim and base line.
json MergedClaim(const json& file, const json& test_case) {
  json claim = file["base"];
  for (const auto& [key, value] : test_case["claim"].items()) {
    claim[key] = value;
  }
  json lines = json::array();
  for (const json& line : claim.value("lines", json::array())) {
    json merged = file["baseLine"];
    for (const auto& [key, value] : line.items()) merged[key] = value;
    lines.push_back(merged);
  }
  claim["lines"] = lines;
  return claim;
}

std::vector<testing::TableCase> RuleCases() {
  return testing::LoadCases("claim_rules.json");
}

class ClaimRuleCase : public ::testing::TestWithParam<testing::TableCase> {};

TEST_P(ClaimRuleCase, MatchesTable) {
  static const json file = LoadCaseFile("claim_rules.json");
  static const DataSet without_ptp = testing::FixtureData(false);
  static const DataSet with_ptp = testing::FixtureData(true);
  const json& test_case = GetParam().json;
  const ClaimParse parse = ParseClaimJson(MergedClaim(file, test_case).dump());
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  CheckOptions options;
  options.today = *Date::ParseIso(
      test_case.value("today", file["today"].get<std::string>()));
  options.payer = test_case.value("payerOption", "");
  options.setting = test_case.value("settingOption", "");
  const bool ptp = test_case.value("ptp", false);
  const json report = json::parse(ClaimReportJson(
      CheckClaim(parse.claim, ptp ? with_ptp : without_ptp, options)));
  const json& findings = report["findings"];
  for (const json& expected : test_case.value("expect", json::array())) {
    const bool found = std::any_of(
        findings.begin(), findings.end(),
        [&](const json& finding) { return IsJsonSubset(expected, finding); });
    EXPECT_TRUE(found) << "expected " << expected.dump() << " in "
                       << findings.dump(1);
  }
  for (const json& absent : test_case.value("absent", json::array())) {
    for (const json& finding : findings) {
      EXPECT_FALSE(IsJsonSubset(absent, finding))
          << "unexpected " << finding.dump();
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Table, ClaimRuleCase, ::testing::ValuesIn(RuleCases()),
                         testing::CaseName());

TEST(ClaimRules, EveryRuleIdHasCasesThatFireAndThatDoNot) {
  std::set<std::string> fired, quiet;
  for (const testing::TableCase& c : RuleCases()) {
    for (const json& e : c.json.value("expect", json::array())) {
      fired.insert(e["rule"].get<std::string>());
    }
    for (const json& a : c.json.value("absent", json::array())) {
      quiet.insert(a["rule"].get<std::string>());
    }
  }
  for (std::string_view rule : kRuleNames) {
    EXPECT_TRUE(fired.count(std::string(rule))) << rule << " never fires";
    EXPECT_TRUE(quiet.count(std::string(rule))) << rule << " is never quiet";
  }
}

// A claim of `codes` (each "CODE" or "CODE-MOD"), without a setting.
ClaimReport CheckWithoutSetting(const std::vector<std::string>& codes,
                                const std::string& form = "") {
  static const DataSet data = testing::FixtureData(false);
  Claim claim;
  claim.form = form;
  claim.date_of_service = "2026-03-02";
  for (const std::string& code : codes) {
    ClaimLine line;
    line.code = code;
    claim.lines.push_back(line);
  }
  return CheckClaim(claim, data,
                    CheckOptions{"", "", *Date::FromYmd(2026, 11, 27)});
}

TEST(ClaimSetting, AClaimOfOnlyDmeLinesIsCheckedAsDme) {
  for (const auto& codes : std::vector<std::vector<std::string>>{
           {"E0431-RR", "E1390-RR"}, {"E0114"}, {"K0001", "A4253-NU"}}) {
    const ClaimReport report = CheckWithoutSetting(codes);
    EXPECT_EQ(report.setting, "dme") << codes[0];
    ASSERT_FALSE(report.notes.empty());
    EXPECT_NE(report.notes.back().find("durable medical equipment"),
              std::string::npos);
  }
}

TEST(ClaimSetting, AnInstitutionalClaimIsCheckedAsOutpatientHospital) {
  const ClaimReport report = CheckWithoutSetting({"99284"}, "institutional");
  EXPECT_EQ(report.setting, "outpatient-hospital");
  ASSERT_FALSE(report.notes.empty());
  EXPECT_NE(report.notes.back().find("institutional claim"), std::string::npos);
}

TEST(ClaimSetting, AnyOtherLineKeepsThePractitionerDefault) {
  EXPECT_EQ(CheckWithoutSetting({"E0114", "99213"}).setting, "practitioner");
  EXPECT_EQ(CheckWithoutSetting({"A4253"}).setting, "practitioner");
  EXPECT_EQ(CheckWithoutSetting({}).setting, "practitioner");
}

const CheckStatus& StatusOf(const ClaimReport& report, const char* check) {
  return *std::find_if(
      report.checks.begin(), report.checks.end(),
      [&](const CheckStatus& status) { return status.check == check; });
}

TEST(ClaimChecks, LinesWithoutAnyDateAreNotCheckedPerDay) {
  static const DataSet data = testing::FixtureData(false);
  Claim claim;
  claim.setting = "practitioner";
  for (const char* code : {"11042", "11045"}) {
    ClaimLine line;
    line.code = code;
    claim.lines.push_back(line);
  }
  const CheckOptions options{"", "", *Date::FromYmd(2026, 11, 27)};
  for (const char* check : {"mue", "addon"}) {
    const CheckStatus status =
        StatusOf(CheckClaim(claim, data, options), check);
    EXPECT_EQ(status.state, CheckState::kNotChecked) << check;
    EXPECT_NE(status.detail.find("2 of 2 line(s) have no date of service"),
              std::string::npos)
        << status.detail;
  }
  claim.lines[0].date_of_service = "2026-03-02";
  const CheckStatus status = StatusOf(CheckClaim(claim, data, options), "mue");
  EXPECT_EQ(status.state, CheckState::kRan);
  EXPECT_NE(status.detail.find("1 of 2 line(s)"), std::string::npos);
}

// Inputs that once made the findings grow with the square of the lines or
// modifiers: their findings now grow at most with the lines.
ClaimReport CheckLines(const std::vector<ClaimLine>& lines) {
  static const DataSet data = testing::FixtureData(true);
  Claim claim;
  claim.date_of_service = "2026-03-02";
  claim.lines = lines;
  return CheckClaim(claim, data,
                    CheckOptions{"", "", *Date::FromYmd(2026, 11, 27)});
}

// Findings of `rule`, listed or not.
size_t Count(const ClaimReport& report, Rule rule) {
  const auto it = report.rule_totals.find(rule);
  return it == report.rule_totals.end() ? 0 : it->second;
}

TEST(ClaimChecks, MedicareUseLevel2IsSaidOnceWhenMueAndFeeScheduleAgree) {
  // 99387: MUE 0 and fee schedule status N, and a known Level II
  // alternative: one finding, not one from each table.
  ClaimLine line;
  line.code = "99387";
  Claim claim;
  claim.payer = "medicare";
  claim.date_of_service = "2026-03-02";
  claim.lines = {line};
  const ClaimReport report =
      CheckClaim(claim, testing::FixtureData(false),
                 CheckOptions{"", "", *Date::FromYmd(2026, 11, 27)});
  EXPECT_EQ(Count(report, Rule::kMedicareUseLevel2), 1u);
  EXPECT_EQ(Count(report, Rule::kPfsNotCovered), 0u);
  EXPECT_EQ(Count(report, Rule::kMueUnits), 0u);
}

TEST(HostileClaims, TwoThousandEqualModifiersGiveSixFindings) {
  ClaimLine line;
  line.code = "E0114";
  line.modifiers.assign(2000, "RR");
  const ClaimReport report = CheckLines({line});
  // Five listed, then one that counts the other 1994.
  EXPECT_EQ(Count(report, Rule::kModifierDuplicate), 6u);
  EXPECT_TRUE(std::any_of(
      report.findings.begin(), report.findings.end(), [](const Finding& f) {
        return f.rule == Rule::kModifierDuplicate &&
               f.message.rfind("1994 more modifier-duplicate", 0) == 0;
      }));
}

TEST(HostileClaims, PairsOfBundledCodesGiveAFindingPerLineNotPerPair) {
  std::vector<ClaimLine> lines;
  for (int i = 0; i < 1000; ++i) {
    ClaimLine line;
    line.code = i % 2 ? "29877" : "29880";
    lines.push_back(line);
  }
  // 500 column-2 lines, each bundled into the 500 column-1 lines: one
  // finding each, not 250,000.
  EXPECT_EQ(Count(CheckLines(lines), Rule::kPtpBundled), 500u);
}

TEST(HostileClaims, AddOnCodesWithoutPrimariesGiveAFindingPerLine) {
  std::vector<ClaimLine> lines(2000);
  for (ClaimLine& line : lines) line.code = "11045";
  EXPECT_EQ(Count(CheckLines(lines), Rule::kAddonWithoutPrimary), 2000u);
}

TEST(HostileClaims, AClaimListsAHundredFindingsAndCountsTheRest) {
  std::vector<ClaimLine> lines(2000);
  for (ClaimLine& line : lines) line.code = "11045";
  const ClaimReport report = CheckLines(lines);
  ASSERT_EQ(report.findings.size(), kMaxFindingsListed);
  const int total = report.Count(Severity::kError) +
                    report.Count(Severity::kWarning) +
                    report.Count(Severity::kInfo);
  EXPECT_EQ(report.findings_not_listed, total - 100);
  EXPECT_GE(report.findings_not_listed, 1900);
}

}  // namespace
}  // namespace billcode
