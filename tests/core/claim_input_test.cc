// The four claim formats: one claim gives one report, and malformed input
// is reported with where it is.
#include "billcode/claims/input/claim_input.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "billcode/base/decimal.h"
#include "billcode/claims/input/cms1500_text.h"
#include "billcode/claims/input/ub04_text.h"
#include "billcode/claims/rules/claim_check.h"
#include "billcode/import/hcpcs_import.h"
#include "billcode/import/icd10cm_import.h"
#include "billcode/import/ncci_mue_import.h"
#include "billcode/json/json_output.h"
#include "case_table.h"
#include "fixture_data.h"

namespace billcode {
namespace {

using testing::ReadFixture;

const char* kSamples[] = {"claims/sample.json", "claims/sample.fhir.json",
                          "claims/sample.837p.txt", "claims/sample.csv"};

TEST(ClaimInput, DetectsEachFormat) {
  const ClaimFormat expected[] = {ClaimFormat::kJson, ClaimFormat::kFhir,
                                  ClaimFormat::kX12, ClaimFormat::kCsv};
  for (size_t i = 0; i < std::size(kSamples); ++i) {
    EXPECT_EQ(DetectClaimFormat(ReadFixture(kSamples[i])), expected[i])
        << kSamples[i];
  }
}

TEST(ClaimInput, EveryFormatReadsTheSameClaim) {
  const ClaimParse reference =
      ParseClaim(ReadFixture(kSamples[0]), ClaimFormat::kAuto);
  ASSERT_TRUE(reference.errors.empty()) << InputErrorsJson(reference);
  ASSERT_EQ(reference.claim.lines.size(), 6u);
  for (const char* sample : kSamples) {
    const ClaimParse parse =
        ParseClaim(ReadFixture(sample), ClaimFormat::kAuto);
    ASSERT_TRUE(parse.errors.empty()) << sample << InputErrorsJson(parse);
    const Claim& claim = parse.claim;
    EXPECT_EQ(claim.payer, "medicare") << sample;
    ASSERT_EQ(claim.diagnoses.size(), 2u) << sample;
    EXPECT_EQ(NormalizeDiagnosis(claim.diagnoses[0]), "E119") << sample;
    EXPECT_EQ(NormalizeDiagnosis(claim.diagnoses[1]), "I10") << sample;
    ASSERT_EQ(claim.lines.size(), 6u) << sample;
    for (size_t i = 0; i < claim.lines.size(); ++i) {
      const ClaimLine& a = claim.lines[i];
      const ClaimLine& b = reference.claim.lines[i];
      EXPECT_EQ(a.code, b.code) << sample << " line " << i;
      EXPECT_EQ(a.modifiers, b.modifiers) << sample << " line " << i;
      EXPECT_EQ(std::stod(a.units), std::stod(b.units)) << sample;
      EXPECT_EQ(std::stod(a.charge), std::stod(b.charge)) << sample;
      EXPECT_EQ(a.date_of_service, b.date_of_service) << sample;
      EXPECT_EQ(a.date_to, b.date_to) << sample << " line " << i;
      const auto place = [](const Claim& c, const ClaimLine& l) {
        return l.place_of_service.empty() ? c.place_of_service
                                          : l.place_of_service;
      };
      EXPECT_EQ(place(claim, a), place(reference.claim, b)) << sample;
      EXPECT_EQ(a.diagnosis_pointers, b.diagnosis_pointers) << sample;
      EXPECT_EQ(a.ndc, b.ndc) << sample;
    }
  }
}

// The findings of `report` without their words: line, field, rule, severity.
nlohmann::json FindingKeys(const nlohmann::json& report) {
  nlohmann::json keys = nlohmann::json::array();
  for (const auto& finding : report["findings"]) {
    keys.push_back({{"line", finding["line"]},
                    {"field", finding["field"]},
                    {"rule", finding["rule"]},
                    {"severity", finding["severity"]}});
  }
  return keys;
}

TEST(ClaimInput, EveryFormatGivesTheHandWrittenFindings) {
  const DataSet data = testing::FixtureData(true);
  CheckOptions options;
  options.setting = "practitioner";
  options.today = *Date::FromYmd(2026, 11, 27);
  nlohmann::json expected =
      nlohmann::json::parse(ReadFixture("claims/sample.expected.json"));
  for (auto& finding : expected["findings"]) finding.erase("why");
  for (const char* sample : kSamples) {
    const ClaimParse parse =
        ParseClaim(ReadFixture(sample), ClaimFormat::kAuto);
    const nlohmann::json report = nlohmann::json::parse(
        ClaimReportJson(CheckClaim(parse.claim, data, options)));
    EXPECT_EQ(FindingKeys(report), expected["findings"]) << sample;
  }
}

TEST(ClaimInput, EveryFormatGivesTheSameReport) {
  const DataSet data = testing::FixtureData(true);
  CheckOptions options;
  options.setting = "practitioner";
  options.today = *Date::FromYmd(2026, 11, 27);
  std::string first;
  for (const char* sample : kSamples) {
    const ClaimParse parse =
        ParseClaim(ReadFixture(sample), ClaimFormat::kAuto);
    const std::string report =
        ClaimReportJson(CheckClaim(parse.claim, data, options));
    if (first.empty()) first = report;
    EXPECT_EQ(report, first) << sample;
  }
  EXPECT_NE(first.find("\"code-terminated\""), std::string::npos);
  const nlohmann::json diagnoses =
      nlohmann::json::parse(first)["summary"]["diagnoses"];
  ASSERT_EQ(diagnoses.size(), 2u);
  EXPECT_EQ(diagnoses[0]["description"],
            "Type 2 diabetes mellitus without complications");
  EXPECT_EQ(diagnoses[0]["status"], "billable");
  EXPECT_NE(first.find("\"mue-units\""), std::string::npos);
}

struct MalformedCase {
  ClaimFormat format;
  std::string text;
  std::string location;  // expected in some error's location
  std::string message;   // expected in that error's message
};

TEST(ClaimInput, MalformedInputIsLocated) {
  const std::string isa =
      "ISA*00*          *00*          *ZZ*A              *ZZ*B              "
      "*260304*1200*^*00501*000000001*0*T*:~";
  const MalformedCase cases[] = {
      {ClaimFormat::kJson, "{", "$", "not valid JSON"},
      {ClaimFormat::kJson, "[1]", "$", "must be a JSON object"},
      {ClaimFormat::kJson, R"({"lines": 5})", "$.lines", "must be an array"},
      {ClaimFormat::kJson, R"({"lines": [{"units": 1}]})", "$.lines[0].code",
       "is required"},
      {ClaimFormat::kJson, R"({"lines": [{"code": "E0114", "unit": 1}]})",
       "$.lines[0].unit", "not a field"},
      {ClaimFormat::kJson, R"({"lines": [7]})", "$.lines[0]",
       "must be an object"},
      {ClaimFormat::kJson, R"({"diagnoses": [{}]})", "$.diagnoses[0]",
       "must be text"},
      {ClaimFormat::kJson, R"({"payer": ["medicare"]})", "$.payer",
       "must be text"},
      {ClaimFormat::kFhir, R"({"resourceType": "Patient"})", "$",
       "is a FHIR Patient, not a Claim or ExplanationOfBenefit"},
      {ClaimFormat::kFhir, R"({"resourceType": "Bundle"})", "$",
       "Bundle without entries"},
      {ClaimFormat::kFhir, "5", "$", "has no resourceType"},
      {ClaimFormat::kFhir, R"([5, {"resourceType": 7}])", "the input",
       "holds no Claim or ExplanationOfBenefit"},
      {ClaimFormat::kFhir,
       R"({"resourceType": "Bundle", "entry": [{"fullUrl": 1, "resource": 2}]})",
       "the input", "holds no Claim or ExplanationOfBenefit"},
      {ClaimFormat::kFhir, R"({"resourceType": "Claim", "item": {}})",
       "Claim.item", "must be an array"},
      {ClaimFormat::kX12, isa + "CLM*1*10***11:B:1~SV1*HC:99213*10*UN*1~",
       "segment 3 (SV1)", "must follow an LX"},
      {ClaimFormat::kX12, isa + "LX*1~SV1*HC:99213*10*UN*1~", "segment 2 (LX)",
       "before the CLM"},
      {ClaimFormat::kX12, isa + "CLM*1*10***11:B:1~LX*1~SV1*HC*10*UN*1~",
       "segment 4 (SV1)", "has no procedure code"},
      {ClaimFormat::kX12,
       isa + "CLM*1*10***11:B:1~LX*1~SV1*HC:99213*10*UN*1~DTP*472*XX*1~",
       "segment 5 (DTP)", "D8 or RD8"},
      {ClaimFormat::kX12, isa + "CLM*1*1***11:B:1~CLM*2*1***11:B:1~",
       "the input", "holds 2 claims"},
      {ClaimFormat::kX12, isa + "ST*999*1~CLM*1*1***11:B:1~", "segment 2 (ST)",
       "not a claim (837)"},
      {ClaimFormat::kX12, isa + "NM1*IL*1~", "the input", "no CLM"},
      {ClaimFormat::kAuto, isa + "ST*835*1~CLP*A1*1*10*5~", "the input",
       "billcode explains it as a bill"},
      {ClaimFormat::kX12, isa + "CLM*1*1***11:B:1~lower case~", "segment 3",
       "not an X12 segment"},
      {ClaimFormat::kX12, isa + "CLM*1*1***11:B:1~HI*ABK~", "segment 3 (HI)",
       "no diagnosis code"},
      {ClaimFormat::kCsv, "units\n1\n", "row 1", "needs a code column"},
      {ClaimFormat::kCsv, "code,cpt\n1,2\n", "row 1 column cpt",
       "same field as column code"},
      {ClaimFormat::kCsv, "code,payer\nE0114,medicare\nE0114,medicaid\n",
       "row 3 column payer", "differs"},
      {ClaimFormat::kCsv, "code\n\"E0114\n", "row 2", "not closed"},
      {ClaimFormat::kCsv, "code\nE0114,extra\n", "row 2", "more cells"},
      {ClaimFormat::kCsv, "", "the input", "is empty"},
  };
  for (const MalformedCase& c : cases) {
    const ClaimParse parse = ParseClaim(c.text, c.format);
    bool found = false;
    for (const InputError& error : parse.errors) {
      found |= error.location.find(c.location) != std::string::npos &&
               error.message.find(c.message) != std::string::npos;
    }
    EXPECT_TRUE(found) << ToString(c.format) << " " << c.text << "\n"
                       << InputErrorsJson(parse);
  }
}

TEST(ClaimInput, HostileBytesNeverCrash) {
  std::string bytes;
  for (uint32_t i = 0; i < 20000; ++i) {
    bytes.push_back(static_cast<char>((i * 2654435761u) >> 24));
  }
  for (ClaimFormat format :
       {ClaimFormat::kAuto, ClaimFormat::kJson, ClaimFormat::kFhir,
        ClaimFormat::kX12, ClaimFormat::kCsv}) {
    const ClaimParse parse = ParseClaim(bytes, format);
    // Random bytes are no claim: every format says where and why.
    ASSERT_FALSE(parse.errors.empty()) << ToString(format);
    for (const InputError& error : parse.errors) {
      EXPECT_FALSE(error.location.empty()) << ToString(format);
      EXPECT_FALSE(error.message.empty()) << ToString(format);
    }
    const nlohmann::json listed = nlohmann::json::parse(InputErrorsJson(parse));
    EXPECT_EQ(listed["errors"].size(), parse.errors.size()) << ToString(format);
  }
}

TEST(ClaimInput, InterchangeCutShortIsAnErrorNotACrash) {
  for (const char* text : {"ISA", "ISA*", "note\nISA", "ISA*00*~ISA"}) {
    const ClaimParse parse = ParseClaim(text, ClaimFormat::kX12);
    EXPECT_FALSE(parse.errors.empty()) << text;
  }
}

TEST(ClaimInput, PrintedCms1500IsReadAsOneClaimByItsBoxes) {
  const std::string text = ReadFixture("claims/sample.cms1500.txt");
  EXPECT_EQ(DetectClaimFormat(text), ClaimFormat::kCms1500);
  const ClaimParse parse = ParseClaim(text, ClaimFormat::kAuto);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(parse.format, ClaimFormat::kCms1500);
  const Claim& claim = parse.claim;
  // C is printed empty: D is the third diagnosis, and pointer D points at it.
  EXPECT_EQ(claim.diagnoses,
            (std::vector<std::string>{"E11.9", "I10", "S93.401A"}));
  ASSERT_EQ(claim.lines.size(), 3u);
  const ClaimLine& visit = claim.lines[0];
  EXPECT_EQ(visit.code, "99214");
  EXPECT_EQ(visit.modifiers, std::vector<std::string>{"25"});
  EXPECT_EQ(visit.diagnosis_pointers, (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(visit.charge, "185.00");
  EXPECT_EQ(visit.units, "1");
  EXPECT_EQ(visit.date_of_service, "2026-03-02");
  EXPECT_EQ(visit.date_to, "");
  EXPECT_EQ(visit.place_of_service, "11");
  const ClaimLine& rental = claim.lines[1];
  EXPECT_EQ(rental.modifiers, (std::vector<std::string>{"RR", "NU"}));
  EXPECT_EQ(rental.diagnosis_pointers, std::vector<std::string>{"3"});
  EXPECT_EQ(rental.charge, "1120.00");
  EXPECT_EQ(rental.date_to, "2026-03-04");
  EXPECT_EQ(rental.place_of_service, "12");
  // Pointer C names no printed diagnosis: it keeps its letter's place.
  EXPECT_EQ(claim.lines[2].diagnosis_pointers, std::vector<std::string>{"3"});
  EXPECT_EQ(claim.lines[2].date_of_service, "2026-03-02");
}

TEST(ClaimInput, PrintedCms1500WithoutAServiceLineSaysWhatItLacks) {
  const ClaimParse parse =
      ParseClaim("HEALTH INSURANCE CLAIM FORM\n24. A. DATE(S) OF SERVICE\n",
                 ClaimFormat::kAuto);
  EXPECT_EQ(parse.format, ClaimFormat::kCms1500);
  ASSERT_EQ(parse.errors.size(), 1u);
  EXPECT_NE(parse.errors[0].message.find("no box 24 service line"),
            std::string::npos);
}

// "25 59" of {"25", "59"}.
// "role=npi ..." of `providers`.
std::string Npis(const std::vector<ProviderNpi>& providers) {
  std::string text;
  for (const ProviderNpi& p : providers) text += p.role + "=" + p.npi + " ";
  return text;
}

std::string SpaceJoined(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& word : words) {
    joined += (joined.empty() ? "" : " ") + word;
  }
  return joined;
}

struct ServiceLineCase {
  const char* line;
  const char* code;       // "" when the line is no service line
  const char* modifiers;  // joined by spaces
  const char* pointers;
  const char* charge;
};

TEST(Cms1500Form, ServiceLineBoxesAreToldApartByTheirPlaces) {
  const ServiceLineCase cases[] = {
      {"03 02 26 03 02 26 11 99214 AB 185 00 1", "99214", "", "AB", "185.00"},
      // "AA" is a modifier (anesthesia); the last letters before the charge
      // are the pointer.
      {"03 02 26 03 02 26 11 00811 AA QK A 880 00 1", "00811", "AA QK", "A",
       "880.00"},
      {"03 02 26 11 0001F 1 0 00 1", "0001F", "", "1", "0.00"},
      {"03 02 26 11 J1100 A 12 50 1.5 NPI 1234567893", "J1100", "", "A",
       "12.50"},
      {"03 02 26 03 02 26 11 99214 25 59 XS GT AB 185 00 1", "99214",
       "25 59 XS GT", "AB", "185.00"},
      // Box 24D holds four modifiers.
      {"03 02 26 03 02 26 11 99214 25 59 XS GT 76 AB 185 00 1", "", "", "", ""},
      {"13 02 26 03 02 26 11 99214 A 185 00 1", "", "", "", ""},
      {"03 02 26 03 02 26 11 OFFICE A 185 00 1", "", "", "", ""},
      {"Account 03 02 26 99214", "", "", "", ""},
  };
  for (const ServiceLineCase& c : cases) {
    const std::optional<Cms1500ServiceLine> read =
        ReadCms1500ServiceLine(c.line);
    if (*c.code == '\0') {
      EXPECT_FALSE(read.has_value()) << c.line;
      continue;
    }
    ASSERT_TRUE(read.has_value()) << c.line;
    EXPECT_EQ(read->code, c.code) << c.line;
    EXPECT_EQ(SpaceJoined(read->modifiers), c.modifiers) << c.line;
    EXPECT_EQ(read->pointers, c.pointers) << c.line;
    EXPECT_EQ(read->charge, c.charge) << c.line;
  }
}

struct ResubmissionCase {
  const char* name;
  const char* line;
  const char* next;
  const char* code;  // "" when the box is not read
  const char* original;
};

TEST(Cms1500Form, Box24JNpiIsTheLinesRenderingProvider) {
  const ClaimParse parse =
      ParseClaim(ReadFixture("claims/sample.cms1500.txt"), ClaimFormat::kAuto);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  ASSERT_EQ(parse.claim.lines.size(), 3u);
  EXPECT_EQ(Npis(parse.claim.lines[0].providers), "rendering=1234567893 ");
  EXPECT_EQ(Npis(parse.claim.lines[2].providers), "") << "24J left blank";
}

TEST(Cms1500Form, Box22IsReadBesideOrUnderItsLabels) {
  const ResubmissionCase cases[] = {
      {"beside its labels",
       "22. RESUBMISSION CODE 7   ORIGINAL REF. NO. 2612345678901", "", "7",
       "2612345678901"},
      {"under its labels", "22. RESUBMISSION CODE     ORIGINAL REF. NO.",
       "    8                 ICN0045123", "8", "ICN0045123"},
      {"right of box 21's last diagnoses",
       "I.        J.        K.        L.         22. RESUBMISSION CODE   "
       "ORIGINAL REF. NO.",
       "                                            7                  "
       "2612345678901",
       "7", "2612345678901"},
      {"a diagnosis left of it is not its value",
       "I. E11 9   J.   K.   L.    22. RESUBMISSION CODE   ORIGINAL REF. NO.",
       "23. PRIOR AUTHORIZATION NUMBER", "", ""},
      {"a code without the claim's number",
       "22. RESUBMISSION CODE 7  ORIGINAL REF. NO.",
       "23. PRIOR AUTHORIZATION NUMBER", "7", ""},
      {"empty", "22. RESUBMISSION CODE   ORIGINAL REF. NO.", "", "", ""},
      {"another box", "23. PRIOR AUTHORIZATION NUMBER  7 2612345678901", "", "",
       ""},
  };
  for (const ResubmissionCase& c : cases) {
    const std::optional<Cms1500Resubmission> box =
        ReadCms1500Resubmission(c.line, c.next);
    EXPECT_EQ(box ? box->code : "", c.code) << c.name;
    EXPECT_EQ(box ? box->original : "", c.original) << c.name;
  }
}

struct PartiesCase {
  const char* name;
  const char* text;
  Cms1500Parties expected;
};

TEST(Cms1500Form, PartiesAreReadBesideOrUnderTheirLabels) {
  const PartiesCase cases[] = {
      {"box 1's X under its label, 1a's ID under its label",
       "1. MEDICARE    MEDICAID    TRICARE    CHAMPVA    GROUP    FECA    "
       "OTHER   1a. INSURED'S I.D. NUMBER   (For Program in Item 1)\n"
       "   (Medicare#)  (Medicaid#)  (ID#/DoD#)  (Member ID#)  (ID#)\n"
       "                X                                                  "
       "      W123456789\n",
       {"medicaid", "W123456789", "", "", ""}},
      {"an X before its label on the line, the ID after its label",
       "1. X MEDICARE MEDICAID TRICARE CHAMPVA GROUP FECA OTHER 1a. INSURED'S "
       "I.D. NUMBER 1EG4TE5MK73\n",
       {"medicare", "1EG4TE5MK73", "", "", ""}},
      {"group health plan is commercial",
       "1. MEDICARE   MEDICAID   TRICARE   CHAMPVA   GROUP   FECA   OTHER\n"
       "                                             X\n",
       {"commercial", "", "", "", ""}},
      {"no box checked",
       "1. MEDICARE MEDICAID TRICARE CHAMPVA GROUP\n\n",
       {"", "", "", "", ""}},
      {"17b beside its label",
       "DN SMITH JOHN MD      17b. NPI 1234567893   18. HOSPITALIZATION\n",
       {"", "", "1234567893", "", ""}},
      {"32a and 33a labelled, 32a left blank",
       "32a.          32b.        33a. 1234567893     33b.\n",
       {"", "", "", "", "1234567893"}},
      {"32a and 33a as the form prints them: \"a.\" under boxes 32 and 33",
       "32. SERVICE FACILITY LOCATION INFORMATION     33. BILLING PROVIDER "
       "INFO & PH #\n"
       "MAIN STREET CLINIC                            MAIN STREET GROUP\n"
       "a. 1234567893     b.                          a. 1245319599   b.\n",
       {"", "", "", "1234567893", "1245319599"}},
      {"33a alone under box 33",
       "32. SERVICE FACILITY LOCATION INFORMATION     33. BILLING PROVIDER "
       "INFO & PH #\n"
       "a.                b.                          a. 1245319599   b.\n",
       {"", "", "", "", "1245319599"}},
      {"a phone number is no NPI",
       "33. BILLING PROVIDER INFO & PH # (317) 5551234\n"
       "33a. 317-555-1234\n",
       {"", "", "", "", ""}},
  };
  for (const PartiesCase& c : cases) {
    const Cms1500Parties read = ReadCms1500Parties(c.text);
    EXPECT_EQ(read.program, c.expected.program) << c.name;
    EXPECT_EQ(read.insured_id, c.expected.insured_id) << c.name;
    EXPECT_EQ(read.referring_npi, c.expected.referring_npi) << c.name;
    EXPECT_EQ(read.facility_npi, c.expected.facility_npi) << c.name;
    EXPECT_EQ(read.billing_npi, c.expected.billing_npi) << c.name;
  }
}

TEST(ClaimInput, PrintedCms1500GivesItsPayerMemberAndProviders) {
  const ClaimParse parse = ParseClaim(
      "HEALTH INSURANCE CLAIM FORM\n"
      "1. X MEDICARE MEDICAID TRICARE CHAMPVA GROUP FECA OTHER  1a. INSURED'S "
      "I.D. NUMBER 1EG4TE5MK73\n"
      "17. NAME OF REFERRING PROVIDER   17b. NPI 1234567893\n"
      "1 03 02 26  03 02 26   11   99214   25   A   185 00   1\n"
      "32a. 1245319599  32b.   33a. 1234567893  33b.\n",
      ClaimFormat::kAuto);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(parse.claim.payer, "medicare");
  EXPECT_EQ(parse.claim.member_id, "1EG4TE5MK73");
  EXPECT_EQ(Npis(parse.claim.providers),
            "billing=1234567893 referring=1234567893 facility=1245319599 ");
}

TEST(ClaimInput, PrintedCms1500ReplacementKeepsBox22) {
  const ClaimParse parse = ParseClaim(
      "HEALTH INSURANCE CLAIM FORM\n"
      "22. RESUBMISSION CODE 7   ORIGINAL REF. NO. 2612345678901\n"
      "1 03 02 26  03 02 26   11   99214   25   A   185 00   1\n",
      ClaimFormat::kAuto);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(parse.claim.frequency, "7");
  EXPECT_EQ(parse.claim.original_claim, "2612345678901");
}

TEST(Cms1500Form, DiagnosesGetTheirDotsBack) {
  const std::vector<Cms1500Diagnosis> read =
      ReadCms1500Diagnoses("A. E11 9  B. I10  C. T50 X1XA  D. M5450  E.");
  ASSERT_EQ(read.size(), 4u);
  EXPECT_EQ(read[0].code, "E11.9");
  EXPECT_EQ(read[1].code, "I10");
  EXPECT_EQ(read[2].code, "T50.X1XA");
  EXPECT_EQ(read[3].letter, 'D');
  EXPECT_EQ(read[3].code, "M54.50");
  EXPECT_TRUE(ReadCms1500Diagnoses("A. Smith, John  DOB 01 02 1950").empty());
}

TEST(ClaimInput, PrintedUb04IsReadAsOneClaimByItsLocators) {
  const std::string text = ReadFixture("claims/sample.ub04.txt");
  EXPECT_EQ(DetectClaimFormat(text), ClaimFormat::kUb04);
  const ClaimParse parse = ParseClaim(text, ClaimFormat::kAuto);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(parse.format, ClaimFormat::kUb04);
  EXPECT_EQ(parse.id, "OP2026-0417");
  const Claim& claim = parse.claim;
  EXPECT_EQ(claim.form, "institutional");
  EXPECT_EQ(claim.facility_type, "131");
  EXPECT_EQ(claim.payer, "medicare");
  EXPECT_EQ(claim.date_of_service, "2026-02-14");
  EXPECT_EQ(claim.diagnoses,
            (std::vector<std::string>{"R10.9", "K52.9", "E86.0"}));
  // The totals line (revenue code 0001) is no service.
  ASSERT_EQ(claim.lines.size(), 5u);
  const ClaimLine& visit = claim.lines[0];
  EXPECT_EQ(visit.revenue_code, "0450");
  EXPECT_EQ(visit.code, "99283");
  EXPECT_EQ(visit.modifiers, std::vector<std::string>{"25"});
  EXPECT_EQ(visit.description, "EMERGENCY ROOM-EMERG LEVEL 3");
  EXPECT_EQ(visit.units, "1");
  EXPECT_EQ(visit.charge, "845.00");
  EXPECT_EQ(visit.date_of_service, "2026-02-14");
  EXPECT_EQ(claim.lines[2].date_of_service, "2026-02-14");
  EXPECT_EQ(claim.lines[3].code, "J1885");
  EXPECT_EQ(claim.lines[3].modifiers, std::vector<std::string>{"JZ"});
  const ClaimLine& pharmacy = claim.lines[4];
  EXPECT_EQ(pharmacy.code, "0250");
  EXPECT_EQ(pharmacy.code_system, "revenue code");
  EXPECT_EQ(pharmacy.units, "3");
  EXPECT_EQ(pharmacy.charge, "45.00");
}

TEST(ClaimInput, PrintedUb04WithoutAServiceLineSaysWhatItLacks) {
  const ClaimParse parse = ParseClaim(
      "UB-04 CMS-1450\n42 REV. CD.  43 DESCRIPTION\n", ClaimFormat::kAuto);
  EXPECT_EQ(parse.format, ClaimFormat::kUb04);
  ASSERT_EQ(parse.errors.size(), 1u);
  EXPECT_NE(parse.errors[0].message.find("no FL 42-47 service line"),
            std::string::npos);
}

TEST(Ub04Form, IsKnownByItsTitleLineOrItsLocatorsNotByAMention) {
  EXPECT_TRUE(IsUb04Text("UB-04 CMS-1450\n1 RIVERBEND HOSPITAL\n"));
  EXPECT_TRUE(IsUb04Text("4 TYPE OF BILL 0131\n42 REV. CD. 43 DESCRIPTION\n"));
  EXPECT_FALSE(
      IsUb04Text("Rev Code  Description  Charges\n"
                 "An itemized bill (UB-04) is available on request.\n"));
}

struct Ub04LineCase {
  const char* line;
  const char* revenue_code;  // "" when the line is no service line
  const char* code;
  const char* modifiers;  // joined by spaces
  const char* date;
  const char* units;
  const char* charge;
};

TEST(Ub04Form, ServiceLineLocatorsAreToldApartByTheirPlaces) {
  const Ub04LineCase cases[] = {
      {"0450 EMERGENCY ROOM 99283 021426 1 845 00", "0450", "99283", "",
       "2026-02-14", "1", "845.00"},
      {"12 0636 DRUG J1885 JW 02142026 2 52 00", "0636", "J1885", "JW",
       "2026-02-14", "2", "52.00"},
      // A room's rate before the date; non-covered charges after the total.
      {"0120 ROOM-BOARD/SEMI 1,200 00 021426 3 3,600 00 0 00", "0120", "", "",
       "2026-02-14", "3", "3600.00"},
      // No service date (an inpatient claim's line): units before the total.
      {"0250 PHARMACY 3 45 00", "0250", "", "", "", "3", "45.00"},
      {"0250 PHARMACY 3 45 00 0 00", "0250", "", "", "", "3", "45.00"},
      {"0001 TOTAL CHARGES 1696 00", "", "", "", "", "", ""},
      {"1200 MAIN ST SPRINGFIELD IL 62701", "", "", "", "", "", ""},
      {"0450 EMERGENCY ROOM 99283 021426 1 845 00 NPI", "", "", "", "", "", ""},
  };
  for (const Ub04LineCase& c : cases) {
    const std::optional<Ub04ServiceLine> read = ReadUb04ServiceLine(c.line);
    if (*c.revenue_code == '\0') {
      EXPECT_FALSE(read.has_value()) << c.line;
      continue;
    }
    ASSERT_TRUE(read.has_value()) << c.line;
    EXPECT_EQ(read->revenue_code, c.revenue_code) << c.line;
    EXPECT_EQ(read->code, c.code) << c.line;
    EXPECT_EQ(SpaceJoined(read->modifiers), c.modifiers) << c.line;
    EXPECT_EQ(read->date, c.date) << c.line;
    EXPECT_EQ(read->units, c.units) << c.line;
    EXPECT_EQ(read->charge, c.charge) << c.line;
  }
}

TEST(ClaimInput, JsonIntegersAboveTwoToThe63KeepTheirDigits) {
  const ClaimParse parse = ParseClaimJson(
      R"({"lines": [{"code": "E0114", "units": 9223372036854775808,
                     "diagnosisPointers": [18446744073709551615]}]})");
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(parse.claim.lines[0].units, "9223372036854775808");
  EXPECT_EQ(parse.claim.lines[0].diagnosis_pointers[0], "18446744073709551615");
}

