// Printed CMS-1500 forms: box 1's program, box 1a's insured ID and the
// NPIs of boxes 17b, 32a and 33a, each read beside its label or under it.
#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

#include "billcode/base/text.h"
#include "billcode/claims/input/cms1500_text.h"
#include "printed_form_words.h"

namespace billcode {
namespace {

using printed::DigitsOf;
using printed::Words;

// How many lines under a label its value may stand: the form prints a
// second label line under some boxes ("(Medicare#)  (Medicaid#) ...").
constexpr size_t kLinesUnderLabel = 2;

// A word with its column in its line.
struct Placed {
  std::string_view word;
  size_t column = 0;
};

std::vector<Placed> PlacedWords(std::string_view line) {
  std::vector<Placed> placed;
  for (std::string_view word : Words(line)) {
    placed.push_back({word, static_cast<size_t>(word.data() - line.data())});
  }
  return placed;
}

// `word` in capitals without the punctuation around it: "(Medicare#)" is
// "MEDICARE", "17b." is "17B".
std::string Bare(std::string_view word) {
  while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word[0]))) {
    word.remove_prefix(1);
  }
  while (!word.empty() &&
         !std::isalnum(static_cast<unsigned char>(word.back()))) {
    word.remove_suffix(1);
  }
  return AsciiUpper(word);
}

// Box 1a's ID: 5 to 20 letters, digits and dashes, a digit among them (a
// Medicare Beneficiary Identifier, a plan's member ID).
bool IsInsuredId(std::string_view word) {
  return word.size() >= 5 && word.size() <= 20 &&
         std::any_of(word.begin(), word.end(),
                     [](char c) {
                       return std::isdigit(static_cast<unsigned char>(c));
                     }) &&
         std::all_of(word.begin(), word.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
         });
}

bool IsNpiWord(std::string_view word) { return DigitsOf(word, 10); }

// A box's label: "18.", "32b.", "a." (a number and a letter, or a letter,
// then a dot).
bool IsBoxLabel(std::string_view word) {
  if (word.size() < 2 || word.size() > 4 || word.back() != '.') return false;
  const std::string_view bare = word.substr(0, word.size() - 1);
  size_t digits = 0;
  while (digits < bare.size() &&
         std::isdigit(static_cast<unsigned char>(bare[digits]))) {
    ++digits;
  }
  return digits <= 2 && bare.size() - digits <= 1 && !bare.empty();
}

// The first word of `line` from `column` on (less `slack`) that `is_value`
// accepts, before the next box's label when `within_box`; "" when none.
template <typename Predicate>
std::string_view ValueFrom(std::string_view line, size_t column, size_t slack,
                           bool within_box, Predicate is_value) {
  for (const Placed& placed : PlacedWords(line)) {
    if (placed.column + slack < column) continue;
    if (is_value(placed.word)) return placed.word;
    if (within_box && IsBoxLabel(placed.word)) break;
  }
  return {};
}

// The value of the label at `lines[i]`'s `label` word: after the label in
// its box, else under it on the next lines.
template <typename Predicate>
std::string ValueOfLabel(const std::vector<std::string_view>& lines, size_t i,
                         const Placed& label, Predicate is_value) {
  std::string_view value =
      ValueFrom(lines[i], label.column + label.word.size(), 0, true, is_value);
  for (size_t under = i + 1;
       value.empty() && under < lines.size() && under <= i + kLinesUnderLabel;
       ++under) {
    value = ValueFrom(lines[under], label.column, 4, false, is_value);
  }
  return std::string(value);
}

// Box 1's programs, as the form labels them, and the payer class each is.
struct Program {
  std::string_view label;
  std::string_view payer;  // "" for a program of no payer class
};
constexpr Program kPrograms[] = {{"MEDICARE", "medicare"},
                                 {"MEDICAID", "medicaid"},
                                 {"TRICARE", ""},
                                 {"CHAMPVA", ""},
                                 {"GROUP", "commercial"},
                                 {"FECA", ""},
                                 {"OTHER", ""}};

const Program* ProgramOf(std::string_view word) {
  const std::string bare = Bare(word);
  for (const Program& program : kPrograms) {
    if (bare == program.label) return &program;
  }
  return nullptr;
}

bool IsCheckMark(std::string_view word) {
  return word == "X" || word == "x" || word == "[X]" || word == "[x]" ||
         word == "\xE2\x98\x92" /* ☒ */ || word == "\xE2\x9C\x93" /* ✓ */;
}

