// The project's binary data pack of a HCPCS Level II release.
//
// Layout (little-endian): 8-byte magic "BILLCODE", u32 format version,
// u32 content kind (1 = HCPCS Level II), u64 payload size, u64 FNV-1a-64
// checksum of the payload; then the payload: edition, source file name,
// source checksum, release date, record count and the records, every string
// as a varint length and UTF-8 bytes, every date as u32 YYYYMMDD (0 = none).
#ifndef BILLCODE_PACK_H_
#define BILLCODE_PACK_H_

#include <string>
#include <string_view>

#include "billcode/enum_names.h"
#include "billcode/hcpcs_release.h"

namespace billcode {

inline constexpr uint32_t kPackFormatVersion = 1;

#define BILLCODE_PACK_ERRORS(X)                 \
  X(kOk, "ok")                                  \
  X(kNotAPack, "not-a-pack")                    \
  X(kUnsupportedVersion, "unsupported-version") \
  X(kTruncated, "truncated")                    \
  X(kChecksumMismatch, "checksum-mismatch")     \
  X(kCorrupt, "corrupt")

BILLCODE_ENUM(PackError, BILLCODE_PACK_ERRORS)

std::string WritePack(const HcpcsRelease& release);

struct PackRead {
  PackError error = PackError::kOk;
  std::string message;  // plain words when error != kOk
  HcpcsRelease release;
};

// Never reads out of bounds: a truncated or altered pack gives an error.
PackRead ReadPack(std::string_view bytes);

}  // namespace billcode

#endif  // BILLCODE_PACK_H_
