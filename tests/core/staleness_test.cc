// Stale data is never silent: a date past the newest edition of a table is
// named, with the edition, its last date and where to get the newer one.
#include "billcode/tables/staleness.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "billcode/bills/bill_explanation.h"
#include "billcode/claims/rules/claim_check.h"
#include "billcode/codes/explanation.h"
#include "billcode/codes/lookup.h"

namespace billcode {
namespace {

ReleaseInfo Info(const char* edition, const char* from, const char* to) {
  ReleaseInfo info = Edition(edition);
  if (*from) info.effective_from = *Date::ParseIso(from);
  if (*to) info.effective_to = *Date::ParseIso(to);
  info.release_date = info.effective_from;
  return info;
}

DataSet Tables() {
  DataSet data;
  data.Add(HcpcsRelease(Info("2026-JAN", "2026-01-01", ""), {}));
  data.Add(Icd10Table(Info("FY2026", "2025-10-01", "2026-09-30"), {}));
  data.Add(RvuTable(Info("RVU26C", "2026-01-01", ""), {}));
  return data;
}

struct StaleCase {
  const char* date;
  std::vector<std::string> kinds;
};

TEST(StaleTables, NamesTheTablesWhoseNewestEditionEndsBeforeTheDate) {
  const DataSet data = Tables();
  const StaleCase cases[] = {
      {"2026-03-31", {}},
      {"2026-04-01", {"hcpcs-level2"}},
      {"2026-10-01", {"hcpcs-level2", "icd10cm"}},
      {"2027-01-01", {"hcpcs-level2", "icd10cm", "pfs-rvu"}},
  };
  for (const StaleCase& c : cases) {
    std::vector<std::string> kinds;
    for (const StaleTable& table : StaleTables(data, *Date::ParseIso(c.date))) {
      kinds.push_back(table.kind);
    }
    EXPECT_EQ(kinds, c.kinds) << c.date;
  }
}

TEST(StaleTables, SaysWhenTheTableEndedAndWhereToGetANewerOne) {
  const std::vector<StaleTable> stale =
      StaleTables(Tables(), *Date::FromYmd(2026, 10, 5));
  ASSERT_EQ(stale.size(), 2u);
  EXPECT_EQ(stale[0].ends.ToIso(), "2026-03-31");
  EXPECT_EQ(stale[1].ends.ToIso(), "2026-09-30");
  EXPECT_EQ(stale[1].message,
            "The newest ICD-10-CM release loaded (FY2026) is for dates up to "
            "2026-09-30; 2026-10-05 is later, so diagnoses may have changed "
            "since. Load the newer file from "
            "https://www.cms.gov/medicare/coding-billing/icd-10-codes.");
}

TEST(StaleTables, EditionsWithoutDatesAreNeverStale) {
  DataSet data;
  data.Add(Icd10Table(Edition("fixture"), {}));
  EXPECT_TRUE(StaleTables(data, *Date::FromYmd(2030, 1, 1)).empty());
}

TEST(StaleTables, ClaimReportAndBillSayItInTheirNotes) {
  const DataSet data = Tables();
  Claim claim;
  claim.date_of_service = "2026-10-05";
  claim.diagnoses = {"E11.9"};
  ClaimLine line;
  line.code = "99213";
  claim.lines.push_back(line);
  CheckOptions options;
  options.today = *Date::FromYmd(2026, 11, 27);
  const ClaimReport report = CheckClaim(claim, data, options);
  auto mentions = [](const std::vector<std::string>& notes, const char* what) {
    for (const std::string& note : notes) {
      if (note.find(what) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(mentions(report.notes, "ICD-10-CM release loaded (FY2026)"));
  BillExtraction bill;
  BillItem item;
  item.code = "99213";
  item.date_of_service = "2026-10-05";
  bill.items.push_back(item);
  BillOptions bill_options;
  bill_options.today = options.today;
  EXPECT_TRUE(mentions(ExplainBill(bill, data, bill_options).notes,
                       "ICD-10-CM release loaded (FY2026)"));
}

TEST(StaleTables, PlainWordsOfAnActiveCodeSayWhenItsReleaseEnded) {
  HcpcsRecord record;
  record.code = "E0114";
  record.added = *Date::FromYmd(1986, 1, 1);
  ReleaseSet releases;
  releases.Add(HcpcsRelease(Info("2026-JAN", "2026-01-01", ""), {record}));
  const struct {
    const char* date;
    const char* sentence;
  } cases[] = {
      {"2026-03-31", "It is a valid code on 2026-03-31."},
      {"2026-11-03",
       "It is valid in HCPCS release 2026-JAN, which is for dates up to "
       "2026-03-31; a newer release would tell whether it still is on "
       "2026-11-03."},
  };
  for (const auto& c : cases) {
    const std::vector<std::string> sentences =
        Explain(Lookup("E0114", *Date::ParseIso(c.date), releases));
    EXPECT_NE(std::find(sentences.begin(), sentences.end(), c.sentence),
              sentences.end())
        << c.date;
  }
}

}  // namespace
}  // namespace billcode
