// Smoke tests on the official CMS files in BILLCODE_SHARED_DATA. They fail,
// rather than skip, when the files are missing: configure with
// -DBILLCODE_SMOKE_TESTS=OFF to leave them out on purpose.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "billcode/base/text.h"
#include "billcode/codes/lookup.h"
#include "billcode/codes/not_otherwise_classified.h"
#include "billcode/import/hcpcs_csv_import.h"
#include "billcode/import/hcpcs_import.h"
#include "billcode/import/icd10cm_import.h"
#include "billcode/import/ncci_addon_import.h"
#include "billcode/import/ncci_mue_import.h"
#include "billcode/import/official_import.h"
#include "billcode/import/place_of_service_import.h"
#include "billcode/import/reference_import.h"
#include "billcode/json/json_output.h"
#include "billcode/pack/pack.h"
#include "case_table.h"

namespace billcode {
namespace {

using testing::ReadSharedData;

constexpr char kJan2026[] = "hcpcs/HCPC2026_JAN_ANWEB_01122026.txt";

HcpcsImport ImportShared(const std::string& path) {
  return ImportHcpcsFixedWidth(ReadSharedData(path),
                               ReleaseInfoFromFileName(path));
}

const HcpcsImport& Jan2026() {
  static const HcpcsImport* import = new HcpcsImport(ImportShared(kJan2026));
  return *import;
}

TEST(OfficialJan2026, CountsMatchTheRelease) {
  ASSERT_EQ(Jan2026().error, "") << "missing " << kJan2026;
  const ReleaseCounts counts = Jan2026().release.Counts();
  EXPECT_EQ(counts.codes, 8623);
  EXPECT_EQ(counts.modifiers, 383);
  EXPECT_EQ(counts.terminated, 1320);
  EXPECT_EQ(Jan2026().release.info().edition, "2026-JAN");
}

TEST(OfficialJan2026, PackRoundTripsTheWholeFile) {
  const HcpcsRelease& imported = Jan2026().release;
  const PackRead read = ReadPack(WritePack(imported));
  ASSERT_EQ(read.error, PackError::kOk) << read.message;
  ASSERT_EQ(std::get<HcpcsRelease>(read.pack).records().size(),
            imported.records().size());
  for (size_t i = 0; i < imported.records().size(); ++i) {
    ASSERT_TRUE(imported.records()[i] ==
                std::get<HcpcsRelease>(read.pack).records()[i])
        << imported.records()[i].code;
  }
  EXPECT_EQ(std::get<HcpcsRelease>(read.pack).info().source_checksum,
            imported.info().source_checksum);
}

TEST(OfficialJan2026, KnownCodesOnADate) {
  ReleaseSet set;
  set.Add(Jan2026().release);
  const Date date = *Date::FromYmd(2026, 3, 2);
  const LookupResult e0114 = Lookup("E0114", date, set);
  EXPECT_EQ(e0114.status, LookupStatus::kActive);
  EXPECT_EQ(e0114.found.record->long_description,
            "Crutches underarm, other than wood, adjustable or fixed, pair, "
            "with pads, tips and handgrips");
  const LookupResult c9014 = Lookup("C9014", date, set);
  EXPECT_EQ(c9014.status, LookupStatus::kTerminated);
  ASSERT_EQ(c9014.replacements.size(), 1u);
  EXPECT_EQ(c9014.replacements[0].code, "J0567");
  EXPECT_NE(c9014.replacements[0].found.record, nullptr);
  EXPECT_EQ(Lookup("RR", date, set).classification.kind, CodeKind::kModifier);
}

// Record lines counted straight from the file, without the importer.
struct LineCounts {
  int codes = 0;
  int modifiers = 0;
  int lines = 0;
};

LineCounts CountRecordLines(const std::string& bytes) {
  LineCounts counts;
  size_t start = 0;
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string::npos) end = bytes.size();
    const std::string line = bytes.substr(start, end - start);
    ++counts.lines;
    if (line.size() > 10 && line[10] == '3') ++counts.codes;
    if (line.size() > 10 && line[10] == '7') ++counts.modifiers;
    start = end + 1;
  }
  return counts;
}

