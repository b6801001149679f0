// A bill in any bytes: extraction, explanation with the fixture tables
// (PTP included) and its JSON.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "billcode/bills/bill_explanation.h"
#include "billcode/bills/bill_extraction.h"
#include "billcode/json/json_output.h"
#include "fixture_data.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const billcode::DataSet* tables =
      new billcode::DataSet(billcode::testing::FixtureData(true));
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  billcode::BillOptions options;
  options.today = *billcode::Date::FromYmd(2026, 6, 1);
  const billcode::BillExplanation bill = billcode::ExplainBill(
      billcode::ExtractBill(bytes, *tables), *tables, options);
  billcode::BillJson(bill, *tables);
  return 0;
}
