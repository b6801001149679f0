// The billcode command line, run in-process.
#include "cli.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "billcode/pack/pack.h"

namespace billcode {
namespace {

const std::string kFixture =
    std::string(BILLCODE_FIXTURES_DIR) + "/hcpcs_fixture.txt";
const std::string kIcdFixture =
    std::string(BILLCODE_FIXTURES_DIR) + "/icd10cm-codes-fixture-2026.txt";

// A folder of this test process's own: ctest runs tests in parallel
// processes, which must not write the same files.
std::string ScratchDir() {
  static const std::string dir = [] {
    const std::string path =
        ::testing::TempDir() + "billcode_cli_" + std::to_string(getpid()) + "/";
    std::filesystem::create_directories(path);
    return path;
  }();
  return dir;
}

struct CliRun {
  int status;
  std::string out;
  std::string err;
};

CliRun RunWith(std::vector<std::string> args, const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out, err;
  CliEnvironment env{"2026-03-02", "/nonexistent/billcode-data"};
  const int status = RunCli(args, env, in, out, err);
  return {status, out.str(), err.str()};
}

std::vector<nlohmann::json> JsonLines(const std::string& text) {
  std::vector<nlohmann::json> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) {
    lines.push_back(nlohmann::json::parse(line));
  }
  return lines;
}

std::string FixturePack() {
  static const std::string path = [] {
    const std::string pack = ScratchDir() + "billcode_fixture.pack";
    EXPECT_EQ(RunWith({"pack", "--hcpcs", kFixture, "--out", pack}).status, 0);
    return pack;
  }();
  return path;
}

TEST(CliPack, PrintsCountsAsOneJsonLine) {
  const std::string pack = ScratchDir() + "cli_pack_test.pack";
  const CliRun run = RunWith({"pack", "--hcpcs", kFixture, "--out", pack});
  ASSERT_EQ(run.status, 0) << run.err;
  const auto lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["codes"], 14);
  EXPECT_EQ(lines[0]["modifiers"], 7);
  EXPECT_EQ(lines[0]["terminated"], 3);
  EXPECT_EQ(lines[0]["skipped"], 10);
  EXPECT_EQ(lines[0]["edition"], "hcpcs_fixture");
  EXPECT_EQ(lines[0]["skippedLines"].size(), 5u);
}

TEST(CliPack, EditionCanBeNamed) {
  const std::string pack = ScratchDir() + "cli_edition_test.pack";
  const CliRun run = RunWith(
      {"pack", "--hcpcs", kFixture, "--out", pack, "--edition=2026-TEST"});
  EXPECT_EQ(JsonLines(run.out)[0]["edition"], "2026-TEST");
}

TEST(CliPack, FromAndToSetTheDatesTheEditionGoverns) {
  const std::string pack = ScratchDir() + "cli_dates_test.pack";
  ASSERT_EQ(RunWith({"pack", "--hcpcs", kFixture, "--out", pack, "--from",
                     "2019-01-01", "--to", "2019-12-31"})
                .status,
            0);
  std::ifstream file(pack, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(file)),
                          std::istreambuf_iterator<char>());
  const PackRead read = ReadPack(bytes);
  ASSERT_EQ(read.error, PackError::kOk) << read.message;
  EXPECT_EQ(InfoOf(read.pack).effective_from.ToIso(), "2019-01-01");
  EXPECT_EQ(InfoOf(read.pack).effective_to.ToIso(), "2019-12-31");
}

TEST(CliPack, AMalformedFromDateIsAUsageError) {
  const CliRun run =
      RunWith({"pack", "--hcpcs", kFixture, "--out",
               ScratchDir() + "never.pack", "--from", "2019-13-01"});
  EXPECT_EQ(run.status, kExitUsage);
  EXPECT_NE(run.err.find("--from must be a date YYYY-MM-DD"),
            std::string::npos);
}