class OfficialEdition : public ::testing::TestWithParam<const char*> {};

TEST_P(OfficialEdition, ImportCountsMatchItsRecordLines) {
  const std::string bytes = ReadSharedData(GetParam());
  ASSERT_FALSE(bytes.empty()) << "missing " << GetParam();
  const HcpcsImport import =
      ImportHcpcsFixedWidth(bytes, ReleaseInfoFromFileName(GetParam()));
  ASSERT_EQ(import.error, "");
  const LineCounts expected = CountRecordLines(bytes);
  const ReleaseCounts counts = import.release.Counts();
  EXPECT_EQ(counts.codes, expected.codes);
  EXPECT_EQ(counts.modifiers, expected.modifiers);
  EXPECT_EQ(import.report.lines, expected.lines);
  EXPECT_EQ(import.report.record_lines + import.report.continuation_lines +
                import.report.SkippedLines(),
            import.report.lines);
  // Every skipped line is a disclaimer or a blank, never a record.
  for (const LineGroup& group : import.report.skipped) {
    EXPECT_TRUE(group.reason == "blank line" ||
                group.reason ==
                    "not a HCPCS record (heading or disclaimer text)")
        << group.reason << " at line " << group.first_lines[0];
  }
  const OfficialImport official =
      ImportOfficialFile(TableKind::kHcpcs, GetParam(), bytes, ImportOptions{});
  EXPECT_TRUE(nlohmann::json::accept(OfficialImportJson(official)));
}

INSTANTIATE_TEST_SUITE_P(
    Editions, OfficialEdition,
    ::testing::Values("hcpcs/HCPC2026_JAN_ANWEB_01122026.txt",
                      "hcpcs/history/2017/HCPC17_CONTR_ANWEB.txt",
                      "hcpcs/history/2018/HCPC2018_CONTR_ANWEB_disc.txt",
                      "hcpcs/history/2019/HCPC2019_CONTR_ANWEB.txt",
                      "hcpcs/history/2020/HCPC2020_ANWEB_w_disclaimer.txt"),
    [](const ::testing::TestParamInfo<const char*>& param) {
      std::string name = param.param;
      name = name.substr(name.find_last_of('/') + 1);
      name = name.substr(0, name.find('.'));
      return name;
    });

TEST(OfficialNcci, MueTablesCountEveryRow) {
  const struct {
    const char* file;
    size_t rows;
  } tables[] = {
      {"ncci/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", 15095},
      {"ncci/MCR_MUE_OutpatientHospitalServices_Eff_04-01-2026.csv", 15045},
      {"ncci/MCR_MUE_DMESupplierServices_Eff_04-01-2026.csv", 3083},
  };
  for (const auto& t : tables) {
    Setting setting;
    ASSERT_TRUE(SettingFromFileName(t.file, &setting));
    const MueImport import = ImportMueCsv(ReadSharedData(t.file),
                                          MueInfoFromFileName(t.file), setting);
    ASSERT_EQ(import.error, "") << t.file;
    EXPECT_EQ(import.table.entries().size(), t.rows) << t.file;
    EXPECT_EQ(import.report.SkippedLines(), 2) << t.file;  // notice, header
  }
}

TEST(OfficialNcci, AddOnEditsAndCodes) {
  const char* file = "ncci/AOC_V2026Q2-MCR.csv";
  const AddOnImport import =
      ImportAddOnCsv(ReadSharedData(file), AddOnInfoFromFileName(file));
  ASSERT_EQ(import.error, "");
  EXPECT_EQ(import.table.edits().size(), 9000u);
  std::set<std::string> addon_codes;
  for (const AddOnEdit& edit : import.table.edits()) {
    addon_codes.insert(edit.addon_code);
  }
  EXPECT_EQ(addon_codes.size(), 830u);
}

