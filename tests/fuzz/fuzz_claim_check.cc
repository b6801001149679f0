// Claim files in any format: detection, reading every claim, the check of
// each with every fixture table (PTP too), and the batch report as JSON.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "billcode/claims/rules/claim_batch.h"
#include "billcode/json/json_output.h"
#include "fixture_data.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const billcode::DataSet* tables =
      new billcode::DataSet(billcode::testing::FixtureData(true));
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const billcode::BatchCheck batch = billcode::CheckClaims(
      text, {}, *tables,
      billcode::CheckOptions{"", "", *billcode::Date::FromYmd(2026, 11, 27)},
      [](const billcode::ClaimParse& parse,
         const billcode::ClaimReport* report) {
        billcode::BatchClaimJson(parse, report);
        return true;
      });
  billcode::BatchSummaryJson(batch);
  return 0;
}
