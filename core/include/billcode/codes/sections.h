// Sections of the code sets: CPT Category I by number range, HCPCS Level II
// by leading characters, and the CPT categories and CDT as whole sections.
// Loaded once from the embedded data/ tables.
#ifndef BILLCODE_CODES_SECTIONS_H_
#define BILLCODE_CODES_SECTIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/codes/code_kind.h"

namespace billcode {

struct Section {
  std::string id;
  std::string name;
  std::string explanation;  // one plain-language sentence for patients
  std::string parent_id;    // empty for a top-level section
};

struct CptRange {
  int first = 0;
  int last = 0;
  const Section* section = nullptr;
};

// Top-level CPT Category I section holding `number` (0-99999), or nullptr
// when the number lies in no section (an unassigned range).
const Section* CptSectionOf(int number);

// Surgery body-system subsection holding `number`, or nullptr.
const Section* CptSubsectionOf(int number);

// The top-level section that every Category I completion of `digits`
// (1 to 5 digits) that lies in a section belongs to; nullptr when none or
// several do.
const Section* CptSectionOfPrefix(std::string_view digits);

// Level II section by the longest matching prefix of `code` ("J9" before
// "J"), or nullptr.
const Section* Level2SectionOf(std::string_view code);

// The section a whole kind stands for (CPT Category II, III, PLA, MAAA,
// CDT), or nullptr for kinds sectioned by code.
const Section* SectionOfKind(CodeKind kind);

// Who maintains codes of `kind`, and one plain sentence on what they are.
struct KindFacts {
  std::string maintainer;
  std::string name;
  std::string explanation;
};
const KindFacts* FactsOfKind(CodeKind kind);

// Every section (for tests and for listing), Category I ranges sorted by
// their first code.
const std::vector<CptRange>& CptRanges();
const Section* FindSection(std::string_view id);

}  // namespace billcode

#endif  // BILLCODE_CODES_SECTIONS_H_