TEST(CliPack, LongDescriptionsCanGoInAPackOfTheirOwn) {
  const std::string folder = ScratchDir() + "split/";
  std::filesystem::create_directories(folder);
  const std::string records = folder + "records.pack";
  const std::string descriptions = folder + "long.pack";
  const CliRun run = RunWith({"pack", "--hcpcs", kFixture, "--out", records,
                              "--long-descriptions-out", descriptions});
  ASSERT_EQ(run.status, 0) << run.err;
  for (const auto& [path, kind] :
       {std::pair{records, PackKind::kHcpcsLevel2},
        std::pair{descriptions, PackKind::kHcpcsLongDescriptions}}) {
    std::ifstream file(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(file)),
                            std::istreambuf_iterator<char>());
    ASSERT_GT(bytes.size(), 12u) << path;
    EXPECT_EQ(static_cast<uint8_t>(bytes[12]), static_cast<uint8_t>(kind));
  }
  // Both given to classify: the code has its long description again.
  const CliRun both =
      RunWith({"classify", "--data", folder, "--date", "2019-06-01", "E0114"});
  ASSERT_EQ(both.status, 0) << both.err;
  const nlohmann::json text =
      JsonLines(both.out)[0]["record"]["longDescription"];
  ASSERT_TRUE(text.is_string());
  EXPECT_NE(text.get<std::string>(), "");
}

TEST(CliPack, LongDescriptionsApartAreOnlyForHcpcs) {
  const CliRun run = RunWith(
      {"pack", "--icd10cm", kIcdFixture, "--out", ScratchDir() + "never.pack",
       "--long-descriptions-out", ScratchDir() + "never-long.pack"});
  EXPECT_NE(run.status, 0);
  EXPECT_NE(run.err.find("--long-descriptions-out is for --hcpcs"),
            std::string::npos);
}

TEST(CliClassify, PrintsOneObjectPerInput) {
  const CliRun run = RunWith({"classify", "--data", FixturePack(), "--date",
                              "2019-06-01", "C9014", "99213-25", "E01"});
  ASSERT_EQ(run.status, 0) << run.err;
  const auto lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["status"], "terminated");
  EXPECT_EQ(lines[0]["replacements"][0]["code"], "J0567");
  EXPECT_EQ(lines[0]["record"]["release"], "hcpcs_fixture");
  EXPECT_EQ(lines[1]["modifiers"], nlohmann::json::array({"25"}));
  EXPECT_EQ(lines[1]["status"], "no-data");
  EXPECT_EQ(lines[2]["status"], "incomplete");
  for (const auto& line : lines) {
    for (const char* key :
         {"input", "code", "modifiers", "kind", "level", "section", "shape",
          "problem", "status", "record"}) {
      EXPECT_TRUE(line.contains(key)) << key;
    }
  }
}

TEST(CliClassify, DefaultDateIsToday) {
  const CliRun run = RunWith({"classify", "--data", FixturePack(), "G0999"});
  EXPECT_EQ(JsonLines(run.out)[0]["date"], "2026-03-02");
}

TEST(CliOther, SaysWhatABillsOtherCodesAreAndNullForProcedureCodes) {
  const CliRun run =
      RunWith({"other", "--data", FixturePack(), "CO-45", "99213", "0450"});
  ASSERT_EQ(run.status, 0) << run.err;
  const auto lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["kind"], "adjustment-reason");
  EXPECT_EQ(lines[0]["code"], "CO-45");
  EXPECT_TRUE(lines[1].is_null());
  EXPECT_EQ(lines[2]["kind"], "revenue");
}