TEST(ClaimInput, X12PayerIsTheSubscribersEvenWhenNotPrimary) {
  // A Medicaid claim as the secondary payer: the 2000B SBR says S and MC;
  // the 2320 SBR after the CLM names Medicare as the other (primary) payer.
  const ClaimParse parse = ParseClaimX12(
      "ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     "
      "*260304*1200*^*00501*000000001*0*T*:~"
      "HL*2*1*22*0~SBR*S*18*******MC~CLM*P1*100***11:B:1*Y*A*Y*Y~"
      "DTP*472*D8*20260302~SBR*P*18*******MB~LX*1~SV1*HC:J0696*100*UN*1***1~");
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(parse.claim.payer, "medicaid");
}

// A FHIR Claim with diagnoses of the given sequence values (E119, I10,
// R05 ... in order) and one item pointing at `pointer`.
ClaimParse FhirWithSequences(const std::vector<int>& sequences, int pointer) {
  const char* codes[] = {"E119", "I10", "R05"};
  nlohmann::json claim = {{"resourceType", "Claim"}};
  for (size_t i = 0; i < sequences.size(); ++i) {
    claim["diagnosis"].push_back(
        {{"sequence", sequences[i]},
         {"diagnosisCodeableConcept",
          {{"coding",
            {{{"system", "http://hl7.org/fhir/sid/icd-10-cm"},
              {"code", codes[i]}}}}}}});
  }
  claim["item"].push_back({{"sequence", 1},
                           {"diagnosisSequence", {pointer}},
                           {"productOrService",
                            {{"coding",
                              {{{"system", "http://www.ama-assn.org/go/cpt"},
                                {"code", "99213"}}}}}}});
  return ParseClaimFhir(claim.dump());
}

