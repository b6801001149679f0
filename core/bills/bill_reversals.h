// Lines that a later credit cancels: a charge and its reversal, which
// claim files and hospital statements keep both of (private to the bills
// module).
#ifndef BILLCODE_BILLS_BILL_REVERSALS_H_
#define BILLCODE_BILLS_BILL_REVERSALS_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace billcode::bills {

// Which of `count` lines cancel in pairs: each credit (`is_credit(i)`)
// with the earliest line before it, not cancelled yet, whose key
// `key(j, 1)` is the credit's `key(i, -1)` (a line's service, and its
// amounts times the sign). Linear, through a map of the lines that stand.
std::vector<bool> CancellingPairs(
    size_t count, const std::function<bool(size_t)>& is_credit,
    const std::function<std::string(size_t, long long)>& key);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_REVERSALS_H_
