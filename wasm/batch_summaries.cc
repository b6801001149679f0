#include "batch_summaries.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "billcode/codes/lookup.h"

namespace billcode {
namespace {

constexpr uint32_t kHasCode = 1u << 28;
constexpr uint32_t kHasModifiers = 1u << 29;
constexpr uint32_t kHasReplacements = 1u << 30;

// Numbers given to sections and records, shared with the JS side's copy.
struct Numbering {
  uint32_t generation = 0;
  std::vector<const Section*> sections;  // static tables: kept for good
  std::unordered_map<const HcpcsRecord*, uint32_t> records;
};

Numbering& Numbers() {
  static Numbering* numbering = new Numbering();
  return *numbering;
}

// UTF-16 code units of UTF-8 `text`: one per sequence, two for 4 bytes.
uint32_t Utf16Length(std::string_view text) {
  uint32_t units = 0;
  for (const char c : text) {
    const auto byte = static_cast<uint8_t>(c);
    if ((byte & 0xC0) != 0x80) ++units;
    if (byte >= 0xF0) ++units;
  }
  return units;
}

// The strings of one answer, in the order the JS side reads them.
class Strings {
 public:
  void Add(std::string_view text) {
    text_ += text;
    lengths_.push_back(Utf16Length(text));
  }
  template <typename List, typename Text>
  void AddJoined(const List& list, Text text_of) {
    const size_t start = text_.size();
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) text_ += ',';
      text_ += text_of(list[i]);
    }
    lengths_.push_back(Utf16Length(std::string_view(text_).substr(start)));
  }
  const std::string& text() const { return text_; }
  const std::vector<uint32_t>& lengths() const { return lengths_; }

 private:
  std::string text_;
  std::vector<uint32_t> lengths_;
};

uint32_t SectionNumber(const Section* section, Strings* fresh) {
  std::vector<const Section*>& sections = Numbers().sections;
  for (size_t i = 0; i < sections.size(); ++i) {
    if (sections[i] == section) return static_cast<uint32_t>(i);
  }
  sections.push_back(section);
  fresh->Add(section->id);
  return static_cast<uint32_t>(sections.size() - 1);
}

uint32_t RecordNumber(const HcpcsRecord* record, Strings* fresh) {
  auto& records = Numbers().records;
  // find() first: emplace() would allocate a node for a record numbered
  // before.
  if (const auto found = records.find(record); found != records.end()) {
    return found->second;
  }
  fresh->Add(record->code);
  fresh->Add(record->short_description);
  const auto number = static_cast<uint32_t>(records.size());
  records.emplace(record, number);
  return number;
}

}  // namespace

void DataChanged() {
  Numbers().records.clear();
  ++Numbers().generation;
}

emscripten::val SummarizeBatch(std::string_view texts, Date date,
                               const DataSet& data) {
  static std::vector<uint32_t>* items = new std::vector<uint32_t>();
  items->clear();
  Strings sections, records, own;
  const CptDescriptorTable* cpt = data.cpt_descriptors(date);
  size_t start = 0;
  while (start <= texts.size()) {
    size_t end = texts.find('\x1e', start);
    if (end == std::string_view::npos) end = texts.size();
    const LookupResult result =
        Lookup(texts.substr(start, end - start), date, data.hcpcs(), cpt);
    start = end + 1;
    const Classification& c = result.classification;
    uint32_t word = static_cast<uint32_t>(c.kind) |
                    static_cast<uint32_t>(result.status) << 8;
    if (c.section) word |= (SectionNumber(c.section, &sections) + 1) << 16;
    uint32_t record = 0;
    if (result.found.record) {
      record = RecordNumber(result.found.record, &records) + 1;
    } else if (!c.code.empty()) {
      word |= kHasCode;
      own.Add(c.code);
    }
    if (!c.modifiers.empty()) {
      word |= kHasModifiers;
      own.AddJoined(c.modifiers, [](const std::string& m) { return m; });
    }
    if (!result.replacements.empty()) {
      word |= kHasReplacements;
      own.AddJoined(result.replacements,
                    [](const Replacement& r) { return r.code; });
    }
    items->push_back(word);
    items->push_back(record);
  }
  // Kept until the next call, which the JS side reads the views before.
  static std::vector<uint32_t>* lengths = new std::vector<uint32_t>();
  lengths->clear();
  for (const Strings* part : {&sections, &records, &own}) {
    lengths->insert(lengths->end(), part->lengths().begin(),
                    part->lengths().end());
  }
  emscripten::val answer = emscripten::val::object();
  answer.set("items",
             emscripten::typed_memory_view(items->size(), items->data()));
  answer.set("lengths",
             emscripten::typed_memory_view(lengths->size(), lengths->data()));
  answer.set("text", sections.text() + records.text() + own.text());
  answer.set("newSections", static_cast<uint32_t>(sections.lengths().size()));
  answer.set("newRecords", static_cast<uint32_t>(records.lengths().size() / 2));
  answer.set("generation", Numbers().generation);
  return answer;
}

}  // namespace billcode