TEST(ClaimInput, FhirPointersFollowSequenceValues) {
  const struct {
    std::vector<int> sequences;
    int pointer;
    const char* diagnosis;  // the one pointed at, or nullptr for none
  } kCases[] = {
      {{1, 3}, 3, "I10"},
      {{2, 3}, 2, "E119"},
      {{3, 1}, 3, "E119"},
      {{1, 3}, 2, nullptr},
  };
  for (const auto& c : kCases) {
    const ClaimParse parse = FhirWithSequences(c.sequences, c.pointer);
    ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
    const std::string& pointer = parse.claim.lines[0].diagnosis_pointers[0];
    const std::optional<int> position = ParseCount(pointer);
    if (!c.diagnosis) {
      EXPECT_FALSE(position.has_value()) << pointer;
      continue;
    }
    ASSERT_TRUE(position.has_value()) << pointer;
    EXPECT_EQ(parse.claim.diagnoses[*position - 1], c.diagnosis)
        << "pointer " << c.pointer;
  }
}

TEST(ClaimInput, FhirClaimAnsweredByAnEobOfItsBundleIsReadOnceThroughIt) {
  // Synthea writes each Claim and the ExplanationOfBenefit that answers it.
  const std::string bundle = R"({"resourceType": "Bundle", "entry": [
    {"fullUrl": "urn:uuid:c1", "resource": {"resourceType": "Claim",
     "id": "c1", "item": [{"sequence": 1, "productOrService":
     {"coding": [{"code": "E0114"}]}, "net": {"value": 125}}]}},
    {"fullUrl": "urn:uuid:c2", "resource": {"resourceType": "Claim",
     "id": "c2", "item": [{"sequence": 1, "productOrService":
     {"coding": [{"code": "A4206"}]}, "net": {"value": 5}}]}},
    {"resource": {"resourceType": "ExplanationOfBenefit", "id": "e1",
     "claim": {"reference": "urn:uuid:c1"}, "item": [{"sequence": 1,
     "productOrService": {"coding": [{"code": "E0114"}]},
     "net": {"value": 125}}]}}]})";
  std::vector<std::string> ids;
  const ReadSummary summary =
      ReadClaims(bundle, ReadOptions(), [&](ClaimParse&& parse) {
        ids.push_back(parse.claim.lines.at(0).code);
        return true;
      });
  EXPECT_EQ(ids, (std::vector<std::string>{"A4206", "E0114"}))
      << "c2, which no EOB answers, and e1, not c1";
  ASSERT_EQ(summary.errors.size(), 1u);
  EXPECT_NE(summary.errors[0].message.find("1 Claim resource(s) passed over"),
            std::string::npos)
      << summary.errors[0].message;
}

