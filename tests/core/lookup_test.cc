// Lookup on a date against the fixture release: tests/cases/lookup.json.
#include "billcode/codes/lookup.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "billcode/import/hcpcs_import.h"
#include "billcode/json/json_output.h"
#include "case_table.h"

namespace billcode {
namespace {

using testing::CaseName;
using testing::ExpectJsonSubset;
using testing::LoadCases;
using testing::ReadFixture;

const ReleaseSet& FixtureReleases() {
  static const ReleaseSet* releases = [] {
    auto* set = new ReleaseSet();
    set->Add(ImportHcpcsFixedWidth(ReadFixture("hcpcs_fixture.txt"),
                                   ReleaseInfoFromFileName("hcpcs_fixture.txt"))
                 .release);
    return set;
  }();
  return *releases;
}

class LookupCase : public ::testing::TestWithParam<testing::TableCase> {};

TEST_P(LookupCase, MatchesTable) {
  const nlohmann::json& expected = GetParam().json;
  const auto date = Date::ParseIso(expected.at("date").get<std::string>());
  ASSERT_TRUE(date.has_value());
  const LookupResult result =
      Lookup(expected.at("input").get<std::string>(), *date, FixtureReleases());
  ExpectJsonSubset(expected, nlohmann::json::parse(LookupJson(result)));
}

INSTANTIATE_TEST_SUITE_P(Table, LookupCase,
                         ::testing::ValuesIn(LoadCases("lookup.json")),
                         CaseName());

TEST(Lookup, LevelTwoWithoutReleaseIsNoData) {
  const ReleaseSet none;
  const auto date = *Date::FromYmd(2026, 3, 2);
  EXPECT_EQ(Lookup("E0114", date, none).status, LookupStatus::kNoData);
  EXPECT_EQ(Lookup("RR", date, none).status, LookupStatus::kNoData);
}

TEST(Lookup, NewestReleaseAnswersAndOlderFillsGaps) {
  HcpcsRecord old_e0114;
  old_e0114.code = "E0114";
  old_e0114.short_description = "old text";
  HcpcsRecord gone;
  gone.code = "K0001";
  gone.termination = *Date::FromYmd(2018, 12, 31);
  HcpcsRecord new_e0114 = old_e0114;
  new_e0114.short_description = "new text";

  ReleaseSet set;
  ReleaseInfo old_info = Edition("2018");
  old_info.release_date = *Date::FromYmd(2018, 1, 1);
  ReleaseInfo new_info = Edition("2026-JAN");
  new_info.release_date = *Date::FromYmd(2026, 1, 1);
  set.Add(HcpcsRelease(old_info, {old_e0114, gone}));
  set.Add(HcpcsRelease(new_info, {new_e0114}));

  const auto date = *Date::FromYmd(2026, 3, 2);
  const LookupResult e0114 = Lookup("E0114", date, set);
  EXPECT_EQ(e0114.found.record->short_description, "new text");
  EXPECT_EQ(e0114.found.release->info().edition, "2026-JAN");
  const LookupResult k0001 = Lookup("K0001", date, set);
  EXPECT_EQ(k0001.status, LookupStatus::kTerminated);
  EXPECT_EQ(k0001.found.release->info().edition, "2018");
}

// Every record of the fixture release, written through a cache smaller
// than the release (so that it fills and starts again) and directly.
TEST(RecordJsonCache, WritesWhatTheRecordWriterWrites) {
  const Date date = *Date::FromYmd(2026, 3, 2);
  const std::vector<HcpcsRecord>& records =
      FixtureReleases().releases()[0].records();
  ASSERT_GT(records.size(), 10u);
  RecordJsonCache cache(records.size() / 3);
  for (int round = 0; round < 2; ++round) {
    for (const HcpcsRecord& record : records) {
      const LookupResult result = Lookup(record.code, date, FixtureReleases());
      ASSERT_TRUE(result.found.record) << record.code;
      EXPECT_EQ(LookupJson(result, nullptr, &cache), LookupJson(result))
          << record.code;
    }
  }
}

// A record first written as a later element of an array is kept without
// the comma before it.
TEST(RecordJsonCache, KeepsRecordsWrittenInArraysAsValues) {
  const std::vector<HcpcsRecord>& records =
      FixtureReleases().releases()[0].records();
  const HcpcsRelease& release = FixtureReleases().releases()[0];
  ASSERT_GE(records.size(), 2u);
  const auto written = [&](RecordJsonCache* cache, int first, int second) {
    JsonWriter out;
    out.BeginArray();
    cache->Write(records[first], release, &out);
    cache->Write(records[second], release, &out);
    return out.EndArray().Take();
  };
  RecordJsonCache fresh;
  const std::string expected = written(&fresh, 1, 0);
  RecordJsonCache cache;
  written(&cache, 0, 1);
  EXPECT_EQ(written(&cache, 1, 0), expected);
  EXPECT_TRUE(nlohmann::json::accept(expected));
}

TEST(StatusOnDate, OpenEndedRecordWithoutDatesIsActive) {
  HcpcsRecord record;
  EXPECT_EQ(StatusOnDate(record, *Date::FromYmd(1990, 1, 1)),
            LookupStatus::kActive);
}

}  // namespace
}  // namespace billcode
