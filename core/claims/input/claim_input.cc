#include "billcode/claims/input/claim_input.h"

#include "billcode/base/text.h"

namespace billcode {

ClaimFormat DetectClaimFormat(std::string_view text) {
  const std::string_view trimmed = TrimAsciiSpace(text);
  if (!trimmed.empty() && trimmed.front() == '{') {
    const size_t type = trimmed.find("\"resourceType\"");
    if (type != std::string_view::npos &&
        trimmed.find("\"Claim\"", type) != std::string_view::npos) {
      return ClaimFormat::kFhir;
    }
    return ClaimFormat::kJson;
  }
  if (trimmed.rfind("ISA", 0) == 0 || trimmed.rfind("ST*", 0) == 0 ||
      trimmed.find("CLM*") != std::string_view::npos) {
    return ClaimFormat::kX12;
  }
  return ClaimFormat::kCsv;
}

ClaimParse ParseClaim(std::string_view text, ClaimFormat format) {
  if (format == ClaimFormat::kAuto) format = DetectClaimFormat(text);
  ClaimParse parse;
  switch (format) {
    case ClaimFormat::kJson:
      parse = ParseClaimJson(text);
      break;
    case ClaimFormat::kFhir:
      parse = ParseClaimFhir(text);
      break;
    case ClaimFormat::kX12:
      parse = ParseClaimX12(text);
      break;
    default:
      parse = ParseClaimCsv(text);
      break;
  }
  parse.format = format;
  if (parse.errors.size() > kMaxInputErrors) {
    const size_t more = parse.errors.size() - kMaxInputErrors;
    parse.errors.resize(kMaxInputErrors);
    parse.errors.push_back(InputError{
        "the input", std::to_string(more) + " more error(s) not listed"});
  }
  return parse;
}

}  // namespace billcode
