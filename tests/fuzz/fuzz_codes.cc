// What a typed text is, on arbitrary bytes (not only UTF-8): classification,
// lookup on the fixture release, typing completions and explanations.
#include <cstddef>
#include <cstdint>
#include <string_view>

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
  billcode::LookupJson(result);
  billcode::ExplanationJson(result);
  billcode::TypingJson(billcode::Typing(text, date, tables->hcpcs(), 8));
  return 0;
}