// Box 1's checked program when `lines[i]` holds its labels: the label an
// X stands just before, on that line or under it. nullopt when the line
// is not box 1's.
std::optional<std::string> CheckedProgram(
    const std::vector<std::string_view>& lines, size_t i) {
  const std::vector<Placed> words = PlacedWords(lines[i]);
  std::vector<Placed> labels;
  for (const Placed& placed : words) {
    if (ProgramOf(placed.word)) labels.push_back(placed);
  }
  const auto has = [&](std::string_view label) {
    return std::any_of(labels.begin(), labels.end(),
                       [&](const Placed& p) { return Bare(p.word) == label; });
  };
  if (!has("MEDICARE") || !has("MEDICAID")) return std::nullopt;
  for (size_t w = 0; w + 1 < words.size(); ++w) {
    if (IsCheckMark(words[w].word)) {
      if (const Program* program = ProgramOf(words[w + 1].word)) {
        return std::string(program->payer);
      }
    }
  }
  // Under the labels: the label that starts closest after the mark (the
  // box is printed left of its label).
  for (size_t under = i + 1;
       under < lines.size() && under <= i + kLinesUnderLabel; ++under) {
    for (const Placed& mark : PlacedWords(lines[under])) {
      if (!IsCheckMark(mark.word)) continue;
      const Placed* nearest = nullptr;
      for (const Placed& label : labels) {
        if (label.column + 2 < mark.column) continue;
        if (!nearest || label.column < nearest->column) nearest = &label;
      }
      if (nearest) return std::string(ProgramOf(nearest->word)->payer);
    }
  }
  return std::string();
}

bool IsInsuredIdLabel(const std::vector<Placed>& words, size_t w) {
  if (Bare(words[w].word) != "1A" || w + 1 >= words.size()) return false;
  const std::string next = Bare(words[w + 1].word);
  return next.rfind("INSURED", 0) == 0;
}

// The NPI of the box an NPI label word names ("17b.", "32a", "33a");
// nullptr for another word.
std::string* NpiOfLabel(std::string_view word, Cms1500Parties* parties) {
  const std::string bare = Bare(word);
  if (bare == "17B") return &parties->referring_npi;
  if (bare == "32A") return &parties->facility_npi;
  if (bare == "33A") return &parties->billing_npi;
  return nullptr;
}

// Columns of boxes 32 and 33 when `line` holds their labels ("32. SERVICE
// FACILITY LOCATION INFORMATION   33. BILLING PROVIDER INFO & PH #").
struct BottomBoxes {
  std::optional<size_t> facility, billing;
};
void NoteBottomBoxes(std::string_view line, BottomBoxes* boxes) {
  const std::vector<Placed> words = PlacedWords(line);
  for (size_t w = 0; w + 1 < words.size(); ++w) {
    const std::string next = Bare(words[w + 1].word);
    if (Bare(words[w].word) == "32" && next == "SERVICE") {
      boxes->facility = words[w].column;
    } else if (Bare(words[w].word) == "33" && next == "BILLING") {
      boxes->billing = words[w].column;
    }
  }
}

// The form prints 32a and 33a as "a." under boxes 32 and 33: "a. NPI" in
// the box of the label whose column is nearest to its left.
void ReadUnlabeledNpis(std::string_view line, const BottomBoxes& boxes,
                       Cms1500Parties* parties) {
  const std::vector<Placed> words = PlacedWords(line);
  for (size_t w = 0; w + 1 < words.size(); ++w) {
    if (Bare(words[w].word) != "A" || !IsNpiWord(words[w + 1].word)) continue;
    const size_t column = words[w].column;
    const bool billing =
        boxes.billing && (!boxes.facility || column + 4 >= *boxes.billing);
    std::string& npi = billing ? parties->billing_npi : parties->facility_npi;
    if (npi.empty()) npi = std::string(words[w + 1].word);
  }
}

}  // namespace

Cms1500Parties ReadCms1500Parties(std::string_view text) {
  Cms1500Parties parties;
  const std::vector<std::string_view> lines = SplitLines(text);
  BottomBoxes boxes;
  bool program_read = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!program_read) {
      if (std::optional<std::string> program = CheckedProgram(lines, i)) {
        parties.program = std::move(*program);
        program_read = true;
      }
    }
    const std::vector<Placed> words = PlacedWords(lines[i]);
    for (size_t w = 0; w < words.size(); ++w) {
      if (parties.insured_id.empty() && IsInsuredIdLabel(words, w)) {
        parties.insured_id =
            ValueOfLabel(lines, i, words[w], [](std::string_view word) {
              return IsInsuredId(word) && !IsNpiWord(word);
            });
      }
      std::string* npi = NpiOfLabel(words[w].word, &parties);
      if (npi && npi->empty())
        *npi = ValueOfLabel(lines, i, words[w], IsNpiWord);
    }
    NoteBottomBoxes(lines[i], &boxes);
    if (boxes.facility || boxes.billing) {
      ReadUnlabeledNpis(lines[i], boxes, &parties);
    }
  }
  return parties;
}

}  // namespace billcode
