// A HCPCS Level II release: its records and where they came from.
#ifndef BILLCODE_HCPCS_RELEASE_H_
#define BILLCODE_HCPCS_RELEASE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "billcode/date.h"
#include "billcode/hcpcs_record.h"

namespace billcode {

struct ReleaseInfo {
  std::string edition;           // e.g. "2026-JAN"
  Date release_date;             // orders editions; first day of its month
  std::string source_name;       // file name of the CMS release
  uint64_t source_checksum = 0;  // FNV-1a 64 of the source file's bytes
  std::string notice;  // copyright notice the source asks to keep, if any
};

// A release named `edition`, with no date or source (for tests and tools).
inline ReleaseInfo Edition(std::string edition) {
  ReleaseInfo info;
  info.edition = std::move(edition);
  return info;
}

struct ReleaseCounts {
  int codes = 0;
  int modifiers = 0;
  int terminated = 0;  // records with a termination date
};

class HcpcsRelease {
 public:
  HcpcsRelease() = default;
  // Sorts `records` by code.
  HcpcsRelease(ReleaseInfo info, std::vector<HcpcsRecord> records);

  const ReleaseInfo& info() const { return info_; }
  // Sorted by code; looked up by binary search.
  const std::vector<HcpcsRecord>& records() const { return records_; }
  // Procedure codes have 5 characters and modifiers 2, so one lookup serves
  // both. Returns nullptr when the release does not hold `code`.
  const HcpcsRecord* Find(std::string_view code) const;
  // Records whose code starts with `prefix`, in code order.
  std::pair<const HcpcsRecord*, const HcpcsRecord*> WithPrefix(
      std::string_view prefix) const;
  ReleaseCounts Counts() const;

 private:
  ReleaseInfo info_;
  std::vector<HcpcsRecord> records_;
};

// Several editions; the newest (by release date) answers first.
class ReleaseSet {
 public:
  void Add(HcpcsRelease release);
  bool empty() const { return releases_.empty(); }
  // Newest first.
  const std::vector<HcpcsRelease>& releases() const { return releases_; }

  struct Found {
    const HcpcsRecord* record = nullptr;
    const HcpcsRelease* release = nullptr;
  };
  // The newest release that holds `code`, or {nullptr, nullptr}.
  Found Find(std::string_view code) const;

 private:
  std::vector<HcpcsRelease> releases_;
};

// Edition label and release date from a CMS file name:
// "HCPC2026_JAN_ANWEB_01122026.txt" -> {"2026-JAN", 2026-01-01},
// "HCPC17_CONTR_ANWEB.txt" -> {"2017", 2017-01-01}. Falls back to the file
// name without extension and no date.
ReleaseInfo ReleaseInfoFromFileName(std::string_view file_name);

}  // namespace billcode

#endif  // BILLCODE_HCPCS_RELEASE_H_
