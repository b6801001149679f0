// Official files as users bring them: recognised by name and content, with
// the edition and dates their names give; ZIP archives listed.
#include "billcode/import/official_import.h"

#include <gtest/gtest.h>

#include "billcode/base/zip.h"
#include "test_files.h"

namespace billcode {
namespace {

using testing::ReadFixture;

struct KindCase {
  const char* name;
  const char* kind;  // "" = not a file billcode reads
};

TEST(DetectTableKind, ByThePublishedFileNames) {
  const KindCase cases[] = {
      {"HCPC2026_APR_ANWEB.txt", "hcpcs"},
      {"HCPC2026_JUL_ANWEB_v2.csv", "hcpcs"},
      {"HCPC2026_recordlayout.txt", ""},
      {"proc_notes_APR2026.txt", ""},
      {"HCPC2026_APR_ANWEB.xlsx", ""},
      {"icd10cm-codes-2027.txt", "icd10cm"},
      {"icd10cm-order-2027.txt", ""},
      {"icd10cm-addenda-2027.txt", ""},
      {"MCR_MUE_PractitionerServices_Eff_07-01-2026.csv", "mue"},
      {"AOC_V2026Q3-MCR.csv", "aoc"},
      {"PPRRVU2026_Oct_nonQPP.csv", "pfs"},
      {"GPCI2026.csv", "gpci"},
      {"ZIP5_JAN2026.txt", "zip5"},
      {"PUF_CLFS_CY2026_Q3V1.csv", "clfs"},
      {"OPPSCAP_Jan.csv", "oppscap"},
      {"ANES2026.csv", "anes"},
      {"RVU26D.pdf", ""},
  };
  for (const KindCase& c : cases) {
    const std::optional<TableKind> kind = DetectTableKind(c.name, "");
    EXPECT_EQ(kind ? std::string(ToString(*kind)) : "", c.kind) << c.name;
  }
}

TEST(DetectTableKind, AnIcd10CodeFileByItsLinesWhateverItsName) {
  const std::optional<TableKind> kind = DetectTableKind(
      "codes.txt", ReadFixture("icd10cm-codes-fixture-2026.txt"));
  ASSERT_TRUE(kind.has_value());
  EXPECT_EQ(*kind, TableKind::kIcd10cm);
  EXPECT_FALSE(DetectTableKind("notes.txt", "Some notes\nabout codes\n"));
}

TEST(ImportOfficialFile, DatesComeFromTheFileNameUnlessGiven) {
  const OfficialImport mue = ImportOfficialFile(
      TableKind::kMue, "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv",
      ReadFixture("mue_practitioner_fixture.csv"), ImportOptions());
  ASSERT_EQ(mue.error, "");
  EXPECT_EQ(InfoOf(mue.pack).effective_from.ToIso(), "2026-07-01");
  const OfficialImport aoc =
      ImportOfficialFile(TableKind::kAoc, "AOC_V2026Q3-MCR.csv",
                         ReadFixture("aoc_fixture.csv"), ImportOptions());
  EXPECT_EQ(InfoOf(aoc.pack).edition, "2026Q3");
  EXPECT_EQ(InfoOf(aoc.pack).effective_from.ToIso(), "2026-07-01");
  ImportOptions given;
  given.from = *Date::FromYmd(2026, 8, 1);
  given.edition = "mine";
  const OfficialImport named =
      ImportOfficialFile(TableKind::kAoc, "AOC_V2026Q3-MCR.csv",
                         ReadFixture("aoc_fixture.csv"), given);
  EXPECT_EQ(InfoOf(named.pack).edition, "mine");
  EXPECT_EQ(InfoOf(named.pack).effective_from.ToIso(), "2026-08-01");
}

TEST(ImportOfficialFile, MueWithoutASettingInItsNameSaysSo) {
  const OfficialImport mue = ImportOfficialFile(
      TableKind::kMue, "mue.csv", ReadFixture("mue_practitioner_fixture.csv"),
      ImportOptions());
  EXPECT_NE(mue.error.find("setting"), std::string::npos);
}

TEST(ReadZipDirectory, ListsFilesWithTheirBytes) {
  const std::string zip = ReadFixture("import/hcpcs-2026-apr.zip");
  ASSERT_TRUE(IsZip(zip));
  const ZipListing listing = ReadZipDirectory(zip);
  ASSERT_EQ(listing.error, "");
  ASSERT_EQ(listing.members.size(), 2u);
  EXPECT_EQ(listing.members[0].name, "HCPC2026_APR_ANWEB.txt");
  EXPECT_EQ(listing.members[0].method, 8);
  EXPECT_LE(listing.members[0].offset + listing.members[0].compressed_size,
            zip.size());
}

TEST(ReadZipDirectory, DamagedOrForeignBytesAreErrors) {
  const std::string zip = ReadFixture("import/hcpcs-2026-apr.zip");
  EXPECT_NE(ReadZipDirectory(zip.substr(0, zip.size() / 2)).error, "");
  EXPECT_NE(ReadZipDirectory("not a zip at all").error, "");
  EXPECT_FALSE(IsZip("PK"));
}

}  // namespace
}  // namespace billcode
