// First pass over what a person typed or pasted: splits it into ASCII tokens
// at separators and finds characters that only look like code characters.
#ifndef BILLCODE_CODES_INPUT_SCANNER_H_
#define BILLCODE_CODES_INPUT_SCANNER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace billcode {

// A character of the input that is not plain ASCII code text.
struct CharacterFinding {
  size_t position = 0;    // 1-based character (not byte) position
  std::string character;  // the character as typed, UTF-8 ("\uFFFD" if
                          // the bytes were not UTF-8)
  std::string what;       // e.g. "Cyrillic letter", "zero-width space"
  char looks_like = 0;    // ASCII counterpart; 0 for an invisible one
};

struct InputToken {
  std::string text;               // ASCII, uppercase
  std::vector<size_t> positions;  // 1-based input position of each char
  bool marked = false;  // preceded by '-', ':' or a dash, not only spaces
};

struct ScannedInput {
  std::vector<InputToken> tokens;
  std::vector<CharacterFinding> lookalikes;  // mapped into the tokens
  std::optional<CharacterFinding> invalid;   // first unusable character
};

// Separators are white space (including no-break spaces), '-', ':',
// Unicode dashes and the marks ® and ™. Lookalikes (Cyrillic and Greek letters, full-width forms)
// enter the tokens as their ASCII counterpart and are listed; invisible
// characters (zero-width spaces, soft hyphens) are listed and dropped.
ScannedInput ScanInput(std::string_view text);

}  // namespace billcode

#endif  // BILLCODE_CODES_INPUT_SCANNER_H_
