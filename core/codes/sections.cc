#include "billcode/codes/sections.h"

#include <algorithm>
#include <array>
#include <deque>
#include <string>

#include "billcode/base/embedded_data.h"
#include "billcode/base/tsv.h"

namespace billcode {
namespace {

constexpr size_t kKindCount = std::size(kCodeKindNames);

int ParseNumber(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

struct SectionTables {
  std::deque<Section> sections;     // stable addresses
  std::vector<CptRange> top_level;  // sorted by first code
  std::vector<CptRange> subsections;
  std::vector<std::pair<std::string, const Section*>> level2_prefixes;
  std::array<const Section*, kKindCount> kind_sections{};
  std::array<KindFacts, kKindCount> kind_facts{};
  std::array<bool, kKindCount> has_kind_facts{};

  const Section* Find(std::string_view id) const {
    for (const Section& section : sections) {
      if (section.id == id) return &section;
    }
    return nullptr;
  }

  const Section* FindOrAdd(std::string_view id, std::string_view name,
                           std::string_view explanation,
                           std::string_view parent_id) {
    if (const Section* existing = Find(id)) return existing;
    sections.push_back(Section{std::string(id), std::string(name),
                               std::string(explanation),
                               std::string(parent_id)});
    return &sections.back();
  }

  void LoadCpt() {
    for (const TsvRow& row : ParseTsv(embedded::CptSectionsTsv())) {
      if (row.size() != 6) continue;
      const std::string_view parent = row[3] == "-" ? "" : row[3];
      const Section* section = FindOrAdd(row[0], row[4], row[5], parent);
      CptRange range{ParseNumber(row[1]), ParseNumber(row[2]), section};
      (parent.empty() ? top_level : subsections).push_back(range);
    }
    auto by_first = [](const CptRange& a, const CptRange& b) {
      return a.first < b.first;
    };
    std::sort(top_level.begin(), top_level.end(), by_first);
    std::sort(subsections.begin(), subsections.end(), by_first);
  }

  void LoadLevel2() {
    for (const TsvRow& row : ParseTsv(embedded::Level2SectionsTsv())) {
      if (row.size() != 4) continue;
      level2_prefixes.emplace_back(std::string(row[0]),
                                   FindOrAdd(row[1], row[2], row[3], ""));
    }
    // Longest prefix first, so the first match is the most specific.
    std::stable_sort(level2_prefixes.begin(), level2_prefixes.end(),
                     [](const auto& a, const auto& b) {
                       return a.first.size() > b.first.size();
                     });
  }

  void LoadKinds() {
    for (const TsvRow& row : ParseTsv(embedded::CodeKindsTsv())) {
      CodeKind kind;
      if (row.size() != 5 || !FromString(row[0], &kind)) continue;
      const auto index = static_cast<size_t>(kind);
      kind_facts[index] = KindFacts{std::string(row[2]), std::string(row[3]),
                                    std::string(row[4])};
      has_kind_facts[index] = true;
      if (row[1] != "-") {
        kind_sections[index] = FindOrAdd(row[1], row[3], row[4], "");
      }
    }
  }
};

const SectionTables& Tables() {
  static const SectionTables* tables = [] {
    auto* loaded = new SectionTables();
    loaded->LoadCpt();
    loaded->LoadLevel2();
    loaded->LoadKinds();
    return loaded;
  }();
  return *tables;
}

const CptRange* RangeHolding(const std::vector<CptRange>& ranges, int number) {
  auto it = std::upper_bound(
      ranges.begin(), ranges.end(), number,
      [](int value, const CptRange& range) { return value < range.first; });
  if (it == ranges.begin()) return nullptr;
  --it;
  return number <= it->last ? &*it : nullptr;
}

}  // namespace

const Section* CptSectionOf(int number) {
  const CptRange* range = RangeHolding(Tables().top_level, number);
  return range ? range->section : nullptr;
}

const Section* CptSubsectionOf(int number) {
  const CptRange* range = RangeHolding(Tables().subsections, number);
  return range ? range->section : nullptr;
}

const Section* CptSectionOfPrefix(std::string_view digits) {
  if (digits.empty() || digits.size() > 5) return nullptr;
  int span = 1;
  for (size_t i = digits.size(); i < 5; ++i) span *= 10;
  const int low = ParseNumber(digits) * span;
  const int high = low + span - 1;
  const Section* found = nullptr;
  for (const CptRange& range : Tables().top_level) {
    if (range.last < low || range.first > high) continue;
    if (found && found != range.section) return nullptr;
    found = range.section;
  }
  return found;
}

const Section* Level2SectionOf(std::string_view code) {
  for (const auto& [prefix, section] : Tables().level2_prefixes) {
    if (code.substr(0, prefix.size()) == prefix) return section;
  }
  return nullptr;
}

const Section* SectionOfKind(CodeKind kind) {
  return Tables().kind_sections[static_cast<size_t>(kind)];
}

const KindFacts* FactsOfKind(CodeKind kind) {
  const auto index = static_cast<size_t>(kind);
  return Tables().has_kind_facts[index] ? &Tables().kind_facts[index] : nullptr;
}

const std::vector<CptRange>& CptRanges() { return Tables().top_level; }

const Section* FindSection(std::string_view id) { return Tables().Find(id); }

}  // namespace billcode