TEST(CliClassify, DataFolderLoadsEveryPack) {
  const std::string folder = ScratchDir() + "billcode_data_folder";
  std::filesystem::create_directories(folder);
  std::filesystem::copy_file(FixturePack(), folder + "/hcpcs.pack",
                             std::filesystem::copy_options::overwrite_existing);
  const CliRun run = RunWith({"classify", "--data", folder, "E0114"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(JsonLines(run.out)[0]["status"], "active");
}

TEST(CliClassify, WithoutDataSaysSoAndReportsNoData) {
  const CliRun run = RunWith({"classify", "E0114"});
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(run.err.find("no data pack"), std::string::npos);
  EXPECT_EQ(JsonLines(run.out)[0]["status"], "no-data");
}

TEST(CliClassify, DashReadsLinesFromStandardInput) {
  const CliRun run = RunWith({"classify", "--data", FixturePack(), "-"},
                             "E0114\r\nRR\n\nW1234\n");
  const auto lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[1]["kind"], "modifier");
  EXPECT_EQ(lines[2]["problem"], "empty");
  EXPECT_EQ(lines[3]["problem"], "invalid-prefix");
}

TEST(CliClassify, BinaryAndHugeInputGetAnAnswer) {
  std::string garbage;
  for (uint32_t i = 0; i < (1u << 20); ++i) {
    garbage.push_back(static_cast<char>((i * 7919u) % 256u));
  }
  const CliRun run = RunWith({"classify", "-"}, garbage);
  EXPECT_EQ(run.status, 0);
  // One answer per line of input (getline: a last line without '\n' too).
  const size_t newlines = std::count(garbage.begin(), garbage.end(), '\n');
  const auto lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), newlines + (garbage.back() != '\n' ? 1 : 0));
  for (const auto& line : lines) {
    EXPECT_EQ(line["status"], "invalid");
  }
}

std::string Fixture(const std::string& name) {
  return std::string(BILLCODE_FIXTURES_DIR) + "/" + name;
}

// A data folder with the fixture HCPCS release and MUE table.
std::string FixtureDataFolder() {
  static const std::string folder = [] {
    const std::string path = ScratchDir() + "billcode_check_data";
    std::filesystem::create_directories(path);
    EXPECT_EQ(
        RunWith({"pack", "--hcpcs", kFixture, "--out", path + "/hcpcs.pack"})
            .status,
        0);
    EXPECT_EQ(
        RunWith({"pack", "--mue", Fixture("mue_practitioner_fixture.csv"),
                 "--setting", "practitioner", "--out", path + "/mue.pack"})
            .status,
        0);
    return path;
  }();
  return folder;
}

// The report of the first claim `billcode check` printed.
nlohmann::json FirstReport(const std::string& out) {
  return JsonLines(out).at(0)["claims"].at(0)["report"];
}

TEST(CliCheck, ErrorFindingsExitOne) {
  const CliRun run =
      RunWith({"check", "--data", FixtureDataFolder(), "--setting",
               "practitioner", Fixture("claims/sample.837p.txt")});
  EXPECT_EQ(run.status, kExitFindings) << run.err;
  const auto report = FirstReport(run.out);
  EXPECT_GT(report["summary"]["errors"].get<int>(), 0);
  EXPECT_EQ(report["summary"]["payer"], "medicare");
}

TEST(CliCheck, CleanClaimExitsZero) {
  const CliRun run =
      RunWith({"check", "--data", FixtureDataFolder(), "-"},
              R"({"payer": "commercial", "dateOfService": "2026-03-02",
          "placeOfService": "11", "diagnoses": ["E11.9"],
          "lines": [{"code": "J0567", "units": 2, "diagnosisPointers": [1]}]})");
  EXPECT_EQ(run.status, kExitOk) << run.out;
  const auto report = FirstReport(run.out);
  EXPECT_EQ(report["summary"]["errors"], 0);
}

TEST(CliCheck, PtpFileTurnsThePtpCheckOn) {
  const std::string claim =
      R"({"payer": "medicare", "dateOfService": "2026-03-02",
          "placeOfService": "11", "diagnoses": ["E11.9"],
          "lines": [{"code": "29880", "diagnosisPointers": [1]},
                    {"code": "29877", "diagnosisPointers": [1]}]})";
  const auto state = [](const nlohmann::json& report) {
    for (const auto& check : report["summary"]["checks"]) {
      if (check["check"] == "ptp") return check["state"].get<std::string>();
    }
    return std::string();
  };
  const CliRun without =
      RunWith({"check", "--data", FixtureDataFolder(), "-"}, claim);
  EXPECT_EQ(state(FirstReport(without.out)), "not-checked");
  const CliRun with = RunWith({"check", "--data", FixtureDataFolder(), "--ptp",
                               Fixture("ptp_fixture.txt"), "-"},
                              claim);
  const auto report = FirstReport(with.out);
  EXPECT_EQ(state(report), "ran");
  EXPECT_NE(with.out.find("\"ptp-bundled\""), std::string::npos);
  EXPECT_EQ(with.status, kExitFindings);
}