TEST(OfficialIcd10cm, EveryBillableCode) {
  const char* file = "icd10cm/icd10cm-codes-2026.txt";
  const Icd10Import import = ImportIcd10Codes(
      ReadSharedData(file), Edition("FY2026"), FiscalYearFromFileName(file));
  ASSERT_EQ(import.error, "");
  EXPECT_EQ(import.table.codes().size(), 74719u);
  EXPECT_NE(import.table.Find("E119"), nullptr);
  EXPECT_TRUE(import.table.HasMoreSpecific("E11"));
}

TEST(OfficialPlaceOfService, EveryCode) {
  const PlaceOfServiceImport import = ImportPlaceOfServiceCsv(
      ReadSharedData("pos/place_of_service.csv"), Edition("pos"));
  ASSERT_EQ(import.error, "");
  EXPECT_EQ(import.table.places().size(), 52u);
  EXPECT_EQ(import.table.Find("11")->name, "Office");
}

}  // namespace
}  // namespace billcode

namespace billcode {
namespace {

// code-unlisted fires on exactly the not-otherwise-classified codes of the
// release: this list was reviewed by hand against their descriptions. The
// specific drugs whose names say "not otherwise specified" (J3301, J9201,
// J9305, J0165, J2312 ...) and the quality codes "reason not otherwise
// specified" are not on it.
TEST(OfficialJan2026, NotOtherwiseClassifiedCodesAreExactlyTheReviewedOnes) {
  const std::set<std::string> expected = {
      "A0999", "A4100", "A4335", "A4421", "A4641", "A4649", "A4913", "A6512",
      "A6584", "A6593", "A6609", "A9279", "A9280", "A9597", "A9598", "A9699",
      "A9900", "A9999", "C1889", "C9399", "E0446", "E0625", "E0676", "E0769",
      "E0770", "E1229", "E1239", "E1399", "E1699", "E2599", "G0235", "G1011",
      "G2075", "G6021", "G9012", "H0046", "H0047", "J0799", "J3490", "J3590",
      "J3591", "J7199", "J7599", "J7999", "J8498", "J8499", "J8597", "J8999",
      "J9999", "K0108", "K0812", "K0898", "L0999", "L1499", "L2999", "L3649",
      "L3999", "L5999", "L7499", "L8039", "L8499", "L8608", "L8698", "L8699",
      "M0235", "M0236", "P9099", "Q0507", "Q0508", "Q0509", "Q2039", "Q4050",
      "Q4051", "Q4082", "Q4100", "Q4431", "Q4432", "Q4433", "Q5009", "Q9977",
      "S0590", "S2409", "S4015", "S8189", "S8301", "T1505", "T1999", "T2025",
      "T2028", "T2029", "T5999", "V2199", "V2799", "V5267", "V5274", "V5287",
      "V5298", "V5299",
  };
  std::set<std::string> found;
  for (const HcpcsRecord& record : Jan2026().release.records()) {
    if (!record.is_modifier && IsNotOtherwiseClassified(record)) {
      found.insert(record.code);
    }
  }
  EXPECT_EQ(found, expected);
  for (const char* specific : {"J3301", "J9201", "J9305", "J0165", "J2312"}) {
    EXPECT_EQ(found.count(specific), 0u) << specific;
  }
}

std::string CollapseSpaces(const std::string& text) {
  std::string collapsed;
  for (char c : text) {
    if (c != ' ' || collapsed.empty() || collapsed.back() != ' ') {
      collapsed.push_back(c);
    }
  }
  return collapsed;
}

// The October 2025 release as CSV (from the XLSX edition): every row is
// read, and a code that January 2026 did not change has the same record
// (but for runs of spaces, which the fixed-width file joins into one, and
// the few fields CMS changed without an action code).
TEST(OfficialOct2025Csv, ReadsEveryRowLikeTheFixedWidthFile) {
  const HcpcsImport october = ImportHcpcsCsv(
      ReadSharedData("hcpcs/history/HCPC2025_OCT_ANWEB_v4.from_xlsx.csv"),
      Edition("2025-OCT"));
  ASSERT_EQ(october.error, "");
  const ReleaseCounts counts = october.release.Counts();
  EXPECT_EQ(counts.codes, 8463);
  EXPECT_EQ(counts.modifiers, 383);
  EXPECT_EQ(october.report.SkippedLines(), 1);  // the header
  int unchanged = 0, equal = 0;
  for (const HcpcsRecord& january : Jan2026().release.records()) {
    if (january.action_code != "N") continue;
    const HcpcsRecord* before = october.release.Find(january.code);
    if (!before || before->is_modifier != january.is_modifier) continue;
    ++unchanged;
    HcpcsRecord same = *before;
    same.action_code = january.action_code;
    same.action_effective = january.action_effective;
    same.long_description = CollapseSpaces(same.long_description);
    HcpcsRecord expected = january;
    expected.long_description = CollapseSpaces(expected.long_description);
    if (same == expected) ++equal;
  }
  EXPECT_GT(unchanged, 8000);
  EXPECT_GE(equal, unchanged - 5);
}

// Every note of the official add-on file is one the checks know.
TEST(OfficialAddOnCodes, EveryNoteHasAKnownEffect) {
  const AddOnImport import =
      ImportAddOnCsv(ReadSharedData("ncci/AOC_V2026Q2-MCR.csv"),
                     AddOnInfoFromFileName("AOC_V2026Q2-MCR.csv"));
  ASSERT_EQ(import.error, "");
  // The file is UTF-8 (the MUE files are Latin-1): no mojibake.
  EXPECT_NE(import.table.info().notice.find("CPT\xC2\xAE"), std::string::npos);
  EXPECT_EQ(import.table.info().notice.find("\xC3\x82"), std::string::npos);
  std::set<std::string> notes;
  for (const AddOnEdit& edit : import.table.edits()) notes.insert(edit.note);
  EXPECT_EQ(notes.size(), 6u);
  for (const std::string& note : notes) {
    EXPECT_NE(NoteEffectOf(note), AddOnNoteEffect::kUnknown) << note;
  }
}

// data/manifest.tsv: every line names a file BILLCODE_SHARED_DATA holds,
// a kind the build compiles and dates that parse.
TEST(DataManifest, EveryLineNamesAnOfficialFileWithDatesAndAKind) {
  const std::string manifest = testing::ReadProjectData("manifest.tsv");
  const std::set<std::string> kinds = {"hcpcs", "mue",     "aoc",  "icd10cm",
                                       "pos",   "pfs",     "gpci", "zip5",
                                       "clfs",  "oppscap", "anes"};
  int rows = 0;
  for (std::string_view line : SplitLines(manifest)) {
    if (line.empty() || line[0] == '#' || line.rfind("pack\t", 0) == 0) {
      continue;
    }
    ++rows;
    std::vector<std::string> fields;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != line.npos;) {
      fields.emplace_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    fields.emplace_back(line.substr(start));
    ASSERT_EQ(fields.size(), 9u) << line;
    EXPECT_TRUE(kinds.count(fields[1])) << line;
    EXPECT_FALSE(testing::ReadSharedData(fields[2]).empty()) << fields[2];
    for (const std::string& date : {fields[4], fields[5]}) {
      EXPECT_TRUE(date == "-" || Date::ParseIso(date)) << line;
    }
    EXPECT_EQ(fields[6] != "-", fields[1] == "mue") << line;
    EXPECT_TRUE(fields[7] == "required" || fields[7] == "optional") << line;
  }
  EXPECT_GE(rows, 12);
}

}  // namespace
}  // namespace billcode
