// Files of many claims: every claim is read and checked on its own, in
// every format and encoding, and a broken claim does not stop the others.
#include "billcode/claims/rules/claim_batch.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "billcode/claims/input/claim_input.h"
#include "billcode/json/json_output.h"
#include "fixture_data.h"
#include "test_files.h"

namespace billcode {
namespace {

using testing::ReadFixture;

const DataSet& Data() {
  static const DataSet* data = new DataSet(testing::FixtureData(false));
  return *data;
}

std::vector<ClaimParse> ReadAll(std::string_view bytes,
                                const ReadOptions& options = {},
                                ReadSummary* summary = nullptr) {
  std::vector<ClaimParse> claims;
  const ReadSummary read = ReadClaims(bytes, options, [&](ClaimParse&& parse) {
    claims.push_back(std::move(parse));
    return true;
  });
  if (summary) *summary = read;
  return claims;
}

std::vector<std::string> Ids(const std::vector<ClaimParse>& claims) {
  std::vector<std::string> ids;
  for (const ClaimParse& claim : claims) ids.push_back(claim.id);
  return ids;
}

std::string Joined(const std::vector<std::string>& notes) {
  std::string all;
  for (const std::string& note : notes) all += note + "\n";
  return all;
}

struct BatchCase {
  const char* fixture;
  ClaimFormat format;
  std::vector<std::string> ids;
  std::vector<std::string> unreadable;  // ids of the claims with errors
};

TEST(ClaimBatch, EveryClaimOfEachFixtureIsReadInFileOrder) {
  const BatchCase cases[] = {
      {"two_interchanges.837p.txt",
       ClaimFormat::kX12,
       {"JANE-1", "JANE-2", "RICHARD-1", "SUPPLY-1", "BROKEN-1"},
       {"BROKEN-1"}},
      {"institutional.837i.txt", ClaimFormat::kX12, {"OUTPT-1"}, {}},
      {"dental.837d.txt", ClaimFormat::kX12, {"DENTAL-1"}, {}},
      {"icd9.837p.txt", ClaimFormat::kX12, {"OLD-DX-1"}, {}},
      {"bundle.fhir.json",
       ClaimFormat::kFhir,
       {"BUNDLE-CLAIM-1", "BUNDLE-EOB-2"},
       {}},
      {"bluebutton.eob.json", ClaimFormat::kFhir, {"-22639159481"}, {}},
      {"eobs.ndjson", ClaimFormat::kFhir, {"NDJSON-1", "NDJSON-2"}, {}},
      {"unknown_system.fhir.json", ClaimFormat::kFhir, {"mixed-systems"}, {}},
      {"claims.json",
       ClaimFormat::kJson,
       {"JSON-1", "JSON-2", "JSON-3"},
       {"JSON-2"}},
      {"claims_by_id.csv", ClaimFormat::kCsv, {"A-1", "B-2"}, {}},
      {"messy_export.tsv", ClaimFormat::kCsv, {"T-100", "T-200"}, {}},
      {"semicolons.csv", ClaimFormat::kCsv, {""}, {}},
  };
  for (const BatchCase& c : cases) {
    ReadSummary summary;
    const std::vector<ClaimParse> claims = ReadAll(
        ReadFixture(std::string("claims/batch/") + c.fixture), {}, &summary);
    EXPECT_EQ(summary.format, c.format) << c.fixture;
    EXPECT_EQ(summary.claims, claims.size()) << c.fixture;
    EXPECT_EQ(Ids(claims), c.ids) << c.fixture;
    std::vector<std::string> unreadable;
    for (const ClaimParse& claim : claims) {
      EXPECT_FALSE(claim.location.empty()) << c.fixture << " " << claim.id;
      if (!claim.errors.empty()) unreadable.push_back(claim.id);
    }
    EXPECT_EQ(unreadable, c.unreadable) << c.fixture;
  }
}

TEST(ClaimBatch, X12ClaimsTakeThePayerOfTheirOwnSubscriberLoop) {
  const std::vector<ClaimParse> claims =
      ReadAll(ReadFixture("claims/batch/two_interchanges.837p.txt"));
  ASSERT_EQ(claims.size(), 5u);
  // JANE-2 follows a loop-2320 SBR (another payer) of JANE-1: still Medicare.
  EXPECT_EQ(claims[0].claim.payer, "medicare");
  EXPECT_EQ(claims[1].claim.payer, "medicare");
  EXPECT_EQ(claims[2].claim.payer, "medicaid");
  EXPECT_EQ(claims[3].claim.payer, "commercial");
  EXPECT_EQ(claims[3].claim.setting, "dme");  // PRV*BI 332B in interchange 2
  EXPECT_EQ(claims[3].claim.lines.at(0).modifiers,
            std::vector<std::string>{"RR"});  // component separator ">"
  EXPECT_EQ(claims[2].claim.lines.at(0).ndc, "00009-0047-01");
  EXPECT_NE(claims[3].location.find("interchange 2"), std::string::npos);
  EXPECT_EQ(claims[4].errors.at(0).location, "segment 48 (SV1)");
}

TEST(ClaimBatch, InstitutionalClaimsReadRevenueCodesAndTypeOfBill) {
  const std::vector<ClaimParse> claims =
      ReadAll(ReadFixture("claims/batch/institutional.837i.txt"));
  ASSERT_EQ(claims.size(), 1u);
  const Claim& claim = claims[0].claim;
  EXPECT_EQ(claim.form, "institutional");
  EXPECT_EQ(claim.facility_type, "131");
  EXPECT_EQ(claim.setting, "outpatient-hospital");
  EXPECT_EQ(claim.place_of_service, "");
  EXPECT_EQ(claim.date_of_service, "2026-03-02");  // DTP*434
  EXPECT_EQ(claim.diagnoses, (std::vector<std::string>{"E119", "I10"}));
  ASSERT_EQ(claim.lines.size(), 3u);
  EXPECT_EQ(claim.lines[0].revenue_code, "0450");
  EXPECT_EQ(claim.lines[0].code, "99284");
  EXPECT_EQ(claim.lines[0].modifiers, std::vector<std::string>{"25"});
  EXPECT_EQ(claim.lines[0].charge, "300");
  EXPECT_EQ(claim.lines[0].units, "1");
  EXPECT_EQ(claim.lines[2].code_system, "revenue code");
  EXPECT_EQ(claim.lines[2].code, "0250");
}

TEST(ClaimBatch, DentalClaimsReadCdtCodesAndTeeth) {
  const std::vector<ClaimParse> claims =
      ReadAll(ReadFixture("claims/batch/dental.837d.txt"));
  ASSERT_EQ(claims.size(), 1u);
  const Claim& claim = claims[0].claim;
  EXPECT_EQ(claim.form, "dental");
  ASSERT_EQ(claim.lines.size(), 2u);
  EXPECT_EQ(claim.lines[0].code, "D0120");
  EXPECT_EQ(claim.lines[1].charge, "100");
  EXPECT_EQ(claim.lines[1].place_of_service, "11");
  ASSERT_EQ(claim.lines[1].teeth.size(), 1u);
  EXPECT_EQ(claim.lines[1].teeth[0].number, "3");
  EXPECT_EQ(claim.lines[1].teeth[0].surfaces,
            (std::vector<std::string>{"M", "O"}));
}

TEST(ClaimBatch, FhirPayersComeFromTheBundleAndBlueButton) {
  const std::vector<ClaimParse> bundle =
      ReadAll(ReadFixture("claims/batch/bundle.fhir.json"));
  ASSERT_EQ(bundle.size(), 2u);
  EXPECT_EQ(bundle[0].claim.payer, "medicare");         // Organization/payer1
  EXPECT_EQ(bundle[1].claim.payer, "medicare");         // by fullUrl
  EXPECT_EQ(bundle[1].claim.lines.at(0).charge, "60");  // submitted amount
  EXPECT_EQ(bundle[1].claim.form, "institutional");     // claim-type
  EXPECT_EQ(bundle[1].claim.lines.at(0).revenue_code, "0274");
  const std::vector<ClaimParse> eob =
      ReadAll(ReadFixture("claims/batch/bluebutton.eob.json"));
  ASSERT_EQ(eob.size(), 1u);
  EXPECT_EQ(eob[0].claim.payer, "medicare");
  EXPECT_EQ(eob[0].claim.form, "");  // CARRIER: professional
  EXPECT_EQ(eob[0].claim.diagnoses, std::vector<std::string>{"E119"});
  EXPECT_EQ(eob[0].claim.icd9_diagnoses, std::vector<std::string>{"4019"});
  EXPECT_EQ(eob[0].claim.lines.at(0).charge, "130");
  EXPECT_EQ(eob[0].claim.lines.at(0).code, "99213");
}

// Findings of `rule` in the report of `claim` checked with fixture data.
size_t Findings(const Claim& claim, Rule rule) {
  const ClaimReport report = CheckClaim(
      claim, Data(), CheckOptions{"", "", *Date::FromYmd(2026, 11, 27)});
  const auto it = report.rule_totals.find(rule);
  return it == report.rule_totals.end() ? 0 : it->second;
}

TEST(ClaimBatch, ItemsInOtherCodeSystemsAreLineFindingsNotFailures) {
  const std::vector<ClaimParse> claims =
      ReadAll(ReadFixture("claims/batch/unknown_system.fhir.json"));
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].errors.empty());
  const Claim& claim = claims[0].claim;
  EXPECT_EQ(claim.lines.at(0).code_system, "http://snomed.info/sct");
  EXPECT_EQ(claim.lines.at(1).code_system, "");
  EXPECT_EQ(Findings(claim, Rule::kCodeSystemUnknown), 1u);
  EXPECT_EQ(Findings(claim, Rule::kCodeInvalid), 0u);
  EXPECT_EQ(Findings(claim, Rule::kDxPointer), 0u);
}

