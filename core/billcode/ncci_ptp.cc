#include "billcode/ncci_ptp.h"

#include <algorithm>
#include <tuple>

#include "billcode/reference_import.h"
#include "billcode/text.h"

namespace billcode {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

bool ParseEdit(const std::vector<std::string_view>& fields, PtpEdit* edit) {
  if (fields.size() < 6) return false;
  edit->column1 = CleanCell(fields[0]);
  edit->column2 = CleanCell(fields[1]);
  const auto effective = Date::ParseCompact(CleanCell(fields[3]));
  const std::string deletion = CleanCell(fields[4]);
  const std::string indicator = CleanCell(fields[5]);
  if (!IsFiveCharacterCode(edit->column1) ||
      !IsFiveCharacterCode(edit->column2) || !effective ||
      (indicator != "0" && indicator != "1" && indicator != "9")) {
    return false;
  }
  edit->effective = *effective;
  if (deletion != "*" && !deletion.empty()) {
    const auto deleted = Date::ParseCompact(deletion);
    if (!deleted) return false;
    edit->deletion = *deleted;
  }
  edit->modifier_indicator = indicator[0] - '0';
  edit->rationale = fields.size() > 6 ? CleanCell(fields[6]) : "";
  return true;
}

}  // namespace

bool IsActiveOn(const PtpEdit& edit, Date date) {
  return edit.effective <= date &&
         (edit.deletion.empty() || date <= edit.deletion);
}

PtpTable::PtpTable(ReleaseInfo info, std::vector<PtpEdit> edits)
    : info_(std::move(info)), edits_(std::move(edits)) {
  std::stable_sort(
      edits_.begin(), edits_.end(), [](const PtpEdit& a, const PtpEdit& b) {
        return std::tie(a.column1, a.column2) < std::tie(b.column1, b.column2);
      });
}

std::vector<const PtpEdit*> PtpTable::Find(std::string_view column1,
                                           std::string_view column2) const {
  auto less = [](const PtpEdit& edit,
                 std::pair<std::string_view, std::string_view> key) {
    const std::string_view first = edit.column1, second = edit.column2;
    return first < key.first || (first == key.first && second < key.second);
  };
  auto it = std::lower_bound(edits_.begin(), edits_.end(),
                             std::make_pair(column1, column2), less);
  std::vector<const PtpEdit*> found;
  for (; it != edits_.end() && it->column1 == column1 && it->column2 == column2;
       ++it) {
    found.push_back(&*it);
  }
  return found;
}

PtpImport ImportPtpText(std::string_view bytes, ReleaseInfo info) {
  PtpImport result;
  std::vector<PtpEdit> edits;
  ReadTextLines(bytes, &result.report, [&](int number, std::string_view line) {
    PtpEdit edit;
    if (!ParseEdit(SplitTabs(line), &edit)) {
      const bool notice =
          line.find("American Medical Association") != std::string_view::npos;
      if (notice && info.notice.empty()) info.notice = CleanCell(line);
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