TEST(ClaimInput, CsvRowOfNumberedLinesIsAClaimOfThoseLines) {
  const std::string csv =
      "DOS,Payer,CPT 1,Mod 1,Units 1,Charge 1,CPT 2,Mod 2,Units 2,Charge 2,"
      "Dx 1,Dx 2\n"
      "01/05/2026,Medicare,99213,25,1,120.00,36415,,1,15.00,E11.9,I10\n"
      "01/06/2026,Aetna,99214,,1,180.00,,,,,J02.9,\n";
  std::vector<ClaimParse> claims;
  ReadClaims(csv, ReadOptions(), [&](ClaimParse&& parse) {
    claims.push_back(std::move(parse));
    return true;
  });
  ASSERT_EQ(claims.size(), 2u) << "a row without a claim id is a claim";
  const Claim& first = claims[0].claim;
  ASSERT_EQ(first.lines.size(), 2u) << InputErrorsJson(claims[0]);
  EXPECT_EQ(first.lines[0].code, "99213");
  EXPECT_EQ(first.lines[0].modifiers, std::vector<std::string>{"25"});
  EXPECT_EQ(first.lines[0].charge, "120.00");
  EXPECT_EQ(first.lines[1].code, "36415");
  EXPECT_TRUE(first.lines[1].modifiers.empty());
  EXPECT_EQ(first.lines[1].date_of_service, "2026-01-05") << "shared cells";
  EXPECT_EQ(first.payer, "medicare");
  EXPECT_EQ(first.diagnoses, (std::vector<std::string>{"E11.9", "I10"}));
  ASSERT_EQ(claims[1].claim.lines.size(), 1u) << "an empty number is no line";
  EXPECT_EQ(claims[1].claim.lines[0].code, "99214");
}

TEST(ClaimInput, CsvPointersWrittenAsLettersAreTheirNumbers) {
  const struct {
    const char* csv;
    std::vector<std::string> pointers;
  } kCases[] = {
      {"CPT,Dx 1,Dx 2,Dx Pointer\n99213,E11.9,I10,\"A,B\"\n", {"1", "2"}},
      {"CPT,Dx 1,Dx 2,Dx Pointer\n99213,E11.9,I10,ab\n", {"1", "2"}},
      {"CPT,Dx 1,Dx 2,Dx Ptr 1,Dx Ptr 2\n99213,E11.9,I10,B,A\n", {"2", "1"}},
      {"CPT,Dx 1,Dx 2,Pointers\n99213,E11.9,I10,2 1\n", {"2", "1"}},
  };
  for (const auto& c : kCases) {
    const ClaimParse parse = ParseClaim(c.csv, ClaimFormat::kCsv);
    ASSERT_EQ(parse.claim.lines.size(), 1u) << InputErrorsJson(parse);
    EXPECT_EQ(parse.claim.lines[0].diagnosis_pointers, c.pointers) << c.csv;
  }
}

TEST(ClaimInput, CsvNumberedModifiersOfOneCodeColumnStayItsModifiers) {
  const ClaimParse parse =
      ParseClaim("CPT,Mod 1,Mod 2\n20610,RT,59\n", ClaimFormat::kCsv);
  ASSERT_EQ(parse.claim.lines.size(), 1u) << InputErrorsJson(parse);
  EXPECT_EQ(parse.claim.lines[0].modifiers,
            (std::vector<std::string>{"RT", "59"}));
}

TEST(ClaimInput, CsvModifierColumnsGoByTheirExportNames) {
  for (const char* headers :
       {"Mod 1,Mod 2", "Modifier1,Modifier2", "M1,M2", "MOD1,MOD2"}) {
    const ClaimParse parse = ParseClaim(
        "CPT," + std::string(headers) + "\n20610,RT,59\n", ClaimFormat::kCsv);
    ASSERT_EQ(parse.claim.lines.size(), 1u)
        << headers << ": " << InputErrorsJson(parse);
    EXPECT_EQ(parse.claim.lines[0].modifiers,
              (std::vector<std::string>{"RT", "59"}))
        << headers;
  }
}

TEST(ClaimInput, CsvColumnM5IsNoModifier) {
  const ClaimParse parse = ParseClaim("CPT,M5\n20610,RT\n", ClaimFormat::kCsv);
  ASSERT_EQ(parse.claim.lines.size(), 1u) << InputErrorsJson(parse);
  EXPECT_TRUE(parse.claim.lines[0].modifiers.empty())
      << "the CMS-1500 has four modifier boxes";
}

TEST(ClaimInput, FhirLineOfARevenueCodeAloneIsARevenueCodeLine) {
  for (const char* product :
       {"", R"("productOrService": {"coding": [{"system":
        "http://terminology.hl7.org/CodeSystem/data-absent-reason",
        "code": "not-applicable"}]},)",
        // Blue Button's revenue-center lines: the HCPCS system, no code.
        R"("productOrService": {"coding": [{"system":
        "https://bluebutton.cms.gov/resources/codesystem/hcpcs",
        "code": ""}]},)"}) {
    const ClaimParse parse = ParseClaim(
        std::string(R"({"resourceType": "Claim", "item": [{"sequence": 1,)") +
            product + R"("revenue": {"coding": [{"code": "0250"}]}}]})",
        ClaimFormat::kFhir);
    ASSERT_EQ(parse.claim.lines.size(), 1u) << InputErrorsJson(parse);
    EXPECT_EQ(parse.claim.lines[0].code_system, "revenue code") << product;
    EXPECT_EQ(parse.claim.lines[0].code, "0250") << product;
  }
}

// Items as FHIR writes them, each with the place given or not.
std::string FhirItemsAt(const std::vector<std::string>& places) {
  std::string items;
  for (const std::string& place : places) {
    items += std::string(items.empty() ? "" : ",") +
             R"({"productOrService": {"coding": [{"code": "E0114"}]}})";
    if (!place.empty()) {
      items.insert(items.size() - 1,
                   R"(, "locationCodeableConcept": {"coding": [{"code": ")" +
                       place + R"("}]})");
    }
  }
  return R"({"resourceType": "ExplanationOfBenefit", "item": [)" + items + "]}";
}

