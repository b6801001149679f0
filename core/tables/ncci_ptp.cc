#include "billcode/tables/ncci_ptp.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <tuple>

namespace billcode {
namespace {

bool PairBefore(const PtpEdit& a, const PtpEdit& b) {
  return std::tie(a.column1, a.column2) < std::tie(b.column1, b.column2);
}

// A code of up to 8 bytes as a number that sorts as the code does (its
// bytes big-endian, zeros after); nullopt for a longer code.
std::optional<uint64_t> SortKey(const std::string& code) {
  if (code.size() > 8) return std::nullopt;
  uint64_t key = 0;
  for (size_t i = 0; i < 8; ++i) {
    key = (key << 8) |
          (i < code.size() ? static_cast<unsigned char>(code[i]) : 0);
  }
  return key;
}

// The positions of `edits` in pair order, ties in file order: by numeric
// keys when every code has one (the CMS codes are five characters).
std::vector<size_t> PairOrder(const std::vector<PtpEdit>& edits) {
  struct Keyed {
    uint64_t column1, column2;
    size_t index;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(edits.size());
  for (size_t i = 0; i < edits.size(); ++i) {
    const auto column1 = SortKey(edits[i].column1);
    const auto column2 = SortKey(edits[i].column2);
    if (!column1 || !column2) break;
    keyed.push_back({*column1, *column2, i});
  }
  std::vector<size_t> order(edits.size());
  if (keyed.size() == edits.size()) {
    std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
      return std::tie(a.column1, a.column2, a.index) <
             std::tie(b.column1, b.column2, b.index);
    });
    for (size_t i = 0; i < order.size(); ++i) order[i] = keyed[i].index;
    return order;
  }
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return PairBefore(edits[a], edits[b]);
  });
  return order;
}

// `edits` sorted by pair, each pair's edits in file order. The CMS files
// come sorted (checked in one pass); others are put in PairOrder() in
// place.
std::vector<PtpEdit> ByPair(std::vector<PtpEdit> edits) {
  if (std::is_sorted(edits.begin(), edits.end(), PairBefore)) return edits;
  std::vector<size_t> order = PairOrder(edits);
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