TEST(ClaimBatch, Icd9DiagnosesAreAFindingAndTheOtherChecksRun) {
  const std::vector<ClaimParse> claims =
      ReadAll(ReadFixture("claims/batch/icd9.837p.txt"));
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].errors.empty());
  EXPECT_EQ(claims[0].claim.icd9_diagnoses,
            (std::vector<std::string>{"25000", "4019"}));
  EXPECT_EQ(Findings(claims[0].claim, Rule::kDxIcd9), 1u);
  EXPECT_EQ(Findings(claims[0].claim, Rule::kDxMissing), 0u);
}

TEST(ClaimBatch, CsvRowsGroupByClaimIdAndNumberedColumnsAppend) {
  const std::vector<ClaimParse> claims =
      ReadAll(ReadFixture("claims/batch/claims_by_id.csv"));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].location, "rows 2-4");
  EXPECT_EQ(claims[0].claim.lines.size(), 2u);
  EXPECT_EQ(claims[0].claim.diagnoses,
            (std::vector<std::string>{"E11.9", "I10"}));
  EXPECT_EQ(claims[1].claim.lines.at(0).modifiers,
            (std::vector<std::string>{"RR", "NU"}));
}

TEST(ClaimBatch, CsvClaimIdColumnsGoByTheirExportNames) {
  for (const char* header :
       {"claimId", "Claim #", "Claim Number", "Encounter ID", "Encounter #",
        "Visit ID", "Visit Number", "Patient Control Number", "Ticket #",
        "Patient Account #", "Account Number", "Acct #"}) {
    const std::vector<ClaimParse> claims =
        ReadAll("CPT Code," + std::string(header) +
                ",Primary Insurance\n99213,A-1,Medicare\n"
                "G0008,A-1,Medicare\n99214,B-2,Aetna\n");
    ASSERT_EQ(Ids(claims), (std::vector<std::string>{"A-1", "B-2"})) << header;
    EXPECT_EQ(claims[0].claim.lines.size(), 2u) << header;
    EXPECT_EQ(claims[1].claim.payer, "commercial") << header;
  }
}