TEST(CliCheck, EveryPtpFileGivenIsLoadedAndNamed) {
  // One bundling from each file: 29877 into 29880 (the first file), 99070
  // into 99213 (the second).
  const std::string claim =
      R"({"dateOfService": "2026-03-02", "placeOfService": "11",
          "lines": [{"code": "29880"}, {"code": "29877"},
                    {"code": "99213"}, {"code": "99070"}]})";
  const CliRun run = RunWith({"check", "--data", FixtureDataFolder(), "--ptp",
                              Fixture("ptp_fixture.txt"), "--ptp",
                              Fixture("ptp_fixture_part2.txt"), "-"},
                             claim);
  const nlohmann::json report = FirstReport(run.out);
  std::set<int> bundled_lines;
  for (const auto& finding : report["findings"]) {
    if (finding["rule"] == "ptp-bundled")
      bundled_lines.insert(finding["line"].get<int>());
  }
  EXPECT_EQ(bundled_lines, (std::set<int>{2, 4})) << run.out;
  for (const auto& check : report["summary"]["checks"]) {
    if (check["check"] != "ptp") continue;
    EXPECT_EQ(check["source"], "ptp_fixture.txt, ptp_fixture_part2.txt");
  }
}

TEST(CliCheck, AnOptionGivenTwiceIsAnErrorUnlessRepeatable) {
  const CliRun run = RunWith(
      {"check", "--payer", "medicare", "--payer", "medicaid", "-"}, "{}");
  EXPECT_EQ(run.status, kExitUsage);
  EXPECT_NE(run.err.find("option --payer is given twice"), std::string::npos);
}

TEST(CliCheck, UnusableInputExitsTwoWithLocatedErrors) {
  const CliRun run = RunWith({"check", "--format", "json", "-"},
                             R"({"lines": [{"units": 1}]})");
  EXPECT_EQ(run.status, kExitUsage);
  EXPECT_NE(run.err.find("$.lines[0].code"), std::string::npos);
  const nlohmann::json claim = JsonLines(run.out).at(0)["claims"].at(0);
  EXPECT_EQ(claim["errors"][0]["location"], "$.lines[0].code");
  EXPECT_TRUE(claim["report"].is_null());
}

TEST(CliCheck, ABatchPrintsEveryClaimAndExitsOneWhenOneCannotBeRead) {
  const CliRun run =
      RunWith({"check", "--data", FixtureDataFolder(), "--date", "2026-11-27",
               Fixture("claims/batch/claims.json")});
  EXPECT_EQ(run.status, kExitFindings) << run.err;
  const nlohmann::json batch = JsonLines(run.out).at(0);
  ASSERT_EQ(batch["claims"].size(), 3u);
  EXPECT_EQ(batch["claims"][1]["id"], "JSON-2");
  EXPECT_EQ(batch["claims"][1]["usable"], false);
  EXPECT_EQ(batch["claims"][1]["source"]["location"], "$[1]");
  EXPECT_EQ(batch["summary"]["claims"], 3);
  EXPECT_EQ(batch["summary"]["unreadable"], 1);
}

TEST(CliCheck, NdjsonPrintsAClaimPerLineThenTheSummary) {
  const CliRun run =
      RunWith({"check", "--ndjson", "--data", FixtureDataFolder(),
               Fixture("claims/batch/two_interchanges.837p.txt")});
  const std::vector<nlohmann::json> lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(lines[0]["id"], "JANE-1");
  EXPECT_EQ(lines[4]["id"], "BROKEN-1");
  EXPECT_EQ(lines[5]["summary"]["claims"], 5);
  EXPECT_EQ(RunWith({"check", "--ndjson=yes", "-"}, "{}").status, kExitUsage);
}

