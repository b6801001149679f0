#include "billcode/codes/classification.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "billcode/base/text.h"

namespace billcode {
namespace {

constexpr size_t kCodeLength = 5;
constexpr std::string_view kLevel2Letters = "ABCEGHJKLMPQRSTUV";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return c >= 'A' && c <= 'Z'; }

std::string Plural(int count, std::string_view noun) {
  return std::to_string(count) + " more " + std::string(noun) +
         (count == 1 ? "" : "s");
}

std::string Quoted(std::string_view text) {
  return "\"" + std::string(text) + "\"";
}

std::string WithArticle(const std::string& noun) {
  const bool vowel = !noun.empty() && std::string_view("aeiou").find(noun[0]) !=
                                          std::string_view::npos;
  return (vowel ? "an " : "a ") + noun;
}

// "Character 6 ("#") is a character that is not part of a code."; an
// invisible or malformed character is not quoted.
std::string DescribeFinding(const CharacterFinding& finding) {
  std::string text = "Character " + std::to_string(finding.position);
  const bool shown = finding.character != "\xEF\xBF\xBD" &&
                     finding.what.rfind("invisible", 0) != 0;
  if (shown) text += " (" + Quoted(finding.character) + ")";
  text += " is " + WithArticle(finding.what);
  if (finding.looks_like == 0) return text + ".";
  return text + " that looks like " +
         Quoted(std::string(1, finding.looks_like)) + ".";
}

void SetInvalid(Problem problem, std::string detail, Classification* result) {
  result->shape = Shape::kInvalid;
  result->problem = problem;
  result->detail = std::move(detail);
}

// Reads a letter O where a digit belongs as a lookalike of zero; any other
// non-digit there makes the code invalid. Returns false when invalid.
bool RequireDigits(InputToken* code, size_t from, size_t to,
                   std::vector<CharacterFinding>* lookalikes,
                   Classification* result) {
  for (size_t i = from; i < to && i < code->text.size(); ++i) {
    char& c = code->text[i];
    if (IsDigit(c)) continue;
    if (c == 'O') {
      lookalikes->push_back(
          CharacterFinding{code->positions[i], "O", "letter O", '0'});
      c = '0';
      continue;
    }
    SetInvalid(Problem::kInvalidCharacter,
               "Character " + std::to_string(i + 1) + " of the code (" +
                   Quoted(std::string(1, c)) + ") should be a digit.",
               result);
    return false;
  }
  return true;
}

CodeKind CptKindForLastCharacter(char c) {
  switch (c) {
    case 'F':
      return CodeKind::kCptCategory2;
    case 'T':
      return CodeKind::kCptCategory3;
    case 'U':
      return CodeKind::kCptPla;
    case 'M':
      return CodeKind::kCptMaaa;
    default:
      return IsDigit(c) ? CodeKind::kCptCategory1 : CodeKind::kNone;
  }
}

void MarkIncomplete(std::string missing, int count, Classification* result) {
  result->shape = Shape::kIncomplete;
  result->problem = Problem::kTooShort;
  result->missing = std::move(missing);
  result->missing_count = count;
}

void ClassifyCpt(InputToken* code, std::vector<CharacterFinding>* lookalikes,
                 Classification* result) {
  const std::string& text = code->text;
  if (!RequireDigits(code, 1, 4, lookalikes, result)) return;
  if (text.size() < kCodeLength) {
    result->kind = CodeKind::kCptCategory1;
    result->level = 1;
    result->section = CptSectionOfPrefix(text);
    const int count = static_cast<int>(kCodeLength - text.size());
    MarkIncomplete(count == 1 ? "1 more character: a digit, or F, T, U or M"
                              : Plural(count, "character"),
                   count, result);
    return;
  }
  if (text[4] == 'O') RequireDigits(code, 4, 5, lookalikes, result);
  const CodeKind kind = CptKindForLastCharacter(text[4]);
  if (kind == CodeKind::kNone) {
    SetInvalid(Problem::kInvalidCharacter,
               "The last character of a CPT code is a digit, or F, T, U or "
               "M; not " +
                   Quoted(text.substr(4)) + ".",
               result);
    return;
  }
  result->kind = kind;
  result->level = 1;
  result->shape = Shape::kComplete;
  if (kind != CodeKind::kCptCategory1) {
    result->section = SectionOfKind(kind);
    return;
  }
  const int number = std::stoi(text);
  result->section = CptSectionOf(number);
  result->subsection = CptSubsectionOf(number);
  if (!result->section) {
    SetInvalid(Problem::kUnassignedRange,
               text + " lies in no CPT Category I section.", result);
  }
}

void ClassifyLetterCode(InputToken* code,
                        std::vector<CharacterFinding>* lookalikes,
                        Classification* result) {
  const std::string& text = code->text;
  const char prefix = text[0];
  if (prefix == 'D') {
    result->kind = CodeKind::kCdt;
    result->section = SectionOfKind(CodeKind::kCdt);
  } else if (kLevel2Letters.find(prefix) != std::string_view::npos) {
    result->kind = CodeKind::kHcpcsLevel2;
  } else {
    SetInvalid(Problem::kInvalidPrefix,
               "No HCPCS code starts with " + Quoted(std::string(1, prefix)) +
                   ". Level II codes start with A, B, C, E, G, H, J, K, L, M, "
                   "P, Q, R, S, T, U or V; D codes are dental (CDT).",
               result);
    return;
  }
  result->level = 2;
  if (!RequireDigits(code, 1, kCodeLength, lookalikes, result)) return;
  if (result->kind == CodeKind::kHcpcsLevel2) {
    result->section = Level2SectionOf(text);
  }
  if (text.size() < kCodeLength) {
    const int count = static_cast<int>(kCodeLength - text.size());
    MarkIncomplete(Plural(count, "digit"), count, result);
    return;
  }
  result->shape = Shape::kComplete;
}

void ClassifyCode(InputToken* code, std::vector<CharacterFinding>* lookalikes,
                  Classification* result) {
  if (code->text.size() > kCodeLength) {
    SetInvalid(Problem::kTooLong,
               "A code has 5 characters; this has " +
                   std::to_string(code->text.size()) + ".",
               result);
    return;
  }
  if (IsDigit(code->text[0])) {
    ClassifyCpt(code, lookalikes, result);
  } else {
    ClassifyLetterCode(code, lookalikes, result);
  }
}

bool IsLoneModifier(std::string_view text, bool marked,
                    const ModifierCheck& is_known_modifier) {
  if (text.size() != 2) return false;
  if (marked) return true;
  if (is_known_modifier && is_known_modifier(text)) return true;
  if (IsDigit(text[0]) && IsDigit(text[1])) return text >= "22";
  return IsLetter(text[0]) && IsLetter(text[1]);
}

void ClassifyModifier(std::string_view text, Classification* result) {
  result->kind = CodeKind::kModifier;
  result->level = IsDigit(text[0]) && IsDigit(text[1]) ? 1 : 2;
  result->shape = Shape::kComplete;
}

// The tokens from `first` on follow the code.
void CheckModifiers(const std::vector<InputToken>& tokens, size_t first,
                    Classification* result) {
  for (size_t i = first; i < tokens.size(); ++i) {
    const InputToken& token = tokens[i];
    result->modifiers.push_back(token.text);
    if (token.text.size() != 2 && result->shape != Shape::kInvalid) {
      SetInvalid(Problem::kInvalidModifier,
                 "A modifier has 2 characters; " + Quoted(token.text) +
                     " has " + std::to_string(token.text.size()) + ".",
                 result);
    }
  }
  if (first < tokens.size() && result->shape == Shape::kIncomplete) {
    SetInvalid(
        Problem::kTooShort,
        "The code before the modifiers is missing " + result->missing + ".",
        result);
  }
}

std::string JoinCode(const Classification& result) {
  std::string joined = result.code;
  for (const std::string& modifier : result.modifiers) {
    joined += "-" + modifier;
  }
  return joined;
}

// Lookalike input is never taken as the code it resembles: the result keeps
// no code or kind, and suggests the ASCII form when that form is complete.
void RejectLookalikes(std::vector<CharacterFinding> lookalikes,
                      Classification* result) {
  std::string detail;
  for (const CharacterFinding& finding : lookalikes) {
    detail += (detail.empty() ? "" : " ") + DescribeFinding(finding);
  }
  if (result->shape == Shape::kComplete) result->suggestion = JoinCode(*result);
  result->code.clear();
  result->modifiers.clear();
  result->kind = CodeKind::kNone;
  result->level = 0;
  result->section = result->subsection = nullptr;
  result->missing.clear();
  result->missing_count = 0;
  result->lookalikes = std::move(lookalikes);
  SetInvalid(Problem::kLookalikeCharacter, detail, result);
}

// Words that name a code set or label a code, written before it.
bool IsCodeSetLabel(std::string_view word) {
  return word == "CPT" || word == "HCPCS" || word == "CDT" || word == "CODE" ||
         word == "PROC";
}

bool IsAsciiSeparator(char c) {
  return c == ' ' || c == '-' || c == ':' || (c >= '\t' && c <= '\r');
}

// What ScanInput gives for input of ASCII letters (other than O), digits
// and separators (white space, '-', ':'), without positions: only a
// lookalike O refers to them. Empty for any other input.
std::optional<ScannedInput> ScanPlainInput(std::string_view text) {
  ScannedInput scanned;
  bool in_token = false;
  bool marked = false;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (IsAsciiSeparator(c)) {
      if (c == '-' || c == ':') marked = true;
      in_token = false;
      continue;
    }
    if (!(IsDigit(c) || IsLetter(c)) || c == 'O') return std::nullopt;
    if (!in_token) {
      scanned.tokens.emplace_back().marked = marked;
      marked = false;
      in_token = true;
    }
    scanned.tokens.back().text.push_back(c);
  }
  return scanned;
}

