// Data packs: the same model as the importer, and clear errors, never a
// crash, for damaged packs.
#include "billcode/pack/pack.h"

#include <gtest/gtest.h>

#include "billcode/base/text.h"
#include "billcode/import/hcpcs_import.h"
#include "case_table.h"

namespace billcode {
namespace {

HcpcsRelease FixtureRelease() {
  ReleaseInfo info = ReleaseInfoFromFileName("HCPC2026_JAN_fixture.txt");
  return ImportHcpcsFixedWidth(testing::ReadFixture("hcpcs_fixture.txt"), info)
      .release;
}

void ExpectSameRelease(const HcpcsRelease& a, const HcpcsRelease& b) {
  EXPECT_EQ(a.info().edition, b.info().edition);
  EXPECT_EQ(a.info().release_date, b.info().release_date);
  EXPECT_EQ(a.info().source_name, b.info().source_name);
  EXPECT_EQ(a.info().source_checksum, b.info().source_checksum);
  ASSERT_EQ(a.records().size(), b.records().size());
  for (size_t i = 0; i < a.records().size(); ++i) {
    EXPECT_TRUE(a.records()[i] == b.records()[i]) << a.records()[i].code;
  }
}

TEST(Pack, RoundTripGivesTheImportedModel) {
  const HcpcsRelease release = FixtureRelease();
  const PackRead read = ReadPack(WritePack(release));
  ASSERT_EQ(read.error, PackError::kOk) << read.message;
  ExpectSameRelease(release, std::get<HcpcsRelease>(read.pack));
}

TEST(Pack, HeaderNamesVersionAndEdition) {
  const std::string pack = WritePack(FixtureRelease());
  EXPECT_EQ(pack.substr(0, 8), "BILLCODE");
  EXPECT_EQ(static_cast<uint8_t>(pack[8]), kPackFormatVersion);
  EXPECT_NE(pack.find("2026-JAN"), std::string::npos);
}

TEST(Pack, EveryTruncationIsAnError) {
  const std::string pack = WritePack(FixtureRelease());
  for (size_t size = 0; size < pack.size(); ++size) {
    const PackRead read = ReadPack(pack.substr(0, size));
    EXPECT_NE(read.error, PackError::kOk) << size;
    EXPECT_FALSE(read.message.empty()) << size;
  }
}

TEST(Pack, TruncationsNameTheirError) {
  const std::string pack = WritePack(FixtureRelease());
  EXPECT_EQ(ReadPack("").error, PackError::kNotAPack);
  EXPECT_EQ(ReadPack(pack.substr(0, 20)).error, PackError::kTruncated);
  EXPECT_EQ(ReadPack(pack.substr(0, pack.size() - 1)).error,
            PackError::kTruncated);
}

TEST(Pack, EveryFlippedPayloadByteFailsTheChecksum) {
  const std::string pack = WritePack(FixtureRelease());
  for (size_t i = 32; i < pack.size(); i += 13) {
    std::string damaged = pack;
    damaged[i] = static_cast<char>(damaged[i] ^ 0x5A);
    EXPECT_EQ(ReadPack(damaged).error, PackError::kChecksumMismatch) << i;
  }
}

TEST(Pack, TrailingBytesFailTheChecksum) {
  EXPECT_EQ(ReadPack(WritePack(FixtureRelease()) + "x").error,
            PackError::kChecksumMismatch);
}

TEST(Pack, OtherFilesAreNotPacks) {
  EXPECT_EQ(ReadPack(testing::ReadFixture("hcpcs_fixture.txt")).error,
            PackError::kNotAPack);
}

TEST(Pack, NewerFormatVersionIsRefused) {
  std::string pack = WritePack(FixtureRelease());
  pack[8] = static_cast<char>(kPackFormatVersion + 1);
  const PackRead read = ReadPack(pack);
  EXPECT_EQ(read.error, PackError::kUnsupportedVersion);
  EXPECT_NE(read.message.find("rebuild"), std::string::npos);
}

TEST(Pack, MalformedPayloadWithValidChecksumIsCorrupt) {
  // A payload whose record count promises more than it holds, re-sealed
  // with a correct checksum: only structural checks can catch it.
  std::string pack = WritePack(HcpcsRelease(Edition("x"), {}));
  pack.back() = 5;  // record count
  const std::string payload = pack.substr(32);
  const uint64_t checksum = Fnv1a64(payload);
  for (int i = 0; i < 8; ++i) {
    pack[24 + i] = static_cast<char>(checksum >> (8 * i));
  }
  EXPECT_EQ(ReadPack(pack).error, PackError::kCorrupt);
}

}  // namespace
}  // namespace billcode
