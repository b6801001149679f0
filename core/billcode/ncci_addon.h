// NCCI add-on code edits: which primary codes an add-on code needs on the
// same date.
#ifndef BILLCODE_NCCI_ADDON_H_
#define BILLCODE_NCCI_ADDON_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "billcode/hcpcs_import.h"
#include "billcode/hcpcs_release.h"

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

class AddOnTable {
 public:
  AddOnTable() = default;
  // Sorts `edits` by add-on code, then primary code.
  AddOnTable(ReleaseInfo info, std::vector<AddOnEdit> edits);
  const ReleaseInfo& info() const { return info_; }
  const std::vector<AddOnEdit>& edits() const { return edits_; }
  // The edits of `addon_code` (empty when it is no add-on code).
  std::pair<const AddOnEdit*, const AddOnEdit*> EditsOf(
      std::string_view addon_code) const;

 private:
  ReleaseInfo info_;
  std::vector<AddOnEdit> edits_;
};

using AddOnImport = TableImport<AddOnTable>;

// Reads the CMS add-on code CSV (notice cell, header
// AOC_Edit_Type,Add-On_Code,..., Julian YYYYDDD dates).
AddOnImport ImportAddOnCsv(std::string_view bytes, ReleaseInfo info);

// "AOC_V2026Q2-MCR.csv" -> edition "2026Q2", dated the quarter's first day.
ReleaseInfo AddOnInfoFromFileName(std::string_view file_name);

}  // namespace billcode

#endif  // BILLCODE_NCCI_ADDON_H_