TEST(ClaimInput, FhirItemsWithoutAPlaceTakeTheOneTheOthersAgreeOn) {
  const ClaimParse shared =
      ParseClaim(FhirItemsAt({"11", "", "11"}), ClaimFormat::kFhir);
  ASSERT_EQ(shared.claim.lines.size(), 3u) << InputErrorsJson(shared);
  EXPECT_EQ(shared.claim.place_of_service, "11");
  EXPECT_EQ(shared.claim.lines[1].place_of_service, "");
  const auto notes_place = [](const Claim& claim) {
    return std::any_of(
        claim.notes.begin(), claim.notes.end(), [](const std::string& note) {
          return note.find("without a place of service") != std::string::npos;
        });
  };
  EXPECT_TRUE(notes_place(shared.claim));
  // Places that differ, or given on every item, leave the claim's unset.
  for (const std::vector<std::string>& places :
       {std::vector<std::string>{"11", "", "22"},
        std::vector<std::string>{"11", "11"},
        std::vector<std::string>{"", ""}}) {
    const ClaimParse parse =
        ParseClaim(FhirItemsAt(places), ClaimFormat::kFhir);
    EXPECT_EQ(parse.claim.place_of_service, "") << FhirItemsAt(places);
    EXPECT_FALSE(notes_place(parse.claim)) << FhirItemsAt(places);
  }
}

TEST(ClaimInput, FhirClaimTypeGivesTheFormAndSetting) {
  const struct {
    const char* type;
    const char* form;
    const char* setting;
  } kCases[] = {
      {"professional", "", ""},
      {"institutional", "institutional", ""},
      {"outpatient-facility", "institutional", "outpatient-hospital"},
      {"inpatient-facility", "institutional", ""},
      {"oral", "dental", ""},
  };
  for (const auto& c : kCases) {
    const ClaimParse parse = ParseClaim(
        std::string(R"({"resourceType": "ExplanationOfBenefit", "type":
            {"coding": [{"code": ")") +
            c.type + R"("}]}, "item": [{"sequence": 1, "productOrService":
            {"coding": [{"code": "99213"}]}}]})",
        ClaimFormat::kFhir);
    EXPECT_EQ(parse.claim.form, c.form) << c.type;
    EXPECT_EQ(parse.claim.setting, c.setting) << c.type;
  }
}

// CARIN's and Blue Button's supportingInfo "typeofbill" gives the UB-04
// type of bill (inpatient claims then skip the NCCI edits).
TEST(ClaimInput, FhirTypeOfBillComesFromSupportingInfo) {
  const struct {
    const char* supporting_info;
    const char* facility_type;
  } kCases[] = {
      {R"([{"sequence": 1, "category": {"coding": [{"code": "typeofbill"}]},
          "code": {"coding": [{"code": "0111"}]}}])",
       "111"},
      {R"([{"sequence": 1, "category": {"coding": [{"code": "typeofbill"}]},
          "code": {"coding": [{"code": "131"}]}}])",
       "131"},
      {R"([{"sequence": 1, "category": {"coding": [{"code": "admtype"}]},
          "code": {"coding": [{"code": "1"}]}}])",
       ""},
  };
  for (const auto& c : kCases) {
    const ClaimParse parse =
        ParseClaim(std::string(R"({"resourceType": "ExplanationOfBenefit",
            "supportingInfo": )") +
                       c.supporting_info + R"(, "item": [{"sequence": 1,
            "productOrService": {"coding": [{"code": "99213"}]}}]})",
                   ClaimFormat::kFhir);
    EXPECT_EQ(parse.claim.facility_type, c.facility_type) << c.supporting_info;
  }
}

// An inpatient EOB's `procedure` gives the stay's ICD-10-PCS codes;
// procedures of other systems are passed over.
TEST(ClaimInput, FhirStayProceduresAreItsIcd10PcsCodings) {
  const struct {
    const char* system;
    bool kept;
  } kCases[] = {
      {"http://www.cms.gov/Medicare/Coding/ICD10", true},
      {"http://hl7.org/fhir/sid/icd-10-pcs", true},
      {"http://snomed.info/sct", false},
  };
  for (const auto& c : kCases) {
    const ClaimParse parse = ParseClaim(
        std::string(R"({"resourceType": "ExplanationOfBenefit", "procedure":
            [{"sequence": 1, "date": "2026-01-06T00:00:00+00:00",
              "procedureCodeableConcept": {"coding": [{"system": ")") +
            c.system + R"(", "code": "0FT44ZZ", "display":
            "Resection of Gallbladder"}]}}], "item": [{"sequence": 1,
            "productOrService": {"coding": [{"code": "99213"}]}}]})",
        ClaimFormat::kFhir);
    ASSERT_EQ(parse.claim.stay_procedures.size(), c.kept ? 1u : 0u) << c.system;
    if (!c.kept) continue;
    const StayProcedure& procedure = parse.claim.stay_procedures[0];
    EXPECT_EQ(procedure.code, "0FT44ZZ");
    EXPECT_EQ(procedure.description, "Resection of Gallbladder");
    EXPECT_EQ(procedure.date, "2026-01-06");
    EXPECT_TRUE(std::any_of(parse.claim.notes.begin(), parse.claim.notes.end(),
                            [](const std::string& note) {
                              return note.find(
                                         "1 ICD-10-PCS code of the "
                                         "stay, not checked") !=
                                     std::string::npos;
                            }))
        << "the claim checker says it passed them over";
  }
}

TEST(ClaimInput, FhirInsurerNamedOtherwiseIsCommercial) {
  const struct {
    const char* insurer;
    const char* payer;
  } kCases[] = {
      {R"({"display": "Blue Cross Blue Shield of Illinois"})", "commercial"},
      {R"({"display": "Humana Medicare Advantage"})", "medicare"},
      {R"({"display": "CMS"})", "medicare"},
      {R"({"display": "Not Found-7dbe9160-104e"})", ""},
      {R"({"reference": "Organization/9"})", ""},
  };
  for (const auto& c : kCases) {
    const ClaimParse parse = ParseClaim(
        std::string(R"({"resourceType": "Claim", "insurer": )") + c.insurer +
            R"(, "item": [{"sequence": 1, "productOrService": {"coding":
            [{"code": "99213"}]}}]})",
        ClaimFormat::kFhir);
    EXPECT_EQ(parse.claim.payer, c.payer) << c.insurer;
  }
}

TEST(ClaimInput, FhirContainedCoverageNamesThePayer) {
  const struct {
    const char* contained;
    const char* payer;
  } kCases[] = {
      {R"([{"resourceType": "Coverage", "id": "cov1",
           "payor": [{"display": "Medicare Part B"}]}])",
       "medicare"},
      // The Coverage names a contained Organization listed after it.
      {R"([{"resourceType": "Coverage", "id": "cov1",
           "payor": [{"reference": "#org1"}]},
          {"resourceType": "Organization", "id": "org1",
           "name": "Texas Medicaid"}])",
       "medicaid"},
      {R"([{"resourceType": "Coverage", "id": "other"}])", ""},
  };
  for (const auto& c : kCases) {
    const ClaimParse parse =
        ParseClaim(std::string(R"({"resourceType": "Claim", "contained": )") +
                       c.contained +
                       R"(, "insurance": [{"sequence": 1, "focal": true,
            "coverage": {"reference": "#cov1"}}],
            "item": [{"sequence": 1, "productOrService": {"coding":
            [{"code": "99213"}]}}]})",
                   ClaimFormat::kFhir);
    EXPECT_EQ(parse.claim.payer, c.payer) << c.contained;
  }
}

TEST(ClaimInput, X12FrequencyAndTheOriginalClaimsNumber) {
  const std::string head =
      "ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     "
      "*260304*1200*^*00501*000000001*0*T*:~HL*1**20*1~HL*2*1*22*0~"
      "SBR*P*18*******MB~";
  const ClaimParse replacement =
      ParseClaimX12(head +
                    "CLM*P1*100***11:B:7*Y*A*Y*Y~REF*F8*PAYER123~"
                    "LX*1~SV1*HC:99213*100*UN*1~REF*6R*LINE1~");
  EXPECT_EQ(replacement.claim.frequency, "7");
  EXPECT_EQ(replacement.claim.original_claim, "PAYER123");
  const ClaimParse original =
      ParseClaimX12(head +
                    "CLM*P1*100***11:B:1*Y*A*Y*Y~LX*1~"
                    "SV1*HC:99213*100*UN*1~REF*F8*NOT-THE-CLAIMS~");
  EXPECT_EQ(original.claim.frequency, "1");
  EXPECT_EQ(original.claim.original_claim, "") << "a line's REF is not";
}

TEST(ClaimInput, X12ProvidersAreReadByTheirRolesAndLoops) {
  const ClaimParse parse = ParseClaimX12(
      "ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     "
      "*260304*1200*^*00501*000000001*0*T*:~HL*1**20*1~"
      "NM1*85*2*CLINIC*****XX*1234567893~HL*2*1*22*0~SBR*P*18*******MB~"
      "NM1*IL*1*DOE*JANE****MI*1EG4TE5MK73~CLM*P1*100***11:B:1*Y*A*Y*Y~"
      "NM1*DN*1*REFERRER*ANN****XX*1245319599~NM1*82*1*DOC*BOB****XX*"
      "1234567890~LX*1~SV1*HC:99213*100*UN*1~NM1*82*1*OTHER*SUE****XX*"
      "1234567893~");
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(Npis(parse.claim.providers),
            "billing=1234567893 referring=1245319599 rendering=1234567890 ");
  EXPECT_EQ(parse.claim.member_id, "1EG4TE5MK73") << "the subscriber's NM1*IL";
  ASSERT_EQ(parse.claim.lines.size(), 1u);
  EXPECT_EQ(Npis(parse.claim.lines[0].providers), "rendering=1234567893 ");
}

TEST(ClaimInput, FhirProvidersAndMemberIdComeFromIdentifiersOrResources) {
  const ClaimParse parse = ParseClaim(R"({"resourceType": "Bundle",
    "type": "collection", "entry": [
    {"fullUrl": "urn:uuid:doc", "resource": {"resourceType": "Practitioner",
      "id": "doc", "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi",
      "value": "1245319599"}]}},
    {"resource": {"resourceType": "Claim", "contained": [
      {"resourceType": "Organization", "id": "clinic", "identifier": [
        {"system": "urn:oid:2.16.840.1.113883.4.6", "value": "1234567893"}]},
      {"resourceType": "Coverage", "id": "cov", "subscriberId":
        "1EG4TE5MK73"}],
      "insurance": [{"sequence": 1, "focal": true,
        "coverage": {"reference": "#cov"}}],
      "provider": {"reference": "#clinic"},
      "careTeam": [{"sequence": 1, "provider": {"reference": "urn:uuid:doc"},
        "role": {"coding": [{"code": "performing"}]}},
        {"sequence": 2, "provider": {"identifier": {"system":
        "http://hl7.org/fhir/sid/us-npi", "value": "1234567890"}},
        "role": {"coding": [{"code": "referring"}]}}],
      "item": [{"sequence": 1, "productOrService": {"coding": [{"system":
        "http://www.ama-assn.org/go/cpt", "code": "99213"}]}}]}}]})",
                                      ClaimFormat::kFhir);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(Npis(parse.claim.providers),
            "billing=1234567893 rendering=1245319599 referring=1234567890 ");
  EXPECT_EQ(parse.claim.member_id, "1EG4TE5MK73") << "the Coverage's";
}

