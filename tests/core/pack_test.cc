// Data packs: the same model as the importer, and clear errors, never a
// crash, for damaged packs.
#include "billcode/pack/pack.h"

#include <gtest/gtest.h>

#include "billcode/base/text.h"
#include "billcode/import/hcpcs_import.h"
#include "billcode/tables/data_set.h"
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

// The release a DataSet holds after loading `packs` (bytes) in order.
const HcpcsRelease& LoadedRelease(const std::vector<std::string>& packs,
                                  DataSet* data) {
  for (const std::string& bytes : packs) {
    PackRead read = ReadPack(bytes);
    EXPECT_EQ(read.error, PackError::kOk) << read.message;
    data->Add(std::move(read.pack));
  }
  return data->hcpcs().releases().front();
}

TEST(Pack, ALongDescriptionsPackCompletesItsReleaseInEitherOrder) {
  const HcpcsRelease release = FixtureRelease();
  const auto [records, descriptions] = SplitLongDescriptions(release);
  for (const HcpcsRecord& record : records.records()) {
    EXPECT_EQ(record.long_description, "") << record.code;
  }
  const std::string records_pack = WritePack(records);
  const std::string descriptions_pack = WritePack(descriptions);
  DataSet release_first, descriptions_first;
  ExpectSameRelease(release, LoadedRelease({records_pack, descriptions_pack},
                                           &release_first));
  ExpectSameRelease(release, LoadedRelease({descriptions_pack, records_pack},
                                           &descriptions_first));
}

