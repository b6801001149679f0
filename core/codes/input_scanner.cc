#include "billcode/codes/input_scanner.h"

#include <cstdint>

#include "billcode/base/text.h"

namespace billcode {
namespace {

enum class CharRole { kCode, kSeparator, kLookalike, kInvisible, kInvalid };

struct Lookalike {
  char32_t code_point;
  char ascii;
  const char* what;
};

constexpr Lookalike kLookalikes[] = {
    {0x0410, 'A', "Cyrillic letter"}, {0x0412, 'B', "Cyrillic letter"},
    {0x0415, 'E', "Cyrillic letter"}, {0x041A, 'K', "Cyrillic letter"},
    {0x041C, 'M', "Cyrillic letter"}, {0x041D, 'H', "Cyrillic letter"},
    {0x041E, 'O', "Cyrillic letter"}, {0x0420, 'P', "Cyrillic letter"},
    {0x0421, 'C', "Cyrillic letter"}, {0x0422, 'T', "Cyrillic letter"},
    {0x0425, 'X', "Cyrillic letter"}, {0x0405, 'S', "Cyrillic letter"},
    {0x0406, 'I', "Cyrillic letter"}, {0x0408, 'J', "Cyrillic letter"},
    {0x0430, 'A', "Cyrillic letter"}, {0x0435, 'E', "Cyrillic letter"},
    {0x043E, 'O', "Cyrillic letter"}, {0x0440, 'P', "Cyrillic letter"},
    {0x0441, 'C', "Cyrillic letter"}, {0x0445, 'X', "Cyrillic letter"},
    {0x0455, 'S', "Cyrillic letter"}, {0x0456, 'I', "Cyrillic letter"},
    {0x0458, 'J', "Cyrillic letter"}, {0x0391, 'A', "Greek letter"},
    {0x0392, 'B', "Greek letter"},    {0x0395, 'E', "Greek letter"},
    {0x0396, 'Z', "Greek letter"},    {0x0397, 'H', "Greek letter"},
    {0x0399, 'I', "Greek letter"},    {0x039A, 'K', "Greek letter"},
    {0x039C, 'M', "Greek letter"},    {0x039D, 'N', "Greek letter"},
    {0x039F, 'O', "Greek letter"},    {0x03A1, 'P', "Greek letter"},
    {0x03A4, 'T', "Greek letter"},    {0x03A5, 'Y', "Greek letter"},
    {0x03A7, 'X', "Greek letter"},    {0x03BF, 'O', "Greek letter"},
};

constexpr char32_t kInvisibles[] = {0x00AD, 0x200B, 0x200C, 0x200D,
                                    0x2060, 0xFEFF, 0x180E};

bool IsWhiteSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f' || c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

bool IsSeparator(char32_t c) {
  // "CPT®", "CPT™": marks after a code set's name.
  if (c == 0x00AE || c == 0x2122) return true;
  return IsWhiteSpace(c) || c == '-' || c == ':' ||
         (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE63 ||
         c == 0xFF0D || c == 0xFF1A;
}

char AsciiUpper(char32_t c) {
  if (c >= 'a' && c <= 'z') return static_cast<char>(c - 'a' + 'A');
  return static_cast<char>(c);
}

CharRole RoleOf(char32_t c, char* ascii, const char** what) {
  if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
      (c >= 'a' && c <= 'z')) {
    *ascii = AsciiUpper(c);
    return CharRole::kCode;
  }
  if (IsSeparator(c)) return CharRole::kSeparator;
  if (c >= 0xFF10 && c <= 0xFF19) {
    *ascii = static_cast<char>('0' + (c - 0xFF10));
    *what = "full-width digit";
    return CharRole::kLookalike;
  }
  if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) {
    *ascii = AsciiUpper(c >= 0xFF41 ? c - 0xFF41 + 'a' : c - 0xFF21 + 'A');
    *what = "full-width letter";
    return CharRole::kLookalike;
  }
  for (const Lookalike& lookalike : kLookalikes) {
    if (lookalike.code_point == c) {
      *ascii = lookalike.ascii;
      *what = lookalike.what;
      return CharRole::kLookalike;
    }
  }
  for (char32_t invisible : kInvisibles) {
    if (invisible == c) {
      *what = "invisible character (such as a zero-width space)";
      return CharRole::kInvisible;
    }
  }
  *what =
      c < 0x80 ? "character that is not part of a code" : "non-ASCII character";
  return CharRole::kInvalid;
}

}  // namespace

ScannedInput ScanInput(std::string_view text) {
  ScannedInput scanned;
  scanned.tokens.reserve(4);  // a code and up to three modifiers
  bool in_token = false;
  bool marked = false;
  size_t position = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    char32_t c = static_cast<uint8_t>(text[pos]);
    const bool well_formed =
        c < 0x80 ? (++pos, true) : DecodeUtf8(text, &pos, &c);
    ++position;
    char ascii = 0;
    const char* what = "";
    CharRole role = well_formed ? RoleOf(c, &ascii, &what) : CharRole::kInvalid;
    if (!well_formed) what = "byte that is not valid UTF-8 text";
    // The character as typed, for findings only.
    const auto character = [&] {
      return well_formed ? std::string(text.substr(start, pos - start))
                         : std::string("\xEF\xBF\xBD");
    };
    switch (role) {
      case CharRole::kSeparator:
        if (!IsWhiteSpace(c)) marked = true;
        in_token = false;
        continue;
      case CharRole::kInvalid:
        if (!scanned.invalid) {
          scanned.invalid = CharacterFinding{position, character(), what, 0};
        }
        continue;
      case CharRole::kInvisible:
        scanned.lookalikes.push_back(
            CharacterFinding{position, character(), what, 0});
        continue;
      case CharRole::kLookalike:
        scanned.lookalikes.push_back(
            CharacterFinding{position, character(), what, ascii});
        break;
      case CharRole::kCode:
        break;
    }
    if (!in_token) {
      scanned.tokens.emplace_back();
      scanned.tokens.back().marked = marked;
      // Room for a code with its modifiers glued on: one allocation.
      scanned.tokens.back().positions.reserve(8);
      marked = false;
    }
    in_token = true;
    scanned.tokens.back().text.push_back(ascii);
    scanned.tokens.back().positions.push_back(position);
  }
  return scanned;
}

}  // namespace billcode
