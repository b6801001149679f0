// Where a reference table came from and which dates of service it governs.
#ifndef BILLCODE_TABLES_RELEASE_INFO_H_
#define BILLCODE_TABLES_RELEASE_INFO_H_

#include <cstdint>
#include <string>
#include <utility>

#include "billcode/base/date.h"

namespace billcode {

struct ReleaseInfo {
  std::string edition;           // e.g. "2026-JAN"
  Date release_date;             // orders editions; first day of its month
  std::string source_name;       // file name of the CMS release
  uint64_t source_checksum = 0;  // FNV-1a 64 of the source file's bytes
  std::string notice;  // copyright notice the source asks to keep, if any
  // The dates of service this edition governs; an empty bound is open.
  Date effective_from;
  Date effective_to;
};

// True when `info` governs `date` (effective_from <= date <= effective_to,
// empty bounds open). An empty `date` is governed by every edition.
inline bool Governs(const ReleaseInfo& info, Date date) {
  if (date.empty()) return true;
  return (info.effective_from.empty() || info.effective_from <= date) &&
         (info.effective_to.empty() || date <= info.effective_to);
}

// True when `info` has a last day and `date` is after it.
inline bool EndsBefore(const ReleaseInfo& info, Date date) {
  return !date.empty() && !info.effective_to.empty() &&
         info.effective_to < date;
}

// A release named `edition`, with no date or source (for tests and tools).
inline ReleaseInfo Edition(std::string edition) {
  ReleaseInfo info;
  info.edition = std::move(edition);
  return info;
}

}  // namespace billcode

#endif  // BILLCODE_TABLES_RELEASE_INFO_H_
