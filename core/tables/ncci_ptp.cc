#include "billcode/tables/ncci_ptp.h"

#include <algorithm>
#include <tuple>

namespace billcode {
namespace {

std::vector<PtpEdit> ByPair(std::vector<PtpEdit> edits) {
  std::stable_sort(
      edits.begin(), edits.end(), [](const PtpEdit& a, const PtpEdit& b) {
        return std::tie(a.column1, a.column2) < std::tie(b.column1, b.column2);
      });
  return edits;
}

}  // namespace

bool IsActiveOn(const PtpEdit& edit, Date date) {
  return edit.effective <= date &&
         (edit.deletion.empty() || date <= edit.deletion);
}

PtpTable::PtpTable(ReleaseInfo info, std::vector<PtpEdit> edits)
    : SortedTable(std::move(info), ByPair(std::move(edits))) {}

std::vector<const PtpEdit*> PtpTable::Find(std::string_view column1,
                                           std::string_view column2) const {
  const Range edits = EqualRange(column1);
  const PtpEdit* it =
      std::lower_bound(edits.first, edits.second, column2,
                       [](const PtpEdit& edit, std::string_view code) {
                         return std::string_view(edit.column2) < code;
                       });
  std::vector<const PtpEdit*> found;
  for (; it != edits.second && it->column2 == column2; ++it) {
    found.push_back(it);
  }
  return found;
}

}  // namespace billcode
