// Importers of the NCCI, ICD-10-CM and Place of Service files, on fixtures
// written in the official formats, and their data packs.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "billcode/base/csv.h"
#include "billcode/import/icd10cm_import.h"
#include "billcode/import/ncci_addon_import.h"
#include "billcode/import/ncci_mue_import.h"
#include "billcode/import/ncci_ptp_import.h"
#include "billcode/import/place_of_service_import.h"
#include "billcode/pack/pack.h"
#include "billcode/tables/data_set.h"
#include "case_table.h"

namespace billcode {
namespace {

using testing::ReadFixture;

Date Day(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

TEST(ParseCsv, QuotedCellsHoldCommasQuotesAndNewlines) {
  const CsvParse csv =
      ParseCsv("a,\"b,c\",\"d \"\"e\"\"\"\r\n\r\n\"multi\r\nline\",x\n");
  ASSERT_EQ(csv.error, "");
  ASSERT_EQ(csv.records.size(), 2u);
  EXPECT_EQ(csv.records[0].cells,
            (std::vector<std::string>{"a", "b,c", "d \"e\""}));
  EXPECT_EQ(csv.records[1].cells,
            (std::vector<std::string>{"multi\nline", "x"}));
  EXPECT_EQ(csv.records[1].line, 3);
}

TEST(ParseCsv, UnclosedQuoteIsAnErrorWithItsLine) {
  const CsvParse csv = ParseCsv("a,b\nc,\"open\nstill open");
  EXPECT_EQ(csv.error, "a quoted cell is not closed");
  EXPECT_EQ(csv.error_line, 2);
  EXPECT_EQ(csv.records.size(), 1u);
}

TEST(MueImport, ReadsRowsAndKeepsTheNotice) {
  const MueImport import = ImportMueCsv(
      ReadFixture("mue_practitioner_fixture.csv"),
      MueInfoFromFileName("MCR_MUE_PractitionerServices_Eff_04-01-2026.csv"),
      Setting::kPractitioner);
  ASSERT_EQ(import.error, "");
  EXPECT_EQ(import.table.entries().size(), 13u);
  EXPECT_EQ(import.report.SkippedLines(), 3);  // notice, header, bad row
  EXPECT_NE(import.table.info().notice.find("American Medical Association"),
            std::string::npos);
  EXPECT_NE(import.table.info().notice.find("CPT\u00AE"), std::string::npos);
  EXPECT_EQ(import.table.info().edition, "2026-04-01");
  const MueEntry* entry = import.table.Find("20610");
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->value, 2);
  EXPECT_EQ(entry->adjudication_indicator, 1);
  EXPECT_EQ(import.table.Find("99070")->value, 0);
  EXPECT_EQ(import.table.Find("99214"), nullptr);
}

TEST(MueImport, ValuesBeyondAnIntAreSkippedWithAReason) {
  const MueImport import = ImportMueCsv(
      "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication "
      "Indicator,MUE Rationale\n"
      "J1100,4294967297,3 Date of Service Edit: Clinical,Data\n"
      "J1110,2147483648,3 Date of Service Edit: Clinical,Data\n"
      "J1120,2147483647,3 Date of Service Edit: Clinical,Data\n",
      Edition("overflow"), Setting::kPractitioner);
  ASSERT_EQ(import.error, "");
  EXPECT_EQ(import.table.Find("J1100"), nullptr);
  EXPECT_EQ(import.table.Find("J1110"), nullptr);
  EXPECT_EQ(import.table.Find("J1120")->value, 2147483647);
  ASSERT_EQ(import.report.skipped.size(), 2u);  // header, out of range
  EXPECT_EQ(import.report.skipped[1].reason,
            "MUE value out of range (more than 2147483647)");
  EXPECT_EQ(import.report.skipped[1].count, 2);
  // A pack of the table reads back: no value the reader rejects.
  EXPECT_EQ(ReadPack(WritePack(import.table)).error, PackError::kOk);
}

TEST(MueImport, SettingComesFromTheFileName) {
  const struct {
    const char* name;
    Setting setting;
  } cases[] = {
      {"MCR_MUE_PractitionerServices_Eff_04-01-2026.csv",
       Setting::kPractitioner},
      {"MCR_MUE_OutpatientHospitalServices_Eff_04-01-2026.csv",
       Setting::kOutpatientHospital},
      {"MCR_MUE_DMESupplierServices_Eff_04-01-2026.csv", Setting::kDme},
  };
  for (const auto& c : cases) {
    Setting setting;
    ASSERT_TRUE(SettingFromFileName(c.name, &setting)) << c.name;
    EXPECT_EQ(setting, c.setting) << c.name;
  }
  Setting setting;
  EXPECT_FALSE(SettingFromFileName("mue.csv", &setting));
}

TEST(AddOnImport, ReadsJulianDatesAndTypes) {
  const AddOnImport import =
      ImportAddOnCsv(ReadFixture("aoc_fixture.csv"),
                     AddOnInfoFromFileName("AOC_V2026Q2-MCR.csv"));
  ASSERT_EQ(import.error, "");
  EXPECT_EQ(import.table.edits().size(), 11u);
  EXPECT_EQ(import.report.SkippedLines(), 3);
  EXPECT_EQ(import.table.info().edition, "2026Q2");
  EXPECT_EQ(import.table.info().release_date, Day(2026, 4, 1));
  const auto [first, last] = import.table.EditsOf("11045");
  ASSERT_EQ(last - first, 3);
  EXPECT_EQ(first->type, 1);
  EXPECT_EQ(first->effective, Day(2013, 4, 1));
  EXPECT_EQ(first[2].primary_deleted, Day(2015, 12, 31));
  const auto [contractor, end] = import.table.EditsOf("0054T");
  ASSERT_EQ(end - contractor, 1);
  EXPECT_EQ(contractor->type, 2);
  EXPECT_EQ(contractor->primary_code, "CCCCC");
  const AddOnEdit& deleted = *import.table.EditsOf("0081T").first;
  EXPECT_TRUE(IsActiveOn(deleted, Day(2013, 12, 31)));
  EXPECT_FALSE(IsActiveOn(deleted, Day(2014, 1, 1)));
  EXPECT_FALSE(IsActiveOn(deleted, Day(2013, 3, 31)));
}

// Every distinct note of the CMS add-on code file (2026 Q2) and what the
// checks do with it.
TEST(AddOnNotes, EveryNoteOfTheOfficialFileHasAnEffect) {
  const struct {
    const char* note;
    AddOnNoteEffect effect;
  } kNotes[] = {
      {"", AddOnNoteEffect::kNone},
      {"Contractor Defined Primary Codes", AddOnNoteEffect::kInformational},
      {"Based on Internet-Only Manual, Medicare Claims Processing Manual, "
       "Publication 100-04, Chapter 12, Section 20.4.5 (Allowable "
       "Adjustments)",
       AddOnNoteEffect::kInformational},
      {"(Temporarily suspended retroactive to 1/1/2019)",
       AddOnNoteEffect::kSuspended},
      {"96360 (Practitioner Only)", AddOnNoteEffect::kPrimaryPractitionerOnly},
      {"96376 may be reported by facilities only",
       AddOnNoteEffect::kFacilitiesOnly},
      {"a note nobody wrote yet", AddOnNoteEffect::kUnknown},
  };
  for (const auto& [note, effect] : kNotes) {
    EXPECT_EQ(NoteEffectOf(note), effect) << note;
  }
}

TEST(AddOnNotes, AnEditDeletedOnItsEffectiveDateNeverApplies) {
  AddOnEdit edit;
  edit.effective = Day(2019, 1, 1);
  edit.deleted = Day(2019, 1, 1);
  EXPECT_FALSE(IsActiveOn(edit, Day(2019, 1, 1)));
  edit.deleted = Date();
  EXPECT_TRUE(IsActiveOn(edit, Day(2019, 1, 1)));
  edit.note = "(Temporarily suspended retroactive to 1/1/2019)";
  EXPECT_FALSE(IsActiveOn(edit, Day(2019, 1, 1)));
}

TEST(Icd10Import, BillableCodesCategoriesAndFiscalYear) {
  const Icd10Import import = ImportIcd10Codes(
      ReadFixture("icd10cm-codes-fixture-2026.txt"), Edition("FY2026"), 2026);
  ASSERT_EQ(import.error, "");
  EXPECT_EQ(import.table.codes().size(), 10u);
  EXPECT_EQ(import.report.SkippedLines(), 2);
  EXPECT_EQ(import.table.valid_from(), Day(2025, 10, 1));
  EXPECT_EQ(import.table.valid_to(), Day(2026, 9, 30));
  EXPECT_NE(import.table.Find("E119"), nullptr);
  EXPECT_NE(import.table.Find("QA00101"), nullptr);
  EXPECT_EQ(import.table.Find("E11"), nullptr);
  EXPECT_TRUE(import.table.HasMoreSpecific("E11"));
  EXPECT_TRUE(import.table.HasMoreSpecific("S525"));
  EXPECT_FALSE(import.table.HasMoreSpecific("E119"));
  EXPECT_FALSE(import.table.HasMoreSpecific("Z99"));
}

TEST(Icd10Shape, DiagnosisFormats) {
  const struct {
    const char* text;
    bool shaped;
    const char* normal;
  } cases[] = {
      {"E11.9", true, "E119"},       {"e119", true, "E119"},
      {"S52.501A", true, "S52501A"}, {"QA00101", true, "QA00101"},
      {"I10", true, "I10"},          {"E1", false, "E1"},
      {"11.9", false, "119"},        {"E11.9.1", false, "E1191"},
      {"E11-9", false, "E11-9"},     {"E119ABCD", false, "E119ABCD"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(IsIcd10Shaped(c.text), c.shaped) << c.text;
    EXPECT_EQ(NormalizeDiagnosis(c.text), c.normal) << c.text;
  }
  EXPECT_EQ(DisplayDiagnosis("E119"), "E11.9");
  EXPECT_EQ(DisplayDiagnosis("S52501A"), "S52.501A");
  EXPECT_EQ(DisplayDiagnosis("I10"), "I10");
  EXPECT_EQ(FiscalYearFromFileName("icd10cm-codes-2026.txt"), 2026);
  EXPECT_EQ(FiscalYearFromFileName("codes.txt"), 0);
}

TEST(PlaceOfServiceImport, ReadsQuotedDescriptions) {
  const PlaceOfServiceImport import = ImportPlaceOfServiceCsv(
      ReadFixture("place_of_service_fixture.csv"), Edition("fixture"));
  ASSERT_EQ(import.error, "");
  EXPECT_EQ(import.table.places().size(), 4u);
  EXPECT_EQ(import.report.SkippedLines(), 2);
  EXPECT_EQ(import.table.Find("02")->description,
            "Fixture text, with a comma.");
  EXPECT_EQ(import.table.Find("11")->name, "Office");
  EXPECT_EQ(import.table.Find("99"), nullptr);
}

TEST(PtpImport, ReadsTheTabDelimitedLayout) {
  const PtpImport import =
      ImportPtpText(ReadFixture("ptp_fixture.txt"), Edition("fixture"));
  ASSERT_EQ(import.error, "");
  EXPECT_EQ(import.table.edits().size(), 5u);
  EXPECT_EQ(import.report.SkippedLines(), 2);
  EXPECT_NE(import.table.info().notice.find("American Medical Association"),
            std::string::npos);
  const auto found = import.table.Find("20610", "20604");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->deletion, Day(2020, 12, 31));
  EXPECT_EQ(found[0]->modifier_indicator, 1);
  EXPECT_TRUE(IsActiveOn(*found[0], Day(2020, 12, 31)));
  EXPECT_FALSE(IsActiveOn(*found[0], Day(2021, 1, 1)));
  EXPECT_TRUE(import.table.Find("29880", "29877")[0]->deletion.empty());
  EXPECT_TRUE(import.table.Find("29877", "29880").empty());
}

// Sorted by pair whatever the file's order; a pair's edits in file order.
TEST(PtpImport, EditsAreSortedByPairAndEachPairKeepsFileOrder) {
  const char* header = "Column 1\tColumn 2\t*\tEffective\tDeletion\tModifier\n";
  for (const char* rows : {
           "20610\t20604\t\t20190101\t20191231\t0\n"
           "20610\t20604\t\t20200101\t*\t1\n"
           "29880\t29877\t\t20200101\t*\t1\n",
           "29880\t29877\t\t20200101\t*\t1\n"
           "20610\t20604\t\t20190101\t20191231\t0\n"
           "11042\t97597\t\t20200101\t*\t1\n"
           "20610\t20604\t\t20200101\t*\t1\n",
       }) {
    const PtpImport import =
        ImportPtpText(std::string(header) + rows, Edition("order"));
    ASSERT_EQ(import.error, "") << rows;
    const std::vector<PtpEdit>& edits = import.table.edits();
    EXPECT_TRUE(std::is_sorted(edits.begin(), edits.end(),
                               [](const PtpEdit& a, const PtpEdit& b) {
                                 return std::tie(a.column1, a.column2) <
                                        std::tie(b.column1, b.column2);
                               }))
        << rows;
    const auto pair = import.table.Find("20610", "20604");
    ASSERT_EQ(pair.size(), 2u) << rows;
    EXPECT_EQ(pair[0]->effective, Day(2019, 1, 1)) << rows;
    EXPECT_EQ(pair[1]->effective, Day(2020, 1, 1)) << rows;
    EXPECT_EQ(import.table.Find("29880", "29877").size(), 1u) << rows;
  }
}

// Codes of any length sort as text (longer than the numeric keys hold).
TEST(PtpTable, LongCodesSortByPairInFileOrder) {
  const auto edit = [](const char* column1, int year) {
    PtpEdit made;
    made.column1 = column1;
    made.column2 = "20604";
    made.effective = Day(year, 1, 1);
    return made;
  };
  const PtpTable table(Edition("long"),
                       {edit("LONGCODE9", 2019), edit("20610", 2018),
                        edit("LONGCODE9", 2020), edit("LONGCODE1", 2021)});
  std::vector<std::string> order;
  for (const PtpEdit& each : table.edits()) {
    order.push_back(each.column1 + "/" + std::to_string(each.effective.year()));
  }
  EXPECT_EQ(order,
            (std::vector<std::string>{"20610/2018", "LONGCODE1/2021",
                                      "LONGCODE9/2019", "LONGCODE9/2020"}));
}

TEST(ReferenceImports, WrongFilesAreErrors) {
  const std::string hcpcs = ReadFixture("hcpcs_fixture.txt");
  EXPECT_NE(ImportMueCsv(hcpcs, Edition("x"), Setting::kDme).error, "");
  EXPECT_NE(ImportAddOnCsv(hcpcs, Edition("x")).error, "");
  EXPECT_NE(ImportPlaceOfServiceCsv(hcpcs, Edition("x")).error, "");
  EXPECT_NE(ImportPtpText(hcpcs, Edition("x")).error, "");
  EXPECT_NE(ImportIcd10Codes("", Edition("x"), 2026).error, "");
  EXPECT_NE(ImportMueCsv("\"unclosed", Edition("x"), Setting::kDme).error, "");
}

// Every kind of table survives a pack round trip.
TEST(Pack, EveryTableKindRoundTrips) {
  const std::vector<DataPack> packs = {
      ImportMueCsv(ReadFixture("mue_practitioner_fixture.csv"), Edition("m"),
                   Setting::kDme)
          .table,
      ImportAddOnCsv(ReadFixture("aoc_fixture.csv"), Edition("a")).table,
      ImportIcd10Codes(ReadFixture("icd10cm-codes-fixture-2026.txt"),
                       Edition("i"), 2026)
          .table,
      ImportPlaceOfServiceCsv(ReadFixture("place_of_service_fixture.csv"),
                              Edition("p"))
          .table,
  };
  for (const DataPack& pack : packs) {
    const std::string bytes = WritePack(pack);
    const PackRead read = ReadPack(bytes);
    ASSERT_EQ(read.error, PackError::kOk) << read.message;
    EXPECT_EQ(read.pack.index(), pack.index());
    EXPECT_EQ(WritePack(read.pack), bytes);
    EXPECT_EQ(InfoOf(read.pack).edition, InfoOf(pack).edition);
    for (size_t size = 0; size < bytes.size(); size += 7) {
      EXPECT_NE(ReadPack(bytes.substr(0, size)).error, PackError::kOk);
    }
  }
  const PackRead mue = ReadPack(WritePack(packs[0]));
  EXPECT_EQ(std::get<MueTable>(mue.pack).setting(), Setting::kDme);
  const PackRead icd = ReadPack(WritePack(packs[2]));
  EXPECT_EQ(std::get<Icd10Table>(icd.pack).valid_to(), Day(2026, 9, 30));
}

// PTP files in the real volume's shape: two files of one quarter, 100,000
// edits each, merged into one table that finds every pair.
TEST(PtpImport, TwoLargeFilesMergeIntoOneTable) {
  const auto file = [](int first) {
    std::string text =
        "CPT notice line\nColumn 1\tColumn 2\t*\tEffective\t"
        "Deletion\tModifier\tRationale\n";
    char row[64];
    for (int i = first; i < first + 100000; ++i) {
      std::snprintf(row, sizeof row, "1%04d\t2%04d\t\t20200101\t*\t1\tx\n",
                    i % 10000, i / 10000);
      text += row;
    }
    return text;
  };
  DataSet data;
  for (int first : {0, 100000}) {
    PtpImport import = ImportPtpText(file(first), Edition("part"));
    ASSERT_EQ(import.error, "");
    EXPECT_EQ(import.table.edits().size(), 100000u);
    data.AddPtp(std::move(import.table));
  }
  ASSERT_NE(data.ptp(), nullptr);
  EXPECT_EQ(data.ptp()->edits().size(), 200000u);
  EXPECT_EQ(data.ptp()->Find("10005", "20000").size(), 1u);  // first file
  EXPECT_EQ(data.ptp()->Find("10005", "20019").size(), 1u);  // second file
  EXPECT_TRUE(data.ptp()->Find("10005", "20020").empty());
}

}  // namespace
}  // namespace billcode
