#include "byte_io.h"

namespace billcode {

void ByteWriter::U32(uint32_t value) {
  for (int i = 0; i < 4; ++i) U8(static_cast<uint8_t>(value >> (8 * i)));
}

void ByteWriter::U64(uint64_t value) {
  for (int i = 0; i < 8; ++i) U8(static_cast<uint8_t>(value >> (8 * i)));
}

void ByteWriter::Varint(uint64_t value) {
  while (value >= 0x80) {
    U8(static_cast<uint8_t>(value | 0x80));
    value >>= 7;
  }
  U8(static_cast<uint8_t>(value));
}

void ByteWriter::String(std::string_view text) {
  Varint(text.size());
  bytes_.append(text);
}

void ByteWriter::Strings(const std::vector<std::string>& texts) {
  Varint(texts.size());
  for (const std::string& text : texts) String(text);
}

bool ByteReader::U8(uint8_t* value) {
  if (remaining() < 1) return false;
  *value = static_cast<uint8_t>(bytes_[offset_++]);
  return true;
}

bool ByteReader::U32(uint32_t* value) {
  if (remaining() < 4) return false;
  *value = LittleEndian<uint32_t>(bytes_.data() + offset_);
  offset_ += 4;
  return true;
}

bool ByteReader::U64(uint64_t* value) {
  if (remaining() < 8) return false;
  *value = LittleEndian<uint64_t>(bytes_.data() + offset_);
  offset_ += 8;
  return true;
}

bool ByteReader::Varint(uint64_t* value) {
  const char* const start = bytes_.data();
  *value = 0;
  for (size_t at = offset_, shift = 0; at < bytes_.size() && shift < 64;
       ++at, shift += 7) {
    const uint8_t byte = static_cast<uint8_t>(start[at]);
    *value |= uint64_t{byte & 0x7Fu} << shift;
    if ((byte & 0x80) == 0) {
      offset_ = at + 1;
      return true;
    }
  }
  return false;
}

bool ByteReader::String(std::string* text) {
  uint64_t size;
  std::string_view bytes;
  if (!Varint(&size) || size > remaining() || !Raw(size, &bytes)) return false;
  text->assign(bytes);
  return true;
}

bool ByteReader::Strings(std::vector<std::string>* texts) {
  uint64_t count;
  // Lists in packs are short (a record's references); a longer one is
  // damage, refused before anything is allocated.
  if (!Varint(&count) || count > kMaxListSize || count > remaining()) {
    return false;
  }
  texts->resize(count);
  for (std::string& text : *texts) {
    if (!String(&text)) return false;
  }
  return true;
}

bool ByteReader::Raw(size_t size, std::string_view* bytes) {
  if (size > remaining()) return false;
  *bytes = bytes_.substr(offset_, size);
  offset_ += size;
  return true;
}

bool ByteReader::Until(char end, std::string_view* bytes) {
  const size_t at = bytes_.find(end, offset_);
  if (at == std::string_view::npos) return false;
  *bytes = bytes_.substr(offset_, at - offset_);
  offset_ = at + 1;
  return true;
}

}  // namespace billcode
