// NCCI Medically Unlikely Edits: the most units of a code a provider would
// report for one patient on one date, by setting.
#ifndef BILLCODE_TABLES_NCCI_MUE_H_
#define BILLCODE_TABLES_NCCI_MUE_H_

#include <string>
#include <utility>
#include <vector>

#include "billcode/tables/setting.h"
#include "billcode/tables/sorted_table.h"

namespace billcode {

struct MueEntry {
  std::string code;
  int value = 0;                   // units; 0 = not payable in the setting
  int adjudication_indicator = 0;  // 1 per line, 2 per day (policy),
                                   // 3 per day (clinical)
  std::string rationale;
};

// Sorted by code. Find() returns nullptr when no MUE is published for a
// code (no data, not a pass).
class MueTable : public SortedTable<MueEntry, &MueEntry::code> {
 public:
  MueTable() = default;
  MueTable(ReleaseInfo info, Setting setting, std::vector<MueEntry> entries)
      : SortedTable(std::move(info), std::move(entries)), setting_(setting) {}
  Setting setting() const { return setting_; }

 private:
  Setting setting_ = Setting::kPractitioner;
};

}  // namespace billcode

#endif  // BILLCODE_TABLES_NCCI_MUE_H_
