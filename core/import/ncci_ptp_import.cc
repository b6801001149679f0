#include "billcode/import/ncci_ptp_import.h"

#include <algorithm>
#include <array>
#include <string>

#include "billcode/base/text.h"
#include "billcode/import/reference_import.h"

namespace billcode {
namespace {

// A row's tab-separated cells, trimmed; a row of more than kMostCells
// keeps the rest in its last.
constexpr size_t kMostCells = 8;
struct Cells {
  std::array<std::string_view, kMostCells> cells;
  size_t count = 0;
};

Cells SplitTabs(std::string_view line) {
  Cells row;
  size_t start = 0;
  while (true) {
    const size_t tab = row.count + 1 < kMostCells ? line.find('\t', start)
                                                  : std::string_view::npos;
    row.cells[row.count++] = TrimAsciiSpace(line.substr(start, tab - start));
    if (tab == std::string_view::npos) return row;
    start = tab + 1;
  }
}

bool ParseEdit(const Cells& row, PtpEdit* edit) {
  if (row.count < 6) return false;
  const std::array<std::string_view, kMostCells>& cell = row.cells;
  const auto effective = Date::ParseCompact(cell[3]);
  const std::string_view deletion = cell[4];
  const std::string_view indicator = cell[5];
  if (!IsFiveCharacterCode(cell[0]) || !IsFiveCharacterCode(cell[1]) ||
      !effective ||
      (indicator != "0" && indicator != "1" && indicator != "9")) {
    return false;
  }
  edit->column1 = std::string(cell[0]);
  edit->column2 = std::string(cell[1]);
  edit->effective = *effective;
  if (deletion != "*" && !deletion.empty()) {
    const auto deleted = Date::ParseCompact(deletion);
    if (!deleted) return false;
    edit->deletion = *deleted;
  }
  edit->modifier_indicator = indicator[0] - '0';
  if (row.count > 6) edit->rationale = std::string(cell[6]);
  return true;
}

}  // namespace

PtpImport ImportPtpText(std::string_view bytes, ReleaseInfo info) {
  PtpImport result;
  const std::string text = TextAsUtf8(bytes);
  std::vector<PtpEdit> edits;
  // Room for one edit a line, but no more than the bytes could hold (a row
  // is 24 bytes at least): a file of blank lines reserves nothing much.
  constexpr size_t kShortestRow = 24;
  edits.reserve(std::min<size_t>(std::count(text.begin(), text.end(), '\n') + 1,
                                 text.size() / kShortestRow));
  ReadTextLines(text, &result.report, [&](int number, std::string_view line) {
    PtpEdit edit;
    if (!ParseEdit(SplitTabs(line), &edit)) {
      const bool notice =
          line.find("American Medical Association") != std::string_view::npos;
      if (notice && info.notice.empty())
        info.notice = NonBlankLines(CleanCell(line));
      result.report.Skip(number, edits.empty() ? "notice or header line"
                                               : "not a PTP edit row");
      return;
    }
    ++result.report.record_lines;
    edits.push_back(std::move(edit));
  });
  if (edits.empty()) {
    result.error =
        "no PTP edits found (expected the tab-delimited CMS PTP file)";
    return result;
  }
  info.source_checksum = Fnv1a64(bytes);
  result.table = PtpTable(std::move(info), std::move(edits));
  return result;
}

}  // namespace billcode
