#include "billcode/tables/ncci_addon.h"

#include <algorithm>
#include <tuple>

namespace billcode {
namespace {

std::vector<AddOnEdit> ByAddOnThenPrimary(std::vector<AddOnEdit> edits) {
  std::sort(edits.begin(), edits.end(),
            [](const AddOnEdit& a, const AddOnEdit& b) {
              return std::tie(a.addon_code, a.primary_code) <
                     std::tie(b.addon_code, b.primary_code);
            });
  return edits;
}

}  // namespace

AddOnNoteEffect NoteEffectOf(std::string_view note) {
  auto has = [note](std::string_view text) {
    return note.find(text) != std::string_view::npos;
  };
  if (note.empty()) return AddOnNoteEffect::kNone;
  if (has("suspended")) return AddOnNoteEffect::kSuspended;
  if (has("(Practitioner Only)")) {
    return AddOnNoteEffect::kPrimaryPractitionerOnly;
  }
  if (has("by facilities only")) return AddOnNoteEffect::kFacilitiesOnly;
  if (has("Contractor Defined Primary Codes") || has("Internet-Only Manual")) {
    return AddOnNoteEffect::kInformational;
  }
  return AddOnNoteEffect::kUnknown;
}

bool IsActiveOn(const AddOnEdit& edit, Date date) {
  if (!edit.deleted.empty() && edit.deleted == edit.effective) return false;
  if (NoteEffectOf(edit.note) == AddOnNoteEffect::kSuspended) return false;
  return (edit.effective.empty() || edit.effective <= date) &&
         (edit.deleted.empty() || date <= edit.deleted);
}

AddOnTable::AddOnTable(ReleaseInfo info, std::vector<AddOnEdit> edits)
    : SortedTable(std::move(info), ByAddOnThenPrimary(std::move(edits))) {}

}  // namespace billcode
