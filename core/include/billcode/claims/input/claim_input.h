// Reading a claim from billcode JSON, FHIR R4 Claim, X12 837P or CSV.
// Every problem is reported with where it is (JSON path, segment number,
// row and column); nothing in the input is dropped silently.
#ifndef BILLCODE_CLAIMS_INPUT_CLAIM_INPUT_H_
#define BILLCODE_CLAIMS_INPUT_CLAIM_INPUT_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/base/enum_names.h"
#include "billcode/claims/input/claim.h"

namespace billcode {

#define BILLCODE_CLAIM_FORMATS(X) \
  X(kAuto, "auto")                \
  X(kJson, "json")                \
  X(kFhir, "fhir")                \
  X(kX12, "x12")                  \
  X(kCsv, "csv")

BILLCODE_ENUM(ClaimFormat, BILLCODE_CLAIM_FORMATS)

struct InputError {
  std::string location;  // "$.lines[2].units", "segment 14 (SV1)", "row 3"
  std::string message;
};

struct ClaimParse {
  ClaimFormat format = ClaimFormat::kAuto;  // the format read
  Claim claim;
  std::vector<InputError> errors;  // the claim is unusable when not empty
};

// JSON whose resourceType is "Claim" is FHIR, other JSON is billcode JSON,
// text with ISA or CLM segments is X12, anything else CSV.
ClaimFormat DetectClaimFormat(std::string_view text);

// At most this many errors are listed; one more error counts the rest.
inline constexpr size_t kMaxInputErrors = 100;

// Reads `bytes` in `format` (kAuto: detected): UTF-8 with or without a
// byte-order mark, UTF-16 (either order) or Windows-1252. Input that is no
// claim billcode reads (empty, XML, an X12 835, FHIR before R4) is one
// error saying what it is. The errors are capped as kMaxInputErrors says.
ClaimParse ParseClaim(std::string_view bytes, ClaimFormat format);

ClaimParse ParseClaimJson(std::string_view text);
ClaimParse ParseClaimFhir(std::string_view text);
ClaimParse ParseClaimX12(std::string_view text);
ClaimParse ParseClaimCsv(std::string_view text);

}  // namespace billcode

#endif  // BILLCODE_CLAIMS_INPUT_CLAIM_INPUT_H_
