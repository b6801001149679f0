// What a typed text is, on arbitrary bytes (not only UTF-8): classification,
// lookup on the fixture release, typing completions and explanations, and
// the bill's other codes (ExplainOtherCode). A
// trailing no-break space (white space) changes nothing but the input: this
// holds the plain-ASCII scan to the full one.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "billcode/bills/other_code.h"
#include "billcode/codes/explanation.h"
#include "billcode/codes/lookup.h"
#include "billcode/codes/typing.h"
#include "billcode/json/json_output.h"
#include "fixture_data.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const billcode::DataSet* tables =
      new billcode::DataSet(billcode::testing::FixtureData(false));
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const billcode::Date date = *billcode::Date::FromYmd(2026, 3, 2);
  const billcode::LookupResult result =
      billcode::Lookup(text, date, tables->hcpcs());
  const std::string json = billcode::LookupJson(result);
  billcode::LookupResult spaced =
      billcode::Lookup(std::string(text) + "\xC2\xA0", date, tables->hcpcs());
  spaced.classification.input = result.classification.input;
  if (billcode::LookupJson(spaced) != json) __builtin_trap();
  billcode::ExplanationJson(result);
  billcode::TypingJson(billcode::Typing(text, date, tables->hcpcs(), 8));
  billcode::OtherCodeJson(billcode::ExplainOtherCode(text, date, *tables));
  return 0;
}