TEST(ClaimInput, CsvMemberIdColumnsGoByTheirExportNames) {
  for (const char* header : {"Member ID", "Subscriber ID", "Medicare ID", "MBI",
                             "Insured ID Number", "Policy Number"}) {
    const ClaimParse parse =
        ParseClaim("CPT," + std::string(header) + "\n99213,1EG4TE5MK73\n",
                   ClaimFormat::kCsv);
    ASSERT_TRUE(parse.errors.empty()) << header << InputErrorsJson(parse);
    EXPECT_EQ(parse.claim.member_id, "1EG4TE5MK73") << header;
  }
  for (const char* header : {"Group Number", "Member Name", "Payer ID"}) {
    const ClaimParse parse =
        ParseClaim("CPT," + std::string(header) + "\n99213,1EG4TE5MK73\n",
                   ClaimFormat::kCsv);
    EXPECT_EQ(parse.claim.member_id, "") << header;
  }
}

TEST(ClaimInput, CsvNpiColumnsGoByTheRoleTheirHeadersName) {
  const ClaimParse parse = ParseClaim(
      "Claim ID,CPT,Billing Provider NPI,Rendering Provider NPI\n"
      "1,99213,1234567893,1245319599\n"
      "1,36415,1234567893,1234567893\n",
      ClaimFormat::kCsv);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(Npis(parse.claim.providers), "billing=1234567893 ");
  ASSERT_EQ(parse.claim.lines.size(), 2u);
  EXPECT_EQ(Npis(parse.claim.lines[0].providers), "rendering=1245319599 ");
  EXPECT_EQ(Npis(parse.claim.lines[1].providers), "rendering=1234567893 ");
}

TEST(ClaimInput, X12DmeSupplierTaxonomyMeansTheDmeSetting) {
  const std::string head =
      "ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     "
      "*260304*1200*^*00501*000000001*0*T*:~HL*1**20*1~";
  const std::string rest =
      "HL*2*1*22*0~SBR*P*18*******MB~CLM*P1*100***12:B:1*Y*A*Y*Y~"
      "LX*1~SV1*HC:E0431:RR*100*UN*1***1~";
  EXPECT_EQ(ParseClaimX12(head + "PRV*BI*PXC*332B00000X~" + rest).claim.setting,
            "dme");
  EXPECT_EQ(ParseClaimX12(head + "PRV*BI*PXC*207Q00000X~" + rest).claim.setting,
            "");
}

struct EnvelopeCase {
  const char* name;
  const char* trailer;  // what follows the claim's last segment
  const char* note;     // expected in the claim's notes; "" = none
};

// Expects `notes` to be one that holds the case's note, or none.
void ExpectNoted(const std::vector<std::string>& notes, const EnvelopeCase& c) {
  if (*c.note == '\0') {
    EXPECT_TRUE(notes.empty()) << c.name << ": " << notes[0];
    return;
  }
  ASSERT_EQ(notes.size(), 1u)
      << c.name << ": " << ::testing::PrintToString(notes);
  EXPECT_NE(notes[0].find(c.note), std::string::npos)
      << c.name << ": " << notes[0];
}

TEST(ClaimInput, X12TransactionSetTrailerIsChecked) {
  // ST, BHT, HL, SBR, CLM, LX, SV1: 7 segments before the SE.
  const std::string set =
      "ST*837*0042*005010X222A1~BHT*0019*00*1*20260304*1200*CH~"
      "HL*1**20*1~SBR*P*18*******MB~CLM*P1*100***11:B:1*Y*A*Y*Y~"
      "LX*1~SV1*HC:99213*100*UN*1~";
  const EnvelopeCase cases[] = {
      {"right count and control number", "SE*8*0042~", ""},
      {"count off", "SE*9*0042~",
       "segment 8 (SE) counts 9 segments in its transaction set, which has 8 "
       "(from ST to SE)"},
      {"no count", "SE**0042~", "counts no segments"},
      {"control number off", "SE*8*0043~",
       "segment 8 (SE) ends control number 0043, not the ST's 0042"},
      {"file cut short", "",
       "segment 1 (ST) starts a transaction set that has no SE (the file "
       "ends inside it"},
      {"next set before the SE",
       "ST*837*0043~HL*1**20*1~CLM*P2*50***11:B:1*Y*A*Y*Y~LX*1~"
       "SV1*HC:99212*50*UN*1~SE*6*0043~",
       "segment 1 (ST) starts a transaction set that has no SE before "
       "segment 8 (ST)"},
  };
  for (const EnvelopeCase& c : cases) {
    std::vector<ClaimParse> claims;
    ReadClaims(set + c.trailer, {}, [&](ClaimParse&& parse) {
      claims.push_back(std::move(parse));
      return true;
    });
    ASSERT_FALSE(claims.empty()) << c.name;
    ExpectNoted(claims[0].claim.notes, c);
    for (size_t i = 1; i < claims.size(); ++i) {
      EXPECT_TRUE(claims[i].claim.notes.empty()) << c.name;
    }
  }
}

TEST(ClaimInput, X12GroupAndInterchangeTrailersAreChecked) {
  const std::string isa =
      "ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     "
      "*260304*1200*^*00501*000000007*0*T*:~GS*HC*S*R*20260304*1200*5*X*"
      "005010X222A1~";
  const std::string set =
      "ST*837*0001~HL*1**20*1~CLM*P1*100***11:B:1*Y*A*Y*Y~LX*1~"
      "SV1*HC:99213*100*UN*1~SE*6*0001~";
  const EnvelopeCase cases[] = {
      {"closed as counted", "GE*1*5~IEA*1*000000007~", ""},
      {"group count off", "GE*2*5~IEA*1*000000007~",
       "segment 9 (GE) counts 2 transaction sets in its functional group, "
       "which has 1: some may be missing or added"},
      {"interchange control number off", "GE*1*5~IEA*1*000000008~",
       "segment 10 (IEA) ends control number 000000008, not the ISA's "
       "000000007"},
      {"file cut short after a set", "",
       "segment 2 (GS) starts a functional group that has no GE (the file "
       "ends inside it"},
  };
  for (const EnvelopeCase& c : cases) {
    const ClaimParse parse = ParseClaimX12(isa + set + c.trailer);
    EXPECT_TRUE(parse.errors.empty()) << c.name;
    ExpectNoted(parse.claim.notes, c);
  }
}

TEST(ClaimInput, CsvRowsThatDisagreeGiveOneErrorAndACount) {
  std::string csv = "code,payer\nE0114,medicare\n";
  for (int i = 0; i < 5000; ++i) csv += "E0114,medicaid\n";
  const ClaimParse parse = ParseClaim(csv, ClaimFormat::kCsv);
  ASSERT_EQ(parse.errors.size(), 2u) << InputErrorsJson(parse);
  EXPECT_EQ(parse.errors[0].location, "row 3 column payer");
  EXPECT_EQ(parse.errors[1].message,
            "4999 more row(s) differ from \"medicare\" too");
}

TEST(ClaimInput, CsvDiagnosisColumnsGoByTheirExportNames) {
  for (const char* header : {"Dx1", "Dx 1", "ICD-10 Dx 1", "ICD-10 3",
                             "ICD10 Code", "Diagnosis Code 1", "Diag 2",
                             "DX Code", "Primary Diagnosis", "ICD-10-CM"}) {
    const ClaimParse parse =
        ParseClaim("CPT Code," + std::string(header) + "\n99213,J06.9\n",
                   ClaimFormat::kCsv);
    ASSERT_TRUE(parse.errors.empty())
        << header << ": " << InputErrorsJson(parse);
    EXPECT_EQ(parse.claim.diagnoses, std::vector<std::string>{"J06.9"})
        << header;
  }
}

TEST(ClaimInput, CsvLinesPointToTheDiagnosesOnTheirRows) {
  const ClaimParse parse = ParseClaim(
      "CPT Code,Dx 1,Dx 2,Dx 3,Dx 4,Dx 5,Dx Pointer\n"
      "99214,E11.9,I10,,,,\n"
      "82947,E11.9,,,,,\n"
      "93000,I10,R07.89,E11.9,Z00.00,J06.9,\n"
      "36415,E11.9,I10,,,,2\n",
      ClaimFormat::kCsv);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(
      parse.claim.diagnoses,
      (std::vector<std::string>{"E11.9", "I10", "R07.89", "Z00.00", "J06.9"}));
  const std::vector<std::vector<std::string>> pointers = {
      {"1", "2"}, {"1"}, {"2", "3", "1", "4"}, {"2"}};
  ASSERT_EQ(parse.claim.lines.size(), pointers.size());
  for (size_t i = 0; i < pointers.size(); ++i) {
    EXPECT_EQ(parse.claim.lines[i].diagnosis_pointers, pointers[i]) << i;
  }
  EXPECT_NE(std::find(parse.claim.notes.begin(), parse.claim.notes.end(),
                      "Lines without diagnosis pointers point to the "
                      "diagnoses on their own rows."),
            parse.claim.notes.end());
}

TEST(ClaimInput, CsvDiagnosisListThatDiffersByRowIsEachLinesOwn) {
  const ClaimParse parse = ParseClaim(
      "Claim ID,Procedure Code,Diagnosis Codes,Units\n"
      "10001,99214,E11.9;I10,1\n"
      "10001,20610,M17.11,1\n"
      "10001,J3301,\"M17.11, E11.9\",40\n",
      ClaimFormat::kCsv);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(parse.claim.diagnoses,
            (std::vector<std::string>{"E11.9", "I10", "M17.11"}));
  const std::vector<std::vector<std::string>> pointers = {
      {"1", "2"}, {"3"}, {"3", "1"}};
  ASSERT_EQ(parse.claim.lines.size(), pointers.size());
  for (size_t i = 0; i < pointers.size(); ++i) {
    EXPECT_EQ(parse.claim.lines[i].diagnosis_pointers, pointers[i]) << i;
  }
}

