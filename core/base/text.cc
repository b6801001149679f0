#include "billcode/base/text.h"

#include <cstdint>

namespace billcode {
namespace {

// Code points for bytes 0x80-0x9F in Windows-1252; 0 where undefined.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool IsContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The Windows-1252 (or Latin-1) byte that `code_point` decodes from, or -1.
int Cp1252Byte(char32_t code_point) {
  if (code_point <= 0xFF) return static_cast<int>(code_point);
  for (int i = 0; i < 32; ++i) {
    if (kCp1252High[i] == code_point) return 0x80 + i;
  }
  return -1;
}

// How many continuation bytes follow a doubled lead byte of the repaired
// ranges (Â Ã; â ï), or 0 for another character.
int ContinuationsAfter(char32_t lead) {
  if (lead == 0xC2 || lead == 0xC3) return 1;
  if (lead == 0xE2 || lead == 0xEF) return 2;
  return 0;
}

// The UTF-8 bytes of one doubled character starting at `*pos` (its lead
// already decoded as `lead`, `*pos` past it), advancing past them; "" when
// the characters there are not one.
std::string DoubledCharacter(std::string_view text, char32_t lead,
                             size_t* pos) {
  const int continuations = ContinuationsAfter(lead);
  if (continuations == 0) return "";
  std::string bytes(1, static_cast<char>(lead));
  size_t end = *pos;
  for (int k = 0; k < continuations; ++k) {
    size_t next = end;
    char32_t code_point;
    if (next >= text.size() || !DecodeUtf8(text, &next, &code_point)) break;
    const int byte = Cp1252Byte(code_point);
    if (byte < 0x80 || byte > 0xBF) break;
    bytes.push_back(static_cast<char>(byte));
    end = next;
  }
  if (bytes == "\xE2\x80") bytes.push_back('\x9D');  // "â€" and a lost byte
  size_t check = 0;
  char32_t repaired;
  if (bytes.size() != static_cast<size_t>(continuations) + 1 ||
      !DecodeUtf8(bytes, &check, &repaired) || check != bytes.size()) {
    return "";
  }
  *pos = end;
  return bytes;
}

}  // namespace

bool DecodeUtf8(std::string_view text, size_t* pos, char32_t* code_point) {
  const auto lead = static_cast<unsigned char>(text[*pos]);
  size_t length = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if (lead < 0x80) {
    *code_point = lead;
    ++*pos;
    return true;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2, value = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, value = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, value = lead & 0x07, minimum = 0x10000;
  } else {
    ++*pos;
    return false;
  }
  if (*pos + length > text.size()) {
    ++*pos;
    return false;
  }
  for (size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[*pos + i]);
    if (!IsContinuation(byte)) {
      ++*pos;
      return false;
    }
    value = (value << 6) | (byte & 0x3F);
  }
  if (value < minimum || value > 0x10FFFF ||
      (value >= 0xD800 && value <= 0xDFFF)) {
    ++*pos;
    return false;
  }
  *code_point = value;
  *pos += length;
  return true;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string Cp1252ToUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out.push_back(c);
    } else if (byte < 0xA0) {
      const char16_t mapped = kCp1252High[byte - 0x80];
      AppendUtf8(mapped ? mapped : 0xFFFD, &out);
    } else {
      AppendUtf8(byte, &out);
    }
  }
  return out;
}

std::string RepairDoubleEncoding(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (size_t pos = 0; pos < utf8.size();) {
    const size_t start = pos;
    char32_t code_point;
    if (DecodeUtf8(utf8, &pos, &code_point)) {
      const std::string repaired = DoubledCharacter(utf8, code_point, &pos);
      if (!repaired.empty()) {
        out += repaired;
        continue;
      }
    }
    out.append(utf8.substr(start, pos - start));
  }
  return out;
}

std::string_view TrimAsciiSpace(std::string_view text) {
  const char* kSpace = " \t\r\n\v\f";
  const size_t first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  const size_t last = text.find_last_not_of(kSpace);
  return text.substr(first, last - first + 1);
}

bool IsAsciiDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool IsBlank(std::string_view text) { return TrimAsciiSpace(text).empty(); }

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::string AsciiLower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

std::string AsciiUpper(std::string_view text) {
  std::string upper(text);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return upper;
}

std::string NonBlankLines(std::string_view text) {
  std::string lines;
  for (const std::string_view line : SplitLines(text)) {
    const std::string_view trimmed = TrimAsciiSpace(line);
    if (trimmed.empty()) continue;
    if (!lines.empty()) lines += '\n';
    lines += trimmed;
  }
  return lines;
}

uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string TextAsUtf8(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  for (size_t pos = 0; pos < bytes.size();) {
    char32_t code_point;
    if (!DecodeUtf8(bytes, &pos, &code_point)) return Cp1252ToUtf8(bytes);
  }
  return std::string(bytes);
}

std::optional<std::string> Utf16ToUtf8(std::string_view bytes) {
  bool little;
  if (bytes.substr(0, 2) == "\xFF\xFE") {
    little = true;
    bytes.remove_prefix(2);
  } else if (bytes.substr(0, 2) == "\xFE\xFF") {
    little = false;
    bytes.remove_prefix(2);
  } else if (bytes.size() >= 4 && bytes[0] != 0 && bytes[1] == 0 &&
             bytes[2] != 0 && bytes[3] == 0) {
    little = true;
  } else if (bytes.size() >= 4 && bytes[0] == 0 && bytes[1] != 0 &&
             bytes[2] == 0 && bytes[3] != 0) {
    little = false;
  } else {
    return std::nullopt;
  }
  const auto unit = [&](size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return little ? a | (b << 8) : (a << 8) | b;
  };
  std::string text;
  text.reserve(bytes.size());
  for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
    char32_t code_point = unit(i);
    if (code_point >= 0xD800 && code_point <= 0xDBFF && i + 3 < bytes.size() &&
        unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF) {
      code_point =
          0x10000 + ((code_point - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      i += 2;
    } else if (code_point >= 0xD800 && code_point <= 0xDFFF) {
      code_point = 0xFFFD;
    }
    AppendUtf8(code_point, &text);
  }
  return text;
}

}  // namespace billcode