bool IsAsciiLetter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || IsDigit(c); }

// The length of the word of ASCII letters at text[at] (0 when text[at]
// does not start one, or the word runs on into digits).
size_t WordLength(std::string_view text, size_t at) {
  if (at > 0 && IsAsciiAlnum(text[at - 1])) return 0;
  size_t end = at;
  while (end < text.size() && IsAsciiLetter(text[end])) ++end;
  if (end < text.size() && IsDigit(text[end])) return 0;
  return end - at;
}

// Whether text[at] starts a count written with an "x" ("x 4", "x4").
bool StartsCount(std::string_view text, size_t at) {
  if (text[at] != 'x' && text[at] != 'X') return false;
  if (at > 0 && IsAsciiAlnum(text[at - 1])) return false;
  size_t digits = at + 1;
  while (digits < text.size() && text[digits] == ' ') ++digits;
  return digits < text.size() && IsDigit(text[digits]);
}

// Whether text[at] starts a dose written after the code ("1MG", "0.5 ML",
// "10 units"): a number after a space, then a unit of measure.
bool StartsDose(std::string_view text, size_t at) {
  static constexpr std::string_view kUnits[] = {
      "MG",   "MCG",   "ML", "CC",  "GM",   "IU",  "MEQ",
      "UNIT", "UNITS", "EA", "TAB", "TABS", "CAP", "CAPS"};
  if (at == 0 || text[at - 1] != ' ' || !IsDigit(text[at])) return false;
  size_t end = at;
  while (end < text.size() && (IsDigit(text[end]) || text[end] == '.')) ++end;
  if (end < text.size() && text[end] == ' ') ++end;
  const size_t letters = end;
  while (end < text.size() && IsAsciiLetter(text[end])) ++end;
  if (end < text.size() && IsAsciiAlnum(text[end])) return false;
  const std::string unit = AsciiUpper(text.substr(letters, end - letters));
  return std::find(std::begin(kUnits), std::end(kUnits), unit) !=
         std::end(kUnits);
}