TEST(ClaimBatch, BlankAndTotalsRowsOfASpreadsheetArePassedOverWithANote) {
  const std::vector<ClaimParse> claims = ReadAll(
      "Encounter ID,CPT Code,Units,Charge\nE1,99214,1,150.00\n"
      "E1,36415,1,15.00\n,,,\nSubtotal,,2,165.00\n"
      "Grand Total,,2,165.00\n,,,\n");
  ASSERT_EQ(Ids(claims), std::vector<std::string>{"E1"});
  EXPECT_EQ(claims[0].claim.lines.size(), 2u);
  EXPECT_NE(
      Joined(claims[0].claim.notes).find("totals rows 5, 6 and 2 blank rows"),
      std::string::npos)
      << Joined(claims[0].claim.notes);
  // A line of words in one cell is the report's text.
  const std::vector<ClaimParse> footed = ReadAll(
      "Encounter ID,CPT Code,Units\nE1,99214,1\nE1,36415,1\n"
      "\"Printed 03/20/2026 by jsmith\",,\n");
  ASSERT_EQ(Ids(footed), std::vector<std::string>{"E1"});
  EXPECT_EQ(footed[0].claim.lines.size(), 2u);
  EXPECT_NE(Joined(footed[0].claim.notes).find("text row 4"), std::string::npos)
      << Joined(footed[0].claim.notes);
  // A row of amounts alone under the lines is a sum too.
  const std::vector<ClaimParse> unlabelled = ReadAll(
      "Encounter ID,CPT Code,Units,Charge\nE1,99214,1,150.00\n"
      ",,1,150.00\n");
  ASSERT_EQ(Ids(unlabelled), std::vector<std::string>{"E1"});
  EXPECT_EQ(unlabelled[0].claim.lines.size(), 1u);
  EXPECT_NE(Joined(unlabelled[0].claim.notes).find("totals row 3"),
            std::string::npos)
      << Joined(unlabelled[0].claim.notes);
  // A line without its code is no totals row: it is read, and its check
  // says the code is missing.
  EXPECT_EQ(ReadAll("claimId,code,units\nA,,2\n")[0].claim.lines.size(), 1u);
}

