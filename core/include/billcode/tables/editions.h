// Every loaded edition of one kind of table, and the one that governs a
// date of service.
#ifndef BILLCODE_TABLES_EDITIONS_H_
#define BILLCODE_TABLES_EDITIONS_H_

#include <algorithm>
#include <vector>

#include "billcode/tables/release_info.h"

namespace billcode {

template <typename Table>
class Editions {
 public:
  // Among editions of one release date, the one added last answers first.
  // An edition with the label, release date and source checksum of a
  // loaded one replaces it (the same file loaded twice).
  void Add(Table table) {
    const ReleaseInfo& info = table.info();
    all_.erase(std::remove_if(all_.begin(), all_.end(),
                              [&](const Table& loaded) {
                                return SameSource(loaded.info(), info);
                              }),
               all_.end());
    all_.insert(all_.begin(), std::move(table));
    std::stable_sort(all_.begin(), all_.end(),
                     [](const Table& a, const Table& b) {
                       return a.info().release_date > b.info().release_date;
                     });
  }
  bool empty() const { return all_.empty(); }
  // Newest (by release date) first.
  const std::vector<Table>& all() const { return all_; }
  // The newest edition whose effective dates cover `date` (any edition
  // covers an empty date). After the newest edition's last day, that
  // edition, as for an edition without one: it answers until a newer one is
  // loaded, and StaleTables says so. nullptr for a date before every
  // edition or between two.
  const Table* Governing(Date date) const {
    for (const Table& table : all_) {
      if (Governs(table.info(), date)) return &table;
    }
    if (!all_.empty() && EndsBefore(all_.front().info(), date)) {
      return &all_.front();
    }
    return nullptr;
  }

 private:
  static bool SameSource(const ReleaseInfo& a, const ReleaseInfo& b) {
    return a.release_date == b.release_date && a.edition == b.edition &&
           a.source_checksum == b.source_checksum;
  }

  std::vector<Table> all_;
};

}  // namespace billcode

#endif  // BILLCODE_TABLES_EDITIONS_H_
