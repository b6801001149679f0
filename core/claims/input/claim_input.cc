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

namespace {

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// What `text` is when it is none of the claims billcode reads, in plain
// words; "" otherwise.
std::string NotAClaim(std::string_view text) {
  const std::string_view trimmed = TrimAsciiSpace(text);
  if (trimmed.empty()) return "is empty: there is no claim to read";
  const std::string_view head = trimmed.substr(0, 4096);
  if (head.front() == '<') {
    return Contains(head, "hl7.org/fhir")
               ? "is FHIR XML, which is not read: export the claim as FHIR "
                 "JSON"
               : "is XML, not a claim billcode reads (billcode JSON, FHIR "
                 "JSON, X12 837 or CSV)";
  }
  if (Contains(head, "ST*835") || Contains(head, "ST~835")) {
    return "is an X12 835 remittance advice (what a payer paid), not a "
           "claim (an 837)";
  }
  if (head.front() == '{' && Contains(trimmed, "\"resourceType\"") &&
      Contains(trimmed, "\"Claim\"") && Contains(trimmed, "\"service\"") &&
      !Contains(trimmed, "\"productOrService\"")) {
    return "is a FHIR DSTU2 or STU3 Claim (item.service): export it as FHIR "
           "R4, whose items have productOrService";
  }
  return "";
}

}  // namespace

ClaimParse ParseClaim(std::string_view bytes, ClaimFormat format) {
  // Any encoding a claim file comes in: UTF-16 (Windows tools), a UTF-8
  // byte-order mark (Excel), Windows-1252 in names.
  const std::optional<std::string> utf16 = Utf16ToUtf8(bytes);
  const std::string decoded = TextAsUtf8(utf16 ? *utf16 : bytes);
  const std::string_view text = decoded;
  if (const std::string what = NotAClaim(text); !what.empty()) {
    ClaimParse parse;
    parse.format = format;
    parse.errors.push_back(InputError{"the input", what});
    return parse;
  }
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