struct ExportDateCase {
  const char* cell;
  const char* date;  // as read: YYYY-MM-DD, else the cell as it is
  const char* note;  // a note the claim must carry, or ""
};

TEST(ClaimBatch, ExportDatesAreReadInTheOrdersExportsWriteThem) {
  const std::vector<ExportDateCase> cases = {
      {"2026-01-10", "2026-01-10", ""},
      {"2026/01/10", "2026-01-10", ""},
      {"20260110", "2026-01-10", ""},
      {"2026-01-10T08:30:00", "2026-01-10", ""},
      {"1/10/2026", "2026-01-10", "U.S. month/day"},
      {"01-10-2026", "2026-01-10", "U.S. month/day"},
      {"1/10/26", "2026-01-10", "U.S. month/day"},
      {"3/2/2026 0:00", "2026-03-02", "U.S. month/day"},
      {"10.01.2026", "2026-01-10", "day, month, year"},
      {"Jan 10, 2026", "2026-01-10", ""},
      {"January 10 2026", "2026-01-10", ""},
      {"10-Jan-2026", "2026-01-10", ""},
      {"10 Sept 2026", "2026-09-10", ""},
      // Not a date, or not one day: kept, for the check to report.
      {"13/01/2026", "13/01/2026", ""},
      {"2026-02-30", "2026-02-30", ""},
      {"Jan 2026", "Jan 2026", ""},
      {"1/2", "1/2", ""},
      {"01/10/2026-01/12/2026", "01/10/2026-01/12/2026", ""},
  };
  for (const ExportDateCase& c : cases) {
    const std::vector<ClaimParse> claims =
        ReadAll(std::string("code,dateOfService\n99213,\"") + c.cell + "\"\n");
    EXPECT_EQ(claims.at(0).claim.lines.at(0).date_of_service, c.date) << c.cell;
    if (*c.note) {
      EXPECT_NE(Joined(claims[0].claim.notes).find(c.note), std::string::npos)
          << c.cell;
    }
  }
}

TEST(ClaimBatch, CodesGetTheLeadingZerosASpreadsheetDrops) {
  const std::vector<ClaimParse> claims =
      ReadAll("code\n100\n1967\n99213\n12\n0450\n2000\n");
  const std::vector<ClaimLine>& lines = claims.at(0).claim.lines;
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(lines[0].code, "00100");
  EXPECT_EQ(lines[1].code, "01967");
  EXPECT_EQ(lines[2].code, "99213");
  // No anesthesia code with its zeros dropped: kept for the check.
  EXPECT_EQ(lines[3].code, "12");
  EXPECT_EQ(lines[4].code, "0450");
  EXPECT_EQ(lines[5].code, "2000");
  EXPECT_NE(Joined(claims[0].claim.notes).find("100 as 00100"),
            std::string::npos);
}

