#include "bill_reversals.h"

#include <map>

namespace billcode::bills {

std::vector<bool> CancellingPairs(
    size_t count, const std::function<bool(size_t)>& is_credit,
    const std::function<std::string(size_t, long long)>& key) {
  std::vector<bool> cancelled(count, false);
  std::map<std::string, std::vector<size_t>> standing;  // earlier lines
  for (size_t i = 0; i < count; ++i) {
    if (is_credit(i)) {
      const auto undone = standing.find(key(i, -1));
      if (undone != standing.end() && !undone->second.empty()) {
        cancelled[i] = cancelled[undone->second.front()] = true;
        undone->second.erase(undone->second.begin());
        continue;
      }
    }
    standing[key(i, 1)].push_back(i);
  }
  return cancelled;
}

}  // namespace billcode::bills
