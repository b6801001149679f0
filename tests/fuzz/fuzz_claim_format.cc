// One claim format alone (BILLCODE_FUZZ_FORMAT names it: kJson, kFhir,
// kX12 or kCsv), read and written back as billcode JSON.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "billcode/claims/input/claim_input.h"
#include "billcode/json/json_output.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const billcode::ClaimParse parse =
      billcode::ParseClaim(text, billcode::ClaimFormat::BILLCODE_FUZZ_FORMAT);
  billcode::ParsedClaimJson(parse);
  return 0;
}
