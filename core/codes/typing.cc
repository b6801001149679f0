#include "billcode/codes/typing.h"

#include <algorithm>
#include <set>

namespace billcode {

TypingState Typing(std::string_view text, Date date, const ReleaseSet& releases,
                   size_t limit) {
  TypingState state;
  state.classification = Lookup(text, date, releases).classification;
  const Classification& c = state.classification;
  if (c.kind != CodeKind::kHcpcsLevel2 || !c.modifiers.empty()) return state;
  std::set<std::string> seen;
  for (const HcpcsRelease& release : releases.releases()) {
    const auto [first, last] = release.WithPrefix(c.code);
    for (const HcpcsRecord* record = first; record != last; ++record) {
      if (record->is_modifier || !seen.insert(record->code).second) continue;
      state.completions.push_back(Completion{record->code,
                                             record->short_description,
                                             StatusOnDate(*record, date)});
    }
  }
  std::sort(
      state.completions.begin(), state.completions.end(),
      [](const Completion& a, const Completion& b) { return a.code < b.code; });
  if (state.completions.size() > limit) state.completions.resize(limit);
  return state;
}

}  // namespace billcode
