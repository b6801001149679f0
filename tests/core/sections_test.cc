// The hand-written tables in data/ are complete and consistent.
#include "billcode/codes/sections.h"

#include <gtest/gtest.h>

#include "billcode/base/embedded_data.h"
#include "billcode/base/tsv.h"
#include "billcode/tables/field_values.h"

namespace billcode {
namespace {

TEST(Sections, CategoryOneRangesAreSortedAndDisjoint) {
  const std::vector<CptRange>& ranges = CptRanges();
  ASSERT_GE(ranges.size(), 7u);
  for (size_t i = 0; i < ranges.size(); ++i) {
    EXPECT_LE(ranges[i].first, ranges[i].last);
    if (i > 0) {
      EXPECT_LT(ranges[i - 1].last, ranges[i].first);
    }
  }
}

TEST(Sections, SurgerySubsectionsLieInsideSurgery) {
  for (int number = 10004; number <= 69990; number += 17) {
    const Section* subsection = CptSubsectionOf(number);
    if (subsection) {
      EXPECT_EQ(subsection->parent_id, "surgery") << number;
    }
    EXPECT_EQ(CptSectionOf(number)->id, "surgery") << number;
  }
}

TEST(Sections, EveryLevelTwoLetterHasASection) {
  for (char letter : std::string("ABCEGHJKLMPQRSTUV")) {
    const Section* section = Level2SectionOf(std::string(1, letter) + "0000");
    ASSERT_NE(section, nullptr) << letter;
    EXPECT_FALSE(section->explanation.empty()) << letter;
  }
  EXPECT_EQ(Level2SectionOf("D0120"), nullptr);
  EXPECT_EQ(Level2SectionOf("J9035")->id, "level2-j9");
  EXPECT_EQ(Level2SectionOf("J0567")->id, "level2-j");
}

TEST(Sections, EveryKindButNoneHasFacts) {
  for (size_t i = 1; i < std::size(kCodeKindNames); ++i) {
    const KindFacts* facts = FactsOfKind(static_cast<CodeKind>(i));
    ASSERT_NE(facts, nullptr) << kCodeKindNames[i];
    EXPECT_FALSE(facts->maintainer.empty());
    EXPECT_FALSE(facts->explanation.empty());
  }
  EXPECT_EQ(FactsOfKind(CodeKind::kNone), nullptr);
}

TEST(Sections, EverySectionHasNameAndExplanation) {
  for (const CptRange& range : CptRanges()) {
    EXPECT_FALSE(range.section->name.empty());
    EXPECT_FALSE(range.section->explanation.empty());
  }
  EXPECT_NE(FindSection("surgery-eye"), nullptr);
  EXPECT_EQ(FindSection("no-such-section"), nullptr);
}

TEST(FieldValues, CoverageCodesHaveMeanings) {
  for (const char* code : {"C", "D", "I", "M", "S"}) {
    EXPECT_FALSE(FieldValueMeaning("coverage", code).empty()) << code;
  }
  EXPECT_TRUE(FieldValueMeaning("coverage", "Z").empty());
  EXPECT_EQ(FieldValueMeaning("action", "D"), "Code discontinued");
}

// Every field, value and meaning row of both tables is found, and a value
// is not found under a field that does not list it.
TEST(FieldValues, EveryRowOfTheTablesIsFound) {
  const struct {
    std::string_view tsv;
    std::string_view (*meaning)(std::string_view, std::string_view);
  } tables[] = {{embedded::HcpcsFieldValuesTsv(), &FieldValueMeaning},
                {embedded::PfsFieldValuesTsv(), &PfsFieldMeaning}};
  for (const auto& table : tables) {
    int rows = 0;
    for (const TsvRow& row : ParseTsv(table.tsv)) {
      if (row.size() != 3) continue;
      ++rows;
      EXPECT_EQ(table.meaning(row[0], row[1]), row[2])
          << row[0] << " " << row[1];
      EXPECT_EQ(table.meaning(std::string(row[0]) + "x", row[1]), "");
      EXPECT_EQ(table.meaning(row[0], std::string(row[1]) + "x"), "");
    }
    EXPECT_GT(rows, 20);
  }
}

}  // namespace
}  // namespace billcode