TEST(ClaimBatch, PlacesOfServiceAreReadAsSpreadsheetsWriteThem) {
  const struct {
    const char* cell;
    const char* place;
    bool noted;
  } cases[] = {
      {"11", "11", false},         {"02", "02", false},
      {"2", "02", true},           {"11.0", "11", true},
      {"11 - Office", "11", true}, {"11: Office", "11", true},
      {"Office", "Office", false}, {"123", "123", false},
      {"11A", "11A", false},
  };
  for (const auto& c : cases) {
    const std::vector<ClaimParse> claims =
        ReadAll(std::string("code,placeOfService\n99213,\"") + c.cell + "\"\n");
    EXPECT_EQ(claims.at(0).claim.lines.at(0).place_of_service, c.place)
        << c.cell;
    EXPECT_EQ(Joined(claims[0].claim.notes).find("Places of service") !=
                  std::string::npos,
              c.noted)
        << c.cell;
  }
}

TEST(ClaimBatch, ModifierCellsListTheirModifiersAsExportsWriteThem) {
  for (const char* cell : {"25;59", "25 59", "25,59", "25|59", "25-59"}) {
    const std::vector<ClaimParse> claims =
        ReadAll(std::string("code,modifiers\n99213,\"") + cell + "\"\n");
    EXPECT_EQ(claims.at(0).claim.lines.at(0).modifiers,
              (std::vector<std::string>{"25", "59"}))
        << cell;
  }
}

TEST(ClaimBatch, DiagnosisCellsWithTheirNamesGiveTheirCodes) {
  const std::vector<ClaimParse> named = ReadAll(
      "claimId,code,Dx 1,Dx 2,Dx 3\nA,99213,E11.9 - Type 2 diabetes mellitus,"
      "I10 Essential (primary) hypertension,S72.001A: Fracture of right "
      "femur\n");
  EXPECT_EQ(named.at(0).claim.diagnoses,
            (std::vector<std::string>{"E11.9", "I10", "S72.001A"}));
  EXPECT_NE(Joined(named[0].claim.notes).find("diagnosis code (its name)"),
            std::string::npos);
  // Words first, or a code alone: the cell as it is, for the check.
  const std::vector<ClaimParse> other =
      ReadAll("claimId,code,Dx 1,Dx 2\nA,99213,Diabetes E11.9,E11.9\n");
  EXPECT_EQ(other.at(0).claim.diagnoses,
            (std::vector<std::string>{"Diabetes E11.9", "E11.9"}));
  EXPECT_EQ(Joined(other[0].claim.notes).find("its name"), std::string::npos);
}

TEST(ClaimBatch, AClaimIdColumnGroupsRowsBeforeAnAccountColumn) {
  const std::vector<ClaimParse> claims = ReadAll(
      "Patient Account #,CPT Code,Encounter ID\n10045,99213,E-1\n"
      "10045,99214,E-2\n");
  EXPECT_EQ(Ids(claims), (std::vector<std::string>{"E-1", "E-2"}));
}

TEST(ClaimBatch, AColumnMapReadsAnExportWithOtherHeaders) {
  ReadOptions options;
  ASSERT_EQ(ParseColumnMap("code=PROC, units=SVC_CNT,diagnoses=ICD Codes",
                           &options.columns),
            "");
  const std::vector<ClaimParse> claims =
      ReadAll(ReadFixture("claims/batch/export.csv"), options);
  ASSERT_EQ(Ids(claims), (std::vector<std::string>{"X-1", "X-2"}));
  EXPECT_EQ(claims[0].claim.lines.at(1).code, "J0567");
  EXPECT_EQ(claims[0].claim.lines.at(1).units, "2");
  EXPECT_EQ(claims[0].claim.lines.at(1).date_of_service, "2026-03-02");
  EXPECT_EQ(claims[1].claim.diagnoses, std::vector<std::string>{"I10"});
  ASSERT_FALSE(claims[0].claim.notes.empty());
  EXPECT_NE(claims[0].claim.notes[0].find("\"Patient Name\""),
            std::string::npos);
  // Without the map, "PROC" still names the code column by its word, but
  // the units of SVC_CNT are not read.
  const std::vector<ClaimParse> unmapped =
      ReadAll(ReadFixture("claims/batch/export.csv"));
  ASSERT_EQ(Ids(unmapped), (std::vector<std::string>{"X-1", "X-2"}));
  EXPECT_EQ(unmapped[0].claim.lines.at(1).code, "J0567");
  EXPECT_EQ(unmapped[0].claim.lines.at(1).units, "");
  // A file with no column a code could be in needs the map.
  ReadSummary summary;
  EXPECT_TRUE(ReadAll("Claim Number,ITEM,SVC_CNT\nX-1,99213,1\n", {}, &summary)
                  .empty());
  EXPECT_NE(summary.errors.at(0).message.find("needs a code column"),
            std::string::npos);
}

