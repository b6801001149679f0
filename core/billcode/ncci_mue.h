// NCCI Medically Unlikely Edits: the most units of a code a provider would
// report for one patient on one date, by setting.
#ifndef BILLCODE_NCCI_MUE_H_
#define BILLCODE_NCCI_MUE_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/enum_names.h"
#include "billcode/hcpcs_import.h"
#include "billcode/hcpcs_release.h"

namespace billcode {

#define BILLCODE_SETTINGS(X)                    \
  X(kPractitioner, "practitioner")              \
  X(kOutpatientHospital, "outpatient-hospital") \
  X(kDme, "dme")

BILLCODE_ENUM(Setting, BILLCODE_SETTINGS)

struct MueEntry {
  std::string code;
  int value = 0;                   // units; 0 = not payable in the setting
  int adjudication_indicator = 0;  // 1 per line, 2 per day (policy),
                                   // 3 per day (clinical)
  std::string rationale;
};

class MueTable {
 public:
  MueTable() = default;
  // Sorts `entries` by code.
  MueTable(ReleaseInfo info, Setting setting, std::vector<MueEntry> entries);
  const ReleaseInfo& info() const { return info_; }
  Setting setting() const { return setting_; }
  // Sorted by code; looked up by binary search.
  const std::vector<MueEntry>& entries() const { return entries_; }
  // nullptr when no MUE is published for `code` (no data, not a pass).
  const MueEntry* Find(std::string_view code) const;

 private:
  ReleaseInfo info_;
  Setting setting_ = Setting::kPractitioner;
  std::vector<MueEntry> entries_;
};

using MueImport = TableImport<MueTable>;

// Reads a CMS MUE CSV (AMA notice cell, two-line header, then
// code,value,"N label",rationale; Latin-1).
MueImport ImportMueCsv(std::string_view bytes, ReleaseInfo info,
                       Setting setting);

// "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv" -> edition "2026-04-01"
// and that release date; the setting is read from the name when it says.
ReleaseInfo MueInfoFromFileName(std::string_view file_name);
bool SettingFromFileName(std::string_view file_name, Setting* setting);

}  // namespace billcode

#endif  // BILLCODE_NCCI_MUE_H_
