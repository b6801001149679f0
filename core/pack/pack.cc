#include "billcode/pack/pack.h"

#include <climits>

#include "billcode/base/text.h"
#include "byte_io.h"

namespace billcode {
namespace {

constexpr std::string_view kMagic = "BILLCODE";
constexpr size_t kHeaderSize = 32;

// Field order of each record in a pack, shared by writing and reading.
template <typename Io, typename R>
bool VisitRecord(Io& io, R& r, const HcpcsRecord*) {
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
template <typename Io, typename R>
bool VisitRecord(Io& io, R& r, const MueEntry*) {
  return io(r.code) && io(r.value) && io(r.adjudication_indicator) &&
         io(r.rationale);
}
template <typename Io, typename R>
bool VisitRecord(Io& io, R& r, const AddOnEdit*) {
  return io(r.addon_code) && io(r.type) && io(r.primary_code) &&
         io(r.addon_deleted) && io(r.primary_deleted) && io(r.effective) &&
         io(r.deleted) && io(r.note);
}
template <typename Io, typename R>
bool VisitRecord(Io& io, R& r, const Icd10Code*) {
  return io(r.code) && io(r.description);
}
template <typename Io, typename R>
bool VisitRecord(Io& io, R& r, const CptDescriptor*) {
  return io(r.code) && io(r.descriptor);
}
template <typename Io, typename R>
bool VisitRecord(Io& io, R& r, const PlaceOfService*) {
  return io(r.code) && io(r.name) && io(r.description);
}
template <typename Io, typename R>
bool VisitRecord(Io& io, R& r, const RvuEntry*) {
  return io(r.key) && io(r.status) && io(r.work) && io(r.pe_nonfacility) &&
         io(r.pe_facility) && io(r.malpractice) && io(r.nonfacility_na) &&
         io(r.facility_na) && io(r.pctc) && io(r.global_days) &&
         io(r.multiple_procedure) && io(r.bilateral) && io(r.assistant) &&
         io(r.co_surgeon) && io(r.team) && io(r.conversion_factor);
}
template <typename Io, typename R>
bool VisitRecord(Io& io, R& r, const GpciEntry*) {
  return io(r.key) && io(r.state) && io(r.name) && io(r.work) &&
         io(r.practice_expense) && io(r.malpractice);
}
template <typename Io, typename R>
bool VisitRecord(Io& io, R& r, const ZipLocality*) {
  return io(r.zip) && io(r.state) && io(r.mac) && io(r.locality) && io(r.split);
}
template <typename Io, typename R>
bool VisitRecord(Io& io, R& r, const LabFee*) {
  return io(r.key) && io(r.rate) && io(r.local) && io(r.effective);
}
template <typename Io, typename R>
bool VisitRecord(Io& io, R& r, const OppsCap*) {
  return io(r.key) && io(r.facility) && io(r.nonfacility);
}
template <typename Io, typename R>
bool VisitRecord(Io& io, R& r, const AnesthesiaFactor*) {
  return io(r.key) && io(r.factor);
}
template <typename Io, typename R>
bool Visit(Io& io, R& record) {
  return VisitRecord(io, record, static_cast<const std::decay_t<R>*>(nullptr));
}

// Visits only the `wanted`-th field of a record (0-based), so that records
// are stored field by field: all codes, then all descriptions ... Columns of
// like values compress far better than interleaved records.
template <typename Io>
struct OneField {
  Io& io;
  int wanted;
  int index = 0;
  template <typename T>
  bool operator()(T& value) {
    return index++ == wanted ? io(value) : true;
  }
};

// How many fields a record of this type has.
template <typename Record>
int FieldCount() {
  static const int count = [] {
    int fields = 0;
    auto counter = [&fields](const auto&) { return ++fields, true; };
    const Record empty{};
    Visit(counter, empty);
    return fields;
  }();
  return count;
}

template <typename Io, typename Info>
bool VisitInfo(Io& io, Info& info) {
  return io(info.edition) && io(info.source_name) && io(info.source_checksum) &&
         io(info.release_date) && io(info.notice) && io(info.effective_from) &&
         io(info.effective_to);
}

struct FieldWriter {
  ByteWriter* out;
  bool operator()(const std::string& text) { return out->String(text), true; }
  bool operator()(const std::vector<std::string>& texts) {
    return out->Strings(texts), true;
  }
  bool operator()(bool flag) { return out->U8(flag ? 1 : 0), true; }
  bool operator()(int value) {
    return out->Varint(static_cast<uint32_t>(value)), true;
  }
  bool operator()(uint64_t value) { return out->U64(value), true; }
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
  bool operator()(int& value) {
    uint64_t raw;
    if (!in->Varint(&raw) || raw > INT_MAX) return false;
    value = static_cast<int>(raw);
    return true;
  }
  bool operator()(uint64_t& value) { return in->U64(&value); }
  bool operator()(Date& date) {
    uint32_t packed;
    if (!in->U32(&packed)) return false;
    date = Date::FromPacked(static_cast<int>(packed));
    return date.packed() == static_cast<int>(packed);  // rejects bad dates
  }
};

// The two passes over a column of records: first every field's shape (the
// value of numbers, flags and dates; the length of a text; the count and
// lengths of a list), then the characters of its texts, so that the texts
// of a column follow each other with nothing in between.
struct ShapeWriter {
  ByteWriter* out;
  bool operator()(const std::string& text) {
    return out->Varint(text.size()), true;
  }
  bool operator()(const std::vector<std::string>& texts) {
    out->Varint(texts.size());
    for (const std::string& text : texts) out->Varint(text.size());
    return true;
  }
  template <typename T>
  bool operator()(const T& value) {
    return FieldWriter{out}(value);
  }
};
struct TextWriter {
  ByteWriter* out;
  bool operator()(const std::string& text) { return out->Raw(text), true; }
  bool operator()(const std::vector<std::string>& texts) {
    for (const std::string& text : texts) out->Raw(text);
    return true;
  }
  template <typename T>
  bool operator()(const T&) {
    return true;
  }
};
// Reading: the shapes size the texts (checked against the bytes left), the
// second pass fills them.
struct ShapeReader {
  ByteReader* in;
  bool Size(std::string& text) {
    uint64_t size;
    if (!in->Varint(&size) || size > in->remaining()) return false;
    text.resize(size);
    return true;
  }
  bool operator()(std::string& text) { return Size(text); }
  bool operator()(std::vector<std::string>& texts) {
    uint64_t count;
    if (!in->Varint(&count) || count > in->remaining()) return false;
    texts.resize(count);
    for (std::string& text : texts) {
      if (!Size(text)) return false;
    }
    return true;
  }
  template <typename T>
  bool operator()(T& value) {
    return FieldReader{in}(value);
  }
};
struct TextReader {
  ByteReader* in;
  bool operator()(std::string& text) {
    std::string_view bytes;
    if (!in->Raw(text.size(), &bytes)) return false;
    text.assign(bytes);
    return true;
  }
  bool operator()(std::vector<std::string>& texts) {
    for (std::string& text : texts) {
      if (!(*this)(text)) return false;
    }
    return true;
  }
  template <typename T>
  bool operator()(T&) {
    return true;
  }
};

PackKind KindOf(const HcpcsRelease&) { return PackKind::kHcpcsLevel2; }
PackKind KindOf(const MueTable&) { return PackKind::kMue; }
PackKind KindOf(const AddOnTable&) { return PackKind::kAddOn; }
PackKind KindOf(const Icd10Table&) { return PackKind::kIcd10cm; }
PackKind KindOf(const PlaceOfServiceTable&) {
  return PackKind::kPlaceOfService;
}
PackKind KindOf(const RvuTable&) { return PackKind::kPfsRvu; }
PackKind KindOf(const GpciTable&) { return PackKind::kGpci; }
PackKind KindOf(const ZipLocalityTable&) { return PackKind::kZipLocality; }
PackKind KindOf(const LabFeeTable&) { return PackKind::kLabFees; }
PackKind KindOf(const OppsCapTable&) { return PackKind::kOppsCap; }
PackKind KindOf(const AnesthesiaTable&) { return PackKind::kAnesthesia; }
PackKind KindOf(const CptDescriptorTable&) { return PackKind::kCptDescriptors; }

// Fields a kind keeps beside its records.
void WriteExtras(FieldWriter&, const HcpcsRelease&) {}
void WriteExtras(FieldWriter& write, const MueTable& table) {
  write(static_cast<int>(table.setting()));
}
void WriteExtras(FieldWriter&, const AddOnTable&) {}
void WriteExtras(FieldWriter&, const Icd10Table&) {}
void WriteExtras(FieldWriter&, const PlaceOfServiceTable&) {}
void WriteExtras(FieldWriter&, const RvuTable&) {}
void WriteExtras(FieldWriter&, const GpciTable&) {}
void WriteExtras(FieldWriter&, const ZipLocalityTable&) {}
void WriteExtras(FieldWriter&, const LabFeeTable&) {}
void WriteExtras(FieldWriter&, const OppsCapTable&) {}
void WriteExtras(FieldWriter&, const AnesthesiaTable&) {}
void WriteExtras(FieldWriter&, const CptDescriptorTable&) {}

PackRead Fail(PackError error, std::string message) {
  PackRead read;
  read.error = error;
  read.message = std::move(message);
  return read;
}

// The fewest bytes a record of this type takes in a pack (every string
// and list empty).
template <typename Record>
size_t MinimumRecordBytes() {
  static const size_t bytes = [] {
    ByteWriter out;
    FieldWriter write{&out};
    const Record empty{};
    Visit(write, empty);
    return out.bytes().size();
  }();
  return bytes;
}

// Reads a record count and the records. The count is checked against what
// the bytes left can hold before anything is allocated, so a pack of n
// bytes never makes more than n / MinimumRecordBytes() records (at most
// 32 bytes of memory per pack byte, for ICD-10-CM's two-string records).
// A count too large sets `error`.
template <typename Record>
bool ReadRecords(ByteReader& in, std::vector<Record>* records,
                 std::string* error) {
  uint64_t count = 0;
  if (!in.Varint(&count)) return false;
  const size_t most = in.remaining() / MinimumRecordBytes<Record>();
  if (count > most) {
    *error = "data pack claims " + std::to_string(count) +
             " records, but its " + std::to_string(in.remaining()) +
             " bytes hold at most " + std::to_string(most);
    return false;
  }
  records->resize(count);
  ShapeReader shapes{&in};
  TextReader texts{&in};
  for (int field = 0; field < FieldCount<Record>(); ++field) {
    for (Record& record : *records) {
      OneField<ShapeReader> one{shapes, field};
      if (!Visit(one, record)) return false;
    }
    for (Record& record : *records) {
      OneField<TextReader> one{texts, field};
      if (!Visit(one, record)) return false;
    }
  }
  return in.remaining() == 0;
}

// A table that is its release information and its records.
template <typename Table, typename Record>
bool ReadSortedTable(ReleaseInfo info, ByteReader& in, DataPack* pack,
                     std::string* error) {
  std::vector<Record> records;
  if (!ReadRecords(in, &records, error)) return false;
  *pack = Table(std::move(info), std::move(records));
  return true;
}

// Reads the records and extras of `kind` after the release information.
bool ReadTable(PackKind kind, ReleaseInfo info, ByteReader& in, DataPack* pack,
               std::string* error) {
  FieldReader read{&in};
  switch (kind) {
    case PackKind::kHcpcsLevel2: {
      std::vector<HcpcsRecord> records;
      if (!ReadRecords(in, &records, error)) return false;
      *pack = HcpcsRelease(std::move(info), std::move(records));
      return true;
    }
    case PackKind::kMue: {
      int setting = 0;
      std::vector<MueEntry> entries;
      if (!read(setting) ||
          setting >= static_cast<int>(std::size(kSettingNames)) ||
          !ReadRecords(in, &entries, error)) {
        return false;
      }
      *pack = MueTable(std::move(info), static_cast<Setting>(setting),
                       std::move(entries));
      return true;
    }
    case PackKind::kAddOn: {
      std::vector<AddOnEdit> edits;
      if (!ReadRecords(in, &edits, error)) return false;
      *pack = AddOnTable(std::move(info), std::move(edits));
      return true;
    }
    case PackKind::kIcd10cm: {
      std::vector<Icd10Code> codes;
      if (!ReadRecords(in, &codes, error)) return false;
      *pack = Icd10Table(std::move(info), std::move(codes));
      return true;
    }
    case PackKind::kPlaceOfService:
      return ReadSortedTable<PlaceOfServiceTable, PlaceOfService>(
          std::move(info), in, pack, error);
    case PackKind::kPfsRvu:
      return ReadSortedTable<RvuTable, RvuEntry>(std::move(info), in, pack,
                                                 error);
    case PackKind::kGpci:
      return ReadSortedTable<GpciTable, GpciEntry>(std::move(info), in, pack,
                                                   error);
    case PackKind::kZipLocality:
      return ReadSortedTable<ZipLocalityTable, ZipLocality>(std::move(info), in,
                                                            pack, error);
    case PackKind::kLabFees:
      return ReadSortedTable<LabFeeTable, LabFee>(std::move(info), in, pack,
                                                  error);
    case PackKind::kOppsCap:
      return ReadSortedTable<OppsCapTable, OppsCap>(std::move(info), in, pack,
                                                    error);
    case PackKind::kAnesthesia:
      return ReadSortedTable<AnesthesiaTable, AnesthesiaFactor>(
          std::move(info), in, pack, error);
    case PackKind::kCptDescriptors:
      return ReadSortedTable<CptDescriptorTable, CptDescriptor>(
          std::move(info), in, pack, error);
  }
  return false;
}

bool IsKnownKind(uint32_t kind) {
  return kind >= static_cast<uint32_t>(PackKind::kHcpcsLevel2) &&
         kind <= static_cast<uint32_t>(PackKind::kCptDescriptors);
}

}  // namespace

std::string WritePack(const DataPack& pack) {
  ByteWriter payload;
  FieldWriter write{&payload};
  const PackKind kind = std::visit(
      [&](const auto& table) {
        ReleaseInfo info = table.info();
        VisitInfo(write, info);
        WriteExtras(write, table);
        payload.Varint(table.entries().size());
        using Record = std::decay_t<decltype(table.entries().front())>;
        ShapeWriter shapes{&payload};
        TextWriter texts{&payload};
        for (int field = 0; field < FieldCount<Record>(); ++field) {
          for (const Record& record : table.entries()) {
            OneField<ShapeWriter> one{shapes, field};
            Visit(one, record);
          }
          for (const Record& record : table.entries()) {
            OneField<TextWriter> one{texts, field};
            Visit(one, record);
          }
        }
        return KindOf(table);
      },
      pack);
  ByteWriter sealed;
  sealed.Raw(kMagic);
  sealed.U32(kPackFormatVersion);
  sealed.U32(static_cast<uint32_t>(kind));
  sealed.U64(payload.bytes().size());
  sealed.U64(Fnv1a64(payload.bytes()));
  sealed.Raw(payload.bytes());
  return sealed.Take();
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
  if (version != kPackFormatVersion || !IsKnownKind(kind)) {
    return Fail(PackError::kUnsupportedVersion,
                "data pack format " + std::to_string(version) + " kind " +
                    std::to_string(kind) + " is not supported (expected " +
                    "format " + std::to_string(kPackFormatVersion) +
                    "); rebuild the pack");
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
  PackRead result;
  std::string error;
  if (!VisitInfo(read, info) ||
      !ReadTable(static_cast<PackKind>(kind), std::move(info), in, &result.pack,
                 &error)) {
    return Fail(PackError::kCorrupt,
                error.empty() ? "data pack content is malformed" : error);
  }
  return result;
}

}  // namespace billcode
