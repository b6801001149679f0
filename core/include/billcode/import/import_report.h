// What an importer did with every line of an official file.
#ifndef BILLCODE_IMPORT_IMPORT_REPORT_H_
#define BILLCODE_IMPORT_IMPORT_REPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/base/text.h"

namespace billcode {

// Lines grouped by what happened to them, with the first few line numbers.
struct LineGroup {
  std::string reason;
  int count = 0;
  std::vector<int> first_lines;  // 1-based, at most 5
};

struct ImportReport {
  int lines = 0;                    // physical lines (CSV files: records) read
  int record_lines = 0;             // lines that start a record (a code, a row)
  int continuation_lines = 0;       // joined into a long description
  std::vector<LineGroup> skipped;   // lines not used, by reason
  std::vector<LineGroup> warnings;  // lines used with something to know

  int SkippedLines() const;
  void Skip(int line, std::string_view reason);
  void Warn(int line, std::string_view reason);
};

// What an importer of a reference table returns.
template <typename Table>
struct TableImport {
  std::string error;  // empty on success
  Table table;
  ImportReport report;
};

// Calls `read(number, line)` for each line of `text` that is not blank
// (numbers are 1-based), counting every line in `report` and skipping blank
// ones there as "blank line".
template <typename Read>
void ReadTextLines(std::string_view text, ImportReport* report, Read read) {
  int number = 0;
  for (std::string_view line : SplitLines(text)) {
    ++number;
    ++report->lines;
    if (IsBlank(line)) {
      report->Skip(number, "blank line");
      continue;
    }
    read(number, line);
  }
}

}  // namespace billcode

#endif  // BILLCODE_IMPORT_IMPORT_REPORT_H_