// Whether the word at text[at] describes: three letters or more, not glued
// to a '-' or ':' before it ("E0114-RRR" is a mistyped modifier).
bool StartsDescription(std::string_view text, size_t at) {
  if (at > 0 && (text[at - 1] == '-' || text[at - 1] == ':')) return false;
  return WordLength(text, at) >= 3;
}

// Where the code's own text begins and ends in `text` (all of it when it
// has no digit).
// A word of three letters or more before the first digit, other than a
// code set's name, describes the code: it begins at the letters and digits
// of that digit. A word of three letters or more, a count "x 4", a dose
// "1 MG", '(' or ')', and ',' or ';' before another number, after the
// first digit, end it.
std::pair<size_t, size_t> CodeSpan(std::string_view text) {
  size_t first_digit = 0;
  while (first_digit < text.size() && !IsDigit(text[first_digit])) {
    ++first_digit;
  }
  if (first_digit == text.size()) return {0, text.size()};
  bool described = false;
  for (size_t i = 0; i < first_digit; ++i) {
    const size_t length = WordLength(text, i);
    if (length == 0) continue;
    const std::string word = AsciiUpper(text.substr(i, length));
    described = described || (length >= 3 && !IsCodeSetLabel(word));
    i += length;
  }
  size_t begin = 0;
  if (described) {
    begin = first_digit;
    while (begin > 0 && IsAsciiLetter(text[begin - 1])) --begin;
  }
  for (size_t i = first_digit; i < text.size(); ++i) {
    const char c = text[i];
    const bool list = (c == ',' || c == ';') &&
                      std::any_of(text.begin() + i, text.end(), IsDigit);
    if (c == '(' || c == ')' || list || StartsCount(text, i) ||
        StartsDose(text, i) ||
        (IsAsciiLetter(c) && StartsDescription(text, i))) {
      return {begin, i};
    }
  }
  return {begin, text.size()};
}

