#include "billcode/import/icd10cm_import.h"

#include <cctype>

#include "billcode/base/text.h"
#include "billcode/import/reference_import.h"

namespace billcode {

Icd10Import ImportIcd10Codes(std::string_view bytes, ReleaseInfo info,
                             int fiscal_year) {
  Icd10Import result;
  std::vector<Icd10Code> codes;
  ReadTextLines(TextAsUtf8(bytes), &result.report,
                [&](int number, std::string_view line) {
                  const std::string code(TrimAsciiSpace(line.substr(0, 7)));
                  if (line.size() < 9 || !IsIcd10Shaped(code)) {
                    result.report.Skip(number,
                                       "not a code line (code in columns 1-7)");
                    return;
                  }
                  ++result.report.record_lines;
                  codes.push_back(Icd10Code{code, CleanCell(line.substr(8))});
                });
  if (codes.empty()) {
    result.error = "no ICD-10-CM codes found (expected icd10cm-codes-YYYY.txt)";
    return result;
  }
  if (fiscal_year > 1000 && info.effective_from.empty() &&
      info.effective_to.empty()) {
    info.effective_from = *Date::FromYmd(fiscal_year - 1, 10, 1);
    info.effective_to = *Date::FromYmd(fiscal_year, 9, 30);
    info.release_date = info.effective_from;
  }
  info.source_checksum = Fnv1a64(bytes);
  result.table = Icd10Table(std::move(info), std::move(codes));
  return result;
}

int FiscalYearFromFileName(std::string_view file_name) {
  const std::string_view name = BaseName(file_name);
  for (size_t i = 0; i + 4 <= name.size(); ++i) {
    if (IsAsciiDigits(name.substr(i, 4)) &&
        (i + 4 == name.size() ||
         !std::isdigit(static_cast<unsigned char>(name[i + 4])))) {
      const int year = std::stoi(std::string(name.substr(i, 4)));
      if (year > 2000 && year < 2100) return year;
    }
  }
  return 0;
}

}  // namespace billcode
