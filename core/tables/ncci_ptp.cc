#include "billcode/tables/ncci_ptp.h"

#include <algorithm>
#include <tuple>

namespace billcode {
namespace {

bool PairBefore(const PtpEdit& a, const PtpEdit& b) {
  return std::tie(a.column1, a.column2) < std::tie(b.column1, b.column2);
}

// `edits` sorted by pair, each pair's edits in file order. The CMS files
// come sorted (checked in one pass); others are sorted by index, the
// index breaking ties, then moved into that order in place.
std::vector<PtpEdit> ByPair(std::vector<PtpEdit> edits) {
  if (std::is_sorted(edits.begin(), edits.end(), PairBefore)) return edits;
  std::vector<size_t> order(edits.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (PairBefore(edits[a], edits[b])) return true;
    return !PairBefore(edits[b], edits[a]) && a < b;
  });
  // Position i takes edit order[i]: each cycle of the permutation is
  // walked once, and `order` marks the positions done.
  for (size_t start = 0; start < order.size(); ++start) {
    if (order[start] == start) continue;
    PtpEdit held = std::move(edits[start]);
    size_t at = start;
    while (order[at] != start) {
      const size_t from = order[at];
      edits[at] = std::move(edits[from]);
      order[at] = at;
      at = from;
    }
    edits[at] = std::move(held);
    order[at] = at;
  }
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
