// Importers of the CMS HCPCS release (fixed width and CSV), on fixtures
// written in their layouts.
#include "billcode/import/hcpcs_import.h"

#include <gtest/gtest.h>

#include <map>

#include "billcode/import/hcpcs_csv_import.h"
#include "case_table.h"

namespace billcode {
namespace {

using testing::ReadFixture;

// A line of the CMS layout: code in columns 1-5, record id in column 11,
// description chunk from 12, short description from 92, and the dates.
std::string Line(std::string code, char record_id, std::string description,
                 size_t width = 320, std::string added = "20200101",
                 std::string termination = "") {
  std::string line(width, ' ');
  if (code.size() == 2) code = "   " + code;
  line.replace(0, code.size(), code);
  line.replace(5, 5, "00100");
  line[10] = record_id;
  line.replace(11, description.size(), description);
  auto put = [&](size_t column, const std::string& text) {
    if (column - 1 + text.size() <= line.size()) {
      line.replace(column - 1, text.size(), text);
    }
  };
  if (record_id == '3' || record_id == '7') {
    put(92, "Short " + code.substr(code.find_first_not_of(' ')));
    put(269, added);
    put(285, termination);
  }
  return line;
}

const LineGroup* FindGroup(const std::vector<LineGroup>& groups,
                           const std::string& reason) {
  for (const LineGroup& group : groups) {
    if (group.reason == reason) return &group;
  }
  return nullptr;
}

TEST(HcpcsImport, FixtureCountsEveryLine) {
  const HcpcsImport import = ImportHcpcsFixedWidth(
      ReadFixture("hcpcs_fixture.txt"), Edition("fixture"));
  ASSERT_EQ(import.error, "");
  const ReleaseCounts counts = import.release.Counts();
  EXPECT_EQ(counts.codes, 14);
  EXPECT_EQ(counts.modifiers, 7);
  EXPECT_EQ(counts.terminated, 3);
  EXPECT_EQ(import.report.lines, 35);
  EXPECT_EQ(import.report.SkippedLines(), 10);
  EXPECT_EQ(import.report.record_lines + import.report.continuation_lines +
                import.report.SkippedLines(),
            import.report.lines);
}

TEST(HcpcsImport, FixtureSkipsAreGroupedByReasonWithLineNumbers) {
  const HcpcsImport import = ImportHcpcsFixedWidth(
      ReadFixture("hcpcs_fixture.txt"), Edition("fixture"));
  const struct {
    const char* reason;
    int count;
    std::vector<int> lines;
  } expected[] = {
      {"not a HCPCS record (heading or disclaimer text)", 3, {1, 3, 26}},
      {"blank line", 3, {2, 4, 35}},
      {"duplicate record of a code already read", 1, {22}},
      {"continuation line without its first line", 2, {23, 24}},
      {"malformed code in columns 1-5", 1, {25}},
  };
  for (const auto& group : expected) {
    const LineGroup* found = FindGroup(import.report.skipped, group.reason);
    ASSERT_NE(found, nullptr) << group.reason;
    EXPECT_EQ(found->count, group.count) << group.reason;
    EXPECT_EQ(found->first_lines, group.lines) << group.reason;
  }
  EXPECT_EQ(import.report.skipped.size(), std::size(expected));
}

TEST(HcpcsImport, FixtureWarnsAboutPaddingAndDamagedDates) {
  const HcpcsImport import = ImportHcpcsFixedWidth(
      ReadFixture("hcpcs_fixture.txt"), Edition("fixture"));
  const LineGroup* padding = FindGroup(
      import.report.warnings, "longer than 320 columns: blank padding ignored");
  ASSERT_NE(padding, nullptr);
  EXPECT_EQ(padding->first_lines, std::vector<int>{17});
  const LineGroup* date = FindGroup(import.report.warnings,
                                    "invalid ASC effective date read as blank");
  ASSERT_NE(date, nullptr);
  EXPECT_EQ(date->first_lines, std::vector<int>{18});
}

TEST(HcpcsImport, SourceChecksumIsSet) {
  const std::string bytes = ReadFixture("hcpcs_fixture.txt");
  const HcpcsImport import = ImportHcpcsFixedWidth(bytes, Edition("x"));
  EXPECT_NE(import.release.info().source_checksum, 0u);
  const std::string changed = bytes.substr(0, bytes.size() - 3) + "x\r\n";
  EXPECT_NE(ImportHcpcsFixedWidth(changed, Edition("x"))
                .release.info()
                .source_checksum,
            import.release.info().source_checksum);
}

TEST(HcpcsImport, UnixLineEndingsAndMissingFinalNewlineAreRead) {
  const std::string text = Line("E0114", '3', "Crutches") + "\n" +
                           Line("E0114", '4', "and tips", 91);
  const HcpcsImport import = ImportHcpcsFixedWidth(text, Edition("x"));
  ASSERT_EQ(import.error, "");
  EXPECT_EQ(import.release.Find("E0114")->long_description,
            "Crutches and tips");
}

TEST(HcpcsImport, ShortFirstLineIsReadWithWarning) {
  const HcpcsImport import = ImportHcpcsFixedWidth(
      Line("A4206", '3', "Syringe", 150) + "\r\n", Edition("x"));
  ASSERT_EQ(import.error, "");
  const HcpcsRecord* record = import.release.Find("A4206");
  ASSERT_NE(record, nullptr);
  EXPECT_EQ(record->short_description, "Short A4206");
  EXPECT_TRUE(record->added.empty());
  EXPECT_NE(FindGroup(import.report.warnings,
                      "first line shorter than 293 columns: missing fields "
                      "read as blank"),
            nullptr);
}

TEST(HcpcsImport, TextPastColumn320IsReported) {
  std::string line = Line("A4206", '3', "Syringe", 330);
  line.back() = 'X';
  const HcpcsImport import = ImportHcpcsFixedWidth(line, Edition("x"));
  EXPECT_NE(FindGroup(import.report.warnings,
                      "longer than 320 columns: text after column 320 "
                      "ignored"),
            nullptr);
}

TEST(HcpcsImport, ModifierContinuationDoesNotJoinAProcedure) {
  const std::string text = Line("A4206", '3', "Syringe") + "\n" +
                           Line("RR", '8', "stray modifier text");
  const HcpcsImport import = ImportHcpcsFixedWidth(text, Edition("x"));
  EXPECT_EQ(import.release.Find("A4206")->long_description, "Syringe");
  EXPECT_EQ(import.report.SkippedLines(), 1);
}

TEST(HcpcsImport, ProcedureAndModifierWithSameLettersAreDistinct) {
  const std::string text =
      Line("RR", '7', "Rental") + "\n" + Line("E0114", '3', "Crutches");
  const HcpcsImport import = ImportHcpcsFixedWidth(text, Edition("x"));
  EXPECT_TRUE(import.release.Find("RR")->is_modifier);
  EXPECT_FALSE(import.release.Find("E0114")->is_modifier);
}

TEST(HcpcsImport, DatesAreParsed) {
  const HcpcsImport import = ImportHcpcsFixedWidth(
      Line("C9014", '3', "Drug", 320, "20180101", "20181231"), Edition("x"));
  const HcpcsRecord* record = import.release.Find("C9014");
  EXPECT_EQ(record->added, *Date::FromYmd(2018, 1, 1));
  EXPECT_EQ(record->termination, *Date::FromYmd(2018, 12, 31));
}

TEST(HcpcsImport, FilesWithoutRecordsAreAnError) {
  const std::string inputs[] = {
      "",
      "code,description\nE0114,Crutches\n",
      std::string(4096, '\xFF'),
      std::string("\0\0\0\0\n\0", 6),
  };
  for (const std::string& bytes : inputs) {
    const HcpcsImport import = ImportHcpcsFixedWidth(bytes, Edition("x"));
    EXPECT_NE(import.error, "");
    EXPECT_TRUE(import.release.records().empty());
  }
}

// The CSV edition (the XLSX file saved as CSV), in the CMS layout.
TEST(HcpcsCsvImport, ReadsRecordsAndModifiersByColumnName) {
  const std::string bytes = testing::ReadFixture("hcpcs_fixture.csv");
  ASSERT_TRUE(LooksLikeHcpcsCsv(bytes));
  EXPECT_FALSE(LooksLikeHcpcsCsv(testing::ReadFixture("hcpcs_fixture.txt")));
  const HcpcsImport import = ImportHcpcsCsv(bytes, Edition("fixture-csv"));
  ASSERT_EQ(import.error, "");
  const ReleaseCounts counts = import.release.Counts();
  EXPECT_EQ(counts.codes, 3);
  EXPECT_EQ(counts.modifiers, 1);
  EXPECT_EQ(counts.terminated, 1);
  const HcpcsRecord& crutches = *import.release.Find("E0114");
  EXPECT_EQ(crutches.short_description, "Fixture crutch pair");
  EXPECT_EQ(crutches.pricing_indicators, std::vector<std::string>{"32"});
  EXPECT_EQ(crutches.types_of_service,
            (std::vector<std::string>{"A", "P", "R"}));
  EXPECT_EQ(crutches.added.ToIso(), "1986-01-01");
  EXPECT_TRUE(import.release.Find("RR")->is_modifier);
  const HcpcsRecord& ended = *import.release.Find("C9014");
  EXPECT_EQ(ended.termination.ToIso(), "2018-12-31");
  EXPECT_EQ(ended.cross_references, std::vector<std::string>{"J0567"});
}

TEST(HcpcsCsvImport, ReportsEveryRowItDoesNotUse) {
  const HcpcsImport import = ImportHcpcsCsv(
      testing::ReadFixture("hcpcs_fixture.csv"), Edition("fixture-csv"));
  std::map<std::string, int> skipped;
  for (const LineGroup& group : import.report.skipped) {
    skipped[group.reason] = group.count;
  }
  EXPECT_EQ(skipped, (std::map<std::string, int>{
                         {"header", 1},
                         {"not a first record line (RECID 3 or 7)", 1},
                         {"malformed code in column HCPC", 1},
                         {"duplicate record of a code already read", 1}}));
  ASSERT_EQ(import.report.warnings.size(), 1u);
  EXPECT_EQ(import.report.warnings[0].reason,
            "invalid ADD DT date read as blank");
}

TEST(HcpcsCsvImport, ACsvWithoutTheColumnsIsAnError) {
  EXPECT_EQ(ImportHcpcsCsv("code,description\nE0114,x\n", Edition("x")).error,
            "no HCPC column (expected the CMS HCPCS file saved as CSV)");
}

}  // namespace
}  // namespace billcode