TEST(CliCheck, AColumnMapNamesTheHeadersOfAnExport) {
  const CliRun run =
      RunWith({"check", "--data", FixtureDataFolder(), "--columns",
               "code=PROC,units=SVC_CNT,diagnoses=ICD Codes",
               Fixture("claims/batch/export.csv")});
  const nlohmann::json batch = JsonLines(run.out).at(0);
  EXPECT_EQ(batch["summary"]["claims"], 2) << run.err;
  const CliRun bad =
      RunWith({"check", "--columns", "colour=X", "-"}, "code\nE0114\n");
  EXPECT_EQ(bad.status, kExitUsage);
  EXPECT_NE(bad.err.find("not a billcode column"), std::string::npos);
}

TEST(CliCheck, NothingReadableExitsTwo) {
  const CliRun run = RunWith({"check", "-"}, "<ClaimResponse/>");
  EXPECT_EQ(run.status, kExitUsage);
  EXPECT_NE(run.err.find("no claim can be read"), std::string::npos);
  EXPECT_EQ(JsonLines(run.out).at(0)["summary"]["claims"], 0);
}

TEST(CliUsage, ErrorsExitTwoWithOneLineReason) {
  const std::vector<std::vector<std::string>> bad = {
      {},
      {"explain"},
      {"classify"},
      {"classify", "--date", "03/02/2026", "E0114"},
      {"classify", "--date"},
      {"classify", "--colour", "red", "E0114"},
      {"classify", "--data", "/nonexistent/x.pack", "E0114"},
      {"classify", "--data", kFixture, "E0114"},
      {"pack", "--hcpcs", kFixture},
      {"pack", "--hcpcs", "/nonexistent/file.txt", "--out", "/tmp/x.pack"},
      {"pack", "--hcpcs", std::string(BILLCODE_CASES_DIR) + "/lookup.json",
       "--out", ScratchDir() + "never.pack"},
      {"pack", "--hcpcs", kFixture, "--out", "/nonexistent/dir/x.pack"},
      {"pack", "--hcpcs", kFixture, "--mue", kFixture, "--out", "x.pack"},
      {"pack", "--mue", kFixture, "--setting", "home", "--out", "x.pack"},
      {"check"},
      {"check", "--format", "pdf", kFixture},
      {"check", "--payer", "medicar", kFixture},
      {"check", "--setting", "home", kFixture},
      {"check", "/nonexistent/claim.json"},
      {"check", "--ptp", kFixture, kFixture},
  };
  for (const auto& args : bad) {
    const CliRun run = RunWith(args);
    std::string joined;
    for (const auto& arg : args) joined += arg + " ";
    EXPECT_EQ(run.status, kExitUsage) << joined;
    EXPECT_FALSE(run.err.empty()) << joined;
    EXPECT_TRUE(run.out.empty()) << joined;
  }
}

TEST(CliData, ListsEveryEditionWithTheDatesItGoverns) {
  const std::string folder = ScratchDir() + "editions";
  std::filesystem::create_directories(folder);
  ASSERT_EQ(RunWith({"pack", "--hcpcs", kFixture, "--edition", "2019", "--from",
                     "2019-01-01", "--to", "2019-12-31", "--out",
                     folder + "/hcpcs-2019.pack"})
                .status,
            0);
  ASSERT_EQ(
      RunWith({"pack", "--hcpcs", kFixture, "--edition", "2026-JAN", "--from",
               "2026-01-01", "--out", folder + "/hcpcs-2026.pack"})
          .status,
      0);
  const CliRun run = RunWith({"data", "--data", folder});
  ASSERT_EQ(run.status, 0) << run.err;
  const nlohmann::json versions = JsonLines(run.out).at(0);
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0]["edition"], "2026-JAN");
  EXPECT_EQ(versions[0]["effectiveFrom"], "2026-01-01");
  EXPECT_TRUE(versions[0]["effectiveTo"].is_null());
  EXPECT_EQ(versions[1]["edition"], "2019");
  EXPECT_EQ(versions[1]["effectiveTo"], "2019-12-31");
}

TEST(CliUsage, HelpGoesToStandardOutput) {
  const CliRun run = RunWith({"--help"});
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(run.out.find("billcode classify"), std::string::npos);
}

}  // namespace
}  // namespace billcode

