// The project's binary data packs: one format for every table it compiles
// from the official files.
//
// Layout (little-endian): 8-byte magic "BILLCODE", u32 format version,
// u32 content kind (PackKind), u32 payload size, u32 checksum of the
// payload; then the payload: edition, source file name, source
// checksum, release date, notice, effective from and to, the kind's own header
// fields, record count and records, field by field (see kPackFormatVersion).
// Strings are UTF-8, numbers varints, dates u32 YYYYMMDD (0 = none).
#ifndef BILLCODE_PACK_PACK_H_
#define BILLCODE_PACK_PACK_H_

#include <string>
#include <string_view>

#include "billcode/base/enum_names.h"
#include "billcode/tables/data_pack.h"

namespace billcode {

// 5: records stored field by field (columns); each text stores only what
// it does not share with the column's previous text; a payload checksum.
// 6: a column's texts may end with a NUL byte instead of giving lengths.
// 7: u32 payload size and checksum; a column's texts may share no
// prefixes, or be of one width that is given once.
inline constexpr uint32_t kPackFormatVersion = 7;

// Kind numbers are stored in packs: never reuse or reorder them.
enum class PackKind : uint32_t {
  kHcpcsLevel2 = 1,
  kMue = 2,
  kAddOn = 3,
  kIcd10cm = 4,
  kPlaceOfService = 5,
  kPfsRvu = 6,
  kGpci = 7,
  kZipLocality = 8,
  kLabFees = 9,
  kOppsCap = 10,
  kAnesthesia = 11,
  kCptDescriptors = 12,  // only ever made from a file the user holds
  kHcpcsLongDescriptions = 13,
};

#define BILLCODE_PACK_ERRORS(X)                 \
  X(kOk, "ok")                                  \
  X(kNotAPack, "not-a-pack")                    \
  X(kUnsupportedVersion, "unsupported-version") \
  X(kTruncated, "truncated")                    \
  X(kChecksumMismatch, "checksum-mismatch")     \
  X(kCorrupt, "corrupt")

BILLCODE_ENUM(PackError, BILLCODE_PACK_ERRORS)

// A pack's bytes. Packs hold less than 4 GB (the header's sizes are u32).
std::string WritePack(const DataPack& pack);

// Sets the header's payload size and checksum to those of the bytes after
// it: for tests and tools that craft packs. Does nothing to bytes shorter
// than a header.
void ResealPack(std::string* pack);

struct PackRead {
  PackError error = PackError::kOk;
  std::string message;  // plain words when error != kOk
  DataPack pack;
};

// Never reads out of bounds: a truncated or altered pack gives an error.
PackRead ReadPack(std::string_view bytes);

}  // namespace billcode

#endif  // BILLCODE_PACK_PACK_H_
