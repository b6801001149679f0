// NCCI add-on code edits: which primary codes an add-on code needs on the
// same date.
#ifndef BILLCODE_TABLES_NCCI_ADDON_H_
#define BILLCODE_TABLES_NCCI_ADDON_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/base/date.h"
#include "billcode/tables/sorted_table.h"

namespace billcode {

struct AddOnEdit {
  std::string addon_code;
  int type = 0;  // 1: only the listed primaries; 2: contractor-defined
                 // (primary "CCCCC"); 3: listed, contractor may allow more
  std::string primary_code;
  Date addon_deleted;
  Date primary_deleted;
  Date effective;
  Date deleted;
  std::string note;
};

// True when the edit applies on `date` (effective <= date <= deleted).
bool IsActiveOn(const AddOnEdit& edit, Date date);

// Sorted by add-on code, then primary code.
class AddOnTable : public SortedTable<AddOnEdit, &AddOnEdit::addon_code> {
 public:
  AddOnTable() = default;
  AddOnTable(ReleaseInfo info, std::vector<AddOnEdit> edits);
  const std::vector<AddOnEdit>& edits() const { return entries(); }
  // The edits of `addon_code` (empty when it is no add-on code).
  Range EditsOf(std::string_view addon_code) const {
    return EqualRange(addon_code);
  }
};

}  // namespace billcode

#endif  // BILLCODE_TABLES_NCCI_ADDON_H_