TEST(ClaimInput, CsvDiagnosisListTheSameOnEveryRowIsTheClaims) {
  const ClaimParse parse = ParseClaim(
      "Claim ID,Procedure Code,Diagnosis Codes\n"
      "10001,99214,E11.9;I10;M17.11;J06.9;R05.9\n"
      "10001,20610,E11.9;I10;M17.11;J06.9;R05.9\n",
      ClaimFormat::kCsv);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(parse.claim.diagnoses.size(), 5u);
  for (const ClaimLine& line : parse.claim.lines) {
    EXPECT_EQ(line.diagnosis_pointers,
              (std::vector<std::string>{"1", "2", "3", "4"}));
  }
}

TEST(ClaimInput, CsvWithoutAPointerColumnPointsLinesToTheFirstDiagnoses) {
  const ClaimParse parse =
      ParseClaim("code,diagnoses\n99213,J06.9;R05.9;R50.9;J02.9;R51.9\n",
                 ClaimFormat::kCsv);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(parse.claim.lines.at(0).diagnosis_pointers,
            (std::vector<std::string>{"1", "2", "3", "4"}));
  EXPECT_NE(parse.claim.notes.back().find("no diagnosis pointer column"),
            std::string::npos);
}

TEST(ClaimInput, CsvPointerColumnLeftEmptyStaysEmpty) {
  const ClaimParse parse =
      ParseClaim("code,diagnoses,diagnosisPointers\n99213,J06.9;R05.9,\n",
                 ClaimFormat::kCsv);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_TRUE(parse.claim.lines.at(0).diagnosis_pointers.empty())
      << "the check reports the line that points nowhere";
}

TEST(ClaimInput, PayerNamesGiveTheirKindOfInsurer) {
  const struct {
    const char* name;
    const char* payer;
  } cases[] = {
      {"Medicare Part B", "medicare"},
      {"AARP Medicare Advantage", "medicare"},
      {"MCR", "medicare"},
      {"Novitas MDCR", "medicare"},
      {"Texas Medicaid", "medicaid"},
      {"Medi-Cal", "medicaid"},
      {"TennCare", "medicaid"},
      {"MassHealth Standard", "medicaid"},
      {"MO HealthNet", "medicaid"},
      {"NJ FamilyCare A", "medicaid"},
      {"AHCCCS", "medicaid"},
      {"MCD", "medicaid"},
      // Plans of other kinds, and words that only hold those letters.
      {"Aetna PPO", "commercial"},
      {"Medical Mutual of Ohio", "commercial"},
      {"MCRAE Benefits", "commercial"},
      {"Blue Cross Blue Shield", "commercial"},
  };
  for (const auto& c : cases) {
    const ClaimParse parse =
        ParseClaim(std::string("CPT,Payer Name\n99213,") + c.name + "\n",
                   ClaimFormat::kCsv);
    EXPECT_EQ(parse.claim.payer, c.payer) << c.name;
  }
}

TEST(ClaimInput, CsvFrequencyAndOriginalClaimColumns) {
  const ClaimParse parse = ParseClaim(
      "CPT,Claim Frequency,Original Ref No\n99213,7,PAYER123\n99214,7,\n",
      ClaimFormat::kCsv);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(parse.claim.frequency, "7");
  EXPECT_EQ(parse.claim.original_claim, "PAYER123");
}

TEST(ClaimInput, CsvPayerIdAndPayerNameColumnsReadTogether) {
  const ClaimParse parse = ParseClaim(
      "CPT,Payer,Payer Name\n99213,AETNA,Aetna PPO\n", ClaimFormat::kCsv);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(parse.claim.payer, "commercial");
}

TEST(ClaimInput, CsvCodeCellsThatGoOnWithWordsKeepTheCode) {
  const struct {
    const char* cell;
    const char* code;
    const char* description;
  } cases[] = {
      {"99213 - OFFICE/OUTPATIENT VISIT EST", "99213",
       "OFFICE/OUTPATIENT VISIT EST"},
      {"E0114 RR Crutches underarm", "E0114 RR", "Crutches underarm"},
      {"J1100: Dexamethasone", "J1100", "Dexamethasone"},
      {"J1100 x2", "J1100 x2", ""},
      {"99213-25", "99213-25", ""},
      {"Office visit", "Office visit", ""},
      {"1st visit", "1st visit", ""},
  };
  for (const auto& c : cases) {
    const ClaimParse parse = ParseClaim(
        "code\n\"" + std::string(c.cell) + "\"\n", ClaimFormat::kCsv);
    ASSERT_EQ(parse.claim.lines.size(), 1u) << c.cell;
    EXPECT_EQ(parse.claim.lines[0].code, c.code) << c.cell;
    EXPECT_EQ(parse.claim.lines[0].description, c.description) << c.cell;
  }
  const ClaimParse described =
      ParseClaim("Description,CPT\nOffice visit,99213 - Office visit\n",
                 ClaimFormat::kCsv);
  EXPECT_EQ(described.claim.lines.at(0).description, "Office visit");
}

TEST(ClaimInput, CsvDatesAreReadAsExportsWriteThem) {
  const struct {
    const char* cell;
    const char* date;
  } cases[] = {
      {"03/02/2026", "2026-03-02"},
      {"3/2/2026", "2026-03-02"},
      {"1/14/26", "2026-01-14"},
      {"12/31/99", "2099-12-31"},
      {"20260302", "2026-03-02"},
      {"2026-03-02 00:00:00", "2026-03-02"},
      {"3/2/2026 0:00", "2026-03-02"},
      {"2/30/26", "2/30/26"},
      {"3/2/126", "3/2/126"},
      {"46083", "2026-03-02"},  // a spreadsheet's day number
      {"12345", "12345"},       // too early for a date of service
  };
  for (const auto& c : cases) {
    const ClaimParse parse = ParseClaim(
        "code,DOS\n99213," + std::string(c.cell) + "\n", ClaimFormat::kCsv);
    ASSERT_EQ(parse.claim.lines.size(), 1u) << c.cell;
    EXPECT_EQ(parse.claim.lines[0].date_of_service, c.date) << c.cell;
  }
}

TEST(ClaimInput, CsvDateColumnsNamedWithTheirEndGoByThem) {
  const struct {
    const char* from;
    const char* to;
  } cases[] = {
      {"Service Date From", "Service Date To"},
      {"From Date of Service", "To Date of Service"},
      {"DOS From", "DOS Thru"},
      {"Svc Date", "Svc Date Through"},
      {"Date of Service Start", "Date of Service End"},
  };
  for (const auto& c : cases) {
    const ClaimParse parse =
        ParseClaim("CPT Code," + std::string(c.from) + "," + c.to +
                       "\nE0114,03/02/2026,03/04/2026\n",
                   ClaimFormat::kCsv);
    ASSERT_TRUE(parse.errors.empty())
        << c.from << ": " << InputErrorsJson(parse);
    ASSERT_EQ(parse.claim.lines.size(), 1u) << c.from;
    EXPECT_EQ(parse.claim.lines[0].date_of_service, "2026-03-02") << c.from;
    EXPECT_EQ(parse.claim.lines[0].date_to, "2026-03-04") << c.to;
  }
}

TEST(ClaimInput, CsvColumnsNotReadAreNamedInANoteUnnamedOnesByNumber) {
  const ClaimParse parse = ParseClaim(
      "CPT Code,Rendering Provider,\n99213,\"LEE, ANN\",\n", ClaimFormat::kCsv);
  ASSERT_EQ(parse.claim.lines.size(), 1u);
  EXPECT_NE(std::find(parse.claim.notes.begin(), parse.claim.notes.end(),
                      "Columns not read (not claim fields): \"Rendering "
                      "Provider\", column 3 (no heading)."),
            parse.claim.notes.end())
      << ::testing::PrintToString(parse.claim.notes);
}

TEST(ClaimInput, CsvColumnsNamedInOtherWordsGoByTheirWords) {
  const struct {
    const char* header;
    const char* cell;
    std::string ClaimLine::*field;
    const char* read;
  } cases[] = {
      {"Total Charges", "$125.00", &ClaimLine::charge, "125.00"},
      {"Line Charge Amount", "125.00", &ClaimLine::charge, "125.00"},
      {"Amount Billed", "125.00", &ClaimLine::charge, "125.00"},
      {"Units of Service", "3", &ClaimLine::units, "3"},
      {"POS Code", "11", &ClaimLine::place_of_service, "11"},
      {"Place of Service Code", "11", &ClaimLine::place_of_service, "11"},
      {"Date", "03/02/2026", &ClaimLine::date_of_service, "2026-03-02"},
      {"Rev Code", "450", &ClaimLine::revenue_code, "0450"},
      {"Procedure Description", "Crutches", &ClaimLine::description,
       "Crutches"},
  };
  for (const auto& c : cases) {
    const ClaimParse parse = ParseClaim(
        "HCPCS," + std::string(c.header) + "\nE0114," + c.cell + "\n",
        ClaimFormat::kCsv);
    ASSERT_TRUE(parse.errors.empty())
        << c.header << ": " << InputErrorsJson(parse);
    ASSERT_EQ(parse.claim.lines.size(), 1u) << c.header;
    EXPECT_EQ(parse.claim.lines[0].*c.field, c.read) << c.header;
  }
}

TEST(ClaimInput, CsvCodeAndClaimColumnsNamedInOtherWordsGoByTheirWords) {
  const ClaimParse parse = ParseClaim(
      "Procedure Code (CPT/HCPCS),Primary Dx,Carrier\nE0114,M17.11,Medicare "
      "Part B\n",
      ClaimFormat::kCsv);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  ASSERT_EQ(parse.claim.lines.size(), 1u);
  EXPECT_EQ(parse.claim.lines[0].code, "E0114");
  EXPECT_EQ(parse.claim.diagnoses, std::vector<std::string>{"M17.11"});
  EXPECT_EQ(parse.claim.payer, "medicare");
}

