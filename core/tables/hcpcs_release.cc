#include "billcode/tables/hcpcs_release.h"

#include <algorithm>
#include <tuple>

namespace billcode {
namespace {

auto Fields(const HcpcsRecord& r) {
  return std::tie(r.code, r.is_modifier, r.long_description,
                  r.short_description, r.pricing_indicators,
                  r.multiple_pricing_indicator, r.coverage_issues_refs,
                  r.carriers_manual_refs, r.statute, r.lab_certifications,
                  r.cross_references, r.coverage_code, r.asc_group,
                  r.asc_effective, r.opps_status, r.opps_payment_indicator,
                  r.opps_effective, r.processing_note, r.betos,
                  r.types_of_service, r.anesthesia_base_units, r.added,
                  r.action_effective, r.termination, r.action_code);
}

// The first 8 bytes of `code`, big-endian, zero-padded: ordered as the
// codes are for codes without NUL bytes.
uint64_t PackedCode(std::string_view code) {
  uint64_t packed = 0;
  for (size_t i = 0; i < 8; ++i) {
    packed = packed << 8 |
             (i < code.size() ? static_cast<uint8_t>(code[i]) : uint8_t{0});
  }
  return packed;
}

}  // namespace

HcpcsRelease::HcpcsRelease(ReleaseInfo info, std::vector<HcpcsRecord> records)
    : SortedTable(std::move(info), std::move(records)) {
  packed_codes_.reserve(entries().size());
  for (const HcpcsRecord& record : entries()) {
    packed_codes_.push_back(PackedCode(record.code));
  }
}

const HcpcsRecord* HcpcsRelease::Find(std::string_view code) const {
  const uint64_t packed = PackedCode(code);
  auto it =
      std::lower_bound(packed_codes_.begin(), packed_codes_.end(), packed);
  // Codes longer than 8 bytes, or holding NUL bytes, share a packed value
  // with others: the whole code decides.
  for (; it != packed_codes_.end() && *it == packed; ++it) {
    const HcpcsRecord& record = entries()[it - packed_codes_.begin()];
    if (record.code == code) return &record;
  }
  return nullptr;
}

bool operator==(const HcpcsRecord& a, const HcpcsRecord& b) {
  return Fields(a) == Fields(b);
}

ReleaseCounts HcpcsRelease::Counts() const {
  ReleaseCounts counts;
  for (const HcpcsRecord& record : records()) {
    ++(record.is_modifier ? counts.modifiers : counts.codes);
    if (!record.termination.empty()) ++counts.terminated;
  }
  return counts;
}

bool HcpcsRelease::AddLongDescriptions(
    const HcpcsLongDescriptions& descriptions) {
  const ReleaseInfo& from = descriptions.info();
  if (from.edition != info().edition ||
      from.source_checksum != info().source_checksum) {
    return false;
  }
  for (HcpcsRecord& record : mutable_entries()) {
    if (const HcpcsLongDescription* found = descriptions.Find(record.code)) {
      record.long_description = found->long_description;
    }
  }
  return true;
}

std::pair<HcpcsRelease, HcpcsLongDescriptions> SplitLongDescriptions(
    const HcpcsRelease& release) {
  std::vector<HcpcsRecord> records = release.records();
  std::vector<HcpcsLongDescription> descriptions;
  descriptions.reserve(records.size());
  for (HcpcsRecord& record : records) {
    descriptions.push_back({record.code, std::move(record.long_description)});
    record.long_description.clear();
  }
  return {HcpcsRelease(release.info(), std::move(records)),
          HcpcsLongDescriptions(release.info(), std::move(descriptions))};
}

void ReleaseSet::AddLongDescriptions(HcpcsLongDescriptions descriptions) {
  bool given = false;
  for (HcpcsRelease& release : releases_) {
    given = release.AddLongDescriptions(descriptions) || given;
  }
  if (!given) waiting_.push_back(std::move(descriptions));
}

void ReleaseSet::Add(HcpcsRelease release) {
  for (auto it = waiting_.begin(); it != waiting_.end();) {
    it = release.AddLongDescriptions(*it) ? waiting_.erase(it) : it + 1;
  }
  releases_.push_back(std::move(release));
  std::stable_sort(releases_.begin(), releases_.end(),
                   [](const HcpcsRelease& a, const HcpcsRelease& b) {
                     return a.info().release_date > b.info().release_date;
                   });
}

ReleaseSet::Found ReleaseSet::Find(std::string_view code, Date date) const {
  for (const bool governing : {true, false}) {
    for (const HcpcsRelease& release : releases_) {
      if (Governs(release.info(), date) != governing) continue;
      if (const HcpcsRecord* record = release.Find(code)) {
        return {record, &release};
      }
    }
  }
  return {};
}

}  // namespace billcode