std::string Claims(std::string_view bytes);

TEST(ClaimBatch, X12WrappedAtAFixedWidthReadsTheSame) {
  std::string flat;
  for (char c : ReadFixture("claims/batch/two_interchanges.837p.txt")) {
    if (c != '\n' && c != '\r') flat.push_back(c);
  }
  std::string wrapped;
  for (size_t i = 0; i < flat.size(); i += 80) {
    wrapped += flat.substr(i, 80) + "\r\n";
  }
  EXPECT_EQ(Claims(wrapped), Claims(flat));
  EXPECT_EQ(Ids(ReadAll(wrapped)),
            (std::vector<std::string>{"JANE-1", "JANE-2", "RICHARD-1",
                                      "SUPPLY-1", "BROKEN-1"}));
}

TEST(ClaimBatch, ExportsAreReadAsTheyComeWithNotes) {
  const std::vector<ClaimParse> claims =
      ReadAll(ReadFixture("claims/batch/messy_export.tsv"));
  ASSERT_EQ(claims.size(), 2u);
  const Claim& first = claims[0].claim;
  ASSERT_EQ(first.lines.size(), 2u);
  EXPECT_EQ(first.lines[0].date_of_service, "2026-03-02");  // 03/02/2026
  EXPECT_EQ(first.lines[1].date_of_service, "2026-03-02");  // 3/2/2026
  EXPECT_EQ(first.lines[0].charge, "125.00");
  EXPECT_EQ(first.lines[1].charge, "1250.00");
  EXPECT_EQ(first.lines[0].modifiers, std::vector<std::string>{"25"});
  EXPECT_EQ(first.diagnoses, std::vector<std::string>{"E11.9"});
  const std::string notes = Joined(first.notes);
  EXPECT_NE(notes.find("2 row(s) above the header (row 3)"), std::string::npos)
      << notes;
  EXPECT_NE(notes.find("MM/DD/YYYY"), std::string::npos) << notes;
  EXPECT_NE(notes.find("\"$\""), std::string::npos) << notes;
  const Claim& second = claims[1].claim;
  EXPECT_EQ(second.lines.at(0).date_of_service, "2026-03-03");  // date-time
  EXPECT_EQ(second.lines.at(0).modifiers,
            (std::vector<std::string>{"RR", "NU"}));
  const std::vector<ClaimParse> semicolons =
      ReadAll(ReadFixture("claims/batch/semicolons.csv"));
  ASSERT_EQ(semicolons.size(), 1u);
  EXPECT_EQ(semicolons[0].claim.lines.at(0).date_of_service, "2026-03-03");
  EXPECT_EQ(semicolons[0].claim.lines.at(0).diagnosis_pointers,
            std::vector<std::string>{"1"});
  // Semicolons come from European locales, whose charges have a decimal
  // comma.
  EXPECT_EQ(semicolons[0].claim.lines.at(0).charge, "125.50");
  EXPECT_EQ(semicolons[0].claim.lines.at(1).charge, "1250.00");
  EXPECT_NE(Joined(semicolons[0].claim.notes).find("decimal comma"),
            std::string::npos);
}

TEST(ClaimBatch, FormatIsDetectedWhereToolsPutThings) {
  const std::string isa = ReadFixture("claims/sample.837p.txt");
  EXPECT_EQ(DetectClaimFormat("Exported by Tool v2\r\n" + isa),
            ClaimFormat::kX12);
  EXPECT_EQ(
      DetectClaimFormat(R"({"id": "1", "item": [], "resourceType": "Claim"})"),
      ClaimFormat::kFhir);
  EXPECT_EQ(DetectClaimFormat(R"([{"lines": []}])"), ClaimFormat::kJson);
}