TEST(Pack, LongDescriptionsOfAnotherEditionAreNotGiven) {
  const auto [records, descriptions] = SplitLongDescriptions(FixtureRelease());
  ReleaseInfo other = descriptions.info();
  other.edition = "another";
  const HcpcsLongDescriptions foreign(other, descriptions.entries());
  DataSet data;
  const HcpcsRelease& loaded =
      LoadedRelease({WritePack(records), WritePack(foreign)}, &data);
  for (const HcpcsRecord& record : loaded.records()) {
    EXPECT_EQ(record.long_description, "") << record.code;
  }
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
  for (size_t i = 24; i < pack.size(); i += 13) {
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
  ResealPack(&pack);
  EXPECT_EQ(ReadPack(pack).error, PackError::kCorrupt);
}

// `pack` with its payload's last `drop` bytes replaced by `tail`, and the
// header's payload size and checksum made to match again.
std::string Resealed(std::string pack, size_t drop, const std::string& tail) {
  pack.resize(pack.size() - drop);
  pack += tail;
  ResealPack(&pack);
  return pack;
}

// The bytes an empty table's records take at the end of its payload: the
// count 0, then each column's two sizes (0 and 0).
size_t EmptyRecordsBytes(size_t fields) { return 1 + 2 * fields; }
constexpr size_t kHcpcsFields = 25;
constexpr size_t kPlaceFields = 3;

std::string Varint(uint64_t value) {
  std::string bytes;
  do {
    bytes.push_back(
        static_cast<char>((value & 0x7F) | (value > 0x7F ? 0x80 : 0)));
    value >>= 7;
  } while (value);
  return bytes;
}

TEST(Pack, ACountTheBytesCannotHoldIsRefusedBeforeAllocating) {
  // An empty release ends with the record count 0; claim a million HCPCS
  // records (about 600 MB of memory) backed by a million zero bytes, which
  // hold at most 1 MB / (bytes of the smallest record).
  const std::string empty = WritePack(HcpcsRelease(Edition("crafted"), {}));
  const std::string crafted =
      Resealed(empty, EmptyRecordsBytes(kHcpcsFields),
               Varint(1u << 20) + std::string(1u << 20, '\0'));
  const PackRead read = ReadPack(crafted);
  EXPECT_EQ(read.error, PackError::kCorrupt) << read.message;
  EXPECT_NE(read.message.find("claims 1048576 records, but its 1048576 bytes "
                              "hold at most"),
            std::string::npos)
      << read.message;
}

// A column's first size: its shape bytes times 8, plus 1 when its texts
// end with a NUL byte instead of carrying their lengths, plus 2 when they
// share prefixes (4, for one width, is added where a test needs it).
std::string ShapeSize(size_t bytes, bool terminated, bool shared = true) {
  return Varint(bytes * 8 + (terminated ? 1 : 0) + (shared ? 2 : 0));
}

TEST(Pack, EmptyTextsOfEveryLayoutDecode) {
  // Three empty places; each text column is its sizes and, per place, a
  // shared length and rest of 0, a shared length of 0 and a NUL, or a NUL.
  const std::string with_lengths =
      ShapeSize(6, false) + Varint(0) + std::string(6, '\0');
  const std::string terminated =
      ShapeSize(3, true) + Varint(3) + std::string(6, '\0');
  const std::string unshared =
      ShapeSize(0, true, false) + Varint(3) + std::string(3, '\0');
  const std::string empty = WritePack(PlaceOfServiceTable(Edition("x"), {}));
  const size_t drop = EmptyRecordsBytes(kPlaceFields);
  for (const std::string& column : {with_lengths, terminated, unshared}) {
    const std::string columns = column + column + column;
    const PackRead read = ReadPack(Resealed(empty, drop, Varint(3) + columns));
    ASSERT_EQ(read.error, PackError::kOk) << read.message;
    EXPECT_EQ(std::get<PlaceOfServiceTable>(read.pack).places().size(), 3u);
  }
}

TEST(Pack, SmallestRecordsDecodeUpToTheCountTheBytesHold) {
  // Three empty places in the smallest layout, a NUL to each text: one
  // byte more cannot hold a fourth. The bound is exact, not a guess.
  const std::string column =
      ShapeSize(0, true, false) + Varint(3) + std::string(3, '\0');
  const std::string columns = column + column + column;
  const std::string empty = WritePack(PlaceOfServiceTable(Edition("x"), {}));
  const size_t drop = EmptyRecordsBytes(kPlaceFields);
  ASSERT_EQ(ReadPack(Resealed(empty, drop, Varint(3) + columns)).error,
            PackError::kOk);
  const PackRead four = ReadPack(Resealed(empty, drop, Varint(4) + columns));
  EXPECT_EQ(four.message,
            "data pack claims 4 records, but its 15 bytes hold at most 3");
}

TEST(Pack, ASharedPrefixLongerThanThePreviousTextIsRefused) {
  // One place whose code claims 3 characters shared with a previous text
  // that does not exist.
  const std::string empty = WritePack(PlaceOfServiceTable(Edition("x"), {}));
  const std::string bad =
      ShapeSize(2, false) + Varint(0) + Varint(3) + Varint(0);
  const std::string good =
      ShapeSize(2, false) + Varint(0) + std::string(2, '\0');
  const PackRead read = ReadPack(Resealed(
      empty, EmptyRecordsBytes(kPlaceFields), Varint(1) + bad + good + good));
  EXPECT_EQ(read.error, PackError::kCorrupt);
}

TEST(Pack, TextsOfOneWidthAreReadByThatWidth) {
  // Two places whose codes, "01" and "02", are given one width (2): the
  // second shares "0" and adds "2"; then a width of 0, and a shared
  // length beyond the width, are refused.
  const std::string empty = WritePack(PlaceOfServiceTable(Edition("x"), {}));
  auto codes = [](int width, int second_shared) {
    return Varint(2 * 8 + 2 + 4) + Varint(3) + Varint(width) + Varint(0) +
           Varint(second_shared) + "012";
  };
  const std::string names =
      ShapeSize(4, false) + Varint(0) + std::string(4, '\0');
  const size_t drop = EmptyRecordsBytes(kPlaceFields);
  const PackRead read =
      ReadPack(Resealed(empty, drop, Varint(2) + codes(2, 1) + names + names));
  ASSERT_EQ(read.error, PackError::kOk) << read.message;
  const auto& places = std::get<PlaceOfServiceTable>(read.pack).places();
  ASSERT_EQ(places.size(), 2u);
  EXPECT_EQ(places[0].code, "01");
  EXPECT_EQ(places[1].code, "02");
  EXPECT_EQ(
      ReadPack(Resealed(empty, drop, Varint(2) + codes(0, 1) + names + names))
          .error,
      PackError::kCorrupt);
  EXPECT_EQ(
      ReadPack(Resealed(empty, drop, Varint(2) + codes(2, 3) + names + names))
          .error,
      PackError::kCorrupt);
}

TEST(Pack, ATerminatedTextWithoutItsNulIsRefused) {
  // One place whose name has no NUL after it.
  const std::string empty = WritePack(PlaceOfServiceTable(Edition("x"), {}));
  const std::string good =
      ShapeSize(1, true) + Varint(1) + std::string(2, '\0');
  const std::string bad =
      ShapeSize(1, true) + Varint(4) + std::string(1, '\0') + "Home";
  const PackRead read = ReadPack(Resealed(
      empty, EmptyRecordsBytes(kPlaceFields), Varint(1) + good + bad + good));
  EXPECT_EQ(read.error, PackError::kCorrupt);
}

// Columns of long texts are written NUL-terminated, unless a text holds a
// NUL byte; short ones carry their lengths, or one width; prefixes are
// shared where they are long: each text comes back as it was.
TEST(Pack, TextsOfEveryKindRoundTrip) {
  const std::vector<std::vector<PlaceOfService>> tables = {
      {{"01", "Pharmacy", "A facility or location where drugs are sold."},
       {"02", "Telehealth", ""},
       {"04", "", "A facility or location that houses the homeless."}},
      {{"01", std::string("Pharm\0acy", 9), "A facility where drugs are sold."},
       {"03", "School", std::string("a NUL \0 in a long description", 30)}},
      {{"1", "Displaced fracture of shaft of right femur, initial", ""},
       {"22", "Displaced fracture of shaft of right femur, subsequent", ""},
       {"333", "Displaced fracture of shaft of right femur, sequela", ""}},
  };
  for (const std::vector<PlaceOfService>& places : tables) {
    const PackRead read =
        ReadPack(WritePack(PlaceOfServiceTable(Edition("x"), places)));
    ASSERT_EQ(read.error, PackError::kOk) << read.message;
    const auto& back = std::get<PlaceOfServiceTable>(read.pack).places();
    ASSERT_EQ(back.size(), places.size());
    for (size_t i = 0; i < places.size(); ++i) {
      EXPECT_EQ(back[i].code, places[i].code);
      EXPECT_EQ(back[i].name, places[i].name);
      EXPECT_EQ(back[i].description, places[i].description);
    }
  }
}

TEST(Pack, TextsThatShareTheirStartRoundTrip) {
  const std::vector<Icd10Code> codes = {
      {"S72301A", "Unspecified fracture of shaft of right femur, initial"},
      {"S72301D", "Unspecified fracture of shaft of right femur, subsequent"},
      {"S72302A", "Unspecified fracture of shaft of left femur"},
      {"Z00", ""},
      {"Z000", "Encounter"}};
  const std::string pack = WritePack(Icd10Table(Edition("fy"), codes));
  const PackRead read = ReadPack(pack);
  ASSERT_EQ(read.error, PackError::kOk) << read.message;
  const std::vector<Icd10Code>& back = std::get<Icd10Table>(read.pack).codes();
  ASSERT_EQ(back.size(), codes.size());
  for (size_t i = 0; i < codes.size(); ++i) {
    EXPECT_EQ(back[i].code, codes[i].code);
    EXPECT_EQ(back[i].description, codes[i].description);
  }
}

}  // namespace
}  // namespace billcode
