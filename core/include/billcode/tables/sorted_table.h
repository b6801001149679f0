// One shape for every reference table: the release it came from and its
// entries sorted by a string key, looked up by binary search.
#ifndef BILLCODE_TABLES_SORTED_TABLE_H_
#define BILLCODE_TABLES_SORTED_TABLE_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "billcode/tables/release_info.h"

namespace billcode {

// `Key` names the member entries are sorted by. The sort is stable, so
// entries with one key keep the order they were given in.
template <typename Entry, std::string Entry::*Key>
class SortedTable {
 public:
  using Range = std::pair<const Entry*, const Entry*>;

  SortedTable() = default;
  SortedTable(ReleaseInfo info, std::vector<Entry> entries)
      : info_(std::move(info)), entries_(std::move(entries)) {
    const auto by_key = [](const Entry& a, const Entry& b) {
      return a.*Key < b.*Key;
    };
    // Packs hold their entries sorted already: checking is cheaper than
    // a stable sort's merges.
    if (!std::is_sorted(entries_.begin(), entries_.end(), by_key)) {
      std::stable_sort(entries_.begin(), entries_.end(), by_key);
    }
  }

  const ReleaseInfo& info() const { return info_; }
  // Sorted by key.
  const std::vector<Entry>& entries() const { return entries_; }

  // The first entry with `key`, or nullptr.
  const Entry* Find(std::string_view key) const {
    auto first = std::lower_bound(entries_.begin(), entries_.end(), key, Less);
    return first != entries_.end() && *first.*Key == key ? Pointer(first)
                                                         : nullptr;
  }
  // The entries with `key` (empty when there are none).
  Range EqualRange(std::string_view key) const {
    auto first = std::lower_bound(entries_.begin(), entries_.end(), key, Less);
    auto last = std::upper_bound(first, entries_.end(), key, Greater);
    return {Pointer(first), Pointer(last)};
  }
  // The entries whose key starts with `prefix`.
  Range WithPrefix(std::string_view prefix) const {
    auto first =
        std::lower_bound(entries_.begin(), entries_.end(), prefix, Less);
    auto last = first;
    while (last != entries_.end() &&
           std::string_view(*last.*Key).substr(0, prefix.size()) == prefix) {
      ++last;
    }
    return {Pointer(first), Pointer(last)};
  }

 protected:
  // For fields that are not the key: the order must not change.
  std::vector<Entry>& mutable_entries() { return entries_; }

 private:
  using Iterator = typename std::vector<Entry>::const_iterator;
  static bool Less(const Entry& entry, std::string_view key) {
    return std::string_view(entry.*Key) < key;
  }
  static bool Greater(std::string_view key, const Entry& entry) {
    return key < std::string_view(entry.*Key);
  }
  const Entry* Pointer(Iterator it) const {
    return entries_.data() + (it - entries_.begin());
  }

  ReleaseInfo info_;
  std::vector<Entry> entries_;
};

}  // namespace billcode

#endif  // BILLCODE_TABLES_SORTED_TABLE_H_
