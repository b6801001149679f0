// NCCI add-on code edits: which primary codes an add-on code needs on the
// same date.
#ifndef BILLCODE_TABLES_NCCI_ADDON_H_
#define BILLCODE_TABLES_NCCI_ADDON_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/base/date.h"
#include "billcode/base/enum_names.h"
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

// What the note of an edit (the file's Special_Instruction_Notes) changes.
#define BILLCODE_ADDON_NOTE_EFFECTS(X)                                    \
  /* no note */                                                           \
  X(kNone, "none")                                                        \
  /* for the reader only: "Contractor Defined Primary Codes", "Based on   \
     Internet-Only Manual ... (Allowable Adjustments)" */                 \
  X(kInformational, "informational")                                      \
  /* "(Temporarily suspended retroactive to 1/1/2019)": never applies */  \
  X(kSuspended, "suspended")                                              \
  /* "96360 (Practitioner Only)": the primary counts only on practitioner \
     claims */                                                            \
  X(kPrimaryPractitionerOnly, "primary-practitioner-only")                \
  /* "96376 may be reported by facilities only": the edit applies only in \
     a facility setting */                                                \
  X(kFacilitiesOnly, "facilities-only")                                   \
  /* a note this code does not know: read as informational */             \
  X(kUnknown, "unknown")

BILLCODE_ENUM(AddOnNoteEffect, BILLCODE_ADDON_NOTE_EFFECTS)

AddOnNoteEffect NoteEffectOf(std::string_view note);

// True when the edit applies on `date` (effective <= date <= deleted). An
// edit deleted on its effective date, or suspended by its note, never
// applies.
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