TEST(ClaimInput, CsvAmountsPaidRatesAndChargemasterCodesAreNoCharge) {
  for (const char* header :
       {"Amount Paid", "Allowed Amount", "Patient Balance", "Unit Price",
        "Charge Code", "Date Billed", "Fee Schedule Amount"}) {
    const ClaimParse parse = ParseClaim(
        "HCPCS," + std::string(header) + "\nE0114,12.00\n", ClaimFormat::kCsv);
    ASSERT_EQ(parse.claim.lines.size(), 1u) << header;
    EXPECT_EQ(parse.claim.lines[0].charge, "") << header;
    EXPECT_EQ(parse.claim.lines[0].units, "") << header;
  }
}

TEST(ClaimInput, CsvColumnNamedInOtherWordsYieldsToANamedOne) {
  const ClaimParse parse = ParseClaim(
      "Total Charges,HCPCS,Charge\n999.00,E0114,125.00\n", ClaimFormat::kCsv);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  ASSERT_EQ(parse.claim.lines.size(), 1u);
  EXPECT_EQ(parse.claim.lines[0].charge, "125.00");
}

TEST(ClaimInput, CsvWithRevenueCodesIsAHospitalsClaim) {
  const ClaimParse parse = ParseClaim(
      "Rev Code,HCPCS,Units\n450,99284,1\n0250,,2\n", ClaimFormat::kCsv);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(parse.claim.form, "institutional");
  ASSERT_EQ(parse.claim.lines.size(), 2u);
  EXPECT_EQ(parse.claim.lines[0].code, "99284");
  EXPECT_EQ(parse.claim.lines[0].revenue_code, "0450");
  EXPECT_EQ(parse.claim.lines[1].code, "0250");
  EXPECT_EQ(parse.claim.lines[1].code_system, "revenue code");
}

TEST(ClaimInput, CsvSeveralDiagnosisColumnsEachGiveADiagnosis) {
  const ClaimParse parse = ParseClaim(
      "Claim ID,Procedure Code,Primary Claim Diagnosis,Secondary Claim "
      "Diagnosis\n7001,99214,E11.9,I10\n7001,83036,E11.9,\n",
      ClaimFormat::kCsv);
  ASSERT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(parse.claim.diagnoses, (std::vector<std::string>{"E11.9", "I10"}));
  ASSERT_EQ(parse.claim.lines.size(), 2u);
  EXPECT_EQ(parse.claim.lines[0].diagnosis_pointers,
            (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(parse.claim.lines[1].diagnosis_pointers,
            std::vector<std::string>{"1"});
}

TEST(ClaimInput, CsvUnitColumnsGoByTheirExportNames) {
  for (const char* header : {"Units", "QTY", "Units/Days", "Days or Units",
                             "Billed Units", "Service Units"}) {
    const ClaimParse parse = ParseClaim(
        "CPT Code," + std::string(header) + "\nJ1100,3\n", ClaimFormat::kCsv);
    ASSERT_TRUE(parse.errors.empty())
        << header << ": " << InputErrorsJson(parse);
    ASSERT_EQ(parse.claim.lines.size(), 1u) << header;
    EXPECT_EQ(parse.claim.lines[0].units, "3") << header;
  }
}

TEST(ClaimInput, CsvPayerNameColumnsGiveThePayerClass) {
  const struct {
    const char* header;
    const char* value;
    const char* payer;
  } cases[] = {
      {"Payer Name", "Medicare Part B", "medicare"},
      {"Primary Insurance", "NY MEDICAID", "medicaid"},
      {"Primary Ins", "Medicare Part B", "medicare"},
      {"Ins Name", "Aetna", "commercial"},
      {"Primary Payer Name", "MEDICARE PART B", "medicare"},
      {"Ins Pmt", "45.00", ""},  // an amount, not the insurer
      {"Ins Bal", "45.00", ""},
      {"Insurance", "Aetna PPO", "commercial"},
      {"Payor", "", ""},
      {"payer", "medicaid", "medicaid"},
      {"Payer", "Medicare", "medicare"},
      {"payer", "Blue Cross", "commercial"},
      {"payer", "00430", "00430"},  // an ID: the checker says it is none
  };
  for (const auto& c : cases) {
    const ClaimParse parse = ParseClaim(
        "code," + std::string(c.header) + "\n99213," + c.value + "\n",
        ClaimFormat::kCsv);
    ASSERT_TRUE(parse.errors.empty())
        << c.header << ": " << InputErrorsJson(parse);
    EXPECT_EQ(parse.claim.payer, c.payer) << c.header << " " << c.value;
  }
}

// Every `from` in `text` replaced by `to`.
std::string ReplaceAll(std::string text, char from, const std::string& to) {
  std::string out;
  for (const char c : text) out += c == from ? to : std::string(1, c);
  return out;
}

TEST(ClaimInput, X12ReadsTheSameWithOtherSeparatorsAndOneSegmentPerLine) {
  const std::string text = ReadFixture("claims/sample.837p.txt");
  const std::string reference =
      ParsedClaimJson(ParseClaim(text, ClaimFormat::kAuto));
  const std::string segments_on_lines =
      ReplaceAll(ReplaceAll(text, '\n', ""), '~', "~\n");
  for (const std::string& variant :
       {ReplaceAll(segments_on_lines, '~', ""),
        ReplaceAll(ReplaceAll(segments_on_lines, '~', ""), '\n', "\r\n"),
        ReplaceAll(ReplaceAll(segments_on_lines, '~', ""), '*', "|")}) {
    const ClaimParse parse = ParseClaim(variant, ClaimFormat::kAuto);
    EXPECT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
    EXPECT_EQ(ParsedClaimJson(parse), reference) << variant.substr(0, 120);
  }
}

// `text` with the spaces that pad the fields of its ISA taken out.
std::string UnpaddedIsa(const std::string& text) {
  const size_t end = text.find('~');
  return ReplaceAll(text.substr(0, end), ' ', "") + text.substr(end);
}

TEST(ClaimInput, X12ReadsTheSameWithAnIsaWithoutItsPadding) {
  const std::string text = ReadFixture("claims/sample.837p.txt");
  const std::string reference =
      ParsedClaimJson(ParseClaim(text, ClaimFormat::kAuto));
  const std::string unpadded = UnpaddedIsa(text);
  ASSERT_EQ(unpadded.rfind("ISA*00**00**ZZ*SUBMITTERID*", 0), 0u) << unpadded;
  for (const std::string& variant :
       {unpadded, ReplaceAll(unpadded, '\n', "")}) {
    const ClaimParse parse = ParseClaim(variant, ClaimFormat::kAuto);
    EXPECT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
    EXPECT_EQ(ParsedClaimJson(parse), reference) << variant.substr(0, 120);
  }
}

TEST(ClaimInput, X12SegmentsWithoutAnEnvelopeAreLocatedByTransaction) {
  const std::string text = ReadFixture("claims/sample.837p.txt");
  std::string bare;
  for (const std::string_view line : SplitLines(text)) {
    const std::string_view id = line.substr(0, 3);
    if (id != "ISA" && id != "GS*" && id != "GE*" && id != "IEA") {
      bare += std::string(line) + "\n";
    }
  }
  const ClaimParse parse = ParseClaim(bare, ClaimFormat::kAuto);
  EXPECT_TRUE(parse.errors.empty()) << InputErrorsJson(parse);
  EXPECT_EQ(parse.location, "transaction 1, segment 9 (CLM)");
  EXPECT_EQ(parse.claim.lines.size(), 6u);
}

TEST(ClaimInput, ErrorsAreCappedWithACount) {
  std::string csv = "code\n";
  for (int i = 0; i < 1000; ++i) csv += "E0114,extra\n";
  const ClaimParse parse = ParseClaim(csv, ClaimFormat::kCsv);
  ASSERT_EQ(parse.errors.size(), kMaxInputErrors + 1);
  EXPECT_EQ(parse.errors.back().message, "900 more error(s) not listed");
}

std::string Utf16(const std::string& ascii, bool little, bool bom) {
  std::string bytes = bom ? (little ? "\xFF\xFE" : "\xFE\xFF") : "";
  for (char c : ascii) {
    bytes += little ? std::string{c, '\0'} : std::string{'\0', c};
  }
  return bytes;
}

TEST(ClaimInput, EveryFormatReadsTheSameWithABomOrInUtf16) {
  for (const char* sample : kSamples) {
    const std::string text = ReadFixture(sample);
    const std::string reference =
        ParsedClaimJson(ParseClaim(text, ClaimFormat::kAuto));
    for (const std::string& variant :
         {"\xEF\xBB\xBF" + text, Utf16(text, true, true),
          Utf16(text, false, true), Utf16(text, true, false)}) {
      EXPECT_EQ(ParsedClaimJson(ParseClaim(variant, ClaimFormat::kAuto)),
                reference)
          << sample;
    }
  }
}

TEST(ClaimInput, WhatIsNoClaimIsNamed) {
  const struct {
    std::string text;
    std::string says;
  } kCases[] = {
      {"  \r\n", "is empty"},
      {R"(<Claim xmlns="http://hl7.org/fhir"><status value="active"/></Claim>)",
       "FHIR XML"},
      {"ISA*00*          *00*          *ZZ*A              *ZZ*B              "
       "*260304*1200*^*00501*000000001*0*T*:~GS*HP*A*B*20260304*1200*1*X*"
       "005010X221A1~ST*835*0001~BPR*I*100*C*ACH~",
       "835 remittance"},
      {R"({"resourceType": "Claim", "item": [{"sequence": 1,
           "service": {"coding": [{"code": "99213"}]}}]})",
       "FHIR DSTU2 or STU3"},
      {std::string("PK\x03\x04\x14\0\0\0", 8) + "[Content_Types].xml" +
           "xl/workbook.xml",
       "Excel workbook (.xlsx)"},
      {std::string("PK\x03\x04\x14\0\0\0", 8) + "notes.txt", "ZIP archive"},
      {std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10),
       "Office 97-2003"},
      {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", "is a PDF"},
  };
  for (const auto& c : kCases) {
    const ClaimParse parse = ParseClaim(c.text, ClaimFormat::kAuto);
    ASSERT_EQ(parse.errors.size(), 1u) << c.text;
    EXPECT_NE(parse.errors[0].message.find(c.says), std::string::npos)
        << parse.errors[0].message;
  }
}

}  // namespace
}  // namespace billcode
