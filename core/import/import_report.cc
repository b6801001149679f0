#include "billcode/import/import_report.h"

namespace billcode {
namespace {

void AddToGroup(std::vector<LineGroup>* groups, int line,
                std::string_view reason) {
  for (LineGroup& group : *groups) {
    if (group.reason == reason) {
      if (group.first_lines.size() < 5) group.first_lines.push_back(line);
      ++group.count;
      return;
    }
  }
  groups->push_back(LineGroup{std::string(reason), 1, {line}});
}

}  // namespace

int ImportReport::SkippedLines() const {
  int total = 0;
  for (const LineGroup& group : skipped) total += group.count;
  return total;
}

void ImportReport::Skip(int line, std::string_view reason) {
  AddToGroup(&skipped, line, reason);
}

void ImportReport::Warn(int line, std::string_view reason) {
  AddToGroup(&warnings, line, reason);
}

}  // namespace billcode
