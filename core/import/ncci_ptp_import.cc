#include "billcode/import/ncci_ptp_import.h"

#include "billcode/base/text.h"
#include "billcode/import/reference_import.h"

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

PtpImport ImportPtpText(std::string_view bytes, ReleaseInfo info) {
  PtpImport result;
  std::vector<PtpEdit> edits;
  ReadTextLines(
      TextAsUtf8(bytes), &result.report,
      [&](int number, std::string_view line) {
        PtpEdit edit;
        if (!ParseEdit(SplitTabs(line), &edit)) {
          const bool notice = line.find("American Medical Association") !=
                              std::string_view::npos;
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
