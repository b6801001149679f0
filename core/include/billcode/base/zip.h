// The members of a ZIP archive (the container only: a deflated member's
// bytes are handed out compressed, for the caller's inflater: zlib in the
// CLI, the platform's DecompressionStream in the page).
#ifndef BILLCODE_BASE_ZIP_H_
#define BILLCODE_BASE_ZIP_H_

#include <string>
#include <string_view>
#include <vector>

namespace billcode {

struct ZipMember {
  std::string name;   // path inside the archive
  int method = 0;     // 0 stored, 8 deflated; others are not read
  size_t offset = 0;  // of the member's (compressed) bytes in the archive
  size_t compressed_size = 0;
  size_t size = 0;  // uncompressed
};

struct ZipListing {
  std::vector<ZipMember> members;  // files only, in directory order
  std::string error;               // "" for a readable archive
};

// Whether `bytes` start like a ZIP archive ("PK\3\4").
bool IsZip(std::string_view bytes);

// Reads the central directory; every offset and size is checked against
// `bytes`. ZIP64 archives and encrypted members are reported as errors.
ZipListing ReadZipDirectory(std::string_view bytes);

}  // namespace billcode

#endif  // BILLCODE_BASE_ZIP_H_