namespace billcode {
namespace {

std::string ImportFixture(const std::string& name) {
  return std::string(BILLCODE_FIXTURES_DIR) + "/import/" + name;
}

std::string ImportedFolder(const std::string& name) {
  const std::string folder = ScratchDir() + name;
  std::filesystem::remove_all(folder);
  return folder;
}

TEST(CliImport, ReadsZipMembersAndPassesOverCompanionFiles) {
  const std::string folder = ImportedFolder("cli_import_zip");
  const CliRun run =
      RunWith({"import", "--out", folder, ImportFixture("hcpcs-2026-apr.zip"),
               ImportFixture("icd10cm-2027.zip")});
  ASSERT_EQ(run.status, 0) << run.err;
  const auto lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["import"]["kind"], "hcpcs");
  EXPECT_EQ(lines[0]["import"]["edition"], "2026-APR");
  EXPECT_EQ(lines[0]["import"]["effectiveFrom"], "2026-04-01");
  EXPECT_NE(lines[1]["passedOver"].get<std::string>().find("not a file"),
            std::string::npos);
  EXPECT_EQ(lines[2]["import"]["edition"], "FY2027");
  EXPECT_EQ(lines[2]["import"]["effectiveFrom"], "2026-10-01");
  EXPECT_TRUE(std::filesystem::exists(folder + "/hcpcs-2026-APR.pack"));
  EXPECT_TRUE(std::filesystem::exists(folder + "/icd10cm-FY2027.pack"));
}

TEST(CliImport, ImportedQuarterAnswersForTheDatesItGoverns) {
  const std::string folder = ImportedFolder("cli_import_dates");
  ASSERT_EQ(RunWith({"import", "--out", folder,
                     ImportFixture("HCPC2026_APR_ANWEB.txt")})
                .status,
            0);
  const auto before = JsonLines(RunWith({"classify", "--data", folder, "--date",
                                         "2026-03-15", "A4206", "E0119"})
                                    .out);
  const auto after = JsonLines(RunWith({"classify", "--data", folder, "--date",
                                        "2026-05-01", "A4206", "E0119"})
                                   .out);
  EXPECT_EQ(before[0]["status"], "active");
  EXPECT_EQ(before[1]["status"], "not-yet-effective");
  EXPECT_EQ(after[0]["status"], "terminated");
  EXPECT_EQ(after[1]["status"], "active");
}

TEST(CliImport, LicensedCptFileGivesCptCodesDescriptorsAndExistence) {
  const std::string folder = ImportedFolder("cli_import_cpt");
  const CliRun run =
      RunWith({"import", "--kind", "cpt", "--edition", "CPT test", "--out",
               folder, ImportFixture("cpt_descriptors_fixture.txt")});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(JsonLines(run.out)[0]["import"]["records"], 4);
  const auto lines =
      JsonLines(RunWith({"classify", "--data", folder, "99213", "99215"}).out);
  EXPECT_EQ(lines[0]["status"], "active");
  EXPECT_EQ(lines[0]["cptDescriptor"]["edition"], "CPT test");
  EXPECT_EQ(lines[1]["status"], "unknown");
  EXPECT_TRUE(lines[1]["cptDescriptor"].is_null());
}

TEST(CliImport, UnknownFileIsPassedOverAndAWrongKindIsAnError) {
  const std::string folder = ImportedFolder("cli_import_unknown");
  const std::string unknown = std::string(BILLCODE_CASES_DIR) + "/lookup.json";
  const CliRun passed = RunWith({"import", "--out", folder, unknown});
  EXPECT_EQ(passed.status, 0);
  EXPECT_TRUE(JsonLines(passed.out)[0].contains("passedOver"));
  const CliRun forced =
      RunWith({"import", "--kind", "hcpcs", "--out", folder, unknown});
  EXPECT_EQ(forced.status, 2);
  EXPECT_TRUE(JsonLines(forced.out)[0].contains("error"));
  EXPECT_EQ(
      RunWith({"import", "--kind", "cptx", "--out", folder, unknown}).status,
      2);
}

}  // namespace
}  // namespace billcode
