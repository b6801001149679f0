#include "billcode/base/tsv.h"

#include "billcode/base/text.h"

namespace billcode {

std::vector<TsvRow> ParseTsv(std::string_view text) {
  std::vector<TsvRow> rows;
  for (std::string_view line : SplitLines(text)) {
    if (IsBlank(line) || line.front() == '#') continue;
    TsvRow row;
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      row.push_back(line.substr(start, tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace billcode
