// Claim text in any format: detection, reading, the check with every
// fixture table (PTP too) and the report as JSON.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "billcode/claims/input/claim_input.h"
#include "billcode/claims/rules/claim_check.h"
#include "billcode/json/json_output.h"
#include "fixture_data.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const billcode::DataSet* tables =
      new billcode::DataSet(billcode::testing::FixtureData(true));
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const billcode::ClaimParse parse =
      billcode::ParseClaim(text, billcode::ClaimFormat::kAuto);
  if (!parse.errors.empty()) {
    billcode::InputErrorsJson(parse);
    return 0;
  }
  const billcode::ClaimReport report = billcode::CheckClaim(
      parse.claim, *tables,
      billcode::CheckOptions{"", "", *billcode::Date::FromYmd(2026, 11, 27)});
  billcode::ClaimReportJson(report);
  return 0;
}
