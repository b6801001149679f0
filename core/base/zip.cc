#include "billcode/base/zip.h"

#include <cstdint>

namespace billcode {
namespace {

constexpr uint32_t kLocalHeader = 0x04034b50;
constexpr uint32_t kCentralHeader = 0x02014b50;
constexpr uint32_t kEndOfDirectory = 0x06054b50;
constexpr size_t kEndSize = 22;
constexpr size_t kCentralSize = 46;
constexpr size_t kLocalSize = 30;

uint32_t U16(std::string_view bytes, size_t at) {
  return static_cast<uint8_t>(bytes[at]) |
         static_cast<uint32_t>(static_cast<uint8_t>(bytes[at + 1])) << 8;
}

uint32_t U32(std::string_view bytes, size_t at) {
  return U16(bytes, at) | U16(bytes, at + 2) << 16;
}

// The end-of-central-directory record: searched back from the end, over
// a comment of up to 64 KB.
size_t FindEnd(std::string_view bytes) {
  if (bytes.size() < kEndSize) return std::string_view::npos;
  size_t lowest =
      bytes.size() > kEndSize + 0xFFFF ? bytes.size() - kEndSize - 0xFFFF : 0;
  for (size_t at = bytes.size() - kEndSize + 1; at-- > lowest;) {
    if (U32(bytes, at) == kEndOfDirectory) return at;
  }
  return std::string_view::npos;
}

}  // namespace

bool IsZip(std::string_view bytes) {
  return bytes.size() >= 4 && U32(bytes, 0) == kLocalHeader;
}

ZipListing ReadZipDirectory(std::string_view bytes) {
  ZipListing listing;
  const size_t end = FindEnd(bytes);
  if (end == std::string_view::npos) {
    listing.error = "not a ZIP archive, or a damaged one (no directory)";
    return listing;
  }
  const size_t count = U16(bytes, end + 10);
  size_t at = U32(bytes, end + 16);
  if (count == 0xFFFF || at == 0xFFFFFFFF) {
    listing.error = "ZIP64 archives are not read; unpack it first";
    return listing;
  }
  for (size_t i = 0; i < count; ++i) {
    if (at + kCentralSize > bytes.size() || U32(bytes, at) != kCentralHeader) {
      listing.error =
          "the ZIP directory is damaged (entry " + std::to_string(i + 1) + ")";
      return listing;
    }
    const uint32_t flags = U16(bytes, at + 8);
    ZipMember member;
    member.method = static_cast<int>(U16(bytes, at + 10));
    member.compressed_size = U32(bytes, at + 20);
    member.size = U32(bytes, at + 24);
    const size_t name_size = U16(bytes, at + 28);
    const size_t extra_size = U16(bytes, at + 30);
    const size_t comment_size = U16(bytes, at + 32);
    const size_t local = U32(bytes, at + 42);
    if (at + kCentralSize + name_size > bytes.size()) {
      listing.error =
          "the ZIP directory is damaged (entry " + std::to_string(i + 1) + ")";
      return listing;
    }
    member.name = std::string(bytes.substr(at + kCentralSize, name_size));
    at += kCentralSize + name_size + extra_size + comment_size;
    if (!member.name.empty() && member.name.back() == '/') continue;
    if (flags & 1) {
      listing.error = member.name + " is encrypted";
      return listing;
    }
    if (local + kLocalSize > bytes.size() ||
        U32(bytes, local) != kLocalHeader) {
      listing.error = member.name + ": its local header is damaged";
      return listing;
    }
    member.offset =
        local + kLocalSize + U16(bytes, local + 26) + U16(bytes, local + 28);
    if (member.offset > bytes.size() ||
        member.compressed_size > bytes.size() - member.offset) {
      listing.error = member.name + " runs past the end of the archive";
      return listing;
    }
    listing.members.push_back(std::move(member));
  }
  return listing;
}

}  // namespace billcode
