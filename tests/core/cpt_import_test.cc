// A licensed CPT descriptor file the user holds (fixtures with made-up
// descriptors, no AMA text): read in its usual shapes, then CPT codes get
// descriptors and existence like Level II codes.
#include "billcode/import/cpt_import.h"

#include <gtest/gtest.h>

#include "billcode/claims/rules/claim_check.h"
#include "billcode/codes/explanation.h"
#include "billcode/codes/lookup.h"
#include "test_files.h"

namespace billcode {
namespace {

using testing::ReadFixture;

CptDescriptorTable TabFile() {
  CptImport import = ImportCptDescriptors(
      ReadFixture("import/cpt_descriptors_fixture.txt"), Edition("CPT test"));
  EXPECT_EQ(import.error, "");
  return import.table;
}

TEST(ImportCptDescriptors, TabFileWithAHeader) {
  const CptDescriptorTable table = TabFile();
  ASSERT_EQ(table.entries().size(), 4u);
  ASSERT_NE(table.Find("0001F"), nullptr);
  EXPECT_EQ(table.Find("99213")->descriptor,
            "Fixture descriptor of an established patient visit (not AMA "
            "text)");
}

TEST(ImportCptDescriptors, PipeFileWithoutAHeaderSkipsOtherCodes) {
  const CptImport import = ImportCptDescriptors(
      ReadFixture("import/cpt_pipe_fixture.txt"), Edition("pipe"));
  ASSERT_EQ(import.error, "");
  EXPECT_EQ(import.table.entries().size(), 2u);
  EXPECT_EQ(import.report.SkippedLines(), 1);
}

TEST(ImportCptDescriptors, ColumnsNamedByTheUserWhenTheHeaderIsNotKnown) {
  const std::string file =
      "Concept\tCode Value\tText\n1001\t99213\tFixture text (not AMA)\n";
  const CptImport unknown = ImportCptDescriptors(file, Edition("x"));
  EXPECT_EQ(unknown.table.entries().size(), 0u);
  EXPECT_NE(unknown.error.find("Concept, Code Value, Text"), std::string::npos);
  const CptImport named =
      ImportCptDescriptors(file, Edition("x"), {"Code Value", "Text"});
  ASSERT_EQ(named.error, "");
  EXPECT_EQ(named.table.Find("99213")->descriptor, "Fixture text (not AMA)");
  const CptImport numbered =
      ImportCptDescriptors(file, Edition("x"), {"2", "3"});
  EXPECT_EQ(numbered.table.entries().size(), 1u);
}

TEST(LookupWithCptFile, CodeInItIsActiveWithItsDescriptorAndOthersUnknown) {
  const CptDescriptorTable table = TabFile();
  const ReleaseSet releases;
  const Date date = *Date::FromYmd(2026, 3, 2);
  const LookupResult known = Lookup("99213", date, releases, &table);
  EXPECT_EQ(known.status, LookupStatus::kActive);
  ASSERT_NE(known.cpt_descriptor, nullptr);
  const std::vector<std::string> sentences = Explain(known);
  bool quoted = false;
  for (const std::string& sentence : sentences) {
    quoted = quoted || sentence.find("Your licensed CPT file (CPT test)") !=
                           std::string::npos;
  }
  EXPECT_TRUE(quoted);
  EXPECT_EQ(Lookup("99215", date, releases, &table).status,
            LookupStatus::kUnknown);
  EXPECT_EQ(Lookup("99215", date, releases).status, LookupStatus::kNoData);
}

TEST(LookupWithCptFile, ClaimCheckSaysACptCodeIsNotInTheFile) {
  DataSet data;
  data.Add(TabFile());
  Claim claim;
  claim.date_of_service = "2026-03-02";
  claim.diagnoses = {"E11.9"};
  ClaimLine line;
  line.code = "99215";
  claim.lines.push_back(line);
  CheckOptions options;
  options.today = *Date::FromYmd(2026, 6, 1);
  const ClaimReport report = CheckClaim(claim, data, options);
  bool unknown = false;
  for (const Finding& finding : report.findings) {
    unknown = unknown ||
              (finding.rule == Rule::kCodeUnknown &&
               finding.message.find("licensed CPT file") != std::string::npos);
  }
  EXPECT_TRUE(unknown);
}

}  // namespace
}  // namespace billcode
