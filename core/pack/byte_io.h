// Little-endian binary writing and bounds-checked reading for data packs.
#ifndef BILLCODE_PACK_BYTE_IO_H_
#define BILLCODE_PACK_BYTE_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace billcode {

// The little-endian integer at `bytes`, in one load (indexing a byte at a
// time is a call per byte in wasm at -Oz).
template <typename T>
T LittleEndian(const char* bytes) {
  T value;
  std::memcpy(&value, bytes, sizeof value);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  T swapped = 0;
  for (size_t i = 0; i < sizeof value; ++i) {
    swapped = static_cast<T>(swapped << 8 | (value >> (8 * i) & 0xFF));
  }
  value = swapped;
#endif
  return value;
}

class ByteWriter {
 public:
  void U8(uint8_t value) { bytes_.push_back(static_cast<char>(value)); }
  void U32(uint32_t value);
  void U64(uint64_t value);
  void Varint(uint64_t value);         // LEB128
  void String(std::string_view text);  // varint length, then bytes
  void Strings(const std::vector<std::string>& texts);  // count, strings
  void Raw(std::string_view bytes) { bytes_.append(bytes); }
  const std::string& bytes() const { return bytes_; }
  std::string Take() { return std::move(bytes_); }

 private:
  std::string bytes_;
};

// Every read fails (returns false) instead of reading past the end.
class ByteReader {
 public:
  // The most strings Strings() accepts in one list.
  static constexpr uint64_t kMaxListSize = 64;

  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}
  bool U8(uint8_t* value);
  bool U32(uint32_t* value);
  bool U64(uint64_t* value);
  bool Varint(uint64_t* value);
  bool String(std::string* text);
  bool Strings(std::vector<std::string>* texts);
  bool Raw(size_t size, std::string_view* bytes);
  // The bytes before the next `end`, which is read too (and not included).
  bool Until(char end, std::string_view* bytes);
  size_t remaining() const { return bytes_.size() - offset_; }

 private:
  std::string_view bytes_;
  size_t offset_ = 0;
};

}  // namespace billcode

#endif  // BILLCODE_PACK_BYTE_IO_H_
