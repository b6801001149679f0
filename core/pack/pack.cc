#include "billcode/pack/pack.h"

#include <algorithm>
#include <climits>
#include <type_traits>
#include <vector>

#include "billcode/base/text.h"
#include "byte_io.h"

namespace billcode {
namespace {

#if defined(__GNUC__) || defined(__clang__)
#define BILLCODE_NOINLINE __attribute__((noinline))
#else
#define BILLCODE_NOINLINE
#endif

constexpr std::string_view kMagic = "BILLCODE";
constexpr size_t kHeaderSize = 24;

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
bool VisitRecord(Io& io, R& r, const HcpcsLongDescription*) {
  return io(r.code) && io(r.long_description);
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

// Where each field of a record type sits and what it holds, found once by
// visiting a probe record; records are then stored column by column
// without visiting every field of every record for each column.
enum class FieldType { kText, kTexts, kFlag, kNumber, kWide, kDate };
struct FieldSlot {
  FieldType type;
  size_t offset;  // bytes from the start of the record
};
template <typename T>
constexpr FieldType TypeOf() {
  if constexpr (std::is_same_v<T, std::string>) return FieldType::kText;
  if constexpr (std::is_same_v<T, std::vector<std::string>>) {
    return FieldType::kTexts;
  }
  if constexpr (std::is_same_v<T, bool>) return FieldType::kFlag;
  if constexpr (std::is_same_v<T, int>) return FieldType::kNumber;
  if constexpr (std::is_same_v<T, uint64_t>) return FieldType::kWide;
  if constexpr (std::is_same_v<T, Date>) return FieldType::kDate;
}

template <typename Record>
const std::vector<FieldSlot>& SlotsOf() {
  static const std::vector<FieldSlot> slots = [] {
    std::vector<FieldSlot> found;
    Record probe{};
    const char* start = reinterpret_cast<const char*>(&probe);
    auto collect = [&](auto& field) {
      found.push_back(
          {TypeOf<std::decay_t<decltype(field)>>(),
           static_cast<size_t>(reinterpret_cast<const char*>(&field) - start)});
      return true;
    };
    Visit(collect, probe);
    return found;
  }();
  return slots;
}

// The field of `record` at `slot`, as its type T.
template <typename T, typename Record>
T& FieldAt(Record& record, const FieldSlot& slot) {
  return *reinterpret_cast<T*>(reinterpret_cast<char*>(&record) + slot.offset);
}
template <typename T, typename Record>
const T& FieldAt(const Record& record, const FieldSlot& slot) {
  return *reinterpret_cast<const T*>(reinterpret_cast<const char*>(&record) +
                                     slot.offset);
}

// Calls `visit` with the field of `record` at `slot`, as its type.
template <typename Record, typename Visitor>
bool VisitSlot(Record& record, const FieldSlot& slot, Visitor&& visit) {
  switch (slot.type) {
    case FieldType::kText:
      return visit(FieldAt<std::string>(record, slot));
    case FieldType::kTexts:
      return visit(FieldAt<std::vector<std::string>>(record, slot));
    case FieldType::kFlag:
      return visit(FieldAt<bool>(record, slot));
    case FieldType::kNumber:
      return visit(FieldAt<int>(record, slot));
    case FieldType::kWide:
      return visit(FieldAt<uint64_t>(record, slot));
    case FieldType::kDate:
      return visit(FieldAt<Date>(record, slot));
  }
  return false;
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

size_t SharedPrefix(std::string_view a, std::string_view b) {
  size_t shared = 0;
  const size_t most = std::min(a.size(), b.size());
  while (shared < most && a[shared] == b[shared]) ++shared;
  return shared;
}

// What a column's texts are like, in record order.
struct ColumnTexts {
  size_t count = 0, bytes = 0;
  size_t shared = 0;  // bytes each shares with the text before it
  size_t shortest = SIZE_MAX, longest = 0;
  bool nul = false;
};

template <typename Record>
ColumnTexts TextsOf(const std::vector<Record>& records, const FieldSlot& slot) {
  ColumnTexts texts;
  std::string_view previous;
  auto add = [&](const std::string& text) {
    ++texts.count;
    texts.bytes += text.size();
    texts.shared += SharedPrefix(previous, text);
    texts.shortest = std::min(texts.shortest, text.size());
    texts.longest = std::max(texts.longest, text.size());
    texts.nul = texts.nul || text.find('\0') != std::string::npos;
    previous = text;
  };
  for (const Record& record : records) {
    VisitSlot(record, slot, [&](const auto& value) {
      using T = std::decay_t<decltype(value)>;
      if constexpr (std::is_same_v<T, std::string>) {
        add(value);
      } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
        for (const std::string& each : value) add(each);
      }
      return true;
    });
  }
  return texts;
}

// How a column writes its texts (the flags of its first size).
struct TextLayout {
  // NUL-terminated rather than with their lengths: when none holds a NUL
  // byte and they average 8 bytes or more (gzip then finds the terminators
  // cheaper than the lengths; short codes of one length compress better
  // with theirs).
  bool terminated = false;
  // Each stores only what it does not share with the text before it. Sorted
  // codes and titles ("Displaced fracture of shaft of right femur, ...")
  // gain; prose gains only when prefixes are a tenth of its bytes or more:
  // below that, the shapes cost more than gzip saves on the shorter texts.
  bool shared = true;
  size_t width = 0;  // all of one length above 0, not terminated: no lengths
};

TextLayout LayoutOf(const ColumnTexts& texts) {
  TextLayout layout;
  layout.terminated =
      texts.count > 0 && !texts.nul && texts.bytes >= 8 * texts.count;
  layout.shared = !layout.terminated || texts.shared * 10 >= texts.bytes;
  if (!layout.terminated && texts.count > 0 &&
      texts.shortest == texts.longest) {
    layout.width = texts.longest;
  }
  return layout;
}

constexpr uint64_t kTerminatedFlag = 1, kSharedFlag = 2, kWidthFlag = 4;
constexpr uint64_t kFlagBits = 3;

// A column is the byte size of its shapes (times 8, plus its TextLayout's
// flags) and of its texts, and its texts' width if they have one; then
// its shapes (numbers, flags and dates themselves; for a text, the length
// it shares with the column's previous text if prefixes are shared, then,
// unless NUL-terminated or of one width, the length of the rest; for a
// list, its count then its texts' shapes); then the rest of every text,
// one after another.
template <typename Record>
void WriteColumn(const std::vector<Record>& records, const FieldSlot& slot,
                 ByteWriter* out) {
  const TextLayout layout = LayoutOf(TextsOf(records, slot));
  ByteWriter shapes;
  FieldWriter values{&shapes};
  std::string texts;
  std::string_view previous;
  auto text = [&](const std::string& value) {
    const size_t shared = layout.shared ? SharedPrefix(previous, value) : 0;
    if (layout.shared) shapes.Varint(shared);
    if (!layout.terminated && layout.width == 0) {
      shapes.Varint(value.size() - shared);
    }
    texts.append(value, shared, std::string::npos);
    if (layout.terminated) texts.push_back('\0');
    previous = value;
  };
  for (const Record& record : records) {
    VisitSlot(record, slot, [&](const auto& value) {
      using T = std::decay_t<decltype(value)>;
      if constexpr (std::is_same_v<T, std::string>) {
        text(value);
      } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
        shapes.Varint(value.size());
        for (const std::string& each : value) text(each);
      } else {
        values(value);
      }
      return true;
    });
  }
  out->Varint((shapes.bytes().size() << kFlagBits) |
              (layout.terminated ? kTerminatedFlag : 0) |
              (layout.shared ? kSharedFlag : 0) |
              (layout.width > 0 ? kWidthFlag : 0));
  out->Varint(texts.size());
  if (layout.width > 0) out->Varint(layout.width);
  out->Raw(shapes.bytes());
  out->Raw(texts);
}

// Reads a column written by WriteColumn into `records` (already sized,
// every record new: its texts and lists empty).
// Texts rebuilt from shared prefixes may not add up to more than
// `*text_budget` bytes in all, so that a small hostile pack cannot claim
// gigabytes of repeated prefixes.
class ColumnReader {
 public:
  ColumnReader(std::string_view shapes, std::string_view texts,
               TextLayout layout, size_t* text_budget)
      : shapes_(shapes), texts_(texts), layout_(layout), budget_(text_budget) {}