TEST(ClaimBatch, ColumnMapsNameOnlyBillcodeColumns) {
  std::map<std::string, std::string> columns;
  EXPECT_NE(ParseColumnMap("colour=X", &columns).find("not a billcode column"),
            std::string::npos);
  EXPECT_NE(ParseColumnMap("code", &columns).find("FIELD=HEADER"),
            std::string::npos);
  EXPECT_EQ(ParseColumnMap("", &columns), "");
}

std::string Utf16Le(std::string_view ascii) {
  std::string bytes = "\xFF\xFE";
  for (char c : ascii) {
    bytes.push_back(c);
    bytes.push_back('\0');
  }
  return bytes;
}

// Every claim of `bytes` in billcode JSON, to compare two reads.
std::string Claims(std::string_view bytes) {
  std::string text;
  for (const ClaimParse& claim : ReadAll(bytes)) {
    text += ParsedClaimJson(claim) + "\n";
  }
  return text;
}

TEST(ClaimBatch, ByteOrderMarksAndUtf16ReadTheSameClaims) {
  for (const char* fixture :
       {"claims/batch/two_interchanges.837p.txt",
        "claims/batch/bundle.fhir.json", "claims/batch/eobs.ndjson",
        "claims/batch/claims.json", "claims/batch/claims_by_id.csv",
        "claims/sample.json", "claims/sample.fhir.json",
        "claims/sample.837p.txt", "claims/sample.csv"}) {
    const std::string text = ReadFixture(fixture);
    const std::string expected = Claims(text);
    ASSERT_FALSE(expected.empty()) << fixture;
    EXPECT_EQ(Claims("\xEF\xBB\xBF" + text), expected) << fixture;
    EXPECT_EQ(Claims(Utf16Le(text)), expected) << fixture;
  }
}

// The report of every claim in `text`, as JSON lines.
std::string Reports(const std::string& text) {
  std::string reports;
  CheckClaims(text, {}, Data(),
              CheckOptions{"", "", *Date::FromYmd(2026, 11, 27)},
              [&](const ClaimParse&, const ClaimReport* report) {
                reports += report ? ClaimReportJson(*report) : "unreadable";
                reports += "\n";
                return true;
              });
  return reports;
}

TEST(ClaimBatch, FhirChargesAreTheLineTotal) {
  const auto charge = [](const std::string& item) {
    const std::vector<ClaimParse> claims = ReadAll(
        R"({"resourceType": "Claim", "item": [{"sequence": 1,
        "productOrService": {"coding": [{"code": "A4253"}]}, )" +
        item + "}]}");
    return claims.at(0).claim.lines.at(0).charge;
  };
  EXPECT_EQ(charge(R"("quantity": {"value": 2}, "unitPrice": {"value": 25},
                      "net": {"value": 49.5})"),
            "49.5");
  EXPECT_EQ(charge(R"("quantity": {"value": 2}, "unitPrice": {"value": 25},
                      "adjudication": [{"category": {"coding": [{"code":
                      "submitted"}]}, "amount": {"value": 48}}])"),
            "48");
  EXPECT_EQ(charge(R"("quantity": {"value": 3}, "unitPrice": {"value": 12.5})"),
            "37.50");
  EXPECT_EQ(charge(R"("unitPrice": {"value": 12.5})"), "12.5");
}

TEST(ClaimBatch, FhirCodeSystemsNamedByTheirOidsReadTheSame) {
  const std::string claim = ReadFixture("claims/sample.fhir.json");
  std::string by_oid = claim;
  for (const auto& [uri, oid] :
       std::vector<std::pair<std::string, std::string>>{
           {"http://hl7.org/fhir/sid/icd-10-cm",
            "urn:oid:2.16.840.1.113883.6.90"},
           {"http://hl7.org/fhir/sid/ndc", "urn:oid:2.16.840.1.113883.6.69"},
           {"http://www.ama-assn.org/go/cpt",
            "urn:oid:2.16.840.1.113883.6.12"}}) {
    for (size_t at = by_oid.find(uri); at != std::string::npos;
         at = by_oid.find(uri, at)) {
      by_oid.replace(at, uri.size(), oid);
    }
  }
  ASSERT_NE(by_oid, claim);
  EXPECT_EQ(Claims(by_oid), Claims(claim));
}