// `piece` without the spaces (no-break ones too) and punctuation around
// it ("" when that is all it is).
std::string Words(std::string_view piece) {
  constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
  for (bool trimmed = true; trimmed && !piece.empty();) {
    trimmed = false;
    while (!piece.empty() && !IsAsciiAlnum(piece.front()) &&
           static_cast<unsigned char>(piece.front()) < 0x80) {
      piece.remove_prefix(1);
    }
    while (!piece.empty() && !IsAsciiAlnum(piece.back()) &&
           static_cast<unsigned char>(piece.back()) < 0x80) {
      piece.remove_suffix(1);
    }
    if (piece.substr(0, 2) == kNoBreakSpace) {
      piece.remove_prefix(2);
      trimmed = true;
    }
    if (piece.size() >= 2 && piece.substr(piece.size() - 2) == kNoBreakSpace) {
      piece.remove_suffix(2);
      trimmed = true;
    }
  }
  return std::string(piece);
}

// The number of characters (code points) of UTF-8 `text`.
size_t CharacterCount(std::string_view text) {
  size_t count = 0;
  for (const char c : text)
    count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

}  // namespace

Classification Classify(std::string_view text,
                        const ModifierCheck& is_known_modifier) {
  Classification result;
  result.input = std::string(text);
  // Words around the code ("Office visit (99213)", "J1100 Dexamethasone")
  // are passed over.
  const auto [begin, end] = CodeSpan(text);
  for (const std::string_view piece :
       {text.substr(0, begin), text.substr(end)}) {
    if (std::string words = Words(piece); !words.empty()) {
      result.passed_over.push_back(std::move(words));
    }
  }
  text = text.substr(begin, end - begin);
  // Most input is plain ASCII: it needs no full scan.
  std::optional<ScannedInput> plain = ScanPlainInput(text);
  ScannedInput scanned = plain ? std::move(*plain) : ScanInput(text);
  if (begin > 0) {  // positions in the input as given
    const size_t before = CharacterCount(result.input.substr(0, begin));
    if (scanned.invalid) scanned.invalid->position += before;
    for (CharacterFinding& finding : scanned.lookalikes)
      finding.position += before;
    for (InputToken& token : scanned.tokens) {
      for (size_t& position : token.positions) position += before;
    }
  }
  if (scanned.invalid) {
    SetInvalid(Problem::kInvalidCharacter, DescribeFinding(*scanned.invalid),
               &result);
    return result;
  }
  if (scanned.tokens.empty()) {
    SetInvalid(Problem::kEmpty,
               scanned.lookalikes.empty()
                   ? "Nothing was entered."
                   : "Only invisible characters were entered.",
               &result);
    return result;
  }
  // A code set named before the code ("CPT 99213", "HCPCS: J1100") is no
  // part of it.
  const bool labelled =
      scanned.tokens.size() > 1 && IsCodeSetLabel(scanned.tokens[0].text);
  const size_t first = labelled ? 1 : 0;
  // Digits after white space continue a short code ("E 0114"); anything
  // else after it, or after a '-' or ':', is a modifier.
  InputToken code = std::move(scanned.tokens[first]);
  if (labelled) code.marked = false;  // "Code: 99213": the label's colon
  size_t next = first + 1;
  while (next < scanned.tokens.size() && code.text.size() < kCodeLength &&
         !scanned.tokens[next].marked &&
         IsAsciiDigits(scanned.tokens[next].text)) {
    const InputToken& token = scanned.tokens[next++];
    code.text += token.text;
    code.positions.insert(code.positions.end(), token.positions.begin(),
                          token.positions.end());
  }
  const bool lone = next == scanned.tokens.size();
  if (lone && IsLoneModifier(code.text, code.marked, is_known_modifier)) {
    ClassifyModifier(code.text, &result);
  } else {
    ClassifyCode(&code, &scanned.lookalikes, &result);
  }
  result.code = code.text;
  CheckModifiers(scanned.tokens, next, &result);
  if (!scanned.lookalikes.empty()) {
    RejectLookalikes(std::move(scanned.lookalikes), &result);
  }
  return result;
}

Classification ClassifyCodeField(std::string_view text) {
  Classification read = Classify(text);
  const std::string joined = read.code;  // trimmed and uppercased
  const auto is_modifier_shaped = [](std::string_view two) {
    return two.size() == 2 &&
           std::isalnum(static_cast<unsigned char>(two[0])) &&
           std::isalnum(static_cast<unsigned char>(two[1]));
  };
  if (read.problem != Problem::kTooLong || joined.size() != 7 ||
      !is_modifier_shaped(std::string_view(joined).substr(5))) {
    return read;
  }
  Classification head = Classify(std::string_view(joined).substr(0, 5));
  if (head.shape != Shape::kComplete || !head.modifiers.empty()) return read;
  head.input = read.input;
  head.modifiers = {joined.substr(5)};
  return head;
}

}  // namespace billcode