  template <typename Record>
  bool Read(const FieldSlot& slot, std::vector<Record>* records) {
    FieldReader values{&shapes_};
    for (Record& record : *records) {
      const bool read = VisitSlot(record, slot, [&](auto& value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, std::string>) {
          return Text(&value);
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          return Texts(&value);
        } else {
          return values(value);
        }
      });
      if (!read) return false;
    }
    return shapes_.remaining() == 0 && texts_.remaining() == 0;
  }

 private:
  bool Text(std::string* value) {
    uint64_t shared = 0, rest = 0;
    std::string_view bytes;
    if (layout_.shared &&
        (!shapes_.Varint(&shared) || shared > previous_.size() ||
         shared > *budget_ || (layout_.width > 0 && shared > layout_.width))) {
      return false;
    }
    bool read;
    if (layout_.terminated) {
      read = texts_.Until('\0', &bytes);
    } else {
      if (layout_.width > 0) rest = layout_.width - shared;
      read = (layout_.width > 0 || shapes_.Varint(&rest)) &&
             texts_.Raw(rest, &bytes);
    }
    if (!read) return false;
    *budget_ -= shared;
    // `value` is new, so empty: most texts of a column are empty, or share
    // nothing with the one before.
    if (shared > 0) {
      value->reserve(shared + bytes.size());
      value->append(previous_.data(), shared);
      value->append(bytes);
    } else if (!bytes.empty()) {
      value->assign(bytes.data(), bytes.size());
    }
    previous_ = *value;
    return true;
  }
  bool Texts(std::vector<std::string>* values) {
    uint64_t count;
    if (!shapes_.Varint(&count) || count > ByteReader::kMaxListSize) {
      return false;
    }
    values->resize(count);
    for (std::string& value : *values) {
      if (!Text(&value)) return false;
    }
    return true;
  }

