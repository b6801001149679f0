// A HCPCS Level II release: its records and where they came from.
#ifndef BILLCODE_TABLES_HCPCS_RELEASE_H_
#define BILLCODE_TABLES_HCPCS_RELEASE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "billcode/tables/hcpcs_record.h"
#include "billcode/tables/release_info.h"
#include "billcode/tables/sorted_table.h"

namespace billcode {

struct ReleaseCounts {
  int codes = 0;
  int modifiers = 0;
  int terminated = 0;  // records with a termination date
};

// The long descriptions of a release, kept in a pack of their own so that
// the rest of the release (codes, short descriptions, dates) loads first.
// Sorted by code.
struct HcpcsLongDescription {
  std::string code;
  std::string long_description;
};
class HcpcsLongDescriptions
    : public SortedTable<HcpcsLongDescription, &HcpcsLongDescription::code> {
 public:
  using SortedTable::SortedTable;
};

// Sorted by code; procedure codes have 5 characters and modifiers 2, so one
// lookup serves both.
class HcpcsRelease : public SortedTable<HcpcsRecord, &HcpcsRecord::code> {
 public:
  HcpcsRelease() = default;
  HcpcsRelease(ReleaseInfo info, std::vector<HcpcsRecord> records);
  const std::vector<HcpcsRecord>& records() const { return entries(); }
  ReleaseCounts Counts() const;
  // The record of `code`, or nullptr: a binary search over whole codes
  // packed into integers (every code and modifier has at most 8 bytes).
  const HcpcsRecord* Find(std::string_view code) const;
  // True when `descriptions` were split from this release (same edition
  // and source); then each record gets its long description from them.
  bool AddLongDescriptions(const HcpcsLongDescriptions& descriptions);

 private:
  // PackedCode() of each record's code, in the records' order.
  std::vector<uint64_t> packed_codes_;
};

// `release` as two packs' tables: its records without their long
// descriptions, and those descriptions (with the release's information).
std::pair<HcpcsRelease, HcpcsLongDescriptions> SplitLongDescriptions(
    const HcpcsRelease& release);

// Several editions of the release. The editions that govern a date of
// service answer first (newest first), then the others (newest first): a
// newer release also records the codes it terminated.
class ReleaseSet {
 public:
  void Add(HcpcsRelease release);
  // Given to their release now, or when it is added.
  void AddLongDescriptions(HcpcsLongDescriptions descriptions);
  bool empty() const { return releases_.empty(); }
  // Newest (by release date) first.
  const std::vector<HcpcsRelease>& releases() const { return releases_; }

  struct Found {
    const HcpcsRecord* record = nullptr;
    const HcpcsRelease* release = nullptr;
  };
  // The first release, in the order above for `date`, that holds `code`, or
  // {nullptr, nullptr}. An empty `date` is governed by every edition.
  Found Find(std::string_view code, Date date = Date()) const;

 private:
  std::vector<HcpcsRelease> releases_;
  std::vector<HcpcsLongDescriptions> waiting_;  // for a release not added yet
};

}  // namespace billcode

#endif  // BILLCODE_TABLES_HCPCS_RELEASE_H_
