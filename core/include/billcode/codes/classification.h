// Classify(): what a typed or pasted text is as a billing code, by its
// structure alone (no release data needed).
#ifndef BILLCODE_CODES_CLASSIFICATION_H_
#define BILLCODE_CODES_CLASSIFICATION_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "billcode/base/enum_names.h"
#include "billcode/codes/code_kind.h"
#include "billcode/codes/input_scanner.h"
#include "billcode/codes/sections.h"

namespace billcode {

#define BILLCODE_SHAPES(X)     \
  X(kComplete, "complete")     \
  X(kIncomplete, "incomplete") \
  X(kInvalid, "invalid")

BILLCODE_ENUM(Shape, BILLCODE_SHAPES)

#define BILLCODE_PROBLEMS(X)                    \
  X(kNone, "none")                              \
  X(kEmpty, "empty")                            \
  X(kTooShort, "too-short")                     \
  X(kTooLong, "too-long")                       \
  X(kInvalidCharacter, "invalid-character")     \
  X(kLookalikeCharacter, "lookalike-character") \
  X(kInvalidPrefix, "invalid-prefix")           \
  X(kUnassignedRange, "unassigned-range")       \
  X(kInvalidModifier, "invalid-modifier")

BILLCODE_ENUM(Problem, BILLCODE_PROBLEMS)

struct Classification {
  std::string input;                   // as given
  std::string code;                    // ASCII, uppercase; a lone modifier
                                       // is the code of a kModifier result
  std::vector<std::string> modifiers;  // written after the code
  CodeKind kind = CodeKind::kNone;
  int level = 0;  // HCPCS level: 1, 2, or 0 for none
  const Section* section = nullptr;
  const Section* subsection = nullptr;  // Surgery body system
  Shape shape = Shape::kInvalid;
  Problem problem = Problem::kNone;  // kTooShort for every incomplete code
  int missing_count = 0;             // characters still to type
  std::string missing;               // plain words, for incomplete codes
  std::string detail;                // plain words, for invalid input
  std::string suggestion;            // ASCII form for lookalike input
  std::vector<CharacterFinding> lookalikes;
  // Words written before or after the code, not read ("Office visit" of
  // "Office visit (99213)", "Dexamethasone" of "J1100 Dexamethasone").
  std::vector<std::string> passed_over;
};

// Answers whether a two-character text is a modifier of the loaded release.
using ModifierCheck = std::function<bool(std::string_view)>;

// Classifies `text`: trims, uppercases, drops spaces inside a code and a
// code set named before it ("CPT 99213", "HCPCS: J1100"), passes over
// words around it (a word of three letters or more before the first digit,
// other than a code set's name, with what comes up to the code; from a
// word of three letters or more, "x 4", '(', ',' or ';' after a digit on)
// into `passed_over`, splits modifiers written after it ("99213-25",
// "99213 25", "E0114-RR-NU"), and judges the code's kind, level, section
// and shape. A lone two-character
// text is a modifier when it is two digits from 22 up, two letters, or a
// modifier that `is_known_modifier` (may be empty) knows; otherwise it is
// read as the start of a code. Digits after white space continue a code
// shorter than five characters ("E 0114").
Classification Classify(std::string_view text,
                        const ModifierCheck& is_known_modifier = nullptr);

// Classify(), except that a complete five-character code with a
// two-character modifier written right after it ("E0114RR", "87880QW") is
// that code with that modifier (Classify() calls it too long).
Classification ClassifyCodeField(std::string_view text);

}  // namespace billcode

#endif  // BILLCODE_CODES_CLASSIFICATION_H_
