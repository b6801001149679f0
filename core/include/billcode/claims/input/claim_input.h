// Reading claims from billcode JSON, FHIR R4 (Claim, ExplanationOfBenefit,
// Bundle, NDJSON), X12 837 (P, I, D) or CSV: one claim, or every claim of
// a file. Every problem is reported with where it is (JSON path, segment
// number, row and column); nothing in the input is dropped silently.
#ifndef BILLCODE_CLAIMS_INPUT_CLAIM_INPUT_H_
#define BILLCODE_CLAIMS_INPUT_CLAIM_INPUT_H_

#include <functional>
#include <map>
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
  X(kCsv, "csv")                  \
  X(kCms1500, "cms1500")          \
  X(kUb04, "ub04")

BILLCODE_ENUM(ClaimFormat, BILLCODE_CLAIM_FORMATS)

struct InputError {
  std::string location;  // "$.lines[2].units", "segment 14 (SV1)", "row 3"
  std::string message;
};

// One claim as read from a file.
struct ClaimParse {
  ClaimFormat format = ClaimFormat::kAuto;  // the format read
  std::string id;        // CLM01, identifier, claimId; "" when none
  std::string location;  // where it is in the file: "interchange 1,
                         // segment 40", "$.entry[3]", "line 2", "rows 2-5"
  Claim claim;
  std::vector<InputError> errors;  // the claim is unusable when not empty
};

// JSON with a resourceType is FHIR (NDJSON too), other JSON is billcode
// JSON, text with ISA or CLM segments is X12, the text of a printed
// CMS-1500 form (its title) cms1500, that of a UB-04 (its title, or its
// type of bill and revenue code heading) ub04, anything else CSV.
ClaimFormat DetectClaimFormat(std::string_view text);

// At most this many errors are listed per claim; one more error counts the
// rest.
inline constexpr size_t kMaxInputErrors = 100;

struct ReadOptions {
  ClaimFormat format = ClaimFormat::kAuto;
  // CSV: billcode column name -> the header that holds it in the file
  // ("code" -> "CPT_CODE").
  std::map<std::string, std::string> columns;
};

// The payer class a payer's name says ("Medicare Part B", "NY Medicaid",
// "TennCare"), or "" when it names neither.
std::string PayerClassOfName(std::string_view name);

// Parses "code=CPT_CODE,units=QTY" into `columns`; an error message, or ""
// when every name is a billcode column.
std::string ParseColumnMap(std::string_view text,
                           std::map<std::string, std::string>* columns);

// Receives each claim as soon as it is read; returns false to stop.
using ClaimSink = std::function<bool(ClaimParse&&)>;

struct ReadSummary {
  ClaimFormat format = ClaimFormat::kAuto;  // the format read
  // Problems outside every claim (a transaction that is no claim, text
  // between claims); when `claims` is 0 they say why nothing was read.
  std::vector<InputError> errors;
  size_t claims = 0;     // claims given to the sink; 0: the file is unusable
  bool stopped = false;  // the sink asked to stop
};

// Reads every claim of `bytes` (encodings as ParseClaim says) and gives
// each to `sink` in file order, one at a time: a claim that cannot be read
// carries its own errors, and the others are still read.
ReadSummary ReadClaims(std::string_view bytes, const ReadOptions& options,
                       const ClaimSink& sink);

// Reads `bytes` in `format` (kAuto: detected): UTF-8 with or without a
// byte-order mark, UTF-16 (either order) or Windows-1252. Input that is no
// claim billcode reads (empty, XML, an X12 835, FHIR before R4) is one
// error saying what it is; so is a file of several claims (ReadClaims
// reads those). The errors are capped as kMaxInputErrors says.
ClaimParse ParseClaim(std::string_view bytes, ClaimFormat format);

// One claim of UTF-8 text in one format.
ClaimParse ParseClaimJson(std::string_view text);
ClaimParse ParseClaimFhir(std::string_view text);
ClaimParse ParseClaimX12(std::string_view text);
ClaimParse ParseClaimCsv(std::string_view text);

}  // namespace billcode

#endif  // BILLCODE_CLAIMS_INPUT_CLAIM_INPUT_H_
