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

bool IsActiveOn(const AddOnEdit& edit, Date date) {
  return (edit.effective.empty() || edit.effective <= date) &&
         (edit.deleted.empty() || date <= edit.deleted);
}

AddOnTable::AddOnTable(ReleaseInfo info, std::vector<AddOnEdit> edits)
    : SortedTable(std::move(info), ByAddOnThenPrimary(std::move(edits))) {}

}  // namespace billcode
