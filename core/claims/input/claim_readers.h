// Internal to ReadClaims(): one reader per format, each giving every claim
// of UTF-8 text to the sink.
#ifndef BILLCODE_CLAIMS_INPUT_CLAIM_READERS_H_
#define BILLCODE_CLAIMS_INPUT_CLAIM_READERS_H_

#include <map>
#include <string>
#include <string_view>

#include "billcode/claims/input/claim_input.h"

namespace billcode {

ReadSummary ReadJsonClaims(std::string_view text, const ClaimSink& sink);
ReadSummary ReadFhirClaims(std::string_view text, const ClaimSink& sink);
ReadSummary ReadX12Claims(std::string_view text, const ClaimSink& sink);
ReadSummary ReadCms1500Claims(std::string_view text, const ClaimSink& sink);
ReadSummary ReadUb04Claims(std::string_view text, const ClaimSink& sink);
ReadSummary ReadCsvClaims(std::string_view text,
                          const std::map<std::string, std::string>& columns,
                          const ClaimSink& sink);

}  // namespace billcode

#endif  // BILLCODE_CLAIMS_INPUT_CLAIM_READERS_H_
