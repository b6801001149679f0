#include "billcode/pack.h"

#include "billcode/byte_io.h"
#include "billcode/text.h"

namespace billcode {
namespace {

constexpr std::string_view kMagic = "BILLCODE";
constexpr uint32_t kKindHcpcsLevel2 = 1;
constexpr size_t kHeaderSize = 32;

// Field order of a record in a pack, shared by writing and reading.
template <typename Io, typename Record>
bool VisitRecord(Io& io, Record& r) {
  return io(r.code) && io(r.is_modifier) && io(r.long_description) &&
         io(r.short_description) && io(r.pricing_indicators) &&
         io(r.multiple_pricing_indicator) && io(r.coverage_issues_refs) &&
         io(r.carriers_manual_refs) && io(r.statute) &&
         io(r.lab_certifications) && io(r.cross_references) &&
         io(r.coverage_code) && io(r.asc_group) && io(r.asc_effective) &&
         io(r.opps_status) && io(r.opps_payment_indicator) &&
         io(r.opps_effective) && io(r.processing_note) && io(r.betos) &&
         io(r.types_of_service) && io(r.anesthesia_base_units) && io(r.added) &&
         io(r.action_effective) && io(r.termination) && io(r.action_code);
}

struct FieldWriter {
  ByteWriter* out;
  bool operator()(const std::string& text) { return out->String(text), true; }
  bool operator()(const std::vector<std::string>& texts) {
    return out->Strings(texts), true;
  }
  bool operator()(bool flag) { return out->U8(flag ? 1 : 0), true; }
  bool operator()(Date date) {
    return out->U32(static_cast<uint32_t>(date.packed())), true;
  }
};

struct FieldReader {
  ByteReader* in;
  bool operator()(std::string& text) { return in->String(&text); }
  bool operator()(std::vector<std::string>& texts) {
    return in->Strings(&texts);
  }
  bool operator()(bool& flag) {
    uint8_t byte;
    if (!in->U8(&byte) || byte > 1) return false;
    flag = byte == 1;
    return true;
  }
  bool operator()(Date& date) {
    uint32_t packed;
    if (!in->U32(&packed)) return false;
    date = Date::FromPacked(static_cast<int>(packed));
    return date.packed() == static_cast<int>(packed);  // rejects bad dates
  }
};

PackRead Fail(PackError error, std::string message) {
  PackRead read;
  read.error = error;
  read.message = std::move(message);
  return read;
}

}  // namespace

std::string WritePack(const HcpcsRelease& release) {
  ByteWriter payload;
  FieldWriter write{&payload};
  const ReleaseInfo& info = release.info();
  payload.String(info.edition);
  payload.String(info.source_name);
  payload.U64(info.source_checksum);
  write(info.release_date);
  payload.Varint(release.records().size());
  for (const HcpcsRecord& record : release.records()) {
    VisitRecord(write, record);
  }
  ByteWriter pack;
  pack.Raw(kMagic);
  pack.U32(kPackFormatVersion);
  pack.U32(kKindHcpcsLevel2);
  pack.U64(payload.bytes().size());
  pack.U64(Fnv1a64(payload.bytes()));
  pack.Raw(payload.bytes());
  return pack.Take();
}

PackRead ReadPack(std::string_view bytes) {
  if (bytes.size() < kMagic.size() ||
      bytes.substr(0, kMagic.size()) != kMagic) {
    return Fail(PackError::kNotAPack, "not a billcode data pack");
  }
  ByteReader header(bytes.substr(kMagic.size()));
  uint32_t version = 0, kind = 0;
  uint64_t payload_size = 0, checksum = 0;
  if (!header.U32(&version) || !header.U32(&kind) ||
      !header.U64(&payload_size) || !header.U64(&checksum)) {
    return Fail(PackError::kTruncated, "data pack header is cut short");
  }
  if (version != kPackFormatVersion || kind != kKindHcpcsLevel2) {
    return Fail(PackError::kUnsupportedVersion,
                "data pack format " + std::to_string(version) + " kind " +
                    std::to_string(kind) + " is not supported (expected " +
                    std::to_string(kPackFormatVersion) + "); rebuild the pack");
  }
  const std::string_view payload = bytes.substr(kHeaderSize);
  if (payload.size() < payload_size) {
    return Fail(PackError::kTruncated,
                "data pack is cut short: " + std::to_string(payload.size()) +
                    " of " + std::to_string(payload_size) + " payload bytes");
  }
  if (payload.size() > payload_size || Fnv1a64(payload) != checksum) {
    return Fail(PackError::kChecksumMismatch,
                "data pack checksum does not match: the file is damaged");
  }
  ByteReader in(payload);
  FieldReader read{&in};
  ReleaseInfo info;
  uint64_t count = 0;
  if (!in.String(&info.edition) || !in.String(&info.source_name) ||
      !in.U64(&info.source_checksum) || !read(info.release_date) ||
      !in.Varint(&count) || count > in.remaining()) {
    return Fail(PackError::kCorrupt, "data pack release header is malformed");
  }
  std::vector<HcpcsRecord> records(count);
  for (HcpcsRecord& record : records) {
    if (!VisitRecord(read, record)) {
      return Fail(PackError::kCorrupt, "data pack record is malformed");
    }
  }
  if (in.remaining() != 0) {
    return Fail(PackError::kCorrupt, "data pack has bytes after its records");
  }
  PackRead result;
  result.release = HcpcsRelease(std::move(info), std::move(records));
  return result;
}

}  // namespace billcode