  ByteReader shapes_;
  ByteReader texts_;
  TextLayout layout_;
  size_t* budget_;
  std::string_view previous_;
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
PackKind KindOf(const HcpcsLongDescriptions&) {
  return PackKind::kHcpcsLongDescriptions;
}

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
void WriteExtras(FieldWriter&, const HcpcsLongDescriptions&) {}

PackRead Fail(PackError error, std::string message) {
  PackRead read;
  read.error = error;
  read.message = std::move(message);
  return read;
}

// The fewest bytes a record of this type adds to its columns (every
// string and list empty: a text's one byte, its NUL or a shape; a list's
// count).
template <typename Record>
size_t MinimumRecordBytes() {
  size_t bytes = 0;
  for (const FieldSlot& slot : SlotsOf<Record>()) {
    switch (slot.type) {
      case FieldType::kText:
      case FieldType::kTexts:
      case FieldType::kFlag:
      case FieldType::kNumber:
        bytes += 1;
        break;
      case FieldType::kWide:
        bytes += 8;
        break;
      case FieldType::kDate:
        bytes += 4;
        break;
    }
  }
  return bytes;
}

// Reads a record count and the records. The count is checked against what
// the bytes left can hold before anything is allocated, so a pack of n
// bytes never makes more than n / MinimumRecordBytes() records (at most
// 32 bytes of memory per pack byte natively, for ICD-10-CM's records of
// two strings), and texts rebuilt from shared prefixes at most
// kTextsPerPackByte times the pack's bytes. A count too large sets
// `error`.
//
// Not inlined: a wasm engine optimises a hot function whole, in the
// background, and the readers of every table inlined into one took 63 ms
// to optimise in Chromium (see wasm/CMakeLists.txt).
template <typename Record>
BILLCODE_NOINLINE bool ReadRecords(ByteReader& in, std::vector<Record>* records,
                                   std::string* error) {
  constexpr size_t kTextsPerPackByte = 32;
  uint64_t count = 0;
  if (!in.Varint(&count)) return false;
  // Each column starts with the two sizes of its parts.
  const size_t headers = 2 * SlotsOf<Record>().size();
  const size_t most =
      in.remaining() < headers
          ? 0
          : (in.remaining() - headers) / MinimumRecordBytes<Record>();
  if (count > most) {
    *error = "data pack claims " + std::to_string(count) +
             " records, but its " + std::to_string(in.remaining()) +
             " bytes hold at most " + std::to_string(most);
    return false;
  }
  size_t text_budget = in.remaining() * kTextsPerPackByte;
  records->resize(count);
  for (const FieldSlot& slot : SlotsOf<Record>()) {
    uint64_t sizes, text_bytes, width = 0;
    std::string_view shapes, texts;
    if (!in.Varint(&sizes) || !in.Varint(&text_bytes)) return false;
    TextLayout layout;
    layout.terminated = (sizes & kTerminatedFlag) != 0;
    layout.shared = (sizes & kSharedFlag) != 0;
    if ((sizes & kWidthFlag) != 0 && (layout.terminated || !in.Varint(&width) ||
                                      width == 0 || width > text_bytes)) {
      return false;
    }
    layout.width = width;
    if (!in.Raw(sizes >> kFlagBits, &shapes) || !in.Raw(text_bytes, &texts)) {
      return false;
    }
    ColumnReader column(shapes, texts, layout, &text_budget);
    if (!column.Read(slot, records)) return false;
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
    case PackKind::kHcpcsLongDescriptions:
      return ReadSortedTable<HcpcsLongDescriptions, HcpcsLongDescription>(
          std::move(info), in, pack, error);
  }
  return false;
}

bool IsKnownKind(uint32_t kind) {
  return kind >= static_cast<uint32_t>(PackKind::kHcpcsLevel2) &&
         kind <= static_cast<uint32_t>(PackKind::kHcpcsLongDescriptions);
}

uint64_t Rotate(uint64_t value, int bits) {
  return (value << bits) | (value >> (64 - bits));
}

// The checksum of a pack's payload: four lanes of 8-byte words, each lane
// mixed as in xxHash64's rounds, then the tail bytes FNV-1a style, folded
// to 32 bits; word by word, so that a 10 MB pack is checked in a few
// milliseconds, in wasm too.
uint32_t PackChecksum(std::string_view payload) {
  constexpr uint64_t kPrime1 = 0x9E3779B185EBCA87ULL;
  constexpr uint64_t kPrime2 = 0xC2B2AE3D27D4EB4FULL;
  uint64_t lanes[4] = {kPrime1, kPrime2, ~kPrime1, ~kPrime2};
  size_t offset = 0;
  for (; offset + 32 <= payload.size(); offset += 32) {
    for (int lane = 0; lane < 4; ++lane) {
      const uint64_t word =
          LittleEndian<uint64_t>(payload.data() + offset + 8 * lane);
      lanes[lane] = Rotate(lanes[lane] + word * kPrime2, 31) * kPrime1;
    }
  }
  uint64_t hash = payload.size();
  for (const uint64_t lane : lanes) hash = Rotate(hash ^ lane, 27) * kPrime1;
  for (; offset < payload.size(); ++offset) {
    hash = (hash ^ static_cast<uint8_t>(payload[offset])) * 0x100000001b3ULL;
  }
  return static_cast<uint32_t>(hash ^ (hash >> 32));
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
        for (const FieldSlot& slot : SlotsOf<Record>()) {
          WriteColumn(table.entries(), slot, &payload);
        }
        return KindOf(table);
      },
      pack);
  ByteWriter sealed;
  sealed.Raw(kMagic);
  sealed.U32(kPackFormatVersion);
  sealed.U32(static_cast<uint32_t>(kind));
  sealed.U32(0);  // payload size and checksum: ResealPack()
  sealed.U32(0);
  sealed.Raw(payload.bytes());
  std::string bytes = sealed.Take();
  ResealPack(&bytes);
  return bytes;
}

void ResealPack(std::string* pack) {
  if (pack->size() < kHeaderSize) return;
  const std::string_view payload = std::string_view(*pack).substr(kHeaderSize);
  ByteWriter fields;
  fields.U32(static_cast<uint32_t>(payload.size()));
  fields.U32(PackChecksum(payload));
  pack->replace(kHeaderSize - 8, 8, fields.bytes());
}

PackRead ReadPack(std::string_view bytes) {
  if (bytes.size() < kMagic.size() ||
      bytes.substr(0, kMagic.size()) != kMagic) {
    return Fail(PackError::kNotAPack, "not a billcode data pack");
  }
  ByteReader header(bytes.substr(kMagic.size()));
  uint32_t version = 0, kind = 0, payload_size = 0, checksum = 0;
  if (!header.U32(&version) || !header.U32(&kind) ||
      !header.U32(&payload_size) || !header.U32(&checksum)) {
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
  if (payload.size() > payload_size || PackChecksum(payload) != checksum) {
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