TEST(ClaimBatch, TheSameClaimInEveryFhirWrappingGivesTheSameReport) {
  nlohmann::json claim =
      nlohmann::json::parse(ReadFixture("claims/sample.fhir.json"));
  const std::string expected = Reports(claim.dump());
  nlohmann::json eob = claim;
  eob["resourceType"] = "ExplanationOfBenefit";
  const nlohmann::json bundle = {
      {"resourceType", "Bundle"},
      {"type", "collection"},
      {"entry",
       {{{"resource", {{"resourceType", "Patient"}}}}, {{"resource", claim}}}}};
  const nlohmann::json array = nlohmann::json::array({claim});
  const std::string ndjson =
      nlohmann::json({{"resourceType", "Patient"}}).dump() + "\n" +
      claim.dump() + "\n";
  for (const std::string& text :
       {eob.dump(), bundle.dump(), array.dump(), ndjson}) {
    EXPECT_EQ(Reports(text), expected) << text.substr(0, 80);
  }
}

TEST(ClaimBatch, TheSinkCanStopTheReading) {
  size_t seen = 0;
  const ReadSummary summary =
      ReadClaims(ReadFixture("claims/batch/two_interchanges.837p.txt"), {},
                 [&](ClaimParse&&) { return ++seen < 2; });
  EXPECT_EQ(seen, 2u);
  EXPECT_TRUE(summary.stopped);
}

TEST(ClaimBatch, TotalsCountClaimsFindingsAndChecks) {
  const BatchCheck batch =
      CheckClaims(ReadFixture("claims/batch/claims.json"), {}, Data(),
                  CheckOptions{"", "", *Date::FromYmd(2026, 11, 27)},
                  [](const ClaimParse&, const ClaimReport*) { return true; });
  EXPECT_EQ(batch.totals.claims, 3);
  EXPECT_EQ(batch.totals.unreadable, 1);
  EXPECT_EQ(batch.totals.with_errors, 1);
  EXPECT_EQ(batch.totals.checks.at("hcpcs")[static_cast<int>(CheckState::kRan)],
            2);
  const nlohmann::json summary = nlohmann::json::parse(BatchSummaryJson(batch));
  EXPECT_EQ(summary["claims"], 3);
  EXPECT_EQ(summary["format"], "json");
}

TEST(ClaimBatch, TheSummaryCarriesEachNoticeOnceAndTheClaimsNone) {
  std::vector<std::string> claims;
  const BatchCheck batch =
      CheckClaims(ReadFixture("claims/batch/claims.json"), {}, Data(),
                  CheckOptions{"", "", *Date::FromYmd(2026, 11, 27)},
                  [&](const ClaimParse& parse, const ClaimReport* report) {
                    claims.push_back(BatchClaimJson(parse, report));
                    return true;
                  });
  const nlohmann::json summary = nlohmann::json::parse(BatchSummaryJson(batch));
  // The NCCI tables' notice and the fee schedule's (a Medicare claim).
  const std::vector<std::string> notices = summary["notices"];
  ASSERT_EQ(notices.size(), 2u);
  EXPECT_NE(notices[0], notices[1]);
  for (const std::string& notice : notices) {
    EXPECT_NE(notice.find("American Medical Association"), std::string::npos);
  }
  for (const std::string& claim : claims) {
    EXPECT_EQ(claim.find("American Medical Association"), std::string::npos);
  }
}

TEST(ClaimBatch, ErrorsOfOneClaimAreCapped) {
  std::string csv = "code\n";
  for (int i = 0; i < 300; ++i) csv += "E0114,x\n";  // more cells than header
  const std::vector<ClaimParse> claims = ReadAll(csv);
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_EQ(claims[0].errors.size(), kMaxInputErrors + 1);
  EXPECT_EQ(claims[0].errors.back().message, "200 more error(s) not listed");
}

}  // namespace
}  // namespace billcode
