// Byte and character helpers shared by the importers and the classifier.
#ifndef BILLCODE_BASE_TEXT_H_
#define BILLCODE_BASE_TEXT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace billcode {

// Decodes one UTF-8 sequence at `*pos` and advances past it. Returns false
// (advancing one byte) for a malformed, overlong or surrogate sequence.
bool DecodeUtf8(std::string_view text, size_t* pos, char32_t* code_point);

void AppendUtf8(char32_t code_point, std::string* out);

// Windows-1252 bytes to UTF-8; ASCII passes through unchanged.
std::string Cp1252ToUtf8(std::string_view bytes);

// The text of a file whose encoding is not declared, as UTF-8: without a
// UTF-8 byte-order mark, unchanged when it is valid UTF-8, else read as
// Windows-1252 (which covers Latin-1). CMS publishes both in one release.
std::string TextAsUtf8(std::string_view bytes);

// UTF-16 text (little or big endian, with or without a byte-order mark)
// as UTF-8; nullopt when `bytes` do not look like UTF-16 (a BOM, or a zero
// in every other byte of the first characters). Unpaired surrogates become
// U+FFFD.
std::optional<std::string> Utf16ToUtf8(std::string_view bytes);

// UTF-8 text with the characters that were encoded twice (UTF-8 read as
// Windows-1252 or Latin-1 and written as UTF-8 again: "mÃ©dica",
// "Patientâ€™s", "â€”") encoded once; the rest unchanged. Only the doubled
// forms of U+0080-U+00FF and of U+2000-U+2FFF and U+F000-U+FFFF (quotes,
// dashes, the byte-order mark) are repaired, the ones such files hold. A
// "â€" whose third byte (0x9D, undefined in Windows-1252) was lost is a
// right double quotation mark.
std::string RepairDoubleEncoding(std::string_view utf8);

std::string_view TrimAsciiSpace(std::string_view text);
// `text` with its ASCII letters in lower or upper case; other bytes as they
// are.
std::string AsciiLower(std::string_view text);
std::string AsciiUpper(std::string_view text);
bool IsAsciiDigits(std::string_view text);
bool IsBlank(std::string_view text);

// Splits `text` at '\n', dropping one trailing '\r' from each line. A final
// line without a newline is included when it is not empty.
std::vector<std::string_view> SplitLines(std::string_view text);

// The lines of `text` with their spaces trimmed and blank ones dropped,
// joined by '\n': a notice written with or without blank lines reads the
// same.
std::string NonBlankLines(std::string_view text);

// 64-bit FNV-1a hash, used as a checksum of files and packs.
uint64_t Fnv1a64(std::string_view bytes);

}  // namespace billcode

#endif  // BILLCODE_BASE_TEXT_H_
